"""Word frequencies of a text file: tokenising, stop words, n-grams, a histogram."""
import collections
import os
import re
import string
import tempfile

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was the
spring of hope, it was the winter of despair, we had everything before us, we had
nothing before us -- we were all going direct to Heaven, we were all going direct
the other way. Don't panic; naïve café-goers can't agree!
"""
STOP = {"it", "was", "the", "of", "we", "us", "to", "all", "had"}

fd, path = tempfile.mkstemp(suffix=".txt")
with os.fdopen(fd, "w", encoding="utf-8") as f:
    f.write(TEXT)
try:
    with open(path, encoding="utf-8") as f:
        words = [w.lower() for line in f for w in re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", line)]
finally:
    os.remove(path)
counts = collections.Counter(w for w in words if w not in STOP)
print(len(words), "words,", len(set(words)), "distinct,", len(counts), "after stop words")
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{word:>12} {n:2} {'#' * n}")
bigrams = collections.Counter(zip(words, words[1:]))
print([" ".join(b) for b, n in bigrams.most_common(3)])
lengths = collections.Counter(map(len, words))
print(sorted(lengths.items()))
print(max(words, key=len), sorted(w for w in set(words) if "'" in w or "-" in w))
table = str.maketrans("", "", string.punctuation)
print(TEXT.splitlines()[-1].translate(table).split())
print(f"{sum(counts.values()) / len(counts):.3f}", os.path.exists(path))
