# datetime.strptime: formats, backtracking, error messages
from datetime import datetime

cases = [("2024-03-05", "%Y-%m-%d"), ("05/03/24 14:30", "%d/%m/%y %H:%M"),
         ("Tue Mar  5 14:30:00 2024", "%a %b %d %H:%M:%S %Y"), ("Tue Mar  5 14:30:00 2024", "%c"),
         ("03/05/24", "%x"), ("9:5:7", "%X"), ("MONDAY jAn 2024", "%A %b %Y"), ("12 AM", "%I %p"),
         ("12 pm", "%I %p"), ("11pm", "%I%p"), ("1 pm", "%H %p"), ("2024 366", "%Y %j"), ("2023 366", "%Y %j"),
         ("2024 0 0", "%Y %U %w"), ("2024 0 1", "%Y %W %w"), ("2024 52 6", "%Y %U %w"), ("2023 0 0", "%Y %W %w"),
         ("2024 1 1", "%G %V %u"), ("2024 53 1", "%G %V %u"), ("2021 1 Sun", "%G %V %a"),
         ("1212", "%m%d"), ("123", "%m%d"), ("2024-1-2", "%Y-%m-%d"), ("2024  \t 1", "%Y %m"),
         ("1.5", "%S.%f"), ("3.000007", "%S.%f"), ("24", "%y"), ("69", "%y"), ("68", "%y"), ("2024 T 5", "%Y t %d"),
         ("%", "%%"), ("+01:30:45.5", "%z"), ("-0130", "%z"), ("Z", "%z"), ("UTC +0100", "%Z %z"), ("gmt", "%Z"),
         ("2024-03-05T14:30:00+05:30", "%Y-%m-%dT%H:%M:%S%z"), ("December 25, 2023", "%B %d, %Y"),
         ("Sat", "%a"), ("0", "%w"), ("7", "%u"), ("99 1", "%j %m"),
         # errors
         ("2024-13-01", "%Y-%m-%d"), ("2023-02-29", "%Y-%m-%d"), ("02-29", "%m-%d"), ("2024-03-05x", "%Y-%m-%d"),
         ("Monday", "%a"), ("  2024", "%Y"), ("20241", "%Y %m"), ("1.1234567", "%S.%f"), ("61", "%S"),
         ("z", "%z"), ("+0130:45", "%z"), ("+01:3045", "%z"), ("+2400", "%z"), ("5", "%e"), ("x", "%Q"),
         ("x", "%."), ("5", "% d"), ("2024", "%Y%"), ("a", "%%"), ("2024 1", "%G %V"), ("2024 1 1", "%Y %V %u"),
         ("1", "%V"), ("2024 1 1", "%G %V %j"), ("", ""), ("", "%Y")]
for s, f in cases:
    try:
        print(repr(s), repr(f), "->", repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), "-> ValueError", e)
for args in [(5, "%Y"), ("2024", 5), ("2024", None)]:
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print("TypeError", e)

class Event(datetime):
    pass

e = Event.strptime("2024-07-04 09:00", "%Y-%m-%d %H:%M")
print(type(e).__name__, repr(e))
d = datetime(2024, 3, 9, 14, 5, 7, 250)
for fmt in ["%Y-%m-%d %H:%M:%S.%f", "%c", "%x %X", "%j %Y %H", "%d %B %Y %I:%M:%S %p"]:
    print(fmt, datetime.strptime(d.strftime(fmt), fmt))
