# The seeds' Pool program (two countdowns in two worker processes), smaller
from multiprocessing import Pool
import time

COUNT = 200000


def countdown(n):
    while n > 0:
        n -= 1
    return n


if __name__ == '__main__':
    pool = Pool(processes=2)
    start = time.time()
    r1 = pool.apply_async(countdown, [COUNT // 2])
    r2 = pool.apply_async(countdown, [COUNT // 2])
    pool.close()
    pool.join()
    end = time.time()
    print('results', r1.get(), r2.get(), r1.successful(), r2.successful())
    print('took a non-negative time', end - start >= 0)
