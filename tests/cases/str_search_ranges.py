# str.find/rfind/index/rindex/count/startswith/endswith with start/end:
# negative, out of range, None, huge, and non-ASCII text.
s = "héllo wörld héllo"
for args in [("l",), ("l", 3), ("l", -5), ("l", 2, 4), ("l", -100, 100), ("l", None, -3),
             ("", 0), ("", 17), ("", 18), ("", 100), ("", -100), ("llo", 12), ("é", 2),
             ("wörld", 0, 11), ("wörld", 0, 10), ("l", 2**70), ("l", -2**70, 2**70)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
for args in [("h",), ("h", 1), ("héllo", -5), ("", 17), ("", 18), ("x", 0, 0), (("x", "wö"), 6),
             (("d", "lo"), 0, 5), ("llo", -100, 5), ("", 5, 2)]:
    print(args, s.startswith(*args), s.endswith(*args))
print("abc".find("c", True), "abc".count("", 1, 2), "abc".count("", 2, 1), "".count(""), "".find(""))
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "ababab".rfind("ab", 0, 5), "ababab".rindex("ab", -3))
class Ix:
    def __index__(self):
        return 2
print("abcdef".find("c", Ix()), "abcdef"[Ix()], "abcdef".count("a", Ix()))
for f in (lambda: s.index("z"), lambda: s.rindex("l", 0, 2), lambda: s.find("l", "a"),
          lambda: s.find(1), lambda: s.count(None), lambda: s.startswith(1),
          lambda: s.endswith(("a", 2)), lambda: s.startswith("a", 1.5), lambda: s.find(),
          lambda: s.find("a", 1, 2, 3), lambda: s.find("a", start=1)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("中文字符中".find("中", 1), "中文字符中".rfind("中", 0, 4), "中文字符中".index("符", -3), "😀a😀".count("😀"))
print("a\u0301b".find("b"), len("a\u0301b"), "xyz" in "wxyz", "" in "", "é" in "café")
