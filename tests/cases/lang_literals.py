# Numeric and string literal forms.
print(0x1F, 0o17, 0b101, 1_000_000, 0x_ff, 0b_1_0)
print(1e3, 1.5e-3, 2E2, .5, 5., 1_0.0_1, 0e0)
print(3j, 1.5j, 1e2j, 0j)
print(10 ** 30, 0xFFFFFFFFFFFFFFFFFFFF)
print('single', "double", '''triple
quoted''', """also
triple""")
print("tab\there", "newline\\n", 'quote\'s', "dq\"s")
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\101")
print(r"raw\n\t", R"RAW\d", len(r"\n"))
print(b"bytes", B"\x00\xff", rb"\n", br"\d")
print("implicit" " concat" ' works')
print(("a"
       "b"))
print(len("\0"), ord("\0"), "\a\b\f\v" == "\x07\x08\x0c\x0b")
print(True, False, None, ...)
print([], (), {}, [1, ], (1,), {1: 2, }, {1, 2})
print(type(...), type(None).__name__, type(NotImplemented).__name__)
print("\N{BULLET}", "\u2022" == "\N{BULLET}")
s = "multi\
line"
print(s)
x = 1 + \
    2
print(x)
print(0 == 0.0 == 0j, 1 == 1.0, -0.0 == 0.0)
print(00, 0_0)
