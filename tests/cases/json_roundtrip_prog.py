# A small program: build records, serialize with json, parse them back, and aggregate.
import json

records = []
for i in range(12):
    records.append({
        "id": i,
        "name": "item-%02d" % i,
        "price": round(i * 1.1 + 0.05, 2),
        "tags": ["even" if i % 2 == 0 else "odd"] + (["fizz"] if i % 3 == 0 else []),
        "meta": {"active": i % 4 != 0, "ratio": i / 8, "note": None if i % 5 else "five\u00e9"},
    })

text = json.dumps({"records": records, "count": len(records)}, sort_keys=True)
print(len(text))
print(text[:160])
pretty = json.dumps(records[:2], indent=4)
print(pretty)

parsed = json.loads(text)
print(parsed["count"], parsed["records"] == records)
total = sum(r["price"] for r in parsed["records"])
print(round(total, 2))
active = [r["id"] for r in parsed["records"] if r["meta"]["active"]]
print(active)
by_tag = {}
for r in parsed["records"]:
    for t in r["tags"]:
        by_tag.setdefault(t, []).append(r["id"])
print(json.dumps(by_tag, sort_keys=True))

# Line-delimited JSON.
lines = "\n".join(json.dumps(r, separators=(",", ":")) for r in records[:4])
print(lines)
print([json.loads(line)["name"] for line in lines.splitlines()])

# A big nested structure survives a roundtrip.
deep = current = []
for level in range(40):
    nxt = [level, {"level": level}]
    current.append(nxt)
    current = nxt
print(json.loads(json.dumps(deep)) == deep, json.dumps(deep)[:60])
big = {"k%d" % i: [i, str(i), i * 0.5] for i in range(300)}
print(json.loads(json.dumps(big, indent=2)) == big)
