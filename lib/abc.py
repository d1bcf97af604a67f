"""Abstract Base Classes (PEP 3119)."""


def _mark_abstract(obj):
    try:
        obj.__isabstractmethod__ = True
    except AttributeError:
        # Baton's functions do not take new attributes by assignment yet.
        obj.__dict__["__isabstractmethod__"] = True


def abstractmethod(funcobj):
    """A decorator indicating abstract methods (needs ABCMeta as metaclass)."""
    _mark_abstract(funcobj)
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use 'classmethod' with 'abstractmethod' instead."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        _mark_abstract(callable)
        try:
            super().__init__(callable)
        except TypeError:
            # Baton's classmethod/staticmethod take the function in __new__ only.
            pass


class abstractstaticmethod(staticmethod):
    """Deprecated: use 'staticmethod' with 'abstractmethod' instead."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        _mark_abstract(callable)
        try:
            super().__init__(callable)
        except TypeError:
            # Baton's classmethod/staticmethod take the function in __new__ only.
            pass


class abstractproperty(property):
    """Deprecated: use 'property' with 'abstractmethod' instead."""

    __isabstractmethod__ = True


# Bumped by every register(): negative caches older than it are stale.
_abc_invalidation_counter = 0


def get_cache_token():
    """The current ABC cache token (changes when any ABC gets a virtual subclass)."""
    return _abc_invalidation_counter


class _AbcData:
    """The per-ABC bookkeeping CPython keeps in `_abc_impl`."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _abc_invalidation_counter


def _is_abstract(value):
    try:
        return bool(value.__isabstractmethod__)
    except AttributeError:
        pass
    # Baton's property and bound methods do not forward __isabstractmethod__ yet.
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False) for f in (value.fget, value.fset, value.fdel))
    func = getattr(value, "__func__", None)
    if func is not None:
        return bool(getattr(func, "__isabstractmethod__", False))
    return False


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Classes made with it can be subclassed directly, or be given virtual
    subclasses with register(); they cannot be instantiated while abstract
    methods remain.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_impl = _AbcData()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_version == _abc_invalidation_counter and subclass in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < _abc_invalidation_counter:
            impl.negative_cache = set()
            impl.negative_version = _abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        if cls in subclass.__mro__:
            impl.cache.add(subclass)
            return True
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry."""
        impl = cls._abc_impl
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute an ABC's abstract methods (after methods were added or set)."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: inherit from it to make an ABC."""

    __slots__ = ()
