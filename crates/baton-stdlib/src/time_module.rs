//! The `time` module: clocks, sleeping, and conversions between timestamps,
//! `struct_time` and text, with CPython 3.11's results and errors.
//!
//! The calendar conversions call the C library (`gmtime_r`, `localtime_r`,
//! `mktime`, `strftime`) as CPython does, so time zones and every strftime
//! directive behave identically. `sleep` waits in [`blocking_sleep`], the one
//! call that blocks, so that the GIL can be released around it.
//!
//! Not provided: `strptime` is delegated to a Python `_strptime` module, as
//! CPython does, and fails with ModuleNotFoundError until one exists;
//! `clock_settime` and `pthread_getcpuclockid` are absent.

use baton_vm::builtins::{self, new_str, new_tuple, types};
use baton_vm::object::Payload;
use baton_vm::{FuncArgs, ObjRef, PyErr, PyResult, Value, Vm};
use num_traits::ToPrimitive;
use std::ffi::{CStr, CString};
use std::sync::OnceLock;
use std::time::Duration;

// ---- clocks ---------------------------------------------------------------------------

/// Reads a clock as nanoseconds.
#[allow(clippy::useless_conversion)] // time_t and c_long are i64 only on 64-bit targets
fn clock_ns(clock: libc::clockid_t) -> Option<i64> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
    let r = unsafe { libc::clock_gettime(clock, &mut ts) };
    if r != 0 {
        return None;
    }
    Some(
        i64::from(ts.tv_sec)
            .saturating_mul(1_000_000_000)
            .saturating_add(i64::from(ts.tv_nsec)),
    )
}

fn clock_value(vm: &mut Vm, clock: libc::clockid_t) -> PyResult<i64> {
    match clock_ns(clock) {
        Some(ns) => Ok(ns),
        None => {
            let e = std::io::Error::last_os_error();
            Err(vm.new_os_error(&e, None))
        }
    }
}

fn secs(ns: i64) -> Value {
    Value::Float(ns as f64 / 1e9)
}

fn no_args(vm: &mut Vm, args: &FuncArgs, name: &str) -> PyResult<()> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("time.{name}() takes no keyword arguments")));
    }
    if !args.args.is_empty() {
        return Err(vm.new_type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.args.len()
        )));
    }
    Ok(())
}

macro_rules! clock_fns {
    ($($float_name:ident, $ns_name:ident, $pyname:literal, $pyname_ns:literal, $clock:expr;)*) => {
        $(
            fn $float_name(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
                no_args(vm, &args, $pyname)?;
                Ok(secs(clock_value(vm, $clock)?))
            }
            fn $ns_name(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
                no_args(vm, &args, $pyname_ns)?;
                Ok(Value::Int(clock_value(vm, $clock)?))
            }
        )*
    };
}

clock_fns! {
    t_time, t_time_ns, "time", "time_ns", libc::CLOCK_REALTIME;
    t_monotonic, t_monotonic_ns, "monotonic", "monotonic_ns", libc::CLOCK_MONOTONIC;
    t_perf_counter, t_perf_counter_ns, "perf_counter", "perf_counter_ns", libc::CLOCK_MONOTONIC;
    t_process_time, t_process_time_ns, "process_time", "process_time_ns", libc::CLOCK_PROCESS_CPUTIME_ID;
    t_thread_time, t_thread_time_ns, "thread_time", "thread_time_ns", libc::CLOCK_THREAD_CPUTIME_ID;
}

fn clock_id_arg(vm: &mut Vm, args: &FuncArgs, name: &str) -> PyResult<libc::clockid_t> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("time.{name}() takes no keyword arguments")));
    }
    if args.args.len() != 1 {
        return Err(vm.new_type_error(format!(
            "time.{name}() takes exactly one argument ({} given)",
            args.args.len()
        )));
    }
    let id = builtins::arg_index(vm, &args.args[0])?;
    match i32::try_from(id) {
        Ok(id) => Ok(id as libc::clockid_t),
        Err(_) => Err(vm.new_overflow_error("signed integer is greater than maximum")),
    }
}

