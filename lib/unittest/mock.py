"""Mock objects for testing (Baton's unittest.mock).

Mock and MagicMock record how they are used (calls, attribute access) and
let tests assert on it; patch() swaps objects in and out for the duration
of a test; sentinel, ANY, DEFAULT and call help to build expectations.

The API is CPython 3.11's, without AsyncMock (Baton has no async/await yet).
"""

__all__ = (
    'Mock',
    'MagicMock',
    'patch',
    'sentinel',
    'DEFAULT',
    'ANY',
    'call',
    'create_autospec',
    'FILTER_DIR',
    'NonCallableMock',
    'NonCallableMagicMock',
    'mock_open',
    'PropertyMock',
    'seal',
)

import builtins
import contextlib
import io
import sys
from functools import partial, wraps
from types import FunctionType, MethodType, ModuleType
from unittest.util import safe_repr


class InvalidSpecError(Exception):
    """Raised when a mock (or something already mocked) is given as a spec."""


FILTER_DIR = True

_builtins = frozenset(n for n in dir(builtins) if not n.startswith('_'))

# Plain Python functions and bound methods: what autospec treats as
# "something with a signature to copy".
FunctionTypes = (FunctionType, MethodType)


# ---------------------------------------------------------------------------
# sentinel, DEFAULT, ANY

class _SentinelObject(object):
    """A named object that is only equal to itself."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.' + self.name

    def __reduce__(self):
        return 'sentinel.' + self.name


class _Sentinel(object):
    """sentinel.NAME: the same unique object for the same NAME."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            # Without this help(unittest.mock) raises an exception
            raise AttributeError
        table = self._sentinels
        obj = table.get(name)
        if obj is None:
            obj = table[name] = _SentinelObject(name)
        return obj

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()

DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY(object):
    """Equal to anything: a wildcard in expected calls."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# ---------------------------------------------------------------------------
# small predicates

def _is_instance_mock(obj):
    # type() rather than isinstance(): a mock with a spec lies about __class__
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    if isinstance(obj, BaseException):
        return True
    return isinstance(obj, type) and issubclass(obj, BaseException)


def _extract_mock(obj):
    # an autospecced function carries its mock in its 'mock' attribute
    if isinstance(obj, FunctionTypes) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def _is_list(obj):
    # a spec given as a list (or tuple) of attribute names
    return type(obj) in (list, tuple)


def _instance_callable(obj):
    """Would calling obj work (for a class: calling its instances)?"""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    for klass in obj.__mro__:
        if klass.__dict__.get('__call__') is not None:
            return True
    return False


def _is_magic(name):
    return len(name) >= 4 and name.startswith('__') and name.endswith('__')


def _try_iter(obj):
    if obj is None or _is_exception(obj) or _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        # not iterable: it will fail when the mock is called
        return obj


def _signature_of(func, as_instance, eat_self):
    """(function, inspect.Signature) describing how func is called, or None."""
    import inspect
    if isinstance(func, type) and not as_instance:
        # calling a class runs its __init__, whose self is supplied
        func = func.__init__
        eat_self = True
    elif isinstance(func, (classmethod, staticmethod)):
        if isinstance(func, classmethod):
            eat_self = True
        func = func.__func__
    elif not isinstance(func, FunctionTypes):
        # an instance: what is called is its __call__
        try:
            func = func.__call__
        except AttributeError:
            return None
    target = partial(func, None) if eat_self else func
    try:
        return func, inspect.signature(target)
    except (ValueError, TypeError):
        return None


def _copy_func_details(func, funcopy):
    # func.__dict__ is deliberately not copied: it may hold what is mocked
    for attribute in ('__name__', '__doc__', '__text_signature__',
                      '__module__', '__defaults__', '__kwdefaults__'):
        try:
            setattr(funcopy, attribute, getattr(func, attribute))
        except AttributeError:
            pass


def _check_spec_arg_typos(kwargs_to_check):
    for typo in ("autospect", "auto_spec", "set_spec"):
        if typo in kwargs_to_check:
            raise RuntimeError(
                f"{typo!r} might be a typo; use unsafe=True if this is intended"
            )


# ---------------------------------------------------------------------------
# call objects

def _format_call_signature(name, args, kwargs):
    parts = [repr(arg) for arg in args]
    parts.extend('%s=%r' % (key, value) for key, value in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


def _unpack_call_like(value):
    """Read (name, args, kwargs) out of a tuple of length 0 to 3 in the
    loose forms a call may be written in; None for other lengths."""
    size = len(value)
    if size == 0:
        return '', (), {}
    if size == 3:
        name, args, kwargs = value
        return name, args, kwargs
    if size == 2:
        first, second = value
        if isinstance(first, str):
            if isinstance(second, tuple):
                return first, second, {}
            return first, (), second
        return '', first, second
    if size == 1:
        only, = value
        if isinstance(only, str):
            return only, (), {}
        if isinstance(only, tuple):
            return '', only, {}
        return '', (), only
    return None


class _Call(tuple):
    """A recorded (or expected) call: a tuple (args, kwargs) or
    (name, args, kwargs).

    Empty args or kwargs compare equal to a tuple leaving them out, and a
    call without a name matches any name::

        _Call(((1, 2), {'a': 3})) == ('name', (1, 2), {'a': 3})
        _Call(('foo', (), {})) == ('foo',)

    `call` is an instance of it: call(1, 2), call.method(x) and
    call.method().attr(y) build the calls mocks record."""

    def __new__(cls, value=(), name='', parent=None, two=False,
                from_kall=True):
        args = ()
        kwargs = {}
        if len(value):
            name, args, kwargs = _unpack_call_like(value)
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False,
                 from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            self_name = ''
            self_args, self_kwargs = self
        else:
            self_name, self_args, self_kwargs = self
        mine = getattr(self, '_mock_parent', None)
        theirs = getattr(other, '_mock_parent', None)
        if mine and theirs and mine != theirs:
            return False
        unpacked = _unpack_call_like(other)
        if unpacked is None:
            return False
        other_name, other_args, other_kwargs = unpacked
        if self_name and other_name != self_name:
            return False
        # the other side first, so that an ANY among the expected
        # arguments decides the comparison
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = _Call.__eq__(self, other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        own = self._mock_name
        if own is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((own, args, kwargs), name=own + '()', parent=self)

    def __getattr__(self, attr):
        own = self._mock_name
        if own is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (own, attr), parent=self,
                     from_kall=False)

    def __getattribute__(self, attr):
        # tuple's own methods (count, index, ...) are call attributes here
        if attr in tuple.__dict__:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def count(self, /, *args, **kwargs):
        return _Call.__getattr__(self, 'count')(*args, **kwargs)

    def index(self, /, *args, **kwargs):
        return _Call.__getattr__(self, 'index')(*args, **kwargs)

    def _get_call_arguments(self):
        if len(self) == 2:
            args, kwargs = self
        else:
            _, args, kwargs = self
        return args, kwargs

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call' + name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif name.startswith('()'):
                name = 'call' + name
            else:
                name = 'call.' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """All the calls a chained call like call.a(1).b(2) stands for,
        as a list: [call.a(1), call.a().b(2)]."""
        chain = []
        node = self
        while node is not None:
            if node._mock_from_kall:
                chain.append(node)
            node = node._mock_parent
        chain.reverse()
        return _CallList(chain)


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `sublist in calls` looks for a contiguous run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        width = len(value)
        for start in range(len(self) - width + 1):
            if self[start:start + width] == value:
                return True
        return False

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


class _AnyComparer(list):
    """A list of calls whose `in` compares with the sought call on the
    left, so that ANY in the expectation is honoured."""

    def __contains__(self, item):
        for candidate in self:
            assert len(item) == len(candidate)
            if all([want == got for want, got in zip(item, candidate)]):
                return True
        return False


class _MockIter(object):
    # an iterable given as side_effect to an autospecced function
    def __init__(self, obj):
        self.obj = iter(obj)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.obj)


# ---------------------------------------------------------------------------
# supported magic methods

_magic_names = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str "
    "sizeof enter exit divmod rdivmod neg pos abs invert complex int float "
    "index round trunc floor ceil bool next fspath"
)
_numeric_names = (
    "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
)

# configured by default on a MagicMock
_magics = frozenset(
    ['__%s__' % n for n in _magic_names.split()]
    + ['__%s__' % n for n in _numeric_names.split()]
    + ['__i%s__' % n for n in _numeric_names.split()]
    + ['__r%s__' % n for n in _numeric_names.split()]
)

# may be set on any mock, but are not configured by default
_non_defaults = frozenset({
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__',
    '__reduce__', '__reduce_ex__', '__getinitargs__', '__getnewargs__',
    '__getstate__', '__setstate__', '__getformat__',
    '__repr__', '__dir__', '__subclasses__', '__format__',
    '__getnewargs_ex__', '__aiter__', '__aenter__', '__aexit__', '__anext__',
})

_all_magics = _magics | _non_defaults

_unsupported_magics = frozenset({
    '__getattr__', '__setattr__',
    '__init__', '__new__', '__prepare__',
    '__instancecheck__', '__subclasscheck__',
    '__del__',
})

_return_values = {
    '__lt__': NotImplemented,
    '__gt__': NotImplemented,
    '__le__': NotImplemented,
    '__ge__': NotImplemented,
    '__int__': 1,
    '__contains__': False,
    '__len__': 0,
    '__exit__': False,
    '__complex__': 1j,
    '__float__': 1.0,
    '__bool__': True,
    '__index__': 1,
}

_calculate_return_value = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: "%s/%s/%s" % (
        type(self).__name__, self._extract_mock_name(), id(self)),
}


def _eq_side_effect(mock):
    def __eq__(other):
        fixed = mock.__eq__._mock_return_value
        if fixed is not DEFAULT:
            return fixed
        return True if mock is other else NotImplemented
    return __eq__


def _ne_side_effect(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if mock is other else NotImplemented
    return __ne__


def _iter_side_effect(mock):
    def __iter__():
        values = mock.__iter__._mock_return_value
        if values is DEFAULT:
            return iter([])
        return iter(values)
    return __iter__


_side_effect_methods = {
    '__eq__': _eq_side_effect,
    '__ne__': _ne_side_effect,
    '__iter__': _iter_side_effect,
}


def _configure_magic(mock, method, name):
    """Give a freshly made magic method mock its default behaviour."""
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    compute = _calculate_return_value.get(name)
    if compute is not None:
        method.return_value = compute(mock)
        return
    make_effect = _side_effect_methods.get(name)
    if make_effect is not None:
        method.side_effect = make_effect(mock)


class _MagicSlot(object):
    """Stands for one magic method in the class of a mock.

    The method itself (a child mock, or a function the user set) lives in
    the mock's own __dict__ and _mock_children; the slot finds it (making
    the default child mock on first use) whether the interpreter reaches it
    as a descriptor (instance.__len__, or len() on CPython) or calls the
    class attribute directly with the instance (Baton's special-method
    dispatch)."""

    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._mock_magic_method(self.name)

    def __call__(self, obj, /, *args, **kwargs):
        return obj._mock_magic_method(self.name)(*args, **kwargs)

    def __repr__(self):
        return '<magic slot %s>' % self.name


_magic_slots = {name: _MagicSlot(name) for name in _all_magics}


# ---------------------------------------------------------------------------
# the mocks

def _adopt(parent, value, name, new_name):
    """Make a fresh, unnamed mock `value` a child of `parent` (as attribute
    `name` and/or under `new_name` in mock_calls). False if value is not a
    mock, already has a parent or name, or is an ancestor of parent."""
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name
            or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


# names whose assignment skips the spec_set and magic checks
_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect',
    '_mock_side_effect', '_mock_parent', '_mock_new_parent',
    '_mock_name', '_mock_new_name',
}


def _delegating_property(name):
    # the value lives in _mock_<name>, or on the autospecced function
    # standing in for this mock
    _allowed_names.add(name)
    private = '_mock_' + name

    def getter(self):
        delegate = self._mock_delegate
        if delegate is None:
            return getattr(self, private)
        return getattr(delegate, name)

    def setter(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[private] = value
        else:
            setattr(delegate, name, value)

    return property(getter, setter)


_assertion_prefixes = ('assert', 'assret', 'asert', 'aseert', 'assrt')


class Base(object):
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


class NonCallableMock(Base):
    """Mock without __call__: calling it raises TypeError."""

    def __new__(cls, /, *args, **kw):
        # Each mock gets a class of its own, so that magic methods can be
        # set on it without affecting other mocks.
        namespace = {'__doc__': cls.__doc__}
        if issubclass(cls, MagicMixin):
            for name in _magics:
                namespace[name] = _magic_slots[name]
        own_class = type(cls.__name__, (cls,), namespace)
        return super(NonCallableMock, cls).__new__(own_class)

    def __init__(
            self, spec=None, wraps=None, name=None, spec_set=None,
            parent=None, _spec_state=None, _new_name='', _new_parent=None,
            _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs
    ):
        if _new_parent is None:
            _new_parent = parent
        state = self.__dict__
        state['_mock_parent'] = parent
        state['_mock_name'] = name
        state['_mock_new_name'] = _new_name
        state['_mock_new_parent'] = _new_parent
        state['_mock_sealed'] = False

        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)

        state['_mock_children'] = {}
        state['_mock_wraps'] = wraps
        state['_mock_delegate'] = None
        state['_mock_called'] = False
        state['_mock_call_args'] = None
        state['_mock_call_count'] = 0
        state['_mock_call_args_list'] = _CallList()
        state['_mock_mock_calls'] = _CallList()
        state['method_calls'] = _CallList()
        state['_mock_unsafe'] = unsafe

        if kwargs:
            self.configure_mock(**kwargs)

        super(NonCallableMock, self).__init__(
            spec, wraps, name, spec_set, parent, _spec_state)

    # -- spec ---------------------------------------------------------------

    def attach_mock(self, mock, attribute):
        """Make `mock` the attribute `attribute` of this mock, dropping its
        own name and parent: its calls then show in this mock's
        method_calls and mock_calls."""
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the attributes of this mock to those of `spec` (an object
        or a list of names); with spec_set=True, restrict setting too."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False,
                       _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError(
                f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = None
        signature = None
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            found = _signature_of(spec, _spec_as_instance, _eat_self)
            signature = found[1] if found else None
            spec = dir(spec)
        state = self.__dict__
        state['_spec_class'] = spec_class
        state['_spec_set'] = spec_set
        state['_spec_signature'] = signature
        state['_mock_methods'] = spec
        state['_spec_asyncs'] = []

    # -- return_value, side_effect, call records ---------------------------

    def _get_return_value(self):
        value = self._mock_return_value
        if self._mock_delegate is not None:
            value = self._mock_delegate.return_value
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def _set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self._mock_return_value = value
            _adopt(self, value, None, '()')

    return_value = property(
        _get_return_value, _set_return_value,
        doc="What calling the mock returns (a child mock unless set).")

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = _delegating_property('called')
    call_count = _delegating_property('call_count')
    call_args = _delegating_property('call_args')
    call_args_list = _delegating_property('call_args_list')
    mock_calls = _delegating_property('mock_calls')

    def _get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self._mock_side_effect
        effect = delegate.side_effect
        if (effect is not None and not callable(effect)
                and not isinstance(effect, _MockIter)
                and not _is_exception(effect)):
            effect = _MockIter(effect)
            delegate.side_effect = effect
        return effect

    def _set_side_effect(self, value):
        value = _try_iter(value)
        delegate = self._mock_delegate
        if delegate is None:
            self._mock_side_effect = value
        else:
            delegate.side_effect = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False,
                   side_effect=False):
        """Forget the calls made to this mock and its children (and, if asked,
        their return values and side effects)."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))

        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()

        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None

        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value,
                             side_effect=side_effect)

        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes from keyword arguments; a dotted name reaches into
        child mocks: configure_mock(**{"a.return_value": 3})."""
        # shallow paths first, so that a.b is set before a.b.c
        for path, value in sorted(kwargs.items(),
                                  key=lambda item: item[0].count('.')):
            *steps, final = path.split('.')
            target = self
            for step in steps:
                target = getattr(target, step)
            setattr(target, final, value)

    # -- attributes ----------------------------------------------------------

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe'):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(_assertion_prefixes):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")

        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(
                parent=self, name=name, wraps=wraps, _new_name=name,
                _new_parent=self)
            children[name] = result
        elif isinstance(result, _SpecState):
            try:
                result = create_autospec(
                    result.spec, result.spec_set, result.instance,
                    result.parent, result.name)
            except InvalidSpecError:
                target_name = self.__dict__['_mock_name'] or self
                raise InvalidSpecError(
                    f'Cannot autospec attr {name!r} from target '
                    f'{target_name!r} as it has already been mocked out. '
                    f'[target={self!r}, attr={result.spec!r}]')
            children[name] = result
        return result

    def _mock_magic_method(self, name):
        # the magic method `name` of this mock, made on first use
        found = self.__dict__.get(name, _missing)
        if found is not _missing:
            return found
        method = self._get_child_mock(name=name, _new_name=name,
                                      _new_parent=self)
        setattr(self, name, method)
        _configure_magic(self, method, name)
        return method

    def _extract_mock_name(self):
        # the dotted path from the root mock: mock.a.b().c
        segments = []
        node = self
        while node._mock_new_parent is not None:
            segments.append(node._mock_new_name)
            node = node._mock_new_parent
        text = node._mock_name or 'mock'
        for segment in reversed(segments):
            if segment == '()':
                text += segment
            else:
                text += '.' + segment
        return text

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            label = 'spec_set' if self._spec_set else 'spec'
            spec_string = ' %s=%r' % (label, self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (
            type(self).__name__, name_string, spec_string, id(self))

    def __dir__(self):
        """The attributes worth seeing: the spec, the public API, what was
        set and the child mocks made so far."""
        if not FILTER_DIR:
            return object.__dir__(self)
        names = set(self._mock_methods or [])
        names.update(e for e in dir(type(self)) if not e.startswith('_'))
        names.update(e for e in self.__dict__
                     if not e.startswith('_') or _is_magic(e))
        names.update(n for n, v in self._mock_children.items()
                     if v is not _deleted)
        return sorted(names)

    def __setattr__(self, name, value):
        if name in _allowed_names:
            # property setters go through here
            return object.__setattr__(self, name, value)
        state = self.__dict__
        if (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods and name not in state):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError(
                'Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError(
                    "Mock object has no attribute '%s'" % name)
            if _is_instance_mock(value):
                # named for mock_calls only, not for method_calls
                _adopt(self, value, None, name)
                self._mock_children[name] = value
            else:
                # a plain function gets the mock as its first argument
                function = value
                value = lambda *args, **kw: function(self, *args, **kw)
            own_class = type(self)
            if not isinstance(own_class.__dict__.get(name), _MagicSlot):
                setattr(own_class, name, _magic_slots[name])
        elif name == '__class__':
            self._spec_class = value
            return
        elif _adopt(self, value, name, name):
            self._mock_children[name] = value

        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(
                f'Cannot set {self._extract_mock_name()}.{name}')
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        own_class = type(self)
        if name in _all_magics and name in own_class.__dict__:
            delattr(own_class, name)
            if name not in self.__dict__:
                # a default magic method never used on this mock
                return
        found = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif found is _deleted:
            raise AttributeError(name)
        if found is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    # -- assertions ----------------------------------------------------------

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (
            action, expected, actual)

    def _get_call_signature_from_name(self, name):
        """The signature recorded for the (autospecced) child a mock_calls
        name like 'a.b().c' refers to, or None."""
        if not name:
            return self._spec_signature
        signature = None
        children = self._mock_children
        for part in name.replace('()', '').split('.'):
            child = children.get(part)
            if child is None or isinstance(child, _SpecState):
                break
            child = _extract_mock(child)
            children = child._mock_children
            signature = child._spec_signature
        return signature

    def _call_matcher(self, _call):
        """A comparison key for a call: bound to the spec's signature when
        there is one (so that positional and keyword forms of an argument
        match), the call itself otherwise, or the TypeError binding raised."""
        if isinstance(_call, tuple) and len(_call) > 2:
            signature = self._get_call_signature_from_name(_call[0])
        else:
            signature = self._spec_signature
        if signature is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        return call(name, bound.args, bound.kwargs)

    def _calls_repr(self, prefix="Calls"):
        """"\\nCalls: [call(1), call(2)]." or "" when never called."""
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {safe_repr(self.mock_calls)}."

    def assert_not_called(self):
        """Fail unless the mock has never been called."""
        if self.call_count != 0:
            raise AssertionError(
                "Expected '%s' to not have been called. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock has been called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        """Fail unless the mock has been called exactly once."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to have been called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the latest call had exactly these arguments."""
        if self.call_args is None:
            raise AssertionError(
                'expected call not found.\nExpected: %s\n  Actual: %s'
                % (self._format_mock_call_signature(args, kwargs),
                   'not called.'))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(
                self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to be called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count,
                   self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless `calls` appear in mock_calls: as a consecutive run in
        that order, or with any_order=True anywhere and in any order."""
        expected = [self._call_matcher(c) for c in calls]
        cause = None
        for item in expected:
            if isinstance(item, Exception):
                cause = item
                break
        recorded = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in recorded:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = 'Error processing expected calls.\nErrors: {}'.format(
                        [e if isinstance(e, Exception) else None
                         for e in expected])
                raise AssertionError(
                    f'{problem}\n'
                    f'Expected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}'
                ) from cause
            return

        remaining = list(recorded)
        missing = []
        for wanted in expected:
            try:
                remaining.remove(wanted)
            except ValueError:
                missing.append(wanted)
        if missing:
            raise AssertionError(
                '%r does not contain all of %r in its call list, '
                'found %r instead' % (self._mock_name or 'mock',
                                      tuple(missing), remaining)
            ) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call (not only the latest) had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError(
                '%s call not found' % self._format_mock_call_signature(
                    args, kwargs)
            ) from cause

    # -- children ------------------------------------------------------------

    def _get_child_mock(self, /, **kw):
        """Make a child mock (an attribute or the return value). Children
        are of the mock's own class; a non-callable mock has callable
        children. Subclasses may override this."""
        if self._mock_sealed:
            attribute = '.' + kw['name'] if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        own_class = type(self)
        if issubclass(own_class, CallableMixin):
            # the class the user instantiated (own_class is made per mock)
            klass = own_class.__mro__[1]
        elif issubclass(own_class, NonCallableMagicMock):
            klass = MagicMock
        else:
            klass = Mock
        return klass(**kw)


class CallableMixin(Base):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super(CallableMixin, self).__init__(
            spec, wraps, name, spec_set, parent,
            _spec_state, _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        # replaced by autospec with a check of the real signature
        pass

    def __call__(self, /, *args, **kwargs):
        # self is positional-only: the mocked callable may take 'self'
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        self.mock_calls.append(_Call(('', args, kwargs)))

        # Report the call to the ancestors: method_calls follows the chain
        # of attribute parents, mock_calls every parent (return values too).
        method_name = self._mock_name if self._mock_parent is not None else None
        path = self._mock_new_name
        leftmost_is_call = path == '()'
        parent = self._mock_new_parent
        while parent is not None:
            if method_name is not None:
                parent.method_calls.append(_Call((method_name, args, kwargs)))
                if parent._mock_parent is not None:
                    method_name = parent._mock_name + '.' + method_name
                else:
                    method_name = None
            parent.mock_calls.append(_Call((path, args, kwargs)))
            parent_name = parent._mock_new_name
            if parent_name:
                joint = '' if leftmost_is_call else '.'
                path = parent_name + joint + path
                leftmost_is_call = parent_name == '()'
            parent = parent._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result

        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock. Options:

    * `spec`: a list of names or an object (class or instance); other
      attributes raise AttributeError, and for an object `__class__` is its
      class, so isinstance() passes.
    * `spec_set`: like `spec`, and setting other attributes fails too.
    * `side_effect`: run on each call. A function gets the call's arguments
      and its result is returned (unless it is DEFAULT); an exception class
      or instance is raised; an iterable gives one item per call (raised if
      it is an exception).
    * `return_value`: what a call returns; by default a child mock.
    * `wraps`: an object the calls and attribute lookups are handed to,
      unless a return_value is set.
    * `name`: shown in the repr and in the names of child mocks.
    * `unsafe`: allow attributes named like misspelt assertions.

    Other keyword arguments set attributes (see configure_mock).
    """


# ---------------------------------------------------------------------------
# magic mocks

class MagicMixin(Base):
    # The supported magic methods are slots put into the mock's own class
    # when it is made (NonCallableMock.__new__); a spec removes the ones it
    # does not have.

    def __init__(self, /, *args, **kw):
        super(MagicMixin, self).__init__(*args, **kw)
        if self.__dict__.get('_mock_methods') is not None:
            self._mock_set_magics()

    def _mock_set_magics(self):
        own_class = type(self)
        methods = self.__dict__.get('_mock_methods')
        if methods is None:
            wanted = _magics
        else:
            wanted = _magics.intersection(methods)
            for name in _magics - wanted:
                if name in own_class.__dict__:
                    delattr(self, name)
        for name in wanted:
            if name not in own_class.__dict__:
                setattr(own_class, name, _magic_slots[name])


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """MagicMock without __call__."""

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the attributes (and the magic methods) of this mock to
        those of `spec`; with spec_set=True, restrict setting too."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock whose supported magic methods (__len__, __iter__, __eq__,
    arithmetic, ...) are mocks with useful defaults, made on first use.
    With a spec, only the magic methods the spec has exist. Children are
    MagicMocks.
    """

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the attributes (and the magic methods) of this mock to
        those of `spec`; with spec_set=True, restrict setting too."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to put on a class as a property: reading the attribute calls
    it with no arguments (and returns its return value), assigning calls it
    with the value.
    """

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Stop `mock` and the child mocks it made from making any new
    attribute or return-value mocks: fetching one raises AttributeError."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            child = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(child, NonCallableMock):
            continue
        if isinstance(child._mock_children.get(attr), _SpecState):
            continue
        if child._mock_new_parent is mock:
            seal(child)


