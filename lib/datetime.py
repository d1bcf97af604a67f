"""Concrete date/time and related types.

Baton's implementation of the datetime module, written to behave like
CPython 3.11's (the C accelerator): same range checks, messages, rounding,
repr/str forms and strftime output in the C locale.
"""

import time as _time
import math as _math
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # ordinal of 9999-12-31
_EPOCH_ORDINAL = 719163        # ordinal of 1970-01-01
_MAX_DELTA_DAYS = 999999999
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400000000

# ---------------------------------------------------------------------------
# Calendar arithmetic (proleptic Gregorian, day 1 is 0001-01-01)

_MONTH_LEN = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
             "Saturday", "Sunday")
_MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
               "Sep", "Oct", "Nov", "Dec")
_MONTH_FULL = ("", "January", "February", "March", "April", "May", "June",
               "July", "August", "September", "October", "November",
               "December")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_len(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_LEN[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    n = _BEFORE_MONTH[month]
    if month > 2 and _is_leap(year):
        n += 1
    return n


def _to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _from_ordinal(n):
    """(year, month, day) for ordinal n (any int; floor arithmetic)."""
    n -= 1
    c400, n = divmod(n, 146097)
    c100, n = divmod(n, 36524)
    c4, n = divmod(n, 1461)
    c1, n = divmod(n, 365)
    year = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c100 == 4 or c1 == 4:
        # the last day of a leap year closing a 4- or 400-year cycle
        return year - 1, 12, 31
    # n is the 0-based day of the year
    month = n // 31 + 1
    while month < 12 and _days_before_month(year, month + 1) <= n:
        month += 1
    return year, month, n - _days_before_month(year, month) + 1


def _weekday(year, month, day):
    return (_to_ordinal(year, month, day) + 6) % 7


def _iso_week1_monday(year):
    first = _to_ordinal(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _iso_has_week53(year):
    wd = _weekday(year, 1, 1)
    return wd == 3 or (wd == 2 and _is_leap(year))


# ---------------------------------------------------------------------------
# Argument helpers

def _cint(value):
    """Convert like the C "i" argument format."""
    if type(value) is not int:
        value = _index(value)
    if -2147483648 <= value <= 2147483647:
        return value
    if -9223372036854775808 <= value <= 9223372036854775807:
        if value > 0:
            raise OverflowError("signed integer is greater than maximum")
        raise OverflowError("signed integer is less than minimum")
    raise OverflowError("Python int too large to convert to C long")


def _check_date(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if day < 1 or day > _month_len(year, month):
        raise ValueError("day is out of range for month")


def _check_time(hour, minute, second, microsecond, fold):
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % _tp_name(tz))


def _tp_name(obj):
    """The type name CPython's C code would show for obj."""
    cls = type(obj)
    if cls in _NATIVE_TYPES:
        return "datetime." + cls.__name__
    return cls.__name__


def _arg_name(obj):
    """The type name in an argument-parsing error ('None' for None)."""
    if obj is None:
        return "None"
    return _tp_name(obj)


def _repr_name(obj):
    cls = type(obj)
    if cls in _NATIVE_TYPES:
        return "datetime." + cls.__name__
    return cls.__name__


def _check_offset(name, offset):
    """Validate what a tzinfo method returned for utcoffset()/dst()."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, _tp_name(offset)))
    d = offset._days
    if d < -1 or d >= 1 or (d == -1 and offset._seconds == 0
                            and offset._microseconds < 1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % _tp_name(name))
    return name


def _format_offset(offset, sep):
    """'+HH<sep>MM[<sep>SS[.ffffff]]' for a timedelta offset, '' for None."""
    if offset is None:
        return ""
    us = offset._to_us()
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    secs, us = divmod(us, _US_PER_SECOND)
    mins, secs = divmod(secs, 60)
    hours, mins = divmod(mins, 60)
    s = "%s%02d%s%02d" % (sign, hours, sep, mins)
    if secs or us:
        s += "%s%02d" % (sep, secs)
        if us:
            s += ".%06d" % us
    return s


def _format_time(h, m, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, m)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


def _cmperror(a, b):
    raise TypeError("can't compare %s to %s" % (_tp_name(a), _tp_name(b)))


def _divide_nearest(a, b):
    """a / b rounded to the nearest int, ties to even (ints)."""
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        up = r2 > b or (r2 == b and q & 1)
    else:
        up = r2 < b or (r2 == b and q & 1)
    return q + 1 if up else q


def _round_half_away(x):
    t = _math.trunc(x)
    if abs(x - t) >= 0.5:
        t += 1 if x > 0 else -1
    return float(t)


def _timestamp_parts(t, half_even):
    """Split a timestamp into (int seconds, microseconds) like CPython."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        frac, whole = _math.modf(t)
        frac *= 1e6
        if half_even:
            frac = float(round(frac))
        else:
            frac = float(_math.floor(frac))
        if frac >= 1e6:
            frac -= 1e6
            whole += 1.0
        elif frac < 0:
            frac += 1e6
            whole -= 1.0
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), int(frac)
    secs = _index(t)
    if not -9223372036854775808 <= secs <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return secs, 0


def _utc_fields(secs):
    """Broken-down UTC (y, m, d, H, M, S) for POSIX seconds."""
    days, rem = divmod(secs, 86400)
    y, m, d = _from_ordinal(days + _EPOCH_ORDINAL)
    if not -2147483648 <= y - 1900 <= 2147483647:
        # gmtime() cannot represent the year
        raise OSError(75, "Value too large for defined data type")
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss


def _local_fields(secs):
    tm = _time.localtime(secs)
    return tm[0], tm[1], tm[2], tm[3], tm[4], tm[5]


def _fields_to_secs(y, m, d, hh, mm, ss):
    """POSIX-style seconds of the naive fields read as UTC."""
    return ((_to_ordinal(y, m, d) - _EPOCH_ORDINAL) * 86400
            + hh * 3600 + mm * 60 + ss)


def _local_wall(u, strict=True):
    """Local wall-clock time at POSIX time u, as naive seconds."""
    y, m, d, hh, mm, ss = _local_fields(u)
    if strict and not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    return _fields_to_secs(y, m, d, hh, mm, ss)


def _local_to_utc(y, m, d, hh, mm, ss, fold, strict=True):
    """POSIX seconds for a local wall time, fold choosing among repeats."""
    if strict and not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    t = _fields_to_secs(y, m, d, hh, mm, ss)
    # Solve _local_wall(u) == t for u; the offset is guessed at t first.
    off1 = _local_wall(t, strict) - t
    u1 = t - off1
    w1 = _local_wall(u1, strict)
    if w1 == t:
        # a solution; look a day to the side for another offset
        probe = u1 + (86400 if fold else -86400)
        off2 = _local_wall(probe, strict) - probe
        if off2 == off1:
            return u1
    else:
        off2 = w1 - u1
    u2 = t - off2
    if _local_wall(u2, strict) == t:
        return u2
    if w1 == t:
        return u1
    # t falls in a gap: neither offset reproduces it
    return min(u1, u2) if fold else max(u1, u2)


def _local_timezone_at(u):
    tm = _time.localtime(u)
    gmtoff = getattr(tm, "tm_gmtoff", None)
    if gmtoff is None:
        gmtoff = _fields_to_secs(*tm[:6]) - u
    zone = getattr(tm, "tm_zone", None)
    offset = timedelta(seconds=gmtoff)
    if zone is None:
        return timezone(offset)
    return timezone(offset, zone)


# ---------------------------------------------------------------------------
# strftime: CPython formats %z, %Z and %f itself and hands the rest to the C
# library; this is the C library's (glibc's) behaviour in the C locale.

_SUBFORMATS = {"c": "%a %b %e %H:%M:%S %Y", "D": "%m/%d/%y",
               "F": "%Y-%m-%d", "r": "%I:%M:%S %p", "R": "%H:%M",
               "T": "%H:%M:%S", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_E_ALLOWED = "cnprstuxyzCPRTXYZ%"
_O_ALLOWED = "bdeghjklmnprstuwyzBCGHIMPRSTUVWZ%"


def _strftime(fmt, tt, obj, tzinfo_arg):
    """strftime for a date, time or datetime obj whose time tuple is tt."""
    # First CPython's own pass: %z, %Z and %f become text (a '%' in a zone
    # name doubled), every other '%x' pair is left for the C library.
    if "%" not in fmt:
        return fmt
    parts = []
    pos = 0
    n = len(fmt)
    zrepl = Zrepl = None
    while pos < n:
        j = fmt.find("%", pos)
        if j < 0:
            parts.append(fmt[pos:])
            break
        c = fmt[j + 1:j + 2]
        if c == "z":
            if zrepl is None:
                zrepl = ""
                tz = getattr(obj, "_tzinfo", None)
                if tz is not None:
                    off = _check_offset("utcoffset", tz.utcoffset(tzinfo_arg))
                    zrepl = _format_offset(off, "")
            parts.append(fmt[pos:j])
            parts.append(zrepl)
        elif c == "Z":
            if Zrepl is None:
                Zrepl = ""
                tz = getattr(obj, "_tzinfo", None)
                if tz is not None:
                    name = _call_tzname(tz, tzinfo_arg)
                    if name is not None:
                        Zrepl = name.replace("%", "%%")
            parts.append(fmt[pos:j])
            parts.append(Zrepl)
        elif c == "f":
            parts.append(fmt[pos:j])
            parts.append("%06d" % getattr(obj, "_microsecond", 0))
        else:
            parts.append(fmt[pos:j + 2])
        pos = j + 2
    return _c_strftime("".join(parts), tt, False)


def _c_strftime(fmt, tt, upcase):
    out = []
    pos = 0
    n = len(fmt)
    while pos < n:
        j = fmt.find("%", pos)
        if j < 0:
            out.append(fmt[pos:])
            break
        if j > pos:
            out.append(fmt[pos:j])
        pos = _c_directive(fmt, j, tt, out, upcase)
    return "".join(out)


def _c_directive(fmt, j, tt, out, upcase):
    """Format the directive starting at fmt[j] == '%'; return the next index."""
    n = len(fmt)
    k = j + 1
    pad = ""
    swapcase = False
    while k < n and fmt[k] in "_-0^#":
        c = fmt[k]
        if c == "^":
            upcase = True
        elif c == "#":
            swapcase = True
        else:
            pad = c
        k += 1
    width = -1
    if k < n and "0" <= fmt[k] <= "9":
        width = 0
        while k < n and "0" <= fmt[k] <= "9":
            width = width * 10 + ord(fmt[k]) - 48
            k += 1
    modifier = ""
    if k < n and fmt[k] in "EO":
        modifier = fmt[k]
        k += 1
    if k >= n:
        _c_emit(out, fmt[j:], width, pad, upcase, False)
        return n
    conv = fmt[k]
    k += 1
    if (modifier == "E" and conv not in _E_ALLOWED) or \
            (modifier == "O" and conv not in _O_ALLOWED):
        _c_emit(out, fmt[j:k], width, pad, upcase, False)
        return k

    year, month, mday, hour, minute, sec, wday, yday = tt[:8]
    if conv in "aAbBh":
        if conv == "a":
            s = _DAY_ABBR[wday]
        elif conv == "A":
            s = _DAY_FULL[wday]
        elif conv == "B":
            s = _MONTH_FULL[month]
        else:
            s = _MONTH_ABBR[month]
        _c_emit(out, s, width, pad, upcase or swapcase, False)
    elif conv in _SUBFORMATS:
        s = _c_strftime(_SUBFORMATS[conv], tt, upcase)
        _c_emit(out, s, width, pad, upcase, False)
    elif conv == "d":
        _c_number(out, mday, 2, width, pad, False)
    elif conv == "e":
        _c_number(out, mday, 2, width, pad, True)
    elif conv == "H":
        _c_number(out, hour, 2, width, pad, False)
    elif conv == "k":
        _c_number(out, hour, 2, width, pad, True)
    elif conv == "I":
        _c_number(out, hour % 12 or 12, 2, width, pad, False)
    elif conv == "l":
        _c_number(out, hour % 12 or 12, 2, width, pad, True)
    elif conv == "j":
        _c_number(out, yday, 3, width, pad, False)
    elif conv == "m":
        _c_number(out, month, 2, width, pad, False)
    elif conv == "M":
        _c_number(out, minute, 2, width, pad, False)
    elif conv == "S":
        _c_number(out, sec, 2, width, pad, False)
    elif conv == "y":
        _c_number(out, year % 100, 2, width, pad, False)
    elif conv == "Y":
        _c_year(out, year, width, pad)
    elif conv == "C":
        _c_year(out, year // 100, width, pad)
    elif conv == "u":
        _c_number(out, wday + 1, 1, width, pad, False)
    elif conv == "w":
        _c_number(out, (wday + 1) % 7, 1, width, pad, False)
    elif conv == "U":
        _c_number(out, (yday - 1 - (wday + 1) % 7 + 7) // 7, 2, width, pad,
                  False)
    elif conv == "W":
        _c_number(out, (yday - 1 - wday + 7) // 7, 2, width, pad, False)
    elif conv in "GgV":
        iso = date(year, month, mday).isocalendar() \
            if MINYEAR <= year <= MAXYEAR else (year, 1, 1)
        if conv == "G":
            _c_year(out, iso[0], width, pad)
        elif conv == "g":
            _c_number(out, iso[0] % 100, 2, width, pad, False)
        else:
            _c_number(out, iso[1], 2, width, pad, False)
    elif conv == "p" or conv == "P":
        s = "AM" if hour < 12 else "PM"
        _c_emit(out, s, width, pad, upcase, conv == "P" or swapcase)
    elif conv == "n":
        _c_emit(out, "\n", width, pad, upcase, False)
    elif conv == "t":
        _c_emit(out, "\t", width, pad, upcase, False)
    elif conv == "%":
        _c_emit(out, "%", width, pad, upcase, False)
    elif conv == "s":
        secs = _local_to_utc(year, month, mday, hour, minute, sec, 0, False)
        _c_number(out, secs, 1, -1, pad, False)
        _c_emit(out, out.pop(), width, pad, False, False)
    elif conv == "z":
        # the C library sees no UTC offset in a time tuple
        if tt[8] >= 0:
            _c_emit(out, "+0000", width, pad, upcase, False)
    elif conv == "Z":
        _c_emit(out, "", width, pad, upcase, False)
    else:
        _c_emit(out, fmt[j:k], width, pad, upcase, False)
    return k


def _c_emit(out, s, width, pad, upper, lower):
    if lower:
        s = s.lower()
    elif upper:
        s = s.upper()
    if width > len(s):
        s = ("0" if pad == "0" else " ") * (width - len(s)) + s
    out.append(s)


def _c_number(out, value, digits, width, pad, spacepad):
    if spacepad and pad == "":
        pad = "_"
    if width > digits:
        digits = width
    sign = "-" if value < 0 else ""
    s = str(abs(value))
    if pad != "-":
        fill = digits - len(s) - len(sign)
        if fill > 0:
            if pad == "_":
                s = " " * fill + sign + s
            else:
                s = sign + "0" * fill + s
            sign = ""
    s = sign + s
    if width > len(s):
        s = ("0" if pad == "0" else " ") * (width - len(s)) + s
    out.append(s)


def _c_year(out, value, width, pad):
    # years are not padded unless a width is given
    _c_number(out, value, width if width > 0 else 1, width,
              pad if pad else "0", False)


# ---------------------------------------------------------------------------
# timedelta

_TD_UNITS = (("microseconds", 1), ("milliseconds", 1000),
             ("seconds", 1000000), ("minutes", 60000000),
             ("hours", 3600000000), ("days", 86400000000),
             ("weeks", 604800000000))


def _td_from_us(us):
    days, us = divmod(us, _US_PER_DAY)
    secs, us = divmod(us, _US_PER_SECOND)
    if not -2147483648 <= days <= 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d"
                            % (days, _MAX_DELTA_DAYS))
    self = object.__new__(timedelta)
    self._days = days
    self._seconds = secs
    self._microseconds = us
    self._hashcode = -1
    return self


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
    hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative.
    """
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        values = (microseconds, milliseconds, seconds, minutes, hours, days,
                  weeks)
        total = 0
        leftover = 0.0
        for i in range(7):
            value = values[i]
            if isinstance(value, int):
                if value:
                    total += value * _TD_UNITS[i][1]
            elif isinstance(value, float):
                unit = _TD_UNITS[i][1]
                frac, whole = _math.modf(value)
                total += int(whole) * unit
                if frac:
                    frac, whole = _math.modf(frac * float(unit))
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError("unsupported type for timedelta %s "
                                "component: %s"
                                % (_TD_UNITS[i][0], _tp_name(value)))
        if leftover:
            rounded = _round_half_away(leftover)
            if abs(rounded - leftover) == 0.5:
                # exactly half way: round to make the total even
                odd = total & 1
                rounded = 2.0 * _round_half_away((leftover + odd) * 0.5) - odd
            total += int(rounded)
        result = _td_from_us(total)
        if cls is not timedelta:
            self = object.__new__(cls)
            self._days = result._days
            self._seconds = result._seconds
            self._microseconds = result._microseconds
            self._hashcode = -1
            return self
        return result

    # read-only fields
    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _to_us(self):
        return ((self._days * 86400 + self._seconds) * _US_PER_SECOND
                + self._microseconds)

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_repr_name(self), ", ".join(parts))

    def __str__(self):
        mins, secs = divmod(self._seconds, 60)
        hours, mins = divmod(mins, 60)
        s = "%d:%02d:%02d" % (hours, mins, secs)
        if self._days:
            plural = "" if self._days in (1, -1) else "s"
            s = "%d day%s, %s" % (self._days, plural, s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    # arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._to_us())

    def __pos__(self):
        return _td_from_us(self._to_us())

    def __abs__(self):
        if self._days < 0:
            return _td_from_us(-self._to_us())
        return _td_from_us(self._to_us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._to_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td_from_us(_divide_nearest(self._to_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(_divide_nearest(self._to_us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(_divide_nearest(self._to_us() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _td_from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _td_from_us(r)
        return NotImplemented

    # comparisons
    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = _td_from_us(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _td_from_us((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(1)


# ---------------------------------------------------------------------------
# date

def _new_date(cls, year, month, day):
    if cls is date:
        _check_date(year, month, day)
        self = object.__new__(date)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self
    return cls(year, month, day)


def _date_from_ordinal(cls, n):
    y, m, d = _from_ordinal(n)
    return _new_date(cls, y, m, d)


class IsoCalendarDate(tuple):
    """The result of date.isocalendar(): (year, week, weekday)."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            "datetime.IsoCalendarDate" if type(self) is _IsoCalendarDate
            else type(self).__name__, self[0], self[1], self[2])


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


class date:
    """date(year, month, day) --> date object"""
    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        if month is None and day is None and isinstance(year, (bytes, str)) \
                and len(year) == 4:
            state = year.encode("latin-1") if isinstance(year, str) else year
            if 1 <= state[2] <= 12:
                self = object.__new__(cls)
                self._year = state[0] * 256 + state[1]
                self._month = state[2]
                self._day = state[3]
                self._hashcode = -1
                return self
        if month is None:
            raise TypeError("function missing required argument 'month' "
                            "(pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' "
                            "(pos 3)")
        year = _cint(year)
        month = _cint(month)
        day = _cint(day)
        _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # alternate constructors
    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp (local time)."""
        secs = _timestamp_parts(t, False)[0]
        y, m, d = _local_fields(secs)[:3]
        return _new_date(cls, y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _cint(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _from_ordinal(n)
        return _new_date(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        buf = _iso_bytes(date_string)
        if buf is None or len(buf) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        ymd = _parse_iso_date(buf, len(buf))
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return _new_date(cls, *ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        year = _cint(year)
        week = _cint(week)
        day = _cint(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if week <= 0 or week >= 53:
            if not (week == 53 and _iso_has_week53(year)):
                raise ValueError("Invalid week: %d" % week)
        if day <= 0 or day >= 8:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        y, m, d = _from_ordinal(n)
        return _new_date(cls, y, m, d)

    # read-only fields
    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # conversions and formatting
    def __repr__(self):
        return "%s(%d, %d, %d)" % (_repr_name(self), self._year,
                                   self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % _arg_name(format))
        return _strftime(format, self.timetuple(), self, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % _arg_name(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week as an integer, where Monday is 0 and Sunday is 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week as an integer, where Monday is 1 and Sunday is 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        n = self.toordinal()
        week1 = _iso_week1_monday(year)
        if n < week1:
            year -= 1
            week1 = _iso_week1_monday(year)
        else:
            following = _iso_week1_monday(year + 1)
            if n >= following:
                year += 1
                week1 = following
        week, day = divmod(n - week1, 7)
        return _IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # comparisons
    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() != other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmpkey())
        return self._hashcode

    # arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            return _date_from_ordinal(type(self), n)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            return NotImplemented
        if isinstance(other, timedelta):
            n = self.toordinal() - other._days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            return _date_from_ordinal(type(self), n)
        if isinstance(other, date):
            return _td_from_us((self.toordinal() - other.toordinal())
                               * _US_PER_DAY)
        return NotImplemented

    # pickling
    def _getstate(self):
        return bytes((self._year >> 8, self._year & 255, self._month,
                      self._day))

    def __reduce__(self):
        return (type(self), (self._getstate(),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _struct_time(y, m, d, hh, mm, ss, isdst):
    n = _to_ordinal(y, m, d)
    yday = n - _to_ordinal(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, (n + 6) % 7, yday, isdst))


def _ctime(y, m, d, hh, mm, ss):
    wd = (_to_ordinal(y, m, d) + 6) % 7
    return "%s %s %2d %02d:%02d:%02d %04d" % (
        _DAY_ABBR[wd], _MONTH_ABBR[m], d, hh, mm, ss, y)


# ---------------------------------------------------------------------------
# tzinfo and timezone

_OMITTED = object()


class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement "
                                  "utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        result = _dt_add(dt, (off - dst)._to_us())
        dst = _check_offset("dst", self.dst(result))
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                             "cannot convert")
        if dst:
            result = _dt_add(result, dst._to_us())
        return result

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        getstate = getattr(type(self), "__getstate__", None)
        if getstate is not None and \
                getstate is not getattr(object, "__getstate__", None):
            state = getstate(self)
        else:
            state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta,"
                            " not %s" % _arg_name(offset))
        if name is _OMITTED:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % _arg_name(name))
        return _new_timezone(offset, name)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable "
                        "base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, what, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or "
                            "None, not %s" % (what, _tp_name(dt)))

    def utcoffset(self, dt):
        """Return fixed offset."""
        self._check_arg("utcoffset", dt)
        return self._offset

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_arg("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def dst(self, dt):
        """Return None."""
        self._check_arg("dst", dt)
        return None

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return _dt_add(dt, self._offset._to_us())


def _new_timezone(offset, name):
    if name is None and not offset and _UTC is not None:
        return _UTC
    d = offset._days
    if d < -1 or d >= 1 or (d == -1 and offset._seconds == 0
                            and offset._microseconds < 1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24), "
                         "not %r." % (offset,))
    self = object.__new__(timezone)
    if type(offset) is not timedelta:
        offset = _td_from_us(offset._to_us())
    self._offset = offset
    self._name = name
    return self


_UTC = None
_UTC = _new_timezone(timedelta(0), None)
timezone.utc = _UTC
timezone.min = _new_timezone(timedelta(hours=-23, minutes=-59), None)
timezone.max = _new_timezone(timedelta(hours=23, minutes=59), None)
UTC = _UTC


# ---------------------------------------------------------------------------
# time

def _new_time(cls, h, m, s, us, tz, fold):
    if cls is time:
        _check_time(h, m, s, us, fold)
        self = object.__new__(time)
        self._hour = h
        self._minute = m
        self._second = s
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    if fold:
        return cls(h, m, s, us, tz, fold=fold)
    return cls(h, m, s, us, tz)


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6:
            state = hour.encode("latin-1") if isinstance(hour, str) else hour
            if state[0] & 0x7F < 24:
                tz = None if type(minute) is int and minute == 0 else minute
                if tz is not None and not isinstance(tz, _tzinfo_class):
                    raise TypeError("bad tzinfo state arg")
                self = object.__new__(cls)
                self._hour = state[0] & 0x7F
                self._minute = state[1]
                self._second = state[2]
                self._microsecond = (state[3] << 16) | (state[4] << 8) \
                    | state[5]
                self._fold = 1 if state[0] & 0x80 else 0
                self._tzinfo = tz
                self._hashcode = -1
                return self
        hour = _cint(hour)
        minute = _cint(minute)
        second = _cint(second)
        microsecond = _cint(microsecond)
        fold = _cint(fold)
        _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        buf = _iso_bytes(time_string)
        if buf is not None:
            start = 1 if buf[:1] == b"T" else 0
            parsed = _parse_iso_time(buf, start, len(buf))
        else:
            parsed = None
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        h, m, s, us, tz = parsed
        tz = _iso_tz(tz)
        if cls is time:
            return _new_time(time, h, m, s, us, tz, 0)
        return cls(h, m, s, us, tz)

    # offsets
    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, None)

    # formatting
    def __repr__(self):
        if self._microsecond:
            s = "%s(%d, %d, %d, %d)" % (_repr_name(self), self._hour,
                                        self._minute, self._second,
                                        self._microsecond)
        elif self._second:
            s = "%s(%d, %d, %d)" % (_repr_name(self), self._hour,
                                    self._minute, self._second)
        else:
            s = "%s(%d, %d)" % (_repr_name(self), self._hour, self._minute)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=%d)" % self._fold
        return s

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 1 must be str, not %s"
                            % _arg_name(timespec))
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % _arg_name(format))
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute,
                                self._second, 0, 1, -1))
        return _strftime(format, tt, self, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % _arg_name(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    # comparisons
    def _naive_key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, op):
        """-1/0/1, or None for a mixed naive/aware comparison."""
        if self._tzinfo is other._tzinfo:
            a, b = self._naive_key(), other._naive_key()
        else:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if off1 == off2:
                a, b = self._naive_key(), other._naive_key()
            elif off1 is not None and off2 is not None:
                a = ((self._hour * 3600 + self._minute * 60 + self._second)
                     * _US_PER_SECOND + self._microsecond - off1._to_us())
                b = ((other._hour * 3600 + other._minute * 60 + other._second)
                     * _US_PER_SECOND + other._microsecond - off2._to_us())
            else:
                if op == 2:
                    return 1
                raise TypeError("can't compare offset-naive and "
                                "offset-aware times")
        return 0 if a == b else (-1 if a < b else 1)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, 2) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, 2) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, 0) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, 0) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, 0) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, 0) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            offset = t.utcoffset()
            if offset is None:
                h = hash(t._naive_key())
            else:
                secs = self._hour * 3600 + self._minute * 60 + self._second
                h = hash(_td_from_us(secs * _US_PER_SECOND
                                     + self._microsecond - offset._to_us()))
            self._hashcode = h
        return self._hashcode

    def __bool__(self):
        return True

    # pickling
    def _getstate(self, protocol):
        h = self._hour
        if self._fold and protocol > 3:
            h |= 0x80
        us = self._microsecond
        state = bytes((h, self._minute, self._second, us >> 16,
                       (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------
# datetime

def _new_datetime(cls, y, mo, d, h, mi, s, us, tz, fold=0):
    if cls is datetime:
        _check_date(y, mo, d)
        _check_time(h, mi, s, us, fold)
        self = object.__new__(datetime)
        self._year = y
        self._month = mo
        self._day = d
        self._hour = h
        self._minute = mi
        self._second = s
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    if fold:
        return cls(y, mo, d, h, mi, s, us, tz, fold=fold)
    return cls(y, mo, d, h, mi, s, us, tz)


def _dt_add(dt, us):
    """dt + us microseconds, keeping dt's type and tzinfo (fold cleared)."""
    days, us = divmod(dt._microsecond + us, _US_PER_DAY)
    secs, us = divmod(us, _US_PER_SECOND)
    secs += dt._hour * 3600 + dt._minute * 60 + dt._second
    extra, secs = divmod(secs, 86400)
    n = dt.toordinal() + days + extra
    if not 1 <= n <= _MAXORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _from_ordinal(n)
    hh, secs = divmod(secs, 3600)
    mm, ss = divmod(secs, 60)
    return _new_datetime(type(dt), y, m, d, hh, mm, ss, us, dt._tzinfo)


def _dt_from_posix(cls, secs, us, tz, local):
    if local:
        y, m, d, hh, mm, ss = _local_fields(secs)
    else:
        y, m, d, hh, mm, ss = _utc_fields(secs)
    if ss > 59:
        ss = 59
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    fold = 0
    if local and tz is None:
        # detect whether this wall time repeats (clocks went back in the
        # day before): then it is the second occurrence
        wall = _fields_to_secs(y, m, d, hh, mm, ss)
        earlier = secs - 86400
        change = (wall - secs) - (_local_wall(earlier) - earlier)
        if change < 0:
            if _local_wall(secs + change) == wall:
                fold = 1
    result = _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold)
    if tz is not None:
        result = tz.fromutc(result)
    return result


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an
    instance of a tzinfo subclass. The remaining arguments may be ints.
    """
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if month is None or isinstance(month, _tzinfo_class):
            if isinstance(year, (bytes, str)) and len(year) == 10:
                state = year.encode("latin-1") if isinstance(year, str) \
                    else year
                if 1 <= state[2] & 0x7F <= 12:
                    tz = month
                    if tz is not None and not isinstance(tz, _tzinfo_class):
                        raise TypeError("bad tzinfo state arg")
                    self = object.__new__(cls)
                    self._year = state[0] * 256 + state[1]
                    self._month = state[2] & 0x7F
                    self._day = state[3]
                    self._hour = state[4]
                    self._minute = state[5]
                    self._second = state[6]
                    self._microsecond = (state[7] << 16) | (state[8] << 8) \
                        | state[9]
                    self._fold = 1 if state[2] & 0x80 else 0
                    self._tzinfo = tz
                    self._hashcode = -1
                    return self
        if month is None:
            raise TypeError("function missing required argument 'month' "
                            "(pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' "
                            "(pos 3)")
        year = _cint(year)
        month = _cint(month)
        day = _cint(day)
        hour = _cint(hour)
        minute = _cint(minute)
        second = _cint(second)
        microsecond = _cint(microsecond)
        fold = _cint(fold)
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # alternate constructors
    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        secs, us = _timestamp_parts(t, True)
        return _dt_from_posix(cls, secs, us, tz, tz is None)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        secs, us = _timestamp_parts(t, True)
        return _dt_from_posix(cls, secs, us, None, False)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            "not %s" % _arg_name(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            "not %s" % _arg_name(time))
        if tzinfo is True:
            tzinfo = time._tzinfo
        else:
            _check_tzinfo(tzinfo)
        return _new_datetime(cls, date._year, date._month, date._day,
                             time._hour, time._minute, time._second,
                             time._microsecond, tzinfo, time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = None
        if len(date_string) >= 7:
            buf = _iso_bytes(_sanitize_separator(date_string))
            if buf is not None:
                parsed = _parse_iso_datetime(buf)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        y, mo, d, h, mi, s, us, tz = parsed
        return _new_datetime(cls, y, mo, d, h, mi, s, us, _iso_tz(tz))

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s"
                            % _arg_name(date_string))
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s"
                            % _arg_name(format))
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # accessors
    def date(self):
        """Return date object with same year, month and day."""
        return _new_date(_date_class, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _new_time(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _new_time(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    # offsets
    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    # conversions
    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        isdst = -1
        if self._tzinfo is not None:
            dst = self.dst()
            if dst is not None:
                isdst = 1 if dst else 0
        return _struct_time(self._year, self._month, self._day, self._hour,
                            self._minute, self._second, isdst)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        t = self
        offset = self.utcoffset()
        if offset:
            t = _dt_add(self, -offset._to_us())
        return _struct_time(t._year, t._month, t._day, t._hour, t._minute,
                            t._second, 0)

    def _naive_posix(self):
        return _fields_to_secs(self._year, self._month, self._day,
                               self._hour, self._minute, self._second)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None or self.utcoffset() is None:
            secs = _local_to_utc(self._year, self._month, self._day,
                                 self._hour, self._minute, self._second,
                                 self._fold)
            return secs + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _local_timezone(self):
        """The system's fixed-offset zone at the instant self (naive: local)."""
        if self._tzinfo is None:
            u = _local_to_utc(self._year, self._month, self._day, self._hour,
                              self._minute, self._second, self._fold)
        else:
            u = (self - _EPOCH) // timedelta(seconds=1)
        return _local_timezone_at(u)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        _check_tzinfo(tz)
        mytz = self._tzinfo
        offset = None
        if mytz is not None:
            if mytz is tz:
                return self
            offset = self.utcoffset()
        if offset is None:
            mytz = _local_timezone_at(_local_to_utc(
                self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._fold))
            if mytz is tz:
                return self
            offset = _check_offset("utcoffset", mytz.utcoffset(self))
        utc = _dt_add(self, -offset._to_us())
        utc = _new_datetime(type(utc), utc._year, utc._month, utc._day,
                            utc._hour, utc._minute, utc._second,
                            utc._microsecond, _UTC)
        if tz is None:
            tz = utc._local_timezone()
        utc = _new_datetime(type(utc), utc._year, utc._month, utc._day,
                            utc._hour, utc._minute, utc._second,
                            utc._microsecond, tz)
        return tz.fromutc(utc)

    # formatting
    def __repr__(self):
        if self._microsecond:
            s = "%s(%d, %d, %d, %d, %d, %d, %d)" % (
                _repr_name(self), self._year, self._month, self._day,
                self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%s(%d, %d, %d, %d, %d, %d)" % (
                _repr_name(self), self._year, self._month, self._day,
                self._hour, self._minute, self._second)
        else:
            s = "%s(%d, %d, %d, %d, %d)" % (
                _repr_name(self), self._year, self._month, self._day,
                self._hour, self._minute)
        if self._fold:
            s = s[:-1] + ", fold=%d)" % self._fold
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        return s

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode "
                            "character, not %s" % _arg_name(sep))
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s"
                            % _arg_name(timespec))
        s = "%04d-%02d-%02d%s%s" % (
            self._year, self._month, self._day, sep,
            _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec))
        return s + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(" ")

    def ctime(self):
        """Return ctime() style string."""
        return _ctime(self._year, self._month, self._day, self._hour,
                      self._minute, self._second)

    def strftime(self, format):
        """format -> strftime() style string."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s"
                            % _arg_name(format))
        return _strftime(format, self.timetuple(), self, self)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo, fold=fold)

    # comparisons
    def _cmpkey(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _fold_sensitive(self, offset):
        flipped = self.replace(fold=1 - self._fold).utcoffset()
        return flipped != offset

    def _compare(self, other, op):
        """-1/0/1 (op 2 means ==/!=, where mixed naive/aware is unequal)."""
        if self._tzinfo is other._tzinfo:
            a, b = self._cmpkey(), other._cmpkey()
            return 0 if a == b else (-1 if a < b else 1)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 == off2:
            a, b = self._cmpkey(), other._cmpkey()
            diff = 0 if a == b else (-1 if a < b else 1)
        elif off1 is not None and off2 is not None:
            delta = self - other
            diff = -1 if delta._days < 0 else (1 if delta else 0)
        else:
            if op == 2:
                return 1
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        if diff == 0 and op == 2 and off1 is not None:
            if self._fold_sensitive(off1) or other._fold_sensitive(off2):
                diff = 1
        return diff

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, 2) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, 2) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, 0) < 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, 0) <= 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, 0) > 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, 0) >= 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            offset = t.utcoffset()
            if offset is None:
                h = hash(t._cmpkey())
            else:
                days = t.toordinal()
                secs = t._hour * 3600 + t._minute * 60 + t._second
                h = hash(_td_from_us((days * 86400 + secs) * _US_PER_SECOND
                                     + t._microsecond - offset._to_us()))
            self._hashcode = h
        return self._hashcode

    # arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_add(self, other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                off1 = off2 = None
            else:
                off1 = self.utcoffset()
                off2 = other.utcoffset()
                if (off1 is None) != (off2 is None):
                    raise TypeError("can't subtract offset-naive and "
                                    "offset-aware datetimes")
            days = self.toordinal() - other.toordinal()
            secs = (self._hour - other._hour) * 3600 \
                + (self._minute - other._minute) * 60 \
                + (self._second - other._second)
            us = (days * 86400 + secs) * _US_PER_SECOND \
                + self._microsecond - other._microsecond
            if off1 is not None and off1 != off2:
                us -= off1._to_us() - off2._to_us()
            return _td_from_us(us)
        if isinstance(other, timedelta):
            return _dt_add(self, -other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        return NotImplemented

    # pickling
    def _getstate(self, protocol):
        m = self._month
        if self._fold and protocol > 3:
            m |= 0x80
        us = self._microsecond
        state = bytes((self._year >> 8, self._year & 255, m, self._day,
                       self._hour, self._minute, self._second, us >> 16,
                       (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time
_tzinfo_class = tzinfo
_NATIVE_TYPES = (date, time, datetime, timedelta, tzinfo, timezone)

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)



# ---------------------------------------------------------------------------
# ISO 8601 parsing (the forms CPython 3.11's fromisoformat accepts)

def _iso_bytes(s):
    try:
        return s.encode("utf-8")
    except UnicodeEncodeError:
        return None


def _sanitize_separator(s):
    # Any one character may separate the date from the time; a non-ASCII
    # one (which may even be a lone surrogate) is read as 'T'.
    for pos in (7, 8, 10):
        if pos >= len(s):
            break
        if s[pos] > "\x7f":
            return s[:pos] + "T" + s[pos + 1:]
    return s


def _at(buf, i):
    """The byte at i, 0 past the end (the C string's terminator)."""
    if 0 <= i < len(buf):
        return buf[i]
    return 0


def _digits(buf, pos, n):
    """Parse n ASCII digits at pos: (value, newpos) or None."""
    value = 0
    for i in range(pos, pos + n):
        c = _at(buf, i) - 48
        if c < 0 or c > 9:
            return None
        value = value * 10 + c
    return value, pos + n


def _parse_iso_date(buf, length):
    """(y, m, d) from the start of buf, or None."""
    r = _digits(buf, 0, 4)
    if r is None:
        return None
    year, p = r
    sep = _at(buf, p) == 45        # '-'
    if sep:
        p += 1
    if _at(buf, p) == 87:          # 'W'
        p += 1
        r = _digits(buf, p, 2)
        if r is None:
            return None
        week, p = r
        if p < length:
            if sep:
                if _at(buf, p) != 45:
                    return None
                p += 1
            r = _digits(buf, p, 1)
            if r is None:
                return None
            wday = r[0]
        else:
            wday = 1
        if week <= 0 or week >= 53:
            if not (week == 53 and _iso_has_week53(year)):
                return None
        if wday <= 0 or wday >= 8:
            return None
        return _from_ordinal(_iso_week1_monday(year) + (week - 1) * 7
                             + wday - 1)
    r = _digits(buf, p, 2)
    if r is None:
        return None
    month, p = r
    if sep:
        if _at(buf, p) != 45:
            return None
        p += 1
    r = _digits(buf, p, 2)
    if r is None:
        return None
    return year, month, r[0]


def _parse_hms(buf, start, end):
    """Parse [HH[:?MM[:?SS]]][.fff...] in buf[start:end].

    Returns (status, h, m, s, us): status 0 done at end, 1 when something
    (not a digit) follows, negative on error.
    """
    vals = [0, 0, 0]
    us = 0
    p = start
    has_sep = True
    fraction = False
    for i in range(3):
        r = _digits(buf, p, 2)
        if r is None:
            return -3, 0, 0, 0, 0
        vals[i], p = r
        c = _at(buf, p)
        p += 1
        if i == 0:
            has_sep = c == 58          # ':'
        if p >= end:
            return (1 if c != 0 else 0), vals[0], vals[1], vals[2], 0
        if has_sep and c == 58:
            continue
        if c == 46 or c == 44:         # '.' or ','
            fraction = True
            break
        if not has_sep:
            p -= 1
        else:
            return -4, 0, 0, 0, 0
    n = end - p
    if n > 6:
        n = 6
    r = _digits(buf, p, n)
    if r is None:
        return -3, 0, 0, 0, 0
    us, p = r
    if n < 6:
        us *= 10 ** (6 - n)
    while 48 <= _at(buf, p) <= 57:
        p += 1
    return (1 if _at(buf, p) != 0 else 0), vals[0], vals[1], vals[2], us


def _parse_iso_time(buf, start, length):
    """(h, m, s, us, tz) where tz is None or (seconds, microseconds)."""
    end = length
    tzpos = start
    while True:
        c = _at(buf, tzpos)
        if c == 90 or c == 43 or c == 45:      # 'Z' '+' '-'
            break
        tzpos += 1
        if tzpos >= end:
            break
    status, h, m, s, us = _parse_hms(buf, start, tzpos)
    if status < 0:
        return None
    if tzpos >= end:
        # no time zone: nothing may follow the time
        if status == 1:
            return None
        return h, m, s, us, None
    c = _at(buf, tzpos)
    if c == 90:
        if _at(buf, tzpos + 1) != 0:
            return None
        return h, m, s, us, (0, 0)
    sign = -1 if c == 45 else 1
    status, th, tm, ts, tus = _parse_hms(buf, tzpos + 1, end)
    if status != 0:
        return None
    return h, m, s, us, (sign * (th * 3600 + tm * 60 + ts), sign * tus)


def _iso_tz(tz):
    if tz is None:
        return None
    secs, us = tz
    if secs == 0:
        return _UTC
    return _new_timezone(timedelta(0, secs, us), None)


def _find_iso_separator(buf):
    n = len(buf)
    if n == 7:
        return 7
    if buf[4] == 45:                    # YYYY-...
        if buf[5] == 87:                # YYYY-W..
            if n < 8:
                return -1
            if n > 8 and buf[8] == 45:
                if n == 9:
                    return -1
                if n > 10 and 48 <= buf[10] <= 57:
                    return 8
                return 10
            return 8
        return 10
    if buf[4] == 87:                    # YYYYW..
        idx = 7
        while idx < n and 48 <= buf[idx] <= 57:
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


def _parse_iso_datetime(buf):
    n = len(buf)
    if n < 7:
        return None
    seploc = _find_iso_separator(buf)
    if seploc < 0:
        return None
    ymd = _parse_iso_date(buf, seploc)
    if ymd is None:
        return None
    h = m = s = us = 0
    tz = None
    if n > seploc:
        start = seploc + 1
        parsed = _parse_iso_time(buf[start:], 0, n - start)
        if parsed is None:
            return None
        h, m, s, us, tz = parsed
    return ymd + (h, m, s, us, tz)
