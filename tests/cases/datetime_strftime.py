# strftime / __format__ in the C locale, including glibc's flags and widths
from datetime import datetime, date, time, timezone, timedelta

dts = [datetime(2024, 12, 30, 13, 5, 9, 42), datetime(5, 3, 7, 4, 5, 6, 789),
       datetime(1999, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=-3, seconds=-5), "A%Z")),
       datetime(2021, 1, 3, 12, tzinfo=timezone.utc)]
directives = "aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyYzZf%"  # not %s: local time
for d in dts:
    print(repr(d))
    for c in directives:
        print("  %" + c, repr(d.strftime("%" + c)))
flags = ["%-d", "%_d", "%05d", "%^a", "%#a", "%#p", "%^B", "%10Y", "%-10Y", "%_5m", "%010a", "%-j",
         "%3d", "%Ey", "%Oy", "%OH", "%EY", "%Ec", "%Ed", "%OY", "%5%", "%10", "%Q", "%^f", "%-z", "%5Z",
         "%", "a%", "%%z", "%%%z", "%-H:%-M", "%l%P", "%e-%k"]
for f in flags:
    print(repr(f), repr(dts[1].strftime(f)), repr(dts[2].strftime(f)))
print(date(2024, 2, 29).strftime("%Y-%m-%d %H:%M:%S %p %I %j %U %W %z|%Z|%f"))
print(time(23, 1, 2, 3, tzinfo=timezone.utc).strftime("%c | %x | %X | %Y %j %z %Z %f"))
print(format(datetime(2024, 5, 6, 7, 8, 9), ""), format(date(2024, 5, 6), ""), format(time(7, 8), ""))
print(f"{datetime(2024, 5, 6, 7, 8, 9):%d.%m.%Y %H:%M} {date(2024, 1, 1):%A %d %B} {time(17, 45):%I:%M %p}")
print("{:%Y/%j}".format(date(2023, 12, 31)), "{0:%b %d}".format(datetime(2000, 2, 29)))
for y in (1, 99, 999, 1000, 1900, 2000, 9999):
    print(y, date(y, 6, 15).strftime("%Y %y %C %G %g %V %F %D %c"))
for f in [lambda: date(2024, 1, 1).strftime(1), lambda: datetime(2024, 1, 1).__format__(5),
          lambda: time(1).__format__(None), lambda: date(2024, 1, 1).strftime()]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e if "argument" in str(e) and "required" not in str(e) else "")
