"""Pool overhead: start a Pool of two processes, run 1000 tiny tasks with
apply_async, close and join.  Prints a checksum, not a time."""

from multiprocessing import Pool

TASKS = 1000


def tiny(x):
    return x * 2 + 1


if __name__ == '__main__':
    pool = Pool(processes=2)
    results = [pool.apply_async(tiny, (i,)) for i in range(TASKS)]
    pool.close()
    pool.join()
    print("mp_tasks", TASKS, sum(r.get() for r in results))
