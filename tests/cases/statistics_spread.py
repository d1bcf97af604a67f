# statistics: variances and standard deviations (exact sums, correctly rounded roots)
from fractions import Fraction
import statistics as st

datasets = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    [1, 2, 4],
    [10**9 + 4, 10**9 + 7, 10**9 + 13, 10**9 + 16],
    [1e8 + 0.1, 1e8 + 0.2, 1e8 + 0.3],
    [Fraction(1, 3), Fraction(2, 3), 2],
    [0.1] * 5,
    [1, 2, 2**70],
    [True, False, False, True, True],
]
for data in datasets:
    print(data[:3], len(data))
    print('   ', repr(st.pvariance(data)), repr(st.variance(data)))
    print('   ', repr(st.pstdev(data)), repr(st.stdev(data)))

data = [1, 2, 3, 4, 5]
print(st.variance(data, 3), st.variance(data, 3.0), st.variance(data, Fraction(3)))
print(st.pvariance(data, mu=2), st.pstdev(data, 3), st.stdev(data, 2.5))
print(st.variance(iter([1.5, 2.5, 4.0])), st.pvariance([5]), st.pstdev([5.0]))
print(st.variance([1, float('inf')]), st.pvariance([2, float('nan')]))
print(type(st.variance([1, 2, 3])).__name__, type(st.variance([1, 2])).__name__,
      type(st.pstdev([1, 3])).__name__, type(st.stdev([Fraction(1), 3])).__name__)
print(st.pvariance([Fraction(1, 4), Fraction(3, 4), Fraction(7, 4)]))
print(st.stdev([Fraction(1, 4), Fraction(3, 4), Fraction(7, 4)]))
print([st.stdev(range(n)) for n in range(2, 9)])
print([st.pstdev([i * 0.1 for i in range(n)]) for n in range(1, 7)])

try:
    st.variance([1e308, -1e308, 1e308])
except OverflowError as e:
    print(type(e).__name__, e)
