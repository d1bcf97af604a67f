# calendar: HTMLCalendar output
import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2023, 10, withyear=False))
print(h.formatday(0, 3), h.formatday(15, 6), h.formatweekday(0), h.formatweekheader())
print(h.formatmonthname(2024, 7), h.formatweek([(1, 0), (0, 1)]))
print(h.formatyear(2024, 4))
s = calendar.HTMLCalendar(calendar.SUNDAY)
print(s.formatweekheader())
print(s.formatyear(2021, 0)[:400])
page = s.formatyearpage(2025, css=None)
print(type(page).__name__, len(page), page[:200].decode())
print(calendar.HTMLCalendar().formatyearpage(2020, 6, "style.css", "ascii")[:330])

class Fancy(calendar.HTMLCalendar):
    cssclasses = ["wd"] * 5 + ["we", "we"]
    cssclass_noday = "blank"
    cssclass_month = "m"

print(Fancy(6).formatmonth(2024, 6))
