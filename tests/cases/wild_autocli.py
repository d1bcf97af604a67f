"""autocli: turn plain functions into a command-line interface, typer-style.

Each command's argparse parser is generated from inspect.signature and the
type hints: positional parameters become positional arguments, keyword
parameters become --options, bools become flags, list[int] becomes
nargs='*', Enum hints become choices, and docstrings become help. A retry
decorator (functools.wraps, preserving the signature) wraps one command.
"""
import argparse
import enum
import functools
import inspect
import io
import contextlib
import typing


class Level(enum.Enum):
    LOW = "low"
    HIGH = "high"


def retry(times=3, exceptions=(RuntimeError,)):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    print(f"  attempt {attempt} failed: {exc}")
            raise RuntimeError(f"{func.__name__} failed after {times} attempts")
        return wrapper
    return decorate


class App:
    def __init__(self, prog):
        self.prog = prog
        self.commands = {}

    def command(self, func=None, *, name=None):
        if func is None:
            return functools.partial(self.command, name=name)
        self.commands[name or func.__name__.replace("_", "-")] = func
        return func

    def _add_param(self, parser, param, hint):
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        optional = origin is typing.Union and type(None) in args
        if optional:
            hint = next(a for a in args if a is not type(None))
            origin, args = typing.get_origin(hint), typing.get_args(hint)
        kwargs = {}
        if hint is bool:
            kwargs["action"] = "store_false" if param.default is True else "store_true"
        elif origin is list:
            kwargs.update(nargs="*", type=args[0] if args else str)
        elif isinstance(hint, type) and issubclass(hint, enum.Enum):
            kwargs.update(type=hint, choices=list(hint), metavar="{" + ",".join(m.value for m in hint) + "}")
        elif hint is not inspect.Parameter.empty:
            kwargs["type"] = hint
        if param.default is inspect.Parameter.empty and param.kind is not param.KEYWORD_ONLY:
            parser.add_argument(param.name, **kwargs)
        else:
            default = None if param.default is inspect.Parameter.empty else param.default
            if param.default is inspect.Parameter.empty:
                kwargs["required"] = True
            flag = "--" + param.name.replace("_", "-")
            shown = default.value if isinstance(default, enum.Enum) else default
            parser.add_argument(flag, dest=param.name, default=default,
                                help=f"(default: {shown})" if hint is not bool else None, **kwargs)

    def build(self):
        parser = argparse.ArgumentParser(prog=self.prog)
        sub = parser.add_subparsers(dest="_command", required=True)
        for name, func in self.commands.items():
            doc = inspect.getdoc(func) or ""
            p = sub.add_parser(name, help=doc.splitlines()[0] if doc else None, description=doc)
            hints = typing.get_type_hints(func)
            for param in inspect.signature(func).parameters.values():
                self._add_param(p, param, hints.get(param.name, inspect.Parameter.empty))
            p.set_defaults(_func=func)
        return parser

    def __call__(self, argv):
        ns = vars(self.build().parse_args(argv))
        func = ns.pop("_func")
        ns.pop("_command")
        bound = inspect.signature(func).bind(**ns)
        return func(*bound.args, **bound.kwargs)


app = App("tool")


@app.command
def add(x: int, y: int, *, verbose: bool = False) -> int:
    """Add two integers.

    Prints the sum; with --verbose also the operands."""
    if verbose:
        print(f"  adding {x} and {y}")
    return x + y


@app.command(name="stats")
def summary(values: list[float], precision: int = 2, level: Level = Level.LOW,
            label: typing.Optional[str] = None) -> str:
    """Summarise numbers."""
    mean = sum(values) / len(values) if values else 0.0
    return f"{label or 'values'}: n={len(values)} mean={mean:.{precision}f} level={level.value}"


FAILS = iter([True, True, False])


@app.command
@retry(times=3)
def deploy(target: str, color: bool = True) -> str:
    """Deploy to a target (flaky)."""
    if next(FAILS):
        raise RuntimeError(f"{target} unreachable")
    return f"deployed to {target} (color={color})"


def run(argv):
    print("$ tool", " ".join(argv))
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            result = app(argv)
        print(out.getvalue(), end="")
        print("  =>", repr(result))
    except SystemExit as exc:
        print(out.getvalue(), end="")
        lines = err.getvalue().strip().splitlines()
        print(f"  exit {exc.code}: {lines[-1] if lines else ''}")


def main():
    sig = inspect.signature(summary)
    print(sig)
    print([(p.name, p.kind.name, p.default) for p in sig.parameters.values()][:2], sig.return_annotation)
    print(inspect.signature(deploy), deploy.__wrapped__.__name__, inspect.unwrap(deploy).__doc__)
    ba = inspect.signature(add).bind(1, 2)
    ba.apply_defaults()
    print(ba.arguments, ba.args, ba.kwargs)
    try:
        inspect.signature(add).bind(1)
    except TypeError as exc:
        print("TypeError:", exc)
    run(["add", "2", "40"])
    run(["add", "--verbose", "1", "2"])
    run(["add", "1", "two"])
    run(["stats", "1.5", "2.5", "4", "--precision", "3", "--level", "high", "--label", "demo"])
    run(["stats"])
    run(["stats", "--level", "medium"])
    run(["deploy", "prod", "--color"])
    run(["add", "--help"])
    run(["stats", "-h"])


if __name__ == "__main__":
    main()
