# statistics: averages, exact as CPython (mean sums with fractions)
from fractions import Fraction
import statistics as st

datasets = [
    [1, 2, 3, 4, 4],
    [1, 2, 3, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [0.1] * 10,
    [0.1, 0.2, 0.3, 0.7],
    [1e300, 1e300, -1e300],
    [Fraction(1, 2), Fraction(3, 4), Fraction(5, 6)],
    [1, 2.5, Fraction(1, 3)],
    [True, False, True],
    [10**20, 10**20 + 1, 10**20 + 3],
    [3, 1, 4, 1, 5, 9, 2, 6],
]
for data in datasets:
    print(data[:4])
    for name in ['mean', 'fmean', 'median', 'median_low', 'median_high',
                 'median_grouped', 'mode', 'multimode']:
        print('   ', name, repr(getattr(st, name)(data)))
    if min(data) > 0:
        print('    harmonic', repr(st.harmonic_mean(data)),
              'geometric', repr(st.geometric_mean(data)))

print(st.mean([1, float('inf')]), st.mean([1, float('nan')]), st.mean(iter(range(7))))
print(st.fmean(iter([3.5, 4.0, 5.25])), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]))
print(st.fmean(x for x in [1, 2]), st.fmean(range(1, 11), weights=range(10, 0, -1)))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([2.5, 0]), st.harmonic_mean([7]), st.harmonic_mean([Fraction(1, 3), 1]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([2.0, 8.0]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 2), st.median_grouped([7]))
print(st.mode('aabbbbccddddeeffffgg'), st.multimode('aabbbbccddddeeffffgg'))
print(st.mode([1, 1, 2, 2]), st.multimode([]), st.mode(['red', 'blue', 'red']))
print(st.median(['b', 'c', 'a']), st.median_low([3, 1, 2, 4]), st.median_high([3, 1, 2, 4]))
print(type(st.mean([1, 2, 3])).__name__, type(st.mean([1, 2])).__name__,
      type(st.mean([Fraction(1), 2])).__name__, type(st.mean([True, True])).__name__)
