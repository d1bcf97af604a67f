//! Files: sys.stdin/stdout/stderr, open(), print(), and OSError from I/O errors.
//!
//! A file object is native data behind one `Mut` (so threads reach it through
//! one place). Text files are UTF-8; writes are buffered and flushed at
//! newlines when the stream is interactive or unbuffered (-u), on flush(),
//! close() and at exit.

use super::{bind_native, new_bytes, new_list, new_str, str_of, types};
use crate::object::{NativeData, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyErr, PyResult, Vm};
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::OnceLock;

pub enum Handle {
    Stdin,
    Stdout,
    Stderr,
    File(std::fs::File),
    Closed,
}

pub struct FileState {
    pub handle: Handle,
    pub name: Value,
    pub mode: String,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub line_buffered: bool,
    wbuf: Vec<u8>,
    rbuf: Vec<u8>,
    rpos: usize,
    eof: bool,
    /// Text files: the codec, its error handler and the newline mode.
    pub encoding: String,
    pub errors: String,
    pub newline: Option<String>,
    /// Text files opened with open(): the decoded contents and the read position.
    text: Option<(Vec<char>, usize)>,
    /// Where in the file (bytes) the decoded contents start, the indices of
    /// the '\n's that stood for "\r\n" there, and the last tell(): (chars, bytes).
    text_base: u64,
    text_crlf: Vec<usize>,
    text_tell: (usize, u64),
    /// open(fd, closefd=False): the descriptor is not ours to close.
    pub keep_fd: bool,
}

impl Drop for FileState {
    fn drop(&mut self) {
        if self.keep_fd {
            if let Handle::File(f) = std::mem::replace(&mut self.handle, Handle::Closed) {
                use std::os::unix::io::IntoRawFd;
                let _ = f.into_raw_fd();
            }
        }
    }
}

/// A file object's state sits behind a real mutex: I/O runs with the GIL
/// released (see [`FileObject::blocking`]), and another thread may use the
/// same file meanwhile. Nobody waits for this mutex while holding the GIL.
pub struct FileObject {
    state: std::sync::Mutex<FileState>,
}

impl FileObject {
    fn lock_blocking(&self) -> std::sync::MutexGuard<'_, FileState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` on the state with the GIL held (for short, non-blocking work).
    pub fn with<R>(&self, vm: &mut Vm, f: impl FnOnce(&mut FileState) -> R) -> R {
        let mut g = match self.state.try_lock() {
            Ok(g) => g,
            Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner(),
            Err(std::sync::TryLockError::WouldBlock) => {
                // Another thread is in a blocking call on this file: wait
                // for it without the GIL.
                vm.allow_threads(|| self.lock_blocking())
            }
        };
        f(&mut g)
    }

    /// Runs `f` (which may block: reads, writes, flushes) on the state with
    /// the GIL released. `f` must not touch Python objects (`name` included).
    pub fn blocking<R>(&self, vm: &mut Vm, f: impl FnOnce(&mut FileState) -> R) -> R {
        vm.allow_threads(|| f(&mut self.lock_blocking()))
    }
}

impl NativeData for FileObject {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

static FILE_TYPES: OnceLock<(ObjRef, ObjRef, ObjRef)> = OnceLock::new();

/// (TextIOWrapper, BufferedReader, BufferedWriter)
fn file_types() -> &'static (ObjRef, ObjRef, ObjRef) {
    FILE_TYPES.get_or_init(|| {
        let tt = types().type_.clone();
        let mk = |name: &str| {
            let t = super::types::new_type_object(
                &tt,
                name,
                crate::types::Layout::Other,
                Some(&types().object),
                false,
            );
            if let Some(d) = t.dict.get() {
                d.set_type_raw_if_null(types().dict.clone());
                super::dict_set_str(&d, "__module__", new_str("_io"));
            }
            super::types::add_methods(
                &t,
                &[
                    ("read", f_read),
                    ("readline", f_readline),
                    ("readlines", f_readlines),
                    ("readinto", f_readinto),
                    ("write", f_write),
                    ("writelines", f_writelines),
                    ("flush", f_flush),
                    ("close", f_close),
                    ("fileno", f_fileno),
                    ("isatty", f_isatty),
                    ("readable", f_readable),
                    ("writable", f_writable),
                    ("seekable", f_seekable),
                    ("seek", f_seek),
                    ("tell", f_tell),
                    ("truncate", f_truncate),
                    ("__enter__", f_enter),
                    ("__exit__", f_exit),
                    ("__iter__", f_enter),
                    ("__next__", f_next),
                    ("__repr__", f_repr),
                    ("__del__", f_del),
                ],
            );
            super::types::add_getsets(
                &t,
                &[
                    ("name", g_name, None),
                    ("buffer", g_buffer, None),
                    ("mode", g_mode, None),
                    ("closed", g_closed, None),
                    ("encoding", g_encoding, None),
                    ("errors", g_errors, None),
                ],
            );
            if let Payload::Type(td) = &t.payload {
                td.has_del.set(true);
            }
            t
        };
        (
            mk("TextIOWrapper"),
            mk("BufferedReader"),
            mk("BufferedWriter"),
        )
    })
}

/// The TextIOWrapper type (for `io`'s namespace).
pub fn text_io_type() -> ObjRef {
    file_types().0.clone()
}

