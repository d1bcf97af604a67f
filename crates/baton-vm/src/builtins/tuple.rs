//! `tuple`.

use super::{new_tuple, types};
use crate::object::{MethodKind, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, NativeFn, PyResult, Vm};

fn tuple_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = args.args.first().cloned().unwrap_or(Value::None);
    if args.has_kw() {
        return Err(vm.new_type_error("tuple() takes no keyword arguments".to_string()));
    }
    let pos = &args.args[1..];
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!(
            "tuple expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let items = match pos.first() {
        Some(Value::Obj(o))
            if matches!(o.payload, Payload::Tuple(_))
                && crate::types::is_exact_builtin(o)
                && matches!(&cls, Value::Obj(c) if c.is(&types().tuple)) =>
        {
            return Ok(pos[0].clone())
        }
        Some(it) => vm.iterate(it)?,
        None => Vec::new(),
    };
    match &cls {
        Value::Obj(c) if !c.is(&types().tuple) => {
            let o = ObjRef::new(c.clone(), Payload::Tuple(items.into_boxed_slice()));
            if crate::types::type_data(c).has_dict {
                o.dict.set(Some(super::new_dict()));
            }
            Ok(Value::Obj(o))
        }
        _ => Ok(new_tuple(items)),
    }
}

fn tuple_len(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.args.first() {
        Some(Value::Obj(o)) => Ok(Value::Int(super::tuple_len(o) as i64)),
        _ => Err(vm.new_type_error("tuple expected".to_string())),
    }
}

fn tuple_getitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos() {
        [Value::Obj(o), k] => super::list::seq_getitem(vm, o, k),
        _ => Err(vm.new_type_error("expected 1 argument".to_string())),
    }
}

fn tuple_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let items: Vec<Value> = match args.args.first() {
        Some(Value::Obj(o)) => super::tuple_items(o).to_vec(),
        _ => Vec::new(),
    };
    let mut hs = Vec::with_capacity(items.len());
    for it in &items {
        hs.push(vm.hash(it)?);
    }
    Ok(Value::Int(crate::str::hash_tuple(hs.into_iter())))
}

fn tuple_getnewargs(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let _ = vm;
    let items: Vec<Value> = match args.args.first() {
        Some(Value::Obj(o)) => super::tuple_items(o).to_vec(),
        _ => Vec::new(),
    };
    Ok(new_tuple(vec![new_tuple(items)]))
}

pub fn register_with(
    index: NativeFn,
    count: NativeFn,
    contains: NativeFn,
    iter: NativeFn,
    repr: NativeFn,
) {
    let t = &types().tuple;
    super::types::add_methods_kind(t, &[("__new__", tuple_new)], MethodKind::Static);
    super::types::add_methods(
        t,
        &[
            ("index", index),
            ("count", count),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__repr__", repr),
            ("__len__", tuple_len),
            ("__getitem__", tuple_getitem),
            ("__hash__", tuple_hash),
            ("__getnewargs__", tuple_getnewargs),
        ],
    );
    super::ops::register_dunders(t, &["__add__", "__mul__", "__rmul__"]);
    super::ops::register_dunders(t, super::ops::COMPARE_DUNDERS);
}

pub fn register() {}
