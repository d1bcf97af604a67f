"""Subprocesses with accessible I/O streams (Baton's subprocess, POSIX only).

A child is started with os.fork() and then os.execv/os.execve; a failed exec
(or chdir, or preexec_fn) is reported to the parent through a close-on-exec
pipe, so the parent raises the child's OSError itself, as in CPython.
communicate() drains the pipes with one thread per stream, so it never
deadlocks, and a timeout leaves the threads running for the next call.
"""

import builtins
import errno
import os
import sys
import time
import _thread

try:
    import _signal
except ImportError:          # an interpreter built without the signal module
    _signal = None

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGTERM = getattr(_signal, 'SIGTERM', 15)
_SIGKILL = getattr(_signal, 'SIGKILL', 9)

_READ_CHUNK = 32768


# ---- exceptions --------------------------------------------------------------------

class SubprocessError(Exception):
    pass


def _signal_name(signum):
    try:
        import signal
        return repr(signal.Signals(signum))
    except (ImportError, ValueError):
        return None


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True (or check_call/check_output
    is used) and the process exits with a non-zero status.

    Attributes: cmd, returncode, output (also stdout) and stderr."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        rc = self.returncode
        if rc and rc < 0:
            name = _signal_name(-rc)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -rc)
            return "Command '%s' died with %s." % (self.cmd, name)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, rc)

    @property
    def stdout(self):
        """Alias for output, to match stderr."""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process.

    Attributes: cmd, timeout, output (also stdout) and stderr."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


# ---- file objects over pipe descriptors ------------------------------------------------
#
# When the built-in open() takes a file descriptor these are not used; until
# then a pipe end is wrapped in these small classes over os.read/os.write.

class _PipeStream:
    """A binary stream over one end of a pipe."""

    def __init__(self, fd, mode):
        self._fd = fd
        self.mode = mode
        self.name = fd
        self._buf = b''
        self._closed = False

    def __repr__(self):
        return "<_PipeStream name=%r mode=%r>" % (self.name, self.mode)

    @property
    def closed(self):
        return self._closed

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def fileno(self):
        self._check_open()
        return self._fd

    def readable(self):
        self._check_open()
        return 'r' in self.mode

    def writable(self):
        self._check_open()
        return 'w' in self.mode

    def seekable(self):
        return False

    def isatty(self):
        self._check_open()
        return os.isatty(self._fd)

    def _check_mode(self, what):
        self._check_open()
        if what not in self.mode:
            raise OSError("File not open for %s" % ("reading" if what == 'r' else "writing"))

    def read(self, size=-1):
        self._check_mode('r')
        if size is None or size < 0:
            parts = [self._buf]
            self._buf = b''
            while True:
                chunk = os.read(self._fd, _READ_CHUNK)
                if not chunk:
                    break
                parts.append(chunk)
            return b''.join(parts)
        while len(self._buf) < size:
            chunk = os.read(self._fd, max(size - len(self._buf), _READ_CHUNK))
            if not chunk:
                break
            self._buf += chunk
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def read1(self, size=-1):
        self._check_mode('r')
        if not self._buf:
            self._buf = os.read(self._fd, _READ_CHUNK)
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def readall(self):
        return self.read()

    def readline(self, size=-1):
        self._check_mode('r')
        if size is None:
            size = -1
        start = 0
        while True:
            i = self._buf.find(b'\n', start)
            if i >= 0:
                end = i + 1
                break
            if 0 <= size <= len(self._buf):
                end = size
                break
            start = len(self._buf)
            chunk = os.read(self._fd, _READ_CHUNK)
            if not chunk:
                end = len(self._buf)
                break
            self._buf += chunk
        if 0 <= size < end:
            end = size
        line, self._buf = self._buf[:end], self._buf[end:]
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check_mode('w')
        data = _as_bytes(data)
        total = len(data)
        pos = os.write(self._fd, data)
        while pos < total:
            pos += os.write(self._fd, data[pos:pos + _READ_CHUNK])
        return total

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()

    def close(self):
        if not self._closed:
            self._closed = True
            os.close(self._fd)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


