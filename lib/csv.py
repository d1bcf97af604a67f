"""CSV parsing and writing.

Baton's own implementation of CPython 3.11's csv module (the parts that
CPython writes in C, in its _csv module, live here too): reader and writer
objects driven by a dialect's parameters, the dialect registry, DictReader
and DictWriter, and the Sniffer that guesses a dialect from a sample.
"""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

_limit = 128 * 1024          # field_size_limit()
_registry = {}               # name -> _csv.Dialect


class Error(Exception):
    pass


Error.__module__ = "_csv"


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields.
        csv.field_size_limit([limit])

    Returns old limit. If limit is not given, no new limit is set and
    the old limit is returned"""
    global _limit
    if "new_limit" in kwargs:
        args = args + (kwargs.pop("new_limit"),)
    if kwargs:
        name = next(iter(kwargs))
        raise TypeError(f"field_size_limit() got an unexpected keyword argument '{name}'")
    if len(args) > 1:
        raise TypeError(f"field_size_limit() takes at most 1 argument ({len(args)} given)")
    previous = _limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _limit = args[0]
    return previous


# ---- dialects ---------------------------------------------------------------------------------

_PARAMS = ("delimiter", "doublequote", "escapechar", "lineterminator",
           "quotechar", "quoting", "skipinitialspace", "strict")
_MISSING = object()


def _one_char(name, value, default, nullable):
    """A delimiter/quotechar/escapechar parameter: one character (or, when
    `nullable`, None for "not set")."""
    if value is _MISSING:
        return default
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        kinds = "string or None" if nullable else "string"
        raise TypeError(f'"{name}" must be {kinds}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class _DialectParams:
    """The checked parameters of a reader or writer: what CPython calls
    _csv.Dialect (the type of reader.dialect and of get_dialect()'s
    result). Immutable."""

    __slots__ = _PARAMS

    def __new__(cls, dialect=None, **params):
        for name in params:
            if name not in _PARAMS:
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        if isinstance(dialect, _DialectParams) and not params and cls is _DialectParams:
            return dialect
        given = {}
        for name in _PARAMS:
            value = params.get(name, _MISSING)
            if value is _MISSING and dialect is not None:
                value = getattr(dialect, name, _MISSING)
            given[name] = value
        self = object.__new__(cls)
        put = object.__setattr__
        put(self, "delimiter", _one_char("delimiter", given["delimiter"], ",", False))
        put(self, "doublequote", _flag(given["doublequote"], True))
        put(self, "escapechar", _one_char("escapechar", given["escapechar"], None, True))
        terminator = given["lineterminator"]
        if terminator is _MISSING:
            terminator = "\r\n"
        elif terminator is not None and not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        put(self, "lineterminator", terminator)
        put(self, "quotechar", _one_char("quotechar", given["quotechar"], '"', True))
        quoting = given["quoting"]
        if quoting is _MISSING:
            # An explicit quotechar=None without a quoting means no quoting.
            quoting = QUOTE_NONE if given["quotechar"] is None else QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        elif quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        put(self, "quoting", quoting)
        put(self, "skipinitialspace", _flag(given["skipinitialspace"], False))
        put(self, "strict", _flag(given["strict"], False))
        if quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if terminator is None:
            raise TypeError("lineterminator must be set")
        return self

    def __setattr__(self, name, value):
        if name in _PARAMS:
            raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")
        raise AttributeError(f"'_csv.Dialect' object has no attribute '{name}'")

    def __reduce_ex__(self, protocol):
        raise TypeError(f"cannot pickle '_csv.Dialect' object")


_DialectParams.__name__ = _DialectParams.__qualname__ = "Dialect"
_DialectParams.__module__ = "_csv"
_DialectParams.__doc__ = ("CSV dialect\n\nThe Dialect type records CSV parsing "
                          "and generation options.\n")


def _flag(value, default):
    return default if value is _MISSING else bool(value)


class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.

    """
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _DialectParams(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


def _split_args(args, kwargs, least):
    """The (source, dialect) of reader()/writer()/register_dialect()
    calls, which take one or two positional arguments."""
    if "dialect" in kwargs:
        if len(args) > 1:
            raise TypeError("argument for function given by name ('dialect') and position (1)")
        args = args + (kwargs.pop("dialect"),)
    if len(args) < least:
        raise TypeError(f" expected at least {least} argument{'s' if least > 1 else ''}, got {len(args)}")
    if len(args) > 2:
        raise TypeError(f" expected at most 2 arguments, got {len(args)}")
    return args[0], (args[1] if len(args) > 1 else None), kwargs


def register_dialect(*args, **kwargs):
    """Create a mapping from a string name to a dialect class.
    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"""
    name, dialect, params = _split_args(args, kwargs, 1)
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _registry[name] = _DialectParams(dialect, **params)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name.
    csv.unregister_dialect(name)"""
    if name not in _registry:
        raise Error("unknown dialect")
    del _registry[name]


def get_dialect(name):
    """Return the dialect instance associated with name.
    dialect = csv.get_dialect(name)"""
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all know dialect names.
    names = csv.list_dialects()"""
    return list(_registry)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# ---- reading ----------------------------------------------------------------------------------

# The reader's states.
_RECORD_START = 0       # nothing of the record yet
_FIELD_START = 1        # at the start of a field
_ESCAPED = 2            # after an escapechar in an unquoted field
_UNQUOTED = 3           # in an unquoted field
_QUOTED = 4             # in a quoted field
_QUOTED_ESCAPED = 5     # after an escapechar in a quoted field
_QUOTE_SEEN = 6         # after a quote in a quoted field (doubled, or closing)
_LINE_END = 7           # swallowing the \r/\n that end a record
_ESCAPED_NEWLINE = 8    # after an escaped \r or \n


class _ReadOnly:
    """A read-only attribute kept in another (private) one."""

    def __init__(self, slot):
        self._slot = slot

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


class _Reader:
    """Iterates over the records (lists of fields) of an iterable of
    lines. A record may span several lines (a quoted field with a line
    break in it)."""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self._dialect = dialect
        self._line_num = 0

    dialect = _ReadOnly("_dialect")
    line_num = _ReadOnly("_line_num")

    def __iter__(self):
        return self

    def __next__(self):
        d = self._dialect
        delimiter, quotechar, escapechar = d.delimiter, d.quotechar, d.escapechar
        if d.quoting == QUOTE_NONE:
            quotechar = None           # a quotechar means nothing then
        skip_space, strict, doublequote = d.skipinitialspace, d.strict, d.doublequote
        numeric_mode = d.quoting == QUOTE_NONNUMERIC
        limit = _limit
        plain_ok = not (skip_space and delimiter == " ")

        record = []
        chars = []
        numeric = False
        state = _RECORD_START

        def finish_field():
            nonlocal numeric
            text = "".join(chars)
            chars.clear()
            if numeric:
                numeric = False
                record.append(float(text))
            else:
                record.append(text)

        def too_long():
            return Error("field larger than field limit (%d)" % limit)

        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                # The input ended inside a record: in a quoted field, or
                # after an escaped line break.
                if chars or state == _QUOTED:
                    if strict:
                        raise Error("unexpected end of data") from None
                    finish_field()
                    return record
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file "
                            "should be opened in text mode)" % type(line).__name__)
            self._line_num += 1
            if state == _RECORD_START and plain_ok:
                # Most lines hold a whole record with nothing to unquote or
                # unescape: split them at once.
                body = line.rstrip("\r\n")
                if "\r" not in body and "\n" not in body and \
                        (quotechar is None or quotechar not in body) and \
                        (escapechar is None or escapechar not in body):
                    if not body:
                        return record
                    fields = body.split(delimiter)
                    if skip_space:
                        fields = [f.lstrip(" ") for f in fields]
                    if max(map(len, fields)) <= limit:
                        if numeric_mode:
                            return [float(f) if f else f for f in fields]
                        return fields
            for c in line:
                if state == _UNQUOTED or state == _ESCAPED_NEWLINE:
                    if c == "\n" or c == "\r":
                        finish_field()
                        state = _LINE_END
                    elif c == escapechar:
                        state = _ESCAPED
                    elif c == delimiter:
                        finish_field()
                        state = _FIELD_START
                    else:
                        # (after an escaped line break, the field stays
                        # open past the end of the line)
                        if len(chars) >= limit:
                            raise too_long()
                        chars.append(c)
                    continue
                if state == _QUOTED:
                    if c == escapechar:
                        state = _QUOTED_ESCAPED
                    elif c == quotechar:
                        state = _QUOTE_SEEN if doublequote else _UNQUOTED
                    else:
                        if len(chars) >= limit:
                            raise too_long()
                        chars.append(c)
                    continue
                if state == _RECORD_START:
                    if c == "\n" or c == "\r":
                        state = _LINE_END
                        continue
                    state = _FIELD_START
                if state == _FIELD_START:
                    if c == "\n" or c == "\r":
                        finish_field()
                        state = _LINE_END
                    elif c == quotechar:
                        state = _QUOTED
                    elif c == escapechar:
                        state = _ESCAPED
                    elif c == " " and skip_space:
                        pass
                    elif c == delimiter:
                        finish_field()
                    else:
                        numeric = numeric_mode
                        if len(chars) >= limit:
                            raise too_long()
                        chars.append(c)
                        state = _UNQUOTED
                elif state == _ESCAPED:
                    if len(chars) >= limit:
                        raise too_long()
                    chars.append(c)
                    state = _ESCAPED_NEWLINE if c == "\n" or c == "\r" else _UNQUOTED
                elif state == _QUOTED_ESCAPED:
                    if len(chars) >= limit:
                        raise too_long()
                    chars.append(c)
                    state = _QUOTED
                elif state == _QUOTE_SEEN:
                    if c == quotechar:
                        # A doubled quote stands for one.
                        if len(chars) >= limit:
                            raise too_long()
                        chars.append(c)
                        state = _QUOTED
                    elif c == delimiter:
                        finish_field()
                        state = _FIELD_START
                    elif c == "\n" or c == "\r":
                        finish_field()
                        state = _LINE_END
                    elif not strict:
                        if len(chars) >= limit:
                            raise too_long()
                        chars.append(c)
                        state = _UNQUOTED
                    else:
                        raise Error("'%c' expected after '%c'" % (delimiter, quotechar))
                elif state == _LINE_END:
                    if c != "\n" and c != "\r":
                        raise Error("new-line character seen in unquoted field - do you "
                                    "need to open the file in universal-newline mode?")
            # The end of the line.
            if state in (_FIELD_START, _UNQUOTED, _QUOTE_SEEN):
                finish_field()
                state = _RECORD_START
            elif state == _LINE_END:
                state = _RECORD_START
            elif state == _ESCAPED or state == _QUOTED_ESCAPED:
                # An escaped end of line is a line break in the field.
                if len(chars) >= limit:
                    raise too_long()
                chars.append("\n")
                state = _UNQUOTED if state == _ESCAPED else _QUOTED
            if state == _RECORD_START:
                return record


