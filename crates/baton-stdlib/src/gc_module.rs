//! The `gc` module: the cycle collector's controls.

use baton_vm::{builtins, FuncArgs, ObjRef, PyResult, Value, Vm};

fn collect(vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(baton_vm::gc::collect(vm) as i64))
}
fn enable(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    baton_vm::gc::enable();
    Ok(Value::None)
}
fn disable(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    baton_vm::gc::disable();
    Ok(Value::None)
}
fn isenabled(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Bool(baton_vm::gc::is_enabled()))
}
fn get_count(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    let n = baton_vm::gc::tracked_count() as i64;
    Ok(builtins::new_tuple(vec![
        Value::Int(n % 700),
        Value::Int(0),
        Value::Int(0),
    ]))
}
fn get_threshold(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(builtins::new_tuple(vec![
        Value::Int(700),
        Value::Int(10),
        Value::Int(10),
    ]))
}
fn set_threshold(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::None)
}
fn get_objects(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(builtins::new_list(
        baton_vm::gc::tracked_objects()
            .into_iter()
            .map(Value::Obj)
            .collect(),
    ))
}

fn is_tracked(_vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Bool(match args.args.first() {
        Some(Value::Obj(o)) => o.is_gc_tracked(),
        _ => false,
    }))
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with(
        "gc",
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("is_tracked", is_tracked),
            ("get_objects", get_objects),
        ],
    );
    let d = baton_vm::import::module_dict(&m);
    builtins::dict_set_str(&d, "garbage", builtins::new_list(Vec::new()));
    builtins::dict_set_str(&d, "callbacks", builtins::new_list(Vec::new()));
    Ok(m)
}
