"""wordfreq: count word frequencies in a text file and print a small report."""
import collections
import os
import re
import string
import tempfile

SAMPLE = """\
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.

We had everything before us, we had nothing before us -- we were all going
direct to Heaven, we were all going direct the other way.
"""

STOPWORDS = frozenset("the of it was we a an and to".split())
WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")


def tokenize(line):
    return WORD_RE.findall(line.lower())


def count_words(path, skip_stopwords=False):
    counts = collections.Counter()
    lines = 0
    chars = 0
    with open(path, encoding="utf-8") as fh:
        for lines, line in enumerate(fh, 1):
            chars += len(line)
            for word in tokenize(line):
                if skip_stopwords and word in STOPWORDS:
                    continue
                counts[word] += 1
    return counts, lines, chars


def top_n(counts, n):
    # ties broken alphabetically so the report is stable
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def histogram(pairs, width=30):
    if not pairs:
        return []
    biggest = pairs[0][1]
    rows = []
    for word, n in pairs:
        bar = "#" * max(1, round(n * width / biggest))
        rows.append(f"{word:>12} {n:3d} {bar}")
    return rows


def letter_stats(counts):
    letters = collections.Counter()
    for word, n in counts.items():
        for ch in word:
            if ch in string.ascii_lowercase:
                letters[ch] += n
    return letters


def main():
    fd, path = tempfile.mkstemp(suffix=".txt", prefix="wfreq_")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(SAMPLE)
        counts, nlines, nchars = count_words(path)
        print(f"file: {os.path.basename(path).startswith('wfreq_')} lines={nlines} chars={nchars}")
        print(f"total words: {sum(counts.values())}, distinct: {len(counts)}")
        print("top 8 (all words):")
        for row in histogram(top_n(counts, 8)):
            print(row)
        content, _, _ = count_words(path, skip_stopwords=True)
        print("top 6 (no stopwords):")
        for row in histogram(top_n(content, 6), width=20):
            print(row)
        hapax = sorted(w for w, n in content.items() if n == 1)
        print("hapax legomena:", len(hapax), hapax[:5])
        by_len = collections.defaultdict(list)
        for w in counts:
            by_len[len(w)].append(w)
        for length in sorted(by_len)[-3:]:
            print(f"len {length}: {', '.join(sorted(by_len[length]))}")
        letters = letter_stats(counts)
        common = letters.most_common(5)
        print("letters:", " ".join(f"{c}={n}" for c, n in common))
        missing = sorted(set(string.ascii_lowercase) - set(letters))
        print("unused letters:", "".join(missing))
        print("counter arithmetic:", sorted((counts - content).items())[:4])
    finally:
        os.remove(path)
    print("cleaned up:", not os.path.exists(path))


if __name__ == "__main__":
    main()
