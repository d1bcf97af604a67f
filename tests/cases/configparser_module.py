# configparser: parsing (continuations, comments, defaults, no-value keys),
# interpolation (basic and extended) and its errors, the mapping protocol,
# typed getters with fallbacks, write(), and the parsing exceptions.
import configparser, io

text = """
# a comment
[DEFAULT]
base = /srv
debug = off

[paths]
home = %(base)s/home
log = %(home)s/log   ; not an inline comment by default
multi = first line
   second line

   third after blank
pct = 100%%

[Numbers]
Count = 42
ratio: 0.5
flag = yes
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults())
print(cp.get("paths", "log"))
print(repr(cp["paths"]["multi"]), cp["paths"]["pct"], cp.get("paths", "pct", raw=True))
print(cp.getint("Numbers", "count"), cp.getfloat("Numbers", "RATIO"), cp.getboolean("Numbers", "flag"),
      cp.getboolean("paths", "debug"))
print(cp.get("paths", "missing", fallback="fb"), cp["Numbers"].getint("nothing", 7), cp.getint("nosect", "x", fallback=-1))
print(cp.options("Numbers"), "paths" in cp, "DEFAULT" in cp, len(cp), list(cp))
print(sorted(cp["paths"]), cp.has_option("paths", "base"), cp.has_option("nosect", "x"))
print(cp.items("Numbers"))
print([(k, type(v).__name__) for k, v in cp.items()])
cp.set("paths", "new", "v %(base)s"); print(cp["paths"]["new"])
cp["extra"] = {"a": 1, "b": "two"}; print(dict(cp["extra"]))
print(cp.remove_option("extra", "a"), cp.remove_option("extra", "zz"), cp.remove_section("extra"), cp.remove_section("extra"))
out = io.StringIO(); cp.write(out); print(out.getvalue())

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[a]\nx = 1\ny = ${x}-${b:z}\nd = $$5\n[b]\nz = ${a:x}0\n")
print(ext["a"]["y"], ext["a"]["d"])
raw = configparser.RawConfigParser(); raw.read_string("[s]\nv = %(nope)s\n"); print(raw.get("s", "v"))
nv = configparser.ConfigParser(allow_no_value=True); nv.read_string("[s]\nflag\nk = v\n"); print(nv.items("s"))
inl = configparser.ConfigParser(inline_comment_prefixes=(";",)); inl.read_string("[s]\nk = v ; gone\n"); print(inl["s"]["k"])

def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
err(lambda: cp.get("nosect", "x"))
err(lambda: cp.get("paths", "nothing"))
err(lambda: cp["nosect"])
err(lambda: cp["paths"]["nothing"])
err(lambda: cp.getint("paths", "home"))
err(lambda: cp.getboolean("Numbers", "count"))
err(lambda: cp.add_section("paths"))
err(lambda: cp.add_section("DEFAULT"))
err(lambda: cp.set("paths", "k", 5))
err(lambda: cp.set("paths", "k", "50%"))
err(lambda: configparser.ConfigParser().read_string("k = v\n"))
err(lambda: configparser.ConfigParser().read_string("[a]\nx = 1\n[a]\n"))
err(lambda: configparser.ConfigParser().read_string("[a]\nx = 1\nX = 2\n"))
err(lambda: configparser.ConfigParser().read_string("[a]\nno delimiter here\nok = 1\n=bad\n"))
bad = configparser.ConfigParser(); bad.read_string("[s]\na = %(b)s\nc = %(c)s\nd = 5%\n")
err(lambda: bad.get("s", "a"))
err(lambda: bad.get("s", "c"))
err(lambda: bad.get("s", "d"))
bx = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
bx.read_string("[s]\na = ${nope}\nb = $x\nc = ${a:b:c}\n")
err(lambda: bx.get("s", "a"))
err(lambda: bx.get("s", "b"))
err(lambda: bx.get("s", "c"))
