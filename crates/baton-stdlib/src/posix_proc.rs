//! Processes in the `posix` module: fork (with register_at_fork hooks),
//! waitpid/wait and the wait-status macros, exec, process groups, and the
//! inheritable/blocking flags of file descriptors. Waits release the GIL.

use baton_vm::builtins;
use baton_vm::{FuncArgs, PyResult, Value, Vm};
use std::sync::Mutex;

/// Hooks of os.register_at_fork: (before, after_in_parent, after_in_child).
static HOOKS: Mutex<(Vec<Value>, Vec<Value>, Vec<Value>)> =
    Mutex::new((Vec::new(), Vec::new(), Vec::new()));

fn hooks() -> std::sync::MutexGuard<'static, (Vec<Value>, Vec<Value>, Vec<Value>)> {
    HOOKS.lock().unwrap_or_else(|p| p.into_inner())
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match builtins::int::int_of(vm, v)? {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => Err(vm.new_overflow_error("signed integer is greater than maximum")),
    }
}

fn os_error(vm: &mut Vm) -> baton_vm::PyErr {
    let e = std::io::Error::last_os_error();
    vm.new_os_error(&e, None)
}

fn run_hooks(vm: &mut Vm, list: Vec<Value>) {
    for h in list {
        if let Err(e) = vm.call(&h, &[]) {
            let d = vm.repr_string(&h).unwrap_or_default();
            vm.write_unraisable(&e, &format!("Exception ignored in: {d}"));
        }
    }
}

fn register_at_fork(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if !args.pos().is_empty() {
        return Err(vm.new_type_error(
            "register_at_fork() takes exactly 0 positional arguments".to_string(),
        ));
    }
    let mut got = [None, None, None];
    for (name, v) in args.kw() {
        let i = match name {
            "before" => 0,
            "after_in_parent" => 1,
            "after_in_child" => 2,
            _ => {
                return Err(vm.new_type_error(format!(
                    "register_at_fork() got an unexpected keyword argument '{name}'"
                )))
            }
        };
        if !builtins::module::is_callable(v) {
            let which = ["before", "after_in_parent", "after_in_child"][i];
            return Err(vm.new_type_error(format!(
                "'{which}' must be callable, not {}",
                vm.type_name(v)
            )));
        }
        got[i] = Some(v.clone());
    }
    if got.iter().all(|g| g.is_none()) {
        return Err(vm.new_type_error("At least one argument is required.".to_string()));
    }
    let mut h = hooks();
    if let Some(b) = got[0].take() {
        h.0.push(b);
    }
    if let Some(p) = got[1].take() {
        h.1.push(p);
    }
    if let Some(c) = got[2].take() {
        h.2.push(c);
    }
    Ok(Value::None)
}

fn fork(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "fork", 0, 0)?;
    // Before-hooks run last-registered first, the after-hooks in order.
    let before: Vec<Value> = hooks().0.iter().rev().cloned().collect();
    run_hooks(vm, before);
    builtins::io::flush_std(vm);
    let pid = baton_vm::thread::fork_process(vm);
    if pid < 0 {
        let e = os_error(vm);
        let after: Vec<Value> = hooks().1.clone();
        run_hooks(vm, after);
        return Err(e);
    }
    let after: Vec<Value> = if pid == 0 {
        hooks().2.clone()
    } else {
        hooks().1.clone()
    };
    run_hooks(vm, after);
    Ok(Value::Int(pid as i64))
}

/// Waits for a child, the GIL released; retries after signal handlers (PEP 475).
fn wait_for(vm: &mut Vm, pid: libc::pid_t, options: i32) -> PyResult<(i32, i32)> {
    loop {
        let (r, status, err) = vm.allow_threads(|| {
            let mut status: libc::c_int = 0;
            // SAFETY: `status` is a valid out-pointer for the call.
            let r = unsafe { libc::waitpid(pid, &mut status, options) };
            (r, status, std::io::Error::last_os_error())
        });
        if r < 0 {
            if err.kind() == std::io::ErrorKind::Interrupted {
                baton_vm::signals::run_pending(vm)?;
                continue;
            }
            return Err(vm.new_os_error(&err, None));
        }
        return Ok((r, status));
    }
}

