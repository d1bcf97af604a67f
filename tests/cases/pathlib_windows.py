# pathlib.PureWindowsPath: drives, UNC shares, case-insensitive comparison,
# joining rules and reserved names (pure path arithmetic works anywhere).
from pathlib import PureWindowsPath as W, PurePosixPath, WindowsPath

for s in ["c:/a/b", "C:\\a\\b.txt", "c:a", "c:", "//server/share/x", "\\\\server\\share",
          "a/b", "/x", "\\\\?\\c:\\x", "", "c:/"]:
    p = W(s)
    print(repr(s), str(p), p.drive, p.root, p.anchor, p.parts, repr(p.name), str(p.parent),
          p.is_absolute(), p.as_posix())
print(W("c:/a", "d:b"), W("c:/a", "c:b"), W("c:/a", "/b"), W("c:/a") / "D:/x", W("a") / "c:")
print(W("c:/a") / "c:b", W("c:/a").joinpath("C:b", "d"), W("c:/a") / "d:", W("x", "c:b"))
print(W("C:/A") == W("c:/a"), hash(W("C:/A")) == hash(W("c:/a")), W("a") == PurePosixPath("a"))
print(W("C:/Foo/Bar").relative_to("c:/foo"), W("C:/Foo/Bar.PY").match("*.py"), W("C:/Foo/Bar.PY").match("c:/*/*.py"))
print([W(n).is_reserved() for n in ["nul", "c:/a/CON.txt", "a", "lpt1", "//s/h/nul"]])
print(W("c:/a b/c").as_uri(), W("//server/share/x").as_uri())
print(repr(W("c:\\a")), W("c:/a/b.txt").with_suffix(".py"), W("c:/a/b.txt").stem, W("a.tar.gz").suffixes)
print(list(W("c:/a/b").parents), list(W("//s/h/a").parents))
print(sorted([W("B"), W("a"), W("C:/x"), W("c:/w")]))
try:
    W("c:/a/b").with_name("c:d")
except ValueError as e:
    print("ValueError", e)
try:
    WindowsPath("a")
except NotImplementedError as e:
    print("NotImplementedError", e)
