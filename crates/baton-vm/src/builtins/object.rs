//! `object`: the root of every class, and instance creation.

use super::{new_str, str_of, types};
use crate::object::{MethodKind, Mut, Payload};
use crate::rc::ObjRef;
use crate::types::{lookup, type_data, Layout};
use crate::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};

/// A new, empty instance of `cls` with the layout its built-in base needs.
pub fn new_instance(vm: &mut Vm, cls: &ObjRef) -> PyResult<Value> {
    let td = type_data(cls);
    let payload = match td.layout {
        Layout::Object => Payload::Object(Mut::new(vec![Value::Null; td.nslots])),
        Layout::Exception => {
            return Ok(Value::Obj(crate::exceptions::new_exception_obj(
                cls,
                vec![],
            )))
        }
        _ => {
            return Err(vm.new_type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                td.name(),
                td.name()
            )));
        }
    };
    let o = ObjRef::new(cls.clone(), payload);
    if td.has_dict {
        o.dict.set(Some(super::new_dict()));
    }
    Ok(Value::Obj(o))
}

fn is_object_slot(v: &Option<Value>, native: crate::vm::NativeFn) -> bool {
    match v {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::MethodDescriptor(m) => m.func as usize == native as usize,
            _ => false,
        },
        _ => false,
    }
}

fn object_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        Some(v) => {
            return Err(vm.new_type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                vm.type_name(v)
            )))
        }
        None => return Err(vm.new_type_error("object.__new__(): not enough arguments".to_string())),
    };
    if args.args.len() > 1 {
        let init = lookup(&cls, &super::names().__init__);
        let new = lookup(&cls, &super::names().__new__);
        if !is_object_slot(&new, object_new) {
            return Err(vm.new_type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)".to_string(),
            ));
        }
        if is_object_slot(&init, object_init) {
            return Err(
                vm.new_type_error(format!("{}() takes no arguments", type_data(&cls).name()))
            );
        }
    }
    if type_data(&cls).layout == Layout::Object {
        if let Some(abstracts) = cls
            .dict
            .get()
            .and_then(|d| super::dict_get_name(&d, &super::names().__abstractmethods__))
        {
            let names: Vec<Value> = vm.iterate(&abstracts)?;
            if !names.is_empty() {
                let mut ns: Vec<String> = names.iter().map(|n| str_of(n).to_string()).collect();
                ns.sort();
                let quoted: Vec<String> = ns.clone();
                let msg = format!(
                    "Can't instantiate abstract class {} with abstract method{} {}",
                    type_data(&cls).name(),
                    if ns.len() == 1 { "" } else { "s" },
                    quoted.join(", ")
                );
                return Err(vm.new_type_error(msg));
            }
        }
    }
    new_instance(vm, &cls)
}

fn object_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if args.args.len() > 1 {
        let t = super::type_of(&args.args[0]);
        let init = lookup(&t, &super::names().__init__);
        let new = lookup(&t, &super::names().__new__);
        if !is_object_slot(&init, object_init) {
            return Err(vm.new_type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)"
                    .to_string(),
            ));
        }
        if is_object_slot(&new, object_new) {
            return Err(vm.new_type_error(format!("{}() takes no arguments", type_data(&t).name())));
        }
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    let _ = vm;
    Ok(new_str(super::repr::default_repr(&v)))
}

fn object_str(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    vm.repr(&v)
}

fn object_eq(_vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos() {
        [a, b] if a.is(b) => Ok(Value::Bool(true)),
        _ => Ok(Value::Obj(super::singletons().not_implemented.clone())),
    }
}

fn object_ne(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let (a, b) = match args.pos() {
        [a, b] => (a.clone(), b.clone()),
        _ => return Ok(Value::Obj(super::singletons().not_implemented.clone())),
    };
    let t = super::type_of(&a);
    let eq = match lookup(&t, &super::names().__eq__) {
        Some(e) => e,
        None => return Ok(Value::Obj(super::singletons().not_implemented.clone())),
    };
    let r = vm.call(&eq, &[a, b])?;
    if crate::protocol::is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.is_true(&r)?))
}

fn object_not_implemented(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Obj(super::singletons().not_implemented.clone()))
}

fn object_hash(_vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(match args.args.first() {
        Some(Value::Obj(o)) => crate::protocol::pointer_hash(o),
        Some(v) => v.id(),
        None => 0,
    }))
}

fn object_getattribute(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = args.args.first().cloned().unwrap_or(Value::None);
    let name = args.args.get(1).cloned().unwrap_or(Value::None);
    if !super::is_str(&name) {
        return Err(vm.new_type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&name)
        )));
    }
    let n = super::intern(str_of(&name));
    let t = super::type_of(&obj);
    match vm.generic_getattr(&obj, &t, &n)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(&obj, &n)),
    }
}

