# ASCII Mandelbrot set using complex arithmetic.
chars = " .:-=+*#%@"
rows = []
for y in range(-12, 13):
    row = []
    for x in range(-39, 18):
        c = complex(x / 20, y / 10)
        z = 0j
        n = 0
        while abs(z) <= 2 and n < 50:
            z = z * z + c
            n += 1
        row.append(chars[min(n // 5, 9)] if n < 50 else "@")
    rows.append("".join(row).rstrip())
print("\n".join(rows))
inside = sum(r.count("@") for r in rows)
print("inside:", inside)
