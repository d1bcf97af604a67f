"""Build a directory tree, then walk it with os.walk, os.scandir and pathlib."""
import os
import pathlib
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    root = pathlib.Path(tmp) / "project"
    files = {"README.md": "# Project\n", "src/app.py": "print('hi')\n" * 3, "src/util/helpers.py": "X = 1\n",
             "src/util/__init__.py": "", "tests/test_app.py": "def test(): pass\n", "data/raw/a.csv": "a,b\n1,2\n",
             "data/raw/b.csv": "a,b\n", "data/.hidden": "secret"}
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    total = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        size = sum(os.path.getsize(os.path.join(dirpath, f)) for f in filenames)
        total += size
        print(f"{rel:14} dirs={dirnames} files={sorted(filenames)} bytes={size}")
    print("total bytes", total)
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*.py")))
    print(sorted(e.name for e in os.scandir(root) if e.is_dir()), sorted(p.suffix for p in root.glob("*/*") if p.is_file()))
    biggest = max(root.rglob("*"), key=lambda p: p.stat().st_size if p.is_file() else -1)
    print("biggest", biggest.relative_to(root).as_posix(), biggest.stat().st_size)
    shutil.copytree(root / "src", root / "src_copy")
    shutil.rmtree(root / "data")
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()))
    print((root / "src_copy/app.py").read_text().count("hi"), os.path.exists(root / "data"))
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for name in filenames:
            if name.endswith(".py"):
                os.remove(os.path.join(dirpath, name))
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*")))
