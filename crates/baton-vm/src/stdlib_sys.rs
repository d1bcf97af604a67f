//! The `sys` module (part of the runtime: the VM itself needs it).

use crate::builtins::{self, new_list, new_str, new_tuple, str_of, types};
use crate::object::{BuiltinFunctionData, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{runtime, Config, FuncArgs, NativeFn, PyResult, Vm};
use std::sync::atomic::Ordering;

pub const VERSION: &str = "3.11.7 (baton 0.1.0) [Rust]";
pub const VERSION_INFO: (i64, i64, i64, &str, i64) = (3, 11, 7, "final", 0);

fn native(name: &'static str, func: NativeFn) -> Value {
    Value::Obj(ObjRef::new(
        types().builtin_function.clone(),
        Payload::BuiltinFunction(Box::new(BuiltinFunctionData {
            name,
            func,
            bound: Value::Null,
            module: Some("sys"),
            doc: None,
        })),
    ))
}

fn struct_seq_get(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let i = match args.args.first() {
        Some(Value::Int(i)) => *i as usize,
        _ => 0,
    };
    match args.args.get(1) {
        Some(Value::Obj(t)) => Ok(builtins::tuple_items(t)
            .get(i)
            .cloned()
            .unwrap_or(Value::None)),
        _ => Err(vm.new_type_error("struct sequence expected".to_string())),
    }
}

fn struct_seq_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let t = builtins::type_of(&this);
    let fields: Vec<Value> = t
        .dict
        .get()
        .and_then(|d| builtins::dict_get_str(&d, "_fields"))
        .map(|f| builtins::list_items(&f))
        .unwrap_or_default();
    let items = match &this {
        Value::Obj(o) => builtins::tuple_items(o).to_vec(),
        _ => Vec::new(),
    };
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(items.iter()) {
        parts.push(format!("{}={}", str_of(f), vm.repr_string(v)?));
    }
    Ok(new_str(format!(
        "{}({})",
        crate::types::type_data(&t).qualname.get(),
        parts.join(", ")
    )))
}

/// A struct sequence (named tuple made natively), e.g. sys.version_info.
pub fn make_struct_seq(
    vm: &mut Vm,
    qualname: &str,
    module: &str,
    fields: &[&'static str],
    values: Vec<Value>,
) -> PyResult<Value> {
    let ns = builtins::new_dict();
    for (i, f) in fields.iter().enumerate() {
        let getter = Value::Obj(ObjRef::new(
            types().builtin_function.clone(),
            Payload::BuiltinFunction(Box::new(BuiltinFunctionData {
                name: f,
                func: struct_seq_get,
                bound: Value::Int(i as i64),
                module: None,
                doc: None,
            })),
        ));
        let prop = vm.call(&Value::Obj(types().property.clone()), &[getter])?;
        builtins::dict_set_str(&ns, f, prop);
    }
    builtins::dict_set_str(&ns, "__module__", new_str(module));
    builtins::dict_set_str(
        &ns,
        "_fields",
        new_tuple(fields.iter().map(|f| new_str(*f)).collect()),
    );
    builtins::dict_set_str(&ns, "n_fields", Value::Int(fields.len() as i64));
    builtins::dict_set_str(&ns, "__repr__", native("__repr__", struct_seq_repr));
    let name = qualname.rsplit('.').next().unwrap_or(qualname);
    let t = vm.call(
        &Value::Obj(types().type_.clone()),
        &[
            new_str(name),
            new_tuple(vec![Value::Obj(types().tuple.clone())]),
            Value::Obj(ns),
        ],
    )?;
    if let Value::Obj(to) = &t {
        if let Payload::Type(td) = &to.payload {
            td.qualname.set(qualname.to_string());
        }
    }
    vm.call(&t, &[new_tuple(values)])
}

fn s_exit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let code = args.pos().first().cloned();
    let t = Value::Obj(types().exc.system_exit.clone());
    let e = match code {
        Some(c) => vm.call(&t, &[c])?,
        None => vm.call(&t, &[])?,
    };
    match e {
        Value::Obj(o) => Err(crate::vm::PyErr(o)),
        _ => Err(vm.new_system_error("exit")),
    }
}

