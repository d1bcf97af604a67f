# Using dict views for set-like algebra between two dicts; diffing configurations.
old = {"host": "a", "port": 80, "debug": False, "user": "x"}
new = {"host": "b", "port": 80, "timeout": 30, "user": "x"}
added = new.keys() - old.keys()
removed = old.keys() - new.keys()
common = old.keys() & new.keys()
changed = {k for k in common if old[k] != new[k]}
print(sorted(added), sorted(removed), sorted(common), sorted(changed))
print(sorted(old.items() & new.items()), sorted(old.items() - new.items()))
print(old.keys() <= (old.keys() | new.keys()), old.keys().isdisjoint({"zzz"}), len(old.keys() ^ new.keys()))
report = []
for k in sorted(old.keys() | new.keys()):
    if k in added:
        report.append(f"+ {k}={new[k]!r}")
    elif k in removed:
        report.append(f"- {k}={old[k]!r}")
    elif k in changed:
        report.append(f"~ {k}: {old[k]!r} -> {new[k]!r}")
print("\n".join(report))
v = new.values()
print(80 in v, list(v), sorted(map(str, v)))
