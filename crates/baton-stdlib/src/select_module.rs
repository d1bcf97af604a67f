//! The `select` module: `select()` and `poll` objects, as CPython's.
//!
//! The waits run with the GIL released; a wait interrupted by a signal runs
//! the Python handlers (which may raise) and goes on with what is left of
//! the timeout (PEP 475). Not provided: `epoll`, `devpoll`, `kqueue`.

use crate::util::{native_ref, new_native_type};
use baton_vm::builtins::{self, new_list, new_tuple, types};
use baton_vm::object::{NativeData, Payload};
use baton_vm::{FuncArgs, ObjRef, PyErr, PyResult, Value, Vm};
use std::ffi::c_int;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

fn errno() -> c_int {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn os_error(vm: &mut Vm, err: c_int) -> PyErr {
    vm.new_os_error(&std::io::Error::from_raw_os_error(err), None)
}

fn is_float(v: &Value) -> bool {
    matches!(v, Value::Float(_))
        || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Float(_)))
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Int(_)))
}

/// A file descriptor from an int or an object with a fileno() method
/// (CPython's PyObject_AsFileDescriptor).
pub fn object_as_fd(vm: &mut Vm, v: &Value) -> PyResult<c_int> {
    let n = if is_int(v) {
        builtins::arg_index(vm, v)?
    } else {
        let Some(f) = vm.get_attr_opt(v, "fileno")? else {
            return Err(vm.new_type_error(
                "argument must be an int, or have a fileno() method.".to_string(),
            ));
        };
        let r = vm.call(&f, &[])?;
        if !is_int(&r) {
            return Err(vm.new_type_error("fileno() returned a non-integer".to_string()));
        }
        builtins::arg_index(vm, &r)?
    };
    if n < 0 {
        return Err(vm.new_value_error(format!(
            "file descriptor cannot be a negative integer ({n})"
        )));
    }
    c_int::try_from(n)
        .map_err(|_| vm.new_overflow_error("Python int too large to convert to C int"))
}

// ---- select() --------------------------------------------------------------------------

/// select()'s timeout: None (forever) or seconds.
fn select_timeout(vm: &mut Vm, v: &Value) -> PyResult<Option<Duration>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    let secs = if is_float(v) {
        let f = builtins::float::float_of(vm, v)?;
        if f.is_nan() {
            return Err(vm.new_value_error("Invalid value NaN (not a number)".to_string()));
        }
        if f.abs() > 9.2e9 {
            return Err(vm.new_overflow_error("timestamp too large to convert to C _PyTime_t"));
        }
        f
    } else if is_int(v) {
        let n = builtins::arg_index(vm, v)
            .map_err(|_| vm.new_overflow_error("timestamp too large to convert to C _PyTime_t"))?;
        if n.unsigned_abs() > 9_223_372_036 {
            return Err(vm.new_overflow_error("timestamp too large to convert to C _PyTime_t"));
        }
        n as f64
    } else {
        return Err(vm.new_type_error("timeout must be a float or None".to_string()));
    };
    if secs < 0.0 {
        return Err(vm.new_value_error("timeout must be non-negative".to_string()));
    }
    Ok(Some(Duration::from_secs_f64(secs)))
}

/// The (object, fd) pairs of one of select()'s lists.
fn fd_list(vm: &mut Vm, v: &Value) -> PyResult<Vec<(Value, c_int)>> {
    let items = vm
        .iterate(v)
        .map_err(|_| vm.new_type_error("arguments 1-3 must be sequences".to_string()))?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let fd = object_as_fd(vm, &it)?;
        if fd >= libc::FD_SETSIZE as c_int {
            return Err(vm.new_value_error("filedescriptor out of range in select()".to_string()));
        }
        out.push((it, fd));
    }
    Ok(out)
}

fn fill_set(list: &[(Value, c_int)]) -> (libc::fd_set, c_int) {
    // SAFETY: an all-zero fd_set is a valid empty set; FD_ZERO/FD_SET only
    // write inside it (the fds were checked against FD_SETSIZE).
    unsafe {
        let mut set: libc::fd_set = std::mem::zeroed();
        libc::FD_ZERO(&mut set);
        let mut max = -1;
        for (_, fd) in list {
            libc::FD_SET(*fd, &mut set);
            max = max.max(*fd);
        }
        (set, max)
    }
}

fn ready(list: &[(Value, c_int)], set: &libc::fd_set) -> Value {
    let items = list
        .iter()
        // SAFETY: the fds are below FD_SETSIZE and `set` is a valid fd_set.
        .filter(|(_, fd)| unsafe { libc::FD_ISSET(*fd, set) })
        .map(|(v, _)| v.clone())
        .collect();
    new_list(items)
}

