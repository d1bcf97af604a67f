# Date arithmetic by hand: leap years, day of week (Zeller), days between dates, month grid.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def day_of_week(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h]
def ordinal(y, m, d):
    days = d
    for yy in range(1, y):
        days += 366 if is_leap(yy) else 365
    for mm in range(1, m):
        days += days_in_month(y, mm)
    return days
print([y for y in range(1896, 1920) if is_leap(y)], is_leap(2000), is_leap(1900))
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1970, 1, 1), (2038, 1, 19)]:
    print(date, day_of_week(*date), ordinal(*date))
print(ordinal(2024, 12, 25) - ordinal(2024, 1, 1))
def month_grid(y, m):
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    first = names.index(day_of_week(y, m, 1))
    cells = [""] * first + [str(d) for d in range(1, days_in_month(y, m) + 1)]
    lines = [" ".join(n[:2] for n in names)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(f"{c:>2}" for c in cells[i:i + 7]))
    return "\n".join(lines)
print(month_grid(2024, 2))
