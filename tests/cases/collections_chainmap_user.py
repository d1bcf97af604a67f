# collections.ChainMap, UserDict, UserList, UserString.
from collections import ChainMap, UserDict, UserList, UserString

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), cm.get("x", "-"), "color" in cm)
cm["color"] = "blue"
print(env, defaults)
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], child.maps[0], len(child.maps))
del child["user"]
print(child["user"])
try:
    del cm["color"]
    del cm["color"]
except KeyError as e:
    print("KeyError", e)
print(cm, ChainMap(), dict(ChainMap({"a": 1}, {"b": 2})))
print(cm.pop("user"), cm.maps[0], ChainMap({1: 1}) | {2: 2})

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __missing__(self, key):
        return f"<{key}>"
ld = LowerDict({"A": 1}, B=2)
ld["C"] = 3
print(ld, ld["a"], ld["zz"], len(ld), "b" in ld, sorted(ld.keys()), ld.data)
print(ld.get("q", 0), type(ld.copy()).__name__, ld | {"d": 4})

class Stack(UserList):
    def push(self, x):
        self.append(x)
st = Stack([1, 2])
st.push(3)
print(st, st.pop(), st[0], st[-1:], type(st[:1]).__name__, st + [9], [0] + st, st * 2)
st.extend([5, 4])
st.sort()
print(st, st.index(4), st.count(1), 2 in st, st == [1, 2, 4, 5], st < [9])
st.reverse()
st.insert(0, 0)
st.remove(5)
print(st, len(st), st.copy())

class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
s = Shout("hello")
print(s, s.shout(), s[1:3], len(s), s + " there", "ell" in s, s.split("l"), s.capitalize(), repr(s))
print(s == "hello", s < "world", s.replace("l", "L"), s * 2, s.find("l"), s.startswith("he"), s.center(9, "*"))
print(isinstance(s, UserString), type(s.lower()).__name__, "%s!" % s, s.join(["a", "b"]))
