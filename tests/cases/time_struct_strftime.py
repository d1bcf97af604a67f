# time.struct_time, gmtime of fixed timestamps, strftime with many directives.
import time
for ts in [0, 86399, 86400, 951782400, 1234567890, 2147483647, 4102444800]:
    t = time.gmtime(ts)
    print(ts, time.strftime("%Y-%m-%d %H:%M:%S %a %j %U %w", t), t.tm_yday, t.tm_wday)
t = time.gmtime(1234567890)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_isdst, t[:3], len(t))
print(time.strftime("%d/%m/%y %I%p %B %b %A %%", t))
print(time.strftime("%Y", (1999, 12, 31, 0, 0, 0, 4, 365, 0)), time.asctime((2024, 1, 1, 9, 5, 0, 0, 1, 0)))
print(time.gmtime(-86400)[:6], time.gmtime(1.9)[5])
