"""Summarise a project directory: a `tree`-like listing, sizes per extension,
duplicate files by content hash, ignore patterns, and a cleanup pass.

Builds a small project in a TemporaryDirectory, then walks it with os.walk,
os.scandir and pathlib (rglob/glob/relative_to), printing paths relative to
the root so nothing depends on where the temp dir lives.
"""
import fnmatch
import hashlib
import os
import shutil
import stat
import tempfile
from collections import defaultdict
from pathlib import Path, PurePosixPath

LAYOUT = {
    "README.md": "# demo\n\nA demo project.\n",
    "setup.cfg": "[metadata]\nname = demo\n",
    "src/demo/__init__.py": "__version__ = '0.1'\n",
    "src/demo/core.py": "def add(a, b):\n    return a + b\n",
    "src/demo/util.py": "def add(a, b):\n    return a + b\n",
    "src/demo/__pycache__/core.cpython-311.pyc": "\x00\x01junk",
    "tests/test_core.py": "from demo.core import add\n\ndef test_add():\n    assert add(1, 2) == 3\n",
    "docs/index.rst": "Demo\n====\n",
    "docs/img/logo.svg": "<svg/>" * 10,
    "build/lib/demo/core.py": "def add(a, b):\n    return a + b\n",
    ".git/HEAD": "ref: refs/heads/main\n",
    "empty/": None,
}
IGNORE = [".git", "__pycache__", "build", "*.pyc"]


def make_project(root):
    for rel, content in LAYOUT.items():
        path = root / rel
        if content is None:
            path.mkdir(parents=True, exist_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    (root / "run.sh").write_text("#!/bin/sh\necho hi\n")
    (root / "run.sh").chmod(0o755)


def ignored(name):
    return any(fnmatch.fnmatch(name, pat) for pat in IGNORE)


def tree(directory, prefix=""):
    entries = sorted((e for e in os.scandir(directory) if not ignored(e.name)),
                     key=lambda e: (not e.is_dir(), e.name.lower()))
    lines = []
    for i, entry in enumerate(entries):
        last = i == len(entries) - 1
        connector = "└── " if last else "├── "
        suffix = "/" if entry.is_dir() else ""
        if entry.is_file() and entry.stat().st_mode & stat.S_IXUSR:
            suffix = "*"
        lines.append(prefix + connector + entry.name + suffix)
        if entry.is_dir(follow_symlinks=False):
            lines.extend(tree(entry.path, prefix + ("    " if last else "│   ")))
    return lines


def walk_stats(root):
    by_ext = defaultdict(lambda: [0, 0])
    skipped = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root)
        for d in sorted(dirnames):
            if ignored(d):
                skipped.append(os.path.normpath(os.path.join(rel_dir, d)))
        dirnames[:] = sorted(d for d in dirnames if not ignored(d))
        for name in filenames:
            ext = os.path.splitext(name)[1] or "(none)"
            by_ext[ext][0] += 1
            by_ext[ext][1] += os.path.getsize(os.path.join(dirpath, name))
    return by_ext, skipped


def duplicates(root):
    seen = defaultdict(list)
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
            seen[digest].append(path.relative_to(root).as_posix())
    return {h: paths for h, paths in seen.items() if len(paths) > 1}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "demo"
        make_project(root)
        print("demo/")
        print("\n".join(tree(root)))

        by_ext, skipped = walk_stats(root)
        print("skipped:", skipped)
        for ext, (count, size) in sorted(by_ext.items(), key=lambda kv: (-kv[1][1], kv[0])):
            print(f"  {ext:<7} {count:>2} files {size:>5} bytes")

        for digest, paths in sorted(duplicates(root).items(), key=lambda kv: kv[1]):
            print(f"dup {digest}: {paths}")

        py = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.py"))
        print("python files:", py)
        print("top-level md:", [p.name for p in root.glob("*.md")])
        print("docs parts:", [p.relative_to(root).parts for p in sorted(root.glob("docs/**/*")) if p.is_file()])
        init = root / "src" / "demo" / "__init__.py"
        print(init.stem, init.suffix, init.parent.name, init.relative_to(root).with_suffix(".txt").as_posix())
        print(PurePosixPath("src/demo/core.py").match("src/*/*.py"), init.exists(), (root / "nope").exists())

        removed = []
        for dirpath, dirnames, _ in os.walk(root, topdown=False):
            for d in dirnames:
                if d in ("__pycache__", "build"):
                    full = os.path.join(dirpath, d)
                    shutil.rmtree(full)
                    removed.append(os.path.relpath(full, root))
        print("removed:", sorted(removed))
        empty = [os.path.relpath(d, root) for d, ds, fs in os.walk(root) if not ds and not fs]
        print("empty dirs:", sorted(empty))
        total = sum(f.stat().st_size for f in root.rglob("*") if f.is_file())
        print("files left:", sum(1 for f in root.rglob("*") if f.is_file()), "bytes:", total)
    print("cleaned up:", not os.path.exists(tmp))


if __name__ == "__main__":
    main()
