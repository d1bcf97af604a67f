"""A miniature in-memory ORM: models, columns, a chainable query builder.

Columns are descriptors that build expression objects through operator
overloading (User.age >= 18 builds a predicate); a metaclass collects
columns and creates a per-model table; queries are lazy and chainable,
support slicing, ordering, dynamic find_by_<column> methods via
__getattr__, aggregates, and joins through foreign keys.
"""
import functools
import itertools
import operator
import reprlib


class Expr:
    def __init__(self, fn, text):
        self.fn, self.text = fn, text

    def __call__(self, row):
        return self.fn(row)

    def __and__(self, other):
        return Expr(lambda r: self(r) and other(r), f"({self.text} AND {other.text})")

    def __or__(self, other):
        return Expr(lambda r: self(r) or other(r), f"({self.text} OR {other.text})")

    def __invert__(self):
        return Expr(lambda r: not self(r), f"NOT {self.text}")

    def __repr__(self):
        return f"<Expr {self.text}>"


def _compare(op, sym):
    def method(self, other):
        return Expr(lambda row: op(getattr(row, self.name), other), f"{self.name} {sym} {other!r}")
    return method


class Column:
    _order = itertools.count()

    def __init__(self, kind, *, primary=False, default=None, references=None):
        self.kind, self.primary, self.default, self.references = kind, primary, default, references
        self.order = next(Column._order)

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if value is not None and not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.name} must be {self.kind.__name__}, "
                            f"not {type(value).__name__}")
        obj.__dict__[self.name] = value

    __eq__ = _compare(operator.eq, "=")
    __ne__ = _compare(operator.ne, "!=")
    __lt__ = _compare(operator.lt, "<")
    __le__ = _compare(operator.le, "<=")
    __gt__ = _compare(operator.gt, ">")
    __ge__ = _compare(operator.ge, ">=")
    __hash__ = object.__hash__

    def like(self, pattern):
        import fnmatch
        return Expr(lambda r: fnmatch.fnmatchcase(getattr(r, self.name), pattern), f"{self.name} LIKE {pattern!r}")

    def desc(self):
        return (self.name, True)


class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cols = sorted((v for v in ns.values() if isinstance(v, Column)), key=lambda c: c.order)
        cls._columns = [c.name for c in cols]
        cls._pk = next((c.name for c in cols if c.primary), None)
        cls._rows = {}
        cls._ids = itertools.count(1)
        return cls

    @property
    def query(cls):
        return Query(cls)


class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        unknown = set(values) - set(self._columns)
        if unknown:
            raise TypeError(f"unknown column(s): {', '.join(sorted(unknown))}")
        for name in self._columns:
            setattr(self, name, values.get(name, getattr(type(self), name).default))

    def save(self):
        if getattr(self, self._pk) is None:
            setattr(self, self._pk, next(type(self)._ids))
        type(self)._rows[getattr(self, self._pk)] = self
        return self

    @reprlib.recursive_repr()
    def __repr__(self):
        fields = ", ".join(f"{c}={getattr(self, c)!r}" for c in self._columns)
        return f"{type(self).__name__}({fields})"


class Query:
    def __init__(self, model, where=(), order=(), window=slice(None)):
        self.model, self.where, self.order, self.window = model, tuple(where), tuple(order), window

    def _clone(self, **changes):
        q = Query(self.model, self.where, self.order, self.window)
        q.__dict__.update(changes)
        return q

    def filter(self, *exprs):
        return self._clone(where=self.where + exprs)

    def order_by(self, *keys):
        keys = tuple(k if isinstance(k, tuple) else (k.name, False) for k in keys)
        return self._clone(order=self.order + keys)

    def __getattr__(self, name):
        if name.startswith("find_by_"):
            column = getattr(self.model, name[len("find_by_"):], None)
            if isinstance(column, Column):
                return lambda value: self.filter(column == value)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __iter__(self):
        rows = [r for r in self.model._rows.values() if all(e(r) for e in self.where)]
        for name, reverse in reversed(self.order):
            rows.sort(key=operator.attrgetter(name), reverse=reverse)
        return iter(rows[self.window])

    def __getitem__(self, item):
        if isinstance(item, slice):
            return self._clone(window=item)
        return list(self)[item]

    def __len__(self):
        return sum(1 for _ in self)

    def __bool__(self):
        return any(True for _ in self)

    def values(self, *names):
        return [tuple(getattr(r, n) for n in names) for r in self]

    def aggregate(self, name, func):
        return func(getattr(r, name) for r in self)

    def sql(self):
        where = " AND ".join(e.text for e in self.where) or "1"
        order = ", ".join(f"{n}{' DESC' if d else ''}" for n, d in self.order)
        return f"SELECT * FROM {self.model.__name__.lower()} WHERE {where}" + (f" ORDER BY {order}" if order else "")


class Team(Model):
    id = Column(int, primary=True)
    name = Column(str)


class User(Model):
    id = Column(int, primary=True)
    name = Column(str)
    age = Column(int, default=0)
    team_id = Column(int, references=Team)
    active = Column(bool, default=True)

    @functools.cached_property
    def team(self):
        return Team._rows.get(self.team_id)


def main():
    core = Team(name="core").save()
    web = Team(name="web").save()
    people = [("ann", 34, core), ("bob", 17, web), ("cid", 52, core), ("dee", 29, web),
              ("eve", 41, None), ("fay", 23, core), ("gus", 17, web)]
    for name, age, team in people:
        User(name=name, age=age, team_id=team.id if team else None).save()
    User._rows[4].active = False
    print(User._columns, User._pk, len(User.query), User.query[0])

    adults = User.query.filter(User.age >= 18)
    print(adults.sql(), "->", adults.values("name"))
    q = adults.filter(User.active == True).order_by(User.age.desc(), User.name)
    print(q.sql(), "->", q.values("name", "age"))
    print("page 2:", [u.name for u in q[2:4]], "first:", q[0].name, "bool:", bool(User.query.filter(User.age > 99)))
    print("teens or named e*:", User.query.filter((User.age < 18) | User.name.like("e*")).values("name"))
    print("not core:", User.query.filter(~(User.team_id == core.id)).values("name", "team_id"))
    print("find_by:", User.query.find_by_name("cid").values("id", "age"), User.query.find_by_age(17).values("name"))
    try:
        User.query.find_by_shoe_size(42)
    except AttributeError as exc:
        print("AttributeError:", exc)
    print("avg age:", round(User.query.aggregate("age", lambda xs: (lambda l: sum(l) / len(l))(list(xs))), 2),
          "max:", User.query.aggregate("age", max))
    by_team = {}
    for u in User.query.order_by(User.name):
        by_team.setdefault(u.team.name if u.team else "-", []).append(u.name)
    print("by team:", sorted(by_team.items()))
    u = User.query.find_by_name("ann")[0]
    print(u.team, "team" in u.__dict__, u.team is u.team)
    for bad in (lambda: User(name="x", shoe=1), lambda: User(name=3), lambda: setattr(u, "age", "old")):
        try:
            bad()
        except TypeError as exc:
            print("TypeError:", exc)
    u.friend = u
    print(repr(u)[:60], User.age.name, (User.age == 3).text, User.age.__class__.__name__)
    print(sorted(User._rows)[-1], type(User).__name__, type(User.query).__name__, Team.query.values("name"))


if __name__ == "__main__":
    main()