fn waitpid(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "waitpid", 2, 2)?;
    let pid = int_arg(vm, &args.args[0])? as libc::pid_t;
    let options = int_arg(vm, &args.args[1])? as i32;
    let (r, status) = wait_for(vm, pid, options)?;
    Ok(builtins::new_tuple(vec![
        Value::Int(r as i64),
        Value::Int(status as i64),
    ]))
}

fn wait(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "wait", 0, 0)?;
    let (r, status) = wait_for(vm, -1, 0)?;
    Ok(builtins::new_tuple(vec![
        Value::Int(r as i64),
        Value::Int(status as i64),
    ]))
}

fn status_arg(vm: &mut Vm, args: &FuncArgs, name: &str) -> PyResult<i32> {
    let a = builtins::bind_native(vm, args, name, &["status"], 1)?;
    Ok(int_arg(vm, &a[0])? as i32)
}

fn waitstatus_to_exitcode(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = status_arg(vm, &args, "waitstatus_to_exitcode")?;
    if libc::WIFEXITED(s) {
        return Ok(Value::Int(libc::WEXITSTATUS(s) as i64));
    }
    if libc::WIFSIGNALED(s) {
        return Ok(Value::Int(-(libc::WTERMSIG(s) as i64)));
    }
    Err(vm.new_value_error(format!("invalid wait status: {s}")))
}

macro_rules! status_fn {
    ($fname:ident, $pyname:expr, $body:expr, $wrap:expr) => {
        fn $fname(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
            let s = status_arg(vm, &args, $pyname)?;
            #[allow(clippy::redundant_closure_call)]
            Ok($wrap($body(s)))
        }
    };
}

status_fn!(wifexited, "WIFEXITED", libc::WIFEXITED, Value::Bool);
status_fn!(wifsignaled, "WIFSIGNALED", libc::WIFSIGNALED, Value::Bool);
status_fn!(wifstopped, "WIFSTOPPED", libc::WIFSTOPPED, Value::Bool);
status_fn!(
    wifcontinued,
    "WIFCONTINUED",
    libc::WIFCONTINUED,
    Value::Bool
);
status_fn!(wcoredump, "WCOREDUMP", libc::WCOREDUMP, Value::Bool);
status_fn!(wexitstatus, "WEXITSTATUS", libc::WEXITSTATUS, |x: i32| {
    Value::Int(x as i64)
});
status_fn!(wtermsig, "WTERMSIG", libc::WTERMSIG, |x: i32| Value::Int(
    x as i64
));
status_fn!(wstopsig, "WSTOPSIG", libc::WSTOPSIG, |x: i32| Value::Int(
    x as i64
));

fn str_list(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<std::ffi::CString>> {
    let items = vm.iterate(v)?;
    let mut out = Vec::new();
    for it in items {
        let s = if builtins::is_str(&it) {
            builtins::str_of(&it).to_string()
        } else if let Some(b) = builtins::bytes::bytes_data(&it) {
            String::from_utf8_lossy(&b).into_owned()
        } else {
            return Err(vm.new_type_error(format!("{what} must contain only strings")));
        };
        out.push(
            std::ffi::CString::new(s)
                .map_err(|_| vm.new_value_error("embedded null byte".to_string()))?,
        );
    }
    Ok(out)
}

fn path_arg(vm: &mut Vm, v: &Value) -> PyResult<std::ffi::CString> {
    let s = if builtins::is_str(v) {
        builtins::str_of(v).to_string()
    } else if let Some(b) = builtins::bytes::bytes_data(v) {
        String::from_utf8_lossy(&b).into_owned()
    } else {
        let f = vm.get_attr_opt(v, "__fspath__")?;
        match f {
            Some(f) => {
                let r = vm.call(&f, &[])?;
                return path_arg(vm, &r);
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.new_type_error(format!(
                    "expected str, bytes or os.PathLike object, not {tn}"
                )));
            }
        }
    };
    std::ffi::CString::new(s).map_err(|_| vm.new_value_error("embedded null byte".to_string()))
}

