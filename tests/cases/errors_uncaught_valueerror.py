# An uncaught exception: output so far is flushed, traceback on stderr, exit status 1.
def parse(s):
    return int(s)
print("parsing")
values = [parse(s) for s in ["1", "2"]]
print(values)
parse("three")
print("never printed")
