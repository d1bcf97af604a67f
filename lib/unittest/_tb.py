"""Formatting of exceptions for test reports.

Uses the traceback module when the interpreter has one; otherwise a small
formatter of its own that prints what CPython prints for ordinary frames
(no column markers).  The frames to show are given explicitly as lists of
traceback entries, so that the unittest machinery's own frames can be left
out without rewriting traceback objects.
"""

import sys

__unittest = True

_CAUSE_MESSAGE = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_CONTEXT_MESSAGE = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")
_RECURSIVE_CUTOFF = 3


def _traceback_module():
    try:
        import traceback
    except ImportError:
        return None
    if not hasattr(traceback, 'TracebackException'):
        return None
    return traceback


def tb_entries(tb):
    """The traceback entries from tb to the end, as a list."""
    out = []
    while tb is not None:
        out.append(tb)
        tb = tb.tb_next
    return out


def _source_line(filename, lineno, module_globals=None):
    try:
        import linecache
        linecache.checkcache(filename)
        line = linecache.getline(filename, lineno, module_globals)
    except Exception:
        return ''
    return line.strip()


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def _exception_only(etype, value):
    if etype is None:
        etype = type(value)
    name = getattr(etype, '__qualname__', None) or etype.__name__
    module = getattr(etype, '__module__', None)
    if module not in ('__main__', 'builtins', None):
        if not isinstance(module, str):
            module = '<unknown>'
        name = module + '.' + name
    lines = []
    if isinstance(value, SyntaxError) and issubclass(etype, SyntaxError):
        filename = value.filename or '<string>'
        lineno = value.lineno
        lines.append('  File "%s", line %s\n' % (filename, lineno))
        text = value.text
        if text is not None:
            stripped = text.rstrip('\n')
            body = stripped.lstrip(' \n\f')
            lines.append('    %s\n' % body.strip())
            if value.offset is not None:
                cut = len(stripped) - len(body)
                start = value.offset - 1 - cut
                end = (value.end_offset or value.offset) - 1 - cut
                if end <= start:
                    end = start + 1
                if 0 <= start:
                    lines.append('    %s%s\n' % (' ' * start, '^' * (end - start)))
        msg = value.msg or "<no detail available>"
        lines.append('%s: %s\n' % (name, msg))
    else:
        text = _safe_str(value) if value is not None else 'None'
        if value is None or not text:
            lines.append('%s\n' % name)
        else:
            lines.append('%s: %s\n' % (name, text))
    notes = getattr(value, '__notes__', None)
    if notes is not None:
        if isinstance(notes, (list, tuple)):
            for note in notes:
                lines.append(_safe_str(note) + '\n')
        else:
            lines.append('%s\n' % _safe_str(notes))
    return lines


def _format_frames(entries, capture_locals=False):
    out = []
    last = None
    repeats = 0
    for tb in entries:
        frame = tb.tb_frame
        code = frame.f_code
        key = (code.co_filename, tb.tb_lineno, code.co_name)
        if key == last:
            repeats += 1
            if repeats >= _RECURSIVE_CUTOFF:
                continue
        else:
            if repeats >= _RECURSIVE_CUTOFF:
                extra = repeats + 1 - _RECURSIVE_CUTOFF
                out.append('  [Previous line repeated %d more time%s]\n'
                           % (extra, 's' if extra > 1 else ''))
            last = key
            repeats = 0
        text = '  File "%s", line %s, in %s\n' % key
        line = _source_line(key[0], key[1], frame.f_globals)
        if line:
            text += '    %s\n' % line
        if capture_locals:
            for name, val in sorted(frame.f_locals.items()):
                try:
                    shown = repr(val)
                except Exception:
                    shown = '<unprintable %s object>' % type(val).__name__
                text += '    %s = %s\n' % (name, shown)
        out.append(text)
    if repeats >= _RECURSIVE_CUTOFF:
        extra = repeats + 1 - _RECURSIVE_CUTOFF
        out.append('  [Previous line repeated %d more time%s]\n'
                   % (extra, 's' if extra > 1 else ''))
    return out


def _all_frames(etype, value, entries):
    return 0, len(entries)


def format_exception(etype, value, tb, select=None, capture_locals=False):
    """Lines of the report for an exception and its chain.

    select(etype, value, entries) gives the range (start, stop) of the
    traceback entries to show for each exception of the chain (all of
    them by default)."""
    if select is None:
        select = _all_frames
    traceback = _traceback_module()
    if (traceback is not None and hasattr(traceback, 'StackSummary')
            and hasattr(traceback.StackSummary, 'from_list')):
        return _format_with_traceback(traceback, etype, value, tb, select,
                                      capture_locals)
    return _format_own(etype, value, tb, select, capture_locals)


def _format_with_traceback(traceback, etype, value, tb, select,
                           capture_locals):
    te = traceback.TracebackException(etype, value, tb,
                                      capture_locals=capture_locals,
                                      compact=True)
    if not hasattr(te, 'stack') or not hasattr(te, 'format'):
        return _format_own(etype, value, tb, select, capture_locals)
    # keep only the selected frames of each exception of the chain
    todo = [(te, etype, value, tb)]
    seen = set()
    while todo:
        cur_te, cur_type, cur, cur_tb = todo.pop()
        if id(cur_te) in seen:
            continue
        seen.add(id(cur_te))
        entries = tb_entries(cur_tb)
        frames = list(cur_te.stack)
        if len(frames) == len(entries):
            first, stop = select(cur_type, cur, entries)
            cur_te.stack = traceback.StackSummary.from_list(frames[first:stop])
        if cur is None:
            continue
        for attr in ('__cause__', '__context__'):
            sub_te = getattr(cur_te, attr, None)
            sub = getattr(cur, attr, None)
            if sub_te is not None and sub is not None:
                todo.append((sub_te, type(sub), sub, sub.__traceback__))
    return list(te.format())


def _format_own(etype, value, tb, select, capture_locals):
    chain = []          # (type, exception, tb entries, separator after it)
    seen = set()
    cur_type, cur, cur_tb = etype, value, tb
    sep = None
    while True:
        entries = tb_entries(cur_tb)
        first, stop = select(cur_type, cur, entries)
        chain.append((cur_type, cur, entries[first:stop], sep))
        if cur is None:
            break
        seen.add(id(cur))
        cause = cur.__cause__
        context = cur.__context__
        if cause is not None and id(cause) not in seen:
            nxt, sep = cause, _CAUSE_MESSAGE
        elif (context is not None and not cur.__suppress_context__
              and id(context) not in seen):
            nxt, sep = context, _CONTEXT_MESSAGE
        else:
            break
        cur_type, cur, cur_tb = type(nxt), nxt, nxt.__traceback__

    lines = []
    for cur_type, cur, entries, sep in reversed(chain):
        if entries:
            lines.append('Traceback (most recent call last):\n')
            lines.extend(_format_frames(entries, capture_locals))
        lines.extend(_exception_only(cur_type, cur))
        if sep is not None:
            lines.append(sep)
    return lines


def format_exc():
    """Like traceback.format_exc(): the exception being handled."""
    etype, value, tb = sys.exc_info()
    return ''.join(format_exception(etype, value, tb))
