//! The `_baton` module: what Baton lets a program see of itself, starting
//! with the GIL's accounting (`_baton.gil_stats()`).

use baton_vm::builtins;
use baton_vm::{FuncArgs, ObjRef, PyResult, Value, Vm};

/// `gil_stats()`: a dict of what the GIL has done since the start (or the
/// last `reset_gil_stats()`): switches, drop_requests, forced_drops,
/// contended_takes, total_wait, max_wait, max_hold_while_waited (seconds),
/// holds_while_waited and long_holds_while_waited (over 2 intervals),
/// switch_interval, threads (Python threads besides the main one).
fn b_gil_stats(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "gil_stats", 0, 0)?;
    let s = baton_vm::gil::stats();
    let d = builtins::new_dict();
    let set = |k: &str, v: Value| builtins::dict_set_str(&d, k, v);
    set("switches", Value::Int(s.switches as i64));
    set("drop_requests", Value::Int(s.drop_requests as i64));
    set("forced_drops", Value::Int(s.forced_drops as i64));
    set("contended_takes", Value::Int(s.contended_takes as i64));
    set("total_wait", Value::Float(s.total_wait.as_secs_f64()));
    set("max_wait", Value::Float(s.max_wait.as_secs_f64()));
    set(
        "max_hold_while_waited",
        Value::Float(s.max_hold_while_waited.as_secs_f64()),
    );
    set(
        "holds_while_waited",
        Value::Int(s.holds_while_waited as i64),
    );
    set(
        "long_holds_while_waited",
        Value::Int(s.long_holds_while_waited as i64),
    );
    set(
        "switch_interval",
        Value::Float(baton_vm::gil::switch_interval()),
    );
    set(
        "threads",
        Value::Int(
            baton_vm::gil::gil()
                .other_threads
                .load(std::sync::atomic::Ordering::Relaxed) as i64,
        ),
    );
    Ok(Value::Obj(d))
}

fn b_reset_gil_stats(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "reset_gil_stats", 0, 0)?;
    baton_vm::gil::reset_stats();
    Ok(Value::None)
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with(
        "_baton",
        &[
            ("gil_stats", b_gil_stats),
            ("reset_gil_stats", b_reset_gil_stats),
        ],
    );
    let d = baton_vm::import::module_dict(&m);
    builtins::dict_set_str(&d, "gil_enabled", Value::Bool(true));
    Ok(m)
}