fn t_clock_gettime(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let id = clock_id_arg(vm, &args, "clock_gettime")?;
    Ok(secs(clock_value(vm, id)?))
}

fn t_clock_gettime_ns(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let id = clock_id_arg(vm, &args, "clock_gettime_ns")?;
    Ok(Value::Int(clock_value(vm, id)?))
}

fn resolution(clock: libc::clockid_t) -> Option<f64> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
    let r = unsafe { libc::clock_getres(clock, &mut ts) };
    (r == 0).then_some(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)
}

fn t_clock_getres(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let id = clock_id_arg(vm, &args, "clock_getres")?;
    match resolution(id) {
        Some(r) => Ok(Value::Float(r)),
        None => {
            let e = std::io::Error::last_os_error();
            Err(vm.new_os_error(&e, None))
        }
    }
}

fn t_get_clock_info(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "get_clock_info", &["name"], 1)?;
    let name = builtins::arg_str(vm, &a[0], "get_clock_info", "1")?.to_string();
    let (implementation, clock, monotonic, adjustable) = match name.as_str() {
        "time" => (
            "clock_gettime(CLOCK_REALTIME)",
            libc::CLOCK_REALTIME,
            false,
            true,
        ),
        "monotonic" | "perf_counter" => (
            "clock_gettime(CLOCK_MONOTONIC)",
            libc::CLOCK_MONOTONIC,
            true,
            false,
        ),
        "process_time" => (
            "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)",
            libc::CLOCK_PROCESS_CPUTIME_ID,
            true,
            false,
        ),
        "thread_time" => (
            "clock_gettime(CLOCK_THREAD_CPUTIME_ID)",
            libc::CLOCK_THREAD_CPUTIME_ID,
            true,
            false,
        ),
        _ => return Err(vm.new_value_error("unknown clock".to_string())),
    };
    let res = resolution(clock).unwrap_or(1e-9);
    let types_mod = baton_vm::import::import_module(vm, "types")?;
    let ns = vm.get_attr_str(&types_mod, "SimpleNamespace")?;
    let values = [
        new_str(implementation),
        Value::Bool(monotonic),
        Value::Bool(adjustable),
        Value::Float(res),
    ];
    let names = [
        new_str("implementation"),
        new_str("monotonic"),
        new_str("adjustable"),
        new_str("resolution"),
    ];
    vm.call_args(&ns, FuncArgs::with_kw(&values, &names))
}

// ---- sleep ------------------------------------------------------------------------------

/// The blocking wait of `time.sleep`: sleeps for `dur`, or less if a signal
/// arrives. Returns false when interrupted by a signal (the caller runs the
/// signal handlers and sleeps for the rest). This is the only part of
/// `sleep` that blocks: the GIL is to be released around this call.
pub fn blocking_sleep(dur: Duration) -> bool {
    let ts = libc::timespec {
        tv_sec: dur.as_secs().min(libc::time_t::MAX as u64) as libc::time_t,
        tv_nsec: dur.subsec_nanos() as libc::c_long,
    };
    // SAFETY: `ts` is a valid timespec; a null remainder pointer is allowed.
    let r = unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) };
    r == 0
}

/// The argument of sleep() as nanoseconds, with CPython's rounding (up)
/// and errors.
fn timeout_ns(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let f = match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    };
    if let Some(d) = f {
        if d.is_nan() {
            return Err(vm.new_value_error("Invalid value NaN (not a number)".to_string()));
        }
        let ns = (d * 1e9).ceil();
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&ns) {
            return Err(vm.new_overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(ns as i64);
    }
    let i = crate::math_module::index_bigint(vm, v)?;
    match i.to_i64().and_then(|s| s.checked_mul(1_000_000_000)) {
        Some(ns) => Ok(ns),
        None => Err(vm.new_overflow_error("timestamp too large to convert to C _PyTime_t")),
    }
}