pub fn new_file_object(state: FileState) -> Value {
    let t = if !state.binary {
        file_types().0.clone()
    } else if state.writable && !state.readable {
        file_types().2.clone()
    } else {
        file_types().1.clone()
    };
    Value::Obj(ObjRef::new(
        t,
        Payload::Native(Box::new(FileObject {
            state: std::sync::Mutex::new(state),
        })),
    ))
}

fn isatty_fd(fd: i32) -> bool {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { libc::isatty(fd) == 1 }
}

/// The three standard streams.
pub fn std_stream(which: u8, unbuffered: bool) -> Value {
    let (handle, name, mode, readable, fd) = match which {
        0 => (Handle::Stdin, "<stdin>", "r", true, 0),
        1 => (Handle::Stdout, "<stdout>", "w", false, 1),
        _ => (Handle::Stderr, "<stderr>", "w", false, 2),
    };
    new_file_object(FileState {
        handle,
        name: new_str(name),
        mode: mode.to_string(),
        binary: false,
        readable,
        writable: !readable,
        line_buffered: unbuffered || which == 2 || isatty_fd(fd),
        wbuf: Vec::new(),
        rbuf: Vec::new(),
        rpos: 0,
        eof: false,
        encoding: "utf-8".to_string(),
        errors: "strict".to_string(),
        newline: None,
        text: None,
        text_base: 0,
        text_crlf: Vec::new(),
        text_tell: (0, 0),
        keep_fd: false,
    })
}

fn file_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a FileObject> {
    if let Value::Obj(o) = v {
        if let Payload::Native(n) = &o.payload {
            if let Some(f) = n.as_any().downcast_ref::<FileObject>() {
                return Ok(f);
            }
        }
    }
    Err(vm.new_type_error(format!("file object expected, got {}", vm.type_name(v))))
}

pub fn os_error_from_io(vm: &mut Vm, err: &std::io::Error, filename: Option<&str>) -> PyErr {
    let errno = err.raw_os_error().unwrap_or(0) as i64;
    let msg = strerror(errno as i32);
    let mut args = vec![Value::Int(errno), new_str(msg)];
    if let Some(f) = filename {
        args.push(new_str(f));
    }
    let t = Value::Obj(types().exc.os_error.clone());
    match vm.call(&t, &args) {
        Ok(Value::Obj(o)) => PyErr(o),
        Ok(_) => vm.new_runtime_error("OSError"),
        Err(e) => e,
    }
}

pub fn strerror(errno: i32) -> String {
    // SAFETY: strerror returns a pointer to a static or thread-local string.
    let p = unsafe { libc::strerror(errno) };
    if p.is_null() {
        return format!("Unknown error {errno}");
    }
    // SAFETY: p is a valid NUL-terminated C string.
    unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned()
}

fn closed_error(vm: &mut Vm) -> PyErr {
    vm.new_value_error("I/O operation on closed file.".to_string())
}

impl FileState {
    fn flush_raw(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let buf = std::mem::take(&mut self.wbuf);
        match &mut self.handle {
            Handle::Stdout => {
                let mut o = std::io::stdout().lock();
                o.write_all(&buf)?;
                o.flush()
            }
            Handle::Stderr => {
                let mut o = std::io::stderr().lock();
                o.write_all(&buf)?;
                o.flush()
            }
            Handle::File(f) => f.write_all(&buf),
            _ => Ok(()),
        }
    }

    fn fill(&mut self) -> std::io::Result<usize> {
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let mut chunk = vec![0u8; 65536];
        let n = match &mut self.handle {
            Handle::Stdin => std::io::stdin().lock().read(&mut chunk)?,
            Handle::File(f) => f.read(&mut chunk)?,
            _ => 0,
        };
        if n == 0 {
            self.eof = true;
        }
        self.rbuf.extend_from_slice(&chunk[..n]);
        Ok(n)
    }

    fn read_all(&mut self) -> std::io::Result<Vec<u8>> {
        while !self.eof {
            self.fill()?;
        }
        let out = self.rbuf[self.rpos..].to_vec();
        self.rbuf.clear();
        self.rpos = 0;
        Ok(out)
    }

    fn read_line(&mut self) -> std::io::Result<Vec<u8>> {
        loop {
            if let Some(i) = self.rbuf[self.rpos..].iter().position(|b| *b == b'\n') {
                let end = self.rpos + i + 1;
                let line = self.rbuf[self.rpos..end].to_vec();
                self.rpos = end;
                return Ok(line);
            }
            if self.eof {
                let line = self.rbuf[self.rpos..].to_vec();
                self.rpos = self.rbuf.len();
                return Ok(line);
            }
            self.fill()?;
        }
    }

    fn read_line_limit(&mut self, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        let Some(limit) = limit else {
            return self.read_line();
        };
        loop {
            let avail = &self.rbuf[self.rpos..];
            let nl = avail.iter().take(limit).position(|b| *b == b'\n');
            if nl.is_some() || avail.len() >= limit || self.eof {
                let end = self.rpos + nl.map_or(limit.min(avail.len()), |i| i + 1);
                let line = self.rbuf[self.rpos..end].to_vec();
                self.rpos = end;
                return Ok(line);
            }
            self.fill()?;
        }
    }

    fn read_n(&mut self, n: usize) -> std::io::Result<Vec<u8>> {
        while self.rbuf.len() - self.rpos < n && !self.eof {
            self.fill()?;
        }
        let end = (self.rpos + n).min(self.rbuf.len());
        let out = self.rbuf[self.rpos..end].to_vec();
        self.rpos = end;
        Ok(out)
    }
}