fn exec_common(vm: &mut Vm, path: &Value, argv: &Value, env: Option<&Value>) -> PyResult<Value> {
    let p = path_arg(vm, path)?;
    let args = str_list(vm, argv, "execv() arg 2")?;
    if args.is_empty() {
        return Err(vm.new_value_error("execv() arg 2 must not be empty".to_string()));
    }
    if args[0].as_bytes().is_empty() {
        return Err(vm.new_value_error("execv() arg 2 first element cannot be empty".to_string()));
    }
    let mut argp: Vec<*const libc::c_char> = args.iter().map(|a| a.as_ptr()).collect();
    argp.push(std::ptr::null());
    builtins::io::flush_std(vm);
    match env {
        None => {
            // SAFETY: `p` and every argument are NUL-terminated strings that
            // outlive the call; `argp` is NULL-terminated.
            unsafe { libc::execv(p.as_ptr(), argp.as_ptr()) };
        }
        Some(e) => {
            let items = vm.call_method(e, "items", &[])?;
            let mut envs = Vec::new();
            for kv in vm.iterate(&items)? {
                let pair = vm.iterate(&kv)?;
                if pair.len() != 2 {
                    continue;
                }
                let k = vm.str_string(&pair[0])?;
                let v = vm.str_string(&pair[1])?;
                envs.push(
                    std::ffi::CString::new(format!("{k}={v}"))
                        .map_err(|_| vm.new_value_error("embedded null byte".to_string()))?,
                );
            }
            let mut envp: Vec<*const libc::c_char> = envs.iter().map(|a| a.as_ptr()).collect();
            envp.push(std::ptr::null());
            // SAFETY: as above, and `envp` is NULL-terminated too.
            unsafe { libc::execve(p.as_ptr(), argp.as_ptr(), envp.as_ptr()) };
        }
    }
    Err(os_error(vm))
}

fn execv(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "execv", 2, 2)?;
    exec_common(vm, &args.args[0], &args.args[1], None)
}

fn execve(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "execve", &["path", "argv", "env"], 3)?;
    exec_common(vm, &a[0], &a[1], Some(&a[2]))
}

fn getpgid(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "getpgid", 1, 1)?;
    let pid = int_arg(vm, &args.args[0])? as libc::pid_t;
    // SAFETY: no memory is involved.
    let r = unsafe { libc::getpgid(pid) };
    if r < 0 {
        return Err(os_error(vm));
    }
    Ok(Value::Int(r as i64))
}

fn getpgrp(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    // SAFETY: no memory is involved.
    Ok(Value::Int(unsafe { libc::getpgrp() } as i64))
}

fn setsid(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "setsid", 0, 0)?;
    // SAFETY: no memory is involved.
    if unsafe { libc::setsid() } < 0 {
        return Err(os_error(vm));
    }
    Ok(Value::None)
}

fn setpgid(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "setpgid", 2, 2)?;
    let pid = int_arg(vm, &args.args[0])? as libc::pid_t;
    let pg = int_arg(vm, &args.args[1])? as libc::pid_t;
    // SAFETY: no memory is involved.
    if unsafe { libc::setpgid(pid, pg) } < 0 {
        return Err(os_error(vm));
    }
    Ok(Value::None)
}

fn killpg(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "killpg", 2, 2)?;
    let pg = int_arg(vm, &args.args[0])? as libc::pid_t;
    let sig = int_arg(vm, &args.args[1])? as i32;
    // SAFETY: no memory is involved.
    if unsafe { libc::killpg(pg, sig) } < 0 {
        return Err(os_error(vm));
    }
    Ok(Value::None)
}

fn fd_flag(vm: &mut Vm, fd: i32, cmd_get: i32) -> PyResult<i32> {
    // SAFETY: fcntl with F_GETFD/F_GETFL takes no pointer.
    let r = unsafe { libc::fcntl(fd, cmd_get) };
    if r < 0 {
        return Err(os_error(vm));
    }
    Ok(r)
}

fn get_inheritable(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "get_inheritable", 1, 1)?;
    let fd = int_arg(vm, &args.args[0])? as i32;
    let f = fd_flag(vm, fd, libc::F_GETFD)?;
    Ok(Value::Bool(f & libc::FD_CLOEXEC == 0))
}

