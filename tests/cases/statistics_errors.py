# statistics: StatisticsError (a ValueError) and type errors, with CPython's messages
import statistics as st

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(st.StatisticsError.__mro__[1].__name__, issubclass(st.StatisticsError, ValueError))
for name in ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low',
             'median_high', 'median_grouped', 'mode', 'multimode', 'pvariance',
             'variance', 'pstdev', 'stdev', 'quantiles']:
    show(lambda: getattr(st, name)([]))
for name in ['variance', 'stdev', 'quantiles']:
    show(lambda: getattr(st, name)([5]))
show(lambda: st.fmean(iter([])))
show(lambda: st.mean(['a', 'b']))
show(lambda: st.mean([1, 'b']))
show(lambda: st.variance([None, None]))
show(lambda: st.fmean([1, 2, 3], weights=[1, 2]))
show(lambda: st.fmean([1, 2, 3], weights=[0, 0, 0]))
show(lambda: st.geometric_mean([1, -2]))
show(lambda: st.geometric_mean([0, 4]))
show(lambda: st.harmonic_mean([40, -60]))
show(lambda: st.harmonic_mean([-1]))
show(lambda: st.harmonic_mean(['a']))
show(lambda: st.harmonic_mean([1, 2], weights=[1]))
show(lambda: st.harmonic_mean([1, 2], weights=[-1, 2]))
show(lambda: st.harmonic_mean([1, 2], weights=[0, 0]))
show(lambda: st.harmonic_mean([1, 0]))
show(lambda: st.median_grouped(['a', 'b']))
show(lambda: st.quantiles([1, 2, 3], n=0))
show(lambda: st.quantiles([1, 2, 3], method='middle'))
show(lambda: st.covariance([1, 2], [3]))
show(lambda: st.covariance([1], [3]))
show(lambda: st.correlation([1, 2, 3], [1, 2]))
show(lambda: st.correlation([1], [2]))
show(lambda: st.correlation([1, 2, 3], [5, 5, 5]))
show(lambda: st.linear_regression([1, 2], [3]))
show(lambda: st.linear_regression([1], [1]))
show(lambda: st.linear_regression([2, 2, 2], [1, 2, 3]))
show(lambda: st.NormalDist(0, -1))
show(lambda: st.NormalDist(0, 0).pdf(1))
show(lambda: st.NormalDist(0, 0).cdf(1))
show(lambda: st.NormalDist(0, 0).zscore(1))
show(lambda: st.NormalDist().inv_cdf(0))
show(lambda: st.NormalDist().inv_cdf(1.5))
show(lambda: st.NormalDist(1, 0).inv_cdf(0.5))
show(lambda: st.NormalDist().overlap(3))
show(lambda: st.NormalDist(0, 0).overlap(st.NormalDist()))
show(lambda: st.NormalDist.from_samples([1]))
try:
    st.mean([])
except ValueError as e:
    print('caught as ValueError:', e)
