# multiprocessing.Queue between processes: blocking, timeouts, Empty/Full,
# qsize/empty/full, close/join_thread
import multiprocessing as mp
import queue
import time


def producer(q, n):
    for i in range(n):
        q.put(('item', i, [i] * (i % 3)))
    q.put(None)


def echo(inq, outq):
    for obj in iter(inq.get, 'STOP'):
        outq.put(obj)


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 20))
    p.start()
    got = list(iter(q.get, None))
    p.join()
    print(len(got), got[:3], got[-1], p.exitcode)

    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print('Empty after timeout')
    try:
        q.get_nowait()
    except queue.Empty:
        print('Empty (nowait)')
    try:
        q.get(False)
    except queue.Empty:
        print('Empty (block=False)')

    b = mp.Queue(maxsize=2)
    b.put(1)
    b.put(2)
    print(b.full(), b.qsize())
    try:
        b.put(3, timeout=0.05)
    except queue.Full:
        print('Full after timeout')
    try:
        b.put_nowait(3)
    except queue.Full:
        print('Full (nowait)')
    print(b.get(), b.get(), b.full())
    time.sleep(0.05)
    print(b.empty(), b.qsize())

    inq, outq = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=echo, args=(inq, outq)) for _ in range(3)]
    for w in workers:
        w.start()
    data = [{'n': i, 's': 'x' * i} for i in range(30)] + [b'bytes', 3.5, None, (1, 2)]
    for obj in data:
        inq.put(obj)
    out = [outq.get(timeout=10) for _ in data]
    for w in workers:
        inq.put('STOP')
    for w in workers:
        w.join()
    print(sorted(map(repr, out)) == sorted(map(repr, data)), [w.exitcode for w in workers])

    big = mp.Queue()
    big.put(list(range(100000)))
    print(sum(big.get(timeout=10)))

    c = mp.Queue()
    c.put('last')
    print(c.get())
    c.close()
    c.join_thread()
    try:
        c.put(1)
    except ValueError as e:
        print('ValueError:', str(e).endswith('is closed'))
    try:
        c.get()
    except ValueError as e:
        print('ValueError:', str(e).endswith('is closed'))
    d = mp.Queue()
    d.cancel_join_thread()
    d.put(5)
    print(d.get())
    try:
        mp.Queue().join_thread()
    except AssertionError as e:
        print('AssertionError:', str(e).endswith('not closed'))
