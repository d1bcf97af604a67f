"""Configuration file parser for INI-style files.

Baton's own implementation of CPython 3.11's configparser API: a file is a
list of [sections], each holding `name = value` options (values may run on
over indented lines), with a DEFAULT section whose options every other
section inherits. Values can refer to other options through an
interpolation: BasicInterpolation's %(name)s (the default of ConfigParser),
ExtendedInterpolation's ${section:name}, or none (RawConfigParser).
Parsers and their sections are also mutable mappings.
"""

import functools
import io
import os
import re
import sys
from collections.abc import MutableMapping

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "SafeConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "LegacyInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10

# Marks an argument that was not passed (None is a legitimate fallback).
_UNSET = object()


# ---- exceptions ------------------------------------------------------------------------------

class Error(Exception):
    """Base class for ConfigParser exceptions."""

    def __init__(self, msg=""):
        self.message = msg
        Exception.__init__(self, msg)

    # The text is `message`, which ParsingError.append() keeps extending.
    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        super().__init__(f"No section: {section!r}")
        self.section = section
        self.args = (section,)


def _already_exists(kind, what, source, lineno):
    """'Section 'x' already exists', or, for text that came from a source,
    "While reading from 'f' [line  3]: section 'x' already exists"."""
    if source is None:
        return f"{kind.capitalize()} {what} already exists"
    where = f"While reading from {source!r}"
    if lineno is not None:
        where += f" [line {lineno:2d}]"
    return f"{where}: {kind} {what} already exists"


class DuplicateSectionError(Error):
    """Raised when a section is repeated in an input source (or added
    twice)."""

    def __init__(self, section, source=None, lineno=None):
        super().__init__(_already_exists("section", repr(section), source, lineno))
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """Raised when an option is repeated within a section of one input
    source."""

    def __init__(self, section, option, source=None, lineno=None):
        what = f"{option!r} in section {section!r}"
        super().__init__(_already_exists("option", what, source, lineno))
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """A requested option was not found."""

    def __init__(self, option, section):
        super().__init__(f"No option {option!r} in section: {section!r}")
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class for interpolation-related exceptions."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A string substitution required a setting which was not available."""

    def __init__(self, option, section, rawval, reference):
        msg = (f"Bad value substitution: option {option!r} in section {section!r} "
               f"contains an interpolation key {reference!r} which is not a valid "
               f"option name. Raw value: {rawval!r}")
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """Raised when the source text contains invalid syntax.

    Current implementation raises this exception when the source text into
    which substitutions are made does not conform to the required syntax.
    """


