# Word statistics over a text: split, strip punctuation, counting with dicts, sorting ties.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip(".,;").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for word, n in top:
    print(f"{word:<12}{n:>3} {'#' * n}")
print("words:", len(words), "distinct:", len(counts))
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for length in sorted(lengths):
    print(length, sorted(lengths[length]))
print("longest:", max(sorted(counts), key=len))
lines = text.splitlines()
print([len(l) for l in lines], [l.count("it was") + l.count("It was") for l in lines])
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