/// Writes text to a file object (fast path for our own files, else `.write()`).
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    if let Ok(f) = file_of(vm, file) {
        let r = f.with(vm, |st| {
            if matches!(st.handle, Handle::Closed) {
                return Err(None);
            }
            if !st.writable {
                return Err(Some("not writable"));
            }
            st.wbuf.extend_from_slice(s.as_bytes());
            Ok((st.line_buffered && s.contains('\n')) || st.wbuf.len() > 65536)
        });
        let r = match r {
            Ok(true) => f
                .blocking(vm, |st| st.flush_raw())
                .map_err(|_| Some("write failed")),
            Ok(false) => Ok(()),
            Err(e) => Err(e),
        };
        return match r {
            Ok(()) => Ok(()),
            Err(None) => Err(closed_error(vm)),
            Err(Some(m)) => Err(vm.new_exception_msg(&types().exc.os_error, m.to_string())),
        };
    }
    vm.call_method(file, "write", &[new_str(s)])?;
    Ok(())
}

pub fn flush_file(vm: &mut Vm, file: &Value) -> PyResult<()> {
    if let Ok(f) = file_of(vm, file) {
        let _ = f.blocking(vm, |st| st.flush_raw());
        return Ok(());
    }
    if let Some(fl) = vm.get_attr_opt(file, "flush")? {
        vm.call(&fl, &[])?;
    }
    Ok(())
}

fn sys_attr(vm: &mut Vm, name: &str) -> Value {
    let sys = Value::Obj(crate::vm::runtime().sys.clone());
    vm.get_attr_opt(&sys, name)
        .ok()
        .flatten()
        .unwrap_or(Value::None)
}

/// Writes to sys.stderr (falling back to the process's stderr).
pub fn write_stderr(vm: &mut Vm, s: &str) {
    let err = sys_attr(vm, "stderr");
    if err.is_none() || write_to(vm, &err, s).is_err() {
        let _ = std::io::stderr().write_all(s.as_bytes());
    }
    let _ = flush_file(vm, &err);
}

/// Flushes sys.stdout and sys.stderr (at exit).
pub fn flush_std(vm: &mut Vm) {
    for n in ["stdout", "stderr"] {
        let f = sys_attr(vm, n);
        if !f.is_none() {
            let _ = flush_file(vm, &f);
        }
    }
}

/// The REPL's echo.
pub fn displayhook(vm: &mut Vm, v: &Value) -> PyResult<()> {
    if v.is_none() {
        return Ok(());
    }
    let r = vm.repr_string(v)?;
    let out = sys_attr(vm, "stdout");
    write_to(vm, &out, &format!("{r}\n"))?;
    let b = Value::Obj(crate::vm::runtime().builtins.clone());
    vm.set_attr(&b, &super::intern("_"), v.clone())?;
    Ok(())
}

