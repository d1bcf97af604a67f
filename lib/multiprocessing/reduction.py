"""Pickling for multiprocessing: ForkingPickler (a Pickler that knows the
extra reducers registered with it) and helpers to pass file descriptors to a
spawned child.

pickle is imported on first use, so that programs that only fork processes
do not pay for it.
"""

import copyreg

from . import context

__all__ = ['send_handle', 'recv_handle', 'ForkingPickler', 'register',
           'dump', 'DupFd', 'HAVE_SEND_HANDLE']

HAVE_SEND_HANDLE = False

# type -> reduce function, for ForkingPickler.register()
_extra_reducers = {}

_pickle = None


def _get_pickle():
    global _pickle
    if _pickle is None:
        import pickle
        _pickle = pickle
    return _pickle


def dumps(obj):
    """The bytes of obj pickled (with ForkingPickler's reducers if any)."""
    if _extra_reducers:
        return bytes(_forking_pickler().dumps(obj))
    return (_pickle or _get_pickle()).dumps(obj)


def loads(data):
    return (_pickle or _get_pickle()).loads(data)


def _make_forking_pickler():
    pickle = _get_pickle()

    class ForkingPickler(pickle.Pickler):
        """Pickler subclass used by multiprocessing."""
        _extra_reducers = _extra_reducers
        _copyreg_dispatch_table = copyreg.dispatch_table

        def __init__(self, *args, **kwds):
            super().__init__(*args, **kwds)
            self.dispatch_table = self._copyreg_dispatch_table.copy()
            self.dispatch_table.update(self._extra_reducers)

        @classmethod
        def register(cls, type, reduce):
            """Register a reduce function for a type."""
            cls._extra_reducers[type] = reduce

        @classmethod
        def dumps(cls, obj, protocol=None):
            import io
            buf = io.BytesIO()
            cls(buf, protocol).dump(obj)
            return buf.getbuffer()

        loads = staticmethod(pickle.loads)

    ForkingPickler.__module__ = __name__
    ForkingPickler.__qualname__ = 'ForkingPickler'
    return ForkingPickler


def _forking_pickler():
    fp = globals().get('ForkingPickler')
    return fp if fp is not None else __getattr__('ForkingPickler')


def __getattr__(name):
    # ForkingPickler and what depends on it are made on first use
    if name in globals():
        return globals()[name]
    if name == 'ForkingPickler':
        value = _make_forking_pickler()
    elif name == 'register':
        value = _forking_pickler().register
    elif name == 'AbstractReducer':
        value = _make_abstract_reducer()
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def dump(obj, file, protocol=None):
    """Replacement for pickle.dump() using ForkingPickler."""
    _forking_pickler()(file, protocol).dump(obj)


def DupFd(fd):
    """Return an fd number that will be valid in the child being started:
    only possible while spawning (the child inherits the same number)."""
    popen_obj = context.get_spawning_popen()
    if popen_obj is None:
        raise RuntimeError(
            'file descriptors can only be passed to a child process '
            'while it is being started')
    return popen_obj.duplicate_for_child(fd)


def send_handle(conn, handle, destination_pid):
    raise NotImplementedError('send_handle() needs SCM_RIGHTS sockets')


def recv_handle(conn):
    raise NotImplementedError('recv_handle() needs SCM_RIGHTS sockets')


def _make_abstract_reducer():
    class AbstractReducer:
        """Abstract base class for use in implementing a Reduction class
        suitable for use in replacing the standard reduction mechanism
        used in multiprocessing."""
        ForkingPickler = _forking_pickler()
        register = ForkingPickler.register
        dump = dump
        send_handle = send_handle
        recv_handle = recv_handle
        DupFd = DupFd

    AbstractReducer.__module__ = __name__
    AbstractReducer.__qualname__ = 'AbstractReducer'
    return AbstractReducer
