# f-string format specs across types, including nested replacement fields.
vals = [0, 1, -1, 42, 1234567, 3.0, -2.5, 0.001234, 1e10, 12345.6789]
for v in vals:
    print(f"{v!r:>12}|{v:<10}|{v:^10}|{v:+}|{v:,}|{v:e}|{v:.3g}|{v:010.2f}|{v:_}")
for w in (3, 8):
    for p in (0, 2):
        print(f"[{3.14159:{w}.{p}f}] [{'text':>{w}.{p + 1}}] [{255:#{w}x}]")
print(f"{'left':<8}|{'right':>8}|{'center':^8}|{'fill':*^10}|{'z':0>3}")
print(f"{12:b} {12:o} {12:x} {12:X} {12:#b} {12:#o} {12:08b} {-12:x} {12:c}")
print(f"{0.5:%} {0.125:.1%} {1:%} {-0.25:+.0%}")
print(f"{1e-10:g} {1e16:g} {123456789:g} {0.0001:g} {1.5:G} {float('inf'):g} {float('nan'):F}")
print(f"{True:d} {True!s:>6} {None!r} {[1, 2]!s:>8} {(1,)}")
print(f"{10**20:,} {-10**20:_} {2**64:x}")
print(f"{'%d items' % 3} {'{} items'.format(4)}")
