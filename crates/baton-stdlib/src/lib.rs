//! baton-stdlib: the native modules written in Rust, and the embedded
//! Python library (`lib/`).

pub mod atexit_module;
pub mod baton_module;
pub mod blake2_tree;
pub mod collections_module;
pub mod dis_module;
pub mod errno_module;
pub mod gc_module;
pub mod hashlib_module;
pub mod imp_module;
pub mod libm;
pub mod math_module;
pub mod mmap_module;
pub mod multiprocessing_module;
pub mod pickle;
pub mod posix_module;
pub mod posix_proc;
pub mod re;
pub mod select_module;
pub mod signal_module;
pub mod socket_module;
pub mod thread_module;
pub mod time_module;
pub mod zlib_module;

include!(concat!(env!("OUT_DIR"), "/embedded_lib.rs"));

use baton_vm::Vm;

/// Registers the native modules and the embedded library with the import system.
pub fn init(vm: &mut Vm) {
    baton_vm::import::register_embedded(EMBEDDED_LIB);
    baton_vm::import::register_embedded_code(EMBEDDED_CODE);
    install_exception_groups(vm);
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
    baton_vm::import::register_native_module("_hashlib", hashlib_module::init_hashlib);
    baton_vm::import::register_native_module("_blake2", hashlib_module::init_blake2);
    baton_vm::import::register_native_module("zlib", zlib_module::init);
    baton_vm::import::register_native_module("_socket", socket_module::init);
    baton_vm::import::register_native_module("select", select_module::init);
    baton_vm::import::register_native_module("_re", re::init);
    baton_vm::import::register_native_module("_pickle", pickle::init);
    baton_vm::import::register_native_module("_collections", collections_module::init);
    baton_vm::import::register_native_module("_imp", imp_module::init);
}

/// Puts BaseExceptionGroup and ExceptionGroup (written in Python, in
/// lib/_exceptiongroup.py) into builtins.
fn install_exception_groups(vm: &mut Vm) {
    let Ok(m) = baton_vm::import::import_module(vm, "_exceptiongroup") else {
        return;
    };
    let b = baton_vm::vm::runtime().builtins_dict.clone();
    for name in ["BaseExceptionGroup", "ExceptionGroup"] {
        if let Ok(Some(v)) = vm.get_attr_opt(&m, name) {
            baton_vm::builtins::dict_set_str(&b, name, v);
        }
    }
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

    /// Runs `f` on the bytes of a bytes-like object (bytes, bytearray, or an
    /// object exporting a buffer such as memoryview); None if `v` is not one.
    /// `f` must not call Python code.
    pub fn with_bytes<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Bytes(b) => Some(f(b)),
                Payload::ByteArray(b) => Some(b.with(|b| f(b))),
                Payload::Native(n) => {
                    let mut f = Some(f);
                    let mut out = None;
                    n.with_buffer(&mut |b| {
                        if let Some(f) = f.take() {
                            out = Some(f(b));
                        }
                    });
                    out
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Runs `f` on the bytes of a writable buffer (bytearray, a writable
    /// memoryview...); None if `v` is not one. `f` must not call Python code.
    pub fn with_bytes_mut<R>(v: &Value, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::ByteArray(b) => Some(b.with(|b| f(b))),
                Payload::Native(n) => {
                    let mut f = Some(f);
                    let mut out = None;
                    n.with_buffer_mut(&mut |b| {
                        if let Some(f) = f.take() {
                            out = Some(f(b));
                        }
                    });
                    out
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// A copy of the bytes of a bytes-like object (to use with the GIL released).
    pub fn bytes_copy(v: &Value) -> Option<Vec<u8>> {
        with_bytes(v, |b| b.to_vec())
    }

    /// The length of a bytes-like object.
    pub fn bytes_len(v: &Value) -> Option<usize> {
        with_bytes(v, |b| b.len())
    }

    /// The native data of type `T` behind `v`, if that is what `v` holds.
    pub fn native_ref<T: 'static>(v: &Value) -> Option<&T> {
        match v {
            Value::Obj(o) => match &o.payload {
                Payload::Native(n) => n.as_any().downcast_ref::<T>(),
                _ => None,
            },
            _ => None,
        }
    }

    /// A new type for a native module's objects: `module.name`, derived
    /// from `base` (object if None), with native methods.
    pub fn new_native_type(
        module: &str,
        name: &str,
        base: Option<&ObjRef>,
        methods: &[(&'static str, baton_vm::vm::NativeFn)],
    ) -> ObjRef {
        let t = builtins::types::new_type_object(
            &builtins::types().type_,
            name,
            baton_vm::types::Layout::Other,
            Some(base.unwrap_or(&builtins::types().object)),
            false,
        );
        if let Some(d) = t.dict.get() {
            builtins::dict_set_str(&d, "__module__", builtins::new_str(module));
        }
        builtins::types::add_methods(&t, methods);
        t
    }

    /// Like [`new_native_type`], for a type Python classes may derive from.
    pub fn new_native_base_type(
        module: &str,
        name: &str,
        methods: &[(&'static str, baton_vm::vm::NativeFn)],
    ) -> ObjRef {
        let t = builtins::types::new_type_object(
            &builtins::types().type_,
            name,
            baton_vm::types::Layout::Other,
            Some(&builtins::types().object),
            true,
        );
        if let Some(d) = t.dict.get() {
            builtins::dict_set_str(&d, "__module__", builtins::new_str(module));
        }
        builtins::types::add_methods(&t, methods);
        t
    }

    /// Adds static methods (`__new__`) to a native type.
    pub fn add_static_methods(t: &ObjRef, methods: &[(&'static str, baton_vm::vm::NativeFn)]) {
        builtins::types::add_methods_kind(t, methods, baton_vm::object::MethodKind::Static);
    }

    /// A new exception class `module.name` with the given bases.
    pub fn new_exception_type(module: &str, name: &str, bases: &[ObjRef]) -> ObjRef {
        let first = bases
            .first()
            .cloned()
            .unwrap_or_else(|| builtins::types().exc.exception.clone());
        let t = builtins::types::new_type_object(
            &builtins::types().type_,
            name,
            baton_vm::types::Layout::Exception,
            Some(&first),
            true,
        );
        if bases.len() > 1 {
            if let Payload::Type(td) = &t.payload {
                td.bases.set(bases.to_vec());
                if let Ok(m) = baton_vm::types::compute_mro(&t, bases) {
                    td.mro.set(m);
                }
            }
        }
        if let Some(d) = t.dict.get() {
            builtins::dict_set_str(&d, "__module__", builtins::new_str(module));
        }
        t
    }

    /// Sets `name` in a module's dict.
    pub fn set_attr(m: &ObjRef, name: &str, v: Value) {
        let d = baton_vm::import::module_dict(m);
        builtins::dict_set_str(&d, name, v);
    }
}
