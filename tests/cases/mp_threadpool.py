# multiprocessing.pool.ThreadPool and multiprocessing.dummy: the Pool API on
# threads (lambdas are fine: nothing is pickled)
import threading
from multiprocessing.pool import ThreadPool
from multiprocessing import dummy


def square(x):
    return x * x


def fail(x):
    raise ValueError('bad %s' % x)


if __name__ == '__main__':
    with ThreadPool(3) as tp:
        print(tp.map(square, range(10)))
        print(tp.map(lambda x: x + 1, [1, 2, 3], chunksize=2))
        print(sorted(tp.imap_unordered(square, range(6))), list(tp.imap(square, range(4))))
        print(tp.starmap(pow, [(2, 5), (3, 3)]), tp.apply(square, (12,)))
        r = tp.apply_async(fail, (1,))
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except ValueError as e:
            print('ValueError:', e, e.__cause__)
        names = set(tp.map(lambda _: threading.current_thread().name.startswith('Thread-'), range(5)))
        print(names)
    p = dummy.Pool(2)
    print(p.map(square, [1, 2, 3]))
    p.close()
    p.join()
    q = dummy.Queue()
    t = dummy.Process(target=q.put, args=('from thread',))
    print(t.exitcode)
    t.start()
    t.join()
    # Only `t` is checked: the ThreadPool's workers above are not joined by
    # its __exit__ (terminate() does not join threads) and may still be
    # finishing on a loaded machine, in CPython as in Baton.
    print(q.get(), t.exitcode, [c for c in dummy.active_children() if c is t])
    a, b = dummy.Pipe()
    a.send([1, 2])
    print(b.recv(), b.poll(), a.poll(0.01))
    print(dummy.current_process() is threading.current_thread())
    ns = dummy.Namespace(x=1, y='two')
    print(ns)