fn s_getrefcount(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "getrefcount", 1, 1)?;
    Ok(Value::Int(match &args.args[0] {
        Value::Obj(o) => {
            if o.is_immortal() {
                4294967295
            } else {
                o.refcount() as i64
            }
        }
        // Inline values are not counted; CPython's small ints and singletons are long-lived too.
        _ => 4294967295,
    }))
}

fn s_getrecursionlimit(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(
        runtime().recursion_limit.load(Ordering::Relaxed) as i64,
    ))
}

fn s_setrecursionlimit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "setrecursionlimit", 1, 1)?;
    if let Value::Float(_) = args.args[0] {
        return Err(
            vm.new_type_error("'float' object cannot be interpreted as an integer".to_string())
        );
    }
    let n = builtins::arg_index(vm, &args.args[0])?;
    if n < 1 {
        return Err(
            vm.new_value_error("recursion limit must be greater or equal than 1".to_string())
        );
    }
    if (n as u32) <= vm.recursion_depth {
        return Err(vm.new_exception_msg(
            &types().exc.recursion_error,
            format!("cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", n, vm.recursion_depth),
        ));
    }
    runtime()
        .recursion_limit
        .store(n.min(u32::MAX as i64) as u32, Ordering::Relaxed);
    Ok(Value::None)
}

fn s_intern(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "intern", 1, 1)?;
    if !builtins::is_str(&args.args[0]) {
        return Err(vm.new_type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(&args.args[0])
        )));
    }
    Ok(Value::Obj(builtins::intern(str_of(&args.args[0]))))
}

fn s_exc_info(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(exc_info_of(&_vm.handled_exception))
}

pub fn exc_info_of(e: &Value) -> Value {
    match e {
        Value::Obj(_) => {
            let (t, tb) = crate::exceptions::type_and_traceback(e);
            new_tuple(vec![t, e.clone(), tb])
        }
        _ => new_tuple(vec![Value::None, Value::None, Value::None]),
    }
}

fn s_exception(vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(match &vm.handled_exception {
        Value::Obj(_) => vm.handled_exception.clone(),
        _ => Value::None,
    })
}

fn s_getsizeof(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or(Value::None);
    let t = builtins::type_of(&v);
    if let Some(f) = crate::types::lookup(&t, &builtins::intern("__sizeof__")) {
        let r = vm.call(&f, &[v])?;
        if let Value::Int(n) = r {
            return Ok(Value::Int(n + 16));
        }
    }
    Ok(Value::Int(16))
}

fn s_getswitchinterval(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Float(crate::gil::switch_interval()))
}

fn s_setswitchinterval(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    builtins::check_args(vm, &args, "setswitchinterval", 1, 1)?;
    let f = builtins::float::float_of(vm, &args.args[0])?;
    if f <= 0.0 {
        return Err(vm.new_value_error("switch interval must be strictly positive".to_string()));
    }
    crate::gil::set_switch_interval(f);
    Ok(Value::None)
}

fn s_displayhook(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or(Value::None);
    builtins::io::displayhook(vm, &v)?;
    Ok(Value::None)
}

fn s_excepthook(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.pos().get(1).cloned().unwrap_or(Value::None);
    if let Value::Obj(o) = v {
        crate::traceback::print_exception(vm, &crate::vm::PyErr(o));
    }
    Ok(Value::None)
}

fn s_getdefaultencoding(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}

fn s_get_int_max_str_digits(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(baton_text::int_max_str_digits() as i64))
}

fn s_set_int_max_str_digits(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "set_int_max_str_digits", &["maxdigits"], 1)?;
    let n = builtins::arg_index(vm, &a[0])?;
    if n != 0 && n < 640 {
        return Err(vm.new_value_error("maxdigits must be 0 or larger than 640".to_string()));
    }
    baton_text::set_int_max_str_digits(n as usize);
    Ok(Value::None)
}

