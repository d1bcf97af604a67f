"""logtail: follow a growing log file between runs, remembering the offset in a state file.

Like a tiny filebeat: each poll opens the file, seeks to the saved offset, reads the
complete lines that appeared since, and stores the new offset. Partial lines are
left for the next poll, and a truncated (rotated) file is read from the start.
"""
import json
import os
import tempfile


class Tailer:
    def __init__(self, path, state_path):
        self.path, self.state_path = path, state_path

    def _load(self):
        try:
            with open(self.state_path, encoding="utf-8") as fh:
                return json.load(fh)
        except FileNotFoundError:
            return {"offset": 0, "polls": 0}

    def _save(self, state):
        tmp = self.state_path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(state, fh)
        os.replace(tmp, self.state_path)

    def poll(self):
        state = self._load()
        state["polls"] += 1
        size = os.path.getsize(self.path)
        if size < state["offset"]:
            print(f"  (file shrank from {state['offset']} to {size} bytes: rotated, starting over)")
            state["offset"] = 0
        lines = []
        with open(self.path, encoding="utf-8") as fh:
            fh.seek(state["offset"])
            while True:
                line = fh.readline()
                if not line:
                    break
                if not line.endswith("\n"):
                    break  # incomplete line: wait for the writer to finish it
                lines.append(line.rstrip("\n"))
                state["offset"] = fh.tell()
        self._save(state)
        return lines, state


def append(path, text):
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(text)


def summarize(lines):
    levels = {}
    for line in lines:
        level = line.split(" ", 2)[1] if line.count(" ") >= 1 else "?"
        levels[level] = levels.get(level, 0) + 1
    return dict(sorted(levels.items()))


def main():
    with tempfile.TemporaryDirectory(prefix="logtail_") as d:
        log = os.path.join(d, "app.log")
        tailer = Tailer(log, os.path.join(d, "state.json"))
        steps = [
            ("write", "10:00 INFO started\n10:01 INFO listening on :8080\n"),
            ("poll", None),
            ("write", "10:02 WARN slow request\n10:03 ERROR db down\n10:04 INF"),
            ("poll", None),
            ("write", "O recovered\n"),
            ("poll", None),
            ("poll", None),
            ("write", "10:05 INFO caf\u00e9 order #1 \u2615\n10:06 DEBUG tick\n"),
            ("poll", None),
            ("rotate", "11:00 INFO new file\n"),
            ("poll", None),
        ]
        seen = []
        for action, text in steps:
            if action == "write":
                append(log, text)
                print(f"wrote {len(text.encode())} bytes")
            elif action == "rotate":
                with open(log, "w", encoding="utf-8") as fh:
                    fh.write(text)
                print("rotated log")
            else:
                lines, state = tailer.poll()
                seen.extend(lines)
                print(f"poll #{state['polls']}: {len(lines)} new line(s), offset now {state['offset']}")
                for line in lines:
                    print("   |", line)
        print("levels:", summarize(seen))
        print("state file:", sorted(os.listdir(d)))
        with open(os.path.join(d, "state.json"), encoding="utf-8") as fh:
            print("final state:", json.load(fh))


if __name__ == "__main__":
    main()
