//! The `posix` module: the operating-system calls under `os` (lib/os.py),
//! with CPython 3.11's results and OSError subclasses.
//!
//! Paths are str, bytes or os.PathLike objects; functions that return names
//! return bytes when given a bytes path. Not provided: fork/waitpid/exec,
//! dir_fd arguments, extended attributes.

use baton_vm::builtins::{self, new_bytes, new_list, new_str, new_tuple, types};
use baton_vm::object::Payload;
use baton_vm::{FuncArgs, ObjRef, PyResult, Value, Vm};
use std::ffi::{CString, OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};

// ---- argument helpers -------------------------------------------------------------

/// A path argument: its bytes, whether it was given as bytes, and its text for messages.
struct PathArg {
    bytes: Vec<u8>,
    is_bytes: bool,
}

impl PathArg {
    fn os(&self) -> &OsStr {
        OsStr::from_bytes(&self.bytes)
    }
    fn display(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
    fn cstring(&self, vm: &mut Vm) -> PyResult<CString> {
        CString::new(self.bytes.clone())
            .map_err(|_| vm.new_value_error("embedded null byte".to_string()))
    }
    /// A name in the same kind (str or bytes) as this path.
    fn name_value(&self, name: &[u8]) -> Value {
        if self.is_bytes {
            new_bytes(name.to_vec())
        } else {
            new_str(String::from_utf8_lossy(name).into_owned())
        }
    }
}

fn fspath_value(vm: &mut Vm, v: &Value, fname: &str, what: &str) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::Str(_) | Payload::Bytes(_) => return Ok(v.clone()),
            _ => {
                let name = builtins::intern("__fspath__");
                if let Some(f) = baton_vm::types::lookup(o.type_ref(), &name) {
                    let r = vm.call(&f, std::slice::from_ref(v))?;
                    if let Value::Obj(ro) = &r {
                        if matches!(ro.payload, Payload::Str(_) | Payload::Bytes(_)) {
                            return Ok(r);
                        }
                    }
                    let (tn, rn) = (vm.type_name(v), vm.type_name(&r));
                    return Err(vm.new_type_error(format!(
                        "expected {tn}.__fspath__() to return str or bytes, not {rn}"
                    )));
                }
            }
        }
    }
    let tn = vm.type_name(v);
    let msg = if fname.is_empty() {
        format!("expected str, bytes or os.PathLike object, not {tn}")
    } else {
        {
            let kinds = match fname {
                "stat" | "lstat" | "chdir" | "chmod" | "utime" => {
                    "string, bytes, os.PathLike or integer"
                }
                "listdir" | "scandir" => "string, bytes, os.PathLike, integer or None",
                _ => "string, bytes or os.PathLike",
            };
            format!("{fname}: {what} should be {kinds}, not {tn}")
        }
    };
    Err(vm.new_type_error(msg))
}

fn path_arg(vm: &mut Vm, v: &Value, fname: &str, what: &str) -> PyResult<PathArg> {
    let p = fspath_value(vm, v, fname, what)?;
    match &p {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Ok(PathArg {
                bytes: s.as_str().as_bytes().to_vec(),
                is_bytes: false,
            }),
            Payload::Bytes(b) => Ok(PathArg {
                bytes: b.to_vec(),
                is_bytes: true,
            }),
            _ => Err(vm.new_type_error(format!("{fname}: bad path"))),
        },
        _ => Err(vm.new_type_error(format!("{fname}: bad path"))),
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    builtins::arg_index(vm, v)
}

fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let n = int_arg(vm, v)?;
    libc::c_int::try_from(n).map_err(|_| vm.new_overflow_error("fd is out of range"))
}

fn io_err(vm: &mut Vm, e: std::io::Error, p: Option<&PathArg>) -> baton_vm::PyErr {
    let d = p.map(|p| p.display());
    vm.new_os_error(&e, d.as_deref())
}

fn last_err(vm: &mut Vm, p: Option<&PathArg>) -> baton_vm::PyErr {
    io_err(vm, std::io::Error::last_os_error(), p)
}

fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    builtins::bytes::buffer(v).map(|c| c.into_owned())
}

fn none() -> PyResult<Value> {
    Ok(Value::None)
}

/// The single required path argument of `fname`.
fn one_path(vm: &mut Vm, args: &FuncArgs, fname: &str) -> PyResult<PathArg> {
    let a = builtins::bind_native(vm, args, fname, &["path"], 1)?;
    path_arg(vm, &a[0], fname, "path")
}

// ---- directories and files ----------------------------------------------------------

fn getcwd(vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(new_str(p.to_string_lossy().into_owned())),
        Err(e) => Err(io_err(vm, e, None)),
    }
}