pub fn builtin_print(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kw() {
        match k {
            "sep" => {
                if !v.is_none() {
                    if !super::is_str(v) {
                        return Err(vm.new_type_error(format!(
                            "sep must be None or a string, not {}",
                            vm.type_name(v)
                        )));
                    }
                    sep = str_of(v).to_string();
                }
            }
            "end" => {
                if !v.is_none() {
                    if !super::is_str(v) {
                        return Err(vm.new_type_error(format!(
                            "end must be None or a string, not {}",
                            vm.type_name(v)
                        )));
                    }
                    end = str_of(v).to_string();
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.is_true(v)?,
            _ => {
                return Err(
                    vm.new_type_error(format!("'{k}' is an invalid keyword argument for print()"))
                )
            }
        }
    }
    if file.is_none() {
        file = sys_attr(vm, "stdout");
        if file.is_none() {
            return Ok(Value::None);
        }
    }
    if file_of(vm, &file).is_err() {
        for (i, a) in args.pos().iter().enumerate() {
            if i > 0 {
                vm.call_method(&file, "write", &[new_str(sep.as_str())])?;
            }
            let s = vm.str(a)?;
            vm.call_method(&file, "write", &[s])?;
        }
        vm.call_method(&file, "write", &[new_str(end.as_str())])?;
        if flush {
            flush_file(vm, &file)?;
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, a) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a {
            Value::Obj(o)
                if matches!(o.payload, Payload::Str(_)) && crate::types::is_exact_builtin(o) =>
            {
                out.push_str(str_of(a))
            }
            Value::Int(i) => out.push_str(&i.to_string()),
            _ => {
                let s = vm.str(a)?;
                out.push_str(str_of(&s));
            }
        }
    }
    out.push_str(&end);
    write_to(vm, &file, &out)?;
    if flush {
        flush_file(vm, &file)?;
    }
    Ok(Value::None)
}

pub fn builtin_input(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if let Some(p) = args.pos().first() {
        let s = vm.str_string(p)?;
        let out = sys_attr(vm, "stdout");
        write_to(vm, &out, &s)?;
        flush_file(vm, &out)?;
    } else {
        let out = sys_attr(vm, "stdout");
        flush_file(vm, &out)?;
    }
    let inp = sys_attr(vm, "stdin");
    let line = vm.call_method(&inp, "readline", &[])?;
    let s = str_of(&line).to_string();
    if s.is_empty() {
        return Err(vm.new_exception_msg(
            &types().exc.eof_error,
            "EOF when reading a line".to_string(),
        ));
    }
    Ok(new_str(s.strip_suffix('\n').unwrap_or(&s)))
}

/// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
pub fn builtin_open(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = bind_native(
        vm,
        &args,
        "open",
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
    )?;
    let name_v = a[0].clone();
    let fd = match &name_v {
        Value::Int(i) => Some(*i),
        _ => None,
    };
    let path = if let Some(fd) = fd {
        if fd < 0 {
            return Err(vm.new_value_error("negative file descriptor".to_string()));
        }
        String::new()
    } else if super::is_str(&name_v) {
        str_of(&name_v).to_string()
    } else if let Some(b) = super::bytes::bytes_data(&name_v) {
        String::from_utf8_lossy(&b).into_owned()
    } else if let Some(fp) = vm.get_attr_opt(&name_v, "__fspath__")? {
        let r = vm.call(&fp, &[])?;
        str_of(&r).to_string()
    } else {
        return Err(vm.new_type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(&name_v)
        )));
    };
    let mode = if a[1].is_null() {
        "r".to_string()
    } else {
        str_of(&a[1]).to_string()
    };
    let valid = mode.chars().all(|c| "rwaxbt+U".contains(c))
        && mode.chars().filter(|c| "rwax".contains(*c)).count() == 1;
    if !valid {
        return Err(vm.new_value_error(format!("invalid mode: '{mode}'")));
    }
    let binary = mode.contains('b');
    if binary && !a[3].is_null() && !a[3].is_none() {
        return Err(vm.new_value_error("binary mode doesn't take an encoding argument".to_string()));
    }
    let plus = mode.contains('+');
    let mut oo = std::fs::OpenOptions::new();
    let (readable, writable) = if mode.contains('r') {
        oo.read(true);
        if plus {
            oo.write(true);
        }
        (true, plus)
    } else if mode.contains('w') {
        oo.write(true).create(true).truncate(true);
        if plus {
            oo.read(true);
        }
        (plus, true)
    } else if mode.contains('a') {
        oo.append(true).create(true);
        if plus {
            oo.read(true);
        }
        (plus, true)
    } else {
        oo.write(true).create_new(true);
        if plus {
            oo.read(true);
        }
        (plus, true)
    };
    let keep_fd = !a[6].is_null() && !vm.is_true(&a[6])?;
    let file = match fd {
        Some(fd) => {
            // SAFETY: fcntl(F_GETFD) only checks that the descriptor exists.
            if unsafe { libc::fcntl(fd as i32, libc::F_GETFD) } < 0 {
                let e = std::io::Error::last_os_error();
                return Err(os_error_from_io(vm, &e, None));
            }
            use std::os::unix::io::FromRawFd;
            // SAFETY: the descriptor is open (checked above); the file object
            // owns it from here, unless closefd=False (then `keep_fd` makes
            // the state give it back instead of closing it).
            unsafe { std::fs::File::from_raw_fd(fd as i32) }
        }
        None => {
            if keep_fd {
                return Err(
                    vm.new_value_error("Cannot use closefd=False with file name".to_string())
                );
            }
            oo.open(&path)
                .map_err(|e| os_error_from_io(vm, &e, Some(&path)))?
        }
    };
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error_from_io(vm, &e, Some(&path)));
    }
    let mut file = file;
    if mode.contains('a') {
        // As CPython: an appending file starts at its end (tell() says so).
        let _ = file.seek(SeekFrom::End(0));
    }
    let norm_mode = if binary {
        // The binary file objects report a canonical mode, as CPython's
        // buffered files: 'rb', 'wb', 'ab', 'xb', or with '+' as 'rb+' ...
        let base = if mode.contains('r') {
            if plus {
                "rb+"
            } else {
                "rb"
            }
        } else if mode.contains('w') {
            if plus {
                "rb+"
            } else {
                "wb"
            }
        } else if mode.contains('a') {
            if plus {
                "ab+"
            } else {
                "ab"
            }
        } else if plus {
            "rb+"
        } else {
            "xb"
        };
        base.to_string()
    } else {
        mode.replace('t', "")
    };
    let encoding = if a[3].is_null() || a[3].is_none() {
        "utf-8".to_string()
    } else {
        str_of(&a[3]).to_string()
    };
    let errors = if a[4].is_null() || a[4].is_none() {
        "strict".to_string()
    } else {
        str_of(&a[4]).to_string()
    };
    let newline = if a[5].is_null() || a[5].is_none() {
        None
    } else {
        let n = str_of(&a[5]).to_string();
        if !["", "\n", "\r", "\r\n"].contains(&n.as_str()) {
            let r = vm.repr_string(&a[5])?;
            return Err(vm.new_value_error(format!("illegal newline value: {r}")));
        }
        Some(n)
    };
    if !binary {
        // Fail early on an unknown codec, as CPython does.
        super::bytes::decode(vm, b"", &encoding, "strict")?;
    }
    Ok(new_file_object(FileState {
        handle: Handle::File(file),
        name: name_v,
        mode: norm_mode,
        binary,
        readable,
        writable,
        line_buffered: false,
        wbuf: Vec::new(),
        rbuf: Vec::new(),
        rpos: 0,
        eof: false,
        encoding,
        errors,
        newline,
        text: None,
        text_base: 0,
        text_crlf: Vec::new(),
        text_tell: (0, 0),
        keep_fd,
    }))
}

fn decode_text(vm: &mut Vm, bytes: Vec<u8>) -> PyResult<Value> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(new_str(s.replace("\r\n", "\n"))),
        Err(e) => super::bytes::decode(vm, e.as_bytes(), "utf-8", "strict"),
    }
}

