"""High-level I/O multiplexing over the select module.

    sel = selectors.DefaultSelector()
    sel.register(sock, selectors.EVENT_READ, data)
    for key, events in sel.select(timeout):
        ...

Baton provides SelectSelector (select.select) and PollSelector
(select.poll); DefaultSelector is PollSelector. Waits release the GIL.
"""

from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping
import math
import select
import sys

EVENT_READ = (1 << 0)
EVENT_WRITE = (1 << 1)

__all__ = ["BaseSelector", "SelectSelector", "PollSelector", "DefaultSelector",
           "SelectorKey", "EVENT_READ", "EVENT_WRITE"]


def _fileobj_to_fd(fileobj):
    """The file descriptor of *fileobj* (an int or an object with fileno())."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

What a selector keeps for one registered file object: the object, its
descriptor, the events it waits for and the caller's data."""


class _SelectorMapping(Mapping):
    """A read-only view of a selector's keys, by file object."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        try:
            fd = self._selector._fileobj_lookup(fileobj)
            return self._selector._fd_to_key[fd]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector(metaclass=ABCMeta):
    """The selector interface: register file objects with the events to
    wait for, then select() the ones that are ready."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        """Watch *fileobj* for *events* (EVENT_READ | EVENT_WRITE); return
        its SelectorKey."""
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        """Stop watching *fileobj*; return its SelectorKey."""
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Change what *fileobj* is watched for; return its new key."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        """Wait until a registered object is ready or *timeout* seconds pass
        (None: no limit; <= 0: do not wait); return [(key, events), ...]."""
        raise NotImplementedError

    def close(self):
        """Forget every registered object."""
        pass

    def get_key(self, fileobj):
        """The SelectorKey of a registered *fileobj* (KeyError if none)."""
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    @abstractmethod
    def get_map(self):
        """A mapping from file objects to their keys."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """Bookkeeping shared by the selectors: keys by descriptor."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        """The descriptor of *fileobj*, also when it was closed after being
        registered (found by identity among the keys)."""
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):
            raise ValueError("Invalid events: {!r}".format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError("{!r} (FD {}) is already registered"
                           .format(fileobj, key.fd))
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            key = self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)


class SelectSelector(_BaseSelectorImpl):
    """A selector over select.select()."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def select(self, timeout=None):
        timeout = None if timeout is None else max(timeout, 0)
        ready = []
        try:
            r, w, _ = select.select(self._readers, self._writers, [], timeout)
        except InterruptedError:
            return ready
        r = set(r)
        w = set(w)
        for fd in r | w:
            events = 0
            if fd in r:
                events |= EVENT_READ
            if fd in w:
                events |= EVENT_WRITE
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


class PollSelector(_BaseSelectorImpl):
    """A selector over select.poll()."""

    def __init__(self):
        super().__init__()
        self._selector = select.poll()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        mask = 0
        if events & EVENT_READ:
            mask |= select.POLLIN
        if events & EVENT_WRITE:
            mask |= select.POLLOUT
        try:
            self._selector.register(key.fd, mask)
        except:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._selector.unregister(key.fd)
        except OSError:
            pass
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        changed = False
        if events != key.events:
            mask = 0
            if events & EVENT_READ:
                mask |= select.POLLIN
            if events & EVENT_WRITE:
                mask |= select.POLLOUT
            self._selector.modify(key.fd, mask)
            changed = True
        if data != key.data:
            changed = True
        if changed:
            key = key._replace(events=events, data=data)
            self._fd_to_key[key.fd] = key
        return key

    def select(self, timeout=None):
        # poll() takes milliseconds, rounded up so a short wait is a wait.
        if timeout is None:
            ms = None
        elif timeout <= 0:
            ms = 0
        else:
            ms = math.ceil(timeout * 1e3)
        ready = []
        try:
            fd_event_list = self._selector.poll(ms)
        except InterruptedError:
            return ready
        for fd, event in fd_event_list:
            events = 0
            if event & ~select.POLLIN:
                events |= EVENT_WRITE
            if event & ~select.POLLOUT:
                events |= EVENT_READ
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready

    def close(self):
        super().close()
        self._selector = None


DefaultSelector = PollSelector