# ---------------------------------------------------------------------------
# patch

def _resolve_name(dotted):
    """The object named by a dotted path, importing modules on the way."""
    import importlib
    parts = dotted.split('.')
    module_name = parts.pop(0)
    obj = importlib.import_module(module_name)
    while parts:
        candidate = module_name + '.' + parts[0]
        try:
            obj = importlib.import_module(candidate)
        except ImportError:
            break
        module_name = candidate
        parts.pop(0)
    for part in parts:
        obj = getattr(obj, part)
    return obj


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(
            f"Need a valid target to patch. You supplied: {target!r}")
    return partial(_resolve_name, target), attribute


class _patch(object):

    attribute_name = None
    _active_patches = []

    def __init__(
            self, getter, attribute, new, spec, create,
            spec_set, autospec, new_callable, kwargs, *, unsafe=False
    ):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError(
                    "Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError(
                    "Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if _is_instance_mock(spec):
            raise InvalidSpecError(
                f'Cannot spec attr {attribute!r} as the spec '
                f'has already been mocked out. [spec={spec!r}]')
        if _is_instance_mock(spec_set):
            raise InvalidSpecError(
                f'Cannot spec attr {attribute!r} as the spec_set '
                f'target has already been mocked out. [spec_set={spec_set!r}]')
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        patcher = _patch(
            self.getter, self.attribute, self.new, self.spec,
            self.create, self.spec_set,
            self.autospec, self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [
            p.copy() for p in self.additional_patchers]
        return patcher

    # -- as a decorator ------------------------------------------------------

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, "__call__"):
                continue
            setattr(klass, attr, self.copy()(attr_value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as exit_stack:
            for patching in patched.patchings:
                arg = exit_stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            args += tuple(extra_args)
            yield (args, keywargs)

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            # stacked patch decorators share one wrapper
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (
                    newargs, newkeywargs):
                return func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    # -- as a context manager ------------------------------------------------

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError(
                "%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        """Start the patch: replace the attribute, return the new object."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()

        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None

        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((spec is not None or autospec is not None) and
                spec_set not in (True, None)):
            raise TypeError(
                "Can't provide explicit spec_set *and* spec or autospec")

        original, local = self.get_original()

        if new is DEFAULT and autospec is None:
            new = self._make_replacement(original, spec, spec_set,
                                         new_callable, kwargs)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError(
                    "autospec creates the mock for you. Can't specify "
                    "autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            if _is_instance_mock(self.target):
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} as the patch '
                    f'target has already been mocked out. '
                    f'[target={self.target!r}, attr={autospec!r}]')
            if _is_instance_mock(autospec):
                target_name = getattr(self.target, '__name__', self.target)
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} from target '
                    f'{target_name!r} as it has already been mocked out. '
                    f'[target={self.target!r}, attr={autospec!r}]')
            new = create_autospec(autospec, spec_set=spec_set,
                                  _name=self.attribute, **kwargs)
        elif kwargs:
            # can't set keyword args when we aren't creating the mock
            raise TypeError("Can't pass kwargs to a mock we aren't creating")

        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def _make_replacement(self, original, spec, spec_set, new_callable,
                          kwargs):
        # the mock patch() makes when not given `new` nor `autospec`
        inherit = False
        if spec is True:
            # set spec to the object we are replacing
            spec = original
            if spec_set is True:
                spec_set = original
                spec = None
        elif spec is not None:
            if spec_set is True:
                spec_set = spec
                spec = None
        elif spec_set is True:
            spec_set = original

        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            if isinstance(original, type):
                # a class: its return value (the instance) gets the spec too
                inherit = True

        klass = MagicMock
        options = {}
        if new_callable is not None:
            klass = new_callable
        elif spec is not None or spec_set is not None:
            this_spec = spec_set if spec_set is not None else spec
            if _is_list(this_spec):
                not_callable = '__call__' not in this_spec
            else:
                not_callable = not callable(this_spec)
            if not_callable:
                klass = NonCallableMagicMock

        if spec is not None:
            options['spec'] = spec
        if spec_set is not None:
            options['spec_set'] = spec_set

        if (isinstance(klass, type) and issubclass(klass, NonCallableMock)
                and self.attribute):
            options['name'] = self.attribute

        options.update(kwargs)
        new = klass(**options)

        if inherit and _is_instance_mock(new):
            this_spec = spec_set if spec_set is not None else spec
            if (not _is_list(this_spec)
                    and not _instance_callable(this_spec)):
                klass = NonCallableMagicMock
            options.pop('name')
            new.return_value = klass(_new_parent=new, _new_name='()',
                                     **options)
        return new

    def __exit__(self, *exc_info):
        """Put the original attribute back."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (
                    not hasattr(self.target, self.attribute) or
                    self.attribute in ('__doc__', '__module__',
                                       '__defaults__', '__annotations__',
                                       '__kwdefaults__')):
                # needed for proxy objects like django settings
                setattr(self.target, self.attribute, self.temp_original)

        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        return exit_stack.__exit__(*exc_info)

    def start(self):
        """Start the patch outside a with statement; returns the new object."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Undo a patch started with start() (nothing if it is not active)."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            # never started (or already stopped)
            return None
        return self.__exit__(None, None, None)


def _patch_object(
        target, attribute, new=DEFAULT, spec=None,
        create=False, spec_set=None, autospec=None,
        new_callable=None, *, unsafe=False, **kwargs
):
    """patch.object(target, attribute, ...): like patch(), for the attribute
    `attribute` of the object `target` itself (not a dotted path).
    """
    if type(target) is str:
        raise TypeError(
            f"{target!r} must be the actual object to be patched, not a str")
    return _patch(
        lambda: target, attribute, new, spec, create,
        spec_set, autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    """patch.multiple(target, name=new, ...): patch several attributes of
    one object (or dotted module path) together. A value of DEFAULT makes a
    MagicMock, given to a decorated function as a keyword argument, and
    in the dict the context manager returns."""
    if type(target) is str:
        getter = partial(_resolve_name, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError(
            'Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    patchers = []
    for attribute, new in items:
        patcher = _patch(getter, attribute, new, spec, create, spec_set,
                         autospec, new_callable, {})
        patcher.attribute_name = attribute
        patchers.append(patcher)
    first = patchers[0]
    first.additional_patchers.extend(patchers[1:])
    return first


def patch(
        target, new=DEFAULT, spec=None, create=False,
        spec_set=None, autospec=None, new_callable=None, *, unsafe=False,
        **kwargs
):
    """Replace `target` (a dotted path "package.module.Name", imported when
    the patch starts) with `new` while a decorated function or class runs,
    inside a with statement, or between start() and stop().

    Without `new` a MagicMock is made: a decorated function receives it as
    an extra argument and the with statement returns it. `spec`, `spec_set`
    and `autospec` (True: use the replaced object) shape it, `new_callable`
    makes it instead, `create` allows a missing attribute, and other
    keyword arguments configure it. patch.object, patch.dict,
    patch.multiple and patch.stopall are the variants.
    """
    getter, attribute = _get_target(target)
    return _patch(
        getter, attribute, new, spec, create,
        spec_set, autospec, new_callable, kwargs, unsafe=unsafe)


class _patch_dict(object):
    """patch.dict(in_dict, values=(), clear=False, **kwargs): set `values`
    (a mapping or (key, value) pairs, plus the keyword arguments) in a
    dictionary, or a dotted path to one, emptying it first when `clear`;
    its original contents come back when the patch ends.
    """

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        # support any argument supported by dict(...) constructor
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        return self.decorate_callable(f)

    def decorate_callable(self, f):
        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if (attr.startswith(patch.TEST_PREFIX) and
                    hasattr(attr_value, "__call__")):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        """Apply the new values; returns the dictionary."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        values = self.values
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve_name(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            # a mapping without copy(): it must at least iterate its keys
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original

        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(values)
        except AttributeError:
            for key in values:
                in_dict[key] = values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        """Restore the dictionary's original contents."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        """Apply the new values outside a with statement."""
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        """Restore the dictionary (nothing if the patch is not active)."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop every patch started with start(), the latest first."""
    for active in reversed(_patch._active_patches):
        active.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# ---------------------------------------------------------------------------
# autospec

class _SpecState(object):
    # an attribute of an autospecced mock, specced when first fetched

    def __init__(self, spec, spec_set=False, parent=None,
                 name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


def _check_signature(func, mock, skipfirst, instance=False):
    # calls of `mock` must fit the signature of `func`
    found = _signature_of(func, instance, skipfirst)
    if found is None:
        return
    func, sig = found

    def checksig(self, /, *args, **kwargs):
        sig.bind(*args, **kwargs)
    _copy_func_details(func, checksig)
    type(mock)._mock_check_sig = checksig
    type(mock).__signature__ = sig


def _set_signature(mock, original, instance=False):
    """A real function with original's name and signature that checks its
    arguments and passes the call on to `mock`; the mock itself when the
    signature cannot be found."""
    skipfirst = isinstance(original, type)
    found = _signature_of(original, instance, skipfirst)
    if found is None:
        return mock
    func, sig = found

    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)
    _copy_func_details(func, checksig)

    name = original.__name__
    if not name.isidentifier():
        name = 'funcopy'

    def funcopy(*args, **kwargs):
        checksig(*args, **kwargs)
        return mock(*args, **kwargs)
    funcopy.__name__ = name
    funcopy.__qualname__ = name
    _setup_func(funcopy, mock, sig)
    return funcopy


def _setup_func(funcopy, mock, sig):
    # give the stand-in function the mock's attributes and assertions, and
    # make the mock keep its call records on the function
    funcopy.mock = mock

    def assert_called_with(*args, **kwargs):
        return mock.assert_called_with(*args, **kwargs)

    def assert_called(*args, **kwargs):
        return mock.assert_called(*args, **kwargs)

    def assert_not_called(*args, **kwargs):
        return mock.assert_not_called(*args, **kwargs)

    def assert_called_once(*args, **kwargs):
        return mock.assert_called_once(*args, **kwargs)

    def assert_called_once_with(*args, **kwargs):
        return mock.assert_called_once_with(*args, **kwargs)

    def assert_has_calls(*args, **kwargs):
        return mock.assert_has_calls(*args, **kwargs)

    def assert_any_call(*args, **kwargs):
        return mock.assert_any_call(*args, **kwargs)

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        ret = funcopy.return_value
        if _is_instance_mock(ret) and ret is not mock:
            ret.reset_mock()

    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()

    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children

    funcopy.assert_called_with = assert_called_with
    funcopy.assert_called_once_with = assert_called_once_with
    funcopy.assert_has_calls = assert_has_calls
    funcopy.assert_any_call = assert_any_call
    funcopy.reset_mock = reset_mock
    funcopy.assert_called = assert_called
    funcopy.assert_not_called = assert_not_called
    funcopy.assert_called_once = assert_called_once
    funcopy.__signature__ = sig

    mock._mock_delegate = funcopy


def _must_skip(spec, entry, is_type):
    """Whether the first argument of spec.entry is supplied by the lookup
    (a plain method fetched from a class is not bound, so it is not)."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            # an instance attribute: nothing is bound
            return False
        spec = spec.__class__
    for klass in spec.__mro__:
        found = klass.__dict__.get(entry, DEFAULT)
        if found is DEFAULT:
            continue
        if isinstance(found, (staticmethod, classmethod)):
            return False
        if isinstance(found, FunctionTypes):
            return is_type
        return False
    # provided dynamically (__getattr__)
    return is_type


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """A mock shaped like `spec`: its attributes are specced from the
    spec's attributes, and calls to it and to its methods must fit the real
    signatures (TypeError otherwise).

    A class gives a callable mock whose return value is specced like an
    instance; instance=True gives that instance mock directly. spec_set=True
    also forbids setting attributes the spec does not have. Other keyword
    arguments configure the mock."""
    import inspect
    if _is_list(spec):
        # a list would be taken for a list of attribute names
        spec = type(spec)

    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. '
                               f'[object={spec!r}]')
    if spec_set:
        options = {'spec_set': spec}
    elif spec is None:
        options = {}
    else:
        options = {'spec': spec}
    if options and instance:
        options['_spec_as_instance'] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    options.update(kwargs)

    klass = MagicMock
    if inspect.isdatadescriptor(spec):
        # what a descriptor returns is unknown: no spec
        options = {}
    elif not _callable(spec):
        klass = NonCallableMagicMock
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock

    _name = options.pop('name', _name)
    # a top level mock has no name in mock_calls
    _new_name = _name if _parent is not None else ''

    mock = klass(parent=_parent, _new_parent=_parent, _new_name=_new_name,
                 name=_name, **options)

    if isinstance(spec, FunctionTypes):
        # only at the top level: functions are not recursed into
        mock = _set_signature(mock, spec)
    else:
        _check_signature(spec, mock, is_type, instance)

    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock

    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True,
                                            _name='()', _parent=mock)

    for entry in dir(spec):
        if _is_magic(entry):
            # MagicMock provides the useful magic methods itself
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue

        child_options = {'spec_set': original} if spec_set else \
            {'spec': original}
        if not isinstance(original, FunctionTypes):
            new = _SpecState(original, spec_set, mock, entry, instance)
            mock._mock_children[entry] = new
        else:
            parent = mock.mock if isinstance(spec, FunctionTypes) else mock
            skipfirst = _must_skip(spec, entry, is_type)
            child_options['_eat_self'] = skipfirst
            new = MagicMock(parent=parent, name=entry, _new_name=entry,
                            _new_parent=parent, **child_options)
            mock._mock_children[entry] = new
            _check_signature(original, new, skipfirst=skipfirst)

        if isinstance(new, FunctionTypes):
            setattr(mock, entry, new)

    return mock


# ---------------------------------------------------------------------------
# mock_open

file_spec = None
open_spec = None


def _to_stream(read_data):
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A MagicMock to stand in for open(): the handle it returns works as
    a context manager, and read, readline, readlines and iteration serve
    `read_data` (str or bytes). Pass `mock` to configure an existing mock.
    """
    # state[0]: the stream the data is read from; state[1]: the generator
    # feeding readline (both renewed each time the mock is called)
    state = [_to_stream(read_data), None]

    def lines_from_data():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def readline_generator():
        yield from lines_from_data()
        while True:
            yield state[0].readline()

    def read_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def readlines_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def next_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    global file_spec, open_spec
    if file_spec is None:
        file_spec = list(set(dir(io.TextIOWrapper)).union(
            set(dir(io.BytesIO))))
    if open_spec is None:
        open_spec = list(set(dir(io.open)))
    if mock is None:
        mock = MagicMock(name='open', spec=open_spec)

    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle

    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None

    handle.read.side_effect = read_effect
    state[1] = readline_generator()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = readlines_effect
    handle.__iter__.side_effect = lines_from_data
    handle.__next__.side_effect = next_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect == state[1]:
            # the user has not replaced it: restart it on the new data
            state[1] = readline_generator()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock
