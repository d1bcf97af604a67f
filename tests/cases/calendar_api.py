# calendar: module functions, Calendar iterators, names, errors
import calendar
from datetime import date

print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(1, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2001, 2000), calendar.leapdays(-400, 400))
print([calendar.monthrange(2024, m) for m in range(1, 13)])
print(calendar.monthrange(1900, 2), calendar.monthrange(2000, 2), calendar.monthrange(1, 1), calendar.monthrange(9999, 12))
print(calendar.weekday(2024, 3, 9), calendar.weekday(1, 1, 1), calendar.weekday(-1, 1, 1), calendar.weekday(12000, 5, 5))
print(calendar.monthcalendar(2024, 2))
print(calendar.timegm((2024, 1, 2, 3, 4, 5, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((1970, 1, 1, 0, 0, 0)))
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH, calendar.mdays)
print(list(calendar.month_name), list(calendar.month_abbr), len(calendar.month_name))
print(list(calendar.day_name), calendar.day_abbr[0], calendar.day_abbr[-1], calendar.day_name[2:4], len(calendar.day_abbr))
print(calendar.error is ValueError, issubclass(calendar.IllegalMonthError, ValueError))
for f in [lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0),
          lambda: calendar.month(2024, 13), lambda: calendar.setfirstweekday(7),
          lambda: calendar.setfirstweekday(-1), lambda: calendar.weekday(2024, 2, 30),
          lambda: calendar.month_name[13], lambda: calendar.monthcalendar(2024, 0)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, e.args, getattr(e, "month", getattr(e, "weekday", None)))
c = calendar.Calendar()
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
c.setfirstweekday(calendar.WEDNESDAY)
print(c.firstweekday, list(c.iterweekdays()), calendar.Calendar(9).firstweekday)
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays3(2024, 1))[:4], list(c.itermonthdays4(2024, 12))[-4:])
print(list(calendar.Calendar(6).itermonthdays3(1, 1))[:2], list(calendar.Calendar().itermonthdays4(9999, 12))[-2:])
print(c.monthdatescalendar(2024, 3)[0], len(c.monthdatescalendar(2024, 3)))
print(c.monthdays2calendar(2015, 2))
print(c.monthdayscalendar(2026, 2), calendar.Calendar().monthdayscalendar(2021, 2))
y = calendar.Calendar(6).yeardayscalendar(2024, 4)
print(len(y), [len(row) for row in y], y[0][0][0], y[2][3][-1])
print(calendar.Calendar().yeardays2calendar(2023, 2)[5][1][:2])
print(calendar.Calendar().yeardatescalendar(2022)[3][2][-1])
print(all(d.weekday() == i % 7 for i, d in enumerate(calendar.Calendar().itermonthdates(2024, 7))))
print(sum(1 for d in calendar.Calendar().itermonthdates(2024, 7) if d.month == 7), date(2024, 7, 1) in list(c.itermonthdates(2024, 7)))
