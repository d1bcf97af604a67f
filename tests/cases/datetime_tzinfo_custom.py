# A tzinfo subclass with daylight saving time: fold, astimezone, fromutc
from datetime import tzinfo, timedelta, datetime, timezone

ZERO, HOUR = timedelta(0), timedelta(hours=1)

def first_sunday_on_or_after(dt):
    return dt + timedelta(days=(6 - dt.weekday()) % 7)

class USZone(tzinfo):
    def __init__(self, hours, std, dst):
        self.stdoffset = timedelta(hours=hours)
        self.names = std, dst
    def __repr__(self):
        return self.names[0]
    def utcoffset(self, dt):
        return self.stdoffset + self.dst(dt)
    def tzname(self, dt):
        return self.names[bool(self.dst(dt))]
    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        start = first_sunday_on_or_after(datetime(dt.year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(dt.year, 11, 1, 2))
        naive = dt.replace(tzinfo=None)
        if start + HOUR <= naive < end - HOUR:
            return HOUR
        if end - HOUR <= naive < end:
            return ZERO if dt.fold else HOUR
        if start <= naive < start + HOUR:
            return HOUR if dt.fold else ZERO
        return ZERO

eastern = USZone(-5, "EST", "EDT")
pacific = USZone(-8, "PST", "PDT")
u = datetime(2024, 11, 3, 4, tzinfo=timezone.utc)
for i in range(6):
    t = (u + timedelta(minutes=30 * i)).astimezone(eastern)
    print(t.isoformat(), t.fold, t.tzname(), t.dst(), t.timetuple().tm_isdst, t == u + timedelta(minutes=30 * i))
spring = datetime(2024, 3, 10, 6, 30, tzinfo=timezone.utc)
for i in range(4):
    t = (spring + timedelta(minutes=30 * i)).astimezone(eastern)
    print(t.strftime("%H:%M %Z %z"), t.astimezone(pacific).strftime("%H:%M %Z"))
a = datetime(2024, 11, 3, 1, 30, tzinfo=eastern)
b = a.replace(fold=1)
print(a == b, a < b, b - a, a.utcoffset(), b.utcoffset(), repr(b))
print(a == a.astimezone(timezone.utc), b == b.astimezone(timezone.utc), hash(a) == hash(b))
print(a.astimezone(timezone.utc), b.astimezone(timezone.utc), a.timestamp(), b.timestamp())
print(eastern.fromutc(datetime(2024, 7, 4, 16, tzinfo=eastern)), repr(datetime(2024, 7, 4, 12, tzinfo=eastern).astimezone(pacific)))

class Broken(tzinfo):
    def __init__(self, off=5, name=7, dst=None):
        self.off, self.name, self.d = off, name, dst
    def utcoffset(self, dt): return self.off
    def tzname(self, dt): return self.name
    def dst(self, dt): return self.d
for tz in [Broken(), Broken(timedelta(days=1)), Broken(timedelta(hours=1), "X", None), Broken(timedelta(hours=-24))]:
    dt = datetime(2024, 1, 1, tzinfo=tz)
    for f in [dt.utcoffset, dt.tzname, dt.dst, dt.isoformat, lambda: dt.strftime("%Z"),
              lambda: dt.astimezone(timezone.utc), lambda: tz.fromutc(dt)]:
        try:
            print(repr(f()))
        except Exception as e:
            print(type(e).__name__, e)
base = tzinfo()
for f in [lambda: base.utcoffset(None), lambda: base.tzname(None), lambda: base.dst(None),
          lambda: base.fromutc(5), lambda: base.fromutc(datetime(2020, 1, 1))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
