# BLAKE2: digest_size, key, salt, person, and the class constants.
import hashlib

for ctor in (hashlib.blake2b, hashlib.blake2s):
    print(ctor.__name__, ctor.SALT_SIZE, ctor.PERSON_SIZE, ctor.MAX_KEY_SIZE, ctor.MAX_DIGEST_SIZE)
    print(ctor().hexdigest())
    print(ctor(b"abc").hexdigest())
    for size in (1, 16, 20, ctor.MAX_DIGEST_SIZE):
        h = ctor(b"hello", digest_size=size)
        print(size, h.digest_size, h.hexdigest())
    print(ctor(b"msg", key=b"secret key").hexdigest())
    print(ctor(key=b"k" * ctor.MAX_KEY_SIZE).hexdigest())
    print(ctor(b"x" * 200, key=b"k" * ctor.MAX_KEY_SIZE).hexdigest())
    print(ctor(b"msg", salt=b"salty").hexdigest())
    print(ctor(b"msg", person=b"me").hexdigest())
    print(ctor(b"msg", salt=b"s" * ctor.SALT_SIZE, person=b"p" * ctor.PERSON_SIZE).hexdigest())
    print(ctor(b"msg", key=b"key", salt=b"salt", person=b"person", digest_size=12).hexdigest())
    h = ctor(key=b"key", digest_size=24)
    h.update(b"part one, ")
    c = h.copy()
    h.update(b"part two")
    print(h.hexdigest() == ctor(b"part one, part two", key=b"key", digest_size=24).hexdigest())
    print(c.hexdigest() == ctor(b"part one, ", key=b"key", digest_size=24).hexdigest())
    print(h.name, h.block_size, c.digest_size)
    # keyed, block-sized messages (the key block must not be final too early)
    bs = h.block_size
    for n in (0, 1, bs - 1, bs, bs + 1, 2 * bs):
        print(n, ctor(b"m" * n, key=b"K").hexdigest()[:32])
    # default tree parameters are accepted
    print(ctor(b"t", fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
               inner_size=0, last_node=False).hexdigest()[:16])

for bad in [dict(digest_size=0), dict(digest_size=65), dict(key=b"k" * 65),
            dict(salt=b"s" * 17), dict(person=b"p" * 17), dict(key="text"),
            dict(fanout=256), dict(depth=0), dict(node_depth=300), dict(foo=1)]:
    try:
        hashlib.blake2b(**bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [dict(digest_size=33), dict(key=b"k" * 33), dict(salt=b"s" * 9), dict(person=b"p" * 9)]:
    try:
        hashlib.blake2s(**bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    hashlib.blake2b(b"a", b"b")
except TypeError as e:
    print(e)
try:
    hashlib.blake2s("text")
except TypeError as e:
    print(e)
