# fromisoformat: the forms CPython 3.11 accepts, and the ones it rejects
from datetime import date, time, datetime, timezone, timedelta

def show(cls, s):
    try:
        print(cls.__name__, repr(s), "->", repr(cls.fromisoformat(s)))
    except (ValueError, TypeError) as e:
        print(cls.__name__, repr(s), "->", type(e).__name__, e)

for s in ["2024-01-02", "20240102", "2024-W01", "2024W01", "2024-W01-3", "2024W013", "2020-W53-7",
          "2021-W53", "2024-13-01", "2024-02-30", "0000-01-01", "2024-1-2", "2024-01-02T00:00", "2024/01/02",
          "24-01-02", "", "20240102ab", 20240102]:
    show(date, s)
for s in ["03:04:05", "T03:04:05", "030405", "0304", "03", "03:04:05.5Z", "03:04:05,123-0800",
          "03:04:05+24:00", "12:34:56:78", "1234567", "03:04:05.1234567", "03:04:05+05:30:15.25",
          "25:00", "03:60", "3:04", "03:04:", "03:04:05 ", "03:04:05+", "03:04Zx", "T", None]:
    show(time, s)
for s in ["2024-01-02T03:04:05", "2024-01-02 03:04:05.123456", "2024-01-02T03:04:05,5+05:30",
          "2024-01-02T03:04Z", "2024-01-02T0304", "20240102T030405.1234567-0130",
          "2024-01-02T03:04:05+01:02:03.456", "2024-W01-1T10", "2024W011T10:00", "2024-W01T10",
          "2024-01-02x03:04", "2024-01-02\u00e903:04", "2024-01-02T", "2024-01-02T24:00:00",
          "2024-01-02T03:04:05+00:00", "2024-01-02T03:04:05-00:00:00.000001", "2024-01-02T03:04:05+0000",
          "2024-01-02", "2024-01", "2024-W01-", "9999-12-31T23:59:59.999999-23:59", b"2024-01-02"]:
    show(datetime, s)
for d in [datetime(2024, 5, 6, 7, 8, 9, 10), datetime(2024, 5, 6, 7, 8, 9, 10, tzinfo=timezone(timedelta(hours=-2)))]:
    for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
        s = d.isoformat(timespec=spec)
        print(s, repr(datetime.fromisoformat(s)), repr(time.fromisoformat(s[11:])))

class MyDate(date):
    pass

print(repr(MyDate.fromisoformat("2024-05-06")))
