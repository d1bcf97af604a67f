"""A lexical analyzer class for simple shell-like syntaxes."""

import os
import sys
from collections import deque

__all__ = ["shlex", "split", "quote", "join"]

try:
    from io import StringIO as _StringIO
except ImportError:
    class _StringIO:
        """The part of io.StringIO that shlex reads with."""

        def __init__(self, text=''):
            self._text = text
            self._pos = 0
            self.closed = False

        def read(self, size=-1):
            start = self._pos
            if size is None or size < 0:
                end = len(self._text)
            else:
                end = min(len(self._text), start + size)
            self._pos = end
            return self._text[start:end]

        def readline(self, size=-1):
            start = self._pos
            nl = self._text.find('\n', start)
            end = len(self._text) if nl < 0 else nl + 1
            if size is not None and size >= 0:
                end = min(end, start + size)
            self._pos = end
            return self._text[start:end]

        def getvalue(self):
            return self._text

        def close(self):
            self.closed = True


_ASCII_WORDCHARS = ('abcdfeghijklmnopqrstuvwxyz'
                    'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_LATIN1_WORDCHARS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                     'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    "A lexical analyzer class for simple shell-like syntaxes."

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = _StringIO(instream)
        if instream is None:
            self.instream = sys.stdin
            self.infile = None
        else:
            self.instream = instream
            self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORDCHARS
        if posix:
            self.wordchars += _LATIN1_WORDCHARS
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # one character of lookahead is pushed back here
            self._pushback_chars = deque()
            # characters that can appear in file names, options and wildcards
            words = self.wordchars + '~-./*?='
            self.wordchars = ''.join(c for c in words if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        if isinstance(newstream, str):
            newstream = _StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print('shlex: pushing to file %s' % (self.infile,))
            else:
                print('shlex: pushing to stream %s' % (self.instream,))

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        "Get a token from the input stream (or from stack if it's nonempty)"
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        # `source` inclusions
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        # end of an included stream: go back to the one that included it
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print("shlex: token=" + repr(raw))
            else:
                print("shlex: token=EOF")
        return raw

    # ---- the tokenizer ------------------------------------------------------
    #
    # self.state is ' ' between tokens, 'a' inside a word, 'c' inside a run
    # of punctuation characters, a quote character inside quotes, an escape
    # character just after an escape, and None at the end of the input.
    # Each _in_* method handles one character and returns True when the
    # current token is complete.

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _token_ready(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _in_space(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in whitespace state")
            return self._token_ready()
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            self._after_escape = 'a'
            self.state = ch
        elif ch in self.wordchars:
            self.token = ch
            self.state = 'a'
        elif ch in self._punctuation_chars:
            self.token = ch
            self.state = 'c'
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token = ch
            self.state = 'a'
        else:
            # a lone character that is a token by itself
            self.token = ch
            return self._token_ready()
        return False

    def _in_quotes(self, ch):
        self._quoted = True
        if not ch:
            if self.debug >= 2:
                print("shlex: I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if ch == self.state:
            if self.posix:
                self.state = 'a'
                return False
            self.token += ch
            self.state = ' '
            return True
        if self.posix and ch in self.escape and self.state in self.escapedquotes:
            self._after_escape = self.state
            self.state = ch
        else:
            self.token += ch
        return False

    def _in_escape(self, ch):
        if not ch:
            if self.debug >= 2:
                print("shlex: I see EOF in escape state")
            raise ValueError("No escaped character")
        back = self._after_escape
        # inside quotes only the quote itself and the escape are escapable;
        # otherwise the escape character is kept
        if back in self.quotes and ch != self.state and ch != back:
            self.token += self.state
        self.token += ch
        self.state = back
        return False

    def _in_word(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in word state")
            self.state = ' '
            return self._token_ready()
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = ' '
                return self._token_ready()
            return False
        if self.state == 'c':
            if ch in self._punctuation_chars:
                self.token += ch
                return False
            if ch not in self.whitespace:
                self._pushback_chars.append(ch)
            self.state = ' '
            return True
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._after_escape = 'a'
            self.state = ch
        elif (ch in self.wordchars or ch in self.quotes
              or (self.whitespace_split and ch not in self._punctuation_chars)):
            self.token += ch
        else:
            # the character ends the word and is read again next time
            if self._punctuation_chars:
                self._pushback_chars.append(ch)
            else:
                self.pushback.appendleft(ch)
            if self.debug >= 2:
                print("shlex: I see punctuation in word state")
            self.state = ' '
            return self._token_ready()
        return False

    def read_token(self):
        self._quoted = False
        self._after_escape = ' '
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, ch))
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                done = self._in_space(ch)
            elif state in self.quotes:
                done = self._in_quotes(ch)
            elif state in self.escape:
                done = self._in_escape(ch)
            elif state in ('a', 'c'):
                done = self._in_word(ch)
            else:
                done = not ch
            if done:
                break
        result = self.token
        self.token = ''
        if self.posix and not self._quoted and result == '':
            result = None
        if self.debug > 1:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        # relative names are relative to the including file, like cpp
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if not isinstance(s, str):
        if isinstance(s, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got %r"
                        % type(s).__name__)
    for c in s:
        if c not in _SAFE:
            break
    else:
        return s
    # single quotes protect everything but a single quote, which is
    # written as '"'"' (close, a double-quoted quote, reopen)
    return "'" + s.replace("'", "'\"'\"'") + "'"


def _print_tokens(lexer):
    while True:
        tt = lexer.get_token()
        if not tt:
            break
        print("Token: " + repr(tt))


if __name__ == '__main__':
    if len(sys.argv) == 1:
        _print_tokens(shlex())
    else:
        fn = sys.argv[1]
        with open(fn) as f:
            _print_tokens(shlex(f, fn))