fn getcwdb(vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(new_bytes(p.into_os_string().into_vec())),
        Err(e) => Err(io_err(vm, e, None)),
    }
}

fn chdir(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = one_path(vm, &args, "chdir")?;
    std::env::set_current_dir(p.os()).map_err(|e| io_err(vm, e, Some(&p)))?;
    none()
}

fn listdir(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "listdir", &["path"], 0)?;
    let p = if a[0].is_null() || matches!(a[0], Value::None) {
        PathArg {
            bytes: b".".to_vec(),
            is_bytes: false,
        }
    } else {
        path_arg(vm, &a[0], "listdir", "path")?
    };
    let rd = std::fs::read_dir(p.os()).map_err(|e| io_err(vm, e, Some(&p)))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| io_err(vm, e, Some(&p)))?;
        out.push(p.name_value(ent.file_name().as_bytes()));
    }
    Ok(new_list(out))
}

fn mkdir(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "mkdir", &["path", "mode", "dir_fd"], 1)?;
    let p = path_arg(vm, &a[0], "mkdir", "path")?;
    let mode = if a[1].is_null() {
        0o777
    } else {
        int_arg(vm, &a[1])?
    };
    let c = p.cstring(vm)?;
    // SAFETY: `c` is a valid NUL-terminated string for the duration of the call.
    if unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) } != 0 {
        return Err(last_err(vm, Some(&p)));
    }
    none()
}

fn rmdir(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = one_path(vm, &args, "rmdir")?;
    std::fs::remove_dir(p.os()).map_err(|e| io_err(vm, e, Some(&p)))?;
    none()
}

fn remove(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = one_path(vm, &args, "remove")?;
    let c = p.cstring(vm)?;
    // SAFETY: `c` is a valid NUL-terminated string.
    if unsafe { libc::unlink(c.as_ptr()) } != 0 {
        return Err(last_err(vm, Some(&p)));
    }
    none()
}

fn unlink(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = one_path(vm, &args, "unlink")?;
    let c = p.cstring(vm)?;
    // SAFETY: `c` is a valid NUL-terminated string.
    if unsafe { libc::unlink(c.as_ptr()) } != 0 {
        return Err(last_err(vm, Some(&p)));
    }
    none()
}

fn do_rename(vm: &mut Vm, args: FuncArgs, fname: &str) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, fname, &["src", "dst"], 2)?;
    let s = path_arg(vm, &a[0], fname, "src")?;
    let d = path_arg(vm, &a[1], fname, "dst")?;
    if let Err(e) = std::fs::rename(s.os(), d.os()) {
        // CPython: [Errno 2] No such file or directory: 'src' -> 'dst'
        let errno = e.raw_os_error().unwrap_or(0) as i64;
        let msg = baton_vm::builtins::io::strerror(errno as i32);
        let t = Value::Obj(types().exc.os_error.clone());
        let ex = vm.call(
            &t,
            &[
                Value::Int(errno),
                new_str(msg),
                new_str(s.display()),
                Value::Int(0),
                new_str(d.display()),
            ],
        )?;
        return match ex {
            Value::Obj(o) => Err(baton_vm::PyErr(o)),
            _ => Err(io_err(vm, e, Some(&s))),
        };
    }
    none()
}

fn rename(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    do_rename(vm, args, "rename")
}
fn replace(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    do_rename(vm, args, "replace")
}

fn symlink(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(
        vm,
        &args,
        "symlink",
        &["src", "dst", "target_is_directory", "dir_fd"],
        2,
    )?;
    let s = path_arg(vm, &a[0], "symlink", "src")?;
    let d = path_arg(vm, &a[1], "symlink", "dst")?;
    std::os::unix::fs::symlink(s.os(), d.os()).map_err(|e| io_err(vm, e, Some(&d)))?;
    none()
}

fn readlink(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = one_path(vm, &args, "readlink")?;
    let r = std::fs::read_link(p.os()).map_err(|e| io_err(vm, e, Some(&p)))?;
    Ok(p.name_value(r.as_os_str().as_bytes()))
}

fn chmod(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(
        vm,
        &args,
        "chmod",
        &["path", "mode", "dir_fd", "follow_symlinks"],
        2,
    )?;
    let p = path_arg(vm, &a[0], "chmod", "path")?;
    let mode = int_arg(vm, &a[1])?;
    let c = p.cstring(vm)?;
    // SAFETY: `c` is a valid NUL-terminated string.
    if unsafe { libc::chmod(c.as_ptr(), mode as libc::mode_t) } != 0 {
        return Err(last_err(vm, Some(&p)));
    }
    none()
}

