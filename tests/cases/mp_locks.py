# Lock, RLock, Semaphore, BoundedSemaphore shared with child processes
import multiprocessing as mp
import time


def hold(lock, started, release_evt):
    with lock:
        started.release()
        release_evt.acquire()


def try_lock(lock, out):
    out.put(lock.acquire(timeout=0.05))


def count_sem(sem, value):
    with value.get_lock():
        value.value += 1
    sem.release()


def slots(sem, active, peak, lock):
    with sem:
        with lock:
            active.value += 1
            peak.value = max(peak.value, active.value)
        time.sleep(0.02)
        with lock:
            active.value -= 1


if __name__ == '__main__':
    lock = mp.Lock()
    print(lock)
    print(lock.acquire(), lock)
    print(lock.acquire(False), lock.acquire(timeout=0.01))
    lock.release()
    print(lock)
    try:
        mp.Semaphore(1).release() or print('Semaphore release beyond start is allowed')
        mp.BoundedSemaphore(1).release()
    except ValueError as e:
        print('ValueError:', e)

    started, release_evt = mp.Semaphore(0), mp.Semaphore(0)
    p = mp.Process(target=hold, args=(lock, started, release_evt))
    p.start()
    started.acquire()
    print('held by child:', lock, lock.acquire(timeout=0.05))
    out = mp.Queue()
    q = mp.Process(target=try_lock, args=(lock, out))
    q.start()
    print('other child got it:', out.get(timeout=10))
    q.join()
    release_evt.release()
    p.join()
    print('free again:', lock.acquire(timeout=5), lock)
    lock.release()

    r = mp.RLock()
    print(r)
    with r:
        with r:
            print(r)
    print(r)
    try:
        r.release()
    except AssertionError as e:
        print('AssertionError:', e)

    sem = mp.Semaphore(0)
    value = mp.Value('i', 0)
    ps = [mp.Process(target=count_sem, args=(sem, value)) for _ in range(3)]
    for p in ps:
        p.start()
    for _ in ps:
        sem.acquire()
    for p in ps:
        p.join()
    print('semaphore counted', value.value, sem.get_value(), sem)
    b = mp.BoundedSemaphore(2)
    print(b, b.acquire(), b.get_value())
    b.release()

    sem = mp.Semaphore(2)
    active, peak = mp.RawValue('i', 0), mp.RawValue('i', 0)
    guard = mp.Lock()
    ps = [mp.Process(target=slots, args=(sem, active, peak, guard)) for _ in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('at most 2 at once:', peak.value <= 2, active.value, sem.get_value())
