# An inventory report: records as dicts, grouping, aggregation, formatted table, validation errors.
records = [
    {"sku": "A-100", "name": "widget", "qty": 12, "price": 2.50, "cat": "tools"},
    {"sku": "B-200", "name": "gadget", "qty": 0, "price": 12.99, "cat": "toys"},
    {"sku": "C-300", "name": "doohickey", "qty": 5, "price": 7.25, "cat": "tools"},
    {"sku": "D-400", "name": "thingamajig", "qty": 30, "price": 0.99, "cat": "misc"},
    {"sku": "E-500", "name": "whatsit", "qty": 2, "price": 100.0, "cat": "toys"},
]
def validate(r):
    problems = []
    if r["qty"] < 0: problems.append("negative qty")
    if not r["sku"][0].isalpha(): problems.append("bad sku")
    return problems
bad = {"sku": "9-999", "name": "broken", "qty": -1, "price": 1, "cat": "misc"}
print(validate(bad), [validate(r) for r in records])
by_cat = {}
for r in records:
    by_cat.setdefault(r["cat"], []).append(r)
print(f"{'category':<10}{'items':>6}{'units':>7}{'value':>10}")
for cat in sorted(by_cat):
    items = by_cat[cat]
    units = sum(r["qty"] for r in items)
    value = sum(r["qty"] * r["price"] for r in items)
    print(f"{cat:<10}{len(items):>6}{units:>7}{value:>10.2f}")
total = sum(r["qty"] * r["price"] for r in records)
print(f"{'total':<23}{total:>10.2f}")
out_of_stock = [r["name"] for r in records if r["qty"] == 0]
low = sorted((r for r in records if 0 < r["qty"] < 10), key=lambda r: r["qty"])
print("out of stock:", out_of_stock, "| low:", [(r["name"], r["qty"]) for r in low])
most_valuable = max(records, key=lambda r: r["qty"] * r["price"])
print("most valuable line:", most_valuable["sku"], most_valuable["qty"] * most_valuable["price"])
