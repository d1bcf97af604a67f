# JoinableQueue (task_done/join) and SimpleQueue between processes
import multiprocessing as mp


def consumer(q, results):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.put(item * 10)
        q.task_done()


def simple_worker(inq, outq):
    while True:
        x = inq.get()
        if x is None:
            break
        outq.put(x + 1)


if __name__ == '__main__':
    q = mp.JoinableQueue()
    results = mp.Queue()
    workers = [mp.Process(target=consumer, args=(q, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(10):
        q.put(i)
    q.join()
    print('all tasks done')
    print(sorted(results.get(timeout=10) for _ in range(10)))
    for w in workers:
        q.put(None)
    q.join()
    for w in workers:
        w.join()
    print([w.exitcode for w in workers])
    e = mp.JoinableQueue()
    e.join()
    print('join on empty queue returns')
    e.put(1)
    e.get()
    e.task_done()
    try:
        e.task_done()
    except ValueError as err:
        print('ValueError:', err)

    s_in, s_out = mp.SimpleQueue(), mp.SimpleQueue()
    print(s_in.empty())
    p = mp.Process(target=simple_worker, args=(s_in, s_out))
    p.start()
    for i in range(5):
        s_in.put(i)
    s_in.put(None)
    print([s_out.get() for _ in range(5)])
    p.join()
    print(s_out.empty(), p.exitcode)
    s_out.put({'a': [1, 2]})
    print(s_out.empty(), s_out.get())
    s_out.close()
    print(type(mp.SimpleQueue()).__name__, type(q).__name__)
