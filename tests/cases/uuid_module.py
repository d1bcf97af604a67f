# uuid: UUID construction forms, attributes, versions 1/3/4/5, ordering, pickling, errors.
import uuid, pickle, copy
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant, u.fields, u.bytes, u.bytes_le)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
for kw in [dict(bytes=u.bytes), dict(bytes_le=u.bytes_le), dict(fields=u.fields), dict(int=u.int), dict(hex="urn:uuid:12345678123456781234567812345678")]:
    print(uuid.UUID(**kw) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "http://x"), uuid.uuid3(uuid.NAMESPACE_OID, "1.2"), uuid.NAMESPACE_X500)
v4 = uuid.uuid4(); print(v4.version, v4.variant, len(str(v4)), v4 != uuid.uuid4())
v1 = uuid.uuid1(); print(v1.version, v1.variant, uuid.uuid1(node=0x123456789abc, clock_seq=5).node == 0x123456789abc)
print(uuid.UUID(int=5, version=4), uuid.UUID(int=0).version, uuid.UUID(int=(1 << 128) - 1).variant)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), hash(u) == hash(uuid.UUID(str(u))), int(u) == u.int)
print(pickle.loads(pickle.dumps(u)) == u, copy.deepcopy(u) == u, {u: 1}[uuid.UUID(u.hex)], u.is_safe)
for bad in [lambda: uuid.UUID(), lambda: uuid.UUID("xyz"), lambda: uuid.UUID("g" * 32), lambda: uuid.UUID(bytes=b"x"),
            lambda: uuid.UUID(bytes_le=b"x"), lambda: uuid.UUID(fields=(1, 2)), lambda: uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0)),
            lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=1, version=9), lambda: setattr(u, "int", 3), lambda: u < 5]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(uuid.getnode(), int), uuid.SafeUUID.safe, uuid.RFC_4122)
try: uuid.uuid5(uuid.NAMESPACE_URL, b"x")
except TypeError as e: print("TypeError", e)
