//! The methods and attributes of the built-in exception types.

use super::{new_str, new_tuple, str_of, types};
use crate::object::{ExceptionData, MethodKind, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};

fn exc_data<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a ExceptionData> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Exception(e) => Ok(e),
            _ => Err(vm.new_type_error(format!(
                "descriptor requires a 'BaseException' object but received '{}'",
                vm.type_name(v)
            ))),
        },
        _ => Err(vm.new_type_error("exception expected".to_string())),
    }
}

/// The args tuple of an exception, as a Vec.
pub fn exc_args(v: &Value) -> Vec<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Exception(e) => match e.args.get() {
                Value::Obj(t) => super::tuple_items(&t).to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn base_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        _ => {
            return Err(
                vm.new_type_error("BaseException.__new__(X): X is not a type object".to_string())
            )
        }
    };
    let o = crate::exceptions::new_exception_obj(&cls, args.pos()[1..].to_vec());
    Ok(Value::Obj(o))
}

fn base_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let e = exc_data(vm, &args.args[0])?;
    let t = super::type_of(&args.args[0]);
    if args.has_kw() && crate::types::is_exact_builtin(&t) {
        return Err(vm.new_type_error(format!(
            "{}() takes no keyword arguments",
            crate::types::type_data(&t).name()
        )));
    }
    e.args.set(new_tuple(args.pos()[1..].to_vec()));
    Ok(Value::None)
}

fn base_str(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = exc_args(&args.args[0]);
    match a.len() {
        0 => Ok(new_str("")),
        1 => vm.str(&a[0]),
        _ => vm.repr(&new_tuple(a)),
    }
}

fn base_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = exc_args(&args.args[0]);
    let name = crate::types::type_data(&super::type_of(&args.args[0])).name();
    let inner = if a.len() == 1 {
        vm.repr_string(&a[0])?
    } else {
        let r = vm.repr_string(&new_tuple(a.clone()))?;
        if a.is_empty() {
            String::new()
        } else {
            r[1..r.len() - 1].to_string()
        }
    };
    Ok(new_str(format!("{name}({inner})")))
}

fn get_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_data(vm, v)?.args.get())
}
fn set_args(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let items = vm.iterate(&new)?;
    exc_data(vm, v)?.args.set(new_tuple(items));
    Ok(())
}
fn get_tb(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_data(vm, v)?.traceback.get())
}
fn set_tb(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    exc_data(vm, v)?.traceback.set(new);
    Ok(())
}
fn get_cause(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_data(vm, v)?.cause.get())
}
fn set_cause(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let e = exc_data(vm, v)?;
    e.cause.set(new);
    e.suppress_context.set(true);
    Ok(())
}
fn get_context(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_data(vm, v)?.context.get())
}
fn set_context(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    exc_data(vm, v)?.context.set(new);
    Ok(())
}
fn get_suppress(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(exc_data(vm, v)?.suppress_context.get()))
}
fn set_suppress(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let b = vm.is_true(&new)?;
    exc_data(vm, v)?.suppress_context.set(b);
    Ok(())
}

fn with_traceback(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let e = exc_data(vm, &args.args[0])?;
    e.traceback
        .set(args.args.get(1).cloned().unwrap_or(Value::None));
    Ok(args.args[0].clone())
}

