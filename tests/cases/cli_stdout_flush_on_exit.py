# Buffered stdout is flushed at exit, even after a lot of output and an uncaught exception.
for i in range(2000):
    print("line", i, "x" * (i % 50))
print("last line before the error", end="")
raise RuntimeError("after lots of output")
