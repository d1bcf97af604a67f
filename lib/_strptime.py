"""Parse date/time strings by strftime-style formats (Baton).

Behaves like CPython 3.11's _strptime in the C locale.  CPython turns the
format into a regular expression; Baton has no `re` module, so the format is
compiled here into a small pattern tree that is matched with the same
backtracking order a regular expression would use (first alternative first,
greedy repetition), case-insensitively.
"""

import time as _time
from datetime import (date as _date, timedelta as _timedelta,
                      timezone as _timezone)

__all__ = []

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday",
             "saturday", "sunday")
_WEEKDAYS_ABBR = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTHS = ("", "january", "february", "march", "april", "may", "june",
           "july", "august", "september", "october", "november", "december")
_MONTHS_ABBR = ("", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                "sep", "oct", "nov", "dec")
_AM_PM = ("am", "pm")

# Characters a regular expression would need escaped; a '%' followed by one
# of them (or by whitespace) is reported as the bad directive '%'.
_REGEX_SPECIAL = "\\.^$*+?(){}[]|"

# The C locale's date/time formats, as CPython derives them.
_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}

# Numeric fields: alternatives in the order they are tried.  In these specs
# 'D' is any decimal digit, '[..]' a set of characters (with ranges),
# anything else a literal character.
_NUMERIC = {
    "d": "3[01]|[12]D|0[1-9]|[1-9]| [1-9]",
    "H": "2[0-3]|[0-1]D|D",
    "I": "1[0-2]|0[1-9]|[1-9]",
    "G": "DDDD",
    "j": "36[0-6]|3[0-5]D|[12]DD|0[1-9]D|00[1-9]|[1-9]D|0[1-9]|[1-9]",
    "m": "1[0-2]|0[1-9]|[1-9]",
    "M": "[0-5]D|D",
    "S": "6[0-1]|[0-5]D|D",
    "U": "5[0-3]|[0-4]D|D",
    "W": "5[0-3]|[0-4]D|D",
    "w": "[0-6]",
    "u": "[1-7]",
    "V": "5[0-3]|0[1-9]|[1-4]D|D",
    "y": "DD",
    "Y": "DDDD",
}

_compiled_specs = {}


def _spec_nodes(spec):
    """Alternatives of a numeric spec as a list of node sequences."""
    alts = []
    for text in spec.split("|"):
        seq = []
        i = 0
        while i < len(text):
            c = text[i]
            if c == "D":
                seq.append(("digit",))
            elif c == "[":
                j = text.index("]", i)
                body = text[i + 1:j]
                chars = ""
                k = 0
                while k < len(body):
                    if k + 2 < len(body) and body[k + 1] == "-":
                        for o in range(ord(body[k]), ord(body[k + 2]) + 1):
                            chars += chr(o)
                        k += 3
                    else:
                        chars += body[k]
                        k += 1
                seq.append(("set", chars))
                i = j
            else:
                seq.append(("lit", c))
            i += 1
        alts.append(seq)
    return alts


def _names_node(names):
    # longest first, so that no name is cut short by a prefix of it
    ordered = sorted([n for n in names if n], key=len, reverse=True)
    return ("alt", [[("lit", n)] for n in ordered])


def _zone_names():
    names = ["utc", "gmt", _time.tzname[0].lower()]
    if _time.daylight:
        names.append(_time.tzname[1].lower())
    unique = []
    for n in names:
        if n not in unique:
            unique.append(n)
    return unique


def _directive_node(c):
    """The pattern for %c (without its group), or None if c is unknown."""
    if c in _NUMERIC:
        node = _compiled_specs.get(c)
        if node is None:
            node = _compiled_specs[c] = ("alt", _spec_nodes(_NUMERIC[c]))
        return node
    if c == "f":
        return ("rep", ("set", "0123456789"), 1, 6)
    if c == "a":
        return _names_node(_WEEKDAYS_ABBR)
    if c == "A":
        return _names_node(_WEEKDAYS)
    if c == "b":
        return _names_node(_MONTHS_ABBR)
    if c == "B":
        return _names_node(_MONTHS)
    if c == "p":
        return _names_node(_AM_PM)
    if c == "Z":
        return _names_node(_zone_names())
    if c == "z":
        digit = ("digit",)
        colon = ("opt", [("lit", ":")])
        sixty = ("set", "012345")
        fraction = ("opt", [("lit", "."), ("rep", digit, 1, 6)])
        seconds = ("opt", [colon, sixty, digit, fraction])
        return ("alt", [[("set", "+-"), digit, digit, colon, sixty, digit,
                         seconds],
                        [("exact", "Z")]])
    return None


def _compile(fmt, whole, groups):
    """Pattern sequence for fmt; groups collects directive names in order."""
    seq = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            seq.append(("space",))
            continue
        if c != "%":
            seq.append(("lit", c))
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("stray %% in format '%s'" % whole)
        d = fmt[i + 1]
        i += 2
        if d == "%":
            seq.append(("lit", "%"))
            continue
        if d in _COMPOSITE:
            seq.extend(_compile(_COMPOSITE[d], whole, groups))
            continue
        node = _directive_node(d)
        if node is None:
            if d in _REGEX_SPECIAL or d.isspace():
                d = "%"
            raise ValueError("'%s' is a bad directive in format '%s'"
                             % (d, whole))
        groups.append(d)
        seq.append(("grp", d, [node]))
    return seq


def _char_ok(node, ch):
    kind = node[0]
    if kind == "digit":
        return ch.isdecimal()
    if kind == "set":
        return ch in node[1]
    if kind == "lit":
        return ch == node[1] or ch.lower() == node[1].lower()
    return ch == node[1]            # "exact"


