"""Thread module emulating a subset of Java's threading model.

Baton's implementation, written over the native `_thread` module.  The API
follows CPython 3.11's `threading`.
"""

import os as _os
import sys as _sys
import _thread
from itertools import count as _count_from
from collections import deque as _deque
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

# What the native module gives us.
_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_CRLock = _thread.RLock
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
try:
    _daemon_threads_allowed = _thread.daemon_threads_allowed
except AttributeError:
    def _daemon_threads_allowed():
        return True

Lock = _allocate_lock


def _deprecated(old, new):
    import warnings
    warnings.warn(f'{old} is deprecated, use {new} instead',
                  DeprecationWarning, stacklevel=3)


# Hooks installed into every thread started by this module.

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock."""
    return _CRLock(*args, **kwargs)


class _RLock:
    """A reentrant lock written in Python (threading.RLock() gives the
    native one).  The thread that acquired it must release it, as many
    times as it acquired it."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            owner, self._count, hex(id(self)))

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock, blocking or not, with an optional timeout.
        Returns True if the lock was taken (or already held by this thread)."""
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        taken = self._block.acquire(blocking, timeout)
        if taken:
            self._owner = me
            self._count = 1
        return taken

    __enter__ = acquire

    def release(self):
        """Release the lock once; it is free again when released as many
        times as it was acquired."""
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # for Condition

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0


_PyRLock = _RLock


# ---------------------------------------------------------------------------
# Condition variables

class Condition:
    """Class that implements a condition variable.

    A condition variable allows one or more threads to wait until they are
    notified by another thread.  If the lock argument is given and not None,
    it must be a Lock or RLock object, and it is used as the underlying lock.
    Otherwise, a new RLock object is created and used as the underlying lock.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Locks that know how to save and restore their state (RLock) are
        # used through those methods; plain locks get the simple versions.
        for meth in ('_release_save', '_acquire_restore', '_is_owned'):
            try:
                setattr(self, meth, getattr(lock, meth))
            except AttributeError:
                pass
        self._waiters = _deque()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: if we can take it, nobody held it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs.

        Returns True unless a given timeout expired, in which case it
        returns False.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        state = self._release_save()
        notified = False
        try:
            if timeout is None:
                gate.acquire()
                notified = True
            elif timeout > 0:
                notified = gate.acquire(True, timeout)
            else:
                notified = gate.acquire(False)
            return notified
        finally:
            self._acquire_restore(state)
            if not notified:
                try:
                    self._waiters.remove(gate)
                except ValueError:
                    # a notifier took it out concurrently
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True.

        predicate should be a callable whose result will be interpreted as a
        boolean value.  A timeout may be provided giving the maximum time to
        wait.
        """
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                if remaining <= 0:
                    break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up one or more threads waiting on this condition, if any."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            # A waiter whose timeout expired may still be queued here (it is
            # waiting for the lock we hold): it takes this wake-up with it.
            gate = waiters.popleft()
            gate.release()
            n -= 1

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Wake up all threads waiting on this condition.

        This method is deprecated, use notify_all() instead.
        """
        _deprecated('notifyAll()', 'notify_all()')
        self.notify_all()


# ---------------------------------------------------------------------------
# Semaphores

class Semaphore:
    """This class implements semaphore objects.

    Semaphores manage a counter representing the number of release() calls
    minus the number of acquire() calls, plus an initial value.
    """

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Acquire a semaphore, decrementing the internal counter by one.

        Returns True when the counter was decremented, False when a
        non-blocking call or a timeout did not get it.
        """
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value == 0:
                if not blocking:
                    return False
                if not self._cond.wait_for(lambda: self._value > 0, timeout):
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by n."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A bounded semaphore checks that release() never pushes the counter
    above its initial value; doing so raises ValueError."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Release a semaphore, incrementing the internal counter by n."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------
# Events

class Event:
    """Class implementing event objects: a flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        state = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {state}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        """Return true if and only if the internal flag is true.

        This method is deprecated, use is_set() instead.
        """
        _deprecated('isSet()', 'is_set()')
        return self.is_set()

    def set(self):
        """Set the internal flag to true and wake every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the internal flag to false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the internal flag is true, or until the optional
        timeout expires.  Returns the flag."""
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout) or self._flag


# ---------------------------------------------------------------------------
# Barriers

class BrokenBarrierError(RuntimeError):
    pass


