# difflib.SequenceMatcher: matching blocks, opcodes, ratios, junk and the
# autojunk heuristic, grouped opcodes.
from difflib import SequenceMatcher, IS_CHARACTER_JUNK

a, b = "qabxcd", "abycdf"
s = SequenceMatcher(None, a, b)
print(s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, a[i1:i2], j1, j2, b[j1:j2]))
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())

s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), sorted(s.bjunk))
print(SequenceMatcher(None, "ab", "c").find_longest_match(0, 2, 0, 1))

s = SequenceMatcher(None, "abxcd", "abcd")
print(list(s.get_matching_blocks()))
s = SequenceMatcher(lambda x: x in " \t", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
s.set_seq1("private volatile Thread currentThread;")
print(s.ratio(), s.get_opcodes())
s.set_seqs("abcd", "bcde")
print(s.ratio(), s.get_matching_blocks())
s.set_seq2("abcd")
print(s.ratio())
print(SequenceMatcher(None, "", "").ratio(), SequenceMatcher(None, "", "").get_opcodes())
print(SequenceMatcher(None, "abc", "").get_opcodes())

x = [str(i) for i in range(300)]
y = ["0"] * 250 + x[:50]
for auto in (True, False):
    s = SequenceMatcher(None, y, y[::-1] + ["1"], autojunk=auto)
    print(auto, sorted(s.bpopular), len(s.get_opcodes()), round(s.ratio(), 4))

a = list(map(str, range(1, 40)))
b = a[:]
b[8:8] = ['i']
b[20] += 'x'
b[23:28] = []
b[30] += 'y'
for group in SequenceMatcher(None, a, b).get_grouped_opcodes():
    print(group)
print(list(SequenceMatcher(None, a, a).get_grouped_opcodes(1)))
print(list(SequenceMatcher(None, "", "").get_grouped_opcodes()))
s = SequenceMatcher(IS_CHARACTER_JUNK, "a b  c", "a  b c")
print(s.get_matching_blocks(), s.get_opcodes())
words1 = "the quick brown fox jumps over the lazy dog".split()
words2 = "the quick red fox jumped over the lazy dogs".split()
s = SequenceMatcher(None, words1, words2)
print(s.get_opcodes(), round(s.ratio(), 4))
print(SequenceMatcher(None, (1, 2, 3, 4), [0, 1, 2, 4]).get_opcodes())
