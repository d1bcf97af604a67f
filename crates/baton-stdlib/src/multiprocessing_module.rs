//! `_multiprocessing`: `SemLock`, the semaphore under multiprocessing's
//! Lock, RLock, Semaphore, Condition, Event and Barrier, on POSIX named
//! semaphores so that it works across fork and spawn. Waits release the GIL
//! and are interrupted by signals in the main thread, as CPython's.

use baton_vm::builtins::{self, new_str, types};
use baton_vm::object::{Mut, NativeData, Payload};
use baton_vm::{FuncArgs, ObjRef, PyResult, Value, Vm};
use std::ffi::CString;
use std::sync::OnceLock;

const RECURSIVE_MUTEX: i64 = 0;
const SEMAPHORE: i64 = 1;
const SEM_VALUE_MAX: i64 = i32::MAX as i64;

struct SemLock {
    handle: usize,
    kind: i64,
    maxvalue: i64,
    name: Value,
    /// (count of acquisitions by the owner, owner thread ident)
    state: Mut<(i64, u64)>,
}

impl NativeData for SemLock {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl SemLock {
    fn sem(&self) -> *mut libc::sem_t {
        self.handle as *mut libc::sem_t
    }
    fn is_mine(&self, vm: &Vm) -> bool {
        let (count, tid) = self.state.get();
        count > 0 && tid == vm.thread_id
    }
}

fn semlock_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = builtins::types::new_type_object(
            &types().type_,
            "SemLock",
            baton_vm::types::Layout::Other,
            Some(&types().object),
            false,
        );
        if let Some(d) = t.dict.get() {
            builtins::dict_set_str(&d, "__module__", new_str("_multiprocessing"));
            builtins::dict_set_str(&d, "SEM_VALUE_MAX", Value::Int(SEM_VALUE_MAX));
        }
        builtins::types::add_methods_kind(
            &t,
            &[("__new__", sl_new)],
            baton_vm::object::MethodKind::Static,
        );
        builtins::types::add_methods_kind(
            &t,
            &[("_rebuild", sl_rebuild)],
            baton_vm::object::MethodKind::Class,
        );
        builtins::types::add_methods(
            &t,
            &[
                ("acquire", sl_acquire),
                ("release", sl_release),
                ("__enter__", sl_acquire),
                ("__exit__", sl_exit),
                ("_count", sl_count),
                ("_is_mine", sl_is_mine),
                ("_get_value", sl_get_value),
                ("_is_zero", sl_is_zero),
                ("_after_fork", sl_after_fork),
            ],
        );
        builtins::types::add_getsets(
            &t,
            &[
                ("handle", g_handle, None),
                ("kind", g_kind, None),
                ("maxvalue", g_maxvalue, None),
                ("name", g_name, None),
            ],
        );
        t
    })
    .clone()
}

fn sem_of<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a SemLock> {
    if let Some(Value::Obj(o)) = v {
        if let Payload::Native(n) = &o.payload {
            if let Some(s) = n.as_any().downcast_ref::<SemLock>() {
                return Ok(s);
            }
        }
    }
    Err(vm.new_type_error("descriptor requires a '_multiprocessing.SemLock' object".to_string()))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match builtins::int::int_of(vm, v)? {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => Err(vm.new_overflow_error("Python int too large to convert to C long")),
    }
}

fn os_err(vm: &mut Vm) -> baton_vm::PyErr {
    let e = std::io::Error::last_os_error();
    vm.new_os_error(&e, None)
}

fn make(cls: ObjRef, handle: usize, kind: i64, maxvalue: i64, name: Value) -> Value {
    Value::Obj(ObjRef::new(
        cls,
        Payload::Native(Box::new(SemLock {
            handle,
            kind,
            maxvalue,
            name,
            state: Mut::new((0, 0)),
        })),
    ))
}

