"""The seeds' single-threaded countdown loop (a while loop decrementing a local),
sized to take about 1-2 s on CPython 3.11. Prints a checksum, not a time."""

COUNT = 60_000_000


def countdown(n):
    while n > 0:
        n -= 1
    return n


print("countdown", COUNT, countdown(COUNT))