fn utime(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(
        vm,
        &args,
        "utime",
        &["path", "times", "ns", "dir_fd", "follow_symlinks"],
        1,
    )?;
    let p = path_arg(vm, &a[0], "utime", "path")?;
    let c = p.cstring(vm)?;
    let mut ts = [
        libc::timespec {
            tv_sec: 0,
            tv_nsec: libc::UTIME_NOW,
        },
        libc::timespec {
            tv_sec: 0,
            tv_nsec: libc::UTIME_NOW,
        },
    ];
    let set = |ts: &mut libc::timespec, ns: i128| {
        ts.tv_sec = ns.div_euclid(1_000_000_000) as libc::time_t;
        ts.tv_nsec = ns.rem_euclid(1_000_000_000) as libc::c_long;
    };
    if !a[1].is_null() && !matches!(a[1], Value::None) {
        let items = match &a[1] {
            Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => builtins::seq_items(o),
            _ => Vec::new(),
        };
        if items.len() != 2 {
            return Err(vm.new_type_error(
                "utime: 'times' must be either a tuple of two ints or None".to_string(),
            ));
        }
        for (i, v) in items.iter().enumerate() {
            let f = match v {
                Value::Int(n) => *n as f64,
                Value::Float(f) => *f,
                Value::Bool(b) => *b as i64 as f64,
                _ => int_arg(vm, v)? as f64,
            };
            set(&mut ts[i], (f * 1e9).round() as i128);
        }
    } else if !a[2].is_null() && !matches!(a[2], Value::None) {
        let items = match &a[2] {
            Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => builtins::seq_items(o),
            _ => Vec::new(),
        };
        if items.len() != 2 {
            return Err(vm.new_type_error("utime: 'ns' must be a tuple of two ints".to_string()));
        }
        for (i, v) in items.iter().enumerate() {
            let n = int_arg(vm, v)?;
            set(&mut ts[i], n as i128);
        }
    }
    // SAFETY: `c` is a valid C string and `ts` two valid timespecs.
    if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ts.as_ptr(), 0) } != 0 {
        return Err(last_err(vm, Some(&p)));
    }
    none()
}

// ---- stat ---------------------------------------------------------------------------------

const STAT_FIELDS: &[&str] = &[
    "st_mode",
    "st_ino",
    "st_dev",
    "st_nlink",
    "st_uid",
    "st_gid",
    "st_size",
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
];

#[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
fn stat_values(st: &libc::stat) -> Vec<Value> {
    let ns = |s: i64, n: i64| Value::Int(s.saturating_mul(1_000_000_000).saturating_add(n));
    let f = |s: i64, n: i64| Value::Float(s as f64 + n as f64 * 1e-9);
    let (a, an) = (st.st_atime as i64, st.st_atime_nsec as i64);
    let (m, mn) = (st.st_mtime as i64, st.st_mtime_nsec as i64);
    let (c, cn) = (st.st_ctime as i64, st.st_ctime_nsec as i64);
    vec![
        Value::Int(st.st_mode as i64),
        Value::Int(st.st_ino as i64),
        Value::Int(st.st_dev as i64),
        Value::Int(st.st_nlink as i64),
        Value::Int(st.st_uid as i64),
        Value::Int(st.st_gid as i64),
        Value::Int(st.st_size as i64),
        f(a, an),
        f(m, mn),
        f(c, cn),
        ns(a, an),
        ns(m, mn),
        ns(c, cn),
        Value::Int(st.st_blksize as i64),
        Value::Int(st.st_blocks as i64),
        Value::Int(st.st_rdev as i64),
    ]
}

fn make_stat_result(vm: &mut Vm, st: &libc::stat) -> PyResult<Value> {
    let vals = stat_values(st);
    if let Ok(m) = baton_vm::import::import_module(vm, "posix") {
        if let Ok(t) = vm.get_attr_str(&m, "stat_result") {
            return vm.call(&t, &[new_tuple(vals)]);
        }
    }
    baton_vm::stdlib_sys::make_struct_seq(vm, "os.stat_result", "os", STAT_FIELDS, vals)
}

