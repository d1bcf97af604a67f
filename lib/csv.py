"""CSV parsing and writing (Baton's own, with CPython 3.11's API, dialects,
quoting rules and error messages)."""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "field_size_limit",
           "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "Sniffer", "unregister_dialect", "__version__",
           "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


def field_size_limit(*args):
    """Sets an upper limit on parsed fields; returns the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError(f"field_size_limit expected at most 1 argument, got {len(args)}")
    old = _field_limit
    if args:
        new = args[0]
        if not isinstance(new, int):
            raise TypeError('"limit" must be an integer')
        _field_limit = new
    return old


# ---- dialects -------------------------------------------------------------------------------

_DIALECT_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator",
                  "quotechar", "quoting", "skipinitialspace", "strict")


def _char(name, value, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError(f'"{name}" must be a 1-character string')
    if not isinstance(value, str):
        if allow_none:
            raise TypeError(f'"{name}" must be string or None, not {type(value).__name__}')
        raise TypeError(f'"{name}" must be string, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class _Dialect:
    """The validated parameters of a reader or writer (what CPython's
    reader.dialect / writer.dialect give)."""

    __slots__ = _DIALECT_ATTRS

    def __init__(self, dialect=None, **kw):
        base = {}
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            for a in _DIALECT_ATTRS:
                if hasattr(dialect, a):
                    base[a] = getattr(dialect, a)
        base.update(kw)
        get = base.get
        object.__setattr__(self, "delimiter", _char("delimiter", get("delimiter", ","), False))
        object.__setattr__(self, "doublequote", bool(get("doublequote", True)))
        object.__setattr__(self, "escapechar", _char("escapechar", get("escapechar"), True))
        lt = get("lineterminator", "\r\n")
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        object.__setattr__(self, "lineterminator", lt)
        quoting = get("quoting", QUOTE_MINIMAL)
        if not isinstance(quoting, int) or isinstance(quoting, bool) and False:
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError("bad \"quoting\" value")
        object.__setattr__(self, "quoting", quoting)
        qc = get("quotechar", '"')
        if qc is None and "quotechar" in base and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        qc = _char("quotechar", qc, True)
        object.__setattr__(self, "quotechar", qc)
        object.__setattr__(self, "skipinitialspace", bool(get("skipinitialspace", False)))
        object.__setattr__(self, "strict", bool(get("strict", False)))
        if self.delimiter in ("\n", "\r") or self.delimiter == " " and self.skipinitialspace and False:
            raise ValueError("bad delimiter value")
        if quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self.lineterminator == "" and False:
            raise ValueError("lineterminator must be set")

    def __setattr__(self, name, value):
        raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")


class Dialect:
    """Describe a CSV dialect: subclass it and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


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


def register_dialect(name, dialect=None, **kw):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **kw)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# ---- reading ---------------------------------------------------------------------------------

