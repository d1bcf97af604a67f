"""An application bootstrap: discover and load command modules from a
package directory, configure logging from a dict, and dispatch commands.

The program writes a small package (myapp/commands/*.py) into a temporary
directory, puts it on sys.path, imports the modules by name with
importlib.import_module, reloads one after editing it, and configures
logging with logging.config.dictConfig.
"""
import importlib
import importlib.util
import io
import logging
import logging.config
import os
import sys
import tempfile
import textwrap

FILES = {
    "myapp/__init__.py": "VERSION = (1, 2, 0)\n",
    "myapp/commands/__init__.py": "",
    "myapp/commands/greet.py": '''
        """Say hello."""
        import logging
        log = logging.getLogger(__name__)

        def run(args):
            log.info("greeting %d people", len(args))
            return ", ".join(f"hello {a}" for a in args) or "hello nobody"
    ''',
    "myapp/commands/count.py": '''
        """Count words in the arguments."""
        from collections import Counter
        from . import _helpers

        def run(args):
            return _helpers.fmt(Counter(" ".join(args).split()).most_common(2))
    ''',
    "myapp/commands/_helpers.py": '''
        def fmt(pairs):
            return "; ".join(f"{w}={n}" for w, n in pairs)
    ''',
    "myapp/commands/broken.py": '''
        """This one fails to import."""
        import does_not_exist_anywhere
    ''',
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"short": {"format": "%(levelname)s %(name)s: %(message)s"}},
    "handlers": {"mem": {"class": "logging.StreamHandler", "formatter": "short",
                         "level": "DEBUG", "stream": "ext://sys.stdout"}},
    "loggers": {"myapp": {"handlers": ["mem"], "level": "INFO", "propagate": False}},
    "root": {"level": "WARNING", "handlers": []},
}


def discover(package):
    pkg = importlib.import_module(package)
    directory = os.path.dirname(pkg.__file__)
    names = sorted(f[:-3] for f in os.listdir(directory) if f.endswith(".py") and not f.startswith("_"))
    commands, failures = {}, {}
    for name in names:
        try:
            module = importlib.import_module(f"{package}.{name}")
        except ImportError as exc:
            failures[name] = f"{type(exc).__name__}: {exc}"
            continue
        commands[name] = module
    return commands, failures


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for rel, src in FILES.items():
            path = os.path.join(tmp, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as fh:
                fh.write(textwrap.dedent(src).lstrip("\n"))
        sys.path.insert(0, tmp)
        try:
            logging.config.dictConfig(LOGGING)
            log = logging.getLogger("myapp.boot")
            app = importlib.import_module("myapp")
            log.info("myapp %s", ".".join(map(str, app.VERSION)))
            commands, failures = discover("myapp.commands")
            print("commands:", sorted(commands), "failures:", failures)
            for name, mod in sorted(commands.items()):
                print(f"  {name:<6} {mod.__doc__!r} {mod.__name__} {mod.__package__}")
            print(commands["greet"].run(["ann", "bob"]), "|", commands["count"].run(["a b a", "c b a"]))
            log.debug("not shown: logger level is INFO")
            logging.getLogger("myapp.commands.greet").warning("careful")
            logging.getLogger("other").warning("root has no handlers")

            greet_path = os.path.join(tmp, "myapp", "commands", "greet.py")
            with open(greet_path, "a") as fh:
                fh.write("\ndef run(args):\n    return 'hi ' + ' & '.join(args)\n")
            importlib.invalidate_caches()
            greet = importlib.reload(commands["greet"])
            print("reloaded:", greet.run(["ann", "bob"]), greet is commands["greet"])
            print("in sys.modules:", sorted(m for m in sys.modules if m.startswith("myapp")))
            spec = importlib.util.find_spec("myapp.commands.count")
            print("spec:", spec.name, spec.parent, os.path.basename(spec.origin))
            print(importlib.util.find_spec("myapp.nothing_here"))
            try:
                importlib.import_module(".greet", package=None)
            except TypeError as exc:
                print("TypeError:", exc)
            rel = importlib.import_module(".greet", package="myapp.commands")
            print("relative:", rel is greet)
        finally:
            sys.path.remove(tmp)
            for name in [m for m in sys.modules if m.startswith("myapp")]:
                del sys.modules[name]


if __name__ == "__main__":
    main()
