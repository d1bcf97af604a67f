# The copyreg extension registry (EXT1/EXT2/EXT4), argument errors, the
# exception hierarchy, and pickling exceptions.
import copyreg
import pickle


class Buf:
    def write(self, b):
        pass


class Point:
    pass


class Record:
    pass


class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code


copyreg.add_extension(__name__, "Point", 5)
copyreg.add_extension(__name__, "Record", 300)
copyreg.add_extension("builtins", "range", 70000)
for proto in range(6):
    data = pickle.dumps([Point, Record, range, Point], proto)
    print(proto, data, pickle.loads(data) == [Point, Record, range, Point])
copyreg.remove_extension(__name__, "Point", 5)

for bad in (6, 99, "2", 2.0):
    try:
        pickle.dumps(1, bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
for make in (lambda: pickle.Pickler(object()), lambda: pickle.Unpickler(object()),
             lambda: pickle.Pickler(Buf(), 4, buffer_callback=print),
             lambda: pickle.loads("text"), lambda: pickle.loads(b"N.", encoding=1)):
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
print(pickle.loads(bytearray(b"\x80\x04K\x05.")), pickle.loads(b"N.extra bytes"))

for exc in (ValueError("bad value"), KeyError("k"), AppError("failed", 7)):
    for proto in (0, 2, 4):
        data = pickle.dumps(exc, proto)
        back = pickle.loads(data)
        print(proto, data, type(back).__name__, back.args, getattr(back, "code", None))