fn add_note(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let note = args.args.get(1).cloned().unwrap_or(Value::None);
    if !super::is_str(&note) {
        return Err(vm.new_type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    let obj = args.args[0].clone();
    let notes = match vm.get_attr_opt(&obj, "__notes__")? {
        Some(n) => n,
        None => {
            let l = super::new_list(Vec::new());
            vm.set_attr(&obj, &super::intern("__notes__"), l.clone())?;
            l
        }
    };
    vm.call_method(&notes, "append", &[note])?;
    Ok(Value::None)
}

fn base_reduce(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = &args.args[0];
    let t = Value::Obj(super::type_of(obj));
    let a = exc_data(vm, obj)?.args.get();
    let d = match obj {
        Value::Obj(o) => o.dict.get().map(Value::Obj),
        _ => None,
    };
    match d {
        Some(d)
            if super::dict::dict_len(match &d {
                Value::Obj(o) => o,
                _ => return Ok(new_tuple(vec![t, a])),
            }) > 0 =>
        {
            Ok(new_tuple(vec![t, a, d]))
        }
        _ => Ok(new_tuple(vec![t, a])),
    }
}

fn key_error_str(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = exc_args(&args.args[0]);
    if a.len() == 1 {
        return vm.repr(&a[0]);
    }
    base_str(vm, args)
}

fn first_arg_or_none(v: &Value) -> Value {
    exc_args(v).into_iter().next().unwrap_or(Value::None)
}

fn dict_attr(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Obj(o) => o.dict.get().and_then(|d| super::dict_get_str(&d, name)),
        _ => None,
    }
}

fn set_dict_attr(v: &Value, name: &str, x: Value) {
    if let Value::Obj(o) = v {
        if let Some(d) = o.dict.get() {
            super::dict_set_str(&d, name, x);
        }
    }
}

fn stop_iteration_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    base_init(vm, args)?;
    set_dict_attr(&args.args[0], "value", first_arg_or_none(&args.args[0]));
    Ok(Value::None)
}

fn system_exit_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    base_init(vm, args)?;
    let a = exc_args(&args.args[0]);
    let code = match a.len() {
        0 => Value::None,
        1 => a[0].clone(),
        _ => new_tuple(a),
    };
    set_dict_attr(&args.args[0], "code", code);
    Ok(Value::None)
}

fn name_error_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let name = args.kwarg("name").cloned();
    base_init(vm, FuncArgs::new(args.pos()))?;
    if dict_attr(&args.args[0], "name").is_none() || name.is_some() {
        set_dict_attr(&args.args[0], "name", name.unwrap_or(Value::None));
    }
    Ok(Value::None)
}

fn attribute_error_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let name = args.kwarg("name").cloned();
    let obj = args.kwarg("obj").cloned();
    base_init(vm, FuncArgs::new(args.pos()))?;
    if dict_attr(&args.args[0], "name").is_none() || name.is_some() {
        set_dict_attr(&args.args[0], "name", name.unwrap_or(Value::None));
    }
    if dict_attr(&args.args[0], "obj").is_none() || obj.is_some() {
        set_dict_attr(&args.args[0], "obj", obj.unwrap_or(Value::None));
    }
    Ok(Value::None)
}

fn import_error_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let name = args.kwarg("name").cloned();
    let path = args.kwarg("path").cloned();
    base_init(vm, FuncArgs::new(args.pos()))?;
    set_dict_attr(&args.args[0], "name", name.unwrap_or(Value::None));
    set_dict_attr(&args.args[0], "path", path.unwrap_or(Value::None));
    set_dict_attr(&args.args[0], "msg", first_arg_or_none(&args.args[0]));
    Ok(Value::None)
}

fn import_error_str(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match dict_attr(&args.args[0], "msg") {
        Some(m) if !m.is_none() => vm.str(&m),
        _ => base_str(vm, args),
    }
}

/// OSError(errno, strerror[, filename[, winerror[, filename2]]]).
fn os_error_new(_vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().exc.os_error.clone(),
    };
    let pos = &args.pos()[1..];
    // OSError(errno, ...) picks the subclass for the errno.
    let cls = if cls.is(&types().exc.os_error) && pos.len() >= 2 {
        match &pos[0] {
            Value::Int(n) => errno_subclass(*n).unwrap_or(cls),
            _ => cls,
        }
    } else {
        cls
    };
    let o = crate::exceptions::new_exception_obj(&cls, pos.to_vec());
    let v = Value::Obj(o);
    fill_os_error(&v, pos);
    Ok(v)
}

fn fill_os_error(v: &Value, pos: &[Value]) {
    let (errno, strerror, filename, filename2) = if pos.len() >= 2 && pos.len() <= 5 {
        (
            pos[0].clone(),
            pos[1].clone(),
            pos.get(2).cloned().unwrap_or(Value::None),
            pos.get(4).cloned().unwrap_or(Value::None),
        )
    } else {
        (Value::None, Value::None, Value::None, Value::None)
    };
    set_dict_attr(v, "errno", errno);
    set_dict_attr(v, "strerror", strerror);
    set_dict_attr(v, "filename", filename.clone());
    set_dict_attr(v, "filename2", filename2);
    if (3..=5).contains(&pos.len()) {
        // args keeps only (errno, strerror), as CPython.
        if let Value::Obj(o) = v {
            if let Payload::Exception(e) = &o.payload {
                e.args.set(new_tuple(pos[..2].to_vec()));
            }
        }
    }
}

