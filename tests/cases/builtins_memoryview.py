m = memoryview(b'abc'); print(m[0], bytes(m[1:]), len(m), m.readonly, m.format, m.nbytes)
ba = bytearray(b'hello world'); mv = memoryview(ba); mv[1:3] = b'xy'; print(ba)
mv[0] = 72; print(ba, mv.tolist()[:3], mv[::-1].tobytes(), mv[::2].tobytes())
x = bytearray(8); v = memoryview(x).cast('i'); v[1] = -5; print(x, v.tolist(), len(v), v.itemsize)
print(bytes(memoryview(b'xyz')), b'ab' + memoryview(b'cd'), memoryview(b'ab') == b'ab')
try: m[0] = 1
except TypeError as e: print(e)
try: memoryview('s')
except TypeError as e: print(e)
with memoryview(b'q') as q: pass
try: q[0]
except ValueError as e: print(e)
print(memoryview(b'\x01\x02').hex(), hash(memoryview(b'ab')) == hash(b'ab'))
print(list(memoryview(b'hi')), bytearray(memoryview(b'zz')))
