"""Pickle support helpers, and the Python side of object.__reduce_ex__.

The VM's `object.__reduce_ex__(obj, protocol)` calls `__reduce_ex__` below,
which does what CPython's C implementation does: defer to an overriding
`__reduce__`, use `__newobj__` (or `__newobj_ex__`) for protocol 2 and up,
and `_reconstructor` for protocols 0 and 1.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _is_builtin_type(t):
    # Baton exposes no __flags__: built-in types are the ones whose
    # __module__ is 'builtins' (a class statement never produces that).
    return t.__dict__.get("__module__") == "builtins" or t is object


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (cached on the class)."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__["__slots__"]
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    if name.startswith("__") and not name.endswith("__"):
                        stripped = c.__name__.lstrip("_")
                        names.append("_%s%s" % (stripped, name) if stripped else name)
                    else:
                        names.append(name)
    if not _is_builtin_type(cls):
        try:
            cls.__slotnames__ = names
        except Exception:
            pass
    return names


_object_reduce = object.__dict__.get("__reduce__")
_object_getstate = object.__dict__.get("__getstate__")


def _getstate(obj, cls, required):
    """`obj.__getstate__()`, or the default state: (dict or None, slots dict)."""
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not _object_getstate:
        return obj.__getstate__()
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    slotnames = _slotnames(cls)
    if required and d is None and not slotnames:
        # Instances of built-in types hold native data that cannot be saved.
        for base in cls.__mro__:
            if _is_builtin_type(base):
                if base is not object:
                    raise TypeError(f"cannot pickle {cls.__name__!r} object")
                break
    state = d if d else None
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _reduce_newobj(obj, cls):
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    kwargs = None
    if getnewargs_ex is not None:
        r = getnewargs_ex()
        if not isinstance(r, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, not '{type(r).__name__}'")
        if len(r) != 2:
            raise ValueError(f"__getnewargs_ex__ should return a tuple of length 2, not {len(r)}")
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError(f"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{type(kwargs).__name__}'")
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError(f"__getnewargs__ should return a tuple, not '{type(args).__name__}'")
        else:
            args = ()
    hasargs = bool(args) or bool(kwargs)
    if kwargs:
        newobj, newargs = __newobj_ex__, (cls, args, kwargs)
    else:
        newobj, newargs = __newobj__, (cls,) + args
    is_list = isinstance(obj, list)
    is_dict = isinstance(obj, dict)
    state = _getstate(obj, cls, not hasargs and not is_list and not is_dict)
    listitems = iter(obj) if is_list else None
    dictitems = iter(obj.items()) if is_dict else None
    return newobj, newargs, state, listitems, dictitems


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    cls = self.__class__
    for base in cls.__mro__:
        if _is_builtin_type(base):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is None or getstate is _object_getstate:
        if getattr(self, "__slots__", None):
            raise TypeError(
                f"cannot pickle {cls.__name__!r} object: a class that defines __slots__ without "
                f"defining __getstate__ cannot be pickled with protocol {proto}"
            )
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        dict = self.__getstate__()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def _instance_state(obj):
    try:
        return obj.__dict__ or None
    except AttributeError:
        return None


def _reduce_set(obj):
    return type(obj), (list(obj),), _instance_state(obj)


def _reduce_bytearray(obj):
    return type(obj), (bytes(obj),), _instance_state(obj)


def _reduce_range(obj):
    return range, (obj.start, obj.stop, obj.step)


def _reduce_slice(obj):
    return slice, (obj.start, obj.stop, obj.step)


# The __reduce__ CPython's built-in types have and Baton's lack.
_builtin_reduce = {
    set: _reduce_set,
    frozenset: _reduce_set,
    bytearray: _reduce_bytearray,
    range: _reduce_range,
    slice: _reduce_slice,
}


def __reduce_ex__(obj, protocol):
    """What `object.__reduce_ex__(obj, protocol)` returns."""
    cls = type(obj)
    reduce = getattr(cls, "__reduce__", None)
    if reduce is not None and reduce is not _object_reduce:
        return obj.__reduce__()
    for base in cls.__mro__:
        builtin = _builtin_reduce.get(base)
        if builtin is not None:
            return builtin(obj)
    if protocol >= 2:
        return _reduce_newobj(obj, cls)
    return _reduce_ex(obj, protocol)


# Extension codes (see CPython's copyreg): (module, name) <-> code.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7FFFFFFF:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
