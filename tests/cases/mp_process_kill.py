# terminate(), kill(), os._exit and exit codes shown as signal names
import multiprocessing as mp
import os
import time


def sleeper(n):
    time.sleep(n)


def hard_exit(code):
    os._exit(code)


def kill_self(sig):
    os.kill(os.getpid(), sig)
    time.sleep(5)


def tail(p):
    return repr(p).split(' parent=')[1].split(' ', 1)[1]


if __name__ == '__main__':
    p = mp.Process(target=sleeper, args=(30,))
    p.start()
    print(p.is_alive(), tail(p))
    p.terminate()
    p.join()
    print(p.exitcode, p.is_alive(), tail(p))

    p = mp.Process(target=sleeper, args=(30,), name='victim')
    p.start()
    p.kill()
    p.join()
    print(p.exitcode, tail(p), repr(p).startswith("<Process name='victim'"))

    p = mp.Process(target=hard_exit, args=(7,))
    p.start()
    p.join()
    print('os._exit(7) ->', p.exitcode, tail(p))

    p = mp.Process(target=kill_self, args=(2,))
    p.start()
    p.join()
    print('SIGINT ->', p.exitcode)

    # terminate after the end is harmless
    p.terminate()
    p.kill()
    print(p.exitcode)

    # several children, reaped by join with a timeout
    ps = [mp.Process(target=sleeper, args=(30,)) for _ in range(3)]
    for q in ps:
        q.start()
    print(len(mp.active_children()))
    for q in ps:
        q.join(0.01)
    print([q.exitcode for q in ps])
    for q in ps:
        q.terminate()
    for q in ps:
        q.join()
    print([q.exitcode for q in ps], mp.active_children())
