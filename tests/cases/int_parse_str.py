# int <-> str conversions, including underscores, whitespace, signs, unicode digits.
for s in ["0", "-0", "+17", " 42 ", "0042", "1_000_000", "\t-9\n", "٤٢", "１２"]:
    print(repr(s), int(s))
for s, base in [("ff", 16), ("FF", 16), ("-ff", 16), ("0x1f", 16), ("0X1F", 0), ("1010", 2), ("0b1010", 0), ("0o777", 0), ("777", 8), ("zz", 36), ("Zz", 36), ("10", 3), ("0", 0), ("00", 0), ("0_1", 16)]:
    print(repr(s), base, int(s, base))
for s, base in [("010", 0), ("1 0", 10), ("0x", 16), ("_1", 10), ("1_", 10), ("8", 8), ("", 10), ("+-1", 10), ("12", 1)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
print(str(0), str(-123), repr(10 ** 18), str(2 ** 63 - 1), f"{-5}", "%d" % -5, str(-(10 ** 30)))
print(int(b" 5 "), int(bytearray(b"-3")), int("7" * 40) % 97)
try:
    int("12", base=2.5)
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
