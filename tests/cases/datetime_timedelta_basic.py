# timedelta: construction, normalisation, float rounding, repr/str, attributes
from datetime import timedelta

def show(td):
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds)

show(timedelta())
show(timedelta(1))
show(timedelta(days=1, seconds=3600))
show(timedelta(seconds=-1))
show(timedelta(hours=-25, minutes=3))
show(timedelta(weeks=2, days=-1, hours=5, minutes=61, seconds=59, milliseconds=1001, microseconds=1001))
show(timedelta(days=-2))
show(timedelta(2, 1, 5))
show(timedelta(microseconds=-1))

# float arguments are exact up to a final round-half-even of microseconds
for kw in [dict(days=1.5), dict(hours=1.1, minutes=0.3, microseconds=-0.5),
           dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=2.5),
           dict(microseconds=-1.5), dict(seconds=1, microseconds=0.5),
           dict(weeks=0.1), dict(days=0.1, hours=0.1, minutes=0.1, seconds=0.1,
                                 milliseconds=0.1, microseconds=0.1, weeks=0.1),
           dict(seconds=1e-7), dict(milliseconds=-0.0005)]:
    show(timedelta(**kw))

print(timedelta(1).total_seconds(), timedelta(microseconds=1).total_seconds(),
      timedelta(days=-1, seconds=1).total_seconds())
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(str(timedelta.min), str(timedelta.max))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(timedelta(hours=24) == timedelta(days=1), timedelta(0) == 0, timedelta(1) != "x")
print(hash(timedelta(hours=24)) == hash(timedelta(days=1)))
print(sorted([timedelta(1), timedelta(-1), timedelta(seconds=5)]))
print(timedelta(seconds=1) < timedelta(seconds=2) <= timedelta(seconds=2))

for args, kw in [((), dict(days=10**9)), ((), dict(days=-1e9)), ((), dict(days=2**31)),
                 ((), dict(days=float("inf"))), ((), dict(hours=float("nan"))),
                 (("1",), {}), ((), dict(seconds=[1])), ((1j,), {})]:
    try:
        print(repr(timedelta(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

class Span(timedelta):
    pass

s = Span(hours=1)
print(repr(s), type(s).__name__, type(s + s).__name__, s == timedelta(hours=1))
print(timedelta(1, 2, 3).__reduce__()[1])