fn io_call<T>(
    vm: &mut Vm,
    this: &Value,
    f: impl FnOnce(&mut FileState) -> Result<T, std::io::Error>,
    need: &str,
) -> PyResult<(T, bool)> {
    let fo = file_of(vm, this)?;
    let r = fo.blocking(vm, |st| {
        if matches!(st.handle, Handle::Closed) {
            return Err(None);
        }
        if need == "r" && !st.readable {
            return Err(Some("read"));
        }
        if need == "w" && !st.writable {
            return Err(Some("write"));
        }
        let binary = st.binary;
        f(st).map(|v| (v, binary)).map_err(|_| Some("io"))
    });
    match r {
        Ok(v) => Ok(v),
        Err(None) => Err(closed_error(vm)),
        Err(Some("read")) => {
            Err(vm.new_exception_msg(&unsupported_operation(), "not readable".to_string()))
        }
        Err(Some("write")) => {
            Err(vm.new_exception_msg(&unsupported_operation(), "not writable".to_string()))
        }
        Err(Some(_)) => Err(vm.new_exception_msg(&types().exc.os_error, "I/O error".to_string())),
    }
}

/// io.UnsupportedOperation (an OSError and ValueError).
pub fn unsupported_operation() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let e = &types().exc;
        let t = super::types::new_type_object(
            &types().type_,
            "UnsupportedOperation",
            crate::types::Layout::Exception,
            Some(&e.os_error),
            true,
        );
        if let Payload::Type(td) = &t.payload {
            td.bases
                .set(vec![e.os_error.clone(), e.value_error.clone()]);
            if let Ok(m) =
                crate::types::compute_mro(&t, &[e.os_error.clone(), e.value_error.clone()])
            {
                td.mro.set(m);
            }
        }
        if let Some(d) = t.dict.get() {
            d.set_type_raw_if_null(types().dict.clone());
            super::dict_set_str(&d, "__module__", new_str("io"));
        }
        t
    })
    .clone()
}

/// Whether a file is a text file opened with open() (decoded as a whole).
fn is_text_file(vm: &mut Vm, this: &Value) -> PyResult<bool> {
    let fo = file_of(vm, this)?;
    Ok(fo.with(vm, |st| !st.binary && matches!(st.handle, Handle::File(_))))
}

/// Decodes the rest of a text file once, applying its newline mode.
fn load_text(vm: &mut Vm, this: &Value) -> PyResult<()> {
    let fo = file_of(vm, this)?;
    if fo.with(vm, |st| st.text.is_some()) {
        return Ok(());
    }
    let ((base, data), _) = io_call(
        vm,
        this,
        |st| {
            st.flush_raw()?;
            let unread = (st.rbuf.len() - st.rpos) as u64;
            let base = match &mut st.handle {
                Handle::File(f) => f.stream_position()?.saturating_sub(unread),
                _ => 0,
            };
            Ok((base, st.read_all()?))
        },
        "r",
    )?;
    let (enc, errors, newline) = fo.with(vm, |st| {
        (st.encoding.clone(), st.errors.clone(), st.newline.clone())
    });
    let decoded = super::bytes::decode(vm, &data, &enc, &errors)?;
    let text = str_of(&decoded);
    let mut chars: Vec<char> = Vec::with_capacity(text.len());
    let mut crlf = Vec::new();
    if newline.is_none() {
        // Universal newlines: "\r\n" and "\r" read as "\n".
        let mut it = text.chars().peekable();
        while let Some(c) = it.next() {
            if c == '\r' {
                if it.peek() == Some(&'\n') {
                    it.next();
                    crlf.push(chars.len());
                }
                chars.push('\n');
            } else {
                chars.push(c);
            }
        }
    } else {
        chars.extend(text.chars());
    }
    fo.with(vm, |st| {
        st.text = Some((chars, 0));
        st.text_base = base;
        st.text_crlf = crlf;
        st.text_tell = (0, base);
    });
    Ok(())
}

/// tell() of a text file being read: the byte position of its read
/// position (what `seek` takes back), computed from the last tell.
fn text_tell(vm: &mut Vm, this: &Value) -> PyResult<Option<u64>> {
    let fo = file_of(vm, this)?;
    let (prefix, from, enc, errors) = match fo.with(vm, |st| {
        let (chars, pos) = st.text.as_ref()?;
        let (last_chars, last_bytes) = st.text_tell;
        let (from, start_bytes) = if last_chars <= *pos {
            (last_chars, last_bytes)
        } else {
            (0, st.text_base)
        };
        // "\r\n" read as one '\n': one more byte each.
        let crlf = st
            .text_crlf
            .iter()
            .filter(|i| **i >= from && **i < *pos)
            .count() as u64;
        Some((
            chars[from..*pos].iter().collect::<String>(),
            (from, start_bytes + crlf, *pos),
            st.encoding.clone(),
            st.errors.clone(),
        ))
    }) {
        Some(v) => v,
        None => return Ok(None),
    };
    let (_, start, pos) = from;
    let norm = enc.to_ascii_lowercase().replace(['-', '_'], "");
    let n = match norm.as_str() {
        "utf8" => prefix.len() as u64,
        "latin1" | "iso88591" | "ascii" | "usascii" => prefix.chars().count() as u64,
        _ => {
            let b = super::bytes::encode(vm, &prefix, &enc, &errors)?;
            super::bytes::bytes_data(&b).map(|d| d.len()).unwrap_or(0) as u64
        }
    };
    let at = start + n;
    fo.with(vm, |st| st.text_tell = (pos, at));
    Ok(Some(at))
}

