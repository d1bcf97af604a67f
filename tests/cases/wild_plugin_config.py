"""A plugin framework with declarative, validated configuration.

Plugins subclass an abstract base; __init_subclass__ registers them by name.
Config fields are descriptors with type coercion and validation (using
__set_name__), a metaclass collects them in definition order, and typed
containers use typing.Generic. Plugins are loaded from a dict config as a
real application would load them from a file.
"""
import abc
import typing
from typing import Any, Callable, Generic, Iterator, Optional, TypeVar

T = TypeVar("T")


class ConfigError(ValueError):
    pass


class Field(Generic[T]):
    def __init__(self, kind: Callable[[Any], T], default: Optional[T] = None, *,
                 choices=None, check: Optional[Callable[[T], bool]] = None, doc=""):
        self.kind, self.default, self.choices, self.check, self.doc = kind, default, choices, check, doc

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_cfg_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        try:
            value = self.kind(value)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{type(obj).__name__}.{self.name}: {exc}") from None
        if self.choices is not None and value not in self.choices:
            raise ConfigError(f"{type(obj).__name__}.{self.name}: {value!r} not in {sorted(self.choices)}")
        if self.check is not None and not self.check(value):
            raise ConfigError(f"{type(obj).__name__}.{self.name}: {value!r} failed check")
        setattr(obj, self.attr, value)

    def __repr__(self):
        return f"<Field {self.name}: {getattr(self.kind, '__name__', self.kind)} = {self.default!r}>"


def boolean(value):
    if isinstance(value, str):
        low = value.strip().lower()
        if low in ("1", "yes", "true", "on"):
            return True
        if low in ("0", "no", "false", "off"):
            return False
        raise ValueError(f"not a boolean: {value!r}")
    return bool(value)


class PluginMeta(abc.ABCMeta):
    def __new__(mcls, clsname, bases, ns, /, **kwargs):
        cls = super().__new__(mcls, clsname, bases, ns, **kwargs)
        fields = {}
        for base in reversed(cls.__mro__[1:]):
            fields.update(getattr(base, "_fields", {}))
        fields.update({k: v for k, v in ns.items() if isinstance(v, Field)})
        cls._fields = fields
        return cls

    def __repr__(cls):
        return f"<plugin class {cls.__name__}>"


class Plugin(metaclass=PluginMeta):
    registry: typing.ClassVar[dict] = {}
    enabled = Field(boolean, True, doc="turn the plugin on or off")
    priority = Field(int, 50, check=lambda p: 0 <= p <= 100)

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if not getattr(cls, "__abstractmethods__", None):
            key = name or cls.__name__.lower()
            if key in Plugin.registry:
                raise TypeError(f"duplicate plugin name {key!r}")
            Plugin.registry[key] = cls

    def __init__(self, **options):
        unknown = sorted(set(options) - set(self._fields))
        if unknown:
            raise ConfigError(f"{type(self).__name__}: unknown option(s) {', '.join(unknown)}")
        for key, value in options.items():
            setattr(self, key, value)

    @abc.abstractmethod
    def process(self, text: str) -> str: ...

    def settings(self):
        return {name: getattr(self, name) for name in self._fields}


class Upper(Plugin):
    def process(self, text):
        return text.upper()


class Truncate(Plugin, name="trunc"):
    width = Field(int, 10, check=lambda w: w > 3)
    marker = Field(str, "...")

    def process(self, text):
        return text if len(text) <= self.width else text[: self.width - len(self.marker)] + self.marker


class Replace(Plugin):
    mode = Field(str, "plain", choices={"plain", "word"})
    pairs = Field(dict, {})

    def process(self, text):
        for old, new in sorted(self.pairs.items()):
            if self.mode == "word":
                text = " ".join(new if w == old else w for w in text.split(" "))
            else:
                text = text.replace(old, new)
        return text


class Pipeline(Generic[T]):
    def __init__(self, stages: list):
        self.stages = sorted(stages, key=lambda p: (p.priority, type(p).__name__))

    def __iter__(self) -> Iterator[Plugin]:
        return (s for s in self.stages if s.enabled)

    def __call__(self, text: str) -> str:
        for stage in self:
            text = stage.process(text)
        return text

    def __class_getitem__(cls, item):
        alias = super().__class_getitem__(item)
        return alias


def load(config: dict) -> Pipeline[str]:
    stages = []
    for entry in config["plugins"]:
        entry = dict(entry)
        kind = entry.pop("use")
        try:
            cls = Plugin.registry[kind]
        except KeyError:
            raise ConfigError(f"no plugin {kind!r}; known: {', '.join(sorted(Plugin.registry))}") from None
        stages.append(cls(**entry))
    return Pipeline(stages)


CONFIG = {"plugins": [
    {"use": "trunc", "width": "24", "priority": 90},
    {"use": "replace", "pairs": {"cat": "dog", "a": "the"}, "mode": "word", "priority": "10"},
    {"use": "upper", "enabled": "no"},
    {"use": "upper", "enabled": "on", "priority": 60},
]}

BAD_CONFIGS = [
    {"plugins": [{"use": "trunc", "width": "two"}]},
    {"plugins": [{"use": "trunc", "width": 2}]},
    {"plugins": [{"use": "replace", "mode": "regex"}]},
    {"plugins": [{"use": "upper", "enabled": "maybe"}]},
    {"plugins": [{"use": "upper", "colour": "red", "size": 3}]},
    {"plugins": [{"use": "spellcheck"}]},
    {"plugins": [{"use": "upper", "priority": 101}]},
]


def main():
    print("registry:", sorted(Plugin.registry.items()))
    pipe = load(CONFIG)
    print([type(s).__name__ for s in pipe.stages], [type(s).__name__ for s in pipe])
    for text in ["a cat sat on a mat", "concatenate a cat", "short"]:
        print(f"{text!r:>22} -> {pipe(text)!r}")
    for stage in pipe.stages:
        print(f"  {type(stage).__name__:<8} {stage.settings()}")
    for cfg in BAD_CONFIGS:
        try:
            load(cfg)
        except ConfigError as exc:
            print("ConfigError:", exc)
    try:
        Plugin()
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        class Another(Plugin, name="upper"):
            def process(self, text):
                return text
    except TypeError as exc:
        print("TypeError:", exc)
    print(Truncate.width, Truncate._fields["enabled"].doc, list(Truncate._fields))
    print(repr(Truncate), type(Truncate).__name__, isinstance(Upper(), Plugin), issubclass(Truncate, abc.ABC))
    print(Pipeline[str], typing.get_args(Pipeline[int]), Field[int].__origin__ is Field)
    print(typing.get_type_hints(Pipeline.__call__), Plugin.process.__isabstractmethod__)


if __name__ == "__main__":
    main()