# The barrier cycles between FILLING (threads arrive) and DRAINING (they
# leave).  RESETTING is like DRAINING but the leavers get BrokenBarrierError;
# BROKEN stays until reset().
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Implements a Barrier: a fixed number of threads block on wait() and
    are all released once the last of them arrives."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier; returns an index from 0 to parties-1,
        different for each thread of one cycle."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Wait for the previous cycle to empty the barrier.
            self._cond.wait_for(lambda: self._state not in (_DRAINING, _RESETTING))
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._trip()
                else:
                    if not self._cond.wait_for(lambda: self._state != _FILLING,
                                               timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._state in (_BROKEN, _RESETTING):
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        # The last thread arrived: run the action, then let everyone go.
        try:
            if self._action:
                self._action()
        except:
            self._break()
            raise
        self._state = _DRAINING
        self._cond.notify_all()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    def reset(self):
        """Reset the barrier to the initial state.  Threads waiting on it
        get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Place the barrier into a broken state."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._state == _BROKEN


# ---------------------------------------------------------------------------
# Threads

_counter = _count_from(1).__next__


def _newname(template="Thread-%d"):
    return template % _counter()


_active_limbo_lock = RLock()
_active = {}    # ident -> Thread, for running threads
_limbo = {}     # Thread -> Thread, for threads between start() and running

# The _tstate_lock of each running non-daemon thread; _shutdown() waits on them.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()


def _maintain_shutdown_locks():
    """Forget the locks of threads that have ended (caller holds
    _shutdown_locks_lock)."""
    ended = [lock for lock in _shutdown_locks if not lock.locked()]
    _shutdown_locks.difference_update(ended)


class Thread:
    """A class that represents a thread of control.

    Subclasses may override run() (and __init__, calling Thread.__init__
    first).
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        # Where the exception hook writes if sys.stderr is gone by then.
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()   # notices a finished thread
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity; at most once per thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """Method representing the thread's activity: calls the target."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references so that a thread's arguments do not
            # outlive it (and no cycle goes through the thread object).
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # What the new OS thread runs (a bound method, so that the thread
        # keeps this object alive while it runs).
        self._bootstrap_inner()

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        """Take the lock the runtime releases when this thread's state is
        destroyed; join() waits on it."""
        lock = _set_sentinel()
        # Baton's _set_sentinel() returns the lock already held; CPython's
        # leaves taking it to us.  Only this thread can have it either way.
        if not lock.locked():
            lock.acquire()
        self._tstate_lock = lock
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(self._tstate_lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]

            if _trace_hook is not None and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)

            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._run_exit_callbacks()
            self._delete()

    def _run_exit_callbacks(self):
        # Thread-local data (see _threading_local) registered here is freed
        # as the thread ends.
        callbacks = self.__dict__.pop('_exit_callbacks', None)
        if callbacks:
            for callback in callbacks:
                try:
                    callback()
                except Exception:
                    pass

    def _stop(self):
        lock = self._tstate_lock
        if lock is not None:
            assert not lock.locked()
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()

    def _delete(self):
        """Remove the current thread from the dict of running threads."""
        with _active_limbo_lock:
            del _active[get_ident()]

    def join(self, timeout=None):
        """Wait until the thread terminates, or until the timeout (seconds,
        a float) expires.  Check is_alive() afterwards to know which."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            # already known to have ended
            assert self._is_stopped
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            # Interrupted (KeyboardInterrupt from a signal handler).  While
            # the thread still runs Python code the lock is its own; once it
            # has left, a held lock is ours (taken just before the
            # interruption): give it back.
            if lock.locked():
                if _active.get(self._ident) is self:
                    raise
                try:
                    lock.release()
                except RuntimeError:
                    pass
            self._stop()
            raise

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not
        been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Return whether the thread is alive: true from just before run()
        starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon (deprecated)."""
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon (deprecated)."""
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        """Return a string used for identification purposes only (deprecated)."""
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        """Set the name string for this thread (deprecated)."""
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name


# ---------------------------------------------------------------------------
# Exception hook

class ExceptHookArgs(tuple):
    """The argument of threading.excepthook(): a named 4-tuple
    (exc_type, exc_value, exc_traceback, thread)."""

    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, args):
        values = tuple(args)
        if len(values) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(values)}-sequence given)")
        return tuple.__new__(cls, values)

    exc_type = property(lambda self: self[0], doc="Exception type")
    exc_value = property(lambda self: self[1], doc="Exception value")
    exc_traceback = property(lambda self: self[2], doc="Exception traceback")
    thread = property(lambda self: self[3], doc="Thread")

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}'
                           for name, value in zip(self._fields, self))
        return f'_thread._ExceptHookArgs({fields})'

    def __reduce__(self):
        return (ExceptHookArgs, (tuple(self),))


ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'
ExceptHookArgs.__module__ = '_thread'


def _print_exception(exc_type, exc_value, exc_tb, file):
    try:
        import traceback
    except ImportError:
        traceback = None
    if traceback is not None:
        traceback.print_exception(exc_type, exc_value, exc_tb, file=file)
        return
    # No traceback module: the interpreter's own printer writes to sys.stderr.
    saved = _sys.stderr
    _sys.stderr = file
    try:
        _sys.__excepthook__(exc_type, exc_value, exc_tb)
    finally:
        _sys.stderr = saved


