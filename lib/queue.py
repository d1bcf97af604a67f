'''A multi-producer, multi-consumer queue (Baton's implementation).'''

import threading
import types
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


# CPython defines Empty in its C accelerator module; keep the same name.
Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.

    Subclasses change the ordering by overriding _init, _qsize, _put and
    _get (called with the mutex held).
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex guards the queue; the three conditions share it.
        self.mutex = threading.Lock()
        # get() waits on not_empty, put() on not_full, join() on
        # all_tasks_done.
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.

        Each get() used to fetch a task should be followed by a call to
        task_done(); when every put() item has been marked done, join()
        returns.  Raises ValueError if called more times than there were
        items placed in the queue.
        '''
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        '''Blocks until all items in the Queue have been gotten and processed.'''
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        with self.mutex:
            return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise (not reliable!).'''
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.

        With block true and timeout None, wait until a free slot is
        available; with a non-negative timeout, wait at most that long and
        raise Full if no slot came free.  With block false, put the item if
        a slot is free right now, else raise Full (timeout is ignored).
        '''
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    if not self.not_full.wait_for(
                            lambda: self._qsize() < self.maxsize, timeout):
                        raise Full
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.

        With block true and timeout None, wait until an item is available;
        with a non-negative timeout, wait at most that long and raise Empty
        if none came.  With block false, return an item if one is available
        right now, else raise Empty (timeout is ignored).
        '''
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                if not self.not_empty.wait_for(self._qsize, timeout):
                    raise Empty
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        '''Put an item into the queue without blocking (raise Full if there
        is no free slot).'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking (raise
        Empty if there is none).'''
        return self.get(block=False)

    # The storage; override these in a subclass for another ordering.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order
    (lowest first).  Entries are typically tuples (priority, data).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded FIFO queue (no task tracking).'''

    def __init__(self):
        self._queue = deque()
        # counts the items; get() takes one unit per item
        self._items = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue.  Never blocks: block and timeout are
        accepted for compatibility with Queue.put and ignored.'''
        self._queue.append(item)
        self._items.release()

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue, waiting as Queue.get
        does (raise Empty when none is available in time).'''
        if not block:
            timeout = None
        elif timeout is not None:
            _check_timeout(timeout)
        if not self._items.acquire(block, timeout):
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item without blocking (raise Empty if there
        is none).'''
        return self.get(False)

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        return len(self._queue) == 0

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        return len(self._queue)

    __class_getitem__ = classmethod(types.GenericAlias)


SimpleQueue.__module__ = '_queue'

# the pure-Python implementation under the name CPython gives it
_PySimpleQueue = SimpleQueue
