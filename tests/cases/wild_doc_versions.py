"""Versioned document store: keep revisions, show diffs, persist with pickle."""
import difflib
import io
import pickle
from dataclasses import dataclass, field


@dataclass
class Revision:
    number: int
    author: str
    lines: list
    message: str = ""


@dataclass
class Document:
    title: str
    revisions: list = field(default_factory=list)

    def commit(self, author, text, message=""):
        lines = text.splitlines(keepends=True)
        if self.revisions and self.revisions[-1].lines == lines:
            return None
        rev = Revision(len(self.revisions) + 1, author, lines, message)
        self.revisions.append(rev)
        return rev

    def diff(self, a, b, context=1):
        ra, rb = self.revisions[a - 1], self.revisions[b - 1]
        return "".join(difflib.unified_diff(ra.lines, rb.lines, f"{self.title}@{a}", f"{self.title}@{b}", n=context))

    def blame(self):
        owner = []
        for rev in self.revisions:
            prev = [line for line, _ in owner]
            sm = difflib.SequenceMatcher(None, prev, rev.lines, autojunk=False)
            new_owner = []
            for tag, i1, i2, j1, j2 in sm.get_opcodes():
                if tag == "equal":
                    new_owner.extend(owner[i1:i2])
                else:
                    new_owner.extend((line, rev.author) for line in rev.lines[j1:j2])
            owner = new_owner
        return owner


V1 = """Shopping list
- milk
- bread
- eggs
"""
V2 = """Shopping list
- milk (oat)
- bread
- eggs
- coffee
"""
V3 = """Shopping list for Saturday
- milk (oat)
- eggs
- coffee
- apples
"""


def main():
    doc = Document("list.txt")
    print([r and r.number for r in (doc.commit("ann", V1, "first"), doc.commit("bob", V2), doc.commit("bob", V2),
                                    doc.commit("cy", V3, "weekend"))])
    print(doc.diff(1, 2), end="")
    print(doc.diff(2, 3, context=0), end="")
    for line, who in doc.blame():
        print(f"{who:>4} | {line}", end="")
    sm = difflib.SequenceMatcher(None, V1, V3)
    print("ratio:", round(sm.ratio(), 4), round(sm.quick_ratio(), 4), sm.find_longest_match(0, len(V1), 0, len(V3)))
    print("close:", difflib.get_close_matches("cofee", ["coffee", "toffee", "office", "cafe"], n=3, cutoff=0.5))
    print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "four\n"])), end="")
    ctx = list(difflib.context_diff(["a\n", "b\n"], ["a\n", "c\n"], "old", "new"))
    print(ctx[:5])
    buf = io.BytesIO()
    pickle.dump(doc, buf, protocol=pickle.HIGHEST_PROTOCOL)
    size = buf.tell()
    buf.seek(0)
    restored = pickle.load(buf)
    print("pickled:", size > 100, restored == doc, restored is not doc, restored.revisions[-1].message)
    print([r.author for r in restored.revisions], restored.revisions[0].lines[0].rstrip())
    blob = pickle.dumps({"t": (1, 2.5, None), "s": frozenset({3}), "b": b"\x00"}, protocol=2)
    print(pickle.loads(blob), pickle.loads(pickle.dumps(Revision(0, "z", []))))
    try:
        pickle.dumps(lambda: 1)
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__)
    try:
        pickle.loads(b"garbage")
    except pickle.UnpicklingError as e:
        print("UnpicklingError:", e)


main()
