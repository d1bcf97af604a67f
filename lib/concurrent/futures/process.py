"""ProcessPoolExecutor: runs calls in worker processes.

Layout (all in the parent, except the workers):

  submit() --> pending work items --(manager thread)--> call queue --> workers
  workers --> result pipe --(reader thread)--> events --(manager thread)--> futures

The manager thread owns the bookkeeping.  It is woken through one local
event queue by submit()/shutdown(), by the reader thread (a result, or a
worker's goodbye), and by one watcher thread per worker, which blocks on the
worker's sentinel and reports its death.  A death is checked against the
result pipe (a marker sent through it after the death was seen comes back
after everything the worker wrote) before the pool is declared broken.
"""

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

import itertools
import os
import queue
import threading

import multiprocessing as mp
from concurrent.futures import _base
from multiprocessing import util as _mp_util

# Workers get at most this many calls beyond one each, so that the others
# can still be cancelled.
EXTRA_QUEUED_CALLS = 1

_global_shutdown = False
_managers = []


def _python_exit():
    global _global_shutdown
    _global_shutdown = True
    for manager in list(_managers):
        manager.wakeup()
    for manager in list(_managers):
        manager.join()


if hasattr(threading, '_register_atexit'):
    threading._register_atexit(_python_exit)


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    def __init__(self, exc, tb):
        text = _mp_util.format_exception(exc)
        self.exc = exc
        # the traceback's frames cannot travel (and would keep objects alive)
        self.exc.__traceback__ = None
        self.tb = '\n"""\n%s"""' % text

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _ResultItem(object):
    def __init__(self, work_id, exception=None, result=None, exit_pid=None):
        self.work_id = work_id
        self.exception = exception
        self.result = result
        self.exit_pid = exit_pid


class _CallItem(object):
    def __init__(self, work_id, fn, args, kwargs):
        self.work_id = work_id
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _Marker(object):
    """Sent by the parent through the result pipe to itself."""

    def __init__(self, number):
        self.number = number


def _get_chunks(*iterables, chunksize):
    """Iterates over zip()ed iterables in chunks."""
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _process_chunk(fn, chunk):
    """Processes a chunk of an iterable passed to map."""
    return [fn(*args) for args in chunk]


class _ChunkRunner(object):
    """fn applied to a chunk: picklable when fn is."""

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, chunk):
        return _process_chunk(self.fn, chunk)


def _sendback_result(result_queue, work_id, result=None, exception=None,
                     exit_pid=None):
    """Safely send back the given result or exception"""
    try:
        result_queue.put(_ResultItem(work_id, result=result,
                                     exception=exception, exit_pid=exit_pid))
    except BaseException as e:
        exc = _ExceptionWithTraceback(e, e.__traceback__)
        result_queue.put(_ResultItem(work_id, exception=exc,
                                     exit_pid=exit_pid))