class InterpolationDepthError(InterpolationError):
    """Raised when substitutions are nested too deeply."""

    def __init__(self, option, section, rawval):
        msg = (f"Recursion limit exceeded in value substitution: option {option!r} "
               f"in section {section!r} contains an interpolation key which cannot "
               f"be substituted in {MAX_INTERPOLATION_DEPTH} steps. Raw value: {rawval!r}")
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Raised when a configuration file does not follow legal syntax. It
    collects every bad line of the source (`errors`, pairs of line number
    and repr of the line)."""

    def __init__(self, source=None, filename=None):
        # `filename` is the old name of `source`; exactly one may be given.
        if source and filename:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        if not source and not filename:
            raise ValueError("Required argument `source' not given.")
        source = source or filename
        Error.__init__(self, f"Source contains parsing errors: {source!r}")
        self.source = source
        self.errors = []
        self.args = (source,)

    @property
    def filename(self):
        """Deprecated, use `source'."""
        import warnings
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        return self.source

    @filename.setter
    def filename(self, value):
        import warnings
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += f"\n\t[line {lineno:2d}]: {line}"


class MissingSectionHeaderError(ParsingError):
    """Raised when a key-value pair is found before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, "File contains no section headers.\n"
                             f"file: {filename!r}, line: {lineno:d}\n{line!r}")
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


# ---- interpolation ---------------------------------------------------------------------------

class Interpolation:
    """Dummy interpolation that passes the value through with no changes."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _MarkupInterpolation(Interpolation):
    """What BasicInterpolation and ExtendedInterpolation share: a sign
    (`%` or `$`) that starts a reference, is doubled for a literal sign,
    and must otherwise open a reference matched by `_REF`."""

    _SIGN = ""
    _OPEN = ""
    _REF = None

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand_into(pieces, parser, section, option, value, defaults, 1)
        return "".join(pieces)

    def before_set(self, parser, section, option, value):
        # Drop the escaped signs, then the well-formed references: any sign
        # left over is a syntax error (reported at its place in what is left).
        leftover = self._REF.sub("", value.replace(self._SIGN * 2, ""))
        if self._SIGN in leftover:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, leftover.index(self._SIGN)))
        return value

    def _expand_into(self, pieces, parser, section, option, text, mapping, depth):
        """Append the expansion of `text` (the value, or a value it refers
        to, of `option`) to `pieces`; `depth` counts the nesting."""
        def raw_value():
            return parser.get(section, option, raw=True, fallback=text)

        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw_value())
        sign = self._SIGN
        pos = 0
        while text and pos < len(text):
            at = text.find(sign, pos)
            if at < 0:
                pieces.append(text[pos:])
                return
            pieces.append(text[pos:at])
            follower = text[at + 1:at + 2]
            if follower == sign:
                pieces.append(sign)
                pos = at + 2
                continue
            if follower != self._OPEN:
                raise InterpolationSyntaxError(
                    option, section,
                    f"'{sign}' must be followed by '{sign}' or '{self._OPEN}', "
                    f"found: {text[at:]!r}")
            ref = self._REF.match(text, at)
            if ref is None:
                raise InterpolationSyntaxError(
                    option, section, f"bad interpolation variable reference {text[at:]!r}")
            pos = ref.end()
            self._substitute(pieces, parser, section, option, ref.group(1),
                             text[pos:], mapping, depth, raw_value)

    def _substitute(self, pieces, parser, section, option, name, after, mapping, depth, raw_value):
        raise NotImplementedError


class BasicInterpolation(_MarkupInterpolation):
    """Interpolation as implemented in the classic ConfigParser.

    The option values can contain format strings which refer to other
    values in the same section, or values in the special default section:
    `%(name)s` is replaced by the value of option `name`, and `%%` is a
    literal `%`.
    """

    _SIGN = "%"
    _OPEN = "("
    _KEYCRE = _REF = re.compile(r"%\(([^)]+)\)s")

    def _substitute(self, pieces, parser, section, option, name, after, mapping, depth, raw_value):
        key = parser.optionxform(name)
        if key not in mapping:
            raise InterpolationMissingOptionError(option, section, raw_value(), key)
        value = mapping[key]
        if "%" in value:
            # A nested expansion still reports errors against `option`.
            self._expand_into(pieces, parser, section, option, value, mapping, depth + 1)
        else:
            pieces.append(value)


class ExtendedInterpolation(_MarkupInterpolation):
    """Advanced variant of interpolation, supports the syntax used by
    `zc.buildout`: `${option}` for an option of the same section (or of
    DEFAULT), `${section:option}` for one of another section, and `$$` for
    a literal `$`."""

    _SIGN = "$"
    _OPEN = "{"
    _KEYCRE = _REF = re.compile(r"\$\{([^}]+)\}")

    def _substitute(self, pieces, parser, section, option, name, after, mapping, depth, raw_value):
        parts = name.split(":")
        if len(parts) > 2:
            raise InterpolationSyntaxError(option, section, f"More than one ':' found: {after!r}")
        try:
            if len(parts) == 1:
                ref_section, ref_option = section, parser.optionxform(parts[0])
                value = mapping[ref_option]
            else:
                ref_section, ref_option = parts[0], parser.optionxform(parts[1])
                value = parser.get(ref_section, ref_option, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, raw_value(), name) from None
        if "$" in value:
            # The referred value is expanded in its own section, as its own
            # option.
            scope = dict(parser.items(ref_section, raw=True))
            self._expand_into(pieces, parser, ref_section, ref_option, value, scope, depth + 1)
        else:
            pieces.append(value)


class LegacyInterpolation(Interpolation):
    """Deprecated interpolation used in old versions of ConfigParser: the
    value is %-formatted with the section's options, repeatedly."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import warnings
        warnings.warn("LegacyInterpolation has been deprecated since Python 3.2 "
                      "and will be removed from the configparser module in Python 3.13. "
                      "Use BasicInterpolation or ExtendedInterpolation instead.",
                      DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        original = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not value or "%(" not in value:
                break
            value = self._KEYCRE.sub(
                lambda m: "%%(%s)s" % parser.optionxform(m.group(1)) if m.group(1) else m.group(0),
                value)
            try:
                value = value % vars
            except KeyError as e:
                raise InterpolationMissingOptionError(option, section, original, e.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, original)
        return value


# ---- parsing the text ------------------------------------------------------------------------

def _inline_comment_start(line, prefixes):
    """Where an inline comment starts in `line`, or None. A prefix starts
    a comment at the line's start or after whitespace. The occurrences of
    all prefixes are examined in rounds (every prefix's first occurrence,
    then every prefix's second one, ...), and the first round that finds
    a comment decides: its leftmost comment wins."""
    best_round = None
    best = None
    for prefix in prefixes:
        at = -1
        n = 0
        while True:
            at = line.find(prefix, at + 1)
            if at < 0:
                break
            n += 1
            if best_round is not None and n > best_round:
                break
            if at == 0 or line[at - 1].isspace():
                if best_round is None or n < best_round or at < best:
                    best_round, best = n, at
                break
    return best


class RawConfigParser(MutableMapping):
    """ConfigParser that does not do interpolation."""

    # Documented class attributes: the regular expressions recognising a
    # section header and an option line (a subclass may replace them).
    _SECT_TMPL = r"\[(?P<header>.+)\]"
    _OPT_TMPL = r"(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"
    _OPT_NV_TMPL = r"(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$"
    SECTCRE = re.compile(_SECT_TMPL)
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"))
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"))
    NONSPACECRE = re.compile(r"\S")
    # What getboolean() accepts (case-insensitively).
    BOOLEAN_STATES = {"1": True, "yes": True, "true": True, "on": True,
                      "0": False, "no": False, "false": False, "off": False}

    _DEFAULT_INTERPOLATION = Interpolation()

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=("=", ":"), comment_prefixes=("#", ";"),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if self._delimiters == ("=", ":"):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            alternatives = "|".join(re.escape(d) for d in self._delimiters)
            template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            self._optcre = re.compile(template.format(delim=alternatives))
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of Interpolation;"
                            f" got an object of type {type(interpolation)}")
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options --

    def defaults(self):
        return self._defaults

    def sections(self):
        """Return a list of section names, excluding [DEFAULT]"""
        return list(self._sections)

    def add_section(self, section):
        """Create a new section in the configuration.

        Raise DuplicateSectionError if a section by the specified name
        already exists. Raise ValueError if name is DEFAULT.
        """
        if section == self.default_section:
            raise ValueError(f"Invalid section name: {section!r}")
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._new_section(section)

    def _new_section(self, name):
        store = self._dict()
        self._sections[name] = store
        self._proxies[name] = SectionProxy(self, name)
        return store

    def has_section(self, section):
        """Indicate whether the named section is present in the configuration.

        The DEFAULT section is not acknowledged.
        """
        return section in self._sections

    def options(self, section):
        """Return a list of option names for the given section name."""
        if section not in self._sections:
            raise NoSectionError(section)
        names = list(self._sections[section])
        names.extend(k for k in self._defaults if k not in self._sections[section])
        return names

    def has_option(self, section, option):
        """Check for the existence of a given option in a given section.
        If the specified `section` is None or an empty string, DEFAULT is
        assumed. If the specified `section` does not exist, returns False."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        key = self.optionxform(option)
        return key in self._sections[section] or key in self._defaults

    def optionxform(self, optionstr):
        return optionstr.lower()

    def _store_for(self, section):
        """The dict holding `section`'s own options (DEFAULT's for a false
        name or the default section's)."""
        if not section or section == self.default_section:
            return self._defaults
        if section not in self._sections:
            raise NoSectionError(section)
        return self._sections[section]

    def set(self, section, option, value=None):
        """Set an option."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._store_for(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Remove an option."""
        store = self._store_for(section)
        key = self.optionxform(option)
        if key not in store:
            return False
        del store[key]
        return True

    def remove_section(self, section):
        """Remove a file section."""
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    # -- reading --

    def read(self, filenames, encoding=None):
        """Read and parse a filename or an iterable of filenames.

        Files that cannot be opened are silently ignored; this is
        designed so that you can specify an iterable of potential
        configuration file locations (e.g. current directory, user's
        home directory, systemwide directory), and all existing
        configuration files in the iterable will be read.  A single
        filename may also be given.

        Return list of successfully read files.
        """
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as fp:
                    self._read(fp, name)
            except OSError:
                continue
            done.append(os.fspath(name) if isinstance(name, os.PathLike) else name)
        return done

    def read_file(self, f, source=None):
        """Like read() but the argument must be a file-like object (any
        iterable of lines). `source` names it in error messages, by default
        `f.name` or '<???>'."""
        if source is None:
            source = getattr(f, "name", "<???>")
        self._read(f, source)

    def read_string(self, string, source="<string>"):
        """Read configuration from a given string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source="<dict>"):
        """Read configuration from a dictionary.

        Keys are section names, values are dictionaries with keys and values
        that should be present in the section. If the used dictionary type
        preserves order, sections and their keys will be added in order.

        All types held in the dictionary are converted to strings during
        reading, including section names, option names and keys.
        """
        seen = set()
        for section, options in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                # An existing section (or DEFAULT) is extended, unless the
                # same dictionary named it twice.
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in options.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        """Deprecated, use read_file instead."""
        import warnings
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.",
                      DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def _split_comment(self, line):
        """(the line without its comment, stripped; whether it had one)."""
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                return "", True
        if self._inline_comment_prefixes:
            at = _inline_comment_start(line, self._inline_comment_prefixes)
            if at is not None:
                return line[:at].strip(), True
        return stripped, False

    def _read(self, fp, fpname):
        """Parse the lines of `fp` into the sections. Values are gathered
        as lists of lines and joined at the end; bad lines are collected in
        one ParsingError raised after the whole source has been read; a
        duplicate or an option before any section stops the reading."""
        seen = set()        # sections and (section, option)s of this source
        store = None        # the current section's dict
        sectname = None
        optname = None      # the option that indented lines continue
        indent = 0          # indentation of the line that began the option
        error = None
        for lineno, line in enumerate(fp, start=1):
            text, commented = self._split_comment(line)
            if not text:
                if not self._empty_lines_in_values:
                    # An empty (or comment) line ends any value.
                    indent = sys.maxsize
                elif not commented and store is not None and optname and store[optname] is not None:
                    store[optname].append("")
                continue
            first = self.NONSPACECRE.search(line)
            level = first.start() if first else 0
            if store is not None and optname and level > indent:
                store[optname].append(text)
                continue
            indent = level
            header = self.SECTCRE.match(text)
            if header:
                sectname = header.group("header")
                if sectname in self._sections:
                    if self._strict and sectname in seen:
                        raise DuplicateSectionError(sectname, fpname, lineno)
                    store = self._sections[sectname]
                    seen.add(sectname)
                elif sectname == self.default_section:
                    store = self._defaults
                else:
                    store = self._new_section(sectname)
                    seen.add(sectname)
                optname = None
                continue
            if store is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            opt = self._optcre.match(text)
            if not opt:
                error = self._handle_error(error, fpname, lineno, line)
                continue
            name, value = opt.group("option"), opt.group("value")
            if not name:
                # Reported, yet kept (under the empty name).
                error = self._handle_error(error, fpname, lineno, line)
            optname = self.optionxform(name.rstrip())
            if self._strict and (sectname, optname) in seen:
                raise DuplicateOptionError(sectname, optname, fpname, lineno)
            seen.add((sectname, optname))
            store[optname] = None if value is None else [value.strip()]
        self._join_multiline_values()
        if error:
            raise error

    def _handle_error(self, exc, fpname, lineno, line):
        if not exc:
            exc = ParsingError(fpname)
        exc.append(lineno, repr(line))
        return exc

    def _join_multiline_values(self):
        everything = [(self.default_section, self._defaults)]
        everything.extend(self._sections.items())
        for section, store in everything:
            for name, value in store.items():
                if isinstance(value, list):
                    value = "\n".join(value).rstrip()
                store[name] = self._interpolation.before_read(self, section, name, value)

    def _read_defaults(self, defaults):
        """Read the defaults passed to the constructor."""
        self.read_dict({self.default_section: defaults})

    # -- getting values --

    def _unify_values(self, section, vars):
        """The lookup of an option of `section`: `vars` first, then the
        section's own options, then DEFAULT's."""
        if section in self._sections:
            own = self._sections[section]
        elif section == self.default_section:
            own = {}
        else:
            raise NoSectionError(section)
        merged = dict(self._defaults)
        merged.update(own)
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = None if value is None else str(value)
        return merged

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """Get an option value for a given section.

        If `vars` is provided, it must be a dictionary. The option is looked
        up in `vars` (if provided), `section`, and in `DEFAULTSECT` in that
        order. If the key is not found and `fallback` is provided, it is used
        as a fallback value. `None` can be provided as a `fallback` value.

        If interpolation is enabled and the optional argument `raw` is False,
        all interpolations are expanded in the return values.
        """
        try:
            scope = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        if option not in scope:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        value = scope[option]
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, scope)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        # A missing section or option gives the fallback; a value that does
        # not convert raises whatever the converter raises.
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def _convert_to_boolean(self, value):
        """Return a boolean value translating from other types if necessary."""
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError(f"Not a boolean: {value}")
        return state

    def items(self, section=_UNSET, raw=False, vars=None):
        """Return a list of (name, value) tuples for each option in a section.

        All % interpolations are expanded in the return values, based on the
        defaults passed into the constructor, unless the optional argument
        `raw` is true.  Additional substitutions may be provided using the
        `vars` argument, which must be a dictionary whose contents overrides
        any pre-existing defaults.

        The section DEFAULT is special. Without a section, the (name,
        SectionProxy) pairs of the parser.
        """
        if section is _UNSET:
            return super().items()
        scope = dict(self._defaults)
        if section in self._sections:
            scope.update(self._sections[section])
        elif section != self.default_section:
            raise NoSectionError(section)
        names = list(scope)
        if vars:
            for key, value in vars.items():
                scope[self.optionxform(key)] = value
        if raw:
            return [(name, scope[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, scope[name], scope)) for name in names]

    def popitem(self):
        """Remove a section from the parser and return it as
        a (section_name, section_proxy) tuple. If no section is present, raise
        KeyError.

        The section DEFAULT is never returned because it cannot be removed.
        """
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    # -- writing --

    def write(self, fp, space_around_delimiters=True):
        """Write an .ini-format representation of the configuration state.

        If `space_around_delimiters` is True (the default), delimiters
        between keys and values are surrounded by spaces.

        Please note that comments in the original configuration file are not
        preserved when writing the configuration back.
        """
        delim = self._delimiters[0]
        if space_around_delimiters:
            delim = f" {delim} "
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delim)
        for name, store in self._sections.items():
            self._write_section(fp, name, store.items(), delim)

    def _write_section(self, fp, section_name, section_items, delimiter):
        """Write a single section to the specified `fp`."""
        fp.write(f"[{section_name}]\n")
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                fp.write(f"{key}\n")
            else:
                text = str(value).replace("\n", "\n\t")
                fp.write(f"{key}{delimiter}{text}\n")
        fp.write("\n")

    # -- the mapping protocol: section name -> SectionProxy --

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        # Assigning a section replaces all its options.
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1     # DEFAULT counts

    def __iter__(self):
        yield self.default_section
        yield from self._sections

    def _validate_value_types(self, *, section="", option="", value=""):
        """Raises a TypeError for non-string values.

        The only legal non-string value if we allow valueless
        options is None, so we need to check if the value is a
        string if:
        - we do not allow valueless options, or
        - we allow valueless options but the value is not None
        """
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if (not self._allow_no_value or value) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """ConfigParser implementing interpolation."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Set an option.  Extends RawConfigParser.set by validating type and
        interpolation syntax on the value."""
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        """Create a new section in the configuration.  Extends
        RawConfigParser.add_section by validating if the section name is
        a string."""
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        """The constructor's defaults are stored as given: their syntax is
        not checked by the interpolation."""
        saved = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = saved


class SafeConfigParser(ConfigParser):
    """ConfigParser alias for backwards compatibility purposes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import warnings
        warnings.warn("The SafeConfigParser class has been renamed to ConfigParser "
                      "in Python 3.2. This alias will be removed in Python 3.12."
                      " Use ConfigParser directly instead.",
                      DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """A proxy for a single section from a parser."""

    def __init__(self, parser, name):
        """Creates a view on a section of the specified `name` in `parser`."""
        self._parser = parser
        self._name = name
        # get<name>() for every converter of the parser (getint, ...).
        for conv in parser.converters:
            setattr(self, "get" + conv, functools.partial(self.get, _impl=getattr(parser, "get" + conv)))

    def __repr__(self):
        return f"<Section: {self._name}>"

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not self._parser.has_option(self._name, key) or \
                not self._parser.remove_option(self._name, key):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name == self._parser.default_section:
            return self._parser.defaults()
        return self._parser.options(self._name)

    @property
    def parser(self):
        # The parser object of the proxy is read-only.
        return self._parser

    @property
    def name(self):
        # The name of the section on a proxy is read-only.
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """Get an option value (`fallback`, None by default, if the section
        has no such option). `_impl` is the parser's getter to use."""
        getter = _impl or self._parser.get
        return getter(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """Enables reuse of get*() methods between the parser and section proxies.

    If a parser class implements a getter directly, the value for the given
    key will be ``None``. The presence of the converter name here enables
    section proxies to find and use the implementation on the parser class.
    """

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(parser):
            m = self.GETTERCRE.match(attr)
            if m and callable(getattr(parser, attr)):
                self._data[m.group("name")] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError(f"Incompatible key: {key} (type: {type(key)})")
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        getter = functools.partial(self._parser._get_conv, conv=value)
        getter.converter = value
        name = "get" + key
        setattr(self._parser, name, getter)
        for proxy in self._parser.values():
            setattr(proxy, name, functools.partial(proxy.get, _impl=getter))

    def __delitem__(self, key):
        if not isinstance(key, str) or not key:
            raise KeyError(key)
        del self._data[key]
        name = "get" + key
        for holder in [self._parser, *self._parser.values()]:
            if name in getattr(holder, "__dict__", {}):
                delattr(holder, name)

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
