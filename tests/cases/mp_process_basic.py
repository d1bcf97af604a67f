# multiprocessing.Process: args/kwargs, exit codes, names, state checks
import multiprocessing as mp
import sys
import time


def work(a, b, *, c=0):
    print('work', a, b, c, mp.current_process().name, flush=True)


def exits(code):
    sys.exit(code)


def fails():
    raise RuntimeError('boom in child')


if __name__ == '__main__':
    p = mp.Process(target=work, args=(1, 2), kwargs={'c': 3})
    print(p.name, p.pid, p.exitcode, p.is_alive(), p.daemon)
    print(repr(p).split(' parent=')[0], repr(p).endswith(' initial>'))
    try:
        p.sentinel
    except ValueError as e:
        print('ValueError:', e)
    try:
        p.join()
    except AssertionError as e:
        print('AssertionError:', e)
    p.start()
    pid, ident, sentinel = p.pid, p.ident, p.sentinel
    p.join()
    print(isinstance(pid, int), pid == ident, isinstance(sentinel, int))
    print(p.exitcode, p.is_alive(), repr(p).endswith(' stopped exitcode=0>'))
    try:
        p.start()
    except AssertionError as e:
        print('AssertionError:', e)
    for code in (0, 3, None, 'message'):
        q = mp.Process(target=exits, args=(code,))
        q.start()
        q.join()
        print('sys.exit(%r) ->' % (code,), q.exitcode)
    q = mp.Process(target=fails)
    q.start()
    q.join()
    print('uncaught exception ->', q.exitcode)
    # names count up in the parent
    print([mp.Process().name for _ in range(3)], mp.Process(name='custom').name)
    d = mp.Process(target=time.sleep, args=(0.01,), daemon=True)
    print(d.daemon)
    d.start()
    try:
        d.daemon = False
    except AssertionError as e:
        print('AssertionError:', e)
    d.join(timeout=5)
    print(d.exitcode, repr(d).endswith(' daemon>'))
    # close()
    s = mp.Process(target=time.sleep, args=(10,))
    s.start()
    try:
        s.close()
    except ValueError as e:
        print('ValueError:', e)
    s.join(0.05)
    print('after join(0.05):', s.exitcode, s.is_alive())
    s.terminate()
    s.join()
    s.close()
    s.close()
    print(repr(s).endswith(' closed>'))
    for attr in ('exitcode', 'pid', 'sentinel'):
        try:
            getattr(s, attr)
        except ValueError as e:
            print(attr, 'ValueError:', e)
    try:
        s.is_alive()
    except ValueError as e:
        print('is_alive ValueError:', e)
    print(mp.active_children())
