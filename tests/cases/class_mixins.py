# Mixins providing reusable behaviour: comparison, repr, dict conversion, via class attributes.
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"
class OrderMixin:
    def _key(self):
        return tuple(getattr(self, f) for f in self.order_by)
    def __lt__(self, other): return self._key() < other._key()
    def __eq__(self, other): return type(self) is type(other) and self._key() == other._key()
    def __hash__(self): return hash(self._key())
class DictMixin:
    def to_dict(self):
        return {k: (v.to_dict() if isinstance(v, DictMixin) else v) for k, v in vars(self).items()}
class Address(ReprMixin, DictMixin):
    def __init__(self, city, zip_code):
        self.city, self.zip_code = city, zip_code
class Person(ReprMixin, OrderMixin, DictMixin):
    order_by = ("last", "first")
    def __init__(self, first, last, address=None):
        self.first, self.last, self.address = first, last, address
people = [Person("ada", "lovelace"), Person("alan", "turing", Address("London", "NW1")), Person("grace", "hopper"), Person("alan", "kay")]
for p in sorted(people):
    print(p)
print(people[1].to_dict())
print(Person("x", "y") == Person("x", "y"), len({Person("x", "y"), Person("x", "y")}))
print([c.__name__ for c in Person.__mro__])
