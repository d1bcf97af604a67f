"""A cron-like job scheduler driven by a simulated clock.

Jobs have recurrence rules (every N minutes, daily at a time, weekdays only,
monthly on a day); the scheduler uses a heap of next-run times, handles
time zones with fixed offsets, and prints an agenda and a run log.
"""
import heapq
import calendar
from datetime import date, datetime, time, timedelta, timezone
from functools import total_ordering

CET = timezone(timedelta(hours=1), "CET")
UTC = timezone.utc


class Rule:
    def next_after(self, moment):
        raise NotImplementedError


class Every(Rule):
    def __init__(self, minutes, start):
        self.step = timedelta(minutes=minutes)
        self.start = start

    def next_after(self, moment):
        if moment < self.start:
            return self.start
        periods = (moment - self.start) // self.step + 1
        return self.start + periods * self.step

    def __repr__(self):
        return f"Every({self.step})"


class DailyAt(Rule):
    def __init__(self, at, weekdays_only=False, tz=UTC):
        self.at, self.weekdays_only, self.tz = at, weekdays_only, tz

    def next_after(self, moment):
        local = moment.astimezone(self.tz)
        candidate = datetime.combine(local.date(), self.at, tzinfo=self.tz)
        while candidate <= local or (self.weekdays_only and candidate.weekday() >= 5):
            candidate += timedelta(days=1)
        return candidate.astimezone(UTC)

    def __repr__(self):
        days = "Mon-Fri" if self.weekdays_only else "daily"
        return f"DailyAt({self.at.isoformat(timespec='minutes')} {self.tz.tzname(None)}, {days})"


class MonthlyOn(Rule):
    def __init__(self, day, at):
        self.day, self.at = day, at

    def next_after(self, moment):
        year, month = moment.year, moment.month
        while True:
            last = calendar.monthrange(year, month)[1]
            candidate = datetime.combine(date(year, month, min(self.day, last)), self.at, tzinfo=UTC)
            if candidate > moment:
                return candidate
            month += 1
            if month > 12:
                year, month = year + 1, 1

    def __repr__(self):
        return f"MonthlyOn(day={self.day})"


@total_ordering
class Entry:
    def __init__(self, when, job):
        self.when, self.job = when, job

    def __eq__(self, other):
        return (self.when, self.job.name) == (other.when, other.job.name)

    def __lt__(self, other):
        return (self.when, self.job.name) < (other.when, other.job.name)


class Job:
    def __init__(self, name, rule, max_runs=None):
        self.name, self.rule, self.max_runs, self.runs = name, rule, max_runs, 0


class Scheduler:
    def __init__(self, now):
        self.now = now
        self.queue = []
        self.log = []

    def add(self, job):
        heapq.heappush(self.queue, Entry(job.rule.next_after(self.now), job))

    def run_until(self, end):
        while self.queue and self.queue[0].when <= end:
            entry = heapq.heappop(self.queue)
            self.now = entry.when
            job = entry.job
            job.runs += 1
            self.log.append((self.now, job.name, job.runs))
            if job.max_runs is None or job.runs < job.max_runs:
                heapq.heappush(self.queue, Entry(job.rule.next_after(self.now), job))
        self.now = end

    def agenda(self, count):
        return [(e.when, e.job.name) for e in heapq.nsmallest(count, self.queue)]


def fmt(moment):
    return moment.astimezone(CET).strftime("%a %d %b %H:%M %Z")


def main():
    start = datetime(2024, 2, 28, 22, 50, tzinfo=UTC)
    sched = Scheduler(start)
    jobs = [
        Job("backup", DailyAt(time(2, 30), tz=CET)),
        Job("heartbeat", Every(45, start=datetime(2024, 2, 28, 21, 0, tzinfo=UTC)), max_runs=5),
        Job("standup", DailyAt(time(9, 15), weekdays_only=True, tz=CET)),
        Job("invoice", MonthlyOn(31, time(6, 0))),
    ]
    for job in jobs:
        sched.add(job)
        print(f"{job.name:<10} {job.rule!r:<38} first: {fmt(job.rule.next_after(start))}")
    print("agenda:")
    for when, name in sched.agenda(4):
        print(f"  {fmt(when)}  {name}")
    sched.run_until(start + timedelta(days=5))
    print(f"ran {len(sched.log)} jobs until {sched.now.isoformat()}")
    for when, name, n in sched.log:
        print(f"  {when:%Y-%m-%d %H:%M} UTC  {name:<10} #{n}")
    print("next:", [(w.isoformat(), n) for w, n in sched.agenda(3)])

    d = date(2024, 2, 29)
    print(d.isocalendar(), d.strftime("%j %U %A"), d + timedelta(days=366), d.replace(year=2028))
    print(calendar.isleap(2024), calendar.monthrange(2024, 2), d.toordinal(), date.fromordinal(738945))
    delta = datetime(2024, 3, 31, 1, 0, tzinfo=UTC) - datetime(2024, 2, 28, 22, 50, tzinfo=CET)
    print(delta, delta.days, delta.seconds, delta.total_seconds(), delta // timedelta(hours=1))
    print(datetime.fromisoformat("2024-03-01T07:15:00+01:00").astimezone(UTC),
          datetime.strptime("01/03/24 07:15", "%d/%m/%y %H:%M").isoformat())
    print(timedelta(days=-1, seconds=5), abs(timedelta(hours=-3)), timedelta(minutes=90) / 4)


if __name__ == "__main__":
    main()
