"""du-like tool: build a project tree, then report sizes, extensions and a tree view."""
import fnmatch
import os
import pathlib
import shutil
import tempfile
from collections import Counter

LAYOUT = {
    "README.md": "# demo\n" * 3,
    "setup.cfg": "[metadata]\nname = demo\n",
    "src/demo/__init__.py": "",
    "src/demo/core.py": "def f():\n    return 42\n" * 10,
    "src/demo/util/strings.py": "X = 'abc'\n",
    "src/demo/util/__init__.py": "",
    "tests/test_core.py": "import demo\n" * 4,
    "docs/index.rst": "Demo\n====\n",
    "docs/img/logo.png": "\x89PNG fake",
    "build/lib/demo/core.py": "compiled?\n",
    ".git/HEAD": "ref: refs/heads/main\n",
    "data/empty/": None,
}
IGNORE = {".git", "build", "__pycache__"}


def make_tree(root):
    for rel, content in LAYOUT.items():
        path = pathlib.Path(root, rel)
        if content is None:
            path.mkdir(parents=True, exist_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def walk_sizes(root):
    """os.walk based: total bytes per top-level directory, pruning ignored dirs."""
    totals = Counter()
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in IGNORE)
        rel_dir = os.path.relpath(dirpath, root)
        top = rel_dir.split(os.sep)[0] if rel_dir != "." else "."
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            size = os.path.getsize(full)
            totals[top] += size
            files.append((os.path.normpath(os.path.join(rel_dir, name)), size))
    return totals, files


def tree_lines(directory, prefix=""):
    entries = sorted(p for p in directory.iterdir() if p.name not in IGNORE)
    entries.sort(key=lambda p: (not p.is_dir(), p.name.lower()))
    lines = []
    for i, p in enumerate(entries):
        last = i == len(entries) - 1
        lines.append(f"{prefix}{'`-- ' if last else '|-- '}{p.name}{'/' if p.is_dir() else ''}")
        if p.is_dir():
            lines.extend(tree_lines(p, prefix + ("    " if last else "|   ")))
    return lines


def main():
    with tempfile.TemporaryDirectory(prefix="dirwalk_") as tmp:
        root = pathlib.Path(tmp)
        make_tree(root)
        totals, files = walk_sizes(tmp)
        print("files (os.walk, pruned):")
        for rel, size in files:
            print(f"  {size:5d}  {rel}")
        print("per top-level:", sorted(totals.items()))
        print("tree:")
        print(".")
        for line in tree_lines(root):
            print(line)
        py = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.py"))
        print("rglob *.py:", py)
        tests = sorted(str(p.relative_to(root)) for p in root.glob("tests/test_*.py"))
        print("glob tests:", tests)
        exts = Counter(p.suffix or "<none>" for p in root.rglob("*") if p.is_file())
        print("extensions:", sorted(exts.items()))
        empty_dirs = sorted(str(pathlib.Path(d).relative_to(root)) for d, ds, fs in os.walk(root) if not ds and not fs)
        print("empty dirs:", empty_dirs)
        print("fnmatch:", fnmatch.filter(sorted(os.listdir(root)), "*.??"))
        core = root / "src" / "demo" / "core.py"
        print(core.name, core.stem, core.suffix, core.parent.name, core.relative_to(root).parts)
        print("exists:", core.exists(), (root / "nope").exists(), core.is_file(), core.parent.is_dir())
        print("lines in core:", len(core.read_text().splitlines()))
        shutil.rmtree(root / "build")
        (root / "docs" / "index.rst").rename(root / "docs" / "index.txt")
        print("after cleanup:", sorted(os.listdir(root)), sorted(os.listdir(root / "docs")))
        saved = str(root)
    print("removed:", not os.path.exists(saved))


main()
