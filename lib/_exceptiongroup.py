"""BaseExceptionGroup and ExceptionGroup (PEP 654), installed into builtins
at start-up, and the runtime side of the `except*` statement."""


def _check_args(cls, message, exceptions):
    if not isinstance(message, str):
        raise TypeError(f"BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}")
    if not hasattr(type(exceptions), '__getitem__') or isinstance(exceptions, (str, bytes, dict)) \
            or not hasattr(type(exceptions), '__len__'):
        raise TypeError("second argument (exceptions) must be a sequence")
    excs = tuple(exceptions)
    if not excs:
        raise ValueError("second argument (exceptions) must be a non-empty sequence")
    for i, e in enumerate(excs):
        if not isinstance(e, BaseException):
            raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
    return excs


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(
            isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


class BaseExceptionGroup(BaseException):
    """A combination of multiple unrelated exceptions."""

    def __new__(cls, message, exceptions, /):
        excs = _check_args(cls, message, exceptions)
        all_plain = all(isinstance(e, Exception) for e in excs)
        if cls is BaseExceptionGroup:
            if all_plain:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_plain:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        self = super().__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, *args, **kwargs):
        super().__init__(*args)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return f"{self._message} ({n} sub-exception{'s' if n != 1 else ''})"

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _copy_metadata(self, eg):
        eg.__traceback__ = self.__traceback__
        eg.__cause__ = self.__cause__
        eg.__context__ = self.__context__
        if hasattr(self, '__notes__'):
            eg.__notes__ = list(self.__notes__)
        return eg

    def subgroup(self, condition):
        match = _matcher(condition)
        if match(self):
            return self
        kept = []
        modified = False
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                sub = e.subgroup(match)
                if sub is not e:
                    modified = True
                if sub is not None:
                    kept.append(sub)
            elif match(e):
                kept.append(e)
            else:
                modified = True
        if not modified:
            return self
        if not kept:
            return None
        return self._copy_metadata(self.derive(kept))

    def split(self, condition):
        match = _matcher(condition)
        if match(self):
            return self, None
        yes, no = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(match)
                if m is not None:
                    yes.append(m)
                if r is not None:
                    no.append(r)
            elif match(e):
                yes.append(e)
            else:
                no.append(e)
        m = self._copy_metadata(self.derive(yes)) if yes else None
        r = self._copy_metadata(self.derive(no)) if no else None
        return m, r

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


BaseExceptionGroup.__module__ = 'builtins'
ExceptionGroup.__module__ = 'builtins'


# ---- the runtime side of `except*` (called by the VM's CHECK_EG_MATCH and
# PREP_RERAISE_STAR instructions) ----------------------------------------------

def _check_star_type(t):
    for c in (t if isinstance(t, tuple) else (t,)):
        if not (isinstance(c, type) and issubclass(c, BaseException)):
            raise TypeError("catching classes that do not inherit from "
                            "BaseException is not allowed")
        if issubclass(c, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not "
                            "allowed. Use except instead.")


def _eg_match(exc, match_type):
    """(rest, match) for `except* match_type` applied to exc."""
    _check_star_type(match_type)
    if isinstance(exc, match_type):
        if isinstance(exc, BaseExceptionGroup):
            return None, exc
        wrapped = BaseExceptionGroup("", [exc])
        wrapped.__traceback__ = exc.__traceback__
        return None, wrapped
    if isinstance(exc, BaseExceptionGroup):
        match, rest = exc.split(match_type)
        return rest, match
    return exc, None


def _same_metadata(a, b):
    return (a.__traceback__ is b.__traceback__ and a.__cause__ is b.__cause__
            and a.__context__ is b.__context__)


def _leaf_ids(exc, into):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaf_ids(e, into)
    else:
        into.add(id(exc))


def _prep_reraise_star(orig, excs):
    """What a try/except* statement raises once its clauses have run: excs
    holds what each clause raised and, last, the unmatched rest (or None)."""
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        # A naked exception: at most one clause ran.
        return excs[0]
    raised = []
    reraised = []
    for e in excs:
        if e is not None:
            (reraised if _same_metadata(e, orig) else raised).append(e)
    keep = set()
    for e in reraised:
        _leaf_ids(e, keep)
    reraised_eg = orig.split(lambda leaf: id(leaf) in keep)[0] if keep else None
    if not raised:
        return reraised_eg
    if reraised_eg is not None:
        raised.append(reraised_eg)
    if len(raised) > 1:
        return BaseExceptionGroup("", raised)
    return raised[0]