/// Reads from a loaded text file: `n` characters (None: all), or one line.
fn text_take(vm: &mut Vm, this: &Value, n: Option<usize>, line: bool) -> PyResult<Value> {
    load_text(vm, this)?;
    let fo = file_of(vm, this)?;
    let s: String = fo.with(vm, |st| {
        let newline = st.newline.clone();
        let (chars, pos) = match &mut st.text {
            Some(t) => (&t.0, &mut t.1),
            None => return String::new(),
        };
        let rest = &chars[*pos..];
        let end = if line {
            let mut end = rest.len();
            for (i, c) in rest.iter().enumerate() {
                let stop = match newline.as_deref() {
                    None | Some("\n") => *c == '\n',
                    Some("\r") => *c == '\r',
                    Some("\r\n") => *c == '\n' && i > 0 && rest[i - 1] == '\r',
                    _ => {
                        if *c == '\r' {
                            end = if rest.get(i + 1) == Some(&'\n') {
                                i + 2
                            } else {
                                i + 1
                            };
                            break;
                        }
                        *c == '\n'
                    }
                };
                if stop {
                    end = i + 1;
                    break;
                }
            }
            match n {
                Some(n) => end.min(n),
                None => end,
            }
        } else {
            n.map(|n| n.min(rest.len())).unwrap_or(rest.len())
        };
        let out: String = rest[..end].iter().collect();
        *pos += end;
        out
    });
    Ok(new_str(s))
}

fn f_read(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    if is_text_file(vm, &this)? {
        let n = match args.args.get(1) {
            Some(Value::Int(n)) if *n >= 0 => Some(*n as usize),
            _ => None,
        };
        return text_take(vm, &this, n, false);
    }
    let n = match args.args.get(1) {
        Some(Value::Int(n)) if *n >= 0 => Some(*n as usize),
        _ => None,
    };
    let (data, binary) = io_call(
        vm,
        &this,
        |st| {
            st.flush_raw()?;
            match n {
                None => st.read_all(),
                Some(n) if st.binary => st.read_n(n),
                Some(n) => {
                    // n characters: read bytes until n code points are complete.
                    let mut out = Vec::new();
                    let mut chars = 0;
                    while chars < n {
                        let b = st.read_n(1)?;
                        if b.is_empty() {
                            break;
                        }
                        if b[0] & 0xc0 != 0x80 {
                            chars += 1;
                        }
                        out.extend(b);
                    }
                    // Pull continuation bytes of the last character.
                    loop {
                        if st.rpos < st.rbuf.len() && st.rbuf[st.rpos] & 0xc0 == 0x80 {
                            out.push(st.rbuf[st.rpos]);
                            st.rpos += 1;
                        } else {
                            break;
                        }
                    }
                    Ok(out)
                }
            }
        },
        "r",
    )?;
    if binary {
        Ok(new_bytes(data))
    } else {
        decode_text(vm, data)
    }
}

