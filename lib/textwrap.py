"""Text wrapping and filling: wrap, fill, shorten, dedent, indent, TextWrapper."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "
_ws_set = frozenset(_whitespace)


def _is_word(c):
    # The regex class \w.
    return c.isalnum() or c == "_"


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit.
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_wp(c):
    # [\w!"'&.,?]: what may precede an em-dash.
    return c.isalnum() or c in "_!\"'&.,?"


def _split_word(w, out):
    """Split a run of non-whitespace like CPython's TextWrapper.wordsep_re.

    Words break after a hyphen between letters ("long-term" -> "long-",
    "term"), and em-dashes ("--" between words) are chunks of their own.
    """
    n = len(w)
    pos = 0
    while pos < n:
        if w[pos] == "-" and pos > 0 and _is_wp(w[pos - 1]):
            j = pos
            while j < n and w[j] == "-":
                j += 1
            if j - pos >= 2 and j < n and _is_word(w[j]):
                out.append(w[pos:j])
                pos = j
                continue
        end = pos + 1
        while True:
            if end >= n:
                out.append(w[pos:])
                return
            if w[end] == "-":
                behind = (end >= 2 and _is_letter(w[end - 2]) and _is_letter(w[end - 1])) or (
                    end >= 3 and _is_letter(w[end - 3]) and w[end - 2] == "-" and _is_letter(w[end - 1])
                )
                if behind and end + 2 < n and _is_letter(w[end + 1]):
                    nxt = w[end + 2]
                    if _is_letter(nxt) or (nxt == "-" and end + 3 < n and _is_letter(w[end + 3])):
                        out.append(w[pos : end + 1])
                        pos = end + 1
                        break
            if _is_wp(w[end - 1]) and w.startswith("--", end):
                j = end
                while j < n and w[j] == "-":
                    j += 1
                if j < n and _is_word(w[j]):
                    out.append(w[pos:end])
                    pos = end
                    break
            end += 1


def _split_whitespace(text):
    """Split text into alternating runs of whitespace and non-whitespace."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        j = i
        if text[i] in _ws_set:
            while j < n and text[j] in _ws_set:
                j += 1
        else:
            while j < n and text[j] not in _ws_set:
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


class TextWrapper:
    """Object for wrapping/filling text.

    Public attributes: width, initial_indent, subsequent_indent, expand_tabs,
    replace_whitespace, fix_sentence_endings, break_long_words,
    drop_whitespace, break_on_hyphens, tabsize, max_lines, placeholder.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(" "))

    def __init__(
        self,
        width=70,
        initial_indent="",
        subsequent_indent="",
        expand_tabs=True,
        replace_whitespace=True,
        fix_sentence_endings=False,
        break_long_words=True,
        drop_whitespace=True,
        break_on_hyphens=True,
        tabsize=8,
        *,
        max_lines=None,
        placeholder=" [...]",
    ):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: words and runs of whitespace."""
        runs = _split_whitespace(text)
        if not self.break_on_hyphens:
            return runs
        chunks = []
        for run in runs:
            if run[0] in _ws_set:
                chunks.append(run)
            else:
                _split_word(run, chunks)
        return chunks

    def _fix_sentence_endings(self, chunks):
        """Put two spaces after a sentence end ("foo." followed by " ")."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Handle a chunk too long to fit on any line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen, if there are non-hyphens before it.
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wrap a list of chunks into lines of at most self.width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line (but not of the text) is dropped.
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (
                    self.max_lines is None
                    or len(lines) + 1 < self.max_lines
                    or (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                    and cur_len <= width
                ):
                    lines.append(indent + "".join(cur_line))
                else:
                    # Out of lines: end with the placeholder.
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Wrap a single paragraph of text, returning a list of wrapped lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Fill a single paragraph of text, returning a new string."""
        return "\n".join(self.wrap(text))


def _sentence_end(chunk):
    # [a-z][.!?]["']?\Z
    n = len(chunk)
    if n and chunk[-1] in "\"'":
        n -= 1
    return n >= 2 and chunk[n - 1] in ".!?" and "a" <= chunk[n - 2] <= "z"


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines that consist solely of whitespace are normalized to empty lines.
    """
    lines = text.split("\n")
    margin = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        if not stripped:
            if line:
                lines[i] = ""
            continue
        indent = line[: len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for j, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:j]
                    break
    if margin:
        m = len(margin)
        lines = [line[m:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Add 'prefix' to the beginning of selected lines in 'text' (by default, non-blank ones)."""
    if predicate is None:

        def predicate(line):
            return line.strip()

    return "".join([prefix + line if predicate(line) else line for line in text.splitlines(True)])
