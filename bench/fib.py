"""Naive recursive Fibonacci: Python-to-Python call overhead and small-int arithmetic."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


N = 32
total = 0
for _ in range(5):
    total += fib(N)
print("fib", N, fib(25), total)
