# Errors in __del__ are ignored; the program's own exit status is what counts.
class Bad:
    def __del__(self):
        raise ValueError("in __del__")
b = Bad()
b = None
print("still running")
raise SystemExit(4)
