"""Locks, semaphores, conditions, events and barriers shared between
processes, built on _multiprocessing.SemLock (POSIX named semaphores)."""

__all__ = [
    'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event',
    'Barrier',
]

import os
import sys
import threading
import time

from . import context
from . import process
from . import util

try:
    from _multiprocessing import SemLock as _SemLock, sem_unlink
except ImportError:
    raise ImportError("This platform lacks a functioning sem_open" +
                      " implementation, therefore, the required" +
                      " synchronization primitives needed will not" +
                      " function, see issue 3770.")

RECURSIVE_MUTEX, SEMAPHORE = 0, 1
SEM_VALUE_MAX = _SemLock.SEM_VALUE_MAX


class SemLock(object):
    """Wraps a _multiprocessing.SemLock; picklable while a child is being
    spawned (the child opens the semaphore by name)."""

    def __init__(self, kind, value, maxvalue, *, ctx):
        if ctx is None:
            ctx = context._default_context.get_context()
        unlink_now = ctx.get_start_method() == 'fork'
        for _ in range(100):
            try:
                sl = self._semlock = _SemLock(kind, value, maxvalue,
                                              self._make_name(), unlink_now)
            except FileExistsError:
                pass
            else:
                break
        else:
            raise FileExistsError('cannot find name for semaphore')
        util.debug('created semlock with handle %s' % sl.handle)
        self._make_methods()
        if sl.name is not None:
            # a spawned child opens it by name: remove the name when this
            # (creating) process exits
            util.Finalize(self, SemLock._cleanup, (sl.name,), exitpriority=0)

    @staticmethod
    def _cleanup(name):
        try:
            sem_unlink(name)
        except OSError:
            pass

    def _make_methods(self):
        self.acquire = self._semlock.acquire
        self.release = self._semlock.release

    def __enter__(self):
        return self._semlock.acquire()

    def __exit__(self, *args):
        return self._semlock.release()

    def __getstate__(self):
        context.assert_spawning(self)
        sl = self._semlock
        return (sl.handle, sl.kind, sl.maxvalue, sl.name)

    def __setstate__(self, state):
        self._semlock = _SemLock._rebuild(*state)
        util.debug('recreated blocker with handle %r' % state[0])
        self._make_methods()

    @staticmethod
    def _make_name():
        return '%s-%s' % (process.current_process()._config['semprefix'],
                          os.urandom(6).hex())


class Semaphore(SemLock):

    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, SEMAPHORE, value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        return self._semlock._get_value()

    def __repr__(self):
        try:
            value = self._semlock._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s)>' % (type(self).__name__, value)


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, SEMAPHORE, value, value, ctx=ctx)

    def __repr__(self):
        try:
            value = self._semlock._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s, maxvalue=%s)>' % (
            type(self).__name__, value, self._semlock.maxvalue)


def _owner_name():
    name = process.current_process().name
    if threading.current_thread().name != 'MainThread':
        name += '|' + threading.current_thread().name
    return name


