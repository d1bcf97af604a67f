# complex numbers: construction, arithmetic, attributes, repr.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), repr(z))
print(complex(1, 2), complex(), complex("1+2j"), complex(" 3-4j "), complex("5j"), complex(2.5))
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (2 + 0j) ** 2)
print(-z, +z, z - 1, 1 - z, z == 3 + 4j, z != z.conjugate())
print(complex(0, 0) == 0, 1j ** 2 == -1, (1 + 0j) == 1.0)
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, -0.0)), repr(1 + 0j))
print(complex(1.5, -2.25), complex(1e20, 1e-20), complex(float("inf"), float("nan")))
print(type(z).__name__, isinstance(z, complex), hash(1 + 0j) == hash(1))
print(format(1 + 2j), str(2j), f"{z}")
try:
    z < z
except TypeError as e:
    print("TypeError:", e)
try:
    1j / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int(1j)
except TypeError as e:
    print("TypeError:", e)
print(pow(1j, 2), (1j).real, (2j).imag)
print(sum([1j, 2, 3.5]), complex(True, False))
print(divmod.__name__, 3j.__class__.__name__)
