"""Shared memory for Value/Array: arenas are unlinked files (in /dev/shm
when possible) mapped with mmap, handed out by a bump allocator.  Forked
children share the mappings; a spawned child receives the file descriptor
and maps it again."""

import os
import sys
import threading

from . import context
from . import reduction
from . import util

__all__ = ['BufferWrapper']

try:
    import mmap as _mmap
except ImportError:
    _mmap = None

PAGESIZE = getattr(_mmap, 'PAGESIZE', 4096)


def _round_up(n, alignment):
    return (n + alignment - 1) & ~(alignment - 1)


class Arena(object):
    """A shared memory area backed by an unlinked file."""

    _dir_candidates = ['/dev/shm']

    def __init__(self, size, fd=-1):
        self.size = size
        self.fd = fd
        if fd == -1:
            self.fd = self._create_file(size)
        self.buffer = _mmap.mmap(self.fd, self.size)

    def _create_file(self, size):
        dirs = [d for d in self._dir_candidates if os.path.isdir(d)]
        dirs.append(util.get_temp_dir())
        last_error = None
        for d in dirs:
            for _ in range(20):
                name = os.path.join(d, 'pym-%d-%s' % (os.getpid(),
                                                        os.urandom(4).hex()))
                try:
                    fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL,
                                 0o600)
                except FileExistsError:
                    continue
                except OSError as e:
                    last_error = e
                    break
                try:
                    os.unlink(name)
                    if hasattr(os, 'ftruncate'):
                        os.ftruncate(fd, size)
                    else:
                        os.lseek(fd, size - 1, os.SEEK_SET)
                        os.write(fd, b'\0')
                        os.lseek(fd, 0, os.SEEK_SET)
                except OSError as e:
                    os.close(fd)
                    last_error = e
                    break
                return fd
        raise last_error or OSError('cannot create shared memory')

    def __reduce__(self):
        return rebuild_arena, (self.size, reduction.DupFd(self.fd))


_rebuilt_arenas = {}


def rebuild_arena(size, dupfd):
    arena = _rebuilt_arenas.get(dupfd)
    if arena is None or arena.size != size:
        os.set_inheritable(dupfd, False)
        arena = _rebuilt_arenas[dupfd] = Arena(size, dupfd)
    return arena


class Heap(object):
    """Bump allocation in arenas.  (Blocks are not freed: Baton has no weak
    references to notice when a shared object dies.)"""

    _alignment = 8
    _min_arena = 64 * 1024
    _max_arena = 4 * 1024 * 1024

    def __init__(self):
        self._pid = os.getpid()
        self._lock = threading.Lock()
        self._arenas = []
        self._current = None
        self._pos = 0
        self._next_size = self._min_arena

    def malloc(self, size):
        if size < 0:
            raise ValueError("Size {0:n} out of range".format(size))
        if sys.maxsize <= size:
            raise OverflowError("Size {0:n} too large".format(size))
        if os.getpid() != self._pid:
            # forked: the space left in our parent's arenas is not ours
            self.__init__()
        size = _round_up(max(size, 1), self._alignment)
        with self._lock:
            arena = self._current
            if arena is None or self._pos + size > arena.size:
                arena_size = max(self._next_size, _round_up(size, PAGESIZE))
                self._next_size = min(self._next_size * 2, self._max_arena)
                arena = self._current = Arena(arena_size)
                self._arenas.append(arena)
                self._pos = 0
            start = self._pos
            self._pos += size
        return arena, start, size


_heap = None


def _get_heap():
    global _heap
    if _heap is None:
        _heap = Heap()
    return _heap


class BufferWrapper(object):
    """A block of shared memory: (arena, start, size)."""

    def __init__(self, size):
        if _mmap is None:
            raise ImportError('shared memory needs the mmap module')
        self._state = _get_heap().malloc(size)
        self.size = size

    @property
    def buffer(self):
        return self._state[0].buffer

    @property
    def offset(self):
        return self._state[1]

    def __reduce__(self):
        context.assert_spawning(self)
        return _rebuild_wrapper, (self._state, self.size)


def _rebuild_wrapper(state, size):
    obj = BufferWrapper.__new__(BufferWrapper)
    obj._state = state
    obj.size = size
    return obj
