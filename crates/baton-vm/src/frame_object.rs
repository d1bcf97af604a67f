//! Frame objects for introspection (sys._getframe): snapshots of a running
//! frame's code, line, globals and locals, linked by `f_back`.

use crate::builtins::{self, types};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::sync::OnceLock;

fn frame_type(vm: &mut Vm) -> PyResult<ObjRef> {
    static T: OnceLock<ObjRef> = OnceLock::new();
    if let Some(t) = T.get() {
        return Ok(t.clone());
    }
    let ns = builtins::new_dict();
    builtins::dict_set_str(&ns, "__module__", builtins::new_str("builtins"));
    let t = vm.call(
        &Value::Obj(types().type_.clone()),
        &[
            builtins::new_str("frame"),
            builtins::new_tuple(vec![Value::Obj(types().object.clone())]),
            Value::Obj(ns),
        ],
    )?;
    match t {
        Value::Obj(o) => {
            o.make_immortal();
            let _ = T.set(o.clone());
            Ok(o)
        }
        _ => Err(vm.new_system_error("frame type")),
    }
}

/// A frame object for code that ran (tracebacks, suspended generators).
pub fn snapshot(
    vm: &mut Vm,
    code: &ObjRef,
    lineno: u32,
    lasti: i64,
    globals: &ObjRef,
    locals: Value,
) -> PyResult<Value> {
    let t = frame_type(vm)?;
    let obj = crate::builtins::object::new_instance(vm, &t)?;
    let locals = if locals.is_null() || locals.is_none() {
        Value::Obj(builtins::new_dict())
    } else {
        locals
    };
    if let Value::Obj(o) = &obj {
        if let Some(d) = o.dict.get() {
            for (k, v) in [
                ("f_code", Value::Obj(code.clone())),
                ("f_lineno", Value::Int(lineno as i64)),
                ("f_lasti", Value::Int(lasti)),
                ("f_globals", Value::Obj(globals.clone())),
                ("f_locals", locals),
                ("f_back", Value::None),
            ] {
                builtins::dict_set_str(&d, k, v);
            }
        }
    }
    Ok(obj)
}

/// A frame object for the frame `depth` levels up from the innermost.
pub fn frame_at(vm: &mut Vm, depth: usize) -> PyResult<Value> {
    let n = vm.frames.len();
    if depth >= n {
        return Err(vm.new_value_error("call stack is not deep enough".to_string()));
    }
    let t = frame_type(vm)?;
    let mut back = Value::None;
    // Build from the outermost so that f_back links are ready.
    for i in 0..n - depth {
        // SAFETY: frames listed on the VM are live.
        let f = unsafe { &*vm.frames[i] };
        let obj = crate::builtins::object::new_instance(vm, &t)?;
        let locals = if f.locals.is_null() {
            Value::Obj(builtins::module::frame_locals_dict(f))
        } else {
            f.locals.clone()
        };
        let attrs = [
            ("f_code", Value::Obj(f.code.clone())),
            ("f_lineno", Value::Int(f.line() as i64)),
            ("f_lasti", Value::Int(f.lasti as i64 * 2)),
            ("f_globals", Value::Obj(f.globals.clone())),
            ("f_builtins", Value::Obj(f.builtins.clone())),
            ("f_locals", locals),
            ("f_back", back.clone()),
        ];
        if let Value::Obj(o) = &obj {
            if let Some(d) = o.dict.get() {
                for (k, v) in attrs {
                    builtins::dict_set_str(&d, k, v);
                }
            }
        }
        back = obj;
    }
    Ok(back)
}
