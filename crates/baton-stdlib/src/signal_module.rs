//! `_signal`: setting Python-level signal handlers (run by the main thread
//! at its next safe point, see `baton_vm::signals`), SIG_DFL/SIG_IGN,
//! alarm, raise_signal, pthread_kill, strsignal. `lib/signal.py` wraps it
//! with the Signals/Handlers enums, as CPython's `signal` does.

use baton_vm::builtins::{self, new_str};
use baton_vm::signals::HANDLERS;
use baton_vm::{FuncArgs, ObjRef, PyResult, Value, Vm};

const NSIG: i64 = 65;
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

fn sig_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = match builtins::int::int_of(vm, v)? {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => return Err(vm.new_overflow_error("signal number out of range")),
    };
    if !(1..NSIG).contains(&n) {
        return Err(vm.new_value_error("signal number out of range".to_string()));
    }
    Ok(n as i32)
}

fn default_int_handler_obj(vm: &mut Vm) -> PyResult<Value> {
    let m = baton_vm::import::import_module(vm, "_signal")?;
    vm.get_attr_str(&m, "default_int_handler")
}

/// The handler currently set for `sig` as Python sees it.
fn current(vm: &mut Vm, sig: i32) -> PyResult<Value> {
    let stored = HANDLERS
        .lock()
        .ok()
        .and_then(|h| h.get(sig as usize).cloned().flatten());
    if let Some(h) = stored {
        return Ok(h);
    }
    if sig == libc::SIGINT {
        return default_int_handler_obj(vm);
    }
    // What the process inherited: SIG_IGN or SIG_DFL.
    // SAFETY: querying the disposition only (null new action).
    let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: as above; `old` is a valid out-pointer.
    unsafe { libc::sigaction(sig, std::ptr::null(), &mut old) };
    if old.sa_sigaction == libc::SIG_IGN {
        Ok(Value::Int(SIG_IGN))
    } else {
        Ok(Value::Int(SIG_DFL))
    }
}

fn store(sig: i32, v: Option<Value>) {
    if let Ok(mut h) = HANDLERS.lock() {
        if h.len() <= sig as usize {
            h.resize(sig as usize + 1, None);
        }
        h[sig as usize] = v;
    }
}

fn s_signal(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "signal", 2, 2)?;
    let sig = sig_arg(vm, &args.args[0])?;
    let handler = args.args[1].clone();
    if !vm.is_main_thread() {
        return Err(vm.new_value_error(
            "signal only works in main thread of the main interpreter".to_string(),
        ));
    }
    let old = current(vm, sig)?;
    let as_int = match &handler {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Obj(o) if !builtins::module::is_callable(&handler) => {
            let _ = o;
            match builtins::int::int_of(vm, &handler) {
                Ok(Value::Int(i)) => Some(i),
                _ => None,
            }
        }
        _ => None,
    };
    if sig == libc::SIGKILL || sig == libc::SIGSTOP {
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(vm.new_os_error(&e, None));
    }
    match as_int {
        Some(n) if n == SIG_DFL || n == SIG_IGN => {
            let disp = if n == SIG_DFL {
                libc::SIG_DFL
            } else {
                libc::SIG_IGN
            };
            // SAFETY: setting a standard disposition.
            unsafe { libc::signal(sig, disp) };
            store(sig, Some(Value::Int(n)));
        }
        _ => {
            if !builtins::module::is_callable(&handler) {
                return Err(vm.new_type_error(
                    "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"
                        .to_string(),
                ));
            }
            baton_vm::signals::install(sig);
            store(sig, Some(handler));
        }
    }
    Ok(old)
}

fn s_getsignal(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "getsignal", 1, 1)?;
    let sig = sig_arg(vm, &args.args[0])?;
    current(vm, sig)
}

fn s_default_int_handler(vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Err(vm.new_exception_empty(&builtins::types().exc.keyboard_interrupt))
}

fn s_alarm(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "alarm", 1, 1)?;
    let n = match builtins::int::int_of(vm, &args.args[0])? {
        Value::Int(i) => i,
        _ => return Err(vm.new_overflow_error("Python int too large to convert to C unsigned int")),
    };
    // SAFETY: alarm has no memory preconditions.
    let prev = unsafe { libc::alarm(n.clamp(0, u32::MAX as i64) as u32) };
    Ok(Value::Int(prev as i64))
}

fn s_pause(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "pause", 0, 0)?;
    // SAFETY: pause has no memory preconditions.
    vm.allow_threads(|| unsafe { libc::pause() });
    baton_vm::signals::run_pending(vm)?;
    Ok(Value::None)
}