def _match_seq(seq, k, s, pos, caps):
    """Yield every end position for seq[k:] matched at s[pos:], in the
    order a backtracking regular expression engine would try them."""
    if k == len(seq):
        yield pos
        return
    for end in _match_node(seq[k], s, pos, caps):
        yield from _match_seq(seq, k + 1, s, end, caps)


def _match_node(node, s, pos, caps):
    kind = node[0]
    if kind == "lit":
        text = node[1]
        if len(text) == 1:
            if pos < len(s) and _char_ok(node, s[pos]):
                yield pos + 1
            return
        if pos + len(text) > len(s):
            return
        for i in range(len(text)):
            ch = s[pos + i]
            if ch != text[i] and ch.lower() != text[i]:
                return
        yield pos + len(text)
    elif kind in ("digit", "set", "exact"):
        if pos < len(s) and _char_ok(node, s[pos]):
            yield pos + 1
    elif kind == "space":
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        while end > pos:
            yield end
            end -= 1
    elif kind == "alt":
        for alt in node[1]:
            yield from _match_seq(alt, 0, s, pos, caps)
    elif kind == "opt":
        yield from _match_seq(node[1], 0, s, pos, caps)
        yield pos
    elif kind == "rep":
        item, lo, hi = node[1], node[2], node[3]
        end = pos
        while end - pos < hi and end < len(s) and _char_ok(item, s[end]):
            end += 1
        while end - pos >= lo:
            yield end
            end -= 1
    elif kind == "grp":
        for end in _match_seq(node[2], 0, s, pos, caps):
            caps[node[1]] = s[pos:end]
            yield end


_cache = {}


def _pattern(fmt):
    entry = _cache.get(fmt)
    if entry is None:
        if len(_cache) > 100:
            _cache.clear()
        groups = []
        seq = _compile(fmt, fmt, groups)
        for i, name in enumerate(groups):
            if name in groups[:i]:
                # CPython's regular expression compiler raises re.error here
                raise ValueError("redefinition of group name %r as group %d;"
                                 " was group %d" % (name, i + 1,
                                                    groups.index(name) + 1))
        entry = (seq, groups)
        _cache[fmt] = entry
    return entry


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _julian_from_week(year, week, weekday, monday_first):
    """Day of the year for %U/%W week numbers (may be <= 0)."""
    first = _date(year, 1, 1).weekday()
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0_days = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0_days + 7 * (week - 1) + weekday


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    """(year, day of the year) for an ISO year, week and weekday (1-7)."""
    shift = _date(iso_year, 1, 4).isoweekday() + 3
    yday = iso_week * 7 + iso_weekday - shift
    if yday < 1:
        yday += _date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        yday -= _date(iso_year, 1, 1).toordinal()
    return iso_year, yday


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return ((year, month, day, hour, minute, second, weekday, julian, tz,
    tzname, gmtoff), fraction, gmtoff_fraction) for data_string."""
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (index, type(arg)))
    seq, groups = _pattern(format)
    caps = {}
    end = None
    for end in _match_seq(seq, 0, data_string, 0, caps):
        break
    if end is None:
        raise ValueError("time data %r does not match format %r"
                         % (data_string, format))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])

    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_year = iso_week = week_of_year = week_starts = None
    weekday = julian = None
    for key in groups:
        value = caps[key]
        if key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = _MONTHS.index(value.lower())
        elif key == "b":
            month = _MONTHS_ABBR.index(value.lower())
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = caps.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key == "A":
            weekday = _WEEKDAYS.index(value.lower())
        elif key == "a":
            weekday = _WEEKDAYS_ABBR.index(value.lower())
        elif key == "w":
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key == "U" or key == "W":
            week_of_year = int(value)
            week_starts = 6 if key == "U" else 0
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            z = value
            if z == "Z":
                gmtoff = 0
            else:
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s"
                                             % value)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                rest = z[8:]
                gmtoff_fraction = int(rest + "0" * (6 - len(rest)))
                if z[0] == "-":
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == "Z":
            zone = value.lower()
            if zone in ("utc", "gmt", _time.tzname[0].lower()):
                if not (_time.tzname[0] == _time.tzname[1] and _time.daylight
                        and zone not in ("utc", "gmt")):
                    tz = 0
            elif _time.daylight and zone == _time.tzname[1].lower():
                if _time.tzname[0] != _time.tzname[1]:
                    tz = 1

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' "
                         "instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904            # a leap year, so that Feb 29 exists
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday,
                                       week_starts == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        julian = (_date(year, month, day).toordinal()
                  - _date(year, 1, 1).toordinal() + 1)
    else:
        result = _date.fromordinal(julian - 1
                                   + _date(year, 1, 1).toordinal())
        year, month, day = result.year, result.month, result.day
    if weekday is None:
        weekday = _date(year, month, day).weekday()
    tzname = caps.get("Z")
    if leap_year_fix:
        year = 1900

    return ((year, month, day, hour, minute, second, weekday, julian, tz,
             tzname, gmtoff), fraction, gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime(): a struct_time for data_string."""
    tt = _strptime(data_string, format)[0]
    return _time.struct_time(tt[:getattr(_time, "_STRUCT_TM_ITEMS", 9)])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """cls instance (a datetime or subclass) for data_string."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        delta = _timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            args += (_timezone(delta, tzname),)
        else:
            args += (_timezone(delta),)
    return cls(*args)
