# date arithmetic, ISO calendar constructors
from datetime import date, timedelta

d = date(2024, 1, 31)
print(d + timedelta(days=1), timedelta(days=30) + d, d - timedelta(days=31))
print(d + timedelta(hours=23), d + timedelta(hours=25), d - timedelta(seconds=1), d - timedelta(hours=-1))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2024, 3, 1))
print(repr(date(2000, 1, 1) - date(2000, 1, 1)), date.max - date.min)
x = date(2023, 12, 25)
for i in range(0, 400, 37):
    y = x + timedelta(days=i)
    print(i, y, y.weekday(), y.isocalendar().week, (y - x).days)
for f in [lambda: date.max + timedelta(1), lambda: date.min - timedelta(1),
          lambda: date.min + timedelta(-1), lambda: date(2020, 1, 1) + timedelta.max]:
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError", e)
for bad in [lambda: d + 1, lambda: d - 1, lambda: 1 - d, lambda: d + d, lambda: d < 1]:
    try:
        print(bad())
    except TypeError:
        print("TypeError")

for args in [(2020, 1, 1), (2020, 53, 7), (2021, 1, 1), (2026, 53, 5), (2024, 52, 7),
             (2015, 53, 4), (1, 1, 1), (9999, 52, 5)]:
    try:
        print(args, repr(date.fromisocalendar(*args)))
    except ValueError as e:
        print(args, "ValueError", e)
for args in [(2021, 53, 1), (2020, 0, 1), (2020, 1, 0), (2020, 1, 8), (0, 1, 1),
             (10000, 1, 1), (9999, 52, 7)]:
    try:
        print(args, repr(date.fromisocalendar(*args)))
    except ValueError as e:
        print(args, "ValueError", e)
ok = all(date.fromisocalendar(*date.fromordinal(n).isocalendar()) == date.fromordinal(n)
         for n in range(700000, 740000, 97))
print("roundtrip", ok)
