"""Weak references (Baton's own `weakref`, over the native `_weakref`).

`ref` objects are native; `proxy` objects, WeakMethod, the weak dictionaries,
WeakSet and `finalize` are written here."""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType
from _weakrefset import WeakSet
import sys
import itertools
import _collections_abc

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class ProxyType:
    """A proxy forwards everything to the referent while it lives."""
    __slots__ = ('_ref', '__weakref__')

    def __init__(self, obj, callback=None):
        if callback is not None:
            cb = callback
            me = self

            def _cb(_wr, cb=cb):
                cb(me)
            object.__setattr__(self, '_ref', ref(obj, _cb))
        else:
            object.__setattr__(self, '_ref', ref(obj))

    def _get(self):
        o = object.__getattribute__(self, '_ref')()
        if o is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return o

    def __getattribute__(self, name):
        return getattr(ProxyType._get(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._get(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._get(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_ref')()
        return '<weakproxy at %#x; to %r at %#x>' % (
            id(self), type(o).__name__ if o is not None else 'dead', id(o))

    def __str__(self): return str(ProxyType._get(self))
    def __bool__(self): return bool(ProxyType._get(self))
    def __len__(self): return len(ProxyType._get(self))
    def __iter__(self): return iter(ProxyType._get(self))
    def __next__(self): return next(ProxyType._get(self))
    def __contains__(self, x): return x in ProxyType._get(self)
    def __getitem__(self, k): return ProxyType._get(self)[k]
    def __setitem__(self, k, v): ProxyType._get(self)[k] = v
    def __delitem__(self, k): del ProxyType._get(self)[k]
    def __eq__(self, o): return ProxyType._get(self) == o
    def __ne__(self, o): return ProxyType._get(self) != o
    def __lt__(self, o): return ProxyType._get(self) < o
    def __le__(self, o): return ProxyType._get(self) <= o
    def __gt__(self, o): return ProxyType._get(self) > o
    def __ge__(self, o): return ProxyType._get(self) >= o
    def __add__(self, o): return ProxyType._get(self) + o
    def __sub__(self, o): return ProxyType._get(self) - o
    def __mul__(self, o): return ProxyType._get(self) * o
    def __truediv__(self, o): return ProxyType._get(self) / o
    def __floordiv__(self, o): return ProxyType._get(self) // o
    def __mod__(self, o): return ProxyType._get(self) % o
    def __neg__(self): return -ProxyType._get(self)
    def __int__(self): return int(ProxyType._get(self))
    def __float__(self): return float(ProxyType._get(self))
    def __index__(self): return ProxyType._get(self).__index__()
    __hash__ = None


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return ProxyType._get(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None):
    """A proxy to `object` that uses a weak reference."""
    if callable(object):
        return CallableProxyType(object, callback)
    return ProxyType(object, callback)


class WeakMethod:
    """A weak reference to a bound method: it dies with the instance or the
    function."""
    __slots__ = ('_obj_ref', '_func_ref', '_meth_type', '_alive', '__weakref__')

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg, selfref=ref(self), cb=callback):
            s = selfref()
            if s is not None and s._alive:
                s._alive = False
                if cb is not None:
                    cb(s)
        self._obj_ref = ref(obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose values are weakly referenced: an entry goes away when
    its value dies."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                key = self._keys.pop(id(wr), None)
                if key is not None and self.data.get(key[0]) is wr:
                    del self.data[key[0]]
        self._remove = remove
        self._keys = {}
        self.data = {}
        self.update(other, **kw)

    def _make_ref(self, key, value):
        wr = ref(value, self._remove)
        self._keys[id(wr)] = (key,)
        return wr

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        wr = self.data.pop(key)
        self._keys.pop(id(wr), None)

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        old = self.data.get(key)
        if old is not None:
            self._keys.pop(id(old), None)
        self.data[key] = self._make_ref(key, value)

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new
    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k
    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            self._keys.pop(id(wr), None)
            o = wr()
            if o is not None:
                return key, o

    _MISSING = object()

    def pop(self, key, *args):
        try:
            wr = self.data.pop(key)
        except KeyError:
            if args:
                return args[0]
            raise
        self._keys.pop(id(wr), None)
        o = wr()
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def __or__(self, other):
        c = self.copy()
        c.update(other)
        return c


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose keys are weakly referenced: an entry goes away when
    its key dies."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for k in self.data if k() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new
    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj
    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)


class finalize:
    """Class for finalization of weakrefable objects: calls func(*args,
    **kwargs) once, when `obj` dies or at exit (if `atexit` is true)."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
