//! The `atexit` module: functions run when the interpreter exits.
//!
//! `baton_vm::finish` calls `atexit._run_exitfuncs()` if the module was
//! imported; handlers run last-registered first, and an exception in one is
//! reported as "Exception ignored in atexit callback" (SystemExit too) and
//! does not stop the others or change the exit status, as in CPython.

use baton_vm::builtins::{self, new_str};
use baton_vm::{FuncArgs, ObjRef, PyResult, Value, Vm};
use std::sync::Mutex;

/// A registered call: the function, its positional arguments, and its
/// keyword arguments as (names, values).
struct Callback {
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

/// The registered handlers, in registration order (None where one was
/// unregistered, as CPython leaves a hole). The references held here
/// keep the handlers alive until they have run (the cycle collector sees them
/// as referenced from outside, so it never frees them).
static CALLBACKS: Mutex<Vec<Option<Callback>>> = Mutex::new(Vec::new());

fn callbacks() -> std::sync::MutexGuard<'static, Vec<Option<Callback>>> {
    match CALLBACKS.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

fn a_register(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = args.pos();
    let Some(func) = pos.first() else {
        return Err(vm.new_type_error(format!(
            "register() takes at least 1 argument ({} given)",
            pos.len()
        )));
    };
    if !builtins::module::is_callable(func) {
        return Err(vm.new_type_error("the first argument must be callable".to_string()));
    }
    let mut all: Vec<Value> = pos[1..].to_vec();
    let mut kwnames = Vec::new();
    for (name, v) in args.kw() {
        all.push(v.clone());
        kwnames.push(new_str(name));
    }
    callbacks().push(Some(Callback {
        func: func.clone(),
        args: all,
        kwnames,
    }));
    Ok(func.clone())
}

fn a_unregister(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.new_type_error("atexit.unregister() takes no keyword arguments".to_string()));
    }
    if args.args.len() != 1 {
        return Err(vm.new_type_error(format!(
            "atexit.unregister() takes exactly one argument ({} given)",
            args.args.len()
        )));
    }
    let func = &args.args[0];
    // Compare outside the lock: __eq__ may run Python code.
    let funcs: Vec<Option<Value>> = callbacks()
        .iter()
        .map(|c| c.as_ref().map(|c| c.func.clone()))
        .collect();
    for (i, f) in funcs.iter().enumerate() {
        let Some(f) = f else { continue };
        if f.is(func) || baton_vm::protocol::eq(vm, f, func)? {
            let removed = callbacks().get_mut(i).and_then(|slot| slot.take());
            drop(removed);
        }
    }
    Ok(Value::None)
}

/// Runs the handlers, last registered first, then forgets them all (one
/// registered while they run is not run, as in CPython).
fn a_run_exitfuncs(vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    let n = callbacks().len();
    for i in (0..n).rev() {
        // Take one at a time: a handler may unregister the others.
        let cb = callbacks().get_mut(i).and_then(|slot| slot.take());
        let Some(cb) = cb else { continue };
        if let Err(e) = vm.call_args(&cb.func, FuncArgs::with_kw(&cb.args, &cb.kwnames)) {
            let r = vm
                .repr_string(&cb.func)
                .unwrap_or_else(|_| "<callback>".to_string());
            vm.write_unraisable(&e, &format!("Exception ignored in atexit callback: {r}"));
        }
    }
    let rest = std::mem::take(&mut *callbacks());
    drop(rest);
    Ok(Value::None)
}

fn a_clear(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    let old = std::mem::take(&mut *callbacks());
    drop(old);
    Ok(Value::None)
}

fn a_ncallbacks(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(callbacks().len() as i64))
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with(
        "atexit",
        &[
            ("register", a_register),
            ("unregister", a_unregister),
            ("_run_exitfuncs", a_run_exitfuncs),
            ("_clear", a_clear),
            ("_ncallbacks", a_ncallbacks),
        ],
    );
    let d = baton_vm::import::module_dict(&m);
    builtins::dict_set_str(
        &d,
        "__doc__",
        new_str("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"),
    );
    Ok(m)
}