fn s_raise_signal(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "raise_signal", 1, 1)?;
    let sig = sig_arg(vm, &args.args[0])?;
    // SAFETY: raise has no memory preconditions.
    if unsafe { libc::raise(sig) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(vm.new_os_error(&e, None));
    }
    baton_vm::signals::run_pending(vm)?;
    Ok(Value::None)
}

fn s_pthread_kill(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "pthread_kill", 2, 2)?;
    let tid = match builtins::int::int_of(vm, &args.args[0])? {
        Value::Int(i) => i as u64,
        v => builtins::int::to_bigint(&v)
            .and_then(|b| num_traits::ToPrimitive::to_u64(&b))
            .unwrap_or(0),
    };
    let sig = match builtins::int::int_of(vm, &args.args[1])? {
        Value::Int(i) => i as i32,
        _ => 0,
    };
    // SAFETY: the id names a thread of this process (an invalid one makes
    // pthread_kill return ESRCH on Linux/glibc for exited threads).
    let r = unsafe { libc::pthread_kill(tid as libc::pthread_t, sig) };
    if r != 0 {
        let e = std::io::Error::from_raw_os_error(r);
        return Err(vm.new_os_error(&e, None));
    }
    baton_vm::signals::run_pending(vm)?;
    Ok(Value::None)
}

fn s_strsignal(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "strsignal", 1, 1)?;
    let sig = sig_arg(vm, &args.args[0])?;
    // SAFETY: strsignal returns a pointer to a static or thread-local string.
    let p = unsafe { libc::strsignal(sig) };
    if p.is_null() {
        return Ok(Value::None);
    }
    // SAFETY: non-null, NUL-terminated.
    let s = unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned();
    if s.starts_with("Unknown signal") || s.starts_with("Real-time signal") {
        return Ok(Value::None);
    }
    Ok(new_str(s))
}

fn s_valid_signals(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "valid_signals", 0, 0)?;
    let items: Vec<Value> = (1..NSIG)
        .filter(|s| *s != 32 && *s != 33)
        .map(Value::Int)
        .collect();
    builtins::set::new_set_from(vm, &builtins::new_list(items))
}

fn s_set_wakeup_fd(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if args.pos().is_empty() {
        return Err(
            vm.new_type_error("set_wakeup_fd() missing required argument 'fd' (pos 1)".to_string())
        );
    }
    if !vm.is_main_thread() {
        return Err(vm.new_value_error(
            "set_wakeup_fd only works in main thread of the main interpreter".to_string(),
        ));
    }
    Ok(Value::Int(-1))
}

fn s_siginterrupt(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "siginterrupt", 2, 2)?;
    sig_arg(vm, &args.args[0])?;
    Ok(Value::None)
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with(
        "_signal",
        &[
            ("signal", s_signal),
            ("getsignal", s_getsignal),
            ("default_int_handler", s_default_int_handler),
            ("alarm", s_alarm),
            ("pause", s_pause),
            ("raise_signal", s_raise_signal),
            ("pthread_kill", s_pthread_kill),
            ("strsignal", s_strsignal),
            ("valid_signals", s_valid_signals),
            ("set_wakeup_fd", s_set_wakeup_fd),
            ("siginterrupt", s_siginterrupt),
            ("setitimer", s_setitimer),
            ("getitimer", s_getitimer),
        ],
    );
    let d = baton_vm::import::module_dict(&m);
    builtins::dict_set_str(&d, "ItimerError", Value::Obj(itimer_error()));
    let consts: &[(&str, i64)] = &[
        ("SIG_DFL", SIG_DFL),
        ("SIG_IGN", SIG_IGN),
        ("NSIG", NSIG),
        ("SIGHUP", libc::SIGHUP as i64),
        ("SIGINT", libc::SIGINT as i64),
        ("SIGQUIT", libc::SIGQUIT as i64),
        ("SIGILL", libc::SIGILL as i64),
        ("SIGTRAP", libc::SIGTRAP as i64),
        ("SIGABRT", libc::SIGABRT as i64),
        ("SIGIOT", libc::SIGIOT as i64),
        ("SIGBUS", libc::SIGBUS as i64),
        ("SIGFPE", libc::SIGFPE as i64),
        ("SIGKILL", libc::SIGKILL as i64),
        ("SIGUSR1", libc::SIGUSR1 as i64),
        ("SIGSEGV", libc::SIGSEGV as i64),
        ("SIGUSR2", libc::SIGUSR2 as i64),
        ("SIGPIPE", libc::SIGPIPE as i64),
        ("SIGALRM", libc::SIGALRM as i64),
        ("SIGTERM", libc::SIGTERM as i64),
        ("SIGSTKFLT", libc::SIGSTKFLT as i64),
        ("SIGCHLD", libc::SIGCHLD as i64),
        ("SIGCLD", libc::SIGCHLD as i64),
        ("SIGCONT", libc::SIGCONT as i64),
        ("SIGSTOP", libc::SIGSTOP as i64),
        ("SIGTSTP", libc::SIGTSTP as i64),
        ("SIGTTIN", libc::SIGTTIN as i64),
        ("SIGTTOU", libc::SIGTTOU as i64),
        ("SIGURG", libc::SIGURG as i64),
        ("SIGXCPU", libc::SIGXCPU as i64),
        ("SIGXFSZ", libc::SIGXFSZ as i64),
        ("SIGVTALRM", libc::SIGVTALRM as i64),
        ("SIGPROF", libc::SIGPROF as i64),
        ("SIGWINCH", libc::SIGWINCH as i64),
        ("SIGIO", libc::SIGIO as i64),
        ("SIGPOLL", libc::SIGPOLL as i64),
        ("SIGPWR", libc::SIGPWR as i64),
        ("SIGSYS", libc::SIGSYS as i64),
        ("SIGRTMIN", libc::SIGRTMIN() as i64),
        ("SIGRTMAX", libc::SIGRTMAX() as i64),
        ("SIG_BLOCK", libc::SIG_BLOCK as i64),
        ("SIG_UNBLOCK", libc::SIG_UNBLOCK as i64),
        ("SIG_SETMASK", libc::SIG_SETMASK as i64),
        ("ITIMER_REAL", libc::ITIMER_REAL as i64),
        ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL as i64),
        ("ITIMER_PROF", libc::ITIMER_PROF as i64),
    ];
    for (n, v) in consts {
        builtins::dict_set_str(&d, n, Value::Int(*v));
    }
    Ok(m)
}

