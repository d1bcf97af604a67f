# An uncaught exception raised `from` another: both tracebacks print; the last line is the outer one.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config value " + repr(text)) from e
print(load("10"))
load("ten")
