# User-defined exception classes: hierarchies, extra attributes, __str__, __init__ signatures.
class AppError(Exception):
    """Base of this app's errors."""
class ConfigError(AppError):
    def __init__(self, key, problem="missing"):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem
    def __str__(self):
        return f"config key {self.key!r} is {self.problem}"
class RetryableError(AppError):
    def __init__(self, attempts):
        self.attempts = attempts
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
for exc in [AppError("generic"), ConfigError("port"), ConfigError("host", "invalid"), RetryableError(3), NoSuper(7)]:
    try:
        raise exc
    except ConfigError as e:
        print("ConfigError:", e, e.args, e.key)
    except AppError as e:
        print(type(e).__name__, "AppError branch:", str(e), e.args, getattr(e, "attempts", None))
    except Exception as e:
        print("Exception branch:", repr(e), e.args, e.x)
print(ConfigError.__mro__[1].__name__, ConfigError.__doc__, AppError.__doc__)
print(repr(ConfigError("k")), repr(RetryableError(1)), repr(NoSuper(2)))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), str(WithRepr("s")))
try:
    try:
        raise ConfigError("db")
    except AppError as e:
        raise RetryableError(2) from e
except AppError as e:
    print(type(e).__name__, type(e.__cause__).__name__, e.__cause__.key)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except NotAnException:
        pass
except TypeError as e:
    print("TypeError:", e)
class MyBase(BaseException):
    pass
try:
    try:
        raise MyBase("not an Exception")
    except Exception:
        print("not reached")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e)