pub fn errno_subclass(n: i64) -> Option<ObjRef> {
    let e = &types().exc;
    Some(match n {
        2 => e.file_not_found_error.clone(),
        17 => e.file_exists_error.clone(),
        21 => e.is_a_directory_error.clone(),
        20 => e.not_a_directory_error.clone(),
        1 | 13 => e.permission_error.clone(),
        3 => e.process_lookup_error.clone(),
        4 => e.interrupted_error.clone(),
        10 => e.child_process_error.clone(),
        11 | 114 | 115 => e.blocking_io_error.clone(),
        32 | 108 => e.broken_pipe_error.clone(),
        103 => e.connection_aborted_error.clone(),
        104 => e.connection_reset_error.clone(),
        111 => e.connection_refused_error.clone(),
        110 => e.timeout_error.clone(),
        _ => return None,
    })
}

fn os_error_init(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn os_error_str(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = &args.args[0];
    let errno = dict_attr(v, "errno").unwrap_or(Value::None);
    let strerror = dict_attr(v, "strerror").unwrap_or(Value::None);
    let filename = dict_attr(v, "filename").unwrap_or(Value::None);
    let filename2 = dict_attr(v, "filename2").unwrap_or(Value::None);
    if !errno.is_none() || !strerror.is_none() {
        let e = vm.str_string(&errno)?;
        let s = vm.str_string(&strerror)?;
        if !filename.is_none() {
            let f = vm.repr_string(&filename)?;
            if !filename2.is_none() {
                let f2 = vm.repr_string(&filename2)?;
                return Ok(new_str(format!("[Errno {e}] {s}: {f} -> {f2}")));
            }
            return Ok(new_str(format!("[Errno {e}] {s}: {f}")));
        }
        return Ok(new_str(format!("[Errno {e}] {s}")));
    }
    base_str(vm, args)
}

fn syntax_error_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    base_init(vm, args)?;
    let a = exc_args(&args.args[0]);
    let v = &args.args[0];
    set_dict_attr(v, "msg", a.first().cloned().unwrap_or(Value::None));
    let details = a
        .get(1)
        .map(|d| vm.iterate(d))
        .transpose()?
        .unwrap_or_default();
    let names = [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ];
    for (i, n) in names.iter().enumerate() {
        set_dict_attr(v, n, details.get(i).cloned().unwrap_or(Value::None));
    }
    set_dict_attr(v, "print_file_and_line", Value::None);
    Ok(Value::None)
}

fn syntax_error_str(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = &args.args[0];
    let msg = dict_attr(v, "msg").unwrap_or(Value::None);
    let msg_s = if msg.is_none() {
        String::new()
    } else {
        vm.str_string(&msg)?
    };
    let filename = dict_attr(v, "filename").unwrap_or(Value::None);
    let lineno = dict_attr(v, "lineno").unwrap_or(Value::None);
    let fname = if super::is_str(&filename) {
        let f = str_of(&filename);
        Some(f.rsplit('/').next().unwrap_or(f).to_string())
    } else {
        None
    };
    Ok(new_str(match (fname, &lineno) {
        (Some(f), Value::Int(l)) => format!("{msg_s} ({f}, line {l})"),
        (Some(f), _) => format!("{msg_s} ({f})"),
        (None, Value::Int(l)) => format!("{msg_s} (line {l})"),
        _ => msg_s,
    }))
}

fn unicode_error_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    base_init(vm, args)?;
    let a = exc_args(&args.args[0]);
    let v = &args.args[0];
    if a.len() == 5 {
        for (i, n) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .enumerate()
        {
            set_dict_attr(v, n, a[i].clone());
        }
    }
    Ok(Value::None)
}

