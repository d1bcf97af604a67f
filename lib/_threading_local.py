"""Thread-local objects (Baton's pure-Python implementation).

Import the class from `threading` (``threading.local``).  An instance keeps
one attribute dictionary per thread: what a thread sets is seen only by that
thread.

    mydata = local()
    mydata.number = 42

A subclass may define __init__: it runs again, with the arguments given at
creation, the first time each thread uses the object, so that every thread
starts from an initialised dictionary.  Attributes and methods defined on the
class are shared by all threads, and so are __slots__ (they are not
thread-local).

A thread's dictionary is dropped when a thread started by `threading` ends,
or with the object itself.
"""

__all__ = ["local"]

# `threading` imports this module at its end (for threading.local), so the
# names taken from it are bound at the bottom of this file.


class _LocalState:
    """The per-thread dictionaries of one `local` object."""

    __slots__ = ('dicts', 'init_args', 'lock')

    def __init__(self, args, kwargs):
        # thread ident -> (Thread object, attribute dict).  The Thread object
        # tells a reused ident of a new thread from the old one's.
        self.dicts = {}
        self.init_args = (args, kwargs)
        self.lock = RLock()

    def get_dict(self):
        """Return (dict, created) for the calling thread."""
        thread = current_thread()
        entry = self.dicts.get(get_ident())
        if entry is not None and entry[0] is thread:
            return entry[1], False
        return self.create_dict(thread), True

    def create_dict(self, thread=None):
        if thread is None:
            thread = current_thread()
        ident = get_ident()
        attrs = {}
        self.dicts[ident] = (thread, attrs)
        # A thread started by `threading` drops its dictionaries as it ends;
        # the main thread's and dummy threads' live as long as the object.
        if thread is not main_thread() and not isinstance(thread, _DummyThread):
            callbacks = thread.__dict__.setdefault('_exit_callbacks', [])
            callbacks.append(lambda: self.forget(ident, thread))
        return attrs

    def forget(self, ident, thread):
        with self.lock:
            entry = self.dicts.get(ident)
            if entry is not None and entry[0] is thread:
                del self.dicts[ident]


# What __dict__ points to between two accesses, so that the object never
# keeps a thread's dictionary alive (it goes as soon as its thread ends).
_PARKED = {}


def _select(obj):
    """Point obj's __dict__ at the calling thread's dictionary, running
    __init__ for a thread that has none yet.  The caller holds the lock and
    calls _park(obj) when done."""
    state = object.__getattribute__(obj, '_local__state')
    attrs, created = state.get_dict()
    object.__setattr__(obj, '__dict__', attrs)
    if created:
        cls = type(obj)
        if cls.__init__ is not object.__init__:
            args, kwargs = state.init_args
            cls.__init__(obj, *args, **kwargs)
            # (attribute accesses in __init__ parked it again)
            object.__setattr__(obj, '__dict__', attrs)


def _park(obj):
    object.__setattr__(obj, '__dict__', _PARKED)


class local:
    """Thread-local data: each thread sees its own attributes."""

    __slots__ = ('_local__state', '__dict__')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        state = _LocalState(args, kw)
        object.__setattr__(self, '_local__state', state)
        # The creating thread gets its dictionary now; type.__call__ runs
        # __init__ on it right after.
        state.create_dict()
        _park(self)
        return self

    def __getattribute__(self, name):
        state = object.__getattribute__(self, '_local__state')
        with state.lock:
            _select(self)
            try:
                return object.__getattribute__(self, name)
            finally:
                _park(self)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % self.__class__.__name__)
        state = object.__getattribute__(self, '_local__state')
        with state.lock:
            _select(self)
            try:
                return object.__setattr__(self, name, value)
            finally:
                _park(self)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % self.__class__.__name__)
        state = object.__getattribute__(self, '_local__state')
        with state.lock:
            _select(self)
            try:
                return object.__delattr__(self, name)
            finally:
                _park(self)


from threading import current_thread, main_thread, get_ident, RLock, _DummyThread
