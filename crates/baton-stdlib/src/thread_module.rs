//! The `_thread` module: OS threads and the locks `threading` builds on.
//!
//! Locks are [`RawLock`]s (futex words any thread may release). Every wait
//! goes through `Vm::acquire_lock`, which releases the GIL while it waits and,
//! in the main thread, lets a signal (Ctrl-C) interrupt it.

use baton_vm::builtins::{self, new_str, types};
use baton_vm::object::{NativeData, Payload};
use baton_vm::sync::RawLock;
use baton_vm::{FuncArgs, ObjRef, PyResult, Value, Vm};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// `_thread.TIMEOUT_MAX`, as CPython's on Linux (the largest _PyTime_t in seconds).
pub const TIMEOUT_MAX: f64 = 9223372036.0;

struct Lock {
    raw: Arc<RawLock>,
}

impl NativeData for Lock {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

struct RLock {
    raw: RawLock,
    /// The owning thread's ident (0: none).
    owner: AtomicU64,
    count: AtomicU64,
}

impl NativeData for RLock {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn new_type(name: &str, methods: &[(&'static str, baton_vm::vm::NativeFn)]) -> ObjRef {
    let t = builtins::types::new_type_object(
        &types().type_,
        name,
        baton_vm::types::Layout::Other,
        Some(&types().object),
        false,
    );
    if let Some(d) = t.dict.get() {
        builtins::dict_set_str(&d, "__module__", new_str("_thread"));
    }
    builtins::types::add_methods(&t, methods);
    t
}

fn lock_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type(
            "lock",
            &[
                ("acquire", lock_acquire),
                ("acquire_lock", lock_acquire),
                ("release", lock_release),
                ("release_lock", lock_release),
                ("locked", lock_locked),
                ("locked_lock", lock_locked),
                ("__enter__", lock_acquire),
                ("__exit__", lock_exit),
                ("__repr__", lock_repr),
                ("_at_fork_reinit", lock_reinit),
            ],
        );
        builtins::types::add_methods_kind(
            &t,
            &[("__new__", lock_new)],
            baton_vm::object::MethodKind::Static,
        );
        t
    })
    .clone()
}

fn rlock_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_type(
            "RLock",
            &[
                ("acquire", rlock_acquire),
                ("release", rlock_release),
                ("__enter__", rlock_acquire),
                ("__exit__", rlock_exit),
                ("__repr__", rlock_repr),
                ("_is_owned", rlock_is_owned),
                ("_release_save", rlock_release_save),
                ("_acquire_restore", rlock_acquire_restore),
                ("_recursion_count", rlock_recursion_count),
                ("_at_fork_reinit", rlock_reinit),
            ],
        );
        builtins::types::add_methods_kind(
            &t,
            &[("__new__", rlock_new)],
            baton_vm::object::MethodKind::Static,
        );
        t
    })
    .clone()
}

fn new_lock_object() -> (Value, Arc<RawLock>) {
    let raw = Arc::new(RawLock::new());
    let obj = ObjRef::new(
        lock_type(),
        Payload::Native(Box::new(Lock { raw: raw.clone() })),
    );
    (Value::Obj(obj), raw)
}

fn lock_of<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a Lock> {
    if let Some(Value::Obj(o)) = v {
        if let Payload::Native(n) = &o.payload {
            if let Some(l) = n.as_any().downcast_ref::<Lock>() {
                return Ok(l);
            }
        }
    }
    Err(vm.new_type_error("descriptor requires a '_thread.lock' object".to_string()))
}

fn rlock_of<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a RLock> {
    if let Some(Value::Obj(o)) = v {
        if let Payload::Native(n) = &o.payload {
            if let Some(l) = n.as_any().downcast_ref::<RLock>() {
                return Ok(l);
            }
        }
    }
    Err(vm.new_type_error("descriptor requires a '_thread.RLock' object".to_string()))
}