/// `select(rlist, wlist, xlist[, timeout])`.
fn sel_select(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "select", 3, 4)?;
    let timeout = select_timeout(vm, args.args.get(3).unwrap_or(&Value::Null))?;
    let r = fd_list(vm, &args.args[0])?;
    let w = fd_list(vm, &args.args[1])?;
    let x = fd_list(vm, &args.args[2])?;
    let deadline = timeout.map(|t| Instant::now() + t);
    loop {
        let (mut rs, rmax) = fill_set(&r);
        let (mut ws, wmax) = fill_set(&w);
        let (mut xs, xmax) = fill_set(&x);
        let nfds = rmax.max(wmax).max(xmax) + 1;
        let mut tv = deadline.map(|d| {
            let left = d.saturating_duration_since(Instant::now());
            libc::timeval {
                tv_sec: left.as_secs() as libc::time_t,
                tv_usec: left.subsec_micros() as libc::suseconds_t,
            }
        });
        let (n, e) = vm.allow_threads(|| {
            let tvp = tv
                .as_mut()
                .map_or(std::ptr::null_mut(), |t| t as *mut libc::timeval);
            // SAFETY: the sets and the timeval are valid locals.
            let n = unsafe { libc::select(nfds, &mut rs, &mut ws, &mut xs, tvp) };
            (n, if n < 0 { errno() } else { 0 })
        });
        if n < 0 {
            if e == libc::EINTR {
                baton_vm::signals::run_pending(vm)?;
                continue;
            }
            return Err(os_error(vm, e));
        }
        return Ok(new_tuple(vec![
            ready(&r, &rs),
            ready(&w, &ws),
            ready(&x, &xs),
        ]));
    }
}

// ---- poll objects ----------------------------------------------------------------------

struct Poll {
    /// (fd, events) in registration order.
    fds: Mutex<Vec<(c_int, i16)>>,
    running: AtomicBool,
}

impl NativeData for Poll {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn poll_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        new_native_type(
            "select",
            "poll",
            None,
            &[
                ("register", p_register),
                ("modify", p_modify),
                ("unregister", p_unregister),
                ("poll", p_poll),
            ],
        )
    })
    .clone()
}

fn poll_of<'a>(vm: &mut Vm, args: &'a FuncArgs) -> PyResult<&'a Poll> {
    args.args
        .first()
        .and_then(native_ref::<Poll>)
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'select.poll' object".to_string()))
}

fn sel_poll(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "poll", 0, 0)?;
    Ok(Value::Obj(ObjRef::new(
        poll_type(),
        Payload::Native(Box::new(Poll {
            fds: Mutex::new(Vec::new()),
            running: AtomicBool::new(false),
        })),
    )))
}

fn event_mask(vm: &mut Vm, v: Option<&Value>) -> PyResult<i16> {
    let Some(v) = v else {
        return Ok(libc::POLLIN | libc::POLLPRI | libc::POLLOUT);
    };
    let n = crate::math_module::index_bigint(vm, v)?;
    if n.sign() == num_bigint::Sign::Minus {
        return Err(vm.new_overflow_error("can't convert negative int to unsigned"));
    }
    match num_traits::ToPrimitive::to_u16(&n) {
        Some(m) => Ok(m as i16),
        None => Err(vm.new_overflow_error("Python int too large for C unsigned short")),
    }
}

fn lock_fds(p: &Poll) -> std::sync::MutexGuard<'_, Vec<(c_int, i16)>> {
    p.fds.lock().unwrap_or_else(|e| e.into_inner())
}

fn p_register(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = poll_of(vm, &args)?;
    builtins::check_args(
        vm,
        &FuncArgs::with_kw(&args.args[1..], args.kwnames),
        "register",
        1,
        2,
    )?;
    let fd = object_as_fd(vm, &args.args[1])?;
    let mask = event_mask(vm, args.args.get(2))?;
    let mut fds = lock_fds(p);
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => e.1 = mask,
        None => fds.push((fd, mask)),
    }
    Ok(Value::None)
}

fn p_modify(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = poll_of(vm, &args)?;
    builtins::check_args(
        vm,
        &FuncArgs::with_kw(&args.args[1..], args.kwnames),
        "modify",
        2,
        2,
    )?;
    let fd = object_as_fd(vm, &args.args[1])?;
    let mask = event_mask(vm, args.args.get(2))?;
    let found = {
        let mut fds = lock_fds(p);
        match fds.iter_mut().find(|(f, _)| *f == fd) {
            Some(e) => {
                e.1 = mask;
                true
            }
            None => false,
        }
    };
    if !found {
        return Err(os_error(vm, libc::ENOENT));
    }
    Ok(Value::None)
}