fn s_getframe(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let depth = match args.pos().first() {
        Some(d) => builtins::arg_index(vm, d)? as usize,
        None => 0,
    };
    crate::frame_object::frame_at(vm, depth)
}

fn s_audit(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn make_sys_module(config: &Config) -> ObjRef {
    let m = crate::import::new_module("sys");
    let d = crate::import::module_dict(&m);
    let set = |k: &str, v: Value| builtins::dict_set_str(&d, k, v);
    let argv: Vec<Value> = if config.argv.is_empty() {
        vec![new_str("")]
    } else {
        config.argv.iter().map(|a| new_str(a.as_str())).collect()
    };
    set("argv", new_list(argv));
    set(
        "orig_argv",
        new_list(std::env::args().map(new_str).collect()),
    );
    let mut path: Vec<Value> = Vec::new();
    if let Some(p0) = &config.path0 {
        path.push(new_str(p0.as_str()));
    }
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for p in pp.split(':').filter(|p| !p.is_empty()) {
            path.push(new_str(p));
        }
    }
    path.push(new_str(crate::import::EMBEDDED_PATH));
    set("path", new_list(path));
    set(
        "modules",
        Value::Obj(ObjRef::new(
            types().dict.clone(),
            Payload::Dict(Box::new(crate::object::Mut::new(
                crate::dict::DictData::new(),
            ))),
        )),
    );
    set("stdin", builtins::io::std_stream(0, config.unbuffered));
    set("stdout", builtins::io::std_stream(1, config.unbuffered));
    set("stderr", builtins::io::std_stream(2, config.unbuffered));
    for n in ["stdin", "stdout", "stderr"] {
        if let Some(v) = builtins::dict_get_str(&d, n) {
            set(&format!("__{n}__"), v);
        }
    }
    set("version", new_str(VERSION));
    set("hexversion", Value::Int(0x030b07f0));
    set("api_version", Value::Int(1013));
    set("platform", new_str("linux"));
    set("maxsize", Value::Int(i64::MAX));
    set("maxunicode", Value::Int(0x10ffff));
    set(
        "byteorder",
        new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set("executable", new_str(config.executable.as_str()));
    set("_base_executable", new_str(config.executable.as_str()));
    set("prefix", new_str("/usr/local"));
    set("exec_prefix", new_str("/usr/local"));
    set("base_prefix", new_str("/usr/local"));
    set("copyright", new_str("Copyright (c) Baton authors."));
    set("dont_write_bytecode", Value::Bool(true));
    set(
        "builtin_module_names",
        new_tuple(vec![new_str("builtins"), new_str("sys")]),
    );
    set("meta_path", new_list(Vec::new()));
    set("path_hooks", new_list(Vec::new()));
    set("path_importer_cache", Value::Obj(builtins::new_dict()));
    set("warnoptions", new_list(Vec::new()));
    set("float_repr_style", new_str("short"));
    let xo = builtins::new_dict();
    for (k, v) in &config.xoptions {
        builtins::dict_set_str(
            &xo,
            k,
            match v {
                Some(v) => new_str(v.as_str()),
                None => Value::Bool(true),
            },
        );
    }
    set("_xoptions", Value::Obj(xo));
    let funcs: &[(&'static str, NativeFn)] = &[
        ("exit", s_exit),
        ("getrefcount", s_getrefcount),
        ("getrecursionlimit", s_getrecursionlimit),
        ("setrecursionlimit", s_setrecursionlimit),
        ("intern", s_intern),
        ("exc_info", s_exc_info),
        ("exception", s_exception),
        ("getsizeof", s_getsizeof),
        ("getswitchinterval", s_getswitchinterval),
        ("setswitchinterval", s_setswitchinterval),
        ("displayhook", s_displayhook),
        ("__displayhook__", s_displayhook),
        ("excepthook", s_excepthook),
        ("__excepthook__", s_excepthook),
        ("getdefaultencoding", s_getdefaultencoding),
        ("getfilesystemencoding", s_getdefaultencoding),
        ("get_int_max_str_digits", s_get_int_max_str_digits),
        ("set_int_max_str_digits", s_set_int_max_str_digits),
        ("_getframe", s_getframe),
        ("audit", s_audit),
    ];
    for (n, f) in funcs {
        set(n, native(n, *f));
    }
    m
}

/// Fills the parts of sys that need a running VM (struct sequences).
pub fn finish_sys(vm: &mut Vm, config: &Config) -> PyResult<()> {
    let sys = Value::Obj(runtime().sys.clone());
    // sys.modules is the runtime's module table.
    vm.set_attr(
        &sys,
        &builtins::intern("modules"),
        Value::Obj(runtime().modules.clone()),
    )?;
    let (a, b, c, d, e) = VERSION_INFO;
    let vi = make_struct_seq(
        vm,
        "sys.version_info",
        "sys",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![
            Value::Int(a),
            Value::Int(b),
            Value::Int(c),
            new_str(d),
            Value::Int(e),
        ],
    )?;
    vm.set_attr(&sys, &builtins::intern("version_info"), vi)?;
    let ns = crate::import::new_module("implementation");
    let nsd = crate::import::module_dict(&ns);
    builtins::dict_set_str(&nsd, "name", new_str("baton"));
    builtins::dict_set_str(&nsd, "cache_tag", Value::None);
    let vi2 = make_struct_seq(
        vm,
        "sys.version_info",
        "sys",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![
            Value::Int(0),
            Value::Int(1),
            Value::Int(0),
            new_str("alpha"),
            Value::Int(0),
        ],
    )?;
    builtins::dict_set_str(&nsd, "version", vi2);
    builtins::dict_set_str(&nsd, "hexversion", Value::Int(0x000100a0));
    builtins::dict_set_str(&nsd, "_multiarch", new_str("x86_64-linux-gnu"));
    vm.set_attr(&sys, &builtins::intern("implementation"), Value::Obj(ns))?;
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let mut vals: Vec<Value> = flag_names.iter().map(|_| Value::Int(0)).collect();
    vals[1] = Value::Int(config.interactive as i64);
    vals[4] = Value::Int(1);
    vals[13] = Value::Bool(false);
    vals[16] = Value::Bool(false);
    vals[17] = Value::Int(baton_text::int_max_str_digits() as i64);
    let flags = make_struct_seq(vm, "sys.flags", "sys", &flag_names, vals)?;
    vm.set_attr(&sys, &builtins::intern("flags"), flags)?;
    let fi = make_struct_seq(
        vm,
        "sys.float_info",
        "sys",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            Value::Float(f64::MAX),
            Value::Int(1024),
            Value::Int(308),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(-1021),
            Value::Int(-307),
            Value::Int(15),
            Value::Int(53),
            Value::Float(f64::EPSILON),
            Value::Int(2),
            Value::Int(1),
        ],
    )?;
    vm.set_attr(&sys, &builtins::intern("float_info"), fi)?;
    let ii = make_struct_seq(
        vm,
        "sys.int_info",
        "sys",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        vec![
            Value::Int(30),
            Value::Int(4),
            Value::Int(4300),
            Value::Int(640),
        ],
    )?;
    vm.set_attr(&sys, &builtins::intern("int_info"), ii)?;
    let hi = make_struct_seq(
        vm,
        "sys.hash_info",
        "sys",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        vec![
            Value::Int(64),
            Value::Int(crate::str::HASH_MODULUS as i64),
            Value::Int(314159),
            Value::Int(0),
            Value::Int(1000003),
            new_str("siphash13"),
            Value::Int(64),
            Value::Int(128),
            Value::Int(0),
        ],
    )?;
    vm.set_attr(&sys, &builtins::intern("hash_info"), hi)?;
    Ok(())
}