/// A size argument: None or negative means no limit.
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => {
            let n = super::arg_index(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
        Some(v @ Value::Obj(o))
            if matches!(o.payload, Payload::Int(_))
                || crate::types::lookup(o.type_ref(), &super::names().__index__).is_some() =>
        {
            let n = super::arg_index(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
        Some(v) => Err(vm.new_type_error(format!(
            "argument should be integer or None, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn f_readline(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let limit = size_arg(vm, args.args.get(1))?;
    if is_text_file(vm, &this)? {
        return text_take(vm, &this, limit, true);
    }
    let (data, binary) = io_call(vm, &this, |st| st.read_line_limit(limit), "r")?;
    if binary {
        Ok(new_bytes(data))
    } else {
        decode_text(vm, data)
    }
}

fn f_readlines(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let hint = size_arg(vm, args.args.get(1))?.filter(|h| *h > 0);
    let mut out = Vec::new();
    let mut total = 0usize;
    let text = is_text_file(vm, &this)?;
    loop {
        if hint.is_some_and(|h| total >= h) {
            break;
        }
        let l = if text {
            text_take(vm, &this, None, true)?
        } else {
            let (data, binary) = io_call(vm, &this, |st| st.read_line(), "r")?;
            if binary {
                new_bytes(data)
            } else {
                decode_text(vm, data)?
            }
        };
        let n = match &l {
            v if super::is_str(v) => str_of(v).chars().count(),
            v => super::bytes::bytes_data(v).map(|d| d.len()).unwrap_or(0),
        };
        if n == 0 {
            break;
        }
        total += n;
        out.push(l);
    }
    Ok(new_list(out))
}

/// `readinto(b)`: reads up to len(b) bytes into a writable buffer.
fn f_readinto(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let target = args.args.get(1).cloned().unwrap_or(Value::None);
    let len = match &target {
        Value::Obj(o) => match &o.payload {
            Payload::ByteArray(b) => Some(b.with(|v| v.len())),
            Payload::Native(n) if n.buffer_writable() => {
                let mut len = 0;
                n.with_buffer_mut(&mut |buf| len = buf.len()).then_some(len)
            }
            _ => None,
        },
        _ => None,
    };
    let Some(len) = len else {
        return Err(vm.new_type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            vm.type_name(&target)
        )));
    };
    let (data, binary) = io_call(vm, &this, |st| st.read_n(len), "r")?;
    if !binary {
        return Err(vm.new_exception_msg(&unsupported_operation(), "readinto".to_string()));
    }
    let n = data.len();
    if let Value::Obj(o) = &target {
        match &o.payload {
            Payload::ByteArray(b) => b.with(|v| {
                let k = n.min(v.len());
                v[..k].copy_from_slice(&data[..k]);
            }),
            Payload::Native(nd) => {
                nd.with_buffer_mut(&mut |buf| {
                    let k = n.min(buf.len());
                    buf[..k].copy_from_slice(&data[..k]);
                });
            }
            _ => {}
        }
    }
    Ok(Value::Int(n as i64))
}

fn f_next(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    if is_text_file(vm, &this)? {
        let l = text_take(vm, &this, None, true)?;
        if str_of(&l).is_empty() {
            return Err(vm.new_exception_empty(&types().exc.stop_iteration));
        }
        return Ok(l);
    }
    let (data, binary) = io_call(vm, &this, |st| st.read_line(), "r")?;
    if data.is_empty() {
        return Err(vm.new_exception_empty(&types().exc.stop_iteration));
    }
    if binary {
        Ok(new_bytes(data))
    } else {
        decode_text(vm, data)
    }
}

fn f_write(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let data = args.args.get(1).cloned().unwrap_or(Value::None);
    let fo = file_of(vm, &this)?;
    let binary = fo.with(vm, |st| st.binary);
    let (bytes, count) = if binary {
        match super::bytes::bytes_data(&data) {
            Some(b) => {
                let n = b.len();
                (b, n)
            }
            None => {
                return Err(vm.new_type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(&data)
                )))
            }
        }
    } else {
        if !super::is_str(&data) {
            return Err(vm.new_type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(&data)
            )));
        }
        let s = str_of(&data);
        let (enc, errors, newline, file) = fo.with(vm, |st| {
            (
                st.encoding.clone(),
                st.errors.clone(),
                st.newline.clone(),
                matches!(st.handle, Handle::File(_)),
            )
        });
        if file {
            let text = match newline.as_deref() {
                Some("\r") => s.replace('\n', "\r"),
                Some("\r\n") => s.replace('\n', "\r\n"),
                _ => s.to_string(),
            };
            let encoded = if enc.eq_ignore_ascii_case("utf-8") || enc.eq_ignore_ascii_case("utf8") {
                text.into_bytes()
            } else {
                let e = super::bytes::encode(vm, &text, &enc, &errors)?;
                super::bytes::bytes_data(&e).unwrap_or_default()
            };
            (encoded, s.chars().count())
        } else {
            (s.as_bytes().to_vec(), s.chars().count())
        }
    };
    // sys.stdout.buffer / sys.stderr.buffer: write through, after what the
    // text stream holds, so that the two stay in order.
    let std_binary = binary
        && fo.with(vm, |st| {
            matches!(st.handle, Handle::Stdout | Handle::Stderr)
        });
    if std_binary {
        let text = fo.with(vm, |st| matches!(st.handle, Handle::Stdout));
        let stream = sys_attr(vm, if text { "stdout" } else { "stderr" });
        if !stream.is(&this) {
            let _ = flush_file(vm, &stream);
        }
    }
    io_call(
        vm,
        &this,
        |st| {
            st.wbuf.extend_from_slice(&bytes);
            if std_binary || (st.line_buffered && bytes.contains(&b'\n')) || st.wbuf.len() > 65536 {
                st.flush_raw()?;
            }
            Ok(())
        },
        "w",
    )?;
    Ok(Value::Int(count as i64))
}

