# Python 2 style pickles (STRING, BINSTRING, INST, OBJ, LONG, __builtin__ and
# copy_reg names), decoding 8-bit strings, and fix_imports.
import pickle


class Old:
    pass


def show(x):
    if isinstance(x, Old):
        return "Old %r" % sorted(x.__dict__.items())
    return repr(x)


PY2 = [
    b"(dp0\nS'key'\np1\nS'val\\n'\np2\nsS'n'\nL12345678901234567890L\nsS'u'\nVuni\\u00e9\np3\ns.",
    b"(i__main__\nOld\np0\n(dp1\nS'x'\nI1\nsb.",
    b"(c__main__\nOld\no}S'y'\nI2\nsb.",
    b"ccopy_reg\n_reconstructor\np0\n(c__main__\nOld\np1\nc__builtin__\nobject\np2\nNtp3\nRp4\n(dp5\nS'z'\nI3\nsb.",
    b"c__builtin__\nxrange\n(I0\nI5\nI1\ntR.",
    b"c__builtin__\nunicode\n(S'abc'\ntR.",
    b"cexceptions\nValueError\n(S'boom'\ntR.",
    b"\x80\x02U\x05hello.",
    b"T\x05\x00\x00\x00hello.",
    b"S'\\x41\\101\\t\\''\n.",
    b'S"dq"\n.',
    b"(I1\nI2\nI3\nt.",
    b"(lp0\nI1\naI00\naI01\na.",
    b"c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n.",
]
for data in PY2:
    try:
        print(show(pickle.loads(data)))
    except Exception as e:
        print(type(e).__name__, e)

latin = b"\x80\x02U\x04caf\xe9q\x00."
for enc in ("ASCII", "latin1", "bytes"):
    try:
        print(enc, repr(pickle.loads(latin, encoding=enc)))
    except Exception as e:
        print(enc, type(e).__name__)
for fix in (True, False):
    try:
        print(fix, pickle.loads(b"c__builtin__\nxrange\n(I2\ntR.", fix_imports=fix))
    except Exception as e:
        print(fix, type(e).__name__, e)
    print(fix, pickle.dumps(range(2), 2, fix_imports=fix))
