# random: the real-valued distributions follow CPython's algorithms exactly
import random

r = random.Random(2718)
print('uniform', [r.uniform(-1, 1) for _ in range(3)], r.uniform(5, 5))
print('triangular', r.triangular(), r.triangular(0, 10), r.triangular(0, 10, 9),
      r.triangular(2, 2, 2), r.triangular(10, 0, 1))
print('normalvariate', [r.normalvariate() for _ in range(3)], r.normalvariate(100, 15))
print('gauss', [r.gauss() for _ in range(3)], r.gauss(5, 0.1))
print('lognormvariate', r.lognormvariate(0, 1), r.lognormvariate(1, 0.5))
print('expovariate', r.expovariate(1.0), r.expovariate(0.25), r.expovariate(-2))
print('vonmisesvariate', r.vonmisesvariate(0, 0), r.vonmisesvariate(1, 4), r.vonmisesvariate(3, 0.5))
for alpha in [0.2, 0.9, 1.0, 1.5, 7.0, 250.0]:
    print('gammavariate', alpha, r.gammavariate(alpha, 1.0), r.gammavariate(alpha, 3.0))
print('betavariate', r.betavariate(2, 5), r.betavariate(0.5, 0.5), r.betavariate(1, 1))
print('paretovariate', r.paretovariate(1), r.paretovariate(3.5))
print('weibullvariate', r.weibullvariate(1, 1), r.weibullvariate(2, 0.5))

# gauss makes values in pairs: the second is kept in gauss_next
r.seed(1)
print(r.gauss_next, r.gauss(), r.gauss_next is not None, r.gauss(), r.gauss_next)
r.seed(1)
r.gauss()
r.seed(1)            # seed() forgets the kept value
print(r.gauss_next)

# a long run: mean and spread look right
r.seed(12)
xs = [r.normalvariate(10, 2) for _ in range(2000)]
m = sum(xs) / len(xs)
print(round(m, 1), round((sum((x - m) ** 2 for x in xs) / len(xs)) ** 0.5, 1))
print(round(sum(r.expovariate(4) for _ in range(2000)) / 2000, 2))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: r.gammavariate(0, 1))
show(lambda: r.gammavariate(1, -1))
show(lambda: r.betavariate(-1, 1))
show(lambda: r.expovariate(0))
show(lambda: r.triangular(1, 1))
show(lambda: r.paretovariate(0))