fn t_sleep(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.new_type_error("time.sleep() takes no keyword arguments".to_string()));
    }
    if args.args.len() != 1 {
        return Err(vm.new_type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            args.args.len()
        )));
    }
    let ns = timeout_ns(vm, &args.args[0])?;
    if ns < 0 {
        return Err(vm.new_value_error("sleep length must be non-negative".to_string()));
    }
    let start = std::time::Instant::now();
    let total = Duration::from_nanos(ns as u64);
    loop {
        let remaining = total.saturating_sub(start.elapsed());
        if vm.allow_threads(|| blocking_sleep(remaining)) {
            break;
        }
        // Interrupted by a signal: run its handler (which may raise), then
        // sleep for what is left, as CPython does (PEP 475).
        baton_vm::signals::run_pending(vm)?;
        if start.elapsed() >= total {
            break;
        }
    }
    Ok(Value::None)
}

// ---- struct_time ----------------------------------------------------------------------

const FIELDS: [&str; 11] = [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];

static STRUCT_TIME: OnceLock<ObjRef> = OnceLock::new();

fn native(name: &'static str, func: baton_vm::vm::NativeFn, bound: Value) -> Value {
    Value::Obj(Vm::new_builtin_function(name, func, bound, Some("time")))
}

/// Field getter: bound to the field's index.
fn st_field_get(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let (i, this) = match args.args {
        [Value::Int(i), this, ..] => (*i as usize, this),
        _ => return Err(vm.new_type_error("struct_time field getter: bad call".to_string())),
    };
    let Value::Obj(o) = this else {
        return Err(
            vm.new_type_error("descriptor requires a 'time.struct_time' object".to_string())
        );
    };
    if i < 9 {
        return Ok(builtins::tuple_items(o)
            .get(i)
            .cloned()
            .unwrap_or(Value::None));
    }
    // tm_zone and tm_gmtoff are not part of the sequence: kept in the instance dict.
    Ok(o.dict
        .get()
        .and_then(|d| builtins::dict_get_str(&d, FIELDS[i]))
        .unwrap_or(Value::None))
}

fn st_field_set(vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Err(vm.new_exception_msg(
        &types().exc.attribute_error,
        "readonly attribute".to_string(),
    ))
}

fn st_extra(o: &ObjRef, name: &str) -> Value {
    o.dict
        .get()
        .and_then(|d| builtins::dict_get_str(&d, name))
        .unwrap_or(Value::None)
}

/// A new struct_time from its 9 items and the zone attributes.
fn new_struct_time(items: Vec<Value>, zone: Value, gmtoff: Value) -> Value {
    let t = match STRUCT_TIME.get() {
        Some(t) => t.clone(),
        None => return new_tuple(items),
    };
    let o = ObjRef::new(t, Payload::Tuple(items.into_boxed_slice()));
    let d = builtins::new_dict();
    builtins::dict_set_str(&d, "tm_zone", zone);
    builtins::dict_set_str(&d, "tm_gmtoff", gmtoff);
    o.dict.set(Some(d));
    Value::Obj(o)
}