def excepthook(args, /):
    """Handle an uncaught exception raised by Thread.run(): print
    "Exception in thread NAME:" and the traceback to stderr.  SystemExit is
    ignored silently."""
    if args.exc_type == SystemExit:
        return
    if _sys is not None and _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            # no stderr at all when the thread was created either
            return
    else:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback, stderr)
    stderr.flush()


# The original value, to restore threading.excepthook when it was replaced.
__excepthook__ = excepthook


def _make_invoke_excepthook():
    # Captured now, because at interpreter shutdown the module globals and
    # sys may already be partly gone when a thread ends.
    saved_hook = excepthook
    saved_sys_hook = _sys.excepthook
    if saved_hook is None:
        raise RuntimeError("threading.excepthook is None")
    if saved_sys_hook is None:
        raise RuntimeError("sys.excepthook is None")
    exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        global excepthook
        try:
            hook = excepthook
            if hook is None:
                hook = saved_hook
            args = ExceptHookArgs([*exc_info(), thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            if local_sys is not None and local_sys.stderr is not None:
                stderr = local_sys.stderr
            else:
                stderr = thread._stderr
            local_print("Exception in threading.excepthook:",
                        file=stderr, flush=True)
            if local_sys is not None and local_sys.excepthook is not None:
                sys_hook = local_sys.excepthook
            else:
                sys_hook = saved_sys_hook
            sys_hook(*exc_info())
        finally:
            # break the reference cycles through the traceback
            args = None

    return invoke_excepthook


# ---------------------------------------------------------------------------
# Timer

class Timer(Thread):
    """Call a function after a specified number of seconds:

        t = Timer(30.0, f, args=None, kwargs=None)
        t.start()
        t.cancel()     # stop the timer's action if it's still waiting
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---------------------------------------------------------------------------
# The main thread and threads not started by this module

class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """A thread started outside this module (by _thread.start_new_thread):
    always alive and daemonic, cannot be joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"),
                        daemon=_daemon_threads_allowed())
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---------------------------------------------------------------------------
# Module-level functions

def current_thread():
    """Return the current Thread object, corresponding to the caller's
    thread of control (a dummy one for threads not started here)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Return the current Thread object (deprecated alias of current_thread)."""
    import warnings
    warnings.warn('currentThread() is deprecated, use current_thread() instead',
                  DeprecationWarning, stacklevel=2)
    return current_thread()


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Return the number of Thread objects currently alive (deprecated)."""
    import warnings
    warnings.warn('activeCount() is deprecated, use active_count() instead',
                  DeprecationWarning, stacklevel=2)
    return active_count()


def _enumerate():
    # the same without taking the lock (for debugging and shutdown)
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of all Thread objects currently alive, including daemon
    threads, the main thread and dummy threads."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """Return the main thread object: the thread the interpreter started in."""
    return _main_thread


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Register func(*arg, **kwargs) to be called when the interpreter is
    about to wait for the non-daemon threads (before the atexit module's
    hooks run, and in the reverse order of registration)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")

    def call():
        func(*arg, **kwargs)
    _threading_atexits.append(call)


def _shutdown():
    """Wait until every non-daemon thread has ended.  Called by the
    interpreter before it exits."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        # already done
        return
    _SHUTTING_DOWN = True

    for call in reversed(_threading_atexits):
        call()

    # The main thread is done running Python code: mark it stopped.
    if _main_thread.ident == get_ident():
        lock = _main_thread._tstate_lock
        if lock is not None and lock.locked():
            lock.release()
        _main_thread._stop()

    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            # wait for the thread to end
            lock.acquire()
            lock.release()


_main_thread = _MainThread()


def _after_fork():
    """Run in the child process after os.fork(): only the thread that forked
    survives there.  Locks other threads may have held are replaced, and
    every other Thread object is marked as ended."""
    global _main_thread, _active_limbo_lock, _shutdown_locks_lock, _shutdown_locks
    _active_limbo_lock = RLock()
    _shutdown_locks_lock = _allocate_lock()
    _shutdown_locks = set()

    current = _active.get(get_ident())
    if current is None:
        # forked from a thread not started by this module
        current = _MainThread()
    _main_thread = current

    with _active_limbo_lock:
        for thread in _enumerate():
            thread._started._at_fork_reinit()
            if thread is current:
                lock = thread._tstate_lock
                if lock is not None:
                    lock._at_fork_reinit()
                    lock.acquire()
                thread._ident = get_ident()
                thread._set_native_id()
            else:
                thread._is_stopped = True
                thread._tstate_lock = None
                thread._stop()
        _limbo.clear()
        _active.clear()
        _active[current._ident] = current


if hasattr(_os, "register_at_fork"):
    _os.register_at_fork(after_in_child=_after_fork)


from _threading_local import local
