# os.times(): a struct sequence of five float fields, CPU times grow with work.
import os
t = os.times()
print(type(t).__name__, len(t))
print([type(x).__name__ for x in t])
print(t.user >= 0, t.system >= 0, t.children_user >= 0, t.children_system >= 0, t.elapsed > 0)
print(t[0] == t.user, t[4] == t.elapsed, tuple(t)[1] == t.system)
n = 0
for i in range(300000):
    n += i
t2 = os.times()
print(t2.user + t2.system >= t.user + t.system, t2.elapsed >= t.elapsed)
print(repr(t).startswith('posix.times_result(user='))
