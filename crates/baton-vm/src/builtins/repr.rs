//! repr() of the built-in types, with CPython's texts and its guard
//! against recursive containers (`[...]`).

use super::{str_of, types};
use crate::object::{DictViewKind, Payload};
use crate::types::type_data;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

thread_local! {
    /// Containers whose repr is being computed on this thread.
    static IN_PROGRESS: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// `<module.Class object at 0x...>`.
pub fn default_repr(v: &Value) -> String {
    let t = super::type_of(v);
    let td = type_data(&t);
    let module = t
        .dict
        .get()
        .and_then(|d| super::dict_get_str(&d, "__module__"));
    let qual = td.qualname.get();
    let name = match module {
        Some(m) if super::is_str(&m) && str_of(&m) != "builtins" => {
            format!("{}.{}", str_of(&m), qual)
        }
        _ => qual,
    };
    let addr = match v {
        Value::Obj(o) => o.addr(),
        _ => v.id() as usize,
    };
    format!("<{name} object at {addr:#x}>")
}

/// repr of a value of a built-in type; None for instances of classes made
/// by class statements (their `__repr__` is looked up).
pub fn native_repr(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    if let Value::Obj(o) = v {
        if type_data(o.type_ref()).heap {
            return Ok(None);
        }
    }
    payload_repr(vm, v)
}

/// Runs `f` (a container's repr) unless the container with this id is
/// already being shown on this thread, in which case gives `recursive`.
pub fn guarded(
    vm: &mut Vm,
    id: usize,
    recursive: &str,
    f: impl FnOnce(&mut Vm) -> PyResult<String>,
) -> PyResult<String> {
    let busy = IN_PROGRESS.with(|p| p.borrow().contains(&id));
    if busy {
        return Ok(recursive.to_string());
    }
    IN_PROGRESS.with(|p| p.borrow_mut().push(id));
    let r = f(vm);
    IN_PROGRESS.with(|p| {
        let mut p = p.borrow_mut();
        if let Some(i) = p.iter().rposition(|x| *x == id) {
            p.remove(i);
        }
    });
    r
}

/// The reprs of `items`, joined with ", ".
pub fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for it in items {
        parts.push(vm.repr_string(it)?);
    }
    Ok(parts.join(", "))
}