/// Parses acquire(blocking=True, timeout=-1) into a wait: None = forever.
fn acquire_timeout(vm: &mut Vm, args: &FuncArgs, fname: &str) -> PyResult<Option<Duration>> {
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let b = builtins::bind_native(vm, &rest, fname, &["blocking", "timeout"], 0)?;
    let blocking = if b[0].is_null() {
        true
    } else {
        vm.is_true(&b[0])?
    };
    let timeout = if b[1].is_null() {
        -1.0
    } else {
        timeout_seconds(vm, &b[1])?
    };
    if !blocking && timeout != -1.0 {
        return Err(
            vm.new_value_error("can't specify a timeout for a non-blocking call".to_string())
        );
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.new_value_error("timeout value must be positive".to_string()));
    }
    if !blocking {
        return Ok(Some(Duration::ZERO));
    }
    if timeout == -1.0 {
        return Ok(None);
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.new_overflow_error("timeout value is too large"));
    }
    Ok(Some(Duration::from_secs_f64(timeout)))
}

/// A timeout argument in seconds, with CPython's conversion errors.
fn timeout_seconds(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => float_timeout(vm, *f),
        Value::Obj(o) if matches!(o.payload, Payload::Float(_)) => {
            let f = builtins::float::float_of(vm, v)?;
            float_timeout(vm, f)
        }
        _ => {
            let i = builtins::int::int_of(vm, v).map_err(|_| {
                let tn = vm.type_name(v);
                vm.new_type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            })?;
            match i {
                Value::Int(n) if n.unsigned_abs() <= 9_223_372_036 => Ok(n as f64),
                Value::Bool(b) => Ok(b as i64 as f64),
                _ => Err(vm.new_overflow_error("timestamp too large to convert to C _PyTime_t")),
            }
        }
    }
}

fn float_timeout(vm: &mut Vm, f: f64) -> PyResult<f64> {
    if f.is_nan() {
        return Err(vm.new_value_error("Invalid value NaN (not a number)".to_string()));
    }
    if f.abs() > 9.223_372_036_854_776e9 {
        return Err(vm.new_overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(f)
}

fn int_from_u64(n: u64) -> Value {
    match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => builtins::int::bigint_to_value(num_bigint::BigInt::from(n)),
    }
}

fn index_u64(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    use num_traits::ToPrimitive;
    let b = crate::math_module::index_bigint(vm, v)?;
    b.to_u64()
        .ok_or_else(|| vm.new_overflow_error("Python int too large to convert to C unsigned long"))
}

// ---- lock --------------------------------------------------------------------------

fn lock_new(vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Err(vm.new_type_error("cannot create '_thread.lock' instances".to_string()))
}

fn lock_acquire(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let lock = lock_of(vm, args.args.first())?;
    let timeout = acquire_timeout(vm, &args, "acquire")?;
    let raw = lock.raw.clone();
    Ok(Value::Bool(vm.acquire_lock(&raw, timeout)?))
}

fn lock_release(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let lock = lock_of(vm, args.args.first())?;
    if !lock.raw.release() {
        return Err(vm.new_runtime_error("release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_exit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    lock_release(vm, FuncArgs::new(&args.args[..1.min(args.args.len())]))
}

fn lock_locked(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let lock = lock_of(vm, args.args.first())?;
    Ok(Value::Bool(lock.raw.is_locked()))
}

fn lock_reinit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let lock = lock_of(vm, args.args.first())?;
    lock.raw.reinit();
    Ok(Value::None)
}

fn lock_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let lock = lock_of(vm, args.args.first())?;
    let addr = match &args.args[0] {
        Value::Obj(o) => o.addr(),
        _ => 0,
    };
    let state = if lock.raw.is_locked() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(new_str(format!(
        "<{state} _thread.lock object at {addr:#x}>"
    )))
}

// ---- RLock -------------------------------------------------------------------------

fn rlock_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    // __new__(cls, *args, **kwargs): CPython ignores the extra arguments.
    let cls = match args.args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => return Err(vm.new_type_error("RLock.__new__(X): X is not a type object".to_string())),
    };
    Ok(Value::Obj(ObjRef::new(
        cls,
        Payload::Native(Box::new(RLock {
            raw: RawLock::new(),
            owner: AtomicU64::new(0),
            count: AtomicU64::new(0),
        })),
    )))
}

