# Malformed pickles: each must raise the exception CPython raises, with the
# same message (invalid opcodes, stack underflow, bad memo references, ...).
import pickle

bad = [
    b"", b".", b"(.", b"N", b"\xff", b"x", b"\\", b"'", b"\x00", b"h\x05.", b"g5\n.",
    b"j\x05\x00\x00\x00.", b"\x80\x06.", b"Lxyz\n.", b"L\n.", b"I\n.", b"Iabc\n.",
    b"I010\n.", b"I0x10\n.", b"I 5\n.", b"I01\n.", b"I00\n.", b"I1_000\n.", b"F1.5x\n.",
    b"F 2\n.", b"Fnan\n.", b"S\"abc\n.", b"S'a\\x4'\n.", b"P1\n.", b"Q.", b"N\x81.",
    b"]N\x81.", b"\x82\x00.", b"\x82\x05.", b"p-1\n.", b"N\x8b\xff\xff\xff\xff.",
    b"(N(Nu.", b"}(Nu.", b"(I1\nd.", b"\x95\x05\x00\x00\x00\x00\x00\x00\x00N.",
    b"N0.", b"(0N.", b"0", b"2.", b"(2.", b"N\x8c\x01", b"\x8c\x02\xff\xfe.",
    b"cbuiltins\nnope\n.", b"\x93.", b"NN\x93.", b"Nb.", b"}Nb.", b"}(Nb.",
    b"}NN\x86b.", b"}N]\x86b.", b"\x97.", b"I1\nI2\na.", b"]I1\nI2\na.",
    b"\x80\x04\x8c\x08builtins\x8c\x06nope.x\x93.", b"\x80\x02cbuiltins\nlen.x\n.",
    b"\x80\x04\x8c\x08__main__\x94\x8c\x0cf.<locals>.g\x94\x93\x94.",
    b"i__builtin__\nint\n.", b"(i__builtin__\nint\n.", b"(N\x92.", b"\x80\x05\x98.",
    b"(\x85.", b"N\x86.", b"NN\x87.", b"(t.", b"(1.", b"1.", b"](e.", b"(e.",
    b"\x8f(\x90.", b"N(N\x90.", b"(\x91.", b"(o.", b"cbuiltins\nint\n(o.",
    b"\x80\x02cbuiltins\nint\nN\x81.", b"\x80\x04cbuiltins\nint\n)N\x92.",
    b"\x83\x01\x00.", b"\x84\x00\x00\x00\x80.", b"cbuiltins\nlen\nNR.",
    b"q\x00.", b"Nr\x05\x00\x00\x00j\x05\x00\x00\x00.", b"Npx\n.",
    b"\x8a\x02\xff\x7f.", b"\x8a\x00.", b"\x8e\x00\x00\x00\x00\x00\x00\x00\x80.",
    b"\x95\x00\x00\x00\x00\x00\x00\x00\x80.", b"B\x00\x00\x00\x00.", b"C\x00",
    b"\x8c\x00", b"G", b"M\xff\xff.", b"cbuiltins\nint", b"c\n\n.", b"\x80",
    b"S'unterminated\n.", b"T\x05\x00\x00\x00abc", b"V\\u00e9\n.", b"X\x01\x00\x00\x00\x80.",
]
for data in bad:
    try:
        result = "ok %r" % (pickle.loads(data),)
    except Exception as e:
        result = "%s: %s" % (type(e).__name__, e)
    # The main module's repr names this file by its absolute path: drop it.
    result = result.replace(repr(__file__)[1:-1], "<this file>")
    print(data, "->", result)