/// `struct_time(sequence, dict=None)`.
fn st_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = args.args.first().cloned().unwrap_or(Value::None);
    let rest = FuncArgs::with_kw(args.args.get(1..).unwrap_or(&[]), args.kwnames);
    let a = builtins::bind_native(vm, &rest, "structseq", &["sequence", "dict"], 1)?;
    let items = match &a[0] {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_) | Payload::List(_)) => {
            builtins::seq_items(o)
        }
        v => {
            let t = vm.type_of(v);
            let is_seq = baton_vm::types::lookup(&t, &builtins::intern("__getitem__")).is_some()
                && baton_vm::types::lookup(&t, &builtins::intern("__len__")).is_some();
            if !is_seq && baton_vm::types::lookup(&t, &builtins::intern("__iter__")).is_none() {
                return Err(vm.new_type_error("constructor requires a sequence".to_string()));
            }
            vm.iterate(v)?
        }
    };
    let dict = match &a[1] {
        Value::Null | Value::None => None,
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => Some(o.clone()),
        _ => {
            return Err(vm.new_type_error(
                "time.struct_time() takes a dict as second arg, if any".to_string(),
            ))
        }
    };
    let n = items.len();
    if n < 9 {
        return Err(vm.new_type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({n}-sequence given)"
        )));
    }
    if n > 11 {
        return Err(vm.new_type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({n}-sequence given)"
        )));
    }
    let mut extra = [Value::None, Value::None];
    for (k, slot) in extra.iter_mut().enumerate() {
        if let Some(v) = items.get(9 + k) {
            *slot = v.clone();
        } else if let Some(d) = &dict {
            if let Some(v) = builtins::dict_get_str(d, FIELDS[9 + k]) {
                *slot = v;
            }
        }
    }
    let [zone, gmtoff] = extra;
    let seq: Vec<Value> = items.into_iter().take(9).collect();
    let st = new_struct_time(seq, zone, gmtoff);
    // A subclass of struct_time gets its own type.
    if let (Value::Obj(c), Value::Obj(o)) = (&cls, &st) {
        if !STRUCT_TIME.get().is_some_and(|t| t.is(c)) {
            let sub = ObjRef::new(
                c.clone(),
                Payload::Tuple(builtins::tuple_items(o).to_vec().into_boxed_slice()),
            );
            sub.dict.set(o.dict.get());
            return Ok(Value::Obj(sub));
        }
    }
    Ok(st)
}

fn st_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.args.first() else {
        return Err(vm.new_type_error("descriptor '__repr__' needs an argument".to_string()));
    };
    let items = builtins::tuple_items(o).to_vec();
    let mut parts = Vec::with_capacity(9);
    for (f, v) in FIELDS.iter().zip(items.iter()) {
        parts.push(format!("{}={}", f, vm.repr_string(v)?));
    }
    Ok(new_str(format!("time.struct_time({})", parts.join(", "))))
}

fn st_reduce(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.args.first() else {
        return Err(vm.new_type_error("descriptor '__reduce__' needs an argument".to_string()));
    };
    let d = builtins::new_dict();
    builtins::dict_set_str(&d, "tm_zone", st_extra(o, "tm_zone"));
    builtins::dict_set_str(&d, "tm_gmtoff", st_extra(o, "tm_gmtoff"));
    let seq = new_tuple(builtins::tuple_items(o).to_vec());
    Ok(new_tuple(vec![
        Value::Obj(o.type_ref().clone()),
        new_tuple(vec![seq, Value::Obj(d)]),
    ]))
}

