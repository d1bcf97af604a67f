# str find/index/count/startswith/endswith/in, replace.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("zzz"), s.find(""), s.rfind(""))
print(s.index("world"), s.rindex("o"), s.count("hello"), s.count("l"), s.count(""), s.count("l", 5, 15))
print(s.find("o", 5, 8), s.find("o", -5), s.startswith("hello"), s.startswith("world", 6), s.endswith("python"))
print(s.startswith(("x", "he")), s.endswith(("on", "zz")), s.startswith(""), "abc".endswith("abc", 1))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)
print(s.replace("hello", "bye"), s.replace("hello", "bye", 1), s.replace("", "-")[:10], "aaa".replace("a", "bb"))
print("aaaa".replace("aa", "b"), "abc".replace("x", "y"), "abc".replace("", ""))
print("world" in s, "World" in s, "" in s, s.casefold().count("HELLO".casefold()))
try:
    s.startswith(["he"])
except TypeError as e:
    print("TypeError:", e)
print("ababab".find("ab", 1), "ababab".rfind("ab", 0, 5), "ababab".count("aba"))
print("Mississippi".replace("ss", "SS").lower().count("ss"))