/// `signal.ItimerError`, an OSError.
fn itimer_error() -> ObjRef {
    static T: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        crate::util::new_exception_type(
            "signal",
            "itimer_error",
            &[builtins::types().exc.os_error.clone()],
        )
    })
    .clone()
}

fn timeval_of(secs: f64) -> libc::timeval {
    let whole = secs.trunc();
    let mut usec = ((secs - whole) * 1e6).round() as libc::suseconds_t;
    let mut sec = whole as libc::time_t;
    if usec >= 1_000_000 {
        sec += 1;
        usec -= 1_000_000;
    }
    // A positive delay below a microsecond still arms the timer (as CPython).
    if sec == 0 && usec == 0 && secs > 0.0 {
        usec = 1;
    }
    libc::timeval {
        tv_sec: sec,
        tv_usec: usec,
    }
}

fn itimer_tuple(v: &libc::itimerval) -> Value {
    let f = |t: &libc::timeval| Value::Float(t.tv_sec as f64 + t.tv_usec as f64 / 1e6);
    builtins::new_tuple(vec![f(&v.it_value), f(&v.it_interval)])
}

fn itimer_err(vm: &mut Vm) -> baton_vm::PyErr {
    let e = std::io::Error::last_os_error();
    let errno = e.raw_os_error().unwrap_or(0);
    let args = [
        Value::Int(errno as i64),
        builtins::new_str(baton_vm::builtins::io::strerror(errno)),
    ];
    // Made through the class, as OSError(errno, strerror) sets its attributes.
    match vm.call(&Value::Obj(itimer_error()), &args) {
        Ok(Value::Obj(o)) => baton_vm::PyErr(o),
        Ok(_) => vm.new_os_error(&e, None),
        Err(err) => err,
    }
}

/// `setitimer(which, seconds, interval=0.0)`: arms an interval timer;
/// returns the old (delay, interval).
fn s_setitimer(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "setitimer", 2, 3)?;
    let which = builtins::arg_index(vm, &args.args[0])?;
    let secs = baton_vm::builtins::float::float_of(vm, &args.args[1])?;
    let interval = match args.args.get(2) {
        Some(v) => baton_vm::builtins::float::float_of(vm, v)?,
        None => 0.0,
    };
    let new = libc::itimerval {
        it_interval: timeval_of(interval),
        it_value: timeval_of(secs),
    };
    // SAFETY: an all-zero itimerval is valid; setitimer fills it.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call.
    if unsafe { libc::setitimer(which as libc::c_int, &new, &mut old) } != 0 {
        return Err(itimer_err(vm));
    }
    Ok(itimer_tuple(&old))
}

/// `getitimer(which)`: the (delay, interval) of an interval timer.
fn s_getitimer(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "getitimer", 1, 1)?;
    let which = builtins::arg_index(vm, &args.args[0])?;
    // SAFETY: an all-zero itimerval is valid; getitimer fills it.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: the pointer is valid for the call.
    if unsafe { libc::getitimer(which as libc::c_int, &mut cur) } != 0 {
        return Err(itimer_err(vm));
    }
    Ok(itimer_tuple(&cur))
}