class _Reader:
    """Iterates over the records of an iterable of lines."""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        delim, quote, esc = d.delimiter, d.quotechar, d.escapechar
        quoting, strict, skipws = d.quoting, d.strict, d.skipinitialspace
        nonnumeric = quoting == QUOTE_NONNUMERIC
        fields = []
        field = []
        quoted_field = False
        # states: 0 start record, 1 start field, 2 in field, 3 in quoted field,
        # 4 escape (unquoted), 5 escape in quoted, 6 quote in quoted field,
        # 7 eat CR/LF
        state = 0
        limit = _field_limit

        def add(c):
            if len(field) >= limit:
                raise Error("field larger than field limit (%d)" % limit)
            field.append(c)

        def save():
            nonlocal quoted_field
            s = "".join(field)
            field.clear()
            if nonnumeric and not quoted_field and s:
                s = float(s)
            elif nonnumeric and not quoted_field and not s:
                s = s
            fields.append(s)
            quoted_field = False

        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if field or state not in (0, 1, 7) or (state == 1 and fields):
                    if state in (3, 5) and strict:
                        raise Error("unexpected end of data")
                    if state == 4 or state == 5:
                        raise Error("unexpected end of data")
                    if state not in (0,):
                        save()
                        return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                if state == 0:
                    if c in "\r\n":
                        state = 7
                        continue
                    state = 1
                if state == 1:
                    if c in "\r\n":
                        save()
                        state = 7
                    elif c == quote and quoting != QUOTE_NONE:
                        quoted_field = True
                        state = 3
                    elif c == esc:
                        state = 4
                    elif c == " " and skipws:
                        pass
                    elif c == delim:
                        save()
                    else:
                        add(c)
                        state = 2
                elif state == 2:
                    if c in "\r\n":
                        save()
                        state = 7
                    elif c == esc:
                        state = 4
                    elif c == delim:
                        save()
                        state = 1
                    else:
                        add(c)
                elif state == 4:
                    add(c)
                    state = 2
                elif state == 3:
                    if c == esc:
                        state = 5
                    elif c == quote and quoting != QUOTE_NONE:
                        state = 6 if d.doublequote else 2
                    else:
                        add(c)
                elif state == 5:
                    add(c)
                    state = 3
                elif state == 6:
                    if quoting != QUOTE_NONE and c == quote:
                        add(c)
                        state = 3
                    elif c == delim:
                        save()
                        state = 1
                    elif c in "\r\n":
                        save()
                        state = 7
                    elif not strict:
                        add(c)
                        state = 2
                    else:
                        raise Error("'%c' expected after '%c'" % (delim, quote))
                elif state == 7:
                    if c in "\r\n":
                        pass
                    else:
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file in universal-newline mode?")
            # end of one input line
            if state == 7:
                if fields or field:
                    return fields
                state = 0
                if not fields:
                    return []
            elif state in (3, 5):
                # a quoted field continues on the next line
                if state == 5:
                    state = 3
                continue
            elif state == 4:
                add("\n")
                state = 2
                continue
            elif state == 0:
                return []
            else:
                save()
                return fields


def reader(csvfile, dialect="excel", **fmtparams):
    """Return a reader object that iterates over the records in csvfile."""
    return _Reader(csvfile, _Dialect(dialect, **fmtparams))


# ---- writing ---------------------------------------------------------------------------------

class _Writer:
    def __init__(self, fileobj, dialect):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = dialect

    def _field(self, value, only):
        d = self.dialect
        if value is None:
            text = ""
            numeric = False
        elif isinstance(value, float):
            text = repr(value)
            numeric = True
        elif isinstance(value, str):
            text = value
            numeric = False
        else:
            text = str(value)
            numeric = isinstance(value, (int, complex)) or _is_number(value)
        quoting = d.quoting
        quote = d.quotechar
        if quoting == QUOTE_ALL:
            must_quote = True
        elif quoting == QUOTE_NONNUMERIC:
            must_quote = not numeric
        else:
            must_quote = False
        special = set(d.delimiter + d.lineterminator + "\r\n")
        if quote:
            special.add(quote)
        if d.escapechar:
            special.add(d.escapechar)
        out = []
        for c in text:
            if c in special:
                if quoting == QUOTE_NONE:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
                elif c == quote:
                    if d.doublequote:
                        out.append(quote)
                    elif d.escapechar:
                        out.append(d.escapechar)
                    else:
                        raise Error("need to escape, but no escapechar set")
                    must_quote = must_quote or d.doublequote
                elif c == d.escapechar:
                    out.append(d.escapechar)
                else:
                    must_quote = True
            out.append(c)
        if only and text == "" and quoting != QUOTE_NONE:
            must_quote = True
        if only and text == "" and quoting == QUOTE_NONE:
            raise Error("single empty field record must be quoted")
        text = "".join(out)
        if must_quote and quoting != QUOTE_NONE:
            text = quote + text + quote
        return text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        line = d.delimiter.join(self._field(v, len(items) == 1) for v in items)
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def _is_number(value):
    try:
        import numbers
        return isinstance(value, numbers.Number)
    except ImportError:
        return False


def writer(csvfile, dialect="excel", **fmtparams):
    """Return a writer object that writes delimited rows to csvfile."""
    return _Writer(csvfile, _Dialect(dialect, **fmtparams))


# ---- dict reader and writer -------------------------------------------------------------------

