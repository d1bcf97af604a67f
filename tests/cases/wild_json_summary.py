"""Build a JSON status report from build results and round-trip it."""
import json
from collections import OrderedDict

BUILDS = [
    {"id": 101, "branch": "main", "status": "passed", "duration": 312.5, "tests": 840, "failures": 0},
    {"id": 102, "branch": "feature/login", "status": "failed", "duration": 120.25, "tests": 512, "failures": 3},
    {"id": 103, "branch": "main", "status": "passed", "duration": 298.0, "tests": 842, "failures": 0},
    {"id": 104, "branch": "fix/typo", "status": "cancelled", "duration": None, "tests": 0, "failures": 0},
    {"id": 105, "branch": "feature/login", "status": "passed", "duration": 130.75, "tests": 515, "failures": 0},
    {"id": 106, "branch": "main", "status": "failed", "duration": 301.0, "tests": 842, "failures": 1,
     "note": "flaky test: test_network \u2013 timeout"},
]


class ReportEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, BuildStats):
            return o.as_dict()
        return super().default(o)


class BuildStats:
    def __init__(self, branch):
        self.branch = branch
        self.runs = 0
        self.statuses = set()
        self.total_time = 0.0
        self.failures = 0

    def add(self, build):
        self.runs += 1
        self.statuses.add(build["status"])
        if build["duration"] is not None:
            self.total_time += build["duration"]
        self.failures += build["failures"]

    def as_dict(self):
        return {"runs": self.runs, "statuses": self.statuses,
                "avg_time": round(self.total_time / self.runs, 2),
                "failures": self.failures}


def summarize(builds):
    per_branch = {}
    for b in builds:
        per_branch.setdefault(b["branch"], BuildStats(b["branch"])).add(b)
    status_counts = OrderedDict()
    for b in sorted(builds, key=lambda b: b["status"]):
        status_counts[b["status"]] = status_counts.get(b["status"], 0) + 1
    return {
        "generated_by": "ci-report/1.0",
        "total": len(builds),
        "status_counts": status_counts,
        "branches": dict(sorted(per_branch.items())),
        "worst": max(builds, key=lambda b: (b["failures"], b["id"]))["id"],
        "notes": [b["note"] for b in builds if "note" in b],
        "pass_rate": sum(b["status"] == "passed" for b in builds) / len(builds),
    }


def main():
    report = summarize(BUILDS)
    text = json.dumps(report, cls=ReportEncoder, indent=2)
    print(text)
    compact = json.dumps(report, cls=ReportEncoder, separators=(",", ":"), sort_keys=True)
    print(len(compact), compact[:70])
    print(json.dumps(report["notes"], ensure_ascii=False))
    back = json.loads(text)
    print(type(back["status_counts"]).__name__, list(back["status_counts"]))
    print(back["branches"]["main"]["statuses"], back["pass_rate"])
    ordered = json.loads(compact, object_pairs_hook=OrderedDict)
    print(list(ordered)[:4])
    floats = json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda s: int(s) * 10)
    print(floats)
    try:
        json.dumps({"bad": object()})
    except TypeError as e:
        print("TypeError:", e)
    try:
        json.loads('{"total": 6,}')
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
    print(json.dumps([float("inf"), None, True, "x"]))
    try:
        json.dumps([float("nan")], allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)


main()
