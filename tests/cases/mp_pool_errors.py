# Exceptions raised in Pool workers reach the parent with the remote
# traceback attached as __cause__
import multiprocessing as mp
from multiprocessing import Pool


class CustomError(Exception):
    pass


def divide(a, b):
    return a / b


def check(x):
    if x == 3:
        raise CustomError('three is not allowed')
    return x


def unpicklable_result(x):
    return lambda: x


def describe(e):
    cause = e.__cause__
    print(type(e).__name__, '|', e, '|', type(cause).__name__)
    if cause is not None:
        lines = str(cause).split('\n')
        print('  cause starts', lines[:3][0] == '', lines[1], lines[2])
        print('  cause ends', lines[-2:])
        print('  mentions function', any('divide' in l or 'check' in l for l in lines))


if __name__ == '__main__':
    with Pool(2) as pool:
        try:
            pool.apply(divide, (1, 0))
        except ZeroDivisionError as e:
            describe(e)
        try:
            pool.map(check, range(6))
        except CustomError as e:
            describe(e)
        it = pool.imap(check, range(5))
        out = []
        while True:
            try:
                out.append(next(it))
            except StopIteration:
                break
            except CustomError as e:
                out.append('error: %s' % e)
        print(out)
        print(sorted(map(str, pool.imap_unordered(check, [1, 2]))))
        r = pool.map_async(check, [3, 4, 3], error_callback=lambda e: print('error_callback', repr(e)))
        r.wait()
        print(r.successful())
        try:
            pool.apply(unpicklable_result, (1,))
        except Exception as e:
            print('result not picklable:', type(e).__name__, 'Error sending result' in str(e))
        try:
            pool.apply(lambda: 1)
        except Exception as e:
            print('task not picklable:', isinstance(e, Exception))
        # the pool still works
        print(pool.starmap(divide, [(1, 2), (9, 3)]))
        print(issubclass(mp.pool.RemoteTraceback, Exception))
