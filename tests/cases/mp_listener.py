# multiprocessing.connection.Listener / Client over AF_UNIX and AF_INET,
# with and without an authkey
import multiprocessing as mp
from multiprocessing.connection import Listener, Client, wait


def client(address, key):
    with Client(address, authkey=key) as c:
        msg = c.recv()
        c.send(('echo', msg))
        c.send_bytes(b'raw bytes')


def bad_client(address, out):
    try:
        Client(address, authkey=b'wrong key')
    except mp.AuthenticationError as e:
        out.put('client: %s' % e)


if __name__ == '__main__':
    for family in ('AF_UNIX', 'AF_INET'):
        with Listener(family=family, authkey=b'secret') as listener:
            addr = listener.address
            print(family, type(addr).__name__)
            p = mp.Process(target=client, args=(addr, b'secret'))
            p.start()
            with listener.accept() as conn:
                conn.send({'n': 1, 'family': family})
                print(conn.recv(), conn.recv_bytes())
                print(type(listener.last_accepted).__name__)
            p.join()
            out = mp.Queue()
            p = mp.Process(target=bad_client, args=(addr, out))
            p.start()
            try:
                listener.accept()
            except mp.AuthenticationError as e:
                print('server:', e)
            p.join()
            print(out.get(timeout=10))
    with Listener() as listener:
        c = Client(listener.address)
        s = listener.accept()
        print(wait([s], timeout=0.01))
        c.send([1, 2, 3])
        print(wait([s], timeout=5) == [s], s.recv())
        c.close()
        try:
            s.recv()
        except EOFError:
            print('EOFError after the client closed')
        s.close()
    try:
        listener.accept()
    except OSError as e:
        print('OSError:', e)
    try:
        Listener(authkey='not bytes')
    except TypeError as e:
        print('TypeError:', e)
    try:
        Client(42)
    except TypeError as e:
        print('TypeError:', e)