fn sl_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => semlock_type(),
    };
    let rest = FuncArgs::with_kw(&args.args[1.min(args.args.len())..], args.kwnames);
    let a = builtins::bind_native(
        vm,
        &rest,
        "SemLock",
        &["kind", "value", "maxvalue", "name", "unlink"],
        5,
    )?;
    let kind = int_arg(vm, &a[0])?;
    let value = int_arg(vm, &a[1])?;
    let maxvalue = int_arg(vm, &a[2])?;
    if kind != RECURSIVE_MUTEX && kind != SEMAPHORE {
        return Err(vm.new_value_error("unrecognized kind".to_string()));
    }
    let name = if builtins::is_str(&a[3]) {
        builtins::str_of(&a[3]).to_string()
    } else {
        return Err(vm.new_type_error("SemLock() argument 'name' must be str".to_string()));
    };
    let unlink = vm.is_true(&a[4])?;
    let cname = CString::new(name.clone())
        .map_err(|_| vm.new_value_error("embedded null character".to_string()))?;
    // SAFETY: `cname` is a NUL-terminated string; the variadic mode and
    // value arguments are passed as the C types sem_open expects.
    let sem = unsafe {
        libc::sem_open(
            cname.as_ptr(),
            libc::O_CREAT | libc::O_EXCL,
            0o600 as libc::c_uint,
            value as libc::c_uint,
        )
    };
    if sem == libc::SEM_FAILED {
        return Err(os_err(vm));
    }
    if unlink {
        // SAFETY: as above.
        if unsafe { libc::sem_unlink(cname.as_ptr()) } < 0 {
            let e = os_err(vm);
            // SAFETY: `sem` came from a successful sem_open.
            unsafe { libc::sem_close(sem) };
            return Err(e);
        }
    }
    let name_v = if unlink { Value::None } else { new_str(name) };
    Ok(make(cls, sem as usize, kind, maxvalue, name_v))
}

fn sl_rebuild(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "_rebuild", 5, 5)?;
    let cls = match &args.args[0] {
        Value::Obj(c) => c.clone(),
        _ => semlock_type(),
    };
    let mut handle = int_arg(vm, &args.args[1])? as usize;
    let kind = int_arg(vm, &args.args[2])?;
    let maxvalue = int_arg(vm, &args.args[3])?;
    let name = args.args[4].clone();
    if builtins::is_str(&name) {
        let cname = CString::new(builtins::str_of(&name).to_string())
            .map_err(|_| vm.new_value_error("embedded null character".to_string()))?;
        // SAFETY: `cname` is NUL-terminated; opening an existing semaphore.
        let sem = unsafe { libc::sem_open(cname.as_ptr(), 0) };
        if sem == libc::SEM_FAILED {
            return Err(os_err(vm));
        }
        handle = sem as usize;
    }
    Ok(make(cls, handle, kind, maxvalue, name))
}

fn sl_acquire(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = sem_of(vm, args.args.first())?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = builtins::bind_native(vm, &rest, "acquire", &["block", "timeout"], 0)?;
    let blocking = if a[0].is_null() {
        true
    } else {
        vm.is_true(&a[0])?
    };
    let timeout = if a[1].is_null() || a[1].is_none() {
        None
    } else {
        let t = builtins::float::float_of(vm, &a[1])?;
        // NaN and negative mean "don't wait"; huge values wait "forever"
        // (clamped so the deadline arithmetic cannot overflow).
        Some(if t.is_nan() { 0.0 } else { t.clamp(0.0, 1e9) })
    };
    if s.kind == RECURSIVE_MUTEX && s.is_mine(vm) {
        s.state.with(|st| st.0 += 1);
        return Ok(Value::Bool(true));
    }
    let sem = s.sem() as usize;
    // SAFETY: `sem` is an open semaphore owned by this object.
    let got = unsafe { libc::sem_trywait(sem as *mut libc::sem_t) } == 0;
    if !got {
        let err = std::io::Error::last_os_error();
        if err.raw_os_error() != Some(libc::EAGAIN) && err.raw_os_error() != Some(libc::EINTR) {
            return Err(vm.new_os_error(&err, None));
        }
        if !blocking || timeout == Some(0.0) {
            return Ok(Value::Bool(false));
        }
        let deadline =
            timeout.map(|t| std::time::SystemTime::now() + std::time::Duration::from_secs_f64(t));
        loop {
            let (r, e) = vm.allow_threads(|| {
                let r = match deadline {
                    None => {
                        // SAFETY: as above.
                        unsafe { libc::sem_wait(sem as *mut libc::sem_t) }
                    }
                    Some(d) => {
                        let since = d.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
                        let ts = libc::timespec {
                            tv_sec: since.as_secs() as libc::time_t,
                            tv_nsec: since.subsec_nanos() as libc::c_long,
                        };
                        // SAFETY: as above; `ts` outlives the call.
                        unsafe { libc::sem_timedwait(sem as *mut libc::sem_t, &ts) }
                    }
                };
                (r, std::io::Error::last_os_error())
            });
            if r == 0 {
                break;
            }
            match e.raw_os_error() {
                Some(libc::EINTR) => baton_vm::signals::run_pending(vm)?,
                Some(libc::ETIMEDOUT) => return Ok(Value::Bool(false)),
                _ => return Err(vm.new_os_error(&e, None)),
            }
        }
    }
    let tid = vm.thread_id;
    let s = sem_of(vm, args.args.first())?;
    s.state.with(|st| {
        st.0 += 1;
        st.1 = tid;
    });
    Ok(Value::Bool(true))
}

