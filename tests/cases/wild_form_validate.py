"""A declarative form/record validation library (descriptors, __init_subclass__, ExitStack)."""
import contextlib
import re


class ValidationError(Exception):  # carries every field's problem at once
    def __init__(self, errors):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in sorted(errors.items())))


class Field:
    creation = 0

    def __init__(self, *, required=True, default=None):
        self.required, self.default = required, default
        self.order = Field.creation = Field.creation + 1  # declaration order

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if value is None:
            if self.required:
                raise ValueError("required")
        else:
            value = self.clean(value)
        setattr(obj, self.attr, value)

    def clean(self, value):  # subclasses convert and check
        return value


class Str(Field):
    def __init__(self, *, max_len=None, pattern=None, **kw):
        super().__init__(**kw)
        self.max_len, self.pattern = max_len, pattern and re.compile(pattern)

    def clean(self, value):
        value = str(value).strip()
        if self.max_len is not None and len(value) > self.max_len:
            raise ValueError(f"longer than {self.max_len}")
        if self.pattern and not self.pattern.fullmatch(value):
            raise ValueError(f"does not match {self.pattern.pattern!r}")
        return value


class Int(Field):
    def __init__(self, *, lo=None, hi=None, **kw):
        super().__init__(**kw)
        self.lo, self.hi = lo, hi

    def clean(self, value):
        try:
            value = int(value)
        except (TypeError, ValueError) as e:
            raise ValueError(f"not an integer ({type(e).__name__})") from e
        if (self.lo is not None and value < self.lo) or (self.hi is not None and value > self.hi):
            raise ValueError(f"out of range [{self.lo}, {self.hi}]")
        return value


class Form:
    registry = {}

    def __init_subclass__(cls, /, kind=None, **kw):
        super().__init_subclass__(**kw)
        fields = [v for k, v in vars(cls).items() if isinstance(v, Field)]
        for base in cls.__mro__[1:]:
            fields += getattr(base, "_fields", [])
        cls._fields = sorted(fields, key=lambda f: f.order)
        Form.registry[kind or cls.__name__.lower()] = cls

    def __init__(self, **data):
        errors = {}
        for f in self._fields:
            try:
                setattr(self, f.name, data.pop(f.name, None))
            except ValueError as e:
                errors[f.name] = str(e)
        for extra in data:
            errors[extra] = "unexpected field"
        if errors:
            raise ValidationError(errors)

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in self._fields)})"


class Person(Form):
    name = Str(max_len=20)
    age = Int(lo=0, hi=150, required=False)


class Employee(Person, kind="staff"):
    email = Str(pattern=r"[\w.]+@[\w]+\.[a-z]{2,}")
    level = Int(lo=1, hi=5, default=1, required=False)


@contextlib.contextmanager
def section(title, log):
    log.append(f"enter {title}")
    try:
        yield title.upper()
    except ValidationError as e:
        log.append(f"{title}: {len(e.errors)} error(s)")
        print(f"  invalid {title}: {e}")
    finally:
        log.append(f"exit {title}")


def main():
    print(sorted(Form.registry), [f.name for f in Employee._fields])
    print(Person(name="  Ada  ", age="36"))
    print(Employee(name="Bob", email="bob@example.org"))
    log = []
    samples = [
        ("p1", Person, {"name": "x" * 25, "age": -1}),
        ("p2", Person, {"age": "old"}),
        ("e1", Employee, {"name": "Cy", "email": "cy@nowhere", "level": 9, "team": "red"}),
    ]
    with contextlib.ExitStack() as stack:
        for tag, cls, data in samples:
            label = stack.enter_context(section(tag, log))
            try:
                cls(**data)
            except ValidationError as e:
                print(f"  {label}: {sorted(e.errors.items())}")
        stack.callback(log.append, "callback ran")
    print(log)  # ExitStack unwinds in reverse order
    with section("outer", log) as title:
        raise ValidationError({"all": "bad"})
    print(log[-3:], title)
    e = Employee(name="Di", email="di@corp.io", level=3)
    e.level = "4"
    print(e.level, type(e.level).__name__, Employee.level.name, Employee.__dict__["level"].attr)
    try:
        e.age = [1]
    except ValueError as err:
        print("ValueError:", err, "| from", type(err.__cause__).__name__)
    print(isinstance(Employee.name, Str), Employee.__mro__[1].__name__, vars(e))


main()
