# Unbounded recursion ends with RecursionError (never a crash), exit status 1.
def forever(n):
    return forever(n + 1) + 1
print("recursing")
forever(0)
