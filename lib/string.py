"""String constants, capwords(), Template ($-substitution) and Formatter."""

__all__ = [
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
    "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template",
]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each, and join them with sep (a space by default)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


# ---- Template ---------------------------------------------------------------------------

_sentinel_dict = {}
_ident_start = frozenset("_" + ascii_letters)
_ident_chars = frozenset("_" + ascii_letters + digits)


class _ChainLookup:
    __slots__ = ("first", "second")

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None  # re.IGNORECASE in CPython; only used by customised patterns

    def __init_subclass__(cls):
        super().__init_subclass__()
        # A subclass that changes the patterns needs the re module.
        if "pattern" in cls.__dict__ or "idpattern" in cls.__dict__ or "braceidpattern" in cls.__dict__:
            import re

            if "pattern" in cls.__dict__:
                pattern = cls.pattern
            else:
                delim = re.escape(cls.delimiter)
                id = cls.idpattern
                bid = cls.braceidpattern or cls.idpattern
                pattern = rf"""
                {delim}(?:
                  (?P<escaped>{delim})  |   # Escape sequence of two delimiters
                  (?P<named>{id})       |   # delimiter and a Python identifier
                  {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
                  (?P<invalid>)             # Other ill-formed delimiter exprs
                )
                """
            flags = cls.flags if cls.flags is not None else re.IGNORECASE
            cls.pattern = re.compile(pattern, flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (start, end, kind, name): kind is 'escaped', 'named', 'braced' or 'invalid'."""
        pattern = self.__class__.__dict__.get("pattern") or getattr(self.__class__, "pattern", None)
        if pattern is not None and not isinstance(pattern, str):
            for mo in pattern.finditer(self.template):
                g = mo.groupdict()
                if g.get("escaped") is not None:
                    yield mo.start(), mo.end(), "escaped", None
                elif g.get("named") is not None:
                    yield mo.start(), mo.end(), "named", g["named"]
                elif g.get("braced") is not None:
                    yield mo.start(), mo.end(), "braced", g["braced"]
                elif g.get("invalid") is not None:
                    yield mo.start("invalid"), mo.end(), "invalid", None
            return
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(s)
        i = s.find(delim)
        while i >= 0:
            j = i + dl
            if s.startswith(delim, j):
                yield i, j + dl, "escaped", None
                i = s.find(delim, j + dl)
                continue
            if j < n and s[j] in _ident_start:
                k = j + 1
                while k < n and s[k] in _ident_chars:
                    k += 1
                yield i, k, "named", s[j:k]
                i = s.find(delim, k)
                continue
            if j < n and s[j] == "{":
                k = j + 1
                if k < n and s[k] in _ident_start:
                    m = k + 1
                    while m < n and s[m] in _ident_chars:
                        m += 1
                    if m < n and s[m] == "}":
                        yield i, m + 1, "braced", s[k:m]
                        i = s.find(delim, m + 1)
                        continue
            yield j, j, "invalid", None
            i = s.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        s = self.template
        out = []
        pos = 0
        for start, end, kind, name in self._scan():
            out.append(s[pos:start])
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                self._invalid(start)
            else:
                out.append("%s" % (mapping[name],))
            pos = end
        out.append(s[pos:])
        return "".join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        s = self.template
        out = []
        pos = 0
        for start, end, kind, name in self._scan():
            out.append(s[pos:start])
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                out.append(s[start:end])
            else:
                try:
                    out.append("%s" % (mapping[name],))
                except KeyError:
                    out.append(s[start:end])
            pos = end
        out.append(s[pos:])
        return "".join(out)

    def is_valid(self):
        for start, end, kind, name in self._scan():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._scan():
            if kind in ("named", "braced") and name not in ids:
                ids.append(name)
            elif kind == "invalid":
                self._invalid(start)
        return ids


# ---- Formatter ---------------------------------------------------------------------------


def _formatter_parser(s):
    """Split a format string: yield (literal_text, field_name, format_spec, conversion)."""
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = ""
        while pos < n:
            c = s[pos]
            pos += 1
            if c == "{" or c == "}":
                break
        else:
            yield s[start:pos], None, None, None
            return
        at_end = pos >= n
        if c == "}" and (at_end or s[pos] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{":
            raise ValueError("Single '{' encountered in format string")
        if s[pos] == c:
            # An escaped brace: literal text ending with it, no field.
            literal = s[start:pos]
            pos += 1
            yield literal, None, None, None
            continue
        literal = s[start : pos - 1]
        # The field name ends at '}', ':' or '!'; '[...]' may hold anything.
        name_start = pos
        c = ""
        while pos < n:
            c = s[pos]
            pos += 1
            if c == "{":
                raise ValueError("unexpected '{' in field name")
            if c == "[":
                while pos < n and s[pos] != "]":
                    pos += 1
                continue
            if c == "}" or c == ":" or c == "!":
                break
        else:
            c = ""
        field_name = s[name_start : pos - 1] if c else s[name_start:pos]
        conversion = None
        format_spec = ""
        if c == "!" or c == ":":
            if c == "!":
                if pos >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[pos]
                pos += 1
                if pos < n:
                    c = s[pos]
                    pos += 1
                    if c == "}":
                        yield literal, field_name, format_spec, conversion
                        continue
                    if c != ":":
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = pos
            count = 1
            while pos < n:
                c = s[pos]
                pos += 1
                if c == "{":
                    count += 1
                elif c == "}":
                    count -= 1
                    if count == 0:
                        break
            else:
                raise ValueError("unmatched '{' in format spec")
            format_spec = s[spec_start : pos - 1]
        elif c != "}":
            raise ValueError("expected '}' before end of string")
        yield literal, field_name, format_spec, conversion


def _field_name_split(field_name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); a numeric first part becomes an int."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in ".[":
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        i += 1
        if c == ".":
            j = i
            while i < n and field_name[i] not in ".[":
                i += 1
            name = field_name[j:i]
            if not name:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name))
        elif c == "[":
            j = i
            while i < n and field_name[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = field_name[j:i]
            i += 1
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            if i < n and field_name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)


class Formatter:
    """str.format() as a class whose steps (parse, get_field, convert_field, ...) can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field specification to automatic field numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from manual field specification to automatic field numbering")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index
                )
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec, conversion) tuples."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
