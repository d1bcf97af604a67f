"""types.GenericAlias (`list[int]`) and types.UnionType (`int | str`).

The VM's `type.__class_getitem__` (list, dict, tuple, ...) calls GenericAlias
here; classes written in Python use `__class_getitem__ = classmethod(GenericAlias)`.
"""


def _type_repr(obj):
    if obj is type:
        # Baton's type.__qualname__ on `type` itself gives the descriptor.
        return "type"
    if isinstance(obj, list):
        return "[" + ", ".join([_type_repr(a) for a in obj]) + "]"
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, (GenericAlias, UnionType)):
        return repr(obj)
    if hasattr(obj, "__origin__") and hasattr(obj, "__args__"):
        return repr(obj)
    qualname = getattr(obj, "__qualname__", None)
    module = getattr(obj, "__module__", None)
    if qualname is not None and module is not None and isinstance(obj, type):
        if module == "builtins":
            return qualname
        return module + "." + qualname
    if qualname is not None and module is not None and type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _collect_parameters(args):
    params = []
    for a in args:
        if hasattr(a, "__typing_subst__") or type(a).__name__ in ("TypeVar", "ParamSpec", "TypeVarTuple"):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, "__parameters__", ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, mapping):
    if arg in mapping if _hashable(arg) else False:
        return mapping[arg]
    params = getattr(arg, "__parameters__", ()) if not isinstance(arg, type) else ()
    if params:
        return arg[tuple([mapping.get(p, p) for p in params])]
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    return arg


def _hashable(x):
    try:
        hash(x)
    except TypeError:
        return False
    return True


_attr_exceptions = frozenset(
    [
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
        "__reduce__", "__copy__", "__deepcopy__",
    ]
)


class GenericAlias:
    """Represent a PEP 585 generic type, e.g. list[int]."""

    def __new__(cls, origin, args, /):
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, "_origin", origin)
        object.__setattr__(self, "_args", args)
        object.__setattr__(self, "_parameters", None)
        return self

    @property
    def __origin__(self):
        return self._origin

    @property
    def __args__(self):
        return self._args

    @property
    def __parameters__(self):
        p = self._parameters
        if p is None:
            p = _collect_parameters(self._args)
            object.__setattr__(self, "_parameters", p)
        return p

    @property
    def __unpacked__(self):
        return False

    def __repr__(self):
        args = self._args
        if len(args) == 0:
            inner = "()"
        else:
            inner = ", ".join([_type_repr(a) for a in args])
        return _type_repr(self._origin) + "[" + inner + "]"

    def __call__(self, *args, **kwargs):
        result = self._origin(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self._origin,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__") and name in _attr_exceptions:
            raise AttributeError(name)
        if name in ("_origin", "_args", "_parameters"):
            raise AttributeError(name)
        return getattr(self._origin, name)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self._origin == other._origin and self._args == other._args

    def __hash__(self):
        return hash(self._origin) ^ hash(self._args)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(params):
            raise TypeError(f"Too {'many' if len(items) > len(params) else 'few'} arguments for {self!r}; actual {len(items)}, expected {len(params)}")
        mapping = dict(zip(params, items))
        return GenericAlias(self._origin, tuple([_substitute(a, mapping) for a in self._args]))

    def __reduce__(self):
        return GenericAlias, (self._origin, self._args)

    def __dir__(self):
        return sorted(set(dir(self._origin)) | {"__origin__", "__args__", "__parameters__"})


GenericAlias.__module__ = "types"


def _union(a, b):
    if not _union_member_ok(a) or not _union_member_ok(b):
        return NotImplemented
    args = []
    for x in (a, b):
        for y in (x.__args__ if isinstance(x, UnionType) else (x,)):
            if y is None:
                y = type(None)
            if y not in args:
                args.append(y)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


def _union_member_ok(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType)) or hasattr(x, "__typing_subst__") or hasattr(x, "__origin__")


class UnionType:
    """Represent a PEP 604 union type, e.g. int | str."""

    def __init__(self, args):
        object.__setattr__(self, "_args", args)

    @property
    def __args__(self):
        return self._args

    @property
    def __parameters__(self):
        return _collect_parameters(self._args)

    def __repr__(self):
        return " | ".join(["None" if a is type(None) else _type_repr(a) for a in self._args])

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self._args) == set(other._args)

    def __hash__(self):
        return hash(frozenset(self._args))

    def __instancecheck__(self, obj):
        for a in self._args:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self._args)

    def __subclasscheck__(self, cls):
        for a in self._args:
            if isinstance(a, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return issubclass(cls, self._args)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")


UnionType.__module__ = "types"
