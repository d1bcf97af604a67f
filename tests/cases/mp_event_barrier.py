# Event, Condition and Barrier across processes
import multiprocessing as mp
import threading


def waiter(evt, out, i):
    ok = evt.wait(10)
    out.put((i, ok))


def at_barrier(bar, out, i):
    n = bar.wait()
    out.put(n)


def cond_waiter(cond, state, out):
    with cond:
        ok = cond.wait_for(lambda: state.value == 3, timeout=10)
        out.put(('saw', state.value, ok))


def breaker(bar):
    try:
        bar.wait()
    except threading.BrokenBarrierError:
        pass


if __name__ == '__main__':
    evt = mp.Event()
    print(evt.is_set(), evt.wait(0.01))
    out = mp.Queue()
    ps = [mp.Process(target=waiter, args=(evt, out, i)) for i in range(3)]
    for p in ps:
        p.start()
    evt.set()
    print(sorted(out.get(timeout=10) for _ in ps))
    for p in ps:
        p.join()
    print(evt.is_set(), evt.wait())
    evt.clear()
    print(evt.is_set(), evt.wait(0.01))

    bar = mp.Barrier(3)
    print(bar.parties, bar.n_waiting, bar.broken)
    ps = [mp.Process(target=at_barrier, args=(bar, out, i)) for i in range(2)]
    for p in ps:
        p.start()
    idx = bar.wait()
    print(sorted([idx] + [out.get(timeout=10) for _ in ps]))
    for p in ps:
        p.join()
    # a second round through the same barrier
    ps = [mp.Process(target=at_barrier, args=(bar, out, i)) for i in range(2)]
    for p in ps:
        p.start()
    idx = bar.wait()
    print(sorted([idx] + [out.get(timeout=10) for _ in ps]))
    for p in ps:
        p.join()
    b2 = mp.Barrier(2, timeout=0.05)
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        print('BrokenBarrierError after timeout', b2.broken)
    b2.reset()
    print(b2.broken, b2.n_waiting)
    b3 = mp.Barrier(3)
    p = mp.Process(target=breaker, args=(b3,))
    p.start()
    b3.abort()
    p.join()
    print('aborted', b3.broken, p.exitcode)

    cond = mp.Condition()
    state = mp.Value('i', 0)
    p = mp.Process(target=cond_waiter, args=(cond, state, out))
    p.start()
    for i in range(1, 4):
        with cond:
            state.value = i
            cond.notify_all()
    print(out.get(timeout=10))
    p.join()
    with cond:
        print(cond.wait(0.01))
    try:
        cond.wait(0.01)
    except AssertionError as e:
        print('AssertionError:', e)
    with cond:
        cond.notify()
    print(type(cond).__name__, type(evt).__name__, type(bar).__name__)
