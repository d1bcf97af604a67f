"""deploy-config: layered configuration with templates and a diff preview.

Defaults, a site file, environment overrides and command-line flags are
layered with ChainMap; values are expanded with string.Template; the
rendered config is compared with the previous deployment via difflib, and
the merged settings are pretty-printed with pprint.
"""
import collections
import difflib
import pprint
import shlex
import string
import textwrap
from collections import ChainMap

DEFAULTS = {
    "app": "shop",
    "env": "dev",
    "port": 8000,
    "workers": 2,
    "debug": True,
    "db_url": "postgres://${db_user}@${db_host}:5432/${app}_${env}",
    "db_user": "app",
    "db_host": "localhost",
    "log_dir": "/var/log/${app}",
    "features": ["search"],
    "banner": "Welcome to $app ($env) — $$5 off today",
}

SITE_FILE = """\
# site overrides
env = prod
db_host = db-1.internal
workers = 8
debug = false
features = search, checkout, wishlist
"""

ENVIRON = {"SHOP_PORT": "9090", "SHOP_DB_USER": "svc_shop", "HOME": "/root", "SHOP_BOGUS": "1"}
ARGV = shlex.split("--workers 12 --set 'banner=Hello from ${app}!' --set log_dir=/srv/logs")

PREVIOUS = """\
app        = shop
banner     = Welcome to shop (prod) — $5 off today
db_url     = postgres://app@db-1.internal:5432/shop_prod
debug      = False
env        = prod
features   = search, checkout
log_dir    = /var/log/shop
port       = 8000
workers    = 8
"""


def coerce(key, raw, reference=DEFAULTS):
    kind = type(reference.get(key, ""))
    if kind is bool:
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if kind is int:
        return int(raw)
    if kind is list:
        return [part.strip() for part in raw.split(",") if part.strip()]
    return raw


def parse_site(text):
    out = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise SyntaxError(f"line {lineno}: expected key = value")
        out[key.strip()] = coerce(key.strip(), value.strip())
    return out


def from_environ(environ, prefix="SHOP_"):
    out = {}
    for name, value in sorted(environ.items()):
        if name.startswith(prefix):
            key = name[len(prefix):].lower()
            if key in DEFAULTS:
                out[key] = coerce(key, value)
    return out


def from_argv(argv):
    out, it = {}, iter(argv)
    for arg in it:
        if arg == "--set":
            key, _, value = next(it).partition("=")
            out[key] = coerce(key, value)
        elif arg.startswith("--"):
            key = arg[2:].replace("-", "_")
            out[key] = coerce(key, next(it))
    return out


def expand(config):
    resolved = {}
    for key, value in config.items():
        if isinstance(value, str):
            for _ in range(5):
                new = string.Template(value).safe_substitute(config)
                if new == value:
                    break
                value = new
        resolved[key] = value
    return resolved


def render(config):
    width = max(map(len, config))
    lines = []
    for key in sorted(k for k in config if not k.startswith("db_") or k == "db_url"):
        value = config[key]
        if isinstance(value, list):
            value = ", ".join(value)
        lines.append(f"{key:<{min(width, 10)}} = {value}")
    return "\n".join(lines) + "\n"


def main():
    layers = ChainMap(from_argv(ARGV), from_environ(ENVIRON), parse_site(SITE_FILE), DEFAULTS)
    print("layers:", [len(m) for m in layers.maps])
    for key in ("workers", "port", "debug", "db_user", "banner"):
        origin = next(i for i, m in enumerate(layers.maps) if key in m)
        print(f"  {key:<8} from layer {origin}: {layers[key]!r}")
    config = expand(dict(layers))
    pprint.pprint(config, width=72, sort_dicts=True)

    new_text = render(config)
    diff = list(difflib.unified_diff(PREVIOUS.splitlines(keepends=True), new_text.splitlines(keepends=True),
                                     fromfile="deployed", tofile="pending", n=1))
    print("".join(diff), end="")
    changed = sorted(line[1:].split("=")[0].strip() for line in diff
                     if line[:1] in "+-" and not line.startswith(("+++", "---")))
    print("changed keys:", sorted(set(changed)))
    ratio = difflib.SequenceMatcher(None, PREVIOUS, new_text).ratio()
    print(f"similarity {ratio:.3f}", difflib.get_close_matches("wokers", list(config), n=2))

    child = layers.new_child({"port": 1})
    print(child["port"], layers["port"], len(child.maps), "env" in child, child.parents["port"])
    t = string.Template("${app}: $missing / $$ / ${port}")
    print(t.safe_substitute(config))
    try:
        t.substitute(config)
    except KeyError as exc:
        print("KeyError:", exc)
    try:
        string.Template("bad $").substitute({})
    except ValueError as exc:
        print("ValueError:", exc)
    print(textwrap.shorten(expand(DEFAULTS)["banner"] * 3, width=50, placeholder=" [...]"))
    od = collections.OrderedDict.fromkeys("bca", 0)
    od.move_to_end("b")
    print(list(od), pprint.pformat({"nested": [list(range(12)), {"z": 1, "a": (2, 3)}]}, width=40, compact=True))


if __name__ == "__main__":
    main()
