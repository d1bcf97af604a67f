# pathlib's pure paths: parsing, components, derived paths, joining,
# comparison and matching.
from pathlib import PurePath, PurePosixPath, Path, PosixPath
import os

P = PurePosixPath
for s in ["", ".", "/", "//", "///", "a/b", "/a//b/./c/", "//host/share", "../x/..", "a/b.tar.gz", ".bashrc"]:
    p = P(s)
    print(repr(s), str(p), repr(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), repr(p.name))

for s in ["a.txt", "a.tar.gz", ".bashrc", "a.", "a", "a..b", "...", ".a.b", "/"]:
    p = P(s)
    print(repr(s), repr(p.suffix), p.suffixes, repr(p.stem))

for s in ["/a/b", "/a", "/", "a", ".", "a/b/..", "x/y/z"]:
    p = P(s)
    print(s, str(p.parent), [str(q) for q in p.parents], p.is_absolute())

ps = P("a/b/c").parents
print(len(ps), ps[0], ps[-1], ps[1:], ps[::2], repr(ps))
print(P("a/b.txt").with_name("c.py"), P("a/b.txt").with_stem("z"), P("a/b.txt").with_suffix(".py"),
      P("a/b.txt").with_suffix(""), P("a/b").with_suffix(".gz"), P("a/b.tar.gz").with_suffix(".bz2"))
print(P("/a/b/c").relative_to("/a"), P("/a/b/c").relative_to("/a", "b"), P("a/b").relative_to(""),
      P("/a/b").is_relative_to("/a"), P("/a/b").is_relative_to("/b"))
print(P("a") / "b" / P("c"), "x" / P("y"), P("a") / "/abs", P("a").joinpath("b", "c", "/d", "e"))
print(P("/usr", "lib", "/etc", "x"), P(P("a"), "b"), P(Path("rel"), "q"))

pats = ["*.py", "b/*.py", "/a/*/*.py", "/*.py", "a/*.py", "*/c.py", "**/*.py", "C.PY", "c.p?", "[abc].py", "/a/b/c.py"]
print([P("/a/b/c.py").match(pat) for pat in pats])
print(P("a/b") == P("a//b/"), P("a") == "a", PurePath("a") == P("a"), Path("a") == P("a"))
print(P("a") != P("b"), P("a") < P("b"), P("a/b") > P("a"), P("a") <= P("a"))
print(sorted([P("b"), P("a/c"), P("a"), P("/z"), P("a/b")]))
print(hash(P("a/b")) == hash(P("a//b")), len({P("x"), P("x/"), P("./x"), P("y")}))
print(P("a/b").as_posix(), os.fspath(P("a/b")), bytes(P("a/b")), str(P("a", "b")))
print(P("/a b/c%d/é").as_uri(), P("/").as_uri())
print(P("nul").is_reserved(), type(PurePath("x")).__name__, type(Path("x")).__name__)
print(isinstance(Path("a"), PurePath), isinstance(Path("a"), PurePosixPath), issubclass(PosixPath, Path))
print(P("a/b").__reduce__())
print(P("a") in [P("b"), P("a/")], P("/x") in P("/x/y/z").parents)

class Sub(PurePosixPath):
    def shout(self):
        return str(self).upper()

s = Sub("a") / "b"
print(repr(s), s.shout(), type(s.parent).__name__, Sub("a") == P("a"))
print(repr(PurePath()), repr(Path()), repr(PosixPath("/x")))
print("{} and {!r}".format(P("fmt"), P("fmt")), f"{P('f/s')}")
