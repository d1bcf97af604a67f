# timezone: fixed offsets, names, errors
from datetime import timezone, timedelta, datetime, UTC

tzs = [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), "UTC"), timezone(timedelta(hours=5, minutes=30)),
       timezone(timedelta(hours=-3), "BRT"), timezone(-timedelta(microseconds=1)),
       timezone(timedelta(seconds=3601, microseconds=5)), timezone.min, timezone.max]
for tz in tzs:
    print(repr(tz), "|", str(tz), "|", tz.utcoffset(None), tz.dst(None), tz.tzname(None))
print(timezone(timedelta(0)) is timezone.utc, UTC is timezone.utc, timezone(timedelta(0), "X") is timezone.utc)
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "CET"), timezone.utc == timezone(timedelta(0), "GMT"))
print(timezone.utc != timezone.max, len({timezone(timedelta(hours=1)), timezone(timedelta(minutes=60), "A")}))
print(timezone.utc.__getinitargs__(), tzs[4].__getinitargs__(), tzs[4].__reduce__()[1])
d = datetime(2024, 1, 1, 12, tzinfo=tzs[3])
print(d.tzname(), d.utcoffset(), d.isoformat(), d.strftime("%z %Z"))
print(tzs[6].fromutc(datetime(2024, 1, 1, tzinfo=tzs[6])))
for f in [lambda: timezone(timedelta(hours=24)), lambda: timezone(-timedelta(hours=24)),
          lambda: timezone(timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)),
          lambda: timezone(5), lambda: timezone(timedelta(0), 5), lambda: timezone(timedelta(0), None),
          lambda: timezone.utc.utcoffset(5), lambda: timezone.utc.tzname("x"), lambda: timezone.utc.dst(1.0),
          lambda: timezone.utc.fromutc(5), lambda: timezone.utc.fromutc(datetime(2024, 1, 1)),
          lambda: tzs[3].fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc))]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
try:
    class MyZone(timezone):
        pass
except TypeError as e:
    print("TypeError", e)
for h in range(-12, 15, 3):
    tz = timezone(timedelta(hours=h, minutes=15 * (h % 2)))
    print(h, tz, datetime(2024, 7, 1, 12, tzinfo=timezone.utc).astimezone(tz).isoformat())
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(86400.5, tzs[4]))
print(repr(datetime.now(timezone.utc).tzinfo), datetime.now(tzs[3]).utcoffset())