def _utf8_tail(data):
    """How many bytes at the end of data start an unfinished UTF-8 sequence."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:        # continuation byte: keep looking for the lead
            continue
        if b >= 0xF0:
            need = 4
        elif b >= 0xE0:
            need = 3
        elif b >= 0xC0:
            need = 2
        else:
            need = 1
        return back if need > back else 0
    return 0


class _PipeText:
    """A text stream (universal newlines on input) over a _PipeStream."""

    def __init__(self, buffer, encoding, errors, line_buffering=False):
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self.line_buffering = line_buffering
        self._pending = b''     # undecoded bytes
        self._text = ''         # decoded, translated text not yet returned
        self._cr = False        # the last decoded chunk ended with '\r'
        self._eof = False
        norm = encoding.lower().replace('_', '-')
        if norm in ('utf-8', 'utf8', 'u8', 'utf-8-sig'):
            self._tail = _utf8_tail
        elif norm.startswith('utf-16'):
            self._tail = lambda data: len(data) % 2
        elif norm.startswith('utf-32'):
            self._tail = lambda data: len(data) % 4
        else:
            self._tail = lambda data: 0

    def __repr__(self):
        return "<_PipeText name=%r mode=%r encoding=%r>" % (self.name, self.mode, self.encoding)

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return self.buffer.mode.replace('b', '')

    @property
    def closed(self):
        return self.buffer.closed

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return False

    def isatty(self):
        return self.buffer.isatty()

    def _feed(self, data, final):
        data = self._pending + data
        keep = 0 if final else self._tail(data)
        if keep:
            self._pending = data[len(data) - keep:]
            data = data[:len(data) - keep]
        else:
            self._pending = b''
        text = data.decode(self.encoding, self.errors)
        if self._cr:
            text = '\r' + text
            self._cr = False
        if not final and text.endswith('\r'):
            text = text[:-1]
            self._cr = True
        self._text += text.replace('\r\n', '\n').replace('\r', '\n')

    def _fill(self):
        """Read one more chunk; False at end of file."""
        if self._eof:
            return False
        chunk = self.buffer.read1(_READ_CHUNK)
        if not chunk:
            self._eof = True
            self._feed(b'', True)
            return False
        self._feed(chunk, False)
        return True

    def read(self, size=-1):
        self.buffer._check_mode('r')
        if size is None or size < 0:
            rest = self.buffer.read()
            self._eof = True
            self._feed(rest, True)
            text, self._text = self._text, ''
            return text
        while len(self._text) < size and self._fill():
            pass
        text, self._text = self._text[:size], self._text[size:]
        return text

    def readline(self, size=-1):
        self.buffer._check_mode('r')
        if size is None:
            size = -1
        start = 0
        while True:
            i = self._text.find('\n', start)
            if i >= 0:
                end = i + 1
                break
            if 0 <= size <= len(self._text):
                end = size
                break
            start = len(self._text)
            if not self._fill():
                end = len(self._text)
                break
        if 0 <= size < end:
            end = size
        line, self._text = self._text[:end], self._text[end:]
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self.buffer._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def __enter__(self):
        self.buffer._check_open()
        return self

    def __exit__(self, *args):
        self.close()


def _open_pipe(fd, mode, bufsize, text, encoding, errors, line_buffering):
    """A file object over the parent's end of a pipe."""
    if text:
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        # Baton's native text files decode a file whole on the first read,
        # which would block on a pipe until the child exits: use the
        # incremental pipe reader for text.
        return _PipeText(_PipeStream(fd, mode + 'b'), encoding, errors, line_buffering)
    try:
        return builtins.open(fd, mode + 'b', bufsize)
    except TypeError:
        pass
    return _PipeStream(fd, mode + 'b')


def _as_bytes(data):
    if isinstance(data, bytes):
        return data
    return bytes(memoryview(data))


def _translate_newlines(data, encoding, errors):
    return data.decode(encoding, errors).replace('\r\n', '\n').replace('\r', '\n')


# ---- helpers ----------------------------------------------------------------------------

def list2cmdline(seq):
    """Translate a sequence of arguments into a command line string, using
    the MS C runtime's quoting rules."""
    out = []
    for arg in map(os.fsdecode, seq):
        quote = (' ' in arg) or ('\t' in arg) or not arg
        piece = []
        if quote:
            piece.append('"')
        backslashes = 0
        for ch in arg:
            if ch == '\\':
                backslashes += 1
            elif ch == '"':
                # backslashes before a quote are doubled, then the quote escaped
                piece.append('\\' * (backslashes * 2 + 1) + '"')
                backslashes = 0
            else:
                if backslashes:
                    piece.append('\\' * backslashes)
                    backslashes = 0
                piece.append(ch)
        if backslashes:
            piece.append('\\' * (backslashes * 2 if quote else backslashes))
        if quote:
            piece.append('"')
        out.append(''.join(piece))
    return ' '.join(out)


