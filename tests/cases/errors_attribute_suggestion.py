class A:
    foo = 1

print("before")
A().fooo
