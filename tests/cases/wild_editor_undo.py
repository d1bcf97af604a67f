"""A line-based text editor buffer with undo/redo, marks, and saved sessions.

Commands are objects (command pattern) kept on bounded undo/redo deques;
views observe the buffer through weak references; sessions are saved with
pickle (custom __getstate__/__setstate__) and snapshots taken with deepcopy.
"""
import copy
import gc
import pickle
import re
import weakref
from collections import deque


class Buffer:
    def __init__(self, text=""):
        self.lines = text.splitlines()
        self.marks = {}
        self._observers = weakref.WeakSet()
        self.undo_stack = deque(maxlen=5)
        self.redo_stack = deque()

    # -- observers -------------------------------------------------------
    def attach(self, view):
        self._observers.add(view)

    def _notify(self, what):
        for view in sorted(self._observers, key=lambda v: v.name):
            view.changed(what)

    # -- commands --------------------------------------------------------
    def do(self, command):
        command.apply(self)
        self.undo_stack.append(command)
        self.redo_stack.clear()
        self._notify(command.describe())

    def undo(self):
        if not self.undo_stack:
            return False
        command = self.undo_stack.pop()
        command.revert(self)
        self.redo_stack.append(command)
        self._notify("undo " + command.describe())
        return True

    def redo(self):
        if not self.redo_stack:
            return False
        command = self.redo_stack.pop()
        command.apply(self)
        self.undo_stack.append(command)
        self._notify("redo " + command.describe())
        return True

    # -- persistence -----------------------------------------------------
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_observers"]
        state["undo_stack"] = list(self.undo_stack)
        state["redo_stack"] = list(self.redo_stack)
        return state

    def __setstate__(self, state):
        state["undo_stack"] = deque(state["undo_stack"], maxlen=5)
        state["redo_stack"] = deque(state["redo_stack"])
        self.__dict__.update(state)
        self._observers = weakref.WeakSet()

    def __str__(self):
        return "\n".join(f"{i + 1:>3}| {line}" for i, line in enumerate(self.lines))


class Insert:
    def __init__(self, at, *lines):
        self.at, self.new = at, list(lines)

    def apply(self, buf):
        buf.lines[self.at:self.at] = self.new

    def revert(self, buf):
        del buf.lines[self.at:self.at + len(self.new)]

    def describe(self):
        return f"insert {len(self.new)} at {self.at + 1}"


class Delete:
    def __init__(self, start, stop):
        self.start, self.stop, self.removed = start, stop, None

    def apply(self, buf):
        self.removed = buf.lines[self.start:self.stop]
        del buf.lines[self.start:self.stop]

    def revert(self, buf):
        buf.lines[self.start:self.start] = self.removed

    def describe(self):
        return f"delete {self.start + 1}-{self.stop}"


class Substitute:
    def __init__(self, pattern, repl, flags=0):
        self.pattern, self.repl, self.flags = pattern, repl, flags
        self.before = None

    def apply(self, buf):
        self.before = list(buf.lines)
        rx = re.compile(self.pattern, self.flags)
        buf.lines = [rx.sub(self.repl, line) for line in buf.lines]
        self.count = sum(a != b for a, b in zip(self.before, buf.lines))

    def revert(self, buf):
        buf.lines = self.before

    def describe(self):
        return f"s/{self.pattern}/{self.repl}/ ({self.count} lines)"


class View:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def changed(self, what):
        self.log.append(f"{self.name}: {what}")

    def __del__(self):
        self.log.append(f"{self.name}: closed")


TEXT = """def greet(name):
    print('Hello, ' + name)

greet('world')
"""


def main():
    log = []
    buf = Buffer(TEXT)
    status, sidebar = View("status", log), View("sidebar", log)
    buf.attach(status)
    buf.attach(sidebar)
    buf.do(Insert(0, "#!/usr/bin/env python3", '"""Greeting demo."""', ""))
    buf.do(Substitute(r"print\('Hello, ' \+ (\w+)\)", r"print(f'Hello, {\1}')"))
    buf.do(Delete(5, 6))
    buf.do(Insert(len(buf.lines), "greet('baton')"))
    print(buf)
    print("undo:", buf.undo(), buf.undo())
    print(buf)
    print("redo:", buf.redo())
    buf.do(Substitute(r"(?m)^greet", "say_hello"))
    print("redo after new edit:", buf.redo(), len(buf.redo_stack))
    print(buf)

    del sidebar
    gc.collect()
    buf.do(Insert(0, "# edited"))
    print("observers:", [v.name for v in buf._observers])
    for i in range(7):
        buf.do(Insert(0, f"# filler {i}"))
    print("undo depth:", len(buf.undo_stack), "oldest:", buf.undo_stack[0].describe())
    while buf.undo():
        pass
    print("after undoing all:", buf.lines[:2], len(buf.lines))

    snapshot = copy.deepcopy(buf)
    shallow = copy.copy(buf)
    buf.lines.append("# only in original")
    print(len(snapshot.lines), len(shallow.lines) == len(buf.lines), snapshot.lines is not buf.lines)
    data = pickle.dumps(buf, protocol=pickle.HIGHEST_PROTOCOL)
    restored = pickle.loads(data)
    print(type(restored.undo_stack).__name__, restored.undo_stack.maxlen, len(restored.redo_stack),
          len(restored._observers), restored.lines == buf.lines)
    print("restored redo:", restored.redo(), restored.lines[0])
    print("original untouched:", buf.lines[0])
    ref = weakref.ref(restored)
    del restored
    print("collected:", ref() is None)
    del status
    for line in log:
        print("  ", line)


if __name__ == "__main__":
    main()
