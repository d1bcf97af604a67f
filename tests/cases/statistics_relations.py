# statistics: quantiles, covariance, correlation, linear_regression, NormalDist
from fractions import Fraction
import statistics as st

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
print(st.quantiles(data))
print(st.quantiles(data, n=10))
print(st.quantiles(data, n=10, method='inclusive'))
print(st.quantiles(range(100), n=7), st.quantiles([1, 2], n=1))
print(st.quantiles([1.5, 2.5, 10.0], n=5), st.quantiles([Fraction(1, 3), Fraction(1, 2), 2], n=3))

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, y), st.covariance(x, z))
print(st.correlation(x, x), st.correlation(x, y), st.correlation(x, z))
print(st.correlation([0.1, 0.5, 0.9, 1.7], [3.2, 2.2, 1.7, 0.3]))
lr = st.linear_regression(x, [2 * v + 1 for v in x])
print(lr, lr.slope, lr.intercept, type(lr).__name__, lr._fields)
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5.5, 7, 9.25, 11]))
print(st.linear_regression(x, y, proportional=True))
print(st.linear_regression([1.5, 2.5, 4.0], [3.1, 5.2, 8.1], proportional=True))

n = st.NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(100), n.pdf(130), n.cdf(100), n.cdf(85), n.cdf(145))
print(n.inv_cdf(0.5), n.inv_cdf(0.9), n.inv_cdf(0.025), n.zscore(70))
print(n.quantiles(), [round(q, 6) for q in n.quantiles(10)])
std = st.NormalDist()
print([std.inv_cdf(p) for p in (1e-12, 0.001, 0.02, 0.3, 0.77, 0.99, 1 - 1e-10)])
print(n.overlap(st.NormalDist(110, 20)), n.overlap(st.NormalDist(120, 15)), n.overlap(n))
print(n + 5, n - 5, n * 2, n / 2, 2 * n, -n, +n, 10 - n)
print(n + st.NormalDist(0, 20), n - st.NormalDist(10, 20))
print(n == st.NormalDist(100, 15), n == st.NormalDist(100, 16), n == 5,
      hash(n) == hash(st.NormalDist(100.0, 15.0)))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(st.NormalDist(1, 2).samples(3, seed=42), len(st.NormalDist().samples(5)))
print(st.NormalDist(mu=3), st.NormalDist(sigma=0.5))