fn rlock_acquire(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = vm.thread_id;
    let r = rlock_of(vm, args.args.first())?;
    let timeout = acquire_timeout(vm, &args, "acquire")?;
    if r.count.load(Ordering::Relaxed) > 0 && r.owner.load(Ordering::Relaxed) == me {
        let c = r.count.load(Ordering::Relaxed);
        if c == u64::MAX {
            return Err(vm.new_overflow_error("Internal lock count overflowed"));
        }
        r.count.store(c + 1, Ordering::Relaxed);
        return Ok(Value::Bool(true));
    }
    // Keep the object alive across the wait (the GIL is released).
    let keep = args.args[0].clone();
    let Value::Obj(o) = &keep else {
        return Ok(Value::Bool(false));
    };
    let Payload::Native(n) = &o.payload else {
        return Ok(Value::Bool(false));
    };
    let Some(r) = n.as_any().downcast_ref::<RLock>() else {
        return Ok(Value::Bool(false));
    };
    if !vm.acquire_lock(&r.raw, timeout)? {
        return Ok(Value::Bool(false));
    }
    r.owner.store(me, Ordering::Relaxed);
    r.count.store(1, Ordering::Relaxed);
    Ok(Value::Bool(true))
}

fn rlock_release(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = vm.thread_id;
    let r = rlock_of(vm, args.args.first())?;
    let c = r.count.load(Ordering::Relaxed);
    if c == 0 || r.owner.load(Ordering::Relaxed) != me {
        return Err(vm.new_runtime_error("cannot release un-acquired lock"));
    }
    if c == 1 {
        r.count.store(0, Ordering::Relaxed);
        r.owner.store(0, Ordering::Relaxed);
        r.raw.release();
    } else {
        r.count.store(c - 1, Ordering::Relaxed);
    }
    Ok(Value::None)
}

fn rlock_exit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    rlock_release(vm, FuncArgs::new(&args.args[..1.min(args.args.len())]))
}

fn rlock_is_owned(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = vm.thread_id;
    let r = rlock_of(vm, args.args.first())?;
    Ok(Value::Bool(
        r.count.load(Ordering::Relaxed) > 0 && r.owner.load(Ordering::Relaxed) == me,
    ))
}

fn rlock_recursion_count(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = vm.thread_id;
    let r = rlock_of(vm, args.args.first())?;
    let n = if r.owner.load(Ordering::Relaxed) == me {
        r.count.load(Ordering::Relaxed)
    } else {
        0
    };
    Ok(Value::Int(n as i64))
}

fn rlock_release_save(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let r = rlock_of(vm, args.args.first())?;
    let c = r.count.load(Ordering::Relaxed);
    if c == 0 {
        return Err(vm.new_runtime_error("cannot release un-acquired lock"));
    }
    let owner = r.owner.load(Ordering::Relaxed);
    r.count.store(0, Ordering::Relaxed);
    r.owner.store(0, Ordering::Relaxed);
    r.raw.release();
    Ok(builtins::new_tuple(vec![
        Value::Int(c as i64),
        int_from_u64(owner),
    ]))
}

fn rlock_acquire_restore(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "_acquire_restore", 2, 2)?;
    let keep = args.args[0].clone();
    let state = args.args[1].clone();
    let (count, owner) = match &state {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) if t.len() == 2 => {
                let c = index_u64(vm, &t[0])?;
                let w = index_u64(vm, &t[1])?;
                (c, w)
            }
            _ => {
                return Err(
                    vm.new_type_error("_acquire_restore() argument 1 must be tuple".to_string())
                )
            }
        },
        _ => {
            return Err(vm.new_type_error("_acquire_restore() argument 1 must be tuple".to_string()))
        }
    };
    let r = rlock_of(vm, Some(&keep))?;
    vm.acquire_lock(&r.raw, None)?;
    r.owner.store(owner, Ordering::Relaxed);
    r.count.store(count, Ordering::Relaxed);
    Ok(Value::None)
}

fn rlock_reinit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let r = rlock_of(vm, args.args.first())?;
    r.raw.reinit();
    r.owner.store(0, Ordering::Relaxed);
    r.count.store(0, Ordering::Relaxed);
    Ok(Value::None)
}

fn rlock_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let r = rlock_of(vm, args.args.first())?;
    let (addr, tname) = match &args.args[0] {
        Value::Obj(o) => (
            o.addr(),
            baton_vm::types::type_data(o.type_ref()).name().to_string(),
        ),
        _ => (0, "RLock".to_string()),
    };
    let count = r.count.load(Ordering::Relaxed);
    let state = if count > 0 { "locked" } else { "unlocked" };
    let module = if tname == "RLock" { "_thread." } else { "" };
    Ok(new_str(format!(
        "<{state} {module}{tname} object owner={} count={count} at {addr:#x}>",
        r.owner.load(Ordering::Relaxed)
    )))
}

