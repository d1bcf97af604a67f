"""Starting a child process: by fork (the child runs process_obj._bootstrap
at once) or by spawn (fork, then exec a fresh interpreter that reads the
pickled process object from a pipe)."""

import os
import time

from . import util

__all__ = ['ForkPopen', 'SpawnPopen']

try:
    import signal as _signal
    SIGTERM = _signal.SIGTERM
    SIGKILL = _signal.SIGKILL
except (ImportError, AttributeError):
    SIGTERM = 15
    SIGKILL = 9


class ForkPopen(object):
    method = 'fork'

    def __init__(self, process_obj):
        util._flush_std_streams()
        self.returncode = None
        self.finalizer = None
        self._parent_w = None
        self._launch(process_obj)

    def duplicate_for_child(self, fd):
        return fd

    def poll(self, flag=os.WNOHANG):
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, flag)
            except OSError:
                # Reaped by another thread, which records the code.
                return None
            if pid == self.pid:
                self.returncode = os.waitstatus_to_exitcode(sts)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            misses = 0
            while self.returncode is None:
                try:
                    pid, sts = os.waitpid(self.pid, 0)
                except ChildProcessError:
                    # another thread reaped it and is about to record it
                    misses += 1
                    if misses > 200:
                        return None
                    time.sleep(0.005)
                    continue
                except InterruptedError:
                    continue
                if pid == self.pid:
                    self.returncode = os.waitstatus_to_exitcode(sts)
            return self.returncode
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while True:
            res = self.poll()
            if res is not None:
                return res
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            time.sleep(min(delay, remaining))
            delay = min(delay * 2, 0.02)

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass
            except OSError:
                if self.wait(timeout=0.1) is None:
                    raise

    def terminate(self):
        self._send_signal(SIGTERM)

    def kill(self):
        self._send_signal(SIGKILL)

    def _launch(self, process_obj):
        code = 1
        parent_r, child_w = os.pipe()
        child_r, parent_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                os.close(parent_r)
                os.close(parent_w)
                code = process_obj._bootstrap(parent_sentinel=child_r)
            finally:
                os._exit(code)
        else:
            os.close(child_w)
            os.close(child_r)
            self.sentinel = parent_r
            self._parent_w = parent_w

    def close(self):
        for fd in (getattr(self, 'sentinel', None), self._parent_w):
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._parent_w = None


def spawnv_passfds(path, args, passfds):
    """fork + exec path with args; only the fds in passfds (and 0, 1, 2) are
    inherited by the new program."""
    util._flush_std_streams()
    pid = os.fork()
    if pid == 0:
        try:
            for fd in passfds:
                os.set_inheritable(fd, True)
            os.execv(path, args)
        except BaseException:
            pass
        finally:
            os._exit(127)
    return pid


class SpawnPopen(ForkPopen):
    method = 'spawn'

    def __init__(self, process_obj, method='spawn'):
        self.method = method
        self._fds = []
        super().__init__(process_obj)

    def duplicate_for_child(self, fd):
        self._fds.append(fd)
        return fd

    def _launch(self, process_obj):
        from . import context, reduction, spawn
        prep_data = spawn.get_preparation_data(process_obj._name)
        context.set_spawning_popen(self)
        try:
            prep = reduction.dumps(prep_data)
            obj = reduction.dumps(process_obj)
        finally:
            context.set_spawning_popen(None)

        parent_r, child_w = os.pipe()   # sentinel: EOF when the child ends
        child_r, parent_w = os.pipe()   # the data; later the parent sentinel
        try:
            cmd = spawn.get_command_line(child_r, child_w)
            self.pid = spawnv_passfds(spawn.get_executable(), cmd,
                                      self._fds + [child_r, child_w])
        except BaseException:
            for fd in (parent_r, parent_w):
                os.close(fd)
            raise
        finally:
            os.close(child_r)
            os.close(child_w)
        self.sentinel = parent_r
        self._parent_w = parent_w
        data = b''.join([len(prep).to_bytes(8, 'big'), prep,
                         len(obj).to_bytes(8, 'big'), obj])
        try:
            pos = 0
            while pos < len(data):
                pos += os.write(parent_w, data[pos:pos + 65536])
        except BrokenPipeError:
            pass   # the child died early: its exit code tells
