"""Parse an access log with re, aggregate by status and path, report slow requests."""
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 0.012
192.168.1.11 - - [10/Oct/2023:13:55:37 +0000] "POST /api/login HTTP/1.1" 401 128 0.250
10.0.0.5 - - [10/Oct/2023:13:56:01 +0000] "GET /images/logo.png HTTP/1.1" 304 0 0.003
192.168.1.10 - - [10/Oct/2023:13:56:10 +0000] "GET /api/items?page=2 HTTP/1.1" 200 5120 1.402
bad line without structure
10.0.0.7 - - [10/Oct/2023:13:57:44 +0000] "DELETE /api/items/42 HTTP/1.1" 500 64 2.750
192.168.1.11 - - [10/Oct/2023:13:58:02 +0000] "POST /api/login HTTP/1.1" 200 512 0.180
"""

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ \S+ \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>[^ ?"]+)(?:\?(?P<query>[^ "]*))? HTTP/[\d.]+" '
    r'(?P<status>\d{3}) (?P<size>\d+) (?P<secs>\d+\.\d+)$'
)


@dataclass(frozen=True)
class Request:
    ip: str
    method: str
    path: str
    query: str
    status: int
    size: int
    secs: float


def parse(text):
    good, bad = [], []
    for n, line in enumerate(text.splitlines(), 1):
        m = LINE.match(line)
        if not m:
            bad.append(n)
            continue
        d = m.groupdict()
        good.append(Request(d['ip'], d['method'], d['path'], d['query'] or '',
                            int(d['status']), int(d['size']), float(d['secs'])))
    return good, bad


def main():
    reqs, bad = parse(LOG)
    print(f"parsed {len(reqs)} requests, skipped lines {bad}")
    by_status = Counter(r.status // 100 * 100 for r in reqs)
    for status, n in sorted(by_status.items()):
        print(f"  {status}s: {n}")
    per_path = defaultdict(list)
    for r in reqs:
        per_path[r.path].append(r.secs)
    for path in sorted(per_path):
        times = per_path[path]
        print(f"  {path:<20} n={len(times)} avg={sum(times) / len(times):.3f}s max={max(times):.3f}s")
    slow = [r for r in reqs if r.secs > 1.0]
    print("slow:", ", ".join(f"{r.method} {r.path} ({r.secs:g}s)" for r in slow))
    print("bytes by ip:", dict(sorted(Counter({r.ip: 0 for r in reqs}) .items())))
    totals = Counter()
    for r in reqs:
        totals[r.ip] += r.size
    print(totals.most_common(2))
    print(re.sub(r'(\d+)\.(\d+)\.(\d+)\.(\d+)', r'\1.\2.x.x', reqs[0].ip))
    print(reqs[2], reqs[0] == Request(**vars(reqs[0])))


main()
