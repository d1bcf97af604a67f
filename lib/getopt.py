"""Parser for command line options.

This module helps scripts to parse the command line arguments in
sys.argv.  It supports the same conventions as the Unix getopt()
function (including the special meanings of arguments of the form `-'
and `--').  Long options similar to those supported by GNU software
may be used as well via an optional third argument.  This module
provides two functions and an exception:

getopt() -- Parse command line options
gnu_getopt() -- Like getopt(), but allow option and non-option arguments
to be intermixed.
GetoptError -- exception (class) raised with 'opt' attribute, which is the
option involved with the exception.
"""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError  # backward compatibility


def _longopt_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Parses command line options and parameter list.  args is the
    argument list to be parsed, without the leading reference to the
    running program.  Typically, this means "sys.argv[1:]".  shortopts
    is the string of option letters that the script wants to
    recognize, with options that require an argument followed by a
    colon (i.e., the same format that Unix getopt() uses).  If
    specified, longopts is a list of strings with the names of the
    long options which should be supported.  The leading '--'
    characters should not be included in the option name.  Options
    which require an argument should be followed by an equal sign
    ('=').

    The return value consists of two elements: the first is a list of
    (option, value) pairs; the second is the list of program arguments
    left after the option list was stripped (this is a trailing slice
    of the first argument).  Each option-and-value pair returned has
    the option as its first element, prefixed with a hyphen (e.g.,
    '-x'), and the option argument as its second element, or an empty
    string if the option has no argument.  The options occur in the
    list in the same order in which they were found, thus allowing
    multiple occurrences.  Long and short options may be mixed.
    """
    opts = []
    longopts = _longopt_list(longopts)
    pos = 0
    while pos < len(args):
        arg = args[pos]
        if not arg.startswith('-') or arg == '-':
            break
        pos += 1
        if arg == '--':
            break
        if arg.startswith('--'):
            pos = _long(opts, arg[2:], longopts, args, pos)
        else:
            pos = _shorts(opts, arg[1:], shortopts, args, pos)
    return opts, args[pos:]


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    This function works like getopt(), except that GNU style scanning
    mode is used by default. This means that option and non-option
    arguments may be intermixed. The getopt() function stops
    processing options as soon as a non-option argument is
    encountered.

    If the first character of the option string is `+', or if the
    environment variable POSIXLY_CORRECT is set, then option
    processing stops as soon as a non-option argument is encountered.
    """
    opts = []
    rest = []
    longopts = _longopt_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_first = True
    else:
        stop_at_first = bool(os.environ.get("POSIXLY_CORRECT"))
    args = list(args)
    pos = 0
    while pos < len(args):
        arg = args[pos]
        if arg == '--':
            rest.extend(args[pos + 1:])
            break
        if arg[:2] == '--':
            pos = _long(opts, arg[2:], longopts, args, pos + 1)
        elif arg[:1] == '-' and arg != '-':
            pos = _shorts(opts, arg[1:], shortopts, args, pos + 1)
        elif stop_at_first:
            rest.extend(args[pos:])
            break
        else:
            rest.append(arg)
            pos += 1
    return opts, rest


def _long(opts, opt, longopts, args, pos):
    """Handle '--opt' or '--opt=value'; returns the next index in args."""
    eq = opt.find('=')
    if eq >= 0:
        opt, value = opt[:eq], opt[eq + 1:]
    else:
        value = None
    takes_arg, opt = long_has_args(opt, longopts)
    if takes_arg:
        if value is None:
            if pos >= len(args):
                raise GetoptError('option --%s requires argument' % opt, opt)
            value = args[pos]
            pos += 1
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, value or ''))
    return pos


def long_has_args(opt, longopts):
    """Return (takes_argument, full_option_name) for a possibly abbreviated opt."""
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    # An exact match wins over longer options sharing the prefix.
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _shorts(opts, letters, shortopts, args, pos):
    """Handle a cluster of short options like '-abc' or '-ovalue'."""
    i = 0
    while i < len(letters):
        opt = letters[i]
        i += 1
        if short_has_arg(opt, shortopts):
            if i < len(letters):
                value = letters[i:]
            else:
                if pos >= len(args):
                    raise GetoptError('option -%s requires argument' % opt, opt)
                value = args[pos]
                pos += 1
            opts.append(('-' + opt, value))
            break
        opts.append(('-' + opt, ''))
    return pos


def short_has_arg(opt, shortopts):
    for i, c in enumerate(shortopts):
        if c == opt and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)


if __name__ == '__main__':
    import sys
    print(getopt(sys.argv[1:], "a:b", ["alpha=", "beta"]))