fn unicode_decode_str(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = &args.args[0];
    let a = exc_args(v);
    if a.len() != 5 {
        return base_str(vm, args);
    }
    let enc = str_of(&a[0]).to_string();
    let start = match a[2] {
        Value::Int(i) => i,
        _ => 0,
    };
    let end = match a[3] {
        Value::Int(i) => i,
        _ => 0,
    };
    let reason = str_of(&a[4]).to_string();
    let is_decode = crate::types::is_subtype(&super::type_of(v), &types().exc.unicode_decode_error);
    if is_decode {
        let data = super::bytes::bytes_data(&a[1]).unwrap_or_default();
        if end == start + 1 {
            let b = data.get(start as usize).copied().unwrap_or(0);
            return Ok(new_str(format!(
                "'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
            )));
        }
        return Ok(new_str(format!(
            "'{enc}' codec can't decode bytes in position {}-{}: {reason}",
            start,
            end - 1
        )));
    }
    let s = str_of(&a[1]);
    if end == start + 1 {
        let c = s.chars().nth(start as usize).unwrap_or('\0');
        let esc = if (c as u32) < 0x100 {
            format!("\\x{:02x}", c as u32)
        } else if (c as u32) < 0x10000 {
            format!("\\u{:04x}", c as u32)
        } else {
            format!("\\U{:08x}", c as u32)
        };
        return Ok(new_str(format!(
            "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
        )));
    }
    Ok(new_str(format!(
        "'{enc}' codec can't encode characters in position {}-{}: {reason}",
        start,
        end - 1
    )))
}

pub fn register() {
    let e = &types().exc;
    let b = &e.base_exception;
    super::types::add_methods_kind(b, &[("__new__", base_new)], MethodKind::Static);
    super::types::add_methods(
        b,
        &[
            ("__init__", base_init),
            ("__str__", base_str),
            ("__repr__", base_repr),
            ("with_traceback", with_traceback),
            ("add_note", add_note),
            ("__reduce__", base_reduce),
        ],
    );
    super::types::add_getsets(
        b,
        &[
            ("args", get_args, Some(set_args)),
            ("__traceback__", get_tb, Some(set_tb)),
            ("__cause__", get_cause, Some(set_cause)),
            ("__context__", get_context, Some(set_context)),
            ("__suppress_context__", get_suppress, Some(set_suppress)),
        ],
    );
    if let Some(d) = b.dict.get() {
        super::dict_set_str(&d, "__dict__", super::object::dict_descriptor(b));
    }
    super::types::add_methods(&e.key_error, &[("__str__", key_error_str)]);
    super::types::add_methods(&e.stop_iteration, &[("__init__", stop_iteration_init)]);
    super::types::add_methods(&e.system_exit, &[("__init__", system_exit_init)]);
    super::types::add_methods(&e.name_error, &[("__init__", name_error_init)]);
    super::types::add_methods(&e.attribute_error, &[("__init__", attribute_error_init)]);
    super::types::add_methods(
        &e.import_error,
        &[
            ("__init__", import_error_init),
            ("__str__", import_error_str),
        ],
    );
    super::types::add_methods_kind(
        &e.os_error,
        &[("__new__", os_error_new)],
        MethodKind::Static,
    );
    super::types::add_methods(
        &e.os_error,
        &[("__init__", os_error_init), ("__str__", os_error_str)],
    );
    super::types::add_methods(
        &e.syntax_error,
        &[
            ("__init__", syntax_error_init),
            ("__str__", syntax_error_str),
        ],
    );
    super::types::add_methods(
        &e.unicode_error,
        &[
            ("__init__", unicode_error_init),
            ("__str__", unicode_decode_str),
        ],
    );
    // Attributes that exist before __init__ runs.
    for (t, names) in [
        (&e.stop_iteration, &["value"][..]),
        (&e.system_exit, &["code"][..]),
        (&e.name_error, &["name"][..]),
        (&e.attribute_error, &["name", "obj"][..]),
        (
            &e.os_error,
            &["errno", "strerror", "filename", "filename2"][..],
        ),
        (&e.import_error, &["name", "path", "msg"][..]),
    ] {
        if let Some(d) = t.dict.get() {
            for n in names {
                super::dict_set_str(&d, n, Value::None);
            }
        }
    }
}

/// The StopIteration value attribute for exceptions made natively.
pub fn stop_iteration_value(e: &Value) -> Value {
    first_arg_or_none(e)
}
