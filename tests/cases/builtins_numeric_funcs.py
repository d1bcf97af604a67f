# abs/round/divmod/pow/min/max/sum across int, float, complex, bool, big ints, mixed inputs.
nums = [0, -3, 7, 2.5, -0.5, True, 10 ** 20, -(10 ** 20), 1e-9]
print([abs(n) for n in nums])
print([round(n) for n in nums if not isinstance(n, complex)])
print(sum(nums), min(nums), max(nums), sorted(nums))
print([divmod(n, 3) for n in nums])
print([pow(n, 2) for n in nums])
print(pow(2, 0.5), pow(-1, 0.5), pow(10, -3), pow(0, 0), pow(2, 3, 3), pow(-2, 3, 5), pow(2, -3, 5))
print(sum(range(1, 11)) / len(range(1, 11)), sum([1e100, 1, -1e100]), sum([0.1] * 3) == 0.3)
print(max([1, 2, 3], default=0), max([], default=None), min("cab"), max("a", "bb", key=len))
print(abs(-2 ** 63), abs(-(2 ** 200)) == 2 ** 200, round(-(2 ** 70) / 3), round(7 / 2), round(-7 / 2))
print(hex(abs(-255)), bin(abs(-5)), oct(abs(-8)), int(abs(-3.9)), float(abs(-3)))
