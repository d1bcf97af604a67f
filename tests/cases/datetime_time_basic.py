# time objects: construction, repr, isoformat, comparisons, replace
from datetime import time, timezone, timedelta

for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999),
          time(12, 0, tzinfo=timezone.utc), time(0, 0, 0, 1, fold=1),
          time(5, 6, tzinfo=timezone(timedelta(hours=-3, minutes=-30)), fold=1)]:
    print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
t = time(13, 5, 9, 123456, tzinfo=timezone(timedelta(hours=5, minutes=30), "IST"))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec), time(7, 8).isoformat(timespec=spec))
print(t.utcoffset(), t.tzname(), t.dst(), time(1).utcoffset(), time(1).tzname())
print(repr(time.min), repr(time.max), repr(time.resolution))
print(repr(t.replace(hour=1)), repr(t.replace(tzinfo=None)), repr(t.replace(fold=1)))
print(bool(time(0)), time(1) < time(2), time(1, 2) == time(1, 2, 0), time(1) != time(1, 0, 0, 1))
a = time(12, 0, tzinfo=timezone(timedelta(hours=2)))
b = time(10, 0, tzinfo=timezone.utc)
print(a == b, hash(a) == hash(b), a < time(10, 30, tzinfo=timezone.utc), a >= b)
print(time(1) == time(1, tzinfo=timezone.utc), time(1) != time(1, tzinfo=timezone.utc))
print(hash(time(1, 2, fold=1)) == hash(time(1, 2)), len({time(1), time(1, 0), time(2)}))
for f in [lambda: time(1) < time(1, tzinfo=timezone.utc), lambda: time(24),
          lambda: time(0, 60), lambda: time(0, 0, 60), lambda: time(0, 0, 0, 10**6),
          lambda: time(-1), lambda: time(fold=2), lambda: time(tzinfo=1), lambda: time(1.5),
          lambda: t.isoformat("x"), lambda: t.isoformat(1), lambda: t.replace(minute=99),
          lambda: time(1).strftime(None)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(time(9, 30).strftime("%H:%M:%S %p %I %Y-%m-%d %j %a"), format(time(1, 2), ""), f"{time(17, 45):%I.%M%p}")
print(time(1, 2, 3, 4, timezone.utc).strftime("[%z] [%Z] [%f]"), time(1).strftime("[%z] [%Z]"))
st = time(1, 2, 3, 4, timezone.utc, fold=1).__reduce_ex__(4)
print(st[1][0], repr(time(*st[1])))
print(repr(time(*time(23, 0, fold=1).__reduce__()[1])))
