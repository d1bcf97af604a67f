//! baton-stdlib: the native modules written in Rust, and the embedded
//! Python library (`lib/`).

pub mod atexit_module;
pub mod baton_module;
pub mod dis_module;
pub mod errno_module;
pub mod gc_module;
pub mod libm;
pub mod math_module;
pub mod mmap_module;
pub mod multiprocessing_module;
pub mod posix_module;
pub mod posix_proc;
pub mod signal_module;
pub mod thread_module;
pub mod time_module;

include!(concat!(env!("OUT_DIR"), "/embedded_lib.rs"));

use baton_vm::Vm;

/// Registers the native modules and the embedded library with the import system.
pub fn init(_vm: &mut Vm) {
    baton_vm::import::register_embedded(EMBEDDED_LIB);
    baton_vm::import::register_native_module("atexit", atexit_module::init);
    baton_vm::import::register_native_module("dis", dis_module::init);
    baton_vm::import::register_native_module("errno", errno_module::init);
    baton_vm::import::register_native_module("gc", gc_module::init);
    baton_vm::import::register_native_module("math", math_module::init);
    baton_vm::import::register_native_module("time", time_module::init);
    baton_vm::import::register_native_module("posix", posix_module::init);
    baton_vm::import::register_native_module("_thread", thread_module::init);
    baton_vm::import::register_native_module("_baton", baton_module::init);
    baton_vm::import::register_native_module("_multiprocessing", multiprocessing_module::init);
    baton_vm::import::register_native_module("mmap", mmap_module::init);
    baton_vm::import::register_native_module("_signal", signal_module::init);
    baton_vm::import::register_native_module("_weakref", baton_vm::weakref::init_module);
}

/// Helpers shared by the native modules.
pub mod util {
    use baton_vm::object::{BuiltinFunctionData, Payload};
    use baton_vm::{builtins, ObjRef, Value};

    /// A module with native functions.
    pub fn module_with(
        name: &'static str,
        funcs: &[(&'static str, baton_vm::vm::NativeFn)],
    ) -> ObjRef {
        let m = baton_vm::import::new_module(name);
        let d = baton_vm::import::module_dict(&m);
        for (n, f) in funcs {
            let bf = ObjRef::new(
                builtins::types().builtin_function.clone(),
                Payload::BuiltinFunction(Box::new(BuiltinFunctionData {
                    name: n,
                    func: *f,
                    bound: Value::Null,
                    module: Some(name),
                    doc: None,
                })),
            );
            builtins::dict_set_str(&d, n, Value::Obj(bf));
        }
        m
    }
}