fn make_struct_time_type(vm: &mut Vm) -> PyResult<ObjRef> {
    let ns = builtins::new_dict();
    let property = Value::Obj(types().property.clone());
    for (i, f) in FIELDS.iter().enumerate() {
        let getter = native(f, st_field_get, Value::Int(i as i64));
        let setter = native(f, st_field_set, Value::Int(i as i64));
        let prop = vm.call(&property, &[getter, setter])?;
        builtins::dict_set_str(&ns, f, prop);
    }
    let new = native("__new__", st_new, Value::Null);
    let new = vm.call(&Value::Obj(types().staticmethod.clone()), &[new])?;
    builtins::dict_set_str(&ns, "__new__", new);
    builtins::dict_set_str(&ns, "__repr__", native("__repr__", st_repr, Value::Null));
    builtins::dict_set_str(
        &ns,
        "__reduce__",
        native("__reduce__", st_reduce, Value::Null),
    );
    builtins::dict_set_str(&ns, "__module__", new_str("time"));
    builtins::dict_set_str(&ns, "n_fields", Value::Int(11));
    builtins::dict_set_str(&ns, "n_sequence_fields", Value::Int(9));
    builtins::dict_set_str(&ns, "n_unnamed_fields", Value::Int(0));
    builtins::dict_set_str(
        &ns,
        "__doc__",
        new_str(
            "The time value as returned by gmtime(), localtime(), and strptime(), and\n \
             accepted by asctime(), mktime() and strftime().  May be considered as a\n \
             sequence of 9 integers.",
        ),
    );
    let t = vm.call(
        &Value::Obj(types().type_.clone()),
        &[
            new_str("struct_time"),
            new_tuple(vec![Value::Obj(types().tuple.clone())]),
            Value::Obj(ns),
        ],
    )?;
    let Value::Obj(t) = t else {
        return Err(vm.new_type_error("could not create time.struct_time".to_string()));
    };
    // Methods that bind to the instance, as a built-in type's do.
    for (name, func) in [
        ("__repr__", st_repr as baton_vm::vm::NativeFn),
        ("__reduce__", st_reduce),
    ] {
        let m = builtins::method_descriptor(&t, name, func, baton_vm::object::MethodKind::Instance);
        vm.set_attr(&Value::Obj(t.clone()), &builtins::intern(name), m)?;
    }
    Ok(t)
}

// ---- struct tm --------------------------------------------------------------------------

fn empty_tm() -> libc::tm {
    libc::tm {
        tm_sec: 0,
        tm_min: 0,
        tm_hour: 0,
        tm_mday: 0,
        tm_mon: 0,
        tm_year: 0,
        tm_wday: 0,
        tm_yday: 0,
        tm_isdst: 0,
        tm_gmtoff: 0,
        tm_zone: std::ptr::null(),
    }
}

/// The zone name of a C `struct tm` (set by gmtime_r/localtime_r).
fn tm_zone_name(tm: &libc::tm) -> String {
    if tm.tm_zone.is_null() {
        return String::new();
    }
    // SAFETY: a non-null tm_zone set by the C library points to a
    // NUL-terminated string that lives as long as the process's zone data.
    unsafe { CStr::from_ptr(tm.tm_zone) }
        .to_string_lossy()
        .into_owned()
}

#[allow(clippy::useless_conversion)] // c_long is i64 only on 64-bit targets
fn tm_to_struct_time(tm: &libc::tm) -> Value {
    let items = vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
    ];
    new_struct_time(
        items,
        new_str(tm_zone_name(tm)),
        Value::Int(i64::from(tm.tm_gmtoff)),
    )
}

/// A timestamp argument as time_t (rounded down), or now for None/absent.
fn time_t_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<libc::time_t> {
    let v = match v {
        None | Some(Value::None) => {
            // SAFETY: time() with a null pointer only returns the time.
            return Ok(unsafe { libc::time(std::ptr::null_mut()) });
        }
        Some(v) => v,
    };
    let f = match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    };
    if let Some(d) = f {
        if d.is_nan() {
            return Err(vm.new_value_error("Invalid value NaN (not a number)".to_string()));
        }
        let d = d.floor();
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&d) {
            return Err(vm.new_overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(d as libc::time_t);
    }
    let i = crate::math_module::index_bigint(vm, v)?;
    match i.to_i64() {
        Some(t) => Ok(t as libc::time_t),
        None => Err(vm.new_overflow_error("timestamp out of range for platform time_t")),
    }
}

fn opt_arg<'a>(vm: &mut Vm, args: &FuncArgs<'a>, name: &str) -> PyResult<Option<&'a Value>> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.args.len() > 1 {
        return Err(vm.new_type_error(format!(
            "{name}() takes at most 1 argument ({} given)",
            args.args.len()
        )));
    }
    Ok(args.args.first())
}

fn os_errno(vm: &mut Vm) -> PyErr {
    let mut e = std::io::Error::last_os_error();
    if e.raw_os_error() == Some(0) {
        e = std::io::Error::from_raw_os_error(libc::EOVERFLOW);
    }
    vm.new_os_error(&e, None)
}