fn set_inheritable(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "set_inheritable", 2, 2)?;
    let fd = int_arg(vm, &args.args[0])? as i32;
    let on = vm.is_true(&args.args[1])?;
    let f = fd_flag(vm, fd, libc::F_GETFD)?;
    let nf = if on {
        f & !libc::FD_CLOEXEC
    } else {
        f | libc::FD_CLOEXEC
    };
    // SAFETY: F_SETFD takes an int argument.
    if unsafe { libc::fcntl(fd, libc::F_SETFD, nf) } < 0 {
        return Err(os_error(vm));
    }
    Ok(Value::None)
}

fn get_blocking(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "get_blocking", 1, 1)?;
    let fd = int_arg(vm, &args.args[0])? as i32;
    let f = fd_flag(vm, fd, libc::F_GETFL)?;
    Ok(Value::Bool(f & libc::O_NONBLOCK == 0))
}

fn set_blocking(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "set_blocking", 2, 2)?;
    let fd = int_arg(vm, &args.args[0])? as i32;
    let on = vm.is_true(&args.args[1])?;
    let f = fd_flag(vm, fd, libc::F_GETFL)?;
    let nf = if on {
        f & !libc::O_NONBLOCK
    } else {
        f | libc::O_NONBLOCK
    };
    // SAFETY: F_SETFL takes an int argument.
    if unsafe { libc::fcntl(fd, libc::F_SETFL, nf) } < 0 {
        return Err(os_error(vm));
    }
    Ok(Value::None)
}

fn sched_getaffinity(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "sched_getaffinity", 1, 1)?;
    let pid = int_arg(vm, &args.args[0])? as libc::pid_t;
    // SAFETY: `set` is a zeroed cpu_set_t of the size passed.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    let r =
        unsafe { libc::sched_getaffinity(pid, std::mem::size_of::<libc::cpu_set_t>(), &mut set) };
    if r < 0 {
        return Err(os_error(vm));
    }
    let s = builtins::set::new_set_from(vm, &builtins::new_list(Vec::new()))?;
    for cpu in 0..libc::CPU_SETSIZE as usize {
        // SAFETY: CPU_ISSET reads the set within its bounds.
        if unsafe { libc::CPU_ISSET(cpu, &set) } {
            vm.call_method(&s, "add", &[Value::Int(cpu as i64)])?;
        }
    }
    Ok(s)
}

/// Adds the process functions and constants to the posix module's dict.
pub fn add(d: &baton_vm::ObjRef) {
    let funcs: &[(&'static str, baton_vm::vm::NativeFn)] = &[
        ("fork", fork),
        ("register_at_fork", register_at_fork),
        ("waitpid", waitpid),
        ("wait", wait),
        ("waitstatus_to_exitcode", waitstatus_to_exitcode),
        ("WIFEXITED", wifexited),
        ("WIFSIGNALED", wifsignaled),
        ("WIFSTOPPED", wifstopped),
        ("WIFCONTINUED", wifcontinued),
        ("WCOREDUMP", wcoredump),
        ("WEXITSTATUS", wexitstatus),
        ("WTERMSIG", wtermsig),
        ("WSTOPSIG", wstopsig),
        ("execv", execv),
        ("execve", execve),
        ("getpgid", getpgid),
        ("getpgrp", getpgrp),
        ("setsid", setsid),
        ("setpgid", setpgid),
        ("killpg", killpg),
        ("get_inheritable", get_inheritable),
        ("set_inheritable", set_inheritable),
        ("get_blocking", get_blocking),
        ("set_blocking", set_blocking),
        ("sched_getaffinity", sched_getaffinity),
    ];
    for (n, f) in funcs {
        let bf = Vm::new_builtin_function(n, *f, Value::Null, Some("posix"));
        builtins::dict_set_str(d, n, Value::Obj(bf));
    }
    for (n, v) in [
        ("WUNTRACED", libc::WUNTRACED as i64),
        ("WCONTINUED", libc::WCONTINUED as i64),
        ("P_PID", libc::P_PID as i64),
        ("P_PGID", libc::P_PGID as i64),
        ("P_ALL", libc::P_ALL as i64),
    ] {
        builtins::dict_set_str(d, n, Value::Int(v));
    }
}
