//! baton-vm: objects and types, reference counting, the eval loop, frames,
//! exceptions and the per-thread VM.
//!
//! Layout: `rc` (the heap object header and counted pointers — the one
//! module with raw pointers), `value`, `object` (payloads), `types`, `dict`,
//! `set`, `str`; `vm` (thread state and runtime), `eval` (the loop), `frame`,
//! `call`, `protocol` (attribute/operator/iteration protocols), `generator`,
//! `exceptions`, `traceback`, `import`, `gc`, `signals`; `builtins/` holds
//! the built-in types and functions.

pub mod attr_cache;
pub mod builtins;
pub mod call;
pub mod dict;
pub mod eval;
pub mod exceptions;
pub mod frame;
pub mod frame_object;
pub mod gc;
pub mod generator;
pub mod gil;
pub mod import;
pub mod object;
pub mod pattern;
pub mod protocol;
pub mod rc;
pub mod set;
pub mod signals;
pub mod stdlib_sys;
pub mod str;
pub mod sync;
pub mod thread;
pub mod traceback;
pub mod types;
pub mod value;
pub mod vm;
pub mod weakref;

pub use rc::ObjRef;
pub use value::Value;
pub use vm::{Config, FuncArgs, PyErr, PyResult, Vm};

/// The Rust stack size of every thread that runs Python code. Python calls
/// do not recurse on it, but native code calling back into Python does;
/// this bounds how deep that can go before RecursionError.
pub const STACK_SIZE: usize = 256 << 20;

/// How a program ended: the process exit status.
pub fn exit_status_for(vm: &mut Vm, err: &PyErr) -> i32 {
    let t = &builtins::types().exc;
    if builtins::exc_matches(err, &t.system_exit) {
        let code = vm
            .get_attr_opt(&Value::Obj(err.0.clone()), "code")
            .ok()
            .flatten()
            .unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let s = vm.str_string(&other).unwrap_or_default();
                builtins::io::write_stderr(vm, &format!("{s}\n"));
                1
            }
        };
    }
    traceback::print_exception(vm, err);
    if builtins::exc_matches(err, &t.keyboard_interrupt) {
        return 130;
    }
    1
}

/// Runs a source file as `__main__`; returns the exit status.
pub fn run_main_source(vm: &mut Vm, source: &str, filename: &str) -> i32 {
    let main = import::new_module("__main__");
    let d = import::module_dict(&main);
    builtins::dict_set_str(&d, "__file__", builtins::new_str(filename));
    builtins::dict_set_str(
        &d,
        "__builtins__",
        Value::Obj(vm::runtime().builtins.clone()),
    );
    builtins::dict_set_str(&vm::runtime().modules, "__main__", Value::Obj(main.clone()));
    traceback::register_source(filename, source);
    let r = import::exec_source(vm, source, filename, &d);
    let status = match r {
        Ok(_) => 0,
        Err(e) => exit_status_for(vm, &e),
    };
    finish(vm);
    status
}

/// Runs a module by name as `__main__` (`-m`).
pub fn run_module_as_main(vm: &mut Vm, name: &str) -> i32 {
    let r = (|| -> PyResult<()> {
        let runpy = import::import_module(vm, "runpy")?;
        let f = vm.get_attr_str(&runpy, "_run_module_as_main")?;
        vm.call(&f, &[builtins::new_str(name)])?;
        Ok(())
    })();
    let status = match r {
        Ok(()) => 0,
        Err(e) => exit_status_for(vm, &e),
    };
    finish(vm);
    status
}

/// End of the program: atexit handlers, finalisers, flushing.
pub fn finish(vm: &mut Vm) {
    // As CPython: first wait for the non-daemon threads (threading._shutdown),
    // then the atexit handlers. Daemon threads are left blocked: this thread
    // keeps the GIL until the process exits.
    if let Some(Value::Obj(m)) = builtins::dict_get_str(&vm::runtime().modules, "threading") {
        if let Ok(Some(f)) = vm.get_attr_opt(&Value::Obj(m), "_shutdown") {
            if let Err(e) = vm.call(&f, &[]) {
                vm.write_unraisable(&e, "Exception ignored in: <module 'threading'>");
            }
        }
    }
    if let Some(Value::Obj(m)) = builtins::dict_get_str(&vm::runtime().modules, "atexit") {
        if let Ok(Some(f)) = vm.get_attr_opt(&Value::Obj(m), "_run_exitfuncs") {
            let _ = vm.call(&f, &[]);
        }
    }
    vm.run_pending_finalizers();
    builtins::io::flush_std(vm);
}

/// Creates the runtime and the main thread's VM.
pub fn new_main_vm(config: &Config) -> Vm {
    vm::init_runtime(config);
    let mut vm = Vm::new();
    vm.take_gil();
    vm::set_main_thread(vm.thread_id);
    signals::init_main(&vm);
    if let Err(e) = stdlib_sys::finish_sys(&mut vm, config) {
        let _ = exit_status_for(&mut vm, &e);
    }
    vm
}