fn gmtime_of(vm: &mut Vm, t: libc::time_t) -> PyResult<libc::tm> {
    let mut tm = empty_tm();
    // SAFETY: both pointers are valid for the call; gmtime_r is reentrant.
    let r = unsafe { libc::gmtime_r(&t, &mut tm) };
    if r.is_null() {
        return Err(os_errno(vm));
    }
    Ok(tm)
}

fn localtime_of(vm: &mut Vm, t: libc::time_t) -> PyResult<libc::tm> {
    let mut tm = empty_tm();
    // SAFETY: both pointers are valid for the call; localtime_r is reentrant.
    let r = unsafe { libc::localtime_r(&t, &mut tm) };
    if r.is_null() {
        return Err(os_errno(vm));
    }
    Ok(tm)
}

fn t_gmtime(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = opt_arg(vm, &args, "gmtime")?;
    let t = time_t_arg(vm, a)?;
    let tm = gmtime_of(vm, t)?;
    Ok(tm_to_struct_time(&tm))
}

fn t_localtime(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = opt_arg(vm, &args, "localtime")?;
    let t = time_t_arg(vm, a)?;
    let tm = localtime_of(vm, t)?;
    Ok(tm_to_struct_time(&tm))
}

/// A `struct tm` read from a 9-tuple or struct_time (CPython's `gettmarg`),
/// with the zone name's storage (it must outlive uses of the `tm`).
fn tuple_to_tm(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<(libc::tm, Option<CString>)> {
    let o = match v {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => o,
        _ => return Err(vm.new_type_error("Tuple or struct_time argument required".to_string())),
    };
    let items = builtins::tuple_items(o).to_vec();
    if items.len() != 9 {
        return Err(vm.new_type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i32; 9];
    for (slot, item) in f.iter_mut().zip(items.iter()) {
        if let Value::Float(_) = item {
            return Err(
                vm.new_type_error("'float' object cannot be interpreted as an integer".to_string())
            );
        }
        let i = crate::math_module::index_bigint(vm, item)?;
        *slot = match i.to_i32() {
            Some(x) => x,
            None if i.sign() == num_bigint::Sign::Minus => {
                return Err(vm.new_overflow_error("signed integer is less than minimum"))
            }
            None => return Err(vm.new_overflow_error("signed integer is greater than maximum")),
        };
    }
    if f[0] < i32::MIN + 1900 {
        return Err(vm.new_overflow_error("year out of range"));
    }
    let mut tm = empty_tm();
    tm.tm_year = f[0] - 1900;
    tm.tm_mon = f[1].wrapping_sub(1);
    tm.tm_mday = f[2];
    tm.tm_hour = f[3];
    tm.tm_min = f[4];
    tm.tm_sec = f[5];
    tm.tm_wday = f[6].wrapping_add(1) % 7;
    tm.tm_yday = f[7].wrapping_sub(1);
    tm.tm_isdst = f[8];
    let mut zone = None;
    if STRUCT_TIME.get().is_some_and(|t| t.is(o.type_ref())) {
        let z = st_extra(o, "tm_zone");
        if builtins::is_str(&z) {
            match CString::new(builtins::str_of(&z)) {
                Ok(c) => {
                    tm.tm_zone = c.as_ptr();
                    zone = Some(c);
                }
                Err(_) => return Err(vm.new_value_error("embedded null character".to_string())),
            }
        }
        let g = st_extra(o, "tm_gmtoff");
        if !g.is_none() {
            tm.tm_gmtoff = builtins::arg_index(vm, &g)? as libc::c_long;
        }
    }
    Ok((tm, zone))
}

/// CPython's `checktm`: range checks before strftime() and asctime(), with
/// 0 accepted (and made the least valid value) for month, day and yday.
fn check_tm(vm: &mut Vm, tm: &mut libc::tm) -> PyResult<()> {
    let err = |vm: &mut Vm, m: &str| Err(vm.new_value_error(m.to_string()));
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return err(vm, "month out of range");
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return err(vm, "day of month out of range");
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return err(vm, "hour out of range");
    }
    if !(0..=59).contains(&tm.tm_min) {
        return err(vm, "minute out of range");
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return err(vm, "seconds out of range");
    }
    if tm.tm_wday < 0 {
        return err(vm, "day of week out of range");
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return err(vm, "day of year out of range");
    }
    Ok(())
}

fn now_local(vm: &mut Vm) -> PyResult<libc::tm> {
    let t = time_t_arg(vm, None)?;
    localtime_of(vm, t)
}

fn asctime_text(tm: &libc::tm) -> String {
    const WDAY: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MON: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        WDAY.get(tm.tm_wday as usize).unwrap_or(&"???"),
        MON.get(tm.tm_mon as usize).unwrap_or(&"???"),
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        1900 + tm.tm_year as i64
    )
}

