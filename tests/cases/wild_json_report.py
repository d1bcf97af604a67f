"""Generate a JSON report from nested records: grouping, statistics, custom encoding."""
import json
import statistics
from collections import defaultdict
from datetime import date
from fractions import Fraction

RAW = """[
 {"id": 1, "team": "red", "scores": [88, 92, 79], "joined": "2021-03-04", "lead": true},
 {"id": 2, "team": "blue", "scores": [95, 91], "joined": "2020-11-30", "lead": false},
 {"id": 3, "team": "red", "scores": [], "joined": "2022-01-15", "lead": false},
 {"id": 4, "team": "green", "scores": [70, 85, 90, 100], "joined": "2019-07-01", "lead": true},
 {"id": 5, "team": "blue", "scores": [60], "joined": "2023-05-20", "lead": null}
]"""


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return o.isoformat()
        if isinstance(o, Fraction):
            return {"num": o.numerator, "den": o.denominator}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


people = json.loads(RAW, object_hook=lambda d: {**d, "joined": date.fromisoformat(d["joined"])} if "joined" in d else d)
teams = defaultdict(list)
for p in people:
    teams[p["team"]].append(p)
report = {"generated": date(2024, 1, 31), "teams": {}}
for team, members in sorted(teams.items()):
    scores = [s for m in members for s in m["scores"]]
    report["teams"][team] = {
        "members": sorted(m["id"] for m in members),
        "leads": {m["id"] for m in members if m["lead"]},
        "mean": round(statistics.mean(scores), 2) if scores else None,
        "median": statistics.median(scores) if scores else None,
        "stdev": round(statistics.stdev(scores), 3) if len(scores) > 1 else None,
        "share": Fraction(len(scores), sum(len(p["scores"]) for p in people)),
        "senior": min(m["joined"] for m in members),
    }
text = json.dumps(report, cls=Encoder, indent=2, sort_keys=True)
print(text)
print(json.dumps(report["teams"]["red"], cls=Encoder, separators=(",", ":")))
back = json.loads(text)
print(back["teams"]["green"]["share"], type(back["generated"]).__name__)
try:
    json.dumps({"bad": object()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": [1, 2,, 3]}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
print(json.dumps("naïve ☃", ensure_ascii=False), json.dumps("naïve ☃"))