def _fsarg(arg):
    if isinstance(arg, (str, bytes)):
        return arg
    try:
        return os.fspath(arg)
    except TypeError:
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(arg).__name__) from None


def _env_strings(env):
    """Validate env and give it back as a dict of str to str."""
    out = {}
    for k, v in env.items():
        k = os.fsdecode(_fsarg(k))
        v = os.fsdecode(_fsarg(v))
        if '=' in k:
            raise ValueError("illegal environment variable name")
        if '\0' in k or '\0' in v:
            raise ValueError("embedded null byte")
        out[k] = v
    return out


def _open_fds():
    """The file descriptors open in this process, as well as can be told."""
    try:
        return [int(name) for name in os.listdir('/proc/self/fd')]
    except (OSError, ValueError):
        return list(range(3, 256))


def _child_exec(exec_list, argv, env, cwd, fds_to_keep, close_fds, restore_signals,
                start_new_session, process_group, umask, preexec_fn,
                p2cread, c2pwrite, errwrite, errpipe_write):
    """Runs in the forked child: set up the descriptors and exec. Never returns;
    any failure is written to the error pipe as b'Name:hexerrno:message'."""
    report = None
    try:
        # The targets 0, 1, 2 must not be overwritten before they are used.
        if c2pwrite == 0:
            c2pwrite = os.dup(c2pwrite)
        while errwrite == 0 or errwrite == 1:
            errwrite = os.dup(errwrite)
        for fd, target in ((p2cread, 0), (c2pwrite, 1), (errwrite, 2)):
            if fd == target:
                os.set_inheritable(fd, True)
            elif fd != -1:
                os.dup2(fd, target)
        if close_fds:
            for fd in _open_fds():
                if fd > 2 and fd != errpipe_write and fd not in fds_to_keep:
                    try:
                        os.set_inheritable(fd, False)
                    except OSError:
                        pass
        for fd in fds_to_keep:
            os.set_inheritable(fd, True)
        if cwd is not None:
            try:
                os.chdir(cwd)
            except OSError as e:
                report = b'OSError:%x:noexec' % (e.errno or 0)
                raise
        if umask >= 0:
            os.umask(umask)
        if restore_signals and _signal is not None:
            for name in ('SIGPIPE', 'SIGXFSZ'):
                num = getattr(_signal, name, None)
                if num is not None:
                    _signal.signal(num, _signal.SIG_DFL)
        if start_new_session:
            os.setsid()
        if process_group >= 0:
            os.setpgid(0, process_group)
        if preexec_fn is not None:
            try:
                preexec_fn()
            except BaseException:
                report = b'SubprocessError:0:Exception occurred in preexec_fn.'
                raise
        saved = None
        for path in exec_list:
            try:
                if env is None:
                    os.execv(path, argv)
                else:
                    os.execve(path, argv, env)
            except OSError as e:
                # Keep the first error that is not "no such file here".
                if saved is None or (saved.errno in (errno.ENOENT, errno.ENOTDIR)
                                     and e.errno not in (errno.ENOENT, errno.ENOTDIR)):
                    saved = e
        if saved is not None:
            raise saved
        raise OSError(errno.ENOENT, os.strerror(errno.ENOENT))
    except BaseException as e:
        try:
            if report is None:
                if isinstance(e, OSError):
                    report = b'OSError:%x:' % (e.errno or 0)
                else:
                    report = ('%s:0:%s' % (type(e).__name__, e)).encode('utf-8', 'replace')
            os.write(errpipe_write, report)
        except BaseException:
            pass
    finally:
        os._exit(255)


# ---- Popen ------------------------------------------------------------------------------

_active = []


def _cleanup():
    """Reap children whose Popen object went away while they still ran."""
    for inst in _active[:]:
        if inst._internal_poll() is not None:
            try:
                _active.remove(inst)
            except ValueError:
                pass


