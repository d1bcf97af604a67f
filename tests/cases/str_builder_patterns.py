# Common string-building patterns: join vs concatenation, formatting tables, padding, wrapping.
parts = []
for i in range(5):
    parts.append(f"item{i}")
print(", ".join(parts))
s = ""
for i in range(5):
    s += str(i) * i
print(s)
rows = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.2)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    print(" | ".join(str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(r, widths))))
print("-+-".join("-" * w for w in widths))
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines
for l in wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 20):
    print(f"|{l:<20}|")
print("=" * 20, "abc".center(20, "~"), sep="\n")
print("\n".join(f"{n:>3}: {'*' * n}" for n in (1, 5, 10)))
csv = "a,b,c\n1,2,3\n4,5,6"
table = [line.split(",") for line in csv.splitlines()]
print(table, [sum(int(v) for v in col) for col in list(zip(*table[1:]))])
print(" ".join(reversed("one two three".split())), "-".join("abc"), "".join(c * 2 for c in "xyz"))