_Reader.__name__ = _Reader.__qualname__ = "reader"
_Reader.__module__ = "_csv"


def reader(*args, **kwargs):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)

The "iterable" argument can be any object that returns a line
of input for each iteration, such as a file object or a list.  The
optional "dialect" parameter is discussed below.  The function
also accepts optional keyword arguments which override settings
provided by the dialect.

The returned object is an iterator.  Each iteration returns a row
of the CSV file (which can span multiple input lines).
"""
    source, dialect, params = _split_args(args, kwargs, 1)
    lines = iter(source)
    return _Reader(lines, _DialectParams(dialect, **params))


# ---- writing ----------------------------------------------------------------------------------

def _is_number(value):
    """What counts as a number for QUOTE_NONNUMERIC: anything that can be
    turned into an int or a float (or is complex)."""
    t = type(value)
    return (isinstance(value, (int, float, complex)) or hasattr(t, "__index__")
            or hasattr(t, "__int__") or hasattr(t, "__float__"))


class _Writer:
    """Writes rows (iterables of values) as delimited lines to a file."""

    def __init__(self, fileobj, dialect):
        write = getattr(fileobj, "write", None)
        if write is None or not callable(write):
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self._dialect = dialect

    dialect = _ReadOnly("_dialect")

    def _field_text(self, value):
        d = self._dialect
        quoting = d.quoting
        if quoting == QUOTE_ALL:
            quoted = True
        elif quoting == QUOTE_NONNUMERIC:
            quoted = not _is_number(value)
        else:
            quoted = False
        if value is None:
            text = ""
        elif isinstance(value, str):
            text = value
        else:
            text = str(value)
        quotechar, escapechar = d.quotechar, d.escapechar
        special = d.delimiter + d.lineterminator
        if quotechar is not None:
            special += quotechar
        if escapechar is not None:
            special += escapechar
        if not any(c in text for c in special):
            if quoted:
                return quotechar + text + quotechar
            return text
        out = []
        for c in text:
            if c in special:
                escape = False
                if quoting == QUOTE_NONE:
                    escape = True
                elif c == quotechar:
                    if d.doublequote:
                        out.append(quotechar)
                        quoted = True
                    else:
                        escape = True
                elif c == escapechar:
                    escape = True
                else:
                    quoted = True
                if escape:
                    if escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(escapechar)
            out.append(c)
        text = "".join(out)
        if quoted:
            text = quotechar + text + quotechar
        return text

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        try:
            values = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        d = self._dialect
        texts = [self._field_text(v) for v in values]
        if len(texts) == 1 and texts[0] == "":
            # A lone empty field must be visible, or the line would read
            # back as an empty record.
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            texts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(texts) + d.lineterminator)

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


_Writer.__name__ = _Writer.__qualname__ = "writer"
_Writer.__module__ = "_csv"


def writer(*args, **kwargs):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)

    [or]

    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    csv_writer.writerows(rows)

The "fileobj" argument can be any object that supports the file API.
"""
    fileobj, dialect, params = _split_args(args, kwargs, 1)
    w = _Writer(fileobj, None)
    w._dialect = _DialectParams(dialect, **params)
    return w


