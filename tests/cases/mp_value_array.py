# Value and Array in shared memory: 4 processes incrementing under the lock,
# raw values and arrays, typecodes, char arrays
import multiprocessing as mp
from multiprocessing import sharedctypes


def increment(counter, arr, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
        with arr.get_lock():
            for i in range(len(arr)):
                arr[i] += 1


def fill(raw, text):
    for i in range(len(raw)):
        raw[i] = i * i
    text.value = b'from child'


if __name__ == '__main__':
    counter = mp.Value('i', 0)
    arr = mp.Array('d', [0.5, 1.5, 2.5])
    ps = [mp.Process(target=increment, args=(counter, arr, 250)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(counter.value, arr[:], counter)
    print(type(counter).__name__, type(arr).__name__, counter.get_lock())

    raw = mp.RawArray('i', 6)
    text = mp.Array('c', 16)
    p = mp.Process(target=fill, args=(raw, text))
    p.start()
    p.join()
    print(raw[:], list(raw), raw[-1], raw[1:4], raw[::2], len(raw))
    print(text.value, text.raw[:12], len(text), type(text).__name__)

    for code in 'bBhHiIlLqQfdc':
        v = mp.RawValue(code)
        print(code, v, end='; ')
    print()
    print(mp.RawValue('d', 2.5), mp.RawValue('i', 7).value, mp.Value('c', b'x').value)
    v = mp.RawValue('i')
    v.value = 2 ** 32 + 5
    print('wraps', v.value)
    u = mp.RawValue('B', 300)
    print('wraps', u.value)
    for bad in ('x', 1.5):
        try:
            v.value = bad
        except TypeError as e:
            print('TypeError:', e)
    f = mp.RawValue('d')
    f.value = 3
    print(f.value, mp.RawValue('f', 0.5).value)
    try:
        f.value = 'no'
    except TypeError as e:
        print('TypeError:', e)
    c = mp.RawArray('c', b'hello\x00world')
    print(c.value, c.raw, c[0], c[1:3])
    c.value = b'HI'
    print(c.raw)
    a = mp.RawArray('i', range(5))
    a[1:3] = [10, 20]
    print(a[:])
    try:
        a[0:2] = [1]
    except ValueError as e:
        print('ValueError:', e)
    try:
        a[5]
    except IndexError as e:
        print('IndexError:', e)
    nolock = mp.Value('i', 3, lock=False)
    print(nolock, hasattr(nolock, 'get_lock'))
    shared_lock = mp.Lock()
    w = mp.Value('h', 1, lock=shared_lock)
    print(w.get_lock() is shared_lock, w.value)
    s = mp.Array('i', [1, 2, 3])
    print(len(s), s[0], s[:], s.get_obj()[:])
    s[0] = 100
    print(s[:], sharedctypes.synchronized(mp.RawValue('i', 4)).value)
    print(sorted(sharedctypes.typecode_to_type)[:5])
