"""Implements ThreadPoolExecutor (Baton's implementation)."""

from concurrent.futures import _base
import itertools
import os
import queue
import threading
import types

# Set when the interpreter is exiting: idle workers then end, and no new
# work is accepted.
_shutdown = False
# Guards _shutdown and _threads_queues.
_global_shutdown_lock = threading.Lock()
# Every live worker thread -> its pool's work queue.
_threads_queues = {}


def _python_exit():
    """Run by threading._shutdown() before it joins the non-daemon threads:
    wake up every idle worker so that it ends, and wait for them."""
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
        items = list(_threads_queues.items())
    for thread, work_queue in items:
        work_queue.put(None)
    for thread, work_queue in items:
        thread.join()


# Runs before the interpreter joins the non-daemon threads (workers are
# non-daemon threads), and so before atexit hooks.
threading._register_atexit(_python_exit)

if hasattr(os, 'register_at_fork'):
    os.register_at_fork(before=_global_shutdown_lock.acquire,
                        after_in_child=_global_shutdown_lock._at_fork_reinit,
                        after_in_parent=_global_shutdown_lock.release)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # the traceback refers to this frame: drop the cycle now
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


class _Pool:
    """What the workers of one executor share with it.  Workers hold this,
    not the executor, so that an executor nobody uses any more is freed; its
    __del__ then tells the workers to end."""

    def __init__(self, initializer, initargs):
        self.work_queue = queue.SimpleQueue()
        # counts the idle workers
        self.idle_semaphore = threading.Semaphore(0)
        self.shutdown_lock = threading.Lock()
        self.shutdown = False
        self.broken = False
        self.initializer = initializer
        self.initargs = initargs

    def initializer_failed(self):
        with self.shutdown_lock:
            self.broken = ('A thread initializer failed, the thread pool '
                           'is not usable anymore')
            # Fail every work item that was waiting.
            while True:
                try:
                    work_item = self.work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self.broken))


def _worker(pool):
    if pool.initializer is not None:
        try:
            pool.initializer(*pool.initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            pool.initializer_failed()
            _forget_worker()
            return
    try:
        while True:
            work_item = pool.work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                # drop it before waiting for the next one
                del work_item
                pool.idle_semaphore.release()
                continue
            # None: wake-up call.  End if the pool or the interpreter is
            # shutting down, and pass the call on to the next worker.
            if _shutdown or pool.shutdown:
                pool.shutdown = True
                pool.work_queue.put(None)
                return
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)
    finally:
        _forget_worker()


def _forget_worker():
    with _global_shutdown_lock:
        _threads_queues.pop(threading.current_thread(), None)


class BrokenThreadPool(_base.BrokenExecutor):
    """
    Raised when a worker thread in a ThreadPoolExecutor failed initializing.
    """


class ThreadPoolExecutor(_base.Executor):

    # Numbers the executors, for their threads' default names.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Initializes a new ThreadPoolExecutor instance.

        Args:
            max_workers: The maximum number of threads that can be used to
                execute the given calls (default: min(32, cpu count + 4)).
            thread_name_prefix: An optional name prefix to give our threads.
            initializer: A callable used to initialize worker threads.
            initargs: A tuple of arguments to pass to the initializer.
        """
        if max_workers is None:
            # I/O-bound work is the common use: more threads than CPUs, but
            # a bounded number on large machines.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._pool = _Pool(initializer, initargs)
        self._work_queue = self._pool.work_queue
        self._idle_semaphore = self._pool.idle_semaphore
        self._shutdown_lock = self._pool.shutdown_lock
        self._threads = set()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    @property
    def _shutdown(self):
        return self._pool.shutdown

    @_shutdown.setter
    def _shutdown(self, value):
        self._pool.shutdown = value

    @property
    def _broken(self):
        return self._pool.broken

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will take the item.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, num_threads)
            t = threading.Thread(name=name, target=_worker, args=(self._pool,))
            t.start()
            self._threads.add(t)
            # (the caller holds _global_shutdown_lock)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        self._pool.initializer_failed()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._pool.shutdown = True
            if cancel_futures:
                # Cancel what no worker has taken yet.
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # Wake up the workers: each one that ends passes it on.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__

    def __del__(self):
        # Nobody can submit work any more: let the idle workers end once
        # the queued work is done.
        pool = self.__dict__.get('_pool')
        if pool is not None and not pool.shutdown:
            pool.shutdown = True
            pool.work_queue.put(None)
