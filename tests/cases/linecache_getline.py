# linecache: getline/getlines on real files, missing files, cache clearing and updates.
import linecache
import os

path = "/tmp/baton_case_linecache_demo.py"
with open(path, "w") as f:
    f.write("first line\nsecond line\n\nfourth\nlast without newline")
try:
    print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 2)), repr(linecache.getline(path, 3)))
    print(repr(linecache.getline(path, 5)), repr(linecache.getline(path, 6)), repr(linecache.getline(path, 0)))
    lines = linecache.getlines(path)
    print(len(lines), lines[-1], path in linecache.cache)
    with open(path, "w") as f:
        f.write("changed\n")
    print(repr(linecache.getline(path, 1)))
    linecache.checkcache(path)
    print(repr(linecache.getline(path, 1)))
    linecache.clearcache()
    print(path in linecache.cache, linecache.getlines(path))
    print(repr(linecache.getline("/tmp/baton_case_linecache_missing.py", 1)), linecache.getlines("<string>"))
    print(repr(linecache.getline("linecache_getline.py", 1)))
    print(repr(linecache.getline("linecache_getline.py", 3).strip()))
    print(linecache.updatecache(path) == ["changed\n"])
finally:
    os.remove(path)
linecache.clearcache()
print(linecache.getlines(path), os.path.exists(path))