// ---- module functions --------------------------------------------------------------

fn t_allocate_lock(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "allocate_lock", 0, 0)?;
    Ok(new_lock_object().0)
}

fn t_start_new_thread(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.new_type_error("start_new_thread() takes no keyword arguments".to_string()));
    }
    let pos = args.pos();
    if pos.len() < 2 || pos.len() > 3 {
        return Err(vm.new_type_error(format!(
            "start_new_thread expected {} arguments, got {}",
            if pos.len() < 2 {
                "at least 2"
            } else {
                "at most 3"
            },
            pos.len()
        )));
    }
    if !builtins::module::is_callable(&pos[0]) {
        return Err(vm.new_type_error("first arg must be callable".to_string()));
    }
    let is_tuple = matches!(&pos[1], Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)));
    if !is_tuple {
        return Err(vm.new_type_error("2nd arg must be a tuple".to_string()));
    }
    let kwargs = match pos.get(2) {
        None => Value::None,
        Some(v @ Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => v.clone(),
        Some(_) => {
            return Err(vm.new_type_error("optional 3rd arg must be a dictionary".to_string()))
        }
    };
    let ident = baton_vm::thread::start_new_thread(vm, pos[0].clone(), pos[1].clone(), kwargs)?;
    Ok(int_from_u64(ident))
}

fn t_get_ident(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "get_ident", 0, 0)?;
    Ok(int_from_u64(vm.thread_id))
}

fn t_get_native_id(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "get_native_id", 0, 0)?;
    // SAFETY: gettid has no preconditions.
    let tid = unsafe { libc::gettid() };
    Ok(Value::Int(tid as i64))
}

fn t_count(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "_count", 0, 0)?;
    Ok(Value::Int(
        baton_vm::thread::RUNNING.load(Ordering::Acquire) as i64,
    ))
}

fn t_stack_size(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "stack_size", 0, 1)?;
    let old = baton_vm::thread::STACK_SIZE.load(Ordering::Relaxed);
    if let Some(v) = args.args.first() {
        let n = index_u64(vm, v)
            .map_err(|_| vm.new_value_error("size must be 0 or a positive value".to_string()))?;
        if n != 0 && n < 32768 {
            return Err(vm.new_value_error(format!("size not valid: {n} bytes")));
        }
        baton_vm::thread::STACK_SIZE.store(n as usize, Ordering::Relaxed);
    }
    Ok(Value::Int(old as i64))
}

fn t_interrupt_main(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = builtins::bind_native(vm, &args, "interrupt_main", &["signum"], 0)?;
    let sig = if b[0].is_null() {
        libc::SIGINT
    } else {
        match builtins::int::int_of(vm, &b[0])? {
            Value::Int(n) if (1..65).contains(&n) => n as i32,
            _ => return Err(vm.new_value_error("signal number out of range".to_string())),
        }
    };
    baton_vm::signals::trip(sig);
    Ok(Value::None)
}

fn t_exit(vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Err(vm.new_exception_empty(&types().exc.system_exit))
}

fn t_set_sentinel(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "_set_sentinel", 0, 0)?;
    let (obj, raw) = new_lock_object();
    raw.try_acquire();
    vm.at_thread_exit.push(Box::new(move || {
        raw.release();
    }));
    Ok(obj)
}

fn t_daemon_threads_allowed(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with(
        "_thread",
        &[
            ("allocate_lock", t_allocate_lock),
            ("allocate", t_allocate_lock),
            ("start_new_thread", t_start_new_thread),
            ("start_new", t_start_new_thread),
            ("get_ident", t_get_ident),
            ("get_native_id", t_get_native_id),
            ("_count", t_count),
            ("stack_size", t_stack_size),
            ("interrupt_main", t_interrupt_main),
            ("exit", t_exit),
            ("exit_thread", t_exit),
            ("_set_sentinel", t_set_sentinel),
            ("daemon_threads_allowed", t_daemon_threads_allowed),
        ],
    );
    let d = baton_vm::import::module_dict(&m);
    builtins::dict_set_str(&d, "LockType", Value::Obj(lock_type()));
    builtins::dict_set_str(&d, "RLock", Value::Obj(rlock_type()));
    builtins::dict_set_str(&d, "TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    builtins::dict_set_str(&d, "error", Value::Obj(types().exc.runtime_error.clone()));
    Ok(m)
}
