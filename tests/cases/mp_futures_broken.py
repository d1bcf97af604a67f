# ProcessPoolExecutor: a worker that dies breaks the pool; every pending
# future gets BrokenProcessPool instead of hanging
import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def square(x):
    return x * x


def die(code):
    os._exit(code)


def kill_self():
    os.kill(os.getpid(), 9)   # SIGKILL
    time.sleep(5)


def show(f):
    try:
        return f.result(timeout=30)
    except BrokenProcessPool as e:
        return 'BrokenProcessPool: %s (cause %s)' % (e, e.__cause__)


if __name__ == '__main__':
    ex = ProcessPoolExecutor(max_workers=1)
    print(ex.submit(square, 5).result())
    fs = [ex.submit(die, 1), ex.submit(square, 2), ex.submit(square, 3)]
    for f in fs:
        print(show(f))
    try:
        ex.submit(square, 1)
    except BrokenProcessPool as e:
        print('submit:', e)
    ex.shutdown()

    with ProcessPoolExecutor(max_workers=2) as ex:
        print(sorted(ex.map(square, range(4))))
        f = ex.submit(kill_self)
        print(show(f))
        try:
            list(ex.map(square, range(3)))
        except BrokenProcessPool as e:
            print('map:', type(e).__name__)
    print('still here')
