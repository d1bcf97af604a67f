# multiprocessing.Pipe and Connection: send/recv, bytes, poll, EOF, errors
import multiprocessing as mp
from multiprocessing.connection import Connection, wait


def child(conn):
    while True:
        msg = conn.recv()
        if msg == 'bye':
            conn.send_bytes(b'closing')
            conn.close()
            return
        conn.send(('echo', msg))


def writer(w, n):
    for i in range(n):
        w.send(i)
    w.close()


if __name__ == '__main__':
    a, b = mp.Pipe()
    print(type(a).__name__, isinstance(a, Connection), a.readable, a.writable, isinstance(a.fileno(), int))
    p = mp.Process(target=child, args=(b,))
    p.start()
    for msg in [1, 'two', [3, {'four': 4.0}], None, b'\x00\xff']:
        a.send(msg)
        print(a.recv())
    a.send('bye')
    print(a.recv_bytes())
    p.join()
    b.close()
    try:
        a.recv()
    except EOFError as e:
        print('EOFError', e.args)
    print(a.poll(), a.closed)
    a.close()
    print(a.closed)
    try:
        a.send(1)
    except OSError as e:
        print('OSError:', e)

    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    try:
        r.send(1)
    except OSError as e:
        print('OSError:', e)
    try:
        w.recv()
    except OSError as e:
        print('OSError:', e)
    print(r.poll(), r.poll(0.05))
    w.send_bytes(b'abcdefgh', 2, 3)
    print(r.poll(1), r.recv_bytes())
    w.send_bytes(bytearray(b'xyz'), 1)
    print(r.recv_bytes())
    for args in [(b'abc', -1), (b'abc', 5), (b'abc', 1, -1), (b'abc', 1, 5)]:
        try:
            w.send_bytes(*args)
        except ValueError as e:
            print('ValueError:', e)
    w.send_bytes(b'')
    print(repr(r.recv_bytes()))
    w.send_bytes(b'0123456789')
    buf = bytearray(12)
    print(r.recv_bytes_into(buf, 1), bytes(buf))
    w.send_bytes(b'too long for it')
    try:
        r.recv_bytes_into(bytearray(4))
    except mp.BufferTooShort as e:
        print('BufferTooShort', e.args)
    w.send_bytes(b'x' * 100)
    try:
        r.recv_bytes(maxlength=10)
    except OSError as e:
        print('OSError:', e)
    try:
        r.recv_bytes(-1)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)

    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=writer, args=(w, 50))
    p.start()
    w.close()
    total = 0
    while True:
        try:
            total += r.recv()
        except EOFError:
            break
    p.join()
    print('received sum', total)
    big = list(range(200000))
    x, y = mp.Pipe()
    q = mp.Process(target=y.send, args=(big,))
    q.start()
    print(len(x.recv()))
    q.join()
    print(wait([x], timeout=0.01), len(wait([x, y], timeout=0)) >= 0)
    with mp.Pipe()[0] as c:
        pass
    print(c.closed)
