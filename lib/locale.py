"""Locale support module (minimal).

Baton has no binding to the C library's locale machinery, so this module
behaves like a process that stays in the "C" locale (with UTF-8 as the
preferred encoding, which is what Baton's text I/O uses).  Setting the
"C"/"POSIX" locale, or "C.UTF-8", succeeds; other locales raise Error.
"""

import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding",
           "LC_MESSAGES", "delocalize", "localize"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORIES = (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY,
               LC_MESSAGES, LC_ALL)


class Error(Exception):
    pass


# The locale names this module can switch to (lower-cased) and how
# setlocale() reports them.
_SUPPORTED = {'c': 'C', 'posix': 'C', 'c.utf-8': 'C.UTF-8', 'c.utf8': 'C.UTF-8'}

# glibc's further categories (only visible in setlocale(LC_ALL)'s report)
_EXTRA_CATEGORIES = ('LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE',
                     'LC_MEASUREMENT', 'LC_IDENTIFICATION')

_current = {cat: 'C' for cat in _CATEGORIES if cat != LC_ALL}
_current.update({name: 'C' for name in _EXTRA_CATEGORIES})


def _env_locale(category):
    import os
    names = ['LC_ALL']
    category_names = {LC_CTYPE: 'LC_CTYPE', LC_NUMERIC: 'LC_NUMERIC',
                      LC_TIME: 'LC_TIME', LC_COLLATE: 'LC_COLLATE',
                      LC_MONETARY: 'LC_MONETARY', LC_MESSAGES: 'LC_MESSAGES'}
    if category in category_names:
        names.append(category_names[category])
    names.append('LANG')
    for name in names:
        value = os.environ.get(name)
        if value:
            return value
    return 'C'


def _accept(name):
    """The name setlocale() reports for a supported locale, else None."""
    return _SUPPORTED.get(name.lower())


def setlocale(category, locale=None):
    """ Set the locale for the given category.  The locale can be
        a string, an iterable of two strings (language code and encoding),
        or None.

        Iterables are converted to strings using the locale aliasing
        engine.  Locale strings are passed directly to the C lib.

        category may be given as one of the LC_* values.
    """
    if not isinstance(category, int) or isinstance(category, bool):
        raise TypeError("an integer is required (got type %s)"
                        % type(category).__name__)
    if category not in _CATEGORIES:
        if locale is None:
            raise Error('locale query failed')
        raise Error('unsupported locale setting')
    if locale is not None and not isinstance(locale, _builtin_str):
        # (language code, encoding) pair
        locale = normalize(_build_localename(locale))
    if locale is None:
        if category == LC_ALL:
            values = set(_current.values())
            if len(values) == 1:
                return values.pop()
            return ';'.join('%s=%s' % (_CATEGORY_NAMES.get(c, c), _current[c])
                            for c in _current)
        return _current[category]
    targets = list(_current) if category == LC_ALL else [category]
    if locale == '':
        chosen = {}
        for cat in targets:
            chosen[cat] = _accept(_env_locale(cat)) or 'C'
    else:
        name = _accept(locale)
        if name is None:
            raise Error('unsupported locale setting')
        chosen = {cat: name for cat in targets}
    _current.update(chosen)
    return setlocale(category)


_CATEGORY_NAMES = {LC_CTYPE: 'LC_CTYPE', LC_NUMERIC: 'LC_NUMERIC',
                   LC_TIME: 'LC_TIME', LC_COLLATE: 'LC_COLLATE',
                   LC_MONETARY: 'LC_MONETARY', LC_MESSAGES: 'LC_MESSAGES'}


def localeconv():
    """ Returns a dictionary with the numeric formatting conventions of
        the current locale (always the "C" locale's).
    """
    return {'int_curr_symbol': '',
            'currency_symbol': '',
            'mon_decimal_point': '',
            'mon_thousands_sep': '',
            'mon_grouping': [],
            'positive_sign': '',
            'negative_sign': '',
            'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX,
            'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX,
            'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX,
            'decimal_point': '.',
            'thousands_sep': '',
            'grouping': []}


def strcoll(a, b):
    """ strcoll(string,string) -> int.
        Compares two strings according to the locale.
    """
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument must be str")
    return (a > b) - (a < b)


def strxfrm(s):
    """ strxfrm(string) -> string.
        Returns a string that behaves for cmp locale-aware.
    """
    if not isinstance(s, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(s).__name__)
    return s


# ---- number formatting (the C locale has no grouping) ------------------------------------

def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use,
    but takes the current locale into account.

    Grouping is applied if the third parameter is true.
    Conversion uses monetary thousands separator and grouping strings if
    forth parameter monetary is true."""
    # In the C locale the separators are '.' and '' and nothing is grouped,
    # so the result is exactly %-formatting.
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val according to the currency settings
    in the current locale."""
    # the C locale defines no currency format (frac_digits is CHAR_MAX)
    raise ValueError("Currency formatting is not possible using "
                     "the 'C' locale.")


def str(val):
    """Convert float to string, taking the locale into account."""
    return '%.12g' % val


