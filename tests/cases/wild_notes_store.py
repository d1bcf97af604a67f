"""notes: a file-backed note store with atomic writes and format conversion.

Each note is a text file with a small header; the store writes atomically
(temp file + os.replace), imports notes from files in various encodings and
newline conventions, keeps an append-only journal it can replay from an
offset (seek/tell), and exports a bundle. Paths are printed relative to the
store root.
"""
import io
import json
import os
import re
import shutil
import tempfile
from pathlib import Path


class NoteStore:
    HEADER_RE = re.compile(r"^(\w+): (.*)$")

    def __init__(self, root):
        self.root = Path(root)
        (self.root / "notes").mkdir(parents=True, exist_ok=True)
        self.journal = self.root / "journal.log"

    def _atomic_write(self, path, text):
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".note")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise

    def _log(self, action, slug):
        with open(self.journal, "a", encoding="utf-8") as fh:
            fh.write(f"{action}\t{slug}\n")

    def slugify(self, title):
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        return slug or "untitled"

    def save(self, title, body, tags=()):
        slug = self.slugify(title)
        headers = {"title": title, "tags": ",".join(sorted(tags))}
        text = "".join(f"{k}: {v}\n" for k, v in headers.items()) + "\n" + body.rstrip("\n") + "\n"
        path = self.root / "notes" / f"{slug}.note"
        existed = path.exists()
        self._atomic_write(path, text)
        self._log("update" if existed else "create", slug)
        return slug

    def load(self, slug):
        path = self.root / "notes" / f"{slug}.note"
        with open(path, encoding="utf-8") as fh:
            headers = {}
            for line in fh:
                if line == "\n":
                    break
                m = self.HEADER_RE.match(line.rstrip("\n"))
                if m:
                    headers[m.group(1)] = m.group(2)
            body = fh.read()
        headers["tags"] = [t for t in headers.get("tags", "").split(",") if t]
        return headers, body

    def delete(self, slug):
        (self.root / "notes" / f"{slug}.note").unlink()
        self._log("delete", slug)

    def slugs(self):
        return sorted(p.stem for p in (self.root / "notes").glob("*.note"))

    def replay(self, offset=0):
        with open(self.journal, "rb") as fh:
            fh.seek(offset)
            entries = [line.decode("utf-8").rstrip("\n").split("\t") for line in fh]
            return entries, fh.tell()

    def import_file(self, path, encoding):
        with open(path, encoding=encoding, errors="replace", newline=None) as fh:
            first = fh.readline().strip()
            rest = fh.read()
        return self.save(first.lstrip("# ") or path.stem, rest.strip("\n"), tags=["imported", encoding])


def main():
    with tempfile.TemporaryDirectory() as tmp:
        store = NoteStore(Path(tmp) / "store")
        store.save("Shopping list", "- milk\n- bread\n- café au lait", tags=["home", "todo"])
        store.save("Meeting: Q3 planning!", "Agenda\n\n1. budget\n2. hiring")
        store.save("Shopping list", "- milk\n- eggs", tags=["home"])
        print(store.slugs())
        headers, body = store.load("shopping-list")
        print(headers, repr(body))

        src = Path(tmp) / "incoming"
        src.mkdir()
        (src / "dos.txt").write_bytes(b"# From Windows\r\nline one\r\nline two\r\n")
        (src / "mac.txt").write_bytes(b"Old Mac\rfirst\rsecond\r")
        (src / "latin.txt").write_bytes("Grüße aus Köln\nÄpfel für 2€\n".encode("latin-1", errors="replace"))
        (src / "u16.txt").write_text("UTF-16 note\nwith BOM ✓\n", encoding="utf-16")
        (src / "broken.txt").write_bytes(b"Broken \xff\xfe bytes\nok\n")
        for name, enc in [("dos.txt", "utf-8"), ("mac.txt", "utf-8"), ("latin.txt", "latin-1"),
                          ("u16.txt", "utf-16"), ("broken.txt", "utf-8")]:
            slug = store.import_file(src / name, enc)
            h, b = store.load(slug)
            print(f"  {name:<10} -> {slug:<16} {h['tags']} {b!r}")

        entries, pos = store.replay()
        print(len(entries), entries[:3], pos == store.journal.stat().st_size)
        store.delete("old-mac")
        more, pos2 = store.replay(pos)
        print("since offset:", more, pos2 - pos)
        leftovers = [p.name for p in (store.root / "notes").iterdir() if p.name.startswith(".tmp-")]
        print("temp files left:", leftovers)

        class Boom(Exception):
            pass
        real_replace = os.replace
        def failing_replace(a, b):
            raise Boom("disk full")
        os.replace = failing_replace
        try:
            store.save("Shopping list", "should not land")
        except Boom as exc:
            print("save failed:", exc)
        finally:
            os.replace = real_replace
        print("still old:", store.load("shopping-list")[1].splitlines()[1],
              "temp files:", [p.name for p in (store.root / "notes").iterdir() if p.name.startswith(".tmp")])

        bundle = io.StringIO()
        json.dump({s: store.load(s)[0] for s in store.slugs()}, bundle, ensure_ascii=False, sort_keys=True)
        print(len(bundle.getvalue()), bundle.getvalue()[:70])
        copy = Path(tmp) / "copy"
        shutil.copytree(store.root, copy, ignore=shutil.ignore_patterns("*.log"))
        print(sorted(str(p.relative_to(copy)) for p in copy.rglob("*")))
        with open(copy / "notes" / "shopping-list.note", "r+", encoding="utf-8") as fh:
            fh.seek(0, io.SEEK_END)
            end = fh.tell()
            fh.write("- butter\n")
            fh.seek(0)
            print(end, fh.readline().rstrip(), fh.read().count("\n"))
        text = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="ascii", newline="")
        print(text.readlines(), io.TextIOWrapper(io.BytesIO(b"x\r\ny"), newline=None).read().split("\n"))
    print("cleaned:", not os.path.exists(tmp))


if __name__ == "__main__":
    main()
