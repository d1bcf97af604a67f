# global declarations inside nested functions and classes; globals created by functions.
value = "global"
def outer():
    value = "outer local"
    def inner():
        global value
        value = "set by inner"
        return value
    inner()
    return value
print(outer(), value)
def create():
    global fresh_global
    fresh_global = [1, 2]
create()
fresh_global.append(3)
print(fresh_global)
class K:
    global class_made
    class_made = "from class body"
print(class_made)
def counter():
    global calls
    try:
        calls += 1
    except NameError:
        calls = 1
    return calls
print(counter(), counter(), counter())
def reads_global_list():
    fresh_global.append("mutated without global")
reads_global_list()
print(fresh_global)
def del_global():
    global fresh_global
    del fresh_global
del_global()
print("fresh_global" in globals())
