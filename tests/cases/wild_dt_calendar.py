"""Recurring-meeting planner: expand recurrence rules, skip holidays, find free slots."""
import calendar
from datetime import date, datetime, time, timedelta, timezone

HOLIDAYS = {date(2024, 5, 1): "Labour Day", date(2024, 5, 9): "Ascension", date(2024, 5, 20): "Whit Monday"}
WORK_START, WORK_END = time(9, 0), time(17, 30)


def weekly(start, weekday, count):
    """Yield `count` dates falling on `weekday`, starting at or after `start`."""
    d = start + timedelta(days=(weekday - start.weekday()) % 7)
    for _ in range(count):
        yield d
        d += timedelta(weeks=1)


def monthly_nth(year, month, weekday, nth):
    """The nth (1-based, -1 = last) given weekday of a month."""
    days = [week[weekday] for week in calendar.monthcalendar(year, month) if week[weekday]]
    return date(year, month, days[nth - 1] if nth > 0 else days[nth])


def next_workday(d):
    while d.weekday() >= 5 or d in HOLIDAYS:
        d += timedelta(days=1)
    return d


def free_slots(day, busy, length):
    cursor = datetime.combine(day, WORK_START)
    end_of_day = datetime.combine(day, WORK_END)
    slots = []
    for b_start, b_end in sorted(busy):
        if b_start - cursor >= length:
            slots.append((cursor, b_start))
        cursor = max(cursor, b_end)
    if end_of_day - cursor >= length:
        slots.append((cursor, end_of_day))
    return slots


def fmt_span(a, b):
    return f"{a:%H:%M}-{b:%H:%M} ({int((b - a).total_seconds() // 60)} min)"


def main():
    print("standups (Thursdays):")
    for d in weekly(date(2024, 4, 29), calendar.THURSDAY, 4):
        moved = next_workday(d)
        note = f" -> moved to {moved:%a %d %b} ({HOLIDAYS[d]})" if moved != d else ""
        print(f"  {d.isoformat()} {d.strftime('%A')}{note}")
    print("last Friday of each month:", [monthly_nth(2024, m, calendar.FRIDAY, -1).day for m in range(1, 7)])
    print("2nd Tuesday of May:", monthly_nth(2024, 5, calendar.TUESDAY, 2))
    day = date(2024, 5, 14)
    busy = [
        (datetime(2024, 5, 14, 10, 0), datetime(2024, 5, 14, 11, 15)),
        (datetime(2024, 5, 14, 9, 0), datetime(2024, 5, 14, 9, 30)),
        (datetime(2024, 5, 14, 13, 0), datetime(2024, 5, 14, 14, 0)),
        (datetime(2024, 5, 14, 13, 30), datetime(2024, 5, 14, 15, 45)),
    ]
    print(f"free on {day:%d/%m/%Y} (>= 45 min):")
    for a, b in free_slots(day, busy, timedelta(minutes=45)):
        print("  ", fmt_span(a, b))
    deadline = datetime(2024, 5, 31, 17, 0)
    now = datetime(2024, 5, 14, 8, 15, 30)
    left = deadline - now
    print("until deadline:", left, "| days:", left.days, "| hours:", round(left.total_seconds() / 3600, 2))
    workdays = sum(1 for i in range(left.days + 1)
                   if (now.date() + timedelta(days=i)).weekday() < 5
                   and now.date() + timedelta(days=i) not in HOLIDAYS)
    print("workdays left:", workdays)
    utc_call = datetime(2024, 5, 14, 15, 0, tzinfo=timezone.utc)
    for name, off in [("Berlin", 2), ("New York", -4), ("Kolkata", 5.5)]:
        tz = timezone(timedelta(hours=off), name)
        local = utc_call.astimezone(tz)
        print(f"  call in {name:<9} {local.isoformat()} {local.tzname()} {local.utcoffset()}")
    parsed = datetime.strptime("2024-05-14 16:45", "%Y-%m-%d %H:%M")
    print("parsed:", repr(parsed), parsed.isocalendar(), parsed.timetuple().tm_yday)
    print("fromisoformat:", datetime.fromisoformat("2024-05-14T08:00:00+02:00"))
    print("leap:", calendar.isleap(2024), calendar.monthrange(2024, 2), date(2024, 2, 28) + timedelta(days=1))
    print("replace:", now.replace(hour=0, minute=0, second=0), date(2024, 5, 14).toordinal() - date(2024, 1, 1).toordinal())
    print(sorted(HOLIDAYS, reverse=True)[0], min(busy)[0].time(), timedelta(days=1, hours=-1) * 3)


main()
