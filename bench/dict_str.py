"""A dict-and-str workload: generate a deterministic text, count words, build
strings with join and f-strings, and look words up in dicts of several sizes."""

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qu", "an", "el"]


def make_words(n, seed=12345):
    words = []
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + state % 4
        parts = []
        for k in range(length):
            parts.append(SYLLABLES[(state >> (4 * k + 3)) % len(SYLLABLES)])
        words.append("".join(parts))
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def build_report(counts, top):
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    lines = [f"{word:>12} {n:6d}" for word, n in ranked]
    return "\n".join(lines)


def lookups(counts, words):
    index = {w: i for i, w in enumerate(sorted(counts))}
    hits = 0
    total = 0
    for w in words:
        key = w.upper().lower()
        if key in index:
            hits += 1
            total += index[key]
        if w + "x" in counts:
            hits -= 1
    return hits, total


def transform(words):
    out = []
    for w in words:
        if w.startswith("ka"):
            out.append(w.replace("ka", "KA", 1))
        elif w.endswith("el"):
            out.append(w[::-1])
        else:
            out.append(w.capitalize())
    text = " ".join(out)
    return len(text), text.count("KA"), len(text.split())


checksum = 0
for round_ in range(12):
    words = make_words(60000, seed=round_ + 1)
    counts = count_words(words)
    report = build_report(counts, 20)
    hits, total = lookups(counts, words)
    length, kas, nwords = transform(words)
    checksum = (checksum * 131 + len(counts) + hits + total + length + kas + nwords + len(report)) % 1000000007
print(report.splitlines()[0].split())
print("dict_str", len(counts), hits, total, length, kas, nwords, checksum)
