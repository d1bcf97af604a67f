"""A datetime scheduler: recurring jobs, business days, overlaps and a weekly agenda."""
from datetime import date, datetime, time, timedelta, timezone
import calendar
import heapq

START = datetime(2024, 2, 26, 8, 0)


class Job:
    def __init__(self, name, first, every, duration, weekdays_only=False):
        self.name, self.next, self.every, self.duration = name, first, every, duration
        self.weekdays_only = weekdays_only

    def advance(self):
        self.next += self.every
        while self.weekdays_only and self.next.weekday() >= 5:
            self.next += timedelta(days=1)

    def __lt__(self, other):
        return (self.next, self.name) < (other.next, other.name)


def agenda(jobs, until):
    heap = list(jobs)
    heapq.heapify(heap)
    out = []
    while heap and heap[0].next < until:
        job = heapq.heappop(heap)
        out.append((job.next, job.next + job.duration, job.name))
        job.advance()
        heapq.heappush(heap, job)
    return out


jobs = [Job("standup", START + timedelta(hours=1), timedelta(days=1), timedelta(minutes=15), True),
        Job("backup", START.replace(hour=23), timedelta(hours=12), timedelta(minutes=40)),
        Job("review", datetime.combine(date(2024, 2, 27), time(14, 30)), timedelta(weeks=1), timedelta(hours=1))]
events = agenda(jobs, START + timedelta(days=7))
for day, group in __import__("itertools").groupby(events, key=lambda e: e[0].date()):
    print(day.isoformat(), calendar.day_name[day.weekday()])
    for s, e, name in group:
        print(f"   {s:%H:%M}-{e:%H:%M} {name}")
overlaps = [(a[2], b[2]) for a, b in zip(events, events[1:]) if b[0] < a[1]]
print("overlaps:", overlaps)
print("leap day:", date(2024, 2, 29).strftime("%A %d %B %Y"), calendar.isleap(2024))
d = datetime(2024, 3, 10, 1, 30, tzinfo=timezone.utc)
print(d.isoformat(), d.astimezone(timezone(timedelta(hours=-5))).isoformat())
print(datetime.fromisoformat("2024-02-26T08:00:00") == START, (events[-1][0] - events[0][0]))
print(datetime.strptime("26/02/24 17:05", "%d/%m/%y %H:%M"), timedelta(days=1, seconds=3725) / 2)
print(sorted({e[0].weekday() for e in events}), date(2024, 3, 1) - date(2024, 2, 1))
