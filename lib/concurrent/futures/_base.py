"""Futures, executors and the functions that wait on futures (Baton's
implementation of concurrent.futures._base)."""

import collections
import sys
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# The states of a future.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                        # cancelled by the user...
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'  # ...and seen by a worker
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class _Logger:
    """Reports through logging.getLogger("concurrent.futures") when the
    logging module is available, else writes as logging's last-resort
    handler does (the message, then the traceback, to stderr)."""

    name = "concurrent.futures"

    def _log(self, level, msg, args, exc_info):
        try:
            import logging
        except ImportError:
            logging = None
        if logging is not None:
            logging.getLogger(self.name).log(level, msg, *args, exc_info=exc_info)
            return
        stderr = sys.stderr
        if stderr is None:
            return
        stderr.write((msg % args if args else msg) + '\n')
        if exc_info:
            info = sys.exc_info()
            if info[0] is not None:
                saved = sys.stderr
                try:
                    sys.__excepthook__(*info)
                finally:
                    sys.stderr = saved
        stderr.flush()

    def exception(self, msg, *args, exc_info=True):
        self._log(40, msg, args, exc_info)

    def error(self, msg, *args, exc_info=False):
        self._log(40, msg, args, exc_info)

    def critical(self, msg, *args, exc_info=False):
        self._log(50, msg, args, exc_info)


LOGGER = _Logger()


class Error(Exception):
    """Base class for all future-related exceptions."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError     # the builtin, since Python 3.11


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    pass


# ---------------------------------------------------------------------------
# Waiters: a future reports its completion to each waiter installed on it.

class _Waiter:
    """Collects the futures that finished; `event` wakes up the waiting
    function."""

    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    """Used by as_completed(): wakes up on every completion."""

    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def _add(self, future):
        with self.lock:
            self.finished_futures.append(future)
            self.event.set()

    add_result = add_exception = add_cancelled = _add


class _FirstCompletedWaiter(_Waiter):
    """Used by wait(return_when=FIRST_COMPLETED)."""

    def _add(self, future):
        self.finished_futures.append(future)
        self.event.set()

    add_result = add_exception = add_cancelled = _add


class _AllCompletedWaiter(_Waiter):
    """Used by wait(return_when=ALL_COMPLETED or FIRST_EXCEPTION)."""

    def __init__(self, num_pending_calls, stop_on_exception):
        super().__init__()
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()

    def _one_less(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        super().add_result(future)
        self._one_less()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._one_less()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._one_less()


class _AcquireFutures:
    """Holds the conditions of several futures at once (always taken in the
    same order, so that two callers cannot deadlock)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending = sum(1 for f in fs if f._state not in _DONE_STATES)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _uninstall_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            try:
                f._waiters.remove(waiter)
            except ValueError:
                pass


def as_completed(fs, timeout=None):
    """An iterator over the given futures that yields each as it completes.

    Duplicate futures are yielded once.  Raises TimeoutError if __next__()
    is called and the result isn't available after timeout seconds from the
    original call to as_completed().
    """
    if timeout is not None:
        deadline = time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        ready = [f for f in fs if f._state in _DONE_STATES]
        pending = fs.difference(ready)
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    try:
        while True:
            # Hand out what is ready, newest completion last.
            while ready:
                f = ready.pop()
                pending.discard(f)
                yield f
            if not pending:
                return
            if timeout is None:
                remaining = None
            else:
                remaining = deadline - time.monotonic()
                if remaining < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(pending), total))
            waiter.event.wait(remaining)
            with waiter.lock:
                ready = [f for f in waiter.finished_futures if f in pending]
                waiter.finished_futures = []
                waiter.event.clear()
            ready.reverse()
    finally:
        _uninstall_waiter(fs, waiter)


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs to complete.

    return_when is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED.
    Returns a named 2-tuple of sets: `done`, the futures that completed
    (finished or cancelled) before the wait ended, and `not_done`.
    """
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if f._state in _DONE_STATES}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(not f.cancelled() and f.exception() is not None
                   for f in done):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)

    waiter.event.wait(timeout)
    _uninstall_waiter(fs, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()
        del fut


# ---------------------------------------------------------------------------

class Future:
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        """Initializes the future. Should not be called by clients."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            name = self.__class__.__name__
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        name, id(self), state,
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    name, id(self), state, self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (name, id(self), state)

    def cancel(self):
        """Cancel the future if possible.

        Returns True if the future was cancelled, False otherwise. A future
        cannot be cancelled if it is running or has already completed.
        """
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Return True if the future is currently executing."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished executing."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _get_result(self):
        if self._exception is not None:
            exc = self._exception
            try:
                raise exc
            finally:
                # no cycle through this frame
                del exc, self
        return self._result

    def add_done_callback(self, fn):
        """Attach a callable fn(future) to be called when the future is
        cancelled or finishes.  Called at once if it already has.  Callbacks
        run in the order added, in the thread that completes the future;
        exceptions they raise (Exception subclasses) are logged and ignored.
        """
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _wait_done(self, timeout):
        # Called with the condition held.  True when the future is done.
        if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        return self._state == FINISHED

    def result(self, timeout=None):
        """Return the result of the call that the future represents.

        Waits up to timeout seconds (forever if None).  Raises
        CancelledError if the future was cancelled, TimeoutError if it did
        not complete in time, and the call's exception if it raised.
        """
        try:
            with self._condition:
                if self._wait_done(timeout):
                    return self._get_result()
                raise TimeoutError()
        finally:
            # no cycle when the result is an exception
            self = None

    def exception(self, timeout=None):
        """Return the exception raised by the call that the future
        represents, or None if it completed normally.

        Waits up to timeout seconds (forever if None).  Raises
        CancelledError if the future was cancelled and TimeoutError if it
        did not complete in time.
        """
        with self._condition:
            if self._wait_done(timeout):
                return self._exception
            raise TimeoutError()

    # The methods below are for executors (and tests), not for clients.

    def set_running_or_notify_cancel(self):
        """Mark the future as running or process any cancel notifications.

        Returns False if the future was cancelled (waiters are then told),
        True if it is now running and can not be cancelled any more.
        Raises RuntimeError if the future was already running or done.
        """
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s',
                            id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                if exception is None:
                    waiter.add_result(self)
                else:
                    waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        """Sets the return value of work associated with the future."""
        self._finish(result, None)

    def set_exception(self, exception):
        """Sets the result of the future as being the given exception."""
        self._finish(None, exception)

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor:
    """This is an abstract base class for concrete asynchronous executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Submits a callable to be executed with the given arguments.

        Schedules the callable to be executed as fn(*args, **kwargs) and
        returns a Future instance representing the execution of the callable.
        """
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter).

        All the calls are submitted at once; the iterator yields their
        results in order.  If a result isn't available `timeout` seconds
        after map() was called, __next__() raises TimeoutError; an
        exception raised by a call is raised when its value would be
        yielded.  chunksize is used by ProcessPoolExecutor only.
        """
        if timeout is not None:
            deadline = time.monotonic() + timeout

        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                # popped from the end, so that a yielded future is dropped
                futures.reverse()
                while futures:
                    if timeout is None:
                        yield _result_or_cancel(futures.pop())
                    else:
                        yield _result_or_cancel(futures.pop(),
                                                deadline - time.monotonic())
            finally:
                for future in futures:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Clean-up the resources associated with the Executor.

        After shutdown no more callables can be submitted.  With wait true,
        return only once all the pending futures are done; with
        cancel_futures true, pending futures that have not started are
        cancelled.
        """
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class BrokenExecutor(RuntimeError):
    """
    Raised when a executor has become non-functional after a severe failure.
    """
