"""The seeds' multiprocessing program: two countdowns run by a Pool of two
worker processes (about half the one-process time on two cores), sized to
take about 1 s on CPython 3.11.  Prints a checksum, not a time."""

from multiprocessing import Pool

COUNT = 76_000_000


def countdown(n):
    while n > 0:
        n -= 1
    return n


if __name__ == '__main__':
    pool = Pool(processes=2)
    r1 = pool.apply_async(countdown, [COUNT // 2])
    r2 = pool.apply_async(countdown, [COUNT // 2])
    pool.close()
    pool.join()
    print("mp_pool", COUNT, r1.get(), r2.get())