fn t_asctime(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.new_type_error("asctime() takes no keyword arguments".to_string()));
    }
    if args.args.len() > 1 {
        return Err(vm.new_type_error(format!(
            "asctime expected at most 1 argument, got {}",
            args.args.len()
        )));
    }
    let tm = match args.args.first() {
        None => now_local(vm)?,
        Some(v) => {
            let (mut tm, _zone) = tuple_to_tm(vm, v, "asctime")?;
            check_tm(vm, &mut tm)?;
            tm
        }
    };
    Ok(new_str(asctime_text(&tm)))
}

fn t_ctime(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = opt_arg(vm, &args, "ctime")?;
    let t = time_t_arg(vm, a)?;
    let tm = localtime_of(vm, t)?;
    Ok(new_str(asctime_text(&tm)))
}

fn t_mktime(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.new_type_error("time.mktime() takes no keyword arguments".to_string()));
    }
    if args.args.len() != 1 {
        return Err(vm.new_type_error(format!(
            "time.mktime() takes exactly one argument ({} given)",
            args.args.len()
        )));
    }
    let (mut tm, _zone) = tuple_to_tm(vm, &args.args[0], "mktime")?;
    // A sentinel: mktime sets tm_wday when it succeeds.
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid, writable struct tm; its tm_zone (if any)
    // points into `_zone`, alive until the end of this function.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.new_overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

/// Formats with the C library's strftime, growing the buffer as CPython does.
fn c_strftime(fmt: &CStr, tm: &libc::tm) -> Vec<u8> {
    let fmtlen = fmt.to_bytes().len();
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes, `fmt` is NUL-terminated
        // and `tm` is a valid struct tm whose tm_zone is null or a live C string.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                fmt.as_ptr(),
                tm,
            )
        };
        if n > 0 || size >= 256 * fmtlen.max(1) {
            buf.truncate(n);
            return buf;
        }
        size *= 2;
    }
}

