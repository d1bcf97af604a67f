# datetime objects: construction, accessors, conversions, formatting
from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2024, 3, 9, 14, 5, 7, 250)
print(repr(dt), str(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond)
print(repr(datetime(2024, 3, 9)), repr(datetime(2024, 3, 9, 1, 2, 3)), repr(datetime(2024, 3, 9, 0, 0, 0, 5)))
print(repr(datetime(2020, 1, 1, fold=1)), repr(datetime(2020, 1, 1, 3, fold=1, tzinfo=timezone.utc)))
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()), dt.weekday(), dt.isoweekday(), dt.toordinal())
print(dt.isocalendar(), dt.ctime(), dt.timetuple())
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat("x", "minutes"), dt.isoformat(timespec="milliseconds"))
print(datetime(2024, 1, 1, 5).isoformat(timespec="hours"), datetime(2024, 1, 1).isoformat(timespec="microseconds"))
aware = dt.replace(tzinfo=timezone(timedelta(hours=-8), "PST"))
print(repr(aware), str(aware), aware.utcoffset(), aware.tzname(), aware.dst())
print(aware.timetuple().tm_isdst, aware.utctimetuple())
print(repr(datetime.combine(date(2020, 5, 17), time(8, 30))), repr(datetime.combine(date(2020, 5, 17), time(8, 30, tzinfo=timezone.utc))))
print(repr(datetime.combine(date(2020, 5, 17), time(8, 30, fold=1), tzinfo=timezone.utc)))
print(repr(datetime.combine(dt, time(1))), repr(dt.replace(year=2023, hour=0)), repr(dt.replace(fold=1)))
print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
print(repr(datetime.fromordinal(738000)), repr(datetime.fromisocalendar(2024, 10, 6)))
print(dt == datetime(2024, 3, 9, 14, 5, 7, 250), dt > datetime(2024, 3, 9), dt == date(2024, 3, 9), dt != date(2024, 3, 9))
print(isinstance(dt, date), len({dt, dt.replace(), dt.replace(microsecond=0)}))
for f in [lambda: datetime(2024, 2, 30), lambda: datetime(2024, 1, 1, 24), lambda: datetime(2024, 1, 1, 0, 0, 0, -1),
          lambda: datetime(2024, 1, 1, tzinfo="UTC"), lambda: datetime(2024), lambda: datetime(2024, 1, 1, fold=-1),
          lambda: datetime.combine(1, time()), lambda: datetime.combine(date(2020, 1, 1), 1),
          lambda: dt.isoformat("ab"), lambda: dt.isoformat("T", "seconds!"), lambda: dt < date(2024, 1, 1),
          lambda: date(2024, 1, 1) < dt, lambda: dt.replace(month=2, day=30)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Stamp(datetime):
    def label(self):
        return self.strftime("%Y%m%d")

s = Stamp(2021, 7, 4, 12)
print(repr(s), s.label(), type(s + timedelta(1)).__name__, type(s.replace(day=5)).__name__)
print(type(Stamp.combine(date(2020, 1, 1), time())).__name__, type(s.astimezone(timezone.utc)).__name__)
print(repr(s.date()), type(s.date()).__name__, repr(Stamp.fromisoformat("2020-02-02T02:02")))
st = datetime(2020, 3, 1, 2, 3, 4, 5, tzinfo=timezone.utc, fold=1)
print(st.__reduce__()[1][0], st.__reduce_ex__(4)[1][0])
print(repr(datetime(*st.__reduce_ex__(4)[1])))
import copy
print(repr(copy.copy(st)), repr(copy.deepcopy(aware)))
