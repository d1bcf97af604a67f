# An exception raised while handling another: "During handling..." chain; last line is the newest.
try:
    {}["missing"]
except KeyError:
    print("handling KeyError")
    raise RuntimeError("cleanup failed")