fn do_stat(vm: &mut Vm, args: FuncArgs, fname: &str, follow_default: bool) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, fname, &["path", "dir_fd", "follow_symlinks"], 1)?;
    let follow = if a[2].is_null() {
        follow_default
    } else {
        vm.is_true(&a[2])?
    };
    // SAFETY: an all-zero `stat` is a valid value of this plain C struct.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if matches!(a[0], Value::Int(_) | Value::Bool(_)) {
        let fd = fd_arg(vm, &a[0])?;
        // SAFETY: `st` is a valid, writable stat buffer.
        if unsafe { libc::fstat(fd, &mut st) } != 0 {
            return Err(last_err(vm, None));
        }
        return make_stat_result(vm, &st);
    }
    let p = path_arg(vm, &a[0], fname, "path")?;
    let c = p.cstring(vm)?;
    // SAFETY: `c` is a valid C string and `st` a valid, writable stat buffer.
    let r = unsafe {
        if follow {
            libc::stat(c.as_ptr(), &mut st)
        } else {
            libc::lstat(c.as_ptr(), &mut st)
        }
    };
    if r != 0 {
        return Err(last_err(vm, Some(&p)));
    }
    make_stat_result(vm, &st)
}

fn stat(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    do_stat(vm, args, "stat", true)
}
fn lstat(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    do_stat(vm, args, "lstat", false)
}
fn fstat(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "fstat", &["fd"], 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // SAFETY: an all-zero `stat` is valid; `st` is writable.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return Err(last_err(vm, None));
    }
    make_stat_result(vm, &st)
}

fn access(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(
        vm,
        &args,
        "access",
        &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
    )?;
    let p = path_arg(vm, &a[0], "access", "path")?;
    let mode = int_arg(vm, &a[1])?;
    let c = p.cstring(vm)?;
    // SAFETY: `c` is a valid C string.
    Ok(Value::Bool(
        unsafe { libc::access(c.as_ptr(), mode as libc::c_int) } == 0,
    ))
}

// ---- processes ------------------------------------------------------------------------

fn getpid(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}
/// os.times(): the process's and its waited-for children's CPU times and
/// the elapsed real time, in seconds, from times(2).
fn times(vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    // SAFETY: a zeroed `tms` is a valid value of this plain C struct.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: times() only writes the struct we own.
    let elapsed = unsafe { libc::times(&mut t) };
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    let ticks = if ticks > 0 { ticks as f64 } else { 100.0 };
    let secs = |c: libc::clock_t| Value::Float(c as f64 / ticks);
    baton_vm::stdlib_sys::make_struct_seq(
        vm,
        "posix.times_result",
        "posix",
        &[
            "user",
            "system",
            "children_user",
            "children_system",
            "elapsed",
        ],
        vec![
            secs(t.tms_utime),
            secs(t.tms_stime),
            secs(t.tms_cutime),
            secs(t.tms_cstime),
            secs(elapsed),
        ],
    )
}

fn getppid(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    // SAFETY: getppid has no preconditions.
    Ok(Value::Int(unsafe { libc::getppid() } as i64))
}
fn getuid(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    // SAFETY: no preconditions.
    Ok(Value::Int(unsafe { libc::getuid() } as i64))
}
fn geteuid(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    // SAFETY: no preconditions.
    Ok(Value::Int(unsafe { libc::geteuid() } as i64))
}
fn getgid(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    // SAFETY: no preconditions.
    Ok(Value::Int(unsafe { libc::getgid() } as i64))
}
fn getegid(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    // SAFETY: no preconditions.
    Ok(Value::Int(unsafe { libc::getegid() } as i64))
}

fn kill(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "kill", &["pid", "signal"], 2)?;
    let pid = int_arg(vm, &a[0])?;
    let sig = int_arg(vm, &a[1])?;
    let pid = libc::pid_t::try_from(pid)
        .map_err(|_| vm.new_overflow_error("signed integer is greater than maximum"))?;
    // SAFETY: kill has no memory-safety preconditions.
    if unsafe { libc::kill(pid, sig as libc::c_int) } != 0 {
        return Err(last_err(vm, None));
    }
    none()
}

fn exit_(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "_exit", &["status"], 1)?;
    let code = int_arg(vm, &a[0])?;
    // SAFETY: _exit terminates the process without running destructors, as CPython's does.
    unsafe { libc::_exit(code as libc::c_int) }
}

fn umask(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "umask", &["mask"], 1)?;
    let m = int_arg(vm, &a[0])?;
    // SAFETY: no preconditions.
    Ok(Value::Int(unsafe { libc::umask(m as libc::mode_t) } as i64))
}

fn urandom(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "urandom", &["size"], 1)?;
    let n = int_arg(vm, &a[0])?;
    if n < 0 {
        return Err(vm.new_value_error("negative argument not allowed".to_string()));
    }
    let mut buf = vec![0u8; n as usize];
    use std::io::Read;
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    r.map_err(|e| io_err(vm, e, None))?;
    Ok(new_bytes(buf))
}

fn cpu_count(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n > 0 {
        Value::Int(n as i64)
    } else {
        Value::None
    })
}

