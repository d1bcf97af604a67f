# finally blocks run while an exception propagates to the top level.
def work():
    try:
        print("working")
        raise LookupError("not found")
    finally:
        print("finally in work")
try:
    work()
finally:
    print("finally at top level")
