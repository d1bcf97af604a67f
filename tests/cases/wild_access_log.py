"""Parse a web-server access log and a CSV export of the same data.

Uses verbose regular expressions with named groups, re.sub with a function,
csv.reader-free splitting with a quoted-field regex, and prints a traffic
summary per endpoint, per status class, and per hour.
"""
import io
import re
from collections import Counter, defaultdict, namedtuple

LOG = r'''
203.0.113.9 - alice [10/Oct/2023:13:55:36 +0000] "GET /api/users?page=2 HTTP/1.1" 200 2326 "-" "curl/8.1"
203.0.113.9 - alice [10/Oct/2023:13:57:02 +0000] "POST /api/users HTTP/1.1" 201 512 "-" "curl/8.1"
198.51.100.7 - - [10/Oct/2023:14:01:11 +0000] "GET /static/app.js HTTP/2.0" 304 0 "https://example.org/" "Mozilla/5.0 (X11; Linux)"
198.51.100.7 - - [10/Oct/2023:14:01:12 +0000] "GET /static/app.css HTTP/2.0" 200 10453 "https://example.org/" "Mozilla/5.0 (X11; Linux)"
192.0.2.44 - bob [10/Oct/2023:14:22:40 +0000] "DELETE /api/users/17 HTTP/1.1" 403 97 "-" "python-requests/2.31"
this line is garbage and should be reported
192.0.2.44 - bob [10/Oct/2023:15:03:09 +0000] "GET /api/users/17 HTTP/1.1" 404 153 "-" "python-requests/2.31"
203.0.113.9 - alice [10/Oct/2023:15:10:00 +0000] "GET /api/report.csv HTTP/1.1" 500 0 "-" "curl/8.1"
203.0.113.9 - alice [10/Oct/2023:15:10:05 +0000] "GET /api/report.csv HTTP/1.1" 200 88112 "-" "curl/8.1"
'''

LINE_RE = re.compile(r"""
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+
    -\s+
    (?P<user>\S+)\s+
    \[(?P<day>\d{2})/(?P<mon>[A-Z][a-z]{2})/(?P<year>\d{4})
      :(?P<hour>\d{2}):(?P<minute>\d{2}):(?P<second>\d{2})\s(?P<tz>[+-]\d{4})\]\s+
    "(?P<method>[A-Z]+)\s(?P<path>[^\s?]+)(?:\?(?P<query>\S*))?\s(?P<proto>HTTP/[\d.]+)"\s+
    (?P<status>\d{3})\s+(?P<size>\d+|-)\s+
    "(?P<referer>[^"]*)"\s+"(?P<agent>[^"]*)"$
""", re.VERBOSE)

Hit = namedtuple("Hit", "ip user hour method path query status size agent")

CSV_EXPORT = '''endpoint,method,"description, long",count
/api/users,GET,"List users, paginated",12
/api/users,POST,"Create a user",3
"/api/report.csv",GET,"The ""big"" report",7
'''
FIELD_RE = re.compile(r'"((?:[^"]|"")*)"|([^,]*)')


def parse_log(text):
    hits, bad = [], []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = LINE_RE.match(line)
        if m is None:
            bad.append((lineno, line[:20]))
            continue
        g = m.groupdict()
        hits.append(Hit(g["ip"], None if g["user"] == "-" else g["user"], int(g["hour"]),
                        g["method"], g["path"], g["query"], int(g["status"]),
                        0 if g["size"] == "-" else int(g["size"]), g["agent"]))
    return hits, bad


def split_csv_line(line):
    fields = []
    pos = 0
    while pos <= len(line):
        m = FIELD_RE.match(line, pos)
        quoted, plain = m.groups()
        fields.append(quoted.replace('""', '"') if quoted is not None else plain)
        pos = m.end() + 1
    return fields


def anonymise(line):
    return re.sub(r"\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b",
                  lambda m: f"{m.group(1)}.{m.group(2)}.x.x", line)


def human(n):
    for unit in ("B", "KiB", "MiB"):
        if n < 1024:
            return f"{n:.0f}{unit}" if unit == "B" else f"{n:.1f}{unit}"
        n /= 1024
    return f"{n:.1f}GiB"


def main():
    hits, bad = parse_log(LOG)
    print(f"{len(hits)} hits, {len(bad)} unparsable: {bad}")
    per_endpoint = defaultdict(lambda: {"hits": 0, "bytes": 0, "methods": set()})
    for h in hits:
        e = per_endpoint[h.path]
        e["hits"] += 1
        e["bytes"] += h.size
        e["methods"].add(h.method)
    for path in sorted(per_endpoint):
        e = per_endpoint[path]
        print(f"  {path:<20} {e['hits']:>2} {human(e['bytes']):>8}  {','.join(sorted(e['methods']))}")
    classes = Counter(f"{h.status // 100}xx" for h in hits)
    print("status classes:", sorted(classes.items()))
    hours = Counter(h.hour for h in hits)
    for hour in range(min(hours), max(hours) + 1):
        print(f"  {hour:02d}:00 {'#' * hours[hour]}")
    users = Counter(h.user or "<anon>" for h in hits)
    print("users:", users.most_common())
    errors = [h for h in hits if h.status >= 400]
    print("errors:", [(h.method, h.path, h.status) for h in errors])
    queries = [dict(kv.split("=", 1) for kv in h.query.split("&")) for h in hits if h.query]
    print("queries:", queries)
    agents = sorted({re.split(r"[/ ]", h.agent, maxsplit=1)[0] for h in hits})
    print("agents:", agents)
    print(anonymise(LOG.strip().splitlines()[0])[:60])

    reader = io.StringIO(CSV_EXPORT)
    header = split_csv_line(reader.readline().rstrip("\n"))
    print(header)
    rows = [dict(zip(header, split_csv_line(line.rstrip("\n")))) for line in reader if line.strip()]
    for row in rows:
        print(f"  {row['method']:<5} {row['endpoint']:<18} {int(row['count']):>3}  {row['description, long']}")
    total = sum(int(r["count"]) for r in rows)
    print("csv total:", total, "log total:", len(hits))
    print(re.findall(r"(?i)(get|post)\s+(/\w+)", LOG)[:3])
    print(re.subn(r"HTTP/(\d)\.(\d)", r"H\1\2", LOG)[1])


if __name__ == "__main__":
    main()
