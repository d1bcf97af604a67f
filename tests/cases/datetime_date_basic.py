# date: construction and its checks, accessors, calendar queries, formatting
from datetime import date, MINYEAR, MAXYEAR

d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day)
print(d.toordinal(), d.weekday(), d.isoweekday(), d.ctime(), d.isoformat())
ic = d.isocalendar()
print(ic, tuple(ic), ic.year, ic.week, ic.weekday, ic[1])
print(d.timetuple())
print(repr(date.min), repr(date.max), repr(date.resolution), MINYEAR, MAXYEAR)
print(date.min.toordinal(), date.max.toordinal(), date(5, 1, 1).ctime())
for y, m, dd in [(2004, 12, 31), (2005, 1, 1), (2008, 12, 29), (2010, 1, 3),
                 (2015, 12, 31), (2016, 1, 1), (2020, 12, 31), (2021, 1, 3), (1, 1, 1), (9999, 12, 31)]:
    x = date(y, m, dd)
    print(x, tuple(x.isocalendar()), x.weekday(), x.toordinal(), date.fromordinal(x.toordinal()) == x)
for n in (1, 59, 60, 366, 730120, 736330, 3652059):
    print(n, date.fromordinal(n))
print(d.replace(year=2023, day=28), d.replace(month=3), d.replace(2000))
print(date(2024, 1, 1) < d, date(2024, 1, 1) == date(2024, 1, 1), d != date(2024, 3, 1))
print(max(d, date(2023, 5, 5)), sorted([date(2020, 1, 2), date(2019, 5, 5), date(2020, 1, 1)]))
print(len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}), d == "2024-02-29")

for args in [(0, 1, 1), (10000, 1, 1), (2023, 2, 29), (2024, 13, 1), (2024, 0, 1),
             (2024, 4, 31), (2024, 1, 0), (2024.0, 1, 1), ("2024", 1, 1), (2024,),
             (2024, 1), (2**31, 1, 1), (-2**31 - 1, 1, 1), (2**63, 1, 1)]:
    try:
        print(repr(date(*args)))
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: date.fromordinal(0), lambda: date.fromordinal(3652060),
             lambda: date.fromordinal(1.5), lambda: d.replace(day=30),
             lambda: d.replace(month=13), lambda: d.strftime(5), lambda: format(d, 5)]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)

class Birthday(date):
    def age_in(self, year):
        return year - self.year

b = Birthday(1990, 6, 15)
print(repr(b), b.age_in(2024), type(b.replace(day=1)).__name__, repr(Birthday.fromordinal(1)))
print(date(2020, 1, 5).__reduce__())
print(repr(date(*date(2020, 1, 5).__reduce__()[1])))