fn env_bytes(vm: &mut Vm, v: &Value, what: &str) -> PyResult<OsString> {
    if builtins::is_str(v) {
        return Ok(OsString::from(builtins::str_of(v)));
    }
    if let Some(b) = bytes_like(v) {
        return Ok(OsString::from_vec(b));
    }
    let tn = vm.type_name(v);
    Err(vm.new_type_error(format!(
        "{what}: expected str, bytes or os.PathLike object, not {tn}"
    )))
}

fn putenv(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "putenv", &["name", "value"], 2)?;
    let k = env_bytes(vm, &a[0], "putenv")?;
    let v = env_bytes(vm, &a[1], "putenv")?;
    if k.is_empty() || k.as_bytes().contains(&b'=') {
        return Err(vm.new_value_error("illegal environment variable name".to_string()));
    }
    if k.as_bytes().contains(&0) || v.as_bytes().contains(&0) {
        return Err(vm.new_value_error("embedded null byte".to_string()));
    }
    std::env::set_var(k, v);
    none()
}

fn unsetenv(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "unsetenv", &["name"], 1)?;
    let k = env_bytes(vm, &a[0], "unsetenv")?;
    if k.is_empty() || k.as_bytes().contains(&b'=') {
        return Err(vm.new_value_error("illegal environment variable name".to_string()));
    }
    if k.as_bytes().contains(&0) {
        return Err(vm.new_value_error("embedded null byte".to_string()));
    }
    std::env::remove_var(k);
    none()
}

fn strerror(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "strerror", &["code"], 1)?;
    let n = int_arg(vm, &a[0])?;
    Ok(new_str(baton_vm::builtins::io::strerror(n as i32)))
}

// ---- file descriptors --------------------------------------------------------------------

fn open(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "open", &["path", "flags", "mode", "dir_fd"], 2)?;
    let p = path_arg(vm, &a[0], "open", "path")?;
    let flags = int_arg(vm, &a[1])?;
    let mode = if a[2].is_null() {
        0o777
    } else {
        int_arg(vm, &a[2])?
    };
    let c = p.cstring(vm)?;
    // SAFETY: `c` is a valid C string.
    let fd = unsafe {
        libc::open(
            c.as_ptr(),
            flags as libc::c_int | libc::O_CLOEXEC,
            mode as libc::c_uint,
        )
    };
    if fd < 0 {
        return Err(last_err(vm, Some(&p)));
    }
    Ok(Value::Int(fd as i64))
}

fn read(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "read", &["fd", "length"], 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let n = int_arg(vm, &a[1])?;
    if n < 0 {
        return Err(io_err(
            vm,
            std::io::Error::from_raw_os_error(libc::EINVAL),
            None,
        ));
    }
    let mut buf = vec![0u8; n as usize];
    loop {
        let r = vm.allow_threads(|| {
            // SAFETY: `buf` is writable for `n` bytes.
            let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
            (r, std::io::Error::last_os_error())
        });
        if r.0 < 0 {
            let e = r.1;
            if e.kind() == std::io::ErrorKind::Interrupted {
                baton_vm::signals::run_pending(vm)?;
                continue;
            }
            return Err(io_err(vm, e, None));
        }
        buf.truncate(r.0 as usize);
        return Ok(new_bytes(buf));
    }
}

fn write(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "write", &["fd", "data"], 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let Some(data) = bytes_like(&a[1]) else {
        let tn = vm.type_name(&a[1]);
        return Err(vm.new_type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    // A copy: the GIL is released during the write, and a bytearray could
    // change meanwhile.
    let data = data.to_vec();
    loop {
        let r = vm.allow_threads(|| {
            // SAFETY: `data` is readable for its length.
            let r = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
            (r, std::io::Error::last_os_error())
        });
        if r.0 < 0 {
            let e = r.1;
            if e.kind() == std::io::ErrorKind::Interrupted {
                baton_vm::signals::run_pending(vm)?;
                continue;
            }
            return Err(io_err(vm, e, None));
        }
        return Ok(Value::Int(r.0 as i64));
    }
}

fn close(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "close", &["fd"], 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // SAFETY: closing an fd has no memory-safety preconditions.
    if unsafe { libc::close(fd) } != 0 {
        return Err(last_err(vm, None));
    }
    none()
}

fn closerange(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "closerange", &["fd_low", "fd_high"], 2)?;
    let lo = fd_arg(vm, &a[0])?;
    let hi = fd_arg(vm, &a[1])?;
    for fd in lo.max(0)..hi {
        // SAFETY: as for close; errors are ignored as CPython does.
        unsafe { libc::close(fd) };
    }
    none()
}

fn dup(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "dup", &["fd"], 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // SAFETY: no memory-safety preconditions.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Int(r as i64))
}

fn dup2(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "dup2", &["fd", "fd2", "inheritable"], 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let fd2 = fd_arg(vm, &a[1])?;
    let inheritable = a[2].is_null() || vm.is_true(&a[2])?;
    // SAFETY: no memory-safety preconditions.
    let r = unsafe {
        if inheritable {
            libc::dup2(fd, fd2)
        } else {
            libc::dup3(fd, fd2, libc::O_CLOEXEC)
        }
    };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Int(r as i64))
}