def delocalize(string):
    "Parses a string as a normalized number according to the locale settings."
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale settings."""
    return string


def atof(string, func=float):
    "Parses a string as a float according to the locale settings."
    return func(delocalize(string))


def atoi(string):
    "Converts a string to an integer according to the locale settings."
    return int(delocalize(string))


# ---- names -----------------------------------------------------------------------------------

_ENCODINGS = {
    'utf8': 'UTF-8', 'utf': 'UTF-8', 'iso88591': 'ISO8859-1',
    'latin1': 'ISO8859-1', 'iso885915': 'ISO8859-15', 'latin9': 'ISO8859-15',
    'iso88592': 'ISO8859-2', 'iso88595': 'ISO8859-5', 'iso88597': 'ISO8859-7',
    'koi8r': 'KOI8-R', 'eucjp': 'eucJP', 'euckr': 'eucKR', 'gb2312': 'gb2312',
    'big5': 'big5', 'cp1251': 'CP1251', 'ascii': 'ISO8859-1',
    'ansix3.41968': 'ISO8859-1',
}

_ALIASES = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8', 'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1', 'de': 'de_DE.ISO8859-1', 'de_de': 'de_DE.ISO8859-1',
    'fr': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1', 'es': 'es_ES.ISO8859-1',
    'es_es': 'es_ES.ISO8859-1', 'it': 'it_IT.ISO8859-1', 'it_it': 'it_IT.ISO8859-1',
    'utf-8': 'UTF-8', 'utf8': 'UTF-8',
}

_MODIFIER_ENCODINGS = {'euro': 'ISO8859-15'}


def normalize(localename):
    """ Returns a normalized locale code for the given locale
        name.

        The returned locale code is formatted for use with
        setlocale().

        If normalization fails, the original name is returned
        unchanged.

        If the given encoding is not known, the function defaults to
        the default encoding for the locale code just like setlocale()
        does.
    """
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    modifier = ''
    if '@' in code:
        code, modifier = code.split('@', 1)
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname, encoding = code, ''
    norm_encoding = encoding.replace('-', '').replace('_', '')
    if modifier in _MODIFIER_ENCODINGS and not encoding:
        base = _ALIASES.get(langname)
        if base is not None:
            return base.split('.')[0] + '.' + _MODIFIER_ENCODINGS[modifier]
        return localename
    if encoding:
        whole = _ALIASES.get(langname + '.' + norm_encoding)
        if whole is not None:
            return whole
        enc = _ENCODINGS.get(norm_encoding)
        if enc is None:
            return localename
        base = _ALIASES.get(langname)
        if base is not None:
            lang = base.split('.')[0]
        elif '_' in langname:
            lang, _, territory = langname.partition('_')
            lang = lang + '_' + territory.upper()
        else:
            return localename
        result = lang + '.' + enc
        if modifier:
            result += '@' + modifier
        return result
    whole = _ALIASES.get(langname)
    if whole is not None:
        if modifier:
            whole += '@' + modifier
        return whole
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getlocale(category=LC_CTYPE):
    """ Returns the current setting for the given locale category as
        tuple (language code, encoding).

        category may be one of the LC_* value except LC_ALL. It
        defaults to LC_CTYPE.

        Except for the code 'C', the language code corresponds to RFC
        1766.  code and encoding can be None in case the values cannot
        be determined.
    """
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """ Tries to determine the default locale settings and returns
        them as tuple (language code, encoding).
    """
    import warnings
    warnings.warn(
        "'locale.getdefaultlocale' is deprecated and slated for removal in "
        "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
        DeprecationWarning, stacklevel=2
    )
    import os
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    """ Sets the locale for category to the default setting.
    """
    import warnings
    warnings.warn(
        'Use locale.setlocale(locale.LC_ALL, "") instead',
        DeprecationWarning, stacklevel=2
    )
    setlocale(category, '')


def getencoding():
    """Return the encoding of the current LC_CTYPE locale."""
    if _current[LC_CTYPE] == 'C':
        return 'ANSI_X3.4-1968'
    return 'UTF-8'


def _startup():
    # Like CPython, start with LC_CTYPE taken from the environment; a
    # plain "C" locale is coerced to "C.UTF-8" (PEP 538).
    _current[LC_CTYPE] = _accept(_env_locale(LC_CTYPE)) or 'C.UTF-8'
    if _current[LC_CTYPE] == 'C':
        _current[LC_CTYPE] = 'C.UTF-8'


_startup()


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using."""
    if getattr(sys.flags, 'utf8_mode', 0):
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    # the encoding of the locale the environment asks for
    saved = _current[LC_CTYPE]
    try:
        try:
            setlocale(LC_CTYPE, '')
        except Error:
            pass
        return getencoding()
    finally:
        _current[LC_CTYPE] = saved


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated, use format_string instead."""
    import warnings
    warnings.warn(
        "This method will be removed in a future version of Python. "
        "Use 'locale.format_string()' instead.",
        DeprecationWarning, stacklevel=2
    )
    import re
    match = re.fullmatch(r"%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]", percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return format_string(percent, value, grouping, monetary, *additional)
