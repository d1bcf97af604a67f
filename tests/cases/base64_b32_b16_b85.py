# base64: Base32 (std and hex), Base16, Base85 and Ascii85 encoders and decoders, with errors.
import base64

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

samples = [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", b"abcdef", b"\x00\x00\x00\x00",
           b"    ", b"\xff" * 7, b"Hello, World!"]
for d in samples:
    print(base64.b32encode(d), base64.b32hexencode(d), base64.b16encode(d))
    print("  ", base64.b85encode(d), base64.b85encode(d, pad=True), base64.a85encode(d),
          base64.a85encode(d, foldspaces=True), base64.a85encode(d, adobe=True))
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.b85decode(base64.b85encode(d)) == d
    assert base64.a85decode(base64.a85encode(d)) == d
    assert base64.a85decode(base64.a85encode(d, adobe=True), adobe=True) == d

for s in [b"ME======", b"MFRA====", b"MFRGG===", b"MFRGGZA=", b"MFRGGZDF", "MFRGGZDF", b"ME", b"ME=",
          b"me======", b"M1======", b"========", b"MFRGGZDFMFRGGZD=", b"MF=A====", b"MFRGG1=="]:
    show(base64.b32decode, s)
show(base64.b32decode, b"mfrgg===", casefold=True)
show(base64.b32decode, b"MFRGG01=", map01=b"L")
show(base64.b32decode, b"MFRGG01=", map01="I")
show(base64.b32hexdecode, b"C5H66===")
show(base64.b32hexdecode, b"c5h66===", casefold=True)

for s in [b"616263", "4A4b", b"4a4b", b"616", b"61 62", b"6G"]:
    show(base64.b16decode, s)
show(base64.b16decode, b"4a4b", casefold=True)

for s in [b"VPRom", b"VPRo", b"VPR", b"VP", b"V", b"~~~~~", b"VP\x00Rom", b"{{{{{", b"|NsC0|NsC0"]:
    show(base64.b85decode, s)
for s in [b"@:E_WAH", b"<~@:E_WAH~>", b"z", b"zz@:E_", b"@:z", b"@:E_ WAH\n", b"y", b"s8W-\"",
          b"uuuuu", b"@:E_\x00", b"~"]:
    show(base64.a85decode, s)
    show(base64.a85decode, s, adobe=True)
show(base64.a85decode, b"yy", foldspaces=True)
show(base64.a85decode, b"@y", foldspaces=True)
show(base64.a85decode, b"@:E_ WAH", ignorechars=b"")
print(base64.a85encode(b"x" * 30, wrapcol=10))
print(base64.a85encode(b"x" * 30, wrapcol=10, adobe=True))
print(base64.a85encode(b"x" * 5, wrapcol=1, adobe=True), base64.a85encode(b"xyz", pad=True))
print(base64.__all__)