class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
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
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
            self.line_num = self.reader.line_num
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    __class_getitem__ = classmethod(lambda cls, item: __import__("types").GenericAlias(cls, item))


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(lambda cls, item: __import__("types").GenericAlias(cls, item))


# ---- sniffing --------------------------------------------------------------------------------

class Sniffer:
    """Deduces the format of a CSV file from a sample of it."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        """Returns a dialect (or None) corresponding to the sample."""
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
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """A quoted field tells the quote character, and the character
        just outside it (at a line's start or end on the other side) the
        delimiter. Scans for quoted fields and counts what surrounds them."""
        def delim_like(c):
            return (c not in "\n\r\"'" and not c.isalnum() and c != "_"
                    and (delimiters is None or c in delimiters))

        quotes, delims, spaced, doubled = {}, {}, {}, set()
        n = len(data)
        for q in "\"'":
            i = data.find(q)
            while i >= 0:
                j = i - 1
                space = j >= 0 and data[j] == " "
                if space:
                    j -= 1
                before = data[j] if j >= 0 else "\n"
                k = i + 1
                has_double = False
                while True:
                    k = data.find(q, k)
                    if k < 0 or k + 1 >= n or data[k + 1] != q:
                        break
                    has_double = True
                    k += 2
                if k < 0:
                    break
                after = data[k + 1] if k + 1 < n else "\n"
                delim = None
                if before in "\r\n" and delim_like(after):
                    delim = after
                elif delim_like(before) and (after == before or after in "\r\n"):
                    delim = before
                elif not (before in "\r\n" and after in "\r\n"):
                    i = data.find(q, i + 1)
                    continue
                quotes[q] = quotes.get(q, 0) + 1
                if has_double:
                    doubled.add(q)
                if delim is not None:
                    delims[delim] = delims.get(delim, 0) + 1
                    if space:
                        spaced[delim] = spaced.get(delim, 0) + 1
                i = data.find(q, k + 1)
        if not quotes:
            return "", False, None, 0
        quotechar = max(quotes, key=quotes.get)
        if not delims:
            return quotechar, quotechar in doubled, "", 0
        delim = max(delims, key=delims.get)
        return quotechar, quotechar in doubled, delim, spaced.get(delim, 0) == delims[delim]

    def _guess_delimiter(self, data, delimiters):
        """The delimiter is the character that occurs the same number of
        times on the most lines (ties go to the preferred characters)."""
        lines = [ln for ln in data.split("\n") if ln]
        if not lines:
            return "", 0
        candidates = {}
        for ch in set(data):
            if ch.isalnum() or ch in "\n\r\"'" or (delimiters is not None and ch not in delimiters):
                continue
            counts = [ln.count(ch) for ln in lines]
            freq = {}
            for c in counts:
                freq[c] = freq.get(c, 0) + 1
            mode, agree = max(freq.items(), key=lambda kv: (kv[1], kv[0]))
            if mode == 0:
                continue
            candidates[ch] = agree / len(lines)
        if not candidates:
            return "", 0
        best = max(candidates.values())
        threshold = best
        chosen = [c for c, v in candidates.items() if v >= threshold]
        delim = None
        for p in self.preferred:
            if p in chosen:
                delim = p
                break
        if delim is None:
            delim = sorted(chosen)[0]
        skipinitialspace = (data.split("\n")[0].count(delim)
                            == data.split("\n")[0].count(delim + " "))
        return delim, skipinitialspace

    def has_header(self, sample):
        """Whether the first row looks like column headers: the other rows'
        values in a column are numbers, or strings of one fixed length,
        that the first row's value does not fit."""
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_types = {i: None for i in range(columns)}
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types):
                thistype = None
                for t in (int, float, complex):
                    try:
                        t(row[col])
                        thistype = t
                        break
                    except (ValueError, OverflowError):
                        pass
                if thistype is None:
                    thistype = len(row[col])
                if thistype != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = thistype
                    else:
                        del column_types[col]
        votes = 0
        for col, coltype in column_types.items():
            if coltype is None:
                continue
            if isinstance(coltype, int) and not isinstance(coltype, type):
                votes += 1 if len(header[col]) != coltype else -1
            else:
                try:
                    coltype(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
