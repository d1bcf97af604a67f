# Process subclasses with run(); current_process/parent_process in the child
import multiprocessing as mp


class Worker(mp.Process):
    def __init__(self, value, conn):
        super().__init__()
        self.value = value
        self.conn = conn

    def run(self):
        me = mp.current_process()
        parent = mp.parent_process()
        self.conn.send((me.name, me is self, type(me).__name__,
                        parent.name, parent.pid == self._parent_pid,
                        parent.is_alive(), self.value * 2,
                        mp.active_children()))


class Counter(mp.Process):
    def run(self):
        # children of a child are numbered below it
        child = mp.Process()
        print('grandchild name:', child.name, flush=True)
        c = Child()
        c.start()
        c.join()
        print('grandchild exit:', c.exitcode, flush=True)


class Child(mp.Process):
    def run(self):
        print('in', mp.current_process().name, 'parent', mp.parent_process().name,
              flush=True)


if __name__ == '__main__':
    print(mp.current_process().name, mp.parent_process(), mp.current_process().pid is not None)
    r, w = mp.Pipe(duplex=False)
    p = Worker(21, w)
    print(p.name)
    p.start()
    print(r.recv())
    p.join()
    print(p.exitcode, type(p).__name__, isinstance(p, mp.Process))
    c = Counter()
    c.start()
    c.join()
    print(c.name, c.exitcode)
    print(mp.current_process().is_alive(), mp.current_process().daemon)
