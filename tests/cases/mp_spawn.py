# The 'spawn' start method: a fresh interpreter imports this file as
# __mp_main__, so the code under the main guard runs only in the parent.
import multiprocessing as mp
import os
import sys

LOADED_AS = __name__
COUNTER = [0]


def report(q, tag):
    main = sys.modules['__main__']
    q.put((tag, LOADED_AS, main.__name__ if hasattr(main, '__name__') else None,
           mp.current_process().name, mp.get_start_method(),
           COUNTER[0], mp.parent_process().name))


def square(x):
    return x * x


def info(_):
    return LOADED_AS, COUNTER[0], mp.current_process().name.startswith('SpawnPoolWorker-')


class Greeter(mp.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q

    def run(self):
        self.q.put('hello from %s (%s)' % (self.name, type(self).__module__))


if __name__ == '__main__':
    COUNTER[0] = 42          # the spawned children do not see this
    ctx = mp.get_context('spawn')
    print(ctx.get_start_method(), mp.get_start_method())
    q = ctx.Queue()
    p = ctx.Process(target=report, args=(q, 'first'))
    p.start()
    print(q.get(timeout=30))
    p.join()
    print(p.exitcode, type(p).__name__)
    g = Greeter(q)
    print(g.name)
    mp.set_start_method('spawn', force=True)
    g.start()
    print(q.get(timeout=30))
    g.join()
    with ctx.Pool(2) as pool:
        print(pool.map(square, range(8)))
        print(pool.apply(info, (0,)))
    r, w = ctx.Pipe()
    p = ctx.Process(target=w.send, args=({'spawned': True},))
    p.start()
    print(r.recv())
    p.join()
    v = ctx.Value('i', 5)
    a = ctx.Array('i', range(3))
    lock = ctx.Lock()
    p = ctx.Process(target=exec, args=('v.value *= 2; a[2] = 9', {'v': v, 'a': a}))
    p.start()
    p.join()
    print(v.value, a[:], p.exitcode)
