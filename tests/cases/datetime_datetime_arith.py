# datetime arithmetic and comparisons, naive and aware
from datetime import datetime, timedelta, timezone

a = datetime(2024, 2, 28, 23, 30)
print(a + timedelta(hours=1), a + timedelta(days=1, minutes=30), a - timedelta(microseconds=1))
print(timedelta(weeks=1) + a, a - datetime(2024, 1, 1), datetime(2024, 1, 1) - a)
print(repr(a - a), (datetime(2024, 3, 1) - a).total_seconds())
t = datetime(1999, 12, 31, 23, 59, 59, 999999)
print(t + timedelta(microseconds=1), t - timedelta(days=365 * 2000 - 486))
for f in [lambda: datetime.max + timedelta(microseconds=1), lambda: datetime.min - timedelta(microseconds=1),
          lambda: datetime.max - datetime.min, lambda: datetime(2020, 1, 1) - timedelta.max]:
    try:
        print(repr(f()))
    except OverflowError as e:
        print("OverflowError", e)

east = timezone(timedelta(hours=5, minutes=30))
west = timezone(timedelta(hours=-7))
x = datetime(2024, 6, 1, 12, 0, tzinfo=east)
y = datetime(2024, 6, 1, 0, 0, tzinfo=west)
print(x - y, y - x, x + timedelta(hours=13), repr((x + timedelta(hours=13)).tzinfo))
print(x == y, x < y, x > y, x.astimezone(west), y.astimezone(east), x.astimezone(timezone.utc))
z = y.astimezone(east)
print(z == y, hash(z) == hash(y), z - y, repr(z))
print(x.astimezone(east) is x, x.timestamp(), y.timestamp(), x.utctimetuple()[:6])
print(sorted([x, y, datetime(2024, 6, 1, 6, tzinfo=timezone.utc)]))
naive = datetime(2024, 6, 1, 12)
print(naive == x, naive != x)
for f in [lambda: naive < x, lambda: naive - x, lambda: x - naive, lambda: x >= naive]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
for f in [lambda: a + 1, lambda: a - 1.0, lambda: 1 - a, lambda: a + a, lambda: a * 2]:
    try:
        print(f())
    except TypeError:
        print("TypeError")
print(len({x, y.astimezone(east), x.astimezone(timezone.utc)}), len({naive, naive.replace(fold=1)}))
print(datetime(2024, 6, 1, 12, tzinfo=timezone.utc) == datetime(2024, 6, 1, 12, tzinfo=timezone(timedelta(0), "Z")))
base = datetime(2023, 1, 31, 10)
for months in range(1, 5):
    print((base + timedelta(days=30 * months)).strftime("%Y-%m-%d %a"))