def _process_worker(call_queue, result_queue, initializer, initargs,
                    max_tasks=None):
    """Evaluates calls from call_queue and places the results in
    result_queue.  A None call makes the worker say goodbye (its pid) and
    exit."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            # the parent sees the worker die and marks the pool broken
            return
    num_tasks = 0
    exit_pid = None
    while True:
        call_item = call_queue.get()
        if call_item is None:
            result_queue.put(os.getpid())
            return
        if max_tasks is not None:
            num_tasks += 1
            if num_tasks >= max_tasks:
                exit_pid = os.getpid()
        try:
            r = call_item.fn(*call_item.args, **call_item.kwargs)
        except BaseException as e:
            exc = _ExceptionWithTraceback(e, e.__traceback__)
            _sendback_result(result_queue, call_item.work_id, exception=exc,
                             exit_pid=exit_pid)
        else:
            _sendback_result(result_queue, call_item.work_id, result=r,
                             exit_pid=exit_pid)
            del r
        del call_item
        if exit_pid is not None:
            return


class BrokenProcessPool(_base.BrokenExecutor):
    """
    Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state.
    """


class _Manager(threading.Thread):
    """The executor's management thread (see the module docstring)."""

    def __init__(self, executor):
        super().__init__(name='ExecutorManagerThread')
        self.executor = executor
        self.events = executor._events
        self.processes = executor._processes
        self.pending = executor._pending_work_items
        self.work_ids = executor._work_ids
        self.call_queue = executor._call_queue
        self.result_queue = executor._result_queue
        self.max_in_flight = executor._max_workers + EXTRA_QUEUED_CALLS
        self.in_flight = set()
        self.dead = []              # pids seen dead, awaiting their marker
        self.markers = itertools.count()
        self.waiting_marker = None
        self.sentinels_sent = False
        self.reader = None

    def wakeup(self):
        self.events.put(('wakeup',))

    def run(self):
        self.reader = threading.Thread(target=self._read_results,
                                       name='ExecutorResultReader',
                                       daemon=True)
        self.reader.start()
        for p in list(self.processes.values()):
            self.watch(p)
        try:
            self._loop()
        finally:
            if self in _managers:
                _managers.remove(self)

    # -- helper threads

    def watch(self, p):
        t = threading.Thread(target=self._watch_process,
                             args=(p.pid, p.sentinel), daemon=True,
                             name='ExecutorWorkerWatcher')
        t.start()

    def _watch_process(self, pid, sentinel):
        try:
            while True:
                try:
                    if not os.read(sentinel, 1):
                        break
                except BlockingIOError:
                    import time
                    time.sleep(0.005)
        except OSError:
            pass
        self.events.put(('died', pid))

    def _read_results(self):
        reader = self.result_queue._reader
        while True:
            try:
                item = reader.recv()
            except BaseException as e:
                if isinstance(e, (EOFError, OSError)) and self.stopping_reader:
                    return
                cause = _mp_util.format_exception(e)
                self.events.put(('reader_error', cause))
                return
            if item is None:
                return
            self.events.put(('result', item))

    stopping_reader = False

    # -- the loop

    def _loop(self):
        executor = self.executor
        while True:
            self._fill_call_queue()
            event = self.events.get()
            kind = event[0]
            if kind == 'result':
                item = event[1]
                if isinstance(item, _Marker):
                    if item.number == self.waiting_marker:
                        self.waiting_marker = None
                        if self._check_dead():
                            return
                elif isinstance(item, int):
                    # a worker said goodbye (shutdown)
                    p = self.processes.pop(item, None)
                    if p is not None:
                        p.join()
                else:
                    self._process_result(item)
            elif kind == 'died':
                if event[1] in self.processes:
                    self.dead.append(event[1])
                    if self.waiting_marker is None:
                        if not self._send_marker():
                            self.terminate_broken(None)
                            return
            elif kind == 'reader_error':
                self.terminate_broken(event[1])
                return

            if self._is_shutting_down():
                self._flag_shutting_down()
                if not self.pending:
                    self._send_sentinels()
                    if not self.processes:
                        self._join_internals()
                        return

    def _send_marker(self):
        number = next(self.markers)
        self.waiting_marker = number
        wlock = self.result_queue._wlock
        if not wlock.acquire(True, 1.0):
            # the dead worker held the lock: the pipe cannot be trusted
            return False
        try:
            self.result_queue._writer.send(_Marker(number))
        except OSError:
            return False
        finally:
            wlock.release()
        return True

    def _check_dead(self):
        """Everything the dead workers wrote has been read: any of them
        still registered died abruptly.  True if the pool broke."""
        dead, self.dead = self.dead, []
        for pid in dead:
            p = self.processes.get(pid)
            if p is None:
                continue
            p.join()
            if getattr(p, '_retiring', False):
                # it finished its max_tasks and left: replace it
                del self.processes[pid]
                if not self._is_shutting_down():
                    self.executor._spawn_process(self)
                continue
            self.terminate_broken(None)
            return True
        return False

    def _process_result(self, item):
        self.in_flight.discard(item.work_id)
        work_item = self.pending.pop(item.work_id, None)
        if item.exit_pid is not None:
            p = self.processes.get(item.exit_pid)
            if p is not None:
                p._retiring = True
        if work_item is not None:
            if item.exception:
                work_item.future.set_exception(item.exception)
            else:
                work_item.future.set_result(item.result)

    def _fill_call_queue(self):
        while len(self.in_flight) < self.max_in_flight:
            try:
                work_id = self.work_ids.get_nowait()
            except queue.Empty:
                return
            work_item = self.pending.get(work_id)
            if work_item is None:
                continue
            if not work_item.future.set_running_or_notify_cancel():
                del self.pending[work_id]
                continue
            try:
                self.call_queue.put(_CallItem(work_id, work_item.fn,
                                              work_item.args,
                                              work_item.kwargs))
            except BaseException as e:
                # could not be pickled: the future fails, the pool goes on
                tb = _mp_util.format_exception(e)
                e.__cause__ = _RemoteTraceback('\n"""\n{}"""'.format(tb))
                del self.pending[work_id]
                work_item.future.set_exception(e)
                continue
            self.in_flight.add(work_id)

    def _is_shutting_down(self):
        return _global_shutdown or self.executor._shutdown_thread

    def _flag_shutting_down(self):
        executor = self.executor
        if executor._cancel_pending_futures:
            # cancel what has not been sent to a worker
            for work_id, work_item in list(self.pending.items()):
                if work_id not in self.in_flight:
                    work_item.future.cancel()
                    del self.pending[work_id]
            executor._cancel_pending_futures = False
        # with nothing left to run, drop the queued ids
        if not self.pending:
            while True:
                try:
                    self.work_ids.get_nowait()
                except queue.Empty:
                    break

    def _send_sentinels(self):
        if self.sentinels_sent:
            return
        self.sentinels_sent = True
        for _ in range(len(self.processes)):
            try:
                self.call_queue.put(None)
            except OSError:
                break

    def terminate_broken(self, cause):
        executor = self.executor
        executor._broken = ('A child process terminated '
                            'abruptly, the process pool is not '
                            'usable anymore')
        executor._shutdown_thread = True
        bpe = BrokenProcessPool("A process in the process pool was "
                                "terminated abruptly while the future was "
                                "running or pending.")
        if cause is not None:
            bpe.__cause__ = _RemoteTraceback(f"\n'''\n{cause}'''")
        for work_id, work_item in list(self.pending.items()):
            work_item.future.set_exception(bpe)
            del work_item
        self.pending.clear()
        # the queues may be in a dirty state: stop the workers the hard way
        for p in list(self.processes.values()):
            p.terminate()
        self._join_internals()

    def _join_internals(self):
        self.stopping_reader = True
        # stop the reader thread: it reads our own None
        try:
            wlock = self.result_queue._wlock
            if wlock.acquire(True, 1.0):
                try:
                    self.result_queue._writer.send(None)
                finally:
                    wlock.release()
        except OSError:
            pass
        for p in list(self.processes.values()):
            p.join()
        self.processes.clear()
        if self.reader is not None:
            self.reader.join(1.0)
        try:
            self.call_queue.close()
        except OSError:
            pass


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        """Initializes a new ProcessPoolExecutor instance.

        Args:
            max_workers: The maximum number of processes that can be used to
                execute the given calls. If None or not given then as many
                worker processes will be created as the machine has processors.
            mp_context: A multiprocessing context to launch the workers. This
                object should provide SimpleQueue, Queue and Process.
            initializer: A callable used to initialize worker processes.
            initargs: A tuple of arguments to pass to the initializer.
            max_tasks_per_child: The maximum number of tasks a worker process
                can complete before it will exit and be replaced with a fresh
                worker process.
        """
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers

        if mp_context is None:
            if max_tasks_per_child is not None:
                mp_context = mp.get_context("spawn")
            else:
                mp_context = mp.get_context()
        self._mp_context = mp_context

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs

        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
            if self._mp_context.get_start_method(allow_none=False) == "fork":
                raise ValueError("max_tasks_per_child is incompatible with"
                                 " the 'fork' multiprocessing start method;"
                                 " supply a different mp_context.")
        self._max_tasks_per_child = max_tasks_per_child

        self._executor_manager_thread = None
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._cancel_pending_futures = False
        self._events = queue.SimpleQueue()
        self._work_ids = queue.Queue()
        self._call_queue = mp_context.SimpleQueue()
        self._result_queue = mp_context.SimpleQueue()

    def _spawn_process(self, manager=None):
        p = self._mp_context.Process(
            target=_process_worker,
            args=(self._call_queue,
                  self._result_queue,
                  self._initializer,
                  self._initargs,
                  self._max_tasks_per_child))
        p.start()
        self._processes[p.pid] = p
        if manager is not None:
            manager.watch(p)

    def _start_executor_manager_thread(self):
        if self._executor_manager_thread is None:
            for _ in range(len(self._processes), self._max_workers):
                self._spawn_process()
            manager = _Manager(self)
            _managers.append(manager)
            self._executor_manager_thread = manager
            manager.start()

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)

            self._pending_work_items[self._queue_count] = w
            self._work_ids.put(self._queue_count)
            self._queue_count += 1
            self._start_executor_manager_thread()
            self._events.put(('wakeup',))
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter).

        Args:
            fn: A callable that will take as many arguments as there are
                passed iterables.
            timeout: The maximum number of seconds to wait. If None, then there
                is no limit on the wait time.
            chunksize: If greater than one, the iterables will be chopped into
                chunks of size chunksize and submitted to the process pool.
                If set to one, the items in the list will be sent one at a time.

        Returns:
            An iterator equivalent to: map(func, *iterables) but the calls may
            be evaluated out-of-order.

        Raises:
            TimeoutError: If the entire result iterator could not be generated
                before the given timeout.
            Exception: If fn(*args) raises for any values.
        """
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")

        results = super().map(_ChunkRunner(fn),
                              _get_chunks(*iterables, chunksize=chunksize),
                              timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._cancel_pending_futures = cancel_futures
            self._shutdown_thread = True
            self._events.put(('wakeup',))

        if self._executor_manager_thread is not None and wait:
            self._executor_manager_thread.join()
        self._executor_manager_thread = None if wait else \
            self._executor_manager_thread
        if wait:
            self._call_queue = None
            self._result_queue = None
            self._processes = None

    shutdown.__doc__ = _base.Executor.shutdown.__doc__


def _chain_from_iterable_of_lists(iterable):
    """
    Specialized implementation of itertools.chain.from_iterable.
    Each item in *iterable* should be a list.  This function is
    careful not to keep references to yielded objects.
    """
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()
