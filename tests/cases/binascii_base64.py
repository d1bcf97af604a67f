# binascii: b2a_base64 (newline) and a2b_base64, non-strict skipping and strict_mode errors.
import binascii

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

for d in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(40)), bytearray(b"\xff\xfe\xfd")]:
    print(binascii.b2a_base64(d), binascii.b2a_base64(d, newline=False))
show(binascii.b2a_base64, "str")
show(binascii.b2a_base64, 7)

cases = [b"", b"YQ==", b"YWI=", b"YWJj", "YWJj", b"YQ", b"YQ=", b"YQ===", b"Y", b"Y===", b"YW Jj",
         b"YW\nJj\n", b"=YWJj", b"YW=Jj", b"YWJj=", b"YWJj==", b"YWJj=YQ==", b"YQ==YQ==",
         b"YQ==\n", b"YWJjZ", b"YWJjZA", b"YWJjZ=", b"YW==Jj", b"!YWJj", b"YR==", b"\xffYWJj",
         b"YWJjZGVmZ2hp", b"YWJjZGVmZ2hpZ", b"a===", b"ab==", b"abc="]
for c in cases:
    print(repr(c))
    show(binascii.a2b_base64, c)
    show(binascii.a2b_base64, c, strict_mode=True)
show(binascii.a2b_base64, "caf\u00e9")
show(binascii.a2b_base64, 3.5)
show(binascii.a2b_base64, bytearray(b"eHl6"))

data = bytes(range(256)) * 3
enc = binascii.b2a_base64(data)
print(len(enc), binascii.a2b_base64(enc) == data, binascii.a2b_base64(enc[:-1], strict_mode=True) == data)
noisy = b"\n".join(enc[i:i + 10] for i in range(0, len(enc), 10))
print(binascii.a2b_base64(noisy) == data)
show(binascii.a2b_base64, noisy, strict_mode=True)