fn object_setattr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = args.args.first().cloned().unwrap_or(Value::None);
    let name = args.args.get(1).cloned().unwrap_or(Value::None);
    if !super::is_str(&name) {
        return Err(vm.new_type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&name)
        )));
    }
    let n = super::intern(str_of(&name));
    vm.generic_setattr(
        &obj,
        &n,
        Some(args.args.get(2).cloned().unwrap_or(Value::None)),
    )?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = args.args.first().cloned().unwrap_or(Value::None);
    let name = args.args.get(1).cloned().unwrap_or(Value::None);
    let n = super::intern(str_of(&name));
    vm.generic_setattr(&obj, &n, None)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = args.args.first().cloned().unwrap_or(Value::None);
    let spec = args.args.get(1).cloned().unwrap_or(Value::None);
    if !super::is_str(&spec) {
        return Err(vm.new_type_error(format!(
            "format() argument 2 must be str, not {}",
            vm.type_name(&spec)
        )));
    }
    if !str_of(&spec).is_empty() {
        return Err(vm.new_type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&obj)
        )));
    }
    vm.str(&obj)
}

fn object_dir(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = args.args.first().cloned().unwrap_or(Value::None);
    let mut names: Vec<String> = Vec::new();
    if let Value::Obj(o) = &obj {
        if let Some(d) = o.dict.get() {
            for k in super::dict_keys(&d) {
                names.push(str_of(&k).to_string());
            }
        }
    }
    let t = super::type_of(&obj);
    for cls in type_data(&t).mro.get() {
        if let Some(d) = cls.dict.get() {
            for k in super::dict_keys(&d) {
                names.push(str_of(&k).to_string());
            }
        }
    }
    names.sort();
    names.dedup();
    let _ = vm;
    Ok(super::new_list(names.into_iter().map(new_str).collect()))
}

fn object_init_subclass(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if args.has_kw() {
        let name = match args.args.first() {
            Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => {
                type_data(c).qualname.get()
            }
            _ => "object".to_string(),
        };
        return Err(vm.new_type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn object_sizeof(_vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let base = match args.args.first() {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::List(l) => 56 + 8 * l.with(|l| l.capacity()) as i64,
            Payload::Tuple(t) => 40 + 8 * t.len() as i64,
            Payload::Str(s) => 49 + s.as_str().len() as i64,
            Payload::Dict(_) => 64,
            Payload::Int(b) => 24 + 4 * ((b.bits() as i64 + 29) / 30).max(1),
            _ => 16,
        },
        Some(Value::Int(_)) => 28,
        Some(Value::Float(_)) => 24,
        _ => 16,
    };
    Ok(Value::Int(base))
}

fn object_class(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(super::type_of(v)))
}

fn object_set_class(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    match (v, &new) {
        (Value::Obj(o), Value::Obj(t)) if matches!(t.payload, Payload::Type(_)) => {
            if !type_data(o.type_ref()).heap
                || !type_data(t).heap
                || type_data(o.type_ref()).layout != type_data(t).layout
            {
                return Err(vm.new_type_error("__class__ assignment only supported for mutable types or ModuleType subclasses".to_string()));
            }
            o.set_type_raw(t.clone());
            Ok(())
        }
        _ => Err(vm.new_type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            vm.type_name(&new)
        ))),
    }
}

fn object_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if let Some(d) = o.dict.get() {
            return Ok(Value::Obj(d));
        }
    }
    Err(vm.new_exception_msg(
        &types().exc.attribute_error,
        format!("'{}' object has no attribute '__dict__'", vm.type_name(v)),
    ))
}

fn object_set_dict(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    if let (Value::Obj(o), Value::Obj(d)) = (v, &new) {
        if matches!(d.payload, Payload::Dict(_)) && o.dict.get().is_some() {
            o.dict.set(Some(d.clone()));
            return Ok(());
        }
    }
    Err(vm.new_type_error(format!(
        "__dict__ must be set to a dictionary, not a '{}'",
        vm.type_name(&new)
    )))
}

fn object_reduce_ex(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = args.args.first().cloned().unwrap_or(Value::None);
    let copyreg = crate::import::import_module(vm, "copyreg")?;
    let f = vm.get_attr_str(&copyreg, "__reduce_ex__")?;
    let proto = args.args.get(1).cloned().unwrap_or(Value::Int(0));
    vm.call(&f, &[obj, proto])
}

fn object_subclasshook(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Obj(super::singletons().not_implemented.clone()))
}

pub fn register() {
    let t = &types().object;
    super::types::add_methods_kind(t, &[("__new__", object_new)], MethodKind::Static);
    super::types::add_methods_kind(
        t,
        &[
            ("__init_subclass__", object_init_subclass),
            ("__subclasshook__", object_subclasshook),
        ],
        MethodKind::Class,
    );
    super::types::add_methods(
        t,
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__lt__", object_not_implemented),
            ("__le__", object_not_implemented),
            ("__gt__", object_not_implemented),
            ("__ge__", object_not_implemented),
            ("__hash__", object_hash),
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__format__", object_format),
            ("__dir__", object_dir),
            ("__sizeof__", object_sizeof),
            ("__reduce_ex__", object_reduce_ex),
        ],
    );
    super::types::add_getsets(t, &[("__class__", object_class, Some(object_set_class))]);
    if let Some(d) = t.dict.get() {
        super::dict_set_str(&d, "__doc__", new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
    }
    let _ = (object_dict, object_set_dict);
}

/// The `__dict__` descriptor that classes with instance dicts get.
pub fn dict_descriptor(owner: &ObjRef) -> Value {
    Value::Obj(ObjRef::new(
        types().getset_descriptor.clone(),
        Payload::GetSetDescriptor(Box::new(crate::object::GetSetData {
            name: "__dict__",
            get: object_dict,
            set: Some(object_set_dict),
            owner: owner.clone(),
        })),
    ))
}