/// repr by the object's built-in layout, whatever its exact type.
pub fn payload_repr(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let o = match v {
        Value::None => return Ok(Some("None".into())),
        Value::Null => return Ok(Some("<NULL>".into())),
        Value::Bool(b) => return Ok(Some(if *b { "True" } else { "False" }.into())),
        Value::Int(i) => return Ok(Some(i.to_string())),
        Value::Float(f) => return Ok(Some(baton_text::float_repr(*f))),
        Value::Obj(o) => o,
    };
    let id = o.addr();
    Ok(Some(match &o.payload {
        Payload::Int(b) => {
            if o.type_ref().is(&types().bool_) {
                if num_traits::Zero::is_zero(b) {
                    "False".into()
                } else {
                    "True".into()
                }
            } else {
                super::int::int_to_decimal_checked(vm, b)?
            }
        }
        Payload::Float(f) => baton_text::float_repr(*f),
        Payload::Complex(a, b) => baton_text::complex_repr(*a, *b),
        Payload::Str(s) => baton_text::str_repr(s.as_str()),
        Payload::Bytes(b) => baton_text::bytes_repr(b),
        Payload::ByteArray(b) => format!("bytearray({})", baton_text::bytes_repr(&b.get())),
        Payload::List(l) => {
            let items = l.get();
            guarded(vm, id, "[...]", |vm| {
                Ok(format!("[{}]", join_reprs(vm, &items)?))
            })?
        }
        Payload::Tuple(t) => {
            let items = t.to_vec();
            guarded(vm, id, "(...)", |vm| {
                let inner = join_reprs(vm, &items)?;
                Ok(if items.len() == 1 {
                    format!("({inner},)")
                } else {
                    format!("({inner})")
                })
            })?
        }
        Payload::Dict(d) => {
            let items = d.with(|d| d.items());
            guarded(vm, id, "{...}", |vm| {
                let mut parts = Vec::with_capacity(items.len());
                for (k, val) in &items {
                    parts.push(format!("{}: {}", vm.repr_string(k)?, vm.repr_string(val)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            })?
        }
        Payload::Set(s) => {
            let items: Vec<Value> = s.with(|s| s.iter().cloned().collect());
            let tn = type_data(o.type_ref()).name();
            guarded(vm, id, &format!("{tn}(...)"), |vm| {
                if items.is_empty() {
                    return Ok(format!("{tn}()"));
                }
                let inner = join_reprs(vm, &items)?;
                Ok(if tn == "set" {
                    format!("{{{inner}}}")
                } else {
                    format!("{tn}({{{inner}}})")
                })
            })?
        }
        Payload::FrozenSet(s) => {
            let items: Vec<Value> = s.iter().cloned().collect();
            let tn = type_data(o.type_ref()).name();
            guarded(vm, id, &format!("{tn}(...)"), |vm| {
                if items.is_empty() {
                    return Ok(format!("{tn}()"));
                }
                Ok(format!("{tn}({{{}}})", join_reprs(vm, &items)?))
            })?
        }
        Payload::DictView(dv) => {
            let (name, items): (&str, Vec<Value>) = match dv.1 {
                DictViewKind::Keys => (
                    "dict_keys",
                    super::dict::dict_items_of(&dv.0)
                        .into_iter()
                        .map(|(k, _)| k)
                        .collect(),
                ),
                DictViewKind::Values => (
                    "dict_values",
                    super::dict::dict_items_of(&dv.0)
                        .into_iter()
                        .map(|(_, v)| v)
                        .collect(),
                ),
                DictViewKind::Items => (
                    "dict_items",
                    super::dict::dict_items_of(&dv.0)
                        .into_iter()
                        .map(|(k, v)| super::new_tuple(vec![k, v]))
                        .collect(),
                ),
            };
            guarded(vm, id, "...", |vm| {
                Ok(format!("{name}([{}])", join_reprs(vm, &items)?))
            })?
        }
        Payload::Function(f) => format!("<function {} at {:#x}>", str_of(&f.qualname.get()), id),
        Payload::BuiltinFunction(b) => match &b.bound {
            Value::Null => format!("<built-in function {}>", b.name),
            Value::Obj(m) if matches!(m.payload, Payload::Module(_)) => {
                format!("<built-in function {}>", b.name)
            }
            other => {
                let tn = match other {
                    Value::Obj(t) if matches!(t.payload, Payload::Type(_)) => type_data(t).name(),
                    _ => vm.type_name(other),
                };
                if matches!(other, Value::Obj(t) if matches!(t.payload, Payload::Type(_))) {
                    format!(
                        "<built-in method {} of type object at {:#x}>",
                        b.name,
                        other.id()
                    )
                } else {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        tn,
                        other.id()
                    )
                }
            }
        },
        Payload::MethodDescriptor(m) => format!(
            "<method '{}' of '{}' objects>",
            m.name,
            type_data(&m.owner).name()
        ),
        Payload::BoundMethod(bm) => {
            let fname = match &bm.0 {
                Value::Obj(f) => match &f.payload {
                    Payload::Function(fd) => str_of(&fd.qualname.get()).to_string(),
                    _ => vm
                        .get_attr_opt(&bm.0, "__qualname__")?
                        .map(|q| str_of(&q).to_string())
                        .unwrap_or_else(|| "?".into()),
                },
                _ => "?".into(),
            };
            let s = vm.repr_string(&bm.1)?;
            format!("<bound method {fname} of {s}>")
        }
        Payload::Type(td) => {
            let module = o
                .dict
                .get()
                .and_then(|d| super::dict_get_str(&d, "__module__"));
            match module {
                Some(m) if super::is_str(&m) && str_of(&m) != "builtins" => {
                    format!("<class '{}.{}'>", str_of(&m), td.qualname.get())
                }
                _ => format!("<class '{}'>", td.qualname.get()),
            }
        }
        Payload::Module(m) => {
            let d = o.dict.get();
            let file = d.as_ref().and_then(|d| super::dict_get_str(d, "__file__"));
            match file {
                Some(f) if super::is_str(&f) => {
                    format!("<module '{}' from '{}'>", m.name.get(), str_of(&f))
                }
                _ => {
                    let name = m.name.get();
                    if crate::import::is_builtin_module_name(&name) {
                        format!("<module '{name}' (built-in)>")
                    } else {
                        format!("<module '{name}'>")
                    }
                }
            }
        }
        Payload::Exception(_) => return Ok(None),
        Payload::Object(_) => {
            if o.is(&super::singletons().not_implemented) {
                "NotImplemented".into()
            } else if o.is(&super::singletons().ellipsis) {
                "Ellipsis".into()
            } else {
                default_repr(v)
            }
        }
        Payload::Cell(c) => {
            let inner = c.get();
            if inner.is_null() {
                format!("<cell at {id:#x}: empty>")
            } else {
                format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    id,
                    vm.type_name(&inner),
                    inner.id()
                )
            }
        }
        Payload::Range(_)
        | Payload::Slice(_)
        | Payload::Code(_)
        | Payload::Generator(_)
        | Payload::Super(_) => {
            let t = o.type_ref().clone();
            if let Some(Value::Obj(ro)) = crate::types::lookup(&t, &super::names().__repr__) {
                {
                    if let Payload::MethodDescriptor(m) = &ro.payload {
                        if m.owner.is(&t) {
                            let res =
                                (m.func)(vm, crate::vm::FuncArgs::new(std::slice::from_ref(v)))?;
                            return Ok(Some(str_of(&res).to_string()));
                        }
                    }
                }
            }
            default_repr(v)
        }
        // Native types of the stdlib define their own __repr__.
        Payload::Native(_) => return Ok(None),
        _ => default_repr(v),
    }))
}
