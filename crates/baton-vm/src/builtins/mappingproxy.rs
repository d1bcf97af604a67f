//! `mappingproxy`: the read-only view of a class's `__dict__` (types.MappingProxyType).

use super::{new_str, types};
use crate::object::{NativeData, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};
use std::sync::OnceLock;

pub struct MappingProxy {
    pub mapping: Value,
}

impl NativeData for MappingProxy {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.mapping);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn proxy_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = super::types::new_type_object(
            &types().type_,
            "mappingproxy",
            crate::types::Layout::Other,
            Some(&types().object),
            false,
        );
        if let Some(d) = t.dict.get() {
            d.set_type_raw_if_null(types().dict.clone());
            super::dict_set_str(&d, "__hash__", Value::None);
        }
        super::types::add_methods_kind(
            &t,
            &[("__new__", mp_new)],
            crate::object::MethodKind::Static,
        );
        super::types::add_methods(
            &t,
            &[
                ("__getitem__", mp_getitem),
                ("__len__", mp_len),
                ("__iter__", mp_iter),
                ("__contains__", mp_contains),
                ("__repr__", mp_repr),
                ("__str__", mp_str),
                ("__eq__", mp_eq),
                ("__or__", mp_or),
                ("get", mp_get),
                ("keys", mp_keys),
                ("values", mp_values),
                ("items", mp_items),
                ("copy", mp_copy),
            ],
        );
        t
    })
    .clone()
}

pub fn new_proxy(mapping: Value) -> Value {
    Value::Obj(ObjRef::new(
        proxy_type(),
        Payload::Native(Box::new(MappingProxy { mapping })),
    ))
}

fn inner(vm: &mut Vm, args: &FuncArgs) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.args.first() {
        if let Payload::Native(n) = &o.payload {
            if let Some(p) = n.as_any().downcast_ref::<MappingProxy>() {
                return Ok(p.mapping.clone());
            }
        }
    }
    Err(vm.new_type_error("mappingproxy expected".to_string()))
}

fn mp_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = args.args.get(1).cloned().unwrap_or(Value::None);
    let ok = match &m {
        Value::Obj(o) => {
            matches!(o.payload, Payload::Dict(_))
                || crate::types::lookup(o.type_ref(), &super::names().__getitem__).is_some()
        }
        _ => false,
    };
    if !ok
        || matches!(&m, Value::Obj(o) if matches!(o.payload, Payload::List(_) | Payload::Tuple(_)))
    {
        return Err(vm.new_type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(&m)
        )));
    }
    Ok(new_proxy(m))
}

fn mp_getitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = inner(vm, &args)?;
    crate::protocol::getitem(vm, &m, args.args.get(1).unwrap_or(&Value::None))
}

fn mp_len(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = inner(vm, &args)?;
    Ok(Value::Int(vm.len(&m)? as i64))
}

fn mp_iter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = inner(vm, &args)?;
    vm.get_iter(&m)
}

fn mp_contains(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = inner(vm, &args)?;
    Ok(Value::Bool(crate::protocol::contains(
        vm,
        &m,
        args.args.get(1).unwrap_or(&Value::None),
    )?))
}

fn mp_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = inner(vm, &args)?;
    let r = vm.repr_string(&m)?;
    Ok(new_str(format!("mappingproxy({r})")))
}

fn mp_str(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = inner(vm, &args)?;
    vm.str(&m)
}

fn mp_eq(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = inner(vm, &args)?;
    crate::protocol::rich_compare(
        vm,
        &m,
        args.args.get(1).unwrap_or(&Value::None),
        baton_compiler::ComparisonOperator::Equal,
    )
}

fn mp_or(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = inner(vm, &args)?;
    let c = vm.call_method(&m, "copy", &[])?;
    crate::protocol::binary_op(
        vm,
        &c,
        args.args.get(1).unwrap_or(&Value::None),
        baton_compiler::BinaryOperator::Or,
        false,
    )
}

fn mp_get(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = inner(vm, &args)?;
    vm.call_method(&m, "get", &args.args[1..])
}

fn mp_keys(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = inner(vm, &args)?;
    vm.call_method(&m, "keys", &[])
}

fn mp_values(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = inner(vm, &args)?;
    vm.call_method(&m, "values", &[])
}

fn mp_items(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = inner(vm, &args)?;
    vm.call_method(&m, "items", &[])
}

fn mp_copy(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = inner(vm, &args)?;
    vm.call_method(&m, "copy", &[])
}