fn t_strftime(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.new_type_error("strftime() takes no keyword arguments".to_string()));
    }
    let a = args.args;
    if a.is_empty() {
        return Err(vm.new_type_error("strftime() takes at least 1 argument (0 given)".to_string()));
    }
    if a.len() > 2 {
        return Err(vm.new_type_error(format!(
            "strftime() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    if !builtins::is_str(&a[0]) {
        return Err(vm.new_type_error(format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(&a[0])
        )));
    }
    let fmt = builtins::str_of(&a[0]).to_string();
    let (mut tm, _zone) = match a.get(1) {
        None => (now_local(vm)?, None),
        Some(v) => {
            let (mut tm, zone) = tuple_to_tm(vm, v, "strftime")?;
            check_tm(vm, &mut tm)?;
            (tm, zone)
        }
    };
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    let cfmt = match CString::new(fmt) {
        Ok(c) => c,
        Err(_) => return Err(vm.new_value_error("embedded null character".to_string())),
    };
    let out = c_strftime(&cfmt, &tm);
    Ok(new_str(String::from_utf8_lossy(&out).into_owned()))
}

fn t_strptime(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = baton_vm::import::import_module(vm, "_strptime")?;
    let f = vm.get_attr_str(&m, "_strptime_time")?;
    vm.call_args(&f, args)
}

// ---- time zone --------------------------------------------------------------------------

/// Sets timezone, altzone, daylight and tzname from the local zone's offsets
/// in January and July of this year (as CPython's `init_timezone`).
fn init_timezone(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    const YEAR: libc::time_t = (365 * 24 + 6) * 3600;
    let now = time_t_arg(vm, None)?;
    let t = (now / YEAR) * YEAR;
    let jan = localtime_of(vm, t)?;
    let jul = localtime_of(vm, t + YEAR / 2)?;
    let (janzone, julzone) = (-(jan.tm_gmtoff as i64), -(jul.tm_gmtoff as i64));
    let (janname, julname) = (tm_zone_name(&jan), tm_zone_name(&jul));
    let (tz, alt, names) = if janzone < julzone {
        // The southern hemisphere: daylight saving time in January.
        (julzone, janzone, (julname, janname))
    } else {
        (janzone, julzone, (janname, julname))
    };
    builtins::dict_set_str(d, "timezone", Value::Int(tz));
    builtins::dict_set_str(d, "altzone", Value::Int(alt));
    builtins::dict_set_str(d, "daylight", Value::Int((janzone != julzone) as i64));
    builtins::dict_set_str(
        d,
        "tzname",
        new_tuple(vec![new_str(names.0), new_str(names.1)]),
    );
    Ok(())
}

fn t_tzset(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    no_args(vm, &args, "tzset")?;
    // SAFETY: tzset only rereads TZ and updates the C library's zone state.
    unsafe { tzset() };
    if let Some(Value::Obj(m)) = builtins::dict_get_str(&baton_vm::vm::runtime().modules, "time") {
        if let Some(d) = m.dict.get() {
            init_timezone(vm, &d)?;
        }
    }
    Ok(Value::None)
}

extern "C" {
    fn tzset();
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with(
        "time",
        &[
            ("time", t_time),
            ("time_ns", t_time_ns),
            ("monotonic", t_monotonic),
            ("monotonic_ns", t_monotonic_ns),
            ("perf_counter", t_perf_counter),
            ("perf_counter_ns", t_perf_counter_ns),
            ("process_time", t_process_time),
            ("process_time_ns", t_process_time_ns),
            ("thread_time", t_thread_time),
            ("thread_time_ns", t_thread_time_ns),
            ("clock_gettime", t_clock_gettime),
            ("clock_gettime_ns", t_clock_gettime_ns),
            ("clock_getres", t_clock_getres),
            ("get_clock_info", t_get_clock_info),
            ("sleep", t_sleep),
            ("gmtime", t_gmtime),
            ("localtime", t_localtime),
            ("asctime", t_asctime),
            ("ctime", t_ctime),
            ("mktime", t_mktime),
            ("strftime", t_strftime),
            ("strptime", t_strptime),
            ("tzset", t_tzset),
        ],
    );
    let d = baton_vm::import::module_dict(&m);
    let st = match STRUCT_TIME.get() {
        Some(t) => t.clone(),
        None => {
            let t = make_struct_time_type(vm)?;
            STRUCT_TIME.get_or_init(|| t).clone()
        }
    };
    builtins::dict_set_str(&d, "struct_time", Value::Obj(st));
    for (name, v) in [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
    ] {
        builtins::dict_set_str(&d, name, Value::Int(v as i64));
    }
    builtins::dict_set_str(&d, "_STRUCT_TM_ITEMS", Value::Int(11));
    // SAFETY: tzset only reads TZ and initialises the C library's zone state.
    unsafe { tzset() };
    init_timezone(vm, &d)?;
    Ok(m)
}
