# Formatting integers: thousands separators, padding, bases, signs, big values, %-style.
for n in [0, 5, -5, 1000, -1234567, 10 ** 12, 2 ** 100]:
    print(f"{n:,} | {n:_} | {n:>15,} | {n:+d} | {n:015d} | {n:x} | {n:#o} | {n:e}")
print(format(1234, "08,"), format(-1234, "08,"), format(1234, "=+10"), format(255, "#010b"))
print("%05d|%-5d|%+5d|% d|%x|%X|%o|%#x" % (42, 42, 42, 42, 3054, 3054, 8, 255))
print(str(10 ** 50), repr(-10 ** 50), len(str(2 ** 4000)))
print("{:,d}".format(10 ** 9), "{:>12_}".format(-10 ** 9), "{:^12}".format(7), "{:c}".format(9731))