fn pipe(vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` is a writable array of two ints.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(new_tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

fn lseek(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "lseek", &["fd", "position", "whence"], 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let pos = int_arg(vm, &a[1])?;
    let wh = int_arg(vm, &a[2])?;
    // SAFETY: no memory-safety preconditions.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, wh as libc::c_int) };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Int(r as i64))
}

fn isatty(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "isatty", &["fd"], 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // SAFETY: no memory-safety preconditions.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

fn fspath(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "fspath", &["path"], 1)?;
    fspath_value(vm, &a[0], "", "")
}

fn get_terminal_size(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "get_terminal_size", &["fd"], 0)?;
    let fd = if a[0].is_null() {
        1
    } else {
        fd_arg(vm, &a[0])?
    };
    // SAFETY: an all-zero winsize is valid; ioctl writes into it.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Err(last_err(vm, None));
    }
    baton_vm::stdlib_sys::make_struct_seq(
        vm,
        "os.terminal_size",
        "os",
        &["columns", "lines"],
        vec![Value::Int(ws.ws_col as i64), Value::Int(ws.ws_row as i64)],
    )
}

// ---- the module ------------------------------------------------------------------------------

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with(
        "posix",
        &[
            ("getcwd", getcwd),
            ("getcwdb", getcwdb),
            ("chdir", chdir),
            ("listdir", listdir),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("remove", remove),
            ("unlink", unlink),
            ("rename", rename),
            ("replace", replace),
            ("symlink", symlink),
            ("readlink", readlink),
            ("chmod", chmod),
            ("utime", utime),
            ("stat", stat),
            ("lstat", lstat),
            ("fstat", fstat),
            ("access", access),
            ("getpid", getpid),
            ("times", times),
            ("getppid", getppid),
            ("getuid", getuid),
            ("geteuid", geteuid),
            ("getgid", getgid),
            ("getegid", getegid),
            ("kill", kill),
            ("_exit", exit_),
            ("umask", umask),
            ("urandom", urandom),
            ("cpu_count", cpu_count),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("strerror", strerror),
            ("open", open),
            ("read", read),
            ("write", write),
            ("close", close),
            ("closerange", closerange),
            ("dup", dup),
            ("dup2", dup2),
            ("pipe", pipe),
            ("lseek", lseek),
            ("isatty", isatty),
            ("fspath", fspath),
            ("get_terminal_size", get_terminal_size),
        ],
    );
    let d = baton_vm::import::module_dict(&m);
    crate::posix_proc::add(&d);
    add_more(&d);
    let env = builtins::new_dict();
    for (k, v) in std::env::vars_os() {
        builtins::dict_set_str(
            &env,
            &k.to_string_lossy(),
            new_str(v.to_string_lossy().into_owned()),
        );
    }
    builtins::dict_set_str(&d, "environ", Value::Obj(env));
    let ints: &[(&str, i64)] = &[
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_NONBLOCK", libc::O_NONBLOCK as i64),
        ("O_NOCTTY", libc::O_NOCTTY as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
        ("O_SYNC", libc::O_SYNC as i64),
        ("O_DSYNC", libc::O_DSYNC as i64),
        ("O_ACCMODE", libc::O_ACCMODE as i64),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("EX_OK", 0),
        ("WNOHANG", libc::WNOHANG as i64),
    ];
    for (n, v) in ints {
        builtins::dict_set_str(&d, n, Value::Int(*v));
    }
    // os.stat_result: one type, made once.
    let sample = baton_vm::stdlib_sys::make_struct_seq(
        vm,
        "os.stat_result",
        "os",
        STAT_FIELDS,
        vec![Value::Int(0); STAT_FIELDS.len()],
    )?;
    let t = vm.get_attr_str(&sample, "__class__")?;
    builtins::dict_set_str(&d, "stat_result", t);
    let sample = baton_vm::stdlib_sys::make_struct_seq(
        vm,
        "os.terminal_size",
        "os",
        &["columns", "lines"],
        vec![Value::Int(80), Value::Int(24)],
    )?;
    let t = vm.get_attr_str(&sample, "__class__")?;
    builtins::dict_set_str(&d, "terminal_size", t);
    Ok(m)
}

// ---- uname, statvfs, chown, link ------------------------------------------------------

fn cstr_field(field: &[libc::c_char]) -> Value {
    let bytes: Vec<u8> = field
        .iter()
        .take_while(|&&c| c != 0)
        .map(|&c| c as u8)
        .collect();
    new_str(String::from_utf8_lossy(&bytes).into_owned())
}

fn uname(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "uname", 0, 0)?;
    // SAFETY: an all-zero utsname is valid; uname fills it.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a valid, writable utsname.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(last_err(vm, None));
    }
    baton_vm::stdlib_sys::make_struct_seq(
        vm,
        "posix.uname_result",
        "posix",
        &["sysname", "nodename", "release", "version", "machine"],
        vec![
            cstr_field(&u.sysname),
            cstr_field(&u.nodename),
            cstr_field(&u.release),
            cstr_field(&u.version),
            cstr_field(&u.machine),
        ],
    )
}

fn statvfs(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = one_path(vm, &args, "statvfs")?;
    let c = p.cstring(vm)?;
    // SAFETY: an all-zero statvfs is valid; the call fills it.
    let mut s: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `c` is NUL-terminated and `s` writable.
    if unsafe { libc::statvfs(c.as_ptr(), &mut s) } != 0 {
        return Err(last_err(vm, Some(&p)));
    }
    baton_vm::stdlib_sys::make_struct_seq(
        vm,
        "os.statvfs_result",
        "os",
        &[
            "f_bsize",
            "f_frsize",
            "f_blocks",
            "f_bfree",
            "f_bavail",
            "f_files",
            "f_ffree",
            "f_favail",
            "f_flag",
            "f_namemax",
        ],
        vec![
            Value::Int(s.f_bsize as i64),
            Value::Int(s.f_frsize as i64),
            Value::Int(s.f_blocks as i64),
            Value::Int(s.f_bfree as i64),
            Value::Int(s.f_bavail as i64),
            Value::Int(s.f_files as i64),
            Value::Int(s.f_ffree as i64),
            Value::Int(s.f_favail as i64),
            Value::Int(s.f_flag as i64),
            Value::Int(s.f_namemax as i64),
        ],
    )
}

fn chown(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "chown", &["path", "uid", "gid"], 3)?;
    let p = path_arg(vm, &a[0], "chown", "path")?;
    let uid = int_arg(vm, &a[1])?;
    let gid = int_arg(vm, &a[2])?;
    let c = p.cstring(vm)?;
    // SAFETY: `c` is NUL-terminated; -1 ids mean "unchanged" as in C.
    if unsafe { libc::chown(c.as_ptr(), uid as libc::uid_t, gid as libc::gid_t) } != 0 {
        return Err(last_err(vm, Some(&p)));
    }
    none()
}

fn link(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "link", &["src", "dst"], 2)?;
    let src = path_arg(vm, &a[0], "link", "src")?;
    let dst = path_arg(vm, &a[1], "link", "dst")?;
    std::fs::hard_link(src.os(), dst.os()).map_err(|e| io_err(vm, e, Some(&src)))?;
    none()
}

/// The extra functions, added to the module dict by `init`.
fn add_more(d: &ObjRef) {
    for (n, f) in [
        ("uname", uname as baton_vm::vm::NativeFn),
        ("statvfs", statvfs),
        ("chown", chown),
        ("link", link),
        ("fsync", fsync),
        ("fdatasync", fdatasync),
        ("ftruncate", ftruncate),
        ("truncate", truncate),
        ("fchmod", fchmod),
        ("system", system),
        ("getloadavg", getloadavg),
        ("nice", nice),
        ("sync", sync),
        ("getgroups", getgroups),
    ] {
        let bf = Vm::new_builtin_function(n, f, Value::Null, Some("posix"));
        builtins::dict_set_str(d, n, Value::Obj(bf));
    }
}

/// A file descriptor: an int, or an object's `fileno()` (as CPython's
/// PyObject_AsFileDescriptor).
fn fileno_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let fd = match v {
        Value::Int(_) | Value::Bool(_) => int_arg(vm, v)?,
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => int_arg(vm, v)?,
        _ => match vm.get_attr_opt(v, "fileno")? {
            Some(f) => {
                let r = vm.call(&f, &[])?;
                match r {
                    Value::Int(n) => n,
                    _ => {
                        return Err(vm.new_type_error("fileno() returned a non-integer".to_string()))
                    }
                }
            }
            None => {
                return Err(vm.new_type_error(
                    "argument must be an int, or have a fileno() method.".to_string(),
                ))
            }
        },
    };
    if fd < 0 {
        return Err(vm.new_value_error(format!(
            "file descriptor cannot be a negative integer ({fd})"
        )));
    }
    libc::c_int::try_from(fd).map_err(|_| vm.new_overflow_error("fd is out of range"))
}

fn fsync(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "fsync", &["fd"], 1)?;
    let fd = fileno_arg(vm, &a[0])?;
    // SAFETY: fsync has no memory-safety preconditions.
    let r = vm.allow_threads(|| unsafe { libc::fsync(fd) });
    if r != 0 {
        return Err(last_err(vm, None));
    }
    none()
}

fn fdatasync(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "fdatasync", &["fd"], 1)?;
    let fd = fileno_arg(vm, &a[0])?;
    // SAFETY: fdatasync has no memory-safety preconditions.
    let r = vm.allow_threads(|| unsafe { libc::fdatasync(fd) });
    if r != 0 {
        return Err(last_err(vm, None));
    }
    none()
}

fn ftruncate(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "ftruncate", &["fd", "length"], 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let len = int_arg(vm, &a[1])?;
    // SAFETY: ftruncate has no memory-safety preconditions.
    let r = vm.allow_threads(|| unsafe { libc::ftruncate(fd, len as libc::off_t) });
    if r != 0 {
        return Err(last_err(vm, None));
    }
    none()
}

fn truncate(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "truncate", &["path", "length"], 2)?;
    if let Value::Int(_) = a[0] {
        return ftruncate(vm, args);
    }
    let p = path_arg(vm, &a[0], "truncate", "path")?;
    let len = int_arg(vm, &a[1])?;
    let c = p.cstring(vm)?;
    // SAFETY: `c` is NUL-terminated and outlives the call.
    let r = vm.allow_threads(|| unsafe { libc::truncate(c.as_ptr(), len as libc::off_t) });
    if r != 0 {
        return Err(last_err(vm, Some(&p)));
    }
    none()
}

fn fchmod(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "fchmod", &["fd", "mode"], 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let mode = int_arg(vm, &a[1])?;
    // SAFETY: fchmod has no memory-safety preconditions.
    if unsafe { libc::fchmod(fd, mode as libc::mode_t) } != 0 {
        return Err(last_err(vm, None));
    }
    none()
}

/// `system(command)`: runs the command through /bin/sh with the GIL
/// released; returns its wait status.
fn system(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "system", &["command"], 1)?;
    let p = path_arg(vm, &a[0], "system", "command")?;
    let c = p.cstring(vm)?;
    baton_vm::builtins::io::flush_std(vm);
    // SAFETY: `c` is NUL-terminated and outlives the call.
    let r = vm.allow_threads(|| unsafe { libc::system(c.as_ptr()) });
    Ok(Value::Int(r as i64))
}

fn getloadavg(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "getloadavg", 0, 0)?;
    let mut l = [0f64; 3];
    // SAFETY: `l` has room for the 3 values asked for.
    if unsafe { libc::getloadavg(l.as_mut_ptr(), 3) } != 3 {
        return Err(vm.new_os_error(
            &std::io::Error::other("Load averages are unobtainable"),
            None,
        ));
    }
    Ok(builtins::new_tuple(vec![
        Value::Float(l[0]),
        Value::Float(l[1]),
        Value::Float(l[2]),
    ]))
}

fn nice(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "nice", &["increment"], 1)?;
    let inc = int_arg(vm, &a[0])?;
    // SAFETY: errno is thread-local; clearing it is sound.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: nice has no memory-safety preconditions.
    let r = unsafe { libc::nice(inc as libc::c_int) };
    // SAFETY: errno is thread-local.
    if r == -1 && unsafe { *libc::__errno_location() } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Int(r as i64))
}

fn sync(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "sync", 0, 0)?;
    // SAFETY: sync has no preconditions.
    vm.allow_threads(|| unsafe { libc::sync() });
    none()
}

fn getgroups(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "getgroups", 0, 0)?;
    let mut g = vec![0 as libc::gid_t; 256];
    // SAFETY: `g` has room for 256 group ids.
    let n = unsafe { libc::getgroups(g.len() as libc::c_int, g.as_mut_ptr()) };
    if n < 0 {
        return Err(last_err(vm, None));
    }
    Ok(builtins::new_list(
        g[..n as usize]
            .iter()
            .map(|x| Value::Int(*x as i64))
            .collect(),
    ))
}
