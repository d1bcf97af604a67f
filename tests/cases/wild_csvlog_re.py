"""Parse a CSV-ish application log with regular expressions and summarize it."""
import re
from collections import Counter, defaultdict

LOG = """\
# exported from app01
2024-03-01 09:00:01,INFO,auth,"user alice logged in",ip=10.0.0.5
2024-03-01 09:00:07,WARN,db,"slow query (812 ms): SELECT * FROM orders",ip=10.0.0.9
2024-03-01 09:01:15,ERROR,payment,"card declined for order #4411, code=51",ip=10.0.0.5
2024-03-01 09:02:00,INFO,auth,"user bob logged in",ip=10.0.0.7
garbage line without structure
2024-03-01 09:03:30,ERROR,db,"deadlock detected; retry 2/3",ip=10.0.0.9
2024-03-01 09:04:12,INFO,payment,"order #4412 paid, amount=19.99 EUR",ip=10.0.0.7
2024-03-01 09:05:59,WARN,db,"slow query (1503 ms): UPDATE stock SET n=n-1",ip=10.0.0.9
2024-03-01 09:06:00,DEBUG,auth,"token refreshed for alice",ip=10.0.0.5
2024-03-01 09:07:45,ERROR,payment,"card declined for order #4413, code=05",ip=10.0.0.8
"""

LINE_RE = re.compile(
    r"""^(?P<date>\d{4}-\d{2}-\d{2})\s(?P<time>\d{2}:\d{2}:\d{2}),
        (?P<level>DEBUG|INFO|WARN|ERROR),
        (?P<component>\w+),
        "(?P<message>(?:[^"\\]|\\.)*)",
        ip=(?P<ip>(?:\d{1,3}\.){3}\d{1,3})$""",
    re.VERBOSE,
)
SLOW_RE = re.compile(r"slow query \((\d+) ms\): (\w+)")
ORDER_RE = re.compile(r"order #(\d+)")
KV_RE = re.compile(r"(\w+)=([\w.]+)")


def parse(text):
    records, rejected = [], []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        m = LINE_RE.match(line)
        if m is None:
            rejected.append(lineno)
            continue
        rec = m.groupdict()
        rec["lineno"] = lineno
        records.append(rec)
    return records, rejected


def seconds(t):
    h, m, s = map(int, t.split(":"))
    return h * 3600 + m * 60 + s


def main():
    records, rejected = parse(LOG)
    print(f"parsed {len(records)} records, rejected lines {rejected}")
    levels = Counter(r["level"] for r in records)
    print("levels:", sorted(levels.items()))
    by_comp = defaultdict(list)
    for r in records:
        by_comp[r["component"]].append(r["level"])
    for comp in sorted(by_comp):
        print(f"  {comp:<8} {'/'.join(by_comp[comp])}")
    for r in records:
        m = SLOW_RE.search(r["message"])
        if m:
            ms, verb = int(m.group(1)), m.group(2)
            print(f"slow {verb:<6} {ms:>5} ms at {r['time']} (span {m.span()})")
    orders = [int(o) for r in records for o in ORDER_RE.findall(r["message"])]
    print("orders mentioned:", orders)
    for r in records:
        kv = dict(KV_RE.findall(r["message"]))
        if kv:
            print(f"  line {r['lineno']}: {kv}")
    errors = [r for r in records if r["level"] == "ERROR"]
    gaps = [seconds(b["time"]) - seconds(a["time"]) for a, b in zip(errors, errors[1:])]
    print("error gaps (s):", gaps)
    ips = Counter(r["ip"] for r in records)
    top_ip, n = max(ips.items(), key=lambda kv: (kv[1], kv[0]))
    print(f"busiest ip {top_ip} ({n})")
    masked = [re.sub(r"\d+$", "x", r["ip"]) for r in records[:3]]
    print("masked:", masked)
    redacted = re.sub(r"(user|for) (\w+)", lambda m: f"{m.group(1)} {m.group(2)[0]}***", records[0]["message"])
    print("redacted:", redacted)
    words = re.split(r"[\s,;:()#]+", records[4]["message"])
    print("split:", [w for w in words if w])
    print("subn:", re.subn(r"\d", "9", "code=51 ok 4411"))
    print("fullmatch:", bool(re.fullmatch(r"[A-Z]+", "WARN")), re.fullmatch(r"[A-Z]+", "Warn"))
    print("escape:", re.escape("a.b*c"))


main()
