# Float edge values: subnormals, max/min, epsilon, rounding of halfway decimal strings, negative zero.
import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, 5e-324, 5e-324 / 2, 2.5e-324)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(float("1.7976931348623157e308"), float("1.7976931348623159e308"), float("2e308"), float("-2e308"))
print(float("2.2250738585072011e-308"), float("4.9e-324"), float("2.4e-324"), float("2.5e-324"))
print(0.1 + 0.7, 0.1 * 0.1, 1.1 + 2.2, 3 * 1.1, 1e23, 8.41e21, 5e-310, 1.5e-323)
print(-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), str(-0.0), repr(-1e-320))
print(float("0.30000000000000004") == 0.1 + 0.2, float("9007199254740993"), float("9007199254740995"))
print(2.0 ** 52 + 0.5, 2.0 ** 53 + 1, 2.0 ** 1023 * 2, (2.0 ** 1023 * 2) - (2.0 ** 1023 * 2))
print([x / 10 for x in range(0, 11)], [round(x * 0.1, 1) for x in range(11)])
