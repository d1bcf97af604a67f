# time: argument errors of sleep, gmtime, strftime, asctime and mktime, and
# the range checks on time tuples.
import time


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__ + ":", e)


def main():
    for expr in [
        "time.sleep('1')", "time.sleep(-1)", "time.sleep(-0.5)", "time.sleep(float('nan'))",
        "time.sleep(1e30)", "time.sleep(10 ** 30)", "time.sleep(-10 ** 10)", "time.sleep(None)",
        "time.sleep(1, 2)", "time.sleep(secs=1)", "time.sleep(0)", "time.sleep(False)", "time.sleep(0.001)",
        "time.gmtime('1')", "time.gmtime(1e20)", "time.gmtime(float('nan'))", "time.gmtime(float('inf'))",
        "time.gmtime(2 ** 63)", "time.gmtime(1, 2)", "time.gmtime(1.9)", "time.gmtime(-1.5)",
        "time.gmtime(253402300800)", "time.gmtime(-62135596801)", "time.gmtime(10 ** 17)",
        "time.time(1)", "time.mktime()", "time.asctime(1, 2)", "time.strftime()", "time.strftime(5)",
        "time.strftime('%Y', 5)", "time.strftime('x\\0y', (2024, 1, 2, 3, 4, 5, 0, 2, 0))",
        "time.get_clock_info('x')",
    ]:
        show(expr)
    cases = [
        "(1, 2)", "[2024, 1, 1, 0, 0, 0, 0, 1, 0]", "(2024.0, 1, 1, 0, 0, 0, 0, 1, 0)",
        "(2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0)", "(-2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0)",
        "(2024, 13, 1, 0, 0, 0, 0, 1, 0)", "(2024, 0, 0, 0, 0, 0, 0, 0, 0)", "(2024, 1, 32, 0, 0, 0, 0, 1, 0)",
        "(2024, 1, 1, 24, 0, 0, 0, 1, 0)", "(2024, 1, 1, 0, 60, 0, 0, 1, 0)", "(2024, 1, 1, 0, 0, 62, 0, 1, 0)",
        "(2024, 1, 1, 0, 0, 61, 0, 1, 0)", "(2024, 1, 1, 0, 0, 0, -8, 1, 0)", "(2024, 1, 1, 0, 0, 0, -9, 1, 0)",
        "(2024, 1, 1, 0, 0, 0, 9, 1, 0)", "(2024, 1, 1, 0, 0, 0, 0, 367, 0)", "(2024, 1, 1, 0, 0, 0, 0, 1, -5)",
        "(-5, 1, 1, 0, 0, 0, 0, 1, 0)", "(12345, 1, 1, 0, 0, 0, 0, 1, 0)", "(2024, -1, 1, 0, 0, 0, 0, 1, 0)",
    ]
    for c in cases:
        show("time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %y %C %e %G %V %u %w %U %W %I %p %%', " + c + ")")
        show("time.asctime(" + c + ")")
    for fmt in ["", "%", "abc%", "%Q", "%%%", "%Ey %Od", "é%Y", "%" * 5, "%-d %_m", "%c|%x|%X|%D|%T|%R|%F|%h|%n|%t|%s"]:
        show("time.strftime(%r, (2024, 1, 2, 3, 4, 5, 1, 2, 0))" % fmt)


main()
