# A pool worker that dies is replaced; its task's result is lost (get() with
# a timeout), the pool keeps working.  Also initializer and maxtasksperchild.
import multiprocessing as mp
import os
import time
from multiprocessing import Pool

state = {}


def die_now(code):
    os._exit(code)


def kill_self(x):
    os.kill(os.getpid(), 9)
    time.sleep(5)


def square(x):
    return x * x


def init(value):
    state['value'] = value


def get_state(_):
    return state.get('value')


def my_pid(_):
    time.sleep(0.01)
    return os.getpid()


if __name__ == '__main__':
    with Pool(2) as pool:
        lost = pool.apply_async(die_now, (3,))
        print(pool.map(square, range(6)))
        try:
            lost.get(timeout=0.3)
        except mp.TimeoutError:
            print('lost task: TimeoutError')
        killed = pool.apply_async(kill_self, (1,))
        try:
            killed.get(timeout=0.3)
        except mp.TimeoutError:
            print('killed task: TimeoutError')
        print(pool.apply(square, (12,)))
        print(sorted(pool.imap_unordered(square, range(5))))
    with Pool(2, initializer=init, initargs=('ready',)) as pool:
        print(pool.map(get_state, range(4)))
    with Pool(1, maxtasksperchild=2) as pool:
        pids = pool.map(my_pid, range(6), chunksize=1)
        print(len(set(pids)))
    print('done')
