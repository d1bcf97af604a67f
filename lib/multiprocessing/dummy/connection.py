"""Connections between threads (multiprocessing.dummy): pairs of queues."""

__all__ = ['Client', 'Listener', 'Pipe']

from queue import Queue

families = [None]


def Pipe(duplex=True):
    a, b = Queue(), Queue()
    return Connection(a, b), Connection(b, a)


class Connection(object):

    def __init__(self, _in, _out):
        self._out = _out
        self._in = _in
        self.send = self.send_bytes = _out.put
        self.recv = self.recv_bytes = _in.get

    def poll(self, timeout=0.0):
        if self._in.qsize() > 0:
            return True
        if timeout <= 0.0:
            return False
        with self._in.not_empty:
            self._in.not_empty.wait(timeout)
        return self._in.qsize() > 0

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


class Listener(object):
    def __init__(self, address=None, family=None, backlog=1):
        raise NotImplementedError('dummy Listener is not supported')


def Client(address):
    raise NotImplementedError('dummy Client is not supported')
