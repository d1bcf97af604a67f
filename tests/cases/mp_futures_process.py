# concurrent.futures.ProcessPoolExecutor: submit, map (chunksize, timeout),
# exceptions with their remote traceback, initializer, shutdown
import concurrent.futures as cf
import multiprocessing as mp
import os
import time
from concurrent.futures import ProcessPoolExecutor

INIT = {}


def square(x):
    return x * x


def add(a, b, c=0):
    return a + b + c


def fail(x):
    raise ValueError('bad value %r' % (x,))


def setup(tag):
    INIT['tag'] = tag


def get_tag():
    return INIT.get('tag'), mp.current_process().name.startswith('ForkProcess-')


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(square, 9)
        print(f.result(timeout=10), f.done(), f.exception())
        print(ex.submit(add, 1, 2, c=3).result())
        print(list(ex.map(square, range(10))))
        print(list(ex.map(add, range(5), range(5), chunksize=2)))
        print(list(ex.map(square, [], chunksize=3)))
        fs = [ex.submit(square, i) for i in range(20)]
        print(sorted(f.result() for f in cf.as_completed(fs)))
        done, not_done = cf.wait(fs)
        print(len(done), len(not_done))
        err = ex.submit(fail, 'x')
        e = err.exception()
        print(type(e).__name__, e, type(e.__cause__).__name__)
        print(str(e.__cause__).split('\n')[1:3], str(e.__cause__).split('\n')[-2:])
        try:
            list(ex.map(fail, [1, 2]))
        except ValueError as e:
            print('map raised', e)
        try:
            ex.submit(lambda: 1).result()
        except Exception as e:
            print('unpicklable call raised', type(e).__name__)
        try:
            list(ex.map(time.sleep, [0.5], timeout=0.05))
        except cf.TimeoutError:
            print('map timed out')
        try:
            ex.map(square, [1], chunksize=0)
        except ValueError as e:
            print('ValueError:', e)
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    with ProcessPoolExecutor(2, initializer=setup, initargs=('init-ok',)) as ex:
        print(ex.submit(get_tag).result())
    ex = ProcessPoolExecutor(1)
    fs = [ex.submit(time.sleep, 0.2) for _ in range(4)]
    ex.shutdown(wait=True, cancel_futures=True)
    print('cancelled', fs[-1].cancelled(), fs[0].cancelled(), fs[0].done())
    ex.shutdown()
    for bad in (0, -2):
        try:
            ProcessPoolExecutor(bad)
        except ValueError as e:
            print('ValueError:', e)
    try:
        ProcessPoolExecutor(1, initializer='nope')
    except TypeError as e:
        print('TypeError:', e)
    ctx = mp.get_context('fork')
    with ProcessPoolExecutor(2, mp_context=ctx) as ex:
        print(sum(ex.map(square, range(100), chunksize=10)))
    print(issubclass(cf.process.BrokenProcessPool, cf.BrokenExecutor))
