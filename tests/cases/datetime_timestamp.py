# POSIX timestamps (UTC-based only, so the output does not depend on TZ)
from datetime import datetime, date, timezone, timedelta

for ts in [0, 1, -1, 0.5, -0.5, 1e9, 1234567890.123456, 1.0000005, 0.0000005, 0.0000015,
           -0.0000015, 951782400, 4102444800, -62135596800, 253402300799, 253402300799.5]:
    print(repr(ts), repr(datetime.utcfromtimestamp(ts)), repr(datetime.fromtimestamp(ts, timezone.utc)))
ist = timezone(timedelta(hours=5, minutes=30))
print(repr(datetime.fromtimestamp(1700000000, ist)), repr(datetime.fromtimestamp(-1e9, timezone(-timedelta(hours=11)))))
for d in [datetime(1970, 1, 1, tzinfo=timezone.utc), datetime(2000, 2, 29, 12, tzinfo=ist),
          datetime(1, 1, 1, tzinfo=timezone.utc), datetime(9999, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc),
          datetime(2024, 1, 1, 0, 0, 0, 1, tzinfo=timezone(timedelta(hours=-1)))]:
    ts = d.timestamp()
    print(d, repr(ts), datetime.fromtimestamp(ts, d.tzinfo) == d)
for bad in [1e20, float("nan"), float("inf"), 2**63, "1", 1e12, -1e12, 253402300800, 253402300799.9999996]:
    for f in (datetime.utcfromtimestamp, lambda t: datetime.fromtimestamp(t, timezone.utc)):
        try:
            print(repr(f(bad)))
        except (ValueError, OverflowError, TypeError) as e:
            print(type(e).__name__, e)
try:
    datetime.fromtimestamp(0, "UTC")
except TypeError as e:
    print("TypeError", e)
# utctimetuple / timetuple
d = datetime(2024, 3, 1, 1, 30, tzinfo=timezone(timedelta(hours=3)))
print(d.utctimetuple())
print(d.timetuple())
print(datetime(2024, 12, 31, 23, 59).utctimetuple())
import time
print(time.gmtime(datetime(2024, 7, 1, tzinfo=timezone.utc).timestamp())[:6])
import calendar
print(calendar.timegm(datetime(2024, 7, 1, 12, tzinfo=timezone.utc).utctimetuple()))
print(datetime.now(timezone.utc).tzinfo is timezone.utc, type(date.today()).__name__,
      abs(datetime.now(timezone.utc).timestamp() - time.time()) < 5)
