# Formatting floats with format(), f-strings, % and round-trips.
vals = [0.0, 1.0, -1.25, 3.14159265358979, 1234.5678, 0.000123456, 1e21, 1e-7, 2.5, 3.5, 0.125, 1.0000000001]
for v in vals:
    print(f"{v}|{v:.0f}|{v:.2f}|{v:.3e}|{v:g}|{v:.4g}|{v:10.2f}|{v:<10.1e}|{v:+.1f}|{v:.2%}")
for v in vals:
    print("%s|%r|%.3f|%10.4e|%g|%-8.2g|" % (v, v, v, v, v, v))
print(str(1e16), str(1e15), str(123456789.0), str(0.0001), str(0.00001))
print(f"{1e16:f}", f"{1.5e-5:f}", f"{123.456:.0e}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{-0.5:.0f}")
print(f"{12345.6789:,.2f}", f"{12345.6789:_.3f}", f"{1e6:,}", f"{float('inf'):10}", f"{float('nan'):+}")
print(format(1 / 3, ".17f"), format(2 / 3, ".20g"), format(1e-310, ".3g"), format(0.1, ".55f"))
print(format(123.0, "g"), format(1e-5, "g"), format(1e16, "g"), format(100.0, ".2g"), format(0.0, "e"))