# ---- rows as dicts ----------------------------------------------------------------------------

class DictReader:
    """Reads rows as dicts keyed by the field names (by default, the first
    row). Extra values of a row go in a list under `restkey`; missing ones
    are `restval`. Empty rows are skipped."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames                   # reads the header row
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while not row:
            row = next(self.reader)
        names = self.fieldnames
        result = dict(zip(names, row))
        if len(row) > len(names):
            result[self.restkey] = row[len(names):]
        else:
            for name in names[len(row):]:
                result[name] = self.restval
        return result


class DictWriter:
    """Writes dicts as rows, the values in the order of `fieldnames`;
    missing keys give `restval`, unknown keys raise ValueError (or are
    ignored, with extrasaction='ignore')."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(k) for k in unknown))
        return (rowdict.get(name, self.restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# ---- guessing the dialect ---------------------------------------------------------------------

# A quoted field with what surrounds it, most telling first: a delimiter on
# both sides; the start of a line before and a delimiter after; a delimiter
# before and the end of a line after; a line of its own. A delimiter is
# anything but a word character, a line break or a quote.
_QUOTED_FIELD_PATTERNS = (
    r"(?P<delim>[^\w\n\"'])(?P<space> ?)(?P<quote>[\"']).*?(?P=quote)(?P=delim)",
    r"(?:^|\n)(?P<quote>[\"']).*?(?P=quote)(?P<delim>[^\w\n\"'])(?P<space> ?)",
    r"(?P<delim>[^\w\n\"'])(?P<space> ?)(?P<quote>[\"']).*?(?P=quote)(?:$|\n)",
    r"(?:^|\n)(?P<quote>[\"']).*?(?P=quote)(?:$|\n)",
)


def _most_common(counts):
    """The key with the highest count (the first one met, on a tie)."""
    return max(counts, key=counts.get)


class Sniffer:
    '''
    "Sniffs" the format of a CSV file (i.e. delimiter, quotechar)
    Returns a Dialect object.
    '''

    def __init__(self):
        # in case there is more than one possible delimiter
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        """
        Returns a dialect (or None) corresponding to the sample
        """
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'     # '' is no quotechar
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """
        Looks for text enclosed between two identical quotes
        (the probable quotechar) which are preceded and followed
        by the same character (the probable delimiter).
        For example:
                         ,'some text',
        The quote with the most wins, same with the delimiter.
        If there is no quotechar the delimiter can't be determined
        this way.
        """
        for pattern in _QUOTED_FIELD_PATTERNS:
            regex = re.compile(pattern, re.DOTALL | re.MULTILINE)
            found = list(regex.finditer(data))
            if found:
                break
        else:
            return "", False, None, 0

        quotes = {}
        delims = {}
        spaced = 0
        has_delim = "delim" in regex.groupindex
        for m in found:
            q = m.group("quote")
            quotes[q] = quotes.get(q, 0) + 1
            if not has_delim:
                continue
            d = m.group("delim")
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if m.group("space"):
                spaced += 1

        quotechar = _most_common(quotes)
        if delims:
            delim = _most_common(delims)
            skipinitialspace = delims[delim] == spaced
            if delim == "\n":
                delim = ""
        else:
            delim = ""
            skipinitialspace = 0

        # Three quotes between two delimiters (or line ends) mean that a
        # quote inside a field is written doubled.
        d = re.escape(delim)
        q = quotechar
        doubled = re.compile(
            f"(({d})|^)\\W*{q}[^{d}\\n]*{q}[^{d}\\n]*{q}\\W*(({d})|$)", re.MULTILINE)
        doublequote = doubled.search(data) is not None
        return quotechar, doublequote, delim, skipinitialspace

    def _guess_delimiter(self, data, delimiters):
        """
        The delimiter /should/ occur the same number of times on
        each row. However, due to malformed data, it may not. We don't want
        an all or nothing approach, so we allow for small variations in this
        number.
          1) build a table of the frequency of each character on every line.
          2) build a table of frequencies of this frequency (meta-frequency?),
             e.g.  'x occurred 5 times in 10 rows, 6 times in 1000 rows,
             7 times in 2 rows'
          3) use the mode of the meta-frequency to determine the /expected/
             frequency for that character
          4) find out how often the character actually meets that goal
          5) the character that best meets its goal is the delimiter
        For performance reasons, the data is evaluated in chunks, so it can
        try and evaluate the smallest portion of the data possible, evaluating
        additional chunks as necessary.
        """
        lines = [line for line in data.split("\n") if line]
        if not lines:
            return "", 0
        first = lines[0]

        def with_spacing(delim):
            return delim, first.count(delim) == first.count(delim + " ")

        chars = [chr(i) for i in range(127)]
        # per character: {occurrences in a line: number of such lines}
        tables = {c: {} for c in chars}
        modes = {}
        chosen = {}
        chunk = min(10, len(lines))
        done = 0
        while done < len(lines):
            for line in lines[done:done + chunk]:
                counts = {}
                for c in line:
                    counts[c] = counts.get(c, 0) + 1
                for c in chars:
                    table = tables[c]
                    n = counts.get(c, 0)
                    table[n] = table.get(n, 0) + 1
            done += chunk
            for c in chars:
                table = tables[c]
                if len(table) == 1:
                    n, lines_with_n = next(iter(table.items()))
                    if n == 0:
                        continue
                    modes[c] = (n, lines_with_n)
                else:
                    # The most frequent count, credited with its lines
                    # minus all the lines that disagree with it.
                    best = _most_common(table)
                    others = sum(table.values()) - table[best]
                    modes[c] = (best, table[best] - others)
            total = float(min(done, len(lines)))
            # Lower the bar from 100% to 90% of the lines until some
            # character reaches it.
            consistency = 1.0
            while not chosen and consistency >= 0.9:
                for c, (n, agreeing) in modes.items():
                    if n > 0 and agreeing > 0 and agreeing / total >= consistency \
                            and (delimiters is None or c in delimiters):
                        chosen[c] = (n, agreeing)
                consistency -= 0.01
            if len(chosen) == 1:
                return with_spacing(next(iter(chosen)))
            if chosen:
                break           # several candidates: more lines change nothing

        if not chosen:
            return "", 0
        for delim in self.preferred:
            if delim in chosen:
                return with_spacing(delim)
        # Otherwise the one with the highest (count, agreement), then code.
        delim = max((mode, c) for c, mode in chosen.items())[1]
        return with_spacing(delim)

    def has_header(self, sample):
        """Whether the first row looks like column headers: in the columns
        whose other values all are numbers, or strings of one length, the
        first row's value does not fit (a vote over the columns)."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        kinds = {i: None for i in range(len(header))}   # column -> complex or a length
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != len(header):
                continue
            for col in list(kinds):
                value = row[col]
                try:
                    complex(value)
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(value)
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]     # not consistent: no say
        votes = 0
        for col, kind in kinds.items():
            if type(kind) is int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
