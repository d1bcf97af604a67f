def f():
    value = 3
    return valeu

print("before")
f()
