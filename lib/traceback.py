"""Extract, format and print information about Python stack traces.

The output is CPython 3.11's, without the ^^^ markers under the failing
part of a line (Baton's code objects carry no column positions, and its
own uncaught-exception report leaves them out too).
"""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


# ---- lists of entries ------------------------------------------------------------------

def print_list(extracted_list, file=None):
    """Print a list of FrameSummary objects or (filename, lineno, name,
    line) tuples as a stack trace to file (default sys.stderr)."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """The lines print_list() would print, one string per entry."""
    return StackSummary.from_list(extracted_list).format()


# ---- tracebacks ------------------------------------------------------------------------

def print_tb(tb, limit=None, file=None):
    """Print up to limit entries of the traceback tb to file."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of the traceback tb (oldest first)."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


# ---- exceptions ------------------------------------------------------------------------

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")

_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    """(value, tb) from the two calling conventions: an exception alone, or
    (type, value, tb)."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _sentinel:
        return value, tb
    if exc is None:
        return None, None
    if isinstance(exc, BaseException):
        return exc, exc.__traceback__
    raise TypeError("Exception expected for value, %s found" % type(exc).__name__)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception with its traceback (and, when chain is true, the
    exceptions it was caused by or raised while handling) to file."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines print_exception() would print, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a report: 'Type: message' (with the source line
    and a caret for a SyntaxError), then the exception's __notes__."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return '<%s %s() failed>' % (what, func.__name__)


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exc_info()) to file."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_type, sys.last_value and sys.last_traceback."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---- the stack -------------------------------------------------------------------------

def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame f (default: the caller) to file."""
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """format_list(extract_stack(f, limit))."""
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from frame f (default: the caller)
    outwards, oldest frame first."""
    if f is None:
        f = sys._getframe(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the local variables of the frames of a traceback."""
    while tb is not None:
        clear = getattr(tb.tb_frame, "clear", None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass            # the frame is still running
        tb = tb.tb_next


class FrameSummary:
    """One frame of a stack: filename, lineno, name, line (the source line,
    stripped, looked up in linecache) and locals (None, or the repr() of
    each local variable)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: repr(v) for k, v in locals.items()}
        else:
            self.locals = None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file %s, line %s in %s>" % (
            self.filename, self.lineno, self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) from frame f outwards along f_back (from the
    caller's frame when f is None)."""
    if f is None:
        f = sys._getframe(1)
    return _walk_frames(f)


def _walk_frames(f):
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, following
    tb_next (oldest call first)."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


_RECURSIVE_CUTOFF = 3   # the same repeated entry is shown this many times


def _repeat_line(count):
    return "  [Previous line repeated %d more time%s]\n" % (
        count, "s" if count > 1 else "")


class StackSummary(list):
    """A list of FrameSummary objects: a stack ready to be formatted."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """A StackSummary from (frame, lineno) pairs such as walk_tb() and
        walk_stack() produce.  limit: keep the first limit entries (the last
        -limit ones when negative); None means sys.tracebacklimit if set."""
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        frames = frame_gen
        if limit is not None:
            if limit >= 0:
                frames = []
                if limit:
                    for item in frame_gen:
                        frames.append(item)
                        if len(frames) >= limit:
                            break
            else:
                frames = list(frame_gen)[limit:]
        result = klass()
        fnames = set()
        for f, lineno in frames:
            co = f.f_code
            filename = co.co_filename
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(filename, lineno, co.co_name,
                                       lookup_line=False, locals=f_locals))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (filename, lineno,
        name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: the File line, the source line and the
        locals if any."""
        row = ['  File "%s", line %s, in %s\n' % (
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        line = frame_summary.line
        if line:
            row.append('    %s\n' % line.strip())
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    %s = %s\n' % (name, value))
        return ''.join(row)

    def format(self):
        """One string per entry, each ending in a newline.  A run of more
        than three identical entries (recursion) is shortened to three and
        a '[Previous line repeated N more times]' line."""
        result = []
        last = None
        count = 0
        for fs in self:
            formatted = self.format_frame_summary(fs)
            if formatted is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or key != last or None in key:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeat_line(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeat_line(count - _RECURSIVE_CUTOFF))
        return result


def _exception_group_type():
    import builtins
    return getattr(builtins, "BaseExceptionGroup", None)


class _PrintContext:
    """Indentation state while formatting nested exception groups."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def emit(self, text, margin_char=None):
        prefix = self.indent()
        if self.depth:
            prefix += (margin_char or '|') + ' '
        if isinstance(text, str):
            text = [text]
        for chunk in text:
            if not prefix:
                yield chunk
            else:
                yield ''.join(prefix + ln for ln in chunk.splitlines(True))


class TracebackException:
    """An exception captured for rendering: its type, str(), stack
    (a StackSummary) and, as TracebackExceptions, its __cause__ and
    __context__.  SyntaxErrors also keep filename, lineno, end_lineno,
    text, offset, end_offset and msg."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if not top:
            return
        # The chain is built with a work list, not recursion: it can be long.
        group_type = _exception_group_type()
        opts = dict(limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals,
                    max_group_width=max_group_width,
                    max_group_depth=max_group_depth, _seen=_seen)
        todo = [(self, exc_value)]
        while todo:
            te, e = todo.pop()
            cause = context = exceptions = None
            if e is not None:
                c = e.__cause__
                if c is not None and id(c) not in _seen:
                    cause = TracebackException(type(c), c, c.__traceback__, **opts)
                need_context = (cause is None and not e.__suppress_context__) \
                    if compact else True
                c = e.__context__
                if c is not None and need_context and id(c) not in _seen:
                    context = TracebackException(type(c), c, c.__traceback__, **opts)
                if group_type is not None and isinstance(e, group_type):
                    exceptions = [TracebackException(type(x), x, x.__traceback__, **opts)
                                  for x in e.exceptions]
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause is not None:
                todo.append((cause, e.__cause__))
            if context is not None:
                todo.append((context, e.__context__))
            if exceptions:
                todo.extend(zip(exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException for the exception exc."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the exception's last lines: 'module.Type: message' (the
        module left out for builtins and __main__), SyntaxError details,
        then the __notes__."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(stype)
        else:
            yield _format_final_exc_line(stype, self._str)
        notes = self.__notes__
        if isinstance(notes, (list, tuple, str)) or _is_sequence(notes):
            for note in notes:
                note = _safe_string(note, 'note')
                for ln in note.split('\n'):
                    yield ln + '\n'
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "%s", line %s\n' % (self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' (%s)' % self.filename
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    %s\n' % ltext
            if self.offset is not None:
                start = self.offset
                end = self.end_offset
                if end in (None, 0):
                    end = start
                if start == end or end == -1:
                    end = start + 1
                col = start - 1 - spaces
                end_col = end - 1 - spaces
                if col >= 0:
                    # Tabs (and other whitespace) are kept so the caret lines up.
                    pad = ''.join(c if c.isspace() else ' ' for c in ltext[:col])
                    yield '    %s%s\n' % (pad, '^' * (end_col - col))
        yield "%s: %s%s\n" % (stype, self.msg or "<no detail available>", suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the whole report, each ending in a newline:
        the chained exceptions first (when chain is true), then this one."""
        if _ctx is None:
            _ctx = _PrintContext()
        chain_list = []
        exc = self
        while exc is not None:
            if not chain:
                chain_list.append((None, exc))
                break
            if exc.__cause__ is not None:
                msg, nxt = _cause_message, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                msg, nxt = _context_message, exc.__context__
            else:
                msg, nxt = None, None
            chain_list.append((msg, exc))
            exc = nxt
        for msg, exc in reversed(chain_list):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.depth > self.max_group_depth:
                yield from _ctx.emit("... (max_group_depth is %d)\n" % self.max_group_depth)
            else:
                yield from exc._format_group(chain, _ctx)

    def _format_group(self, chain, _ctx):
        toplevel = _ctx.depth == 0
        if toplevel:
            _ctx.depth += 1
        if self.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if toplevel else None)
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        total = len(self.exceptions)
        width = self.max_group_width
        n = total if total <= width else width + 1
        _ctx.need_close = False
        for i in range(n):
            last = i == n - 1
            if last:
                _ctx.need_close = True
            truncated = i >= width
            title = '...' if truncated else str(i + 1)
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   '+---------------- %s ----------------\n' % title)
            _ctx.depth += 1
            if not truncated:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                more = total - width
                yield from _ctx.emit("and %d more exception%s\n"
                                     % (more, 's' if more > 1 else ''))
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.depth -= 1
        if toplevel:
            _ctx.depth = 0

    def print(self, *, file=None, chain=True):
        """Print the report to file (default sys.stderr)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _is_sequence(obj):
    if obj is None or isinstance(obj, (int, float, dict, set)):
        return False
    import collections.abc
    return isinstance(obj, collections.abc.Sequence)
