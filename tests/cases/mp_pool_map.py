# Pool.map / starmap / imap / imap_unordered / *_async, with chunksizes
from multiprocessing import Pool
import multiprocessing as mp


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


def whoami(_):
    return mp.current_process().name.startswith('ForkPoolWorker-')


if __name__ == '__main__':
    with Pool(processes=2) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(10), chunksize=4))
        print(pool.map(square, []))
        print(pool.map(square, (x for x in range(5))))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print(pool.starmap(power, zip(range(6), [2] * 6), chunksize=2))
        print(list(pool.imap(square, range(8))))
        print(list(pool.imap(square, range(8), chunksize=3)))
        print(sorted(pool.imap_unordered(square, range(8))))
        print(sorted(pool.imap_unordered(square, range(8), chunksize=5)))
        it = pool.imap(square, [1, 2, 3])
        print(next(it), it.next(timeout=5), list(it))
        seen = []
        r = pool.map_async(square, range(6), callback=seen.append)
        print(r.get(timeout=10), r.ready(), r.successful())
        r.wait()
        print('callback got', seen)
        r = pool.starmap_async(power, [(2, 10), (5, 2)], callback=seen.append)
        print(r.get(), seen[-1])
        print(set(pool.map(whoami, range(4))))
        big = list(range(1000))
        print(sum(pool.map(square, big)), sum(pool.imap(square, big, chunksize=50)))
        try:
            pool.imap(square, [1], chunksize=0)
        except ValueError as e:
            print('ValueError:', e)
