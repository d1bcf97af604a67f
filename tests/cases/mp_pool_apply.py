# Pool.apply / apply_async, AsyncResult, callbacks, close/join/terminate
import multiprocessing as mp
import time
from multiprocessing import Pool


def add(a, b=0):
    return a + b


def slow(x):
    time.sleep(x)
    return x


def fail(msg):
    raise KeyError(msg)


if __name__ == '__main__':
    pool = Pool(2)
    print(repr(pool).replace(' object at', ''))
    print(pool.apply(add, (1, 2)), pool.apply(add, (5,), {'b': 10}))
    got = []
    r = pool.apply_async(add, (3, 4), callback=got.append)
    print(r.get(), r.ready(), r.successful())
    r.wait(5)
    print('callback:', got)
    errs = []
    r = pool.apply_async(fail, ('nope',), error_callback=lambda e: errs.append(repr(e)))
    r.wait()
    print(r.ready(), r.successful(), errs)
    try:
        r.get()
    except KeyError as e:
        print('KeyError:', e, type(e.__cause__).__name__)
    r = pool.apply_async(slow, (0.5,))
    print(r.ready())
    try:
        r.successful()
    except ValueError as e:
        print('ValueError:', str(e).endswith('not ready'))
    try:
        r.get(timeout=0.01)
    except mp.TimeoutError as e:
        print('TimeoutError', type(e).__module__, isinstance(e, mp.ProcessError))
    r.wait(0.01)
    print(r.ready(), r.get(timeout=10))
    results = [pool.apply_async(add, (i, i)) for i in range(50)]
    print(sum(x.get() for x in results))
    pool.close()
    try:
        pool.apply_async(add, (1,))
    except ValueError as e:
        print('ValueError:', e)
    try:
        pool.map(add, [1])
    except ValueError as e:
        print('ValueError:', e)
    pool.join()
    print(repr(pool).replace(' object at', ''))
    pool = Pool(2)
    try:
        pool.join()
    except ValueError as e:
        print('ValueError:', e)
    r = pool.apply_async(slow, (30,))
    pool.terminate()
    pool.join()
    print('terminated', r.ready())
    for bad in (0, -1):
        try:
            Pool(bad)
        except ValueError as e:
            print('ValueError:', e)
    try:
        Pool(1, maxtasksperchild=0)
    except ValueError as e:
        print('ValueError:', e)
    try:
        Pool(1, initializer=3)
    except TypeError as e:
        print('TypeError:', e)
    with Pool(1) as p:
        print(p.apply(add, (40, 2)))
    try:
        with p:
            pass
    except ValueError as e:
        print('ValueError:', e)
