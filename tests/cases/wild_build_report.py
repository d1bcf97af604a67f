"""Generate a JSON build report from a list of CI job results.

Aggregates jobs per pipeline stage, computes durations and percentiles,
serialises the report with a custom encoder (dates, enums, sets, dataclasses),
round-trips it through json.loads with an object_hook, and prints both a
pretty and a compact form.
"""
import dataclasses
import enum
import json
import statistics
from collections import OrderedDict, defaultdict
from datetime import date, datetime, timedelta, timezone


class Status(enum.Enum):
    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclasses.dataclass
class Job:
    name: str
    stage: str
    status: Status
    started: datetime
    seconds: float
    tags: frozenset = frozenset()

    @property
    def finished(self):
        return self.started + timedelta(seconds=self.seconds)


T0 = datetime(2024, 3, 14, 9, 30, tzinfo=timezone.utc)

RAW = [
    ("lint", "check", "passed", 0, 41.5, {"fast"}),
    ("typecheck", "check", "passed", 0, 88.25, {"fast", "python"}),
    ("unit-linux", "test", "passed", 95, 312.0, {"linux"}),
    ("unit-macos", "test", "failed", 95, 401.75, {"macos"}),
    ("unit-windows", "test", "skipped", 95, 0.0, {"windows"}),
    ("integration", "test", "passed", 410, 655.5, {"linux", "slow"}),
    ("package", "release", "skipped", 1070, 0.0, set()),
]


def load_jobs(raw):
    jobs = []
    for name, stage, status, offset, secs, tags in raw:
        jobs.append(Job(name, stage, Status(status), T0 + timedelta(seconds=offset),
                        secs, frozenset(tags)))
    return jobs


class ReportEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, datetime):
            return o.isoformat()
        if isinstance(o, date):
            return o.isoformat()
        if isinstance(o, enum.Enum):
            return o.value
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, timedelta):
            return o.total_seconds()
        if dataclasses.is_dataclass(o):
            d = dataclasses.asdict(o)
            d["finished"] = o.finished
            return d
        return super().default(o)


def percentile(values, pct):
    if not values:
        return None
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return round(ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo), 3)


def build_report(jobs):
    stages = OrderedDict()
    for job in jobs:
        stages.setdefault(job.stage, []).append(job)
    by_status = defaultdict(int)
    for job in jobs:
        by_status[job.status] += 1
    durations = [j.seconds for j in jobs if j.status is not Status.SKIPPED]
    report = {
        "generated": T0.date(),
        "pipeline": {"id": 4711, "ref": "refs/heads/main", "ok": by_status[Status.FAILED] == 0},
        "summary": {s.value: by_status[s] for s in Status},
        "timing": {
            "wall": max(j.finished for j in jobs) - min(j.started for j in jobs),
            "mean": round(statistics.mean(durations), 3),
            "median": statistics.median(durations),
            "p90": percentile(durations, 90),
            "stdev": round(statistics.stdev(durations), 3),
        },
        "stages": {
            stage: {
                "jobs": [j.name for j in group],
                "status": (Status.FAILED if any(j.status is Status.FAILED for j in group)
                           else Status.PASSED),
                "tags": frozenset().union(*(j.tags for j in group)),
            }
            for stage, group in stages.items()
        },
        "failed": [j for j in jobs if j.status is Status.FAILED],
    }
    return report


def decode_hook(obj):
    for key, value in list(obj.items()):
        if isinstance(value, str) and key in ("started", "finished"):
            obj[key] = datetime.fromisoformat(value)
    return obj


def main():
    jobs = load_jobs(RAW)
    report = build_report(jobs)
    text = json.dumps(report, cls=ReportEncoder, indent=2, sort_keys=False)
    print(text)
    compact = json.dumps(report["summary"], cls=ReportEncoder, separators=(",", ":"))
    print(compact, len(text.splitlines()))

    back = json.loads(text, object_hook=decode_hook)
    failed = back["failed"][0]
    print(type(failed["started"]).__name__, failed["finished"] - failed["started"])
    print(back["timing"]["wall"], back["pipeline"]["ok"], back["stages"]["test"]["status"])
    print(json.dumps(back["stages"]["check"], sort_keys=True))

    try:
        json.dumps({"job": object()}, cls=ReportEncoder)
    except TypeError as exc:
        print("TypeError:", str(exc).split(" at ")[0])
    try:
        json.loads('{"stage": "test", "jobs": [1, 2,]}')
    except json.JSONDecodeError as exc:
        print("JSONDecodeError:", exc.msg, exc.lineno, exc.colno, exc.pos)
    print(json.dumps({"nan": float("nan"), "inf": float("inf"), "uni": "café ✓"}))
    print(json.dumps({"uni": "café ✓"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