fn sl_release(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = sem_of(vm, args.args.first())?;
    if s.kind == RECURSIVE_MUTEX {
        if !s.is_mine(vm) {
            return Err(vm.new_exception_msg(
                &types().exc.assertion_error,
                "attempt to release recursive lock not owned by thread".to_string(),
            ));
        }
        if s.state.get().0 > 1 {
            s.state.with(|st| st.0 -= 1);
            return Ok(Value::None);
        }
    } else {
        let mut val: libc::c_int = 0;
        // SAFETY: `val` is a valid out-pointer; the semaphore is open.
        if unsafe { libc::sem_getvalue(s.sem(), &mut val) } < 0 {
            return Err(os_err(vm));
        }
        if val as i64 >= s.maxvalue {
            return Err(vm.new_value_error("semaphore or lock released too many times".to_string()));
        }
    }
    // SAFETY: the semaphore is open.
    if unsafe { libc::sem_post(s.sem()) } < 0 {
        return Err(os_err(vm));
    }
    s.state.with(|st| st.0 -= 1);
    Ok(Value::None)
}

fn sl_exit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    sl_release(vm, FuncArgs::new(&args.args[..1.min(args.args.len())]))
}

fn sl_count(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = sem_of(vm, args.args.first())?;
    Ok(Value::Int(s.state.get().0))
}

fn sl_is_mine(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = sem_of(vm, args.args.first())?;
    Ok(Value::Bool(s.is_mine(vm)))
}

fn sem_value(vm: &mut Vm, s: &SemLock) -> PyResult<i64> {
    let mut val: libc::c_int = 0;
    // SAFETY: `val` is a valid out-pointer; the semaphore is open.
    if unsafe { libc::sem_getvalue(s.sem(), &mut val) } < 0 {
        return Err(os_err(vm));
    }
    Ok((val as i64).max(0))
}

fn sl_get_value(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = sem_of(vm, args.args.first())?;
    Ok(Value::Int(sem_value(vm, s)?))
}

fn sl_is_zero(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = sem_of(vm, args.args.first())?;
    Ok(Value::Bool(sem_value(vm, s)? == 0))
}

fn sl_after_fork(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = sem_of(vm, args.args.first())?;
    s.state.set((0, 0));
    Ok(Value::None)
}

fn g_handle(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(sem_of(vm, Some(v))?.handle as i64))
}
fn g_kind(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(sem_of(vm, Some(v))?.kind))
}
fn g_maxvalue(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(sem_of(vm, Some(v))?.maxvalue))
}
fn g_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(sem_of(vm, Some(v))?.name.clone())
}

fn m_sem_unlink(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "sem_unlink", 1, 1)?;
    if !builtins::is_str(&args.args[0]) {
        return Err(vm.new_type_error("sem_unlink() argument must be str".to_string()));
    }
    let cname = CString::new(builtins::str_of(&args.args[0]).to_string())
        .map_err(|_| vm.new_value_error("embedded null character".to_string()))?;
    // SAFETY: `cname` is NUL-terminated.
    if unsafe { libc::sem_unlink(cname.as_ptr()) } < 0 {
        return Err(os_err(vm));
    }
    Ok(Value::None)
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with("_multiprocessing", &[("sem_unlink", m_sem_unlink)]);
    let d = baton_vm::import::module_dict(&m);
    builtins::dict_set_str(&d, "SemLock", Value::Obj(semlock_type()));
    let flags = builtins::new_dict();
    builtins::dict_set_str(&flags, "HAVE_SEM_OPEN", Value::Int(1));
    builtins::dict_set_str(&flags, "HAVE_SEM_TIMEDWAIT", Value::Int(1));
    builtins::dict_set_str(&d, "flags", Value::Obj(flags));
    Ok(m)
}
