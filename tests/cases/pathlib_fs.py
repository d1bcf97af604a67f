# pathlib's file system operations on a scratch tree under /tmp.
from pathlib import Path
import os

base = Path("/tmp/_baton_case_pathlib_fs")
for root, dirs, files in os.walk(base, topdown=False):     # a run that died
    for name in files + dirs:
        p = os.path.join(root, name)
        os.rmdir(p) if os.path.isdir(p) and not os.path.islink(p) else os.unlink(p)
if base.exists():
    base.rmdir()
def rel(paths):
    return sorted(str(p.relative_to(base)) for p in paths)

print(base.exists(), base.is_dir())
base.mkdir()
base.mkdir(exist_ok=True)
(base / "x" / "y").mkdir(parents=True)
(base / "x" / "y").mkdir(parents=True, exist_ok=True)
print(base.exists(), base.is_dir(), base.is_file(), (base / "x").is_dir())
print((base / "a.txt").write_text("hello\nworld\n"), (base / "a.txt").read_text())
print((base / "b.bin").write_bytes(b"\x00\x01\xff"), (base / "b.bin").read_bytes())
print((base / "c.bin").write_bytes(bytearray(b"zz")), (base / "u.txt").write_text("ünï", encoding="utf-8"))
print((base / "u.txt").read_bytes(), (base / "u.txt").read_text(encoding="utf-8"))
(base / ".hidden").touch()
(base / "x" / "y" / "deep.txt").write_text("deep")
(base / "x" / "note.md").touch()
print((base / "a.txt").stat().st_size, (base / ".hidden").stat().st_size)
print(sorted(p.name for p in base.iterdir()))
print(rel(base.glob("*.txt")), rel(base.glob("?.bin")), rel(base.glob("*")))
print(rel(base.glob("**")))
print(rel(base.glob("**/*.txt")), rel(base.rglob("*.md")), rel(base.rglob("*")))
print(rel(base.glob("*/")), rel(base.glob("x/*")), rel(base.glob("x/y/deep.*")), rel(base.glob("nope/*")))
print(rel(base.glob("[ab].*")), rel(base.glob("x/**/*.txt")))

t = base / "t"
t.touch()
t.touch()
print(t.exists(), t.stat().st_size)
t2 = t.rename(base / "t2")
print(type(t2).__name__, t2.name, t.exists(), t2.exists())
t3 = t2.replace(str(base / "b.bin"))
print(type(t3).__name__, t3.name, (base / "b.bin").read_bytes())
(base / "b.bin").unlink()
(base / "b.bin").unlink(missing_ok=True)
print((base / "b.bin").exists())

link = base / "lnk"
link.symlink_to(base / "a.txt")
print(link.is_symlink(), (base / "a.txt").is_symlink(), link.is_file(), link.exists())
print(link.readlink() == base / "a.txt", link.resolve() == base / "a.txt")
print((base / "x" / ".." / "lnk").resolve() == base / "a.txt", link.samefile(base / "a.txt"), link.samefile(str(base / "a.txt")))
print(link.lstat().st_size == len(str(base / "a.txt")), link.stat().st_size)
print((base / "nope" / ".." / "q").resolve() == base / "q")

with (base / "a.txt").open("a") as f:
    f.write("more\n")
with (base / "a.txt").open() as f:
    print(f.readline(), f.read())
with (base / "a.txt").open("rb") as f:
    print(f.read(5))
print(open(base / "a.txt").read(5), os.path.join(base, "a"), os.fspath(base / "z"))

(base / "a.txt").chmod(0o600)
print(oct((base / "a.txt").stat().st_mode & 0o777))
print(Path("x").absolute() == Path(os.getcwd()) / "x", Path.cwd() == Path(os.getcwd()))
os.environ["HOME"] = "/tmp/_baton_home"
print(Path.home(), Path("~/q").expanduser(), Path("~").expanduser().parts)
print(Path("/a/~").expanduser(), Path("/").is_mount(), base.is_mount())
print(Path("/dev/null").is_char_device(), Path("/dev/null").is_file(), base.is_fifo(), base.is_socket())

for p in sorted(base.rglob("*"), key=lambda p: len(p.parts), reverse=True):
    if p.is_dir() and not p.is_symlink():
        p.rmdir()
    else:
        p.unlink()
base.rmdir()
print(base.exists())
