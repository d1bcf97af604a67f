# Extreme indices, widths, steps and escapes: errors or results, never a crash.
def t(f):
    try:
        r = repr(f())
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(r[:80])
t(lambda: 'abc'[::-(2**63)]); t(lambda: b'abc'[::2**100]); t(lambda: 'abc'[::-2**100]); t(lambda: 'abc'.center(-2**63))
t(lambda: 'x'.expandtabs(-2**31)); t(lambda: b'xyz'.hex(':', -2**31)); t(lambda: b'xyz'.hex(':', 2**31)); t(lambda: 'abc'.find('', 2**62))
t(lambda: bytes(-0)); t(lambda: bytearray(2**62)); t(lambda: 'a'.ljust(2**62)); t(lambda: b'a'.center(2**62)); t(lambda: 'ab'.replace('', 'x' * 2**20, 2**62)[:3])
def dl():
    ba = bytearray(b'abcdef'); del ba[::2**62]; return ba
t(dl)
def dl2():
    ba = bytearray(b'abcdef'); del ba[-1:-2**62:-2**61]; return ba
t(dl2)
def sl():
    ba = bytearray(b'abcdef'); ba[-2**62:2**62:2**61] = b'Z'; return ba
t(sl)
t(lambda: 'abcdef'[2**62:-2**62:-3]); t(lambda: b'abcdef'[-1:-2**70:-2]); t(lambda: 'é中'[-2**70:2**70])
t(lambda: 'x'.zfill(-5)); t(lambda: b'x'.zfill(2**63))
t(lambda: bytearray(b'x').insert(-2**63, 65)); t(lambda: bytearray(b'x').insert(2**63 - 1, 65)); t(lambda: bytearray(b'xy').pop(-2**63))
t(lambda: 'abc'.count('', -2**63, 2**63 - 1)); t(lambda: b'abc'.startswith(b'', 2**63 - 1)); t(lambda: 'abc'.split(None, 2**63 - 1)); t(lambda: 'a b'.rsplit(' ', -2**63))
t(lambda: b'\\N{abc}'.decode('unicode_escape')); t(lambda: b'\\N'.decode('unicode_escape')); t(lambda: b'\\N{'.decode('unicode_escape')); t(lambda: b'\\U0000004'.decode('unicode_escape'))
t(lambda: b'\\\\u0041\\u0041\\u00'.decode('raw_unicode_escape')); t(lambda: b'\\U00110000'.decode('raw_unicode_escape')); t(lambda: b'\\'.decode('raw_unicode_escape'))
for d in (b'\\N{}x', b'\\Nx', b'a\\N{', b'\\N{abc}z'):
    for e in ('strict', 'replace', 'backslashreplace'):
        t(lambda: d.decode('unicode_escape', e))