static STD_BUFFERS: [OnceLock<ObjRef>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// `sys.stdin.buffer` / `sys.stdout.buffer` / `sys.stderr.buffer`: binary
/// file objects over the same descriptors.
fn g_buffer(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fo = file_of(vm, v)?;
    let which = fo.with(vm, |st| match st.handle {
        Handle::Stdin if !st.binary => Some(0usize),
        Handle::Stdout if !st.binary => Some(1),
        Handle::Stderr if !st.binary => Some(2),
        _ => None,
    });
    let Some(which) = which else {
        let tn = vm.type_name(v);
        return Err(vm.new_exception_msg(
            &types().exc.attribute_error,
            format!("'{tn}' object has no attribute 'buffer'"),
        ));
    };
    let obj = STD_BUFFERS[which].get_or_init(|| {
        let (handle, name, mode) = match which {
            0 => (Handle::Stdin, "<stdin>", "rb"),
            1 => (Handle::Stdout, "<stdout>", "wb"),
            _ => (Handle::Stderr, "<stderr>", "wb"),
        };
        let f = new_file_object(FileState {
            handle,
            name: new_str(name),
            mode: mode.to_string(),
            binary: true,
            readable: which == 0,
            writable: which != 0,
            line_buffered: false,
            wbuf: Vec::new(),
            rbuf: Vec::new(),
            rpos: 0,
            eof: false,
            encoding: "utf-8".to_string(),
            errors: "strict".to_string(),
            newline: None,
            text: None,
            text_base: 0,
            text_crlf: Vec::new(),
            text_tell: (0, 0),
            keep_fd: false,
        });
        match f {
            Value::Obj(o) => {
                o.make_immortal();
                o
            }
            _ => crate::builtins::types().object.clone(),
        }
    });
    Ok(Value::Obj(obj.clone()))
}

fn f_writelines(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let lines = vm.iterate(args.args.get(1).unwrap_or(&Value::None))?;
    for l in lines {
        f_write(vm, FuncArgs::new(&[this.clone(), l]))?;
    }
    Ok(Value::None)
}

fn f_flush(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    io_call(vm, &this, |st| st.flush_raw(), "")?;
    Ok(Value::None)
}

fn f_close(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let fo = file_of(vm, &this)?;
    fo.with(vm, |st| {
        let _ = st.flush_raw();
        if matches!(st.handle, Handle::File(_)) {
            if let Handle::File(f) = std::mem::replace(&mut st.handle, Handle::Closed) {
                if st.keep_fd {
                    use std::os::unix::io::IntoRawFd;
                    let _ = f.into_raw_fd();
                }
            }
        }
    });
    Ok(Value::None)
}

fn f_del(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    f_close(vm, args)
}

fn f_fileno(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    use std::os::unix::io::AsRawFd;
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let (fd, _) = io_call(
        vm,
        &this,
        |st| {
            Ok(match &st.handle {
                Handle::Stdin => 0,
                Handle::Stdout => 1,
                Handle::Stderr => 2,
                Handle::File(f) => f.as_raw_fd() as i64,
                Handle::Closed => -1,
            })
        },
        "",
    )?;
    Ok(Value::Int(fd))
}

fn f_isatty(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let fd = f_fileno(vm, args)?;
    Ok(Value::Bool(
        matches!(fd, Value::Int(n) if isatty_fd(n as i32)),
    ))
}

fn f_readable(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let fo = file_of(vm, &this)?;
    Ok(Value::Bool(fo.with(vm, |st| st.readable)))
}

fn f_writable(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let fo = file_of(vm, &this)?;
    Ok(Value::Bool(fo.with(vm, |st| st.writable)))
}

fn f_seekable(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let fo = file_of(vm, &this)?;
    Ok(Value::Bool(
        fo.with(vm, |st| matches!(st.handle, Handle::File(_))),
    ))
}

fn f_seek(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let off = super::arg_index(vm, args.args.get(1).unwrap_or(&Value::Int(0)))?;
    let whence = match args.args.get(2) {
        Some(w) => super::arg_index(vm, w)?,
        None => 0,
    };
    let (pos, _) = io_call(
        vm,
        &this,
        |st| {
            st.flush_raw()?;
            let unread = (st.rbuf.len() - st.rpos) as i64;
            st.rbuf.clear();
            st.rpos = 0;
            st.eof = false;
            st.text = None;
            match &mut st.handle {
                Handle::File(f) => {
                    let p = match whence {
                        1 => SeekFrom::Current(off - unread),
                        2 => SeekFrom::End(off),
                        _ => SeekFrom::Start(off.max(0) as u64),
                    };
                    f.seek(p)
                }
                _ => Ok(0),
            }
        },
        "",
    )?;
    Ok(Value::Int(pos as i64))
}

fn f_tell(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    if let Some(p) = text_tell(vm, &this)? {
        return Ok(Value::Int(p as i64));
    }
    let (pos, _) = io_call(
        vm,
        &this,
        |st| {
            st.flush_raw()?;
            let unread = (st.rbuf.len() - st.rpos) as u64;
            match &mut st.handle {
                Handle::File(f) => f.stream_position().map(|p| p - unread),
                _ => Ok(0),
            }
        },
        "",
    )?;
    Ok(Value::Int(pos as i64))
}

fn f_truncate(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let size = args.args.get(1).cloned();
    let size = match size {
        Some(Value::Int(n)) => Some(n as u64),
        _ => None,
    };
    let (n, _) = io_call(
        vm,
        &this,
        |st| {
            st.flush_raw()?;
            match &mut st.handle {
                Handle::File(f) => {
                    let n = match size {
                        Some(n) => n,
                        None => f.stream_position()?,
                    };
                    f.set_len(n)?;
                    Ok(n)
                }
                _ => Ok(0),
            }
        },
        "w",
    )?;
    Ok(Value::Int(n as i64))
}

fn f_enter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let fo = file_of(vm, &this)?;
    if fo.with(vm, |st| matches!(st.handle, Handle::Closed)) {
        return Err(closed_error(vm));
    }
    Ok(this)
}

fn f_exit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    f_close(vm, FuncArgs::new(&args.args[..1]))?;
    Ok(Value::None)
}

fn f_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let fo = file_of(vm, &this)?;
    let (name, mode, binary) = fo.with(vm, |st| (st.name.clone(), st.mode.clone(), st.binary));
    let n = vm.repr_string(&name)?;
    if binary {
        let t = vm.type_name(&this);
        return Ok(new_str(format!("<_io.{t} name={n}>")));
    }
    Ok(new_str(format!(
        "<_io.TextIOWrapper name={n} mode='{mode}' encoding='utf-8'>"
    )))
}

fn g_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(file_of(vm, v)?.with(vm, |st| st.name.clone()))
}
fn g_mode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(file_of(vm, v)?.with(vm, |st| st.mode.clone())))
}
fn g_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        file_of(vm, v)?.with(vm, |st| matches!(st.handle, Handle::Closed)),
    ))
}
fn g_encoding(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = file_of(vm, v)?.with(vm, |st| st.encoding.clone());
    Ok(new_str(e))
}
fn g_errors(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = file_of(vm, v)?.with(vm, |st| st.errors.clone());
    Ok(new_str(e))
}