class Lock(SemLock):

    def __init__(self, *, ctx):
        SemLock.__init__(self, SEMAPHORE, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._semlock._is_mine():
                name = _owner_name()
            elif self._semlock._get_value() == 1:
                name = 'None'
            elif self._semlock._count() > 0:
                name = 'SomeOtherThread'
            else:
                name = 'SomeOtherProcess'
        except Exception:
            name = 'unknown'
        return '<%s(owner=%s)>' % (type(self).__name__, name)


class RLock(SemLock):

    def __init__(self, *, ctx):
        SemLock.__init__(self, RECURSIVE_MUTEX, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._semlock._is_mine():
                name = _owner_name()
                count = self._semlock._count()
            elif self._semlock._get_value() == 1:
                name, count = 'None', 0
            elif self._semlock._count() > 0:
                name, count = 'SomeOtherThread', 'nonzero'
            else:
                name, count = 'SomeOtherProcess', 'nonzero'
        except Exception:
            name, count = 'unknown', 'unknown'
        return '<%s(%s, %s)>' % (type(self).__name__, name, count)


class Condition(object):
    """A condition variable for processes.  Waiters count themselves in
    _sleeping; notify() releases _wait_sem once per sleeper to wake and
    waits until each has counted itself out in _woken."""

    def __init__(self, lock=None, *, ctx):
        self._lock = lock or ctx.RLock()
        self._sleeping = ctx.Semaphore(0)
        self._woken = ctx.Semaphore(0)
        self._wait_sem = ctx.Semaphore(0)
        self._make_methods()

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._lock, self._sleeping, self._woken, self._wait_sem)

    def __setstate__(self, state):
        (self._lock, self._sleeping, self._woken, self._wait_sem) = state
        self._make_methods()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _make_methods(self):
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        try:
            num_waiters = (self._sleeping._semlock._get_value() -
                           self._woken._semlock._get_value())
        except Exception:
            num_waiters = 'unknown'
        return '<%s(%s, %s)>' % (type(self).__name__, self._lock, num_waiters)

    def wait(self, timeout=None):
        assert self._lock._semlock._is_mine(), \
            'must acquire() condition before using wait()'
        self._sleeping.release()
        # give the lock up completely, however often it was taken
        depth = self._lock._semlock._count()
        for _ in range(depth):
            self._lock.release()
        try:
            return self._wait_sem.acquire(True, timeout)
        finally:
            self._woken.release()
            for _ in range(depth):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._semlock._is_mine(), 'lock is not owned'
        assert not self._wait_sem.acquire(False)
        # Waiters that timed out counted themselves both in and out: forget
        # them.
        while self._woken.acquire(False):
            res = self._sleeping.acquire(False)
            assert res, ('notify: Bug in sleeping_count.acquire'
                         + '- res should not be False')
        woken = 0
        while woken < n and self._sleeping.acquire(False):
            self._wait_sem.release()
            woken += 1
        if woken:
            for _ in range(woken):
                self._woken.acquire()
            # a waiter that timed out meanwhile did not take its release:
            # take it back
            while self._wait_sem.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event(object):

    def __init__(self, *, ctx):
        self._cond = ctx.Condition(ctx.Lock())
        self._flag = ctx.Semaphore(0)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


class Barrier(object):
    """A barrier for processes.  The state (phase and the number of
    processes waiting) lives in shared memory, guarded by a Condition."""

    # phases
    _FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2

    def __init__(self, parties, action=None, timeout=None, *, ctx):
        from .sharedctypes import RawArray
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._cond = ctx.Condition()
        self._shared = RawArray('i', 2)    # [phase, count]

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._parties, self._action, self._timeout, self._cond,
                self._shared)

    def __setstate__(self, state):
        (self._parties, self._action, self._timeout, self._cond,
         self._shared) = state

    @property
    def _state(self):
        return self._shared[0]

    @_state.setter
    def _state(self, value):
        self._shared[0] = value

    @property
    def _count(self):
        return self._shared[1]

    @_count.setter
    def _count(self, value):
        self._shared[1] = value

    def __repr__(self):
        if self.broken:
            return f"<{type(self).__qualname__} at {id(self):#x}: broken>"
        return (f"<{type(self).__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._wait_to_fill()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._wake_fillers()

    def _wait_to_fill(self):
        # wait while the previous round drains or a reset is under way
        while self._state in (self._DRAINING, self._RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise threading.BrokenBarrierError
        assert self._state == self._FILLING

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._state = self._DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != self._FILLING,
                                   timeout):
            self._break()
            raise threading.BrokenBarrierError
        if self._state < 0:
            raise threading.BrokenBarrierError
        assert self._state == self._DRAINING

    def _wake_fillers(self):
        # the last one out of a drained (or reset) round opens the next
        if self._count == 0:
            if self._state in (self._RESETTING, self._DRAINING):
                self._state = self._FILLING
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == self._FILLING:
                    self._state = self._RESETTING
                elif self._state == self._BROKEN:
                    self._state = self._RESETTING
            else:
                self._state = self._FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = self._BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == self._FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == self._BROKEN
