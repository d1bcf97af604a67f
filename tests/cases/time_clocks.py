# time: the clocks' types and monotonicity, sleep's duration, get_clock_info.
import time


def main():
    for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
        f = getattr(time, name)
        fns = getattr(time, name + "_ns")
        a, b = f(), fns()
        print(name, type(a).__name__, type(b).__name__, f() >= a, fns() >= b)
        info = time.get_clock_info(name)
        print(" ", info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
    t0 = time.monotonic()
    p0 = time.perf_counter_ns()
    time.sleep(0.05)
    print(time.monotonic() - t0 >= 0.05, time.perf_counter_ns() - p0 >= 50_000_000)
    print(abs(time.time() - time.time_ns() / 1e9) < 1.0, time.time() > 1.6e9)
    print(time.clock_gettime(time.CLOCK_REALTIME) > 1.6e9, type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__)
    print(time.clock_getres(time.CLOCK_MONOTONIC) > 0, time._STRUCT_TM_ITEMS)
    print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname))
    lt = time.localtime()
    print(type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__, len(lt))
    print(time.mktime(time.localtime(1234567890)), time.ctime(0) == time.asctime(time.localtime(0)))
    print(time.strftime("%Y", time.localtime(86400 * 400)), time.gmtime(86400 * 400)[:3])
    print(sorted(n for n in dir(time) if not n.startswith("_") and n not in ("clock_settime", "clock_settime_ns", "pthread_getcpuclockid")))


main()