class Popen:
    """Execute a child program in a new process.

    See the documentation of CPython's subprocess.Popen for the arguments."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        _cleanup()
        self._waitpid_lock = _thread.allocate_lock()
        self._input = None
        self._communication_started = False
        self._threads = None
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        if user is not None or group is not None or extra_groups is not None:
            raise NotImplementedError("user, group and extra_groups are not supported")
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            encoding = 'utf-8'
        if process_group is None:
            process_group = -1

        self._devnull = None
        (p2cread, p2cwrite, c2pread, c2pwrite,
         errread, errwrite) = self._get_handles(stdin, stdout, stderr)

        line_buffering = self.text_mode and bufsize == 1
        if line_buffering:
            bufsize = -1
        try:
            if p2cwrite != -1:
                self.stdin = _open_pipe(p2cwrite, 'w', bufsize, self.text_mode,
                                        encoding, errors, line_buffering)
            if c2pread != -1:
                self.stdout = _open_pipe(c2pread, 'r', bufsize, self.text_mode,
                                         encoding, errors, False)
            if errread != -1:
                self.stderr = _open_pipe(errread, 'r', bufsize, self.text_mode,
                                         encoding, errors, False)
            self._execute_child(args, executable, preexec_fn, close_fds, pass_fds,
                                cwd, env, start_new_session, process_group, umask,
                                restore_signals, shell,
                                p2cread, p2cwrite, c2pread, c2pwrite,
                                errread, errwrite)
        except:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    try:
                        f.close()
                    except OSError:
                        pass
            # Descriptors that were not wrapped yet belong to us too.
            for fd, obj in ((p2cwrite, self.stdin), (c2pread, self.stdout),
                            (errread, self.stderr)):
                if fd != -1 and obj is None:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            self._close_child_ends(p2cread, p2cwrite, c2pread, c2pwrite,
                                   errread, errwrite)
            raise

    def __repr__(self):
        text = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode,
                                                 self.args)
        if len(text) > 80:
            text = text[:76] + "...>"
        return text

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type is KeyboardInterrupt:
                # Give the child a moment to act on the same Ctrl-C.
                try:
                    self._wait(timeout=0.25)
                except TimeoutExpired:
                    pass
            else:
                self.wait()

    def __del__(self):
        if not self._child_created:
            return
        try:
            if self.returncode is None and self._internal_poll() is None:
                _active.append(self)
        except Exception:
            pass

    # -- descriptors --

    def _get_devnull(self):
        if self._devnull is None:
            self._devnull = os.open(os.devnull, os.O_RDWR)
        return self._devnull

    @staticmethod
    def _fd_of(obj):
        if isinstance(obj, int):
            return obj
        return obj.fileno()

    def _get_handles(self, stdin, stdout, stderr):
        p2cread = p2cwrite = c2pread = c2pwrite = errread = errwrite = -1
        made = []
        try:
            if stdin is None:
                pass
            elif stdin == PIPE:
                p2cread, p2cwrite = os.pipe()
                made += [p2cread, p2cwrite]
            elif stdin == DEVNULL:
                p2cread = self._get_devnull()
            else:
                p2cread = self._fd_of(stdin)

            if stdout is None:
                pass
            elif stdout == PIPE:
                c2pread, c2pwrite = os.pipe()
                made += [c2pread, c2pwrite]
            elif stdout == DEVNULL:
                c2pwrite = self._get_devnull()
            else:
                c2pwrite = self._fd_of(stdout)

            if stderr is None:
                pass
            elif stderr == PIPE:
                errread, errwrite = os.pipe()
                made += [errread, errwrite]
            elif stderr == STDOUT:
                if c2pwrite != -1:
                    errwrite = c2pwrite
                else:
                    errwrite = sys.__stdout__.fileno()
            elif stderr == DEVNULL:
                errwrite = self._get_devnull()
            else:
                errwrite = self._fd_of(stderr)
        except:
            for fd in made:
                os.close(fd)
            if self._devnull is not None:
                os.close(self._devnull)
                self._devnull = None
            raise
        return p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite

    def _close_child_ends(self, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite):
        """Close, in the parent, the ends of the pipes the child uses."""
        for child_end, our_end in ((p2cread, p2cwrite), (c2pwrite, c2pread),
                                   (errwrite, errread)):
            if child_end != -1 and our_end != -1 and child_end != self._devnull:
                try:
                    os.close(child_end)
                except OSError:
                    pass
        if self._devnull is not None:
            try:
                os.close(self._devnull)
            except OSError:
                pass
            self._devnull = None

    # -- starting the child --

    def _execute_child(self, args, executable, preexec_fn, close_fds, pass_fds,
                       cwd, env, start_new_session, process_group, umask,
                       restore_signals, shell,
                       p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ['/bin/sh', '-c'] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        argv = [_fsarg(a) for a in args]
        executable = _fsarg(executable)
        orig_executable = executable

        if os.path.dirname(executable):
            exec_list = [executable]
        else:
            dirs = os.get_exec_path(env)
            if isinstance(executable, bytes):
                dirs = [os.fsencode(d) for d in dirs]
            exec_list = [os.path.join(d, executable) for d in dirs]
        if env is not None:
            env = _env_strings(env)
        if cwd is not None:
            cwd = os.fspath(cwd)
        fds_to_keep = set()
        for fd in pass_fds:
            if not isinstance(fd, int) or fd < 0:
                raise ValueError("bad value(s) in fds_to_keep")
            fds_to_keep.add(fd)
        if umask is None:
            umask = -1

        errpipe_read, errpipe_write = os.pipe()
        low = []
        try:
            # The child's descriptors 0-2 are set up before the error pipe
            # is used, so keep the pipe's write end out of that range.
            while errpipe_write < 3:
                low.append(errpipe_write)
                errpipe_write = os.dup(errpipe_write)
            for fd in low:
                os.close(fd)
            low = []
            try:
                pid = os.fork()
                if pid == 0:
                    _child_exec(exec_list, argv, env, cwd, fds_to_keep, close_fds,
                                restore_signals, start_new_session, process_group,
                                umask, preexec_fn, p2cread, c2pwrite, errwrite,
                                errpipe_write)
                self.pid = pid
                self._child_created = True
            finally:
                os.close(errpipe_write)
                for fd in low:
                    os.close(fd)
            self._close_child_ends(p2cread, p2cwrite, c2pread, c2pwrite,
                                   errread, errwrite)
            data = bytearray()
            while True:
                part = os.read(errpipe_read, 50000)
                data += part
                if not part or len(data) > 50000:
                    break
        finally:
            os.close(errpipe_read)

        if not data:
            return
        try:
            pid, sts = os.waitpid(self.pid, 0)
            if pid == self.pid:
                self._handle_exitstatus(sts)
            else:
                self.returncode = sys.maxsize
        except ChildProcessError:
            pass
        try:
            name, hex_errno, message = bytes(data).split(b':', 2)
            message = message.decode()
        except ValueError:
            name = b'SubprocessError'
            hex_errno = b'0'
            message = 'Bad exception data from child: {!r}'.format(bytes(data))
        exc_type = getattr(builtins, name.decode('ascii'), SubprocessError)
        if not (isinstance(exc_type, type) and issubclass(exc_type, BaseException)):
            exc_type = SubprocessError
        if issubclass(exc_type, OSError) and hex_errno:
            errno_num = int(hex_errno, 16)
            if message == 'noexec':
                message = ''
                filename = cwd
            else:
                filename = orig_executable
            if errno_num != 0:
                message = os.strerror(errno_num)
            raise exc_type(errno_num, message, filename)
        raise exc_type(message)

    # -- waiting --

    def _handle_exitstatus(self, sts):
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def _try_wait(self, options):
        try:
            return os.waitpid(self.pid, options)
        except ChildProcessError:
            # Someone else reaped it (or SIGCHLD is ignored): status unknown.
            return self.pid, 0

    def _internal_poll(self):
        if self.returncode is None:
            if not self._waitpid_lock.acquire(False):
                return None     # another thread is waiting
            try:
                if self.returncode is not None:
                    return self.returncode
                pid, sts = self._try_wait(os.WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def poll(self):
        """Check if the child process has terminated. Set and return the
        returncode attribute; None while it is still running."""
        return self._internal_poll()

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - time.monotonic()

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        if timeout is not None:
            endtime = time.monotonic() + timeout
            delay = 0.0005
            while True:
                if self._waitpid_lock.acquire(False):
                    try:
                        if self.returncode is not None:
                            break
                        pid, sts = self._try_wait(os.WNOHANG)
                        if pid == self.pid:
                            self._handle_exitstatus(sts)
                            break
                    finally:
                        self._waitpid_lock.release()
                remaining = endtime - time.monotonic()
                if remaining <= 0:
                    raise TimeoutExpired(self.args, timeout)
                delay = min(delay * 2, remaining, 0.05)
                time.sleep(delay)
        else:
            while self.returncode is None:
                with self._waitpid_lock:
                    if self.returncode is not None:
                        break
                    pid, sts = self._try_wait(0)
                    if pid == self.pid:
                        self._handle_exitstatus(sts)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child process to terminate; return its returncode.
        Raise TimeoutExpired if it is still running after timeout seconds."""
        return self._wait(timeout=timeout)

    # -- signals --

    def send_signal(self, sig):
        """Send a signal to the process (not if it has been reaped already)."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM."""
        self.send_signal(_SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL."""
        self.send_signal(_SIGKILL)

    # -- communicate --

    def _stdin_write(self, data):
        try:
            if data:
                self.stdin.write(data)
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise

    def communicate(self, input=None, timeout=None):
        """Send input to stdin (if given), read stdout and stderr to the end,
        and wait for the process to terminate. Returns (stdout, stderr).

        On timeout TimeoutExpired is raised; calling communicate() again
        carries on where it stopped, without losing output."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        if (timeout is None and not self._communication_started
                and [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr

        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return stdout, stderr

    def _start_threads(self, input):
        # Each thread works on its own duplicate of the descriptor and closes
        # it when done, so closing the file objects (on a timeout, say) can
        # never leave a thread on a descriptor number that gets reused.
        import threading
        self._threads = []
        self._outputs = {}
        # Readers first: closing stdin may flush data the child only takes
        # once its output is being drained.
        for f in (self.stdout, self.stderr):
            if f is not None and not f.closed:
                chunks = self._outputs[id(f)] = []
                rfd = os.dup(f.fileno())
                t = threading.Thread(target=self._reader, args=(rfd, chunks), daemon=True)
                self._threads.append(t)
                t.start()
        if self.stdin is not None and not self.stdin.closed:
            if input is not None and self.text_mode:
                input = input.encode(self.stdin.encoding, self.stdin.errors)
            wfd = os.dup(self.stdin.fileno()) if input else -1
            self._stdin_write(None)
            if wfd != -1:
                t = threading.Thread(target=self._writer, args=(wfd, _as_bytes(input)),
                                     daemon=True)
                self._threads.append(t)
                t.start()

    @staticmethod
    def _writer(fd, data):
        try:
            pos = 0
            while pos < len(data):
                pos += os.write(fd, data[pos:pos + _READ_CHUNK])
        except OSError:
            pass        # the child closed its stdin or exited: drop the rest
        finally:
            os.close(fd)

    @staticmethod
    def _reader(fd, chunks):
        try:
            while True:
                data = os.read(fd, _READ_CHUNK)
                if not data:
                    break
                chunks.append(data)
        except OSError:
            pass
        finally:
            os.close(fd)

    def _collected(self, f):
        if f is None:
            return None
        chunks = self._outputs.get(id(f))
        if chunks is None:
            return b''
        return b''.join(chunks)

    def _communicate(self, input, endtime, orig_timeout):
        if self._threads is None:
            self._start_threads(input)
        for t in self._threads:
            t.join(self._remaining_time(endtime))
            if t.is_alive():
                # What was read so far (None if nothing), as bytes even in
                # text mode, as CPython on POSIX.
                raise TimeoutExpired(self.args, orig_timeout,
                                     output=self._collected(self.stdout) or None,
                                     stderr=self._collected(self.stderr) or None)
        stdout = self._collected(self.stdout)
        stderr = self._collected(self.stderr)
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        if self.text_mode:
            if stdout is not None:
                stdout = _translate_newlines(stdout, self.stdout.encoding,
                                             self.stdout.errors)
            if stderr is not None:
                stderr = _translate_newlines(stderr, self.stderr.encoding,
                                             self.stderr.errors)
        return stdout, stderr


# ---- the convenience functions -------------------------------------------------------------

class CompletedProcess:
    """A process that has finished running, as run() returns it.

    Attributes: args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args),
                 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            parts.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            parts.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(parts))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False,
        **kwargs):
    """Run a command and wait for it; return a CompletedProcess.

    input is sent to stdin, capture_output collects stdout and stderr, timeout
    kills the child and raises TimeoutExpired, check raises CalledProcessError
    on a non-zero exit status. Other arguments are those of Popen."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE

    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it to complete, return its returncode."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but raise CalledProcessError on a non-zero exit status."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; raise CalledProcessError on a
    non-zero exit status."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        text = (kwargs.get('universal_newlines') or kwargs.get('text')
                or kwargs.get('encoding') or kwargs.get('errors'))
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of running cmd in a shell, stderr included
    and a trailing newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return the output (stdout and stderr) of running cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
