# multiprocessing.Manager(): shared dict/list/Namespace/Queue/Lock/Value/
# Array/Event used through proxies from child processes; custom managers
import multiprocessing as mp
from multiprocessing.managers import BaseManager, SyncManager


def worker(d, l, ns, q, lock, v, a, i):
    with lock:
        d['child%d' % i] = i
        l.append(i)
        ns.total += i
        v.value += 10
        a[i] = 100 + i
    q.put(('done', i))


class Maths:
    def add(self, a, b):
        return a + b

    def fail(self):
        raise ValueError('maths failed')

    def _hidden(self):
        return 1


class MyManager(BaseManager):
    pass


MyManager.register('Maths', Maths)


def use_maths(m, out):
    out.put(m.add(20, 22))


if __name__ == '__main__':
    with mp.Manager() as m:
        print(type(m).__name__, isinstance(m, SyncManager))
        d = m.dict(a=1)
        l = m.list([0])
        ns = m.Namespace(total=0)
        q = m.Queue()
        lock = m.Lock()
        v = m.Value('i', 5)
        a = m.Array('i', [0, 0, 0])
        ps = [mp.Process(target=worker, args=(d, l, ns, q, lock, v, a, i)) for i in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(q.get(timeout=10) for _ in ps), [p.exitcode for p in ps])
        print(sorted(d.items()), sorted(d.keys()), len(d), 'a' in d, d.get('zz', 'default'))
        print(sorted(l), len(l), l[0], sorted(list(l)))
        print(ns, ns.total, v.value, v, list(a[:]), len(a))
        l += [9]
        print(l[-1], sorted(l._getvalue()))
        try:
            d['missing']
        except KeyError as e:
            print('KeyError:', e)
        e = m.Event()
        print(e.is_set(), e.wait(0.01))
        e.set()
        print(e.is_set(), e.wait())
        c = m.Condition()
        with c:
            print(c.wait(0.01))
        s = m.Semaphore(2)
        print(s.acquire(), s.acquire(timeout=0.01), s.acquire(False))
        b = m.Barrier(1)
        print(b.wait(), b.parties, b.broken)
        print(type(d).__name__, type(l).__name__, type(q).__name__,
              type(lock).__name__, type(ns).__name__, type(v).__name__)
        print(str(d).startswith('{'), repr(l).startswith('<ListProxy object, typeid'))
    with MyManager() as mm:
        maths = mm.Maths()
        print(maths.add(2, 3), type(maths).__name__)
        try:
            maths.fail()
        except ValueError as e:
            print('ValueError:', e)
        try:
            maths._hidden()
        except AttributeError as e:
            print('AttributeError:', e)
        out = mp.Queue()
        p = mp.Process(target=use_maths, args=(maths, out))
        p.start()
        print(out.get(timeout=10))
        p.join()
    print('manager stopped')
