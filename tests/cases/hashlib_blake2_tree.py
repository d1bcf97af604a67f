# BLAKE2 tree-hashing parameters (fanout, depth, leaf_size, node_offset,
# node_depth, inner_size, last_node) around block boundaries, and their errors.
import hashlib
def t(f):
    try: print("ok", f())
    except Exception as e: print(type(e).__name__ + ":", e)
for ctor in (hashlib.blake2b, hashlib.blake2s):
    bs = ctor().block_size
    for kw in [dict(fanout=2), dict(fanout=0), dict(depth=2), dict(depth=255), dict(leaf_size=4096), dict(leaf_size=2**32-1),
               dict(node_offset=1), dict(node_offset=2**40), dict(node_depth=1), dict(node_depth=255), dict(inner_size=ctor.MAX_DIGEST_SIZE),
               dict(last_node=True), dict(fanout=2, depth=2, leaf_size=1024, node_offset=3, node_depth=1, inner_size=32, last_node=True),
               dict(fanout=4, key=b'secret', salt=b'salt', person=b'me', digest_size=20)]:
        for n in (0, 3, bs - 1, bs, bs + 1, 3 * bs):
            t(lambda: (n, sorted(kw), ctor(b'q' * n, **kw).hexdigest()))
        h = ctor(**kw); h.update(b'a' * 100); c = h.copy(); c.update(b'b' * 300)
        t(lambda: (h.hexdigest()[:16], c.hexdigest()[:16], c.name, c.digest_size))
    t(lambda: ctor(depth=0))
    t(lambda: ctor(depth=256))
    t(lambda: ctor(leaf_size=-1))
    t(lambda: ctor(leaf_size=2**32))
    t(lambda: ctor(node_offset=-1))
    t(lambda: ctor(node_offset=2**48).name)
    t(lambda: ctor(node_depth=-1))
    t(lambda: ctor(inner_size=-1))
    t(lambda: ctor(inner_size=65))
    t(lambda: ctor(fanout=-1))