fn p_unregister(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = poll_of(vm, &args)?;
    builtins::check_args(
        vm,
        &FuncArgs::with_kw(&args.args[1..], args.kwnames),
        "unregister",
        1,
        1,
    )?;
    let fd = object_as_fd(vm, &args.args[1])?;
    let removed = {
        let mut fds = lock_fds(p);
        let before = fds.len();
        fds.retain(|(f, _)| *f != fd);
        fds.len() != before
    };
    if !removed {
        return Err(vm.new_key_error(Value::Int(fd as i64)));
    }
    Ok(Value::None)
}

/// poll()'s timeout in milliseconds: None or negative waits forever.
fn poll_timeout(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Duration>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    let ms = if is_float(v) {
        let f = builtins::float::float_of(vm, v)?;
        if f.is_nan() {
            return Err(vm.new_value_error("Invalid value NaN (not a number)".to_string()));
        }
        f
    } else if is_int(v) {
        let n = builtins::arg_index(vm, v)
            .map_err(|_| vm.new_overflow_error("Python int too large to convert to C int"))?;
        n as f64
    } else {
        return Err(vm.new_type_error("timeout must be an integer or None".to_string()));
    };
    if ms < 0.0 {
        return Ok(None);
    }
    if ms > c_int::MAX as f64 {
        return Err(vm.new_overflow_error("Python int too large to convert to C int"));
    }
    Ok(Some(Duration::from_nanos((ms * 1e6).ceil() as u64)))
}

fn p_poll(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = poll_of(vm, &args)?;
    builtins::check_args(
        vm,
        &FuncArgs::with_kw(&args.args[1..], args.kwnames),
        "poll",
        0,
        1,
    )?;
    let timeout = poll_timeout(vm, args.args.get(1))?;
    if p.running.swap(true, Ordering::AcqRel) {
        return Err(vm.new_runtime_error("concurrent poll() invocation"));
    }
    let mut pfds: Vec<libc::pollfd> = lock_fds(p)
        .iter()
        .map(|(fd, ev)| libc::pollfd {
            fd: *fd,
            events: *ev,
            revents: 0,
        })
        .collect();
    let deadline = timeout.map(|t| Instant::now() + t);
    let result = loop {
        let ms = match deadline {
            None => -1,
            Some(d) => {
                let left = d.saturating_duration_since(Instant::now());
                left.as_nanos().div_ceil(1_000_000).min(c_int::MAX as u128) as c_int
            }
        };
        let (n, e) = vm.allow_threads(|| {
            // SAFETY: `pfds` is a valid array of its length.
            let n = unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, ms) };
            (n, if n < 0 { errno() } else { 0 })
        });
        if n < 0 {
            if e == libc::EINTR {
                if let Err(err) = baton_vm::signals::run_pending(vm) {
                    break Err(err);
                }
                continue;
            }
            break Err(os_error(vm, e));
        }
        break Ok(());
    };
    p.running.store(false, Ordering::Release);
    result?;
    let items = pfds
        .iter()
        .filter(|f| f.revents != 0)
        .map(|f| {
            new_tuple(vec![
                Value::Int(f.fd as i64),
                Value::Int(f.revents as u16 as i64),
            ])
        })
        .collect();
    Ok(new_list(items))
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with("select", &[("select", sel_select), ("poll", sel_poll)]);
    let set = |n: &str, v: Value| crate::util::set_attr(&m, n, v);
    set("error", Value::Obj(types().exc.os_error.clone()));
    for (n, v) in [
        ("POLLIN", libc::POLLIN),
        ("POLLPRI", libc::POLLPRI),
        ("POLLOUT", libc::POLLOUT),
        ("POLLERR", libc::POLLERR),
        ("POLLHUP", libc::POLLHUP),
        ("POLLNVAL", libc::POLLNVAL),
        ("POLLRDNORM", libc::POLLRDNORM),
        ("POLLRDBAND", libc::POLLRDBAND),
        ("POLLWRNORM", libc::POLLWRNORM),
        ("POLLWRBAND", libc::POLLWRBAND),
        ("POLLMSG", 0x400),
        ("POLLRDHUP", libc::POLLRDHUP),
    ] {
        set(n, Value::Int(v as i64));
    }
    set("PIPE_BUF", Value::Int(libc::PIPE_BUF as i64));
    Ok(m)
}
