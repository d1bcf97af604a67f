# selectors: a non-blocking echo server driven by a selector (poll and
# select flavours), keys, modify/unregister, errors.
import selectors
import socket


def scrub(msg, srv):
    """The message without descriptor numbers and addresses."""
    msg = msg.replace(repr(srv), "SRV").replace("(FD %d)" % srv.fileno(), "(FD N)")
    at = msg.find(" at 0x")
    if at >= 0:
        msg = msg[:at] + " at ADDR>"
    return msg


def run(sel_class):
    sel = sel_class()
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    srv.setblocking(False)
    key = sel.register(srv, selectors.EVENT_READ, "listener")
    print(key.fd == srv.fileno(), key.events, key.data, sel.get_key(srv) == key)
    clients = [socket.create_connection(srv.getsockname()) for _ in range(3)]
    for i, c in enumerate(clients):
        c.sendall(b"message %d" % i)
    echoed = 0
    accepted = 0
    replies = []
    while len(replies) < 3:
        for key, events in sel.select(timeout=2):
            if key.data == "listener":
                conn, _ = srv.accept()
                conn.setblocking(False)
                sel.register(conn, selectors.EVENT_READ, "conn")
                accepted += 1
            else:
                data = key.fileobj.recv(100)
                if data:
                    key.fileobj.sendall(data.upper())
                    echoed += 1
                else:
                    sel.unregister(key.fileobj)
                    key.fileobj.close()
        for c in clients:
            c.setblocking(False)
            try:
                r = c.recv(100)
            except BlockingIOError:
                continue
            replies.append(r)
    print(accepted, echoed, sorted(replies))
    print(len(sel.get_map()), srv in sel.get_map())
    k = sel.modify(srv, selectors.EVENT_READ | selectors.EVENT_WRITE, "both")
    print(k.events, k.data)
    k = sel.modify(srv, selectors.EVENT_READ | selectors.EVENT_WRITE, "new data")
    print(k.events, k.data)
    for bad in (lambda: sel.register(srv, selectors.EVENT_READ),
                lambda: sel.register(srv.fileno() + 1000, 0),
                lambda: sel.unregister(12345),
                lambda: sel.get_key(12345),
                lambda: sel.register(object(), selectors.EVENT_READ)):
        try:
            bad()
        except (KeyError, ValueError) as e:
            print(type(e).__name__, scrub(str(e), srv))
    print(sel.select(0) == [] or all(e for k, e in sel.select(0)))
    for c in clients:
        c.close()
    sel.unregister(srv)
    srv.close()
    sel.close()
    print(sel.get_map())
    try:
        sel.get_key(srv)
    except RuntimeError as e:
        print(e)


for cls in (selectors.DefaultSelector, selectors.PollSelector, selectors.SelectSelector):
    print(cls.__name__ in ("DefaultSelector", "EpollSelector", "PollSelector", "SelectSelector"))
    run(cls)

with selectors.DefaultSelector() as sel:
    a, b = socket.socketpair()
    sel.register(a, selectors.EVENT_WRITE)
    print([(k.fileobj is a, ev) for k, ev in sel.select(0)])
    print(sel.select(0.01) != [])
    sel.modify(a, selectors.EVENT_READ)
    print(sel.select(0.01))
    b.send(b"x")
    print([(k.fileobj is a, ev) for k, ev in sel.select(1)])
    a.close()
    b.close()
print(selectors.EVENT_READ, selectors.EVENT_WRITE, selectors.SelectorKey._fields)
