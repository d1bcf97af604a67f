//! Functions, methods, descriptors (property, classmethod, staticmethod),
//! super, cells, modules and the singleton types.

use super::{bind_native, new_str, str_of, types};
use crate::object::{MethodKind, Mut, Payload, PropertyData};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};

macro_rules! func_field {
    ($get:ident, $set:ident, $field:ident) => {
        fn $get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
            match v {
                Value::Obj(o) => match &o.payload {
                    Payload::Function(f) => Ok(f.$field.get()),
                    _ => Err(vm.new_type_error("function expected".to_string())),
                },
                _ => Err(vm.new_type_error("function expected".to_string())),
            }
        }
        fn $set(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
            match v {
                Value::Obj(o) => match &o.payload {
                    Payload::Function(f) => {
                        f.$field.set(new);
                        Ok(())
                    }
                    _ => Err(vm.new_type_error("function expected".to_string())),
                },
                _ => Err(vm.new_type_error("function expected".to_string())),
            }
        }
    };
}

func_field!(fn_name, fn_set_name, name);
func_field!(fn_qualname, fn_set_qualname, qualname);
func_field!(fn_defaults, fn_set_defaults, defaults);
func_field!(fn_kwdefaults, fn_set_kwdefaults, kwdefaults);
func_field!(fn_doc, fn_set_doc, doc);
func_field!(fn_module, fn_set_module, module);

fn fn_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if let Payload::Function(f) = &o.payload {
            let a = f.annotations.get();
            if a.is_none() || a.is_null() {
                let d = Value::Obj(super::new_dict());
                f.annotations.set(d.clone());
                return Ok(d);
            }
            return Ok(a);
        }
    }
    Err(vm.new_type_error("function expected".to_string()))
}

fn fn_set_annotations(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    if let Value::Obj(o) = v {
        if let Payload::Function(f) = &o.payload {
            f.annotations.set(new);
            return Ok(());
        }
    }
    Err(vm.new_type_error("function expected".to_string()))
}

fn fn_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Function(f) => Ok(Value::Obj(f.code.clone())),
            _ => Err(vm.new_type_error("function expected".to_string())),
        },
        _ => Err(vm.new_type_error("function expected".to_string())),
    }
}

fn fn_globals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Function(f) => Ok(Value::Obj(f.globals.clone())),
            _ => Err(vm.new_type_error("function expected".to_string())),
        },
        _ => Err(vm.new_type_error("function expected".to_string())),
    }
}

fn fn_closure(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Function(f) => Ok(if f.closure.is_null() {
                Value::None
            } else {
                f.closure.clone()
            }),
            _ => Err(vm.new_type_error("function expected".to_string())),
        },
        _ => Err(vm.new_type_error("function expected".to_string())),
    }
}

fn fn_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => {
            let d = match o.dict.get() {
                Some(d) => d,
                None => {
                    let d = super::new_dict();
                    o.dict.set(Some(d.clone()));
                    d
                }
            };
            Ok(Value::Obj(d))
        }
        _ => Err(vm.new_type_error("function expected".to_string())),
    }
}

fn fn_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    Ok(new_str(
        super::repr::payload_repr(vm, &v)?.unwrap_or_default(),
    ))
}

fn fn_get(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let f = args.args.first().cloned().unwrap_or(Value::None);
    let obj = args.args.get(1).cloned().unwrap_or(Value::None);
    let owner = args.args.get(2).cloned().unwrap_or(Value::None);
    vm.descriptor_get(f, obj, owner)
}

fn fn_call(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let f = args.args.first().cloned().unwrap_or(Value::None);
    vm.call_args(&f, FuncArgs::with_kw(&args.args[1..], args.kwnames))
}

// ---- bound methods ------------------------------------------------------------

fn method_parts(vm: &mut Vm, v: &Value) -> PyResult<(Value, Value)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::BoundMethod(m) => Ok((m.0.clone(), m.1.clone())),
            _ => Err(vm.new_type_error("method expected".to_string())),
        },
        _ => Err(vm.new_type_error("method expected".to_string())),
    }
}

fn m_func(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(method_parts(vm, v)?.0)
}
fn m_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(method_parts(vm, v)?.1)
}
fn m_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = method_parts(vm, v)?.0;
    vm.get_attr_str(&f, "__name__")
}
fn m_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = method_parts(vm, v)?.0;
    vm.get_attr_str(&f, "__qualname__")
}
fn m_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = method_parts(vm, v)?.0;
    vm.get_attr_str(&f, "__doc__")
}
fn m_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = method_parts(vm, v)?.0;
    Ok(vm.get_attr_opt(&f, "__module__")?.unwrap_or(Value::None))
}

fn m_eq(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = method_parts(vm, args.args.first().unwrap_or(&Value::None))?;
    let b = match method_parts(vm, args.args.get(1).unwrap_or(&Value::None)) {
        Ok(b) => b,
        Err(_) => return Ok(Value::Obj(super::singletons().not_implemented.clone())),
    };
    Ok(Value::Bool(a.0.is(&b.0) && a.1.is(&b.1)))
}

fn m_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let (f, s) = method_parts(vm, args.args.first().unwrap_or(&Value::None))?;
    let h = vm.hash(&f)? ^ s.id();
    Ok(Value::Int(crate::str::fix_hash(h)))
}

// ---- builtin functions ----------------------------------------------------------

fn bf_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::BuiltinFunction(b) => Ok(new_str(b.name)),
            Payload::MethodDescriptor(m) => Ok(new_str(m.name)),
            _ => Err(vm.new_type_error("builtin expected".to_string())),
        },
        _ => Err(vm.new_type_error("builtin expected".to_string())),
    }
}

fn bf_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::BuiltinFunction(b) => {
                if let Value::Obj(s) = &b.bound {
                    if !matches!(s.payload, Payload::Module(_)) {
                        let tn = match &s.payload {
                            Payload::Type(td) => td.name(),
                            _ => crate::types::type_data(s.type_ref()).name(),
                        };
                        return Ok(new_str(format!("{}.{}", tn, b.name)));
                    }
                }
                Ok(new_str(b.name))
            }
            Payload::MethodDescriptor(m) => Ok(new_str(format!(
                "{}.{}",
                crate::types::type_data(&m.owner).name(),
                m.name
            ))),
            _ => Err(vm.new_type_error("builtin expected".to_string())),
        },
        _ => Err(vm.new_type_error("builtin expected".to_string())),
    }
}

fn bf_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Obj(o) => match &o.payload {
            Payload::BuiltinFunction(b) => {
                if b.bound.is_null() {
                    // A module-level function's __self__ is its module.
                    b.module
                        .and_then(|m| super::dict_get_str(&crate::vm::runtime().modules, m))
                        .unwrap_or(Value::None)
                } else {
                    b.bound.clone()
                }
            }
            _ => Value::None,
        },
        _ => Value::None,
    })
}

/// Built-in functions compare equal when they are the same function bound
/// to the same object (`[].append == [].append` is False, `a.append ==
/// a.append` True).
fn bf_eq(_vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let (a, b) = match args.args {
        [a, b] => (a, b),
        _ => return Ok(Value::Obj(super::singletons().not_implemented.clone())),
    };
    if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
        if let (Payload::BuiltinFunction(p), Payload::BuiltinFunction(q)) = (&x.payload, &y.payload)
        {
            return Ok(Value::Bool(
                p.func as usize == q.func as usize && p.name == q.name && p.bound.is(&q.bound),
            ));
        }
    }
    Ok(Value::Obj(super::singletons().not_implemented.clone()))
}

fn bf_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if let Some(Value::Obj(x)) = args.args.first() {
        if let Payload::BuiltinFunction(p) = &x.payload {
            let self_hash = match &p.bound {
                Value::Obj(o) => o.addr() as i64,
                _ => 0,
            };
            return Ok(Value::Int(
                (p.func as usize as i64) ^ self_hash.rotate_left(16),
            ));
        }
    }
    Err(vm.new_type_error("builtin expected".to_string()))
}

/// `__reduce__` of a built-in function: its qualified name (pickled by
/// reference), or `getattr(self, name)` for a method bound to an object.
fn bf_reduce(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if let Some(Value::Obj(x)) = args.args.first() {
        if let Payload::BuiltinFunction(p) = &x.payload {
            let bound_obj = match &p.bound {
                Value::Obj(o) if !matches!(o.payload, Payload::Module(_)) => Some(p.bound.clone()),
                _ => None,
            };
            return Ok(match bound_obj {
                None => new_str(p.name),
                Some(obj) => {
                    let getattr =
                        super::dict_get_str(&crate::vm::runtime().builtins_dict, "getattr")
                            .unwrap_or(Value::None);
                    super::new_tuple(vec![getattr, super::new_tuple(vec![obj, new_str(p.name)])])
                }
            });
        }
    }
    Err(vm.new_type_error("builtin expected".to_string()))
}

fn bf_module(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Obj(o) => match &o.payload {
            Payload::BuiltinFunction(b) => b.module.map(module_name_str).unwrap_or(Value::None),
            _ => Value::None,
        },
        _ => Value::None,
    })
}

/// The `__module__` string of built-in functions: one object per module
/// name (as CPython, where all functions of a module share it), distinct
/// from the interned name that types report.
fn module_name_str(m: &'static str) -> Value {
    static NAMES: std::sync::Mutex<Vec<(&'static str, usize)>> = std::sync::Mutex::new(Vec::new());
    let mut g = NAMES.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((_, p)) = g.iter().find(|(n, _)| *n == m) {
        // SAFETY: the strings stored here are immortal (never freed).
        return Value::Obj(unsafe { ObjRef::from_borrowed(*p as *const crate::object::PyObject) });
    }
    let s = match new_str(m) {
        Value::Obj(o) => o,
        other => return other,
    };
    s.make_immortal();
    g.push((m, s.addr()));
    Value::Obj(s)
}

fn bf_doc(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Obj(o) => match &o.payload {
            Payload::BuiltinFunction(b) => b.doc.map(new_str).unwrap_or(Value::None),
            _ => Value::None,
        },
        _ => Value::None,
    })
}

fn md_objclass(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Obj(o) => match &o.payload {
            Payload::MethodDescriptor(m) => Value::Obj(m.owner.clone()),
            _ => Value::None,
        },
        _ => Value::None,
    })
}

// ---- property, classmethod, staticmethod ------------------------------------------

fn property_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().property.clone(),
    };
    let _ = vm;
    let o = ObjRef::new(
        cls.clone(),
        Payload::Property(Box::new(PropertyData {
            fget: Mut::new(Value::None),
            fset: Mut::new(Value::None),
            fdel: Mut::new(Value::None),
            doc: Mut::new(Value::None),
            name: Mut::new(Value::None),
        })),
    );
    if crate::types::type_data(&cls).has_dict {
        o.dict.set(Some(super::new_dict()));
    }
    Ok(Value::Obj(o))
}

fn prop_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a PropertyData> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Property(p) => Ok(p),
            _ => Err(vm.new_type_error("property expected".to_string())),
        },
        _ => Err(vm.new_type_error("property expected".to_string())),
    }
}

fn property_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = bind_native(vm, &rest, "property", &["fget", "fset", "fdel", "doc"], 0)?;
    let p = prop_of(vm, &args.args[0])?;
    let or_none = |v: &Value| if v.is_null() { Value::None } else { v.clone() };
    p.fget.set(or_none(&a[0]));
    p.fset.set(or_none(&a[1]));
    p.fdel.set(or_none(&a[2]));
    let doc = if a[3].is_null() || a[3].is_none() {
        if a[0].is_null() || a[0].is_none() {
            Value::None
        } else {
            vm.get_attr_opt(&a[0], "__doc__")?.unwrap_or(Value::None)
        }
    } else {
        a[3].clone()
    };
    p.doc.set(doc);
    if !a[0].is_null() && !a[0].is_none() {
        if let Some(n) = vm.get_attr_opt(&a[0], "__name__")? {
            p.name.set(n);
        }
    }
    Ok(Value::None)
}

fn property_copy_with(vm: &mut Vm, args: FuncArgs, which: usize) -> PyResult<Value> {
    let src = prop_of(vm, &args.args[0])?;
    let f = args.args.get(1).cloned().unwrap_or(Value::None);
    let t = Value::Obj(super::type_of(&args.args[0]));
    let mut parts = [
        src.fget.get(),
        src.fset.get(),
        src.fdel.get(),
        src.doc.get(),
    ];
    parts[which] = f;
    let name = src.name.get();
    let new = vm.call(&t, &parts)?;
    if let Value::Obj(o) = &new {
        if let Payload::Property(p) = &o.payload {
            if which != 0 {
                p.name.set(name);
            }
        }
    }
    Ok(new)
}

fn property_getter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    property_copy_with(vm, args, 0)
}
fn property_setter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    property_copy_with(vm, args, 1)
}
fn property_deleter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    property_copy_with(vm, args, 2)
}

fn property_get(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = args.args.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args.args[0].clone());
    }
    let p = prop_of(vm, &args.args[0])?;
    let g = p.fget.get();
    if g.is_none() {
        return Err(vm.new_exception_msg(
            &types().exc.attribute_error,
            "unreadable attribute".to_string(),
        ));
    }
    vm.call(&g, &[obj])
}

fn property_set(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = prop_of(vm, &args.args[0])?;
    let s = p.fset.get();
    if s.is_none() {
        return Err(vm.new_exception_msg(
            &types().exc.attribute_error,
            "can't set attribute".to_string(),
        ));
    }
    vm.call(
        &s,
        &[
            args.args.get(1).cloned().unwrap_or(Value::None),
            args.args.get(2).cloned().unwrap_or(Value::None),
        ],
    )
}

fn property_set_name(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let p = prop_of(vm, &args.args[0])?;
    p.name.set(args.args.get(2).cloned().unwrap_or(Value::None));
    Ok(Value::None)
}

macro_rules! prop_field {
    ($name:ident, $field:ident) => {
        fn $name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
            Ok(prop_of(vm, v)?.$field.get())
        }
    };
}
prop_field!(prop_fget, fget);
prop_field!(prop_fset, fset);
prop_field!(prop_fdel, fdel);
prop_field!(prop_doc, doc);

fn prop_set_doc(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    prop_of(vm, v)?.doc.set(new);
    Ok(())
}

fn wrapper_new(vm: &mut Vm, args: FuncArgs, static_: bool) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().classmethod.clone(),
    };
    let f = match args.pos().get(1) {
        Some(f) => f.clone(),
        None => {
            let n = if static_ {
                "staticmethod"
            } else {
                "classmethod"
            };
            return Err(vm.new_type_error(format!("{n} expected 1 argument, got 0")));
        }
    };
    let payload = if static_ {
        Payload::StaticMethod(Mut::new(f))
    } else {
        Payload::ClassMethod(Mut::new(f))
    };
    let o = ObjRef::new(cls, payload);
    o.dict.set(Some(super::new_dict()));
    Ok(Value::Obj(o))
}

fn classmethod_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    wrapper_new(vm, args, false)
}
fn staticmethod_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    wrapper_new(vm, args, true)
}

fn wrapped_func(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Obj(o) => match &o.payload {
            Payload::ClassMethod(f) | Payload::StaticMethod(f) => f.get(),
            _ => Value::None,
        },
        _ => Value::None,
    })
}

fn wrapper_get(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let d = args.args.first().cloned().unwrap_or(Value::None);
    let obj = args.args.get(1).cloned().unwrap_or(Value::None);
    let owner = args.args.get(2).cloned().unwrap_or(Value::None);
    let owner = if owner.is_none() {
        Value::Obj(super::type_of(&obj))
    } else {
        owner
    };
    vm.descriptor_get(d, if obj.is_none() { Value::None } else { obj }, owner)
}

fn staticmethod_call(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let f = wrapped_func(vm, args.args.first().unwrap_or(&Value::None))?;
    vm.call_args(&f, FuncArgs::with_kw(&args.args[1..], args.kwnames))
}

fn wrapped_attr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    let f = wrapped_func(vm, v)?;
    Ok(vm.get_attr_opt(&f, name)?.unwrap_or(Value::None))
}
fn wrapped_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    wrapped_attr(vm, v, "__name__")
}
fn wrapped_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    wrapped_attr(vm, v, "__doc__")
}
fn wrapped_isabstract(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = wrapped_func(vm, v)?;
    Ok(vm
        .get_attr_opt(&f, "__isabstractmethod__")?
        .unwrap_or(Value::Bool(false)))
}

// ---- super -----------------------------------------------------------------------

fn super_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let (t, obj) = match pos {
        [t, o] => (t.clone(), o.clone()),
        [t] => (t.clone(), Value::None),
        [] => zero_arg_super(vm)?,
        _ => return Err(vm.new_type_error("super() takes at most 2 arguments".to_string())),
    };
    let tobj = match &t {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => {
            return Err(vm.new_type_error(format!(
                "super() argument 1 must be a type, not {}",
                vm.type_name(&t)
            )))
        }
    };
    let obj_type = if obj.is_none() {
        Value::None
    } else {
        let ot = match &obj {
            Value::Obj(o)
                if matches!(o.payload, Payload::Type(_)) && crate::types::is_subtype(o, &tobj) =>
            {
                o.clone()
            }
            _ => super::type_of(&obj),
        };
        if !crate::types::is_subtype(&ot, &tobj) {
            return Err(vm.new_type_error(
                "super(type, obj): obj must be an instance or subtype of type".to_string(),
            ));
        }
        Value::Obj(ot)
    };
    Ok(Value::Obj(ObjRef::new(
        types().super_.clone(),
        Payload::Super(Box::new((t, obj, obj_type))),
    )))
}

/// super() with no arguments: the `__class__` cell and first argument of the caller.
fn zero_arg_super(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let fptr = match vm.frames.last() {
        Some(f) => *f,
        None => return Err(vm.new_runtime_error("super(): no current frame")),
    };
    // SAFETY: frames on the VM's stack are live while they are listed there.
    let frame = unsafe { &*fptr };
    let code = frame.code_data();
    let c = &code.code;
    if c.arg_count == 0 && c.flags & baton_compiler::code::flags::VARARGS == 0 {
        return Err(vm.new_runtime_error("super(): no arguments"));
    }
    let mut first = frame.values.first().cloned().unwrap_or(Value::Null);
    // The first argument may live in a cell.
    if let Some(ci) = c.cell2arg.iter().position(|a| *a == Some(0)) {
        if let Some(Value::Obj(cell)) = frame.values.get(c.varnames.len() + ci) {
            if let Payload::Cell(cv) = &cell.payload {
                first = cv.get();
            }
        }
    }
    if first.is_null() {
        return Err(vm.new_runtime_error("super(): arg[0] deleted"));
    }
    let idx = match c.freevars.iter().position(|n| n == "__class__") {
        Some(i) => c.varnames.len() + c.cellvars.len() + i,
        None => return Err(vm.new_runtime_error("super(): __class__ cell not found")),
    };
    let cls = match frame.values.get(idx) {
        Some(Value::Obj(cell)) => match &cell.payload {
            Payload::Cell(cv) => cv.get(),
            _ => Value::Null,
        },
        _ => Value::Null,
    };
    if cls.is_null() || cls.is_none() {
        return Err(vm.new_runtime_error("super(): empty __class__ cell"));
    }
    Ok((cls, first))
}

pub fn super_getattribute(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = args.args.first().cloned().unwrap_or(Value::None);
    let name = args.args.get(1).cloned().unwrap_or(Value::None);
    let (t, obj, obj_type) = match &s {
        Value::Obj(o) => match &o.payload {
            Payload::Super(p) => (p.0.clone(), p.1.clone(), p.2.clone()),
            _ => return Err(vm.new_type_error("super expected".to_string())),
        },
        _ => return Err(vm.new_type_error("super expected".to_string())),
    };
    let n = str_of(&name).to_string();
    if n != "__class__" {
        if let (Value::Obj(start), Value::Obj(ot)) = (&t, &obj_type) {
            let mro = crate::types::type_data(ot).mro.get();
            let pos = mro
                .iter()
                .position(|c| c.is(start))
                .map(|p| p + 1)
                .unwrap_or(mro.len());
            for cls in &mro[pos..] {
                if let Some(d) = cls.dict.get() {
                    if let Some(v) = super::dict_get_str(&d, &n) {
                        let inst = if obj.is(&Value::Obj(ot.clone())) {
                            Value::None
                        } else {
                            obj.clone()
                        };
                        return vm.descriptor_get(v, inst, Value::Obj(ot.clone()));
                    }
                }
            }
        }
    }
    let iname = super::intern(&n);
    match vm.generic_getattr(&s, &types().super_, &iname)? {
        Some(v) => Ok(v),
        None => Err(vm.new_exception_msg(
            &types().exc.attribute_error,
            format!("'super' object has no attribute '{n}'"),
        )),
    }
}

fn super_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = args.args.first().cloned().unwrap_or(Value::None);
    if let Value::Obj(o) = &s {
        if let Payload::Super(p) = &o.payload {
            let tn = match &p.0 {
                Value::Obj(t) => crate::types::type_data(t).name(),
                _ => "?".into(),
            };
            let on = match &p.2 {
                Value::Obj(t) => format!("<{} object>", crate::types::type_data(t).name()),
                _ => "NULL".into(),
            };
            return Ok(new_str(format!("<super: <class '{tn}'>, {on}>")));
        }
    }
    let _ = vm;
    Ok(new_str("<super>"))
}

fn super_thisclass(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Obj(o) => match &o.payload {
            Payload::Super(p) => p.0.clone(),
            _ => Value::None,
        },
        _ => Value::None,
    })
}

fn super_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Obj(o) => match &o.payload {
            Payload::Super(p) => p.1.clone(),
            _ => Value::None,
        },
        _ => Value::None,
    })
}

// ---- cells, modules, singletons ---------------------------------------------------

fn cell_contents(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if let Payload::Cell(c) = &o.payload {
            let x = c.get();
            if x.is_null() {
                return Err(vm.new_value_error("Cell is empty".to_string()));
            }
            return Ok(x);
        }
    }
    Err(vm.new_type_error("cell expected".to_string()))
}

fn module_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let name = args.pos().get(1).cloned().unwrap_or(Value::None);
    if !super::is_str(&name) {
        return Err(vm.new_type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            vm.type_name(&name)
        )));
    }
    let m = crate::import::new_module(str_of(&name));
    if let Some(doc) = args.pos().get(2) {
        if let Some(d) = m.dict.get() {
            super::dict_set_str(&d, "__doc__", doc.clone());
        }
    }
    Ok(Value::Obj(m))
}

fn module_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    Ok(new_str(
        super::repr::payload_repr(vm, &v)?.unwrap_or_default(),
    ))
}

fn module_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => Ok(Value::Obj(crate::import::module_dict(o))),
        _ => Err(vm.new_type_error("module expected".to_string())),
    }
}

fn module_dir(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    let d = match &v {
        Value::Obj(o) => crate::import::module_dict(o),
        _ => return Err(vm.new_type_error("module expected".to_string())),
    };
    Ok(super::new_list(super::dict_keys(&d)))
}

fn none_repr(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(new_str("None"))
}

fn none_bool(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn none_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if args.args.len() > 1 {
        return Err(vm.new_type_error("NoneType takes no arguments".to_string()));
    }
    Ok(Value::None)
}

fn ni_repr(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(new_str("NotImplemented"))
}

fn ellipsis_repr(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(new_str("Ellipsis"))
}

fn ni_new(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Obj(super::singletons().not_implemented.clone()))
}

fn ellipsis_new(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Obj(super::singletons().ellipsis.clone()))
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`.
fn function_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = args.pos();
    let mut slots: [Option<Value>; 5] = Default::default();
    for (i, v) in pos.iter().skip(1).enumerate() {
        if i >= 5 {
            return Err(vm.new_type_error(format!(
                "function expected at most 5 arguments, got {}",
                pos.len() - 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    const NAMES: [&str; 5] = ["code", "globals", "name", "argdefs", "closure"];
    for (k, v) in args.kw() {
        match NAMES.iter().position(|n| *n == k) {
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(vm.new_type_error(format!(
                    "function() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let arg = |i: usize| slots[i].clone().unwrap_or(Value::None);
    let code = match slots[0].clone() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Code(_)) => c,
        Some(v) => {
            return Err(vm.new_type_error(format!(
                "function() argument 'code' must be code, not {}",
                vm.type_name(&v)
            )))
        }
        None => {
            return Err(vm
                .new_type_error("function() missing required argument 'code' (pos 1)".to_string()))
        }
    };
    let globals = match slots[1].clone() {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => g,
        Some(v) => {
            return Err(vm.new_type_error(format!(
                "function() argument 'globals' must be dict, not {}",
                vm.type_name(&v)
            )))
        }
        None => {
            return Err(vm.new_type_error(
                "function() missing required argument 'globals' (pos 2)".to_string(),
            ))
        }
    };
    let name = arg(2);
    if !name.is_none() && !super::is_str(&name) {
        return Err(vm.new_type_error("arg 3 (name) must be None or string".to_string()));
    }
    let defaults = arg(3);
    let is_tuple = |v: &Value| matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)));
    if !defaults.is_none() && !is_tuple(&defaults) {
        return Err(vm.new_type_error("arg 4 (defaults) must be None or tuple".to_string()));
    }
    let closure = arg(4);
    let (nfree, co_name) = match &code.payload {
        Payload::Code(c) => (c.code.freevars.len(), c.code.name.clone()),
        _ => (0, String::new()),
    };
    if nfree > 0 && !is_tuple(&closure) {
        return Err(vm.new_type_error("arg 5 (closure) must be tuple".to_string()));
    }
    let given = match &closure {
        Value::Obj(t) if matches!(t.payload, Payload::Tuple(_)) => super::tuple_len(t),
        Value::None => 0,
        _ => return Err(vm.new_type_error("arg 5 (closure) must be None or tuple".to_string())),
    };
    if given != nfree {
        return Err(vm.new_value_error(format!(
            "{co_name} requires closure of length {nfree}, not {given}"
        )));
    }
    // Builtins: the globals' __builtins__ (a dict or a module), as CPython.
    let builtins_dict = match super::dict_get_str(&globals, "__builtins__") {
        Some(Value::Obj(b)) => match &b.payload {
            Payload::Dict(_) => b.clone(),
            Payload::Module(_) => crate::import::module_dict(&b),
            _ => crate::vm::runtime().builtins_dict.clone(),
        },
        _ => crate::vm::runtime().builtins_dict.clone(),
    };
    let func = crate::call::make_function(
        vm,
        Value::Obj(code),
        globals,
        builtins_dict,
        defaults,
        Value::None,
        Value::None,
        if given == 0 { Value::None } else { closure },
    )?;
    if let (Value::Obj(fo), false) = (&func, name.is_none()) {
        if let Payload::Function(fd) = &fo.payload {
            fd.name.set(name);
        }
    }
    Ok(func)
}

/// `types.MethodType(function, instance)`.
fn method_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if args.has_kw() {
        return Err(vm.new_type_error("method() takes no keyword arguments".to_string()));
    }
    let pos = args.pos();
    if pos.len() != 3 {
        return Err(vm.new_type_error(format!(
            "method expected 2 arguments, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    if !super::module::is_callable(&pos[1]) {
        return Err(vm.new_type_error("first argument must be callable".to_string()));
    }
    if pos[2].is_none() {
        return Err(vm.new_type_error("instance must not be None".to_string()));
    }
    Ok(super::new_bound_method(pos[1].clone(), pos[2].clone()))
}

pub fn register() {
    let t = types();
    super::types::add_getsets(
        &t.function,
        &[
            ("__name__", fn_name, Some(fn_set_name)),
            ("__qualname__", fn_qualname, Some(fn_set_qualname)),
            ("__defaults__", fn_defaults, Some(fn_set_defaults)),
            ("__kwdefaults__", fn_kwdefaults, Some(fn_set_kwdefaults)),
            ("__doc__", fn_doc, Some(fn_set_doc)),
            ("__module__", fn_module, Some(fn_set_module)),
            ("__annotations__", fn_annotations, Some(fn_set_annotations)),
            ("__code__", fn_code, None),
            ("__globals__", fn_globals, None),
            ("__closure__", fn_closure, None),
            ("__dict__", fn_dict, None),
        ],
    );
    super::types::add_methods_kind(
        &t.function,
        &[("__new__", function_new)],
        crate::object::MethodKind::Static,
    );
    super::types::add_methods(
        &t.function,
        &[
            ("__repr__", fn_repr),
            ("__get__", fn_get),
            ("__call__", fn_call),
        ],
    );
    super::types::add_getsets(
        &t.method,
        &[
            ("__func__", m_func, None),
            ("__self__", m_self, None),
            ("__name__", m_name, None),
            ("__qualname__", m_qualname, None),
            ("__doc__", m_doc, None),
            ("__module__", m_module, None),
        ],
    );
    super::types::add_methods_kind(
        &t.method,
        &[("__new__", method_new)],
        crate::object::MethodKind::Static,
    );
    super::types::add_methods(
        &t.method,
        &[
            ("__repr__", fn_repr),
            ("__eq__", m_eq),
            ("__hash__", m_hash),
            ("__call__", fn_call),
        ],
    );
    for bt in [&t.builtin_function, &t.method_descriptor] {
        super::types::add_getsets(
            bt,
            &[
                ("__name__", bf_name, None),
                ("__qualname__", bf_qualname, None),
                ("__self__", bf_self, None),
                ("__module__", bf_module, None),
                ("__doc__", bf_doc, None),
            ],
        );
        super::types::add_methods(bt, &[("__repr__", fn_repr), ("__call__", fn_call)]);
    }
    super::types::add_methods(
        &t.builtin_function,
        &[
            ("__eq__", bf_eq),
            ("__hash__", bf_hash),
            ("__reduce__", bf_reduce),
            ("__reduce_ex__", bf_reduce),
        ],
    );
    super::types::add_getsets(&t.method_descriptor, &[("__objclass__", md_objclass, None)]);
    super::types::add_methods(&t.method_descriptor, &[("__get__", fn_get)]);
    super::types::add_methods_kind(
        &t.property,
        &[("__new__", property_new)],
        MethodKind::Static,
    );
    super::types::add_methods(
        &t.property,
        &[
            ("__init__", property_init),
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__get__", property_get),
            ("__set__", property_set),
            ("__set_name__", property_set_name),
        ],
    );
    super::types::add_getsets(
        &t.property,
        &[
            ("fget", prop_fget, None),
            ("fset", prop_fset, None),
            ("fdel", prop_fdel, None),
            ("__doc__", prop_doc, Some(prop_set_doc)),
        ],
    );
    super::types::add_methods_kind(
        &t.classmethod,
        &[("__new__", classmethod_new)],
        MethodKind::Static,
    );
    super::types::add_methods_kind(
        &t.staticmethod,
        &[("__new__", staticmethod_new)],
        MethodKind::Static,
    );
    for wt in [&t.classmethod, &t.staticmethod] {
        super::types::add_methods(wt, &[("__get__", wrapper_get)]);
        super::types::add_getsets(
            wt,
            &[
                ("__func__", wrapped_func, None),
                ("__wrapped__", wrapped_func, None),
                ("__name__", wrapped_name, None),
                ("__doc__", wrapped_doc, None),
                ("__isabstractmethod__", wrapped_isabstract, None),
            ],
        );
    }
    super::types::add_methods(&t.staticmethod, &[("__call__", staticmethod_call)]);
    super::types::add_methods_kind(&t.super_, &[("__new__", super_new)], MethodKind::Static);
    super::types::add_methods(
        &t.super_,
        &[
            ("__getattribute__", super_getattribute),
            ("__repr__", super_repr),
        ],
    );
    super::types::add_getsets(
        &t.super_,
        &[
            ("__thisclass__", super_thisclass, None),
            ("__self__", super_self, None),
        ],
    );
    super::types::add_getsets(&t.cell, &[("cell_contents", cell_contents, None)]);
    super::types::add_methods_kind(&t.module, &[("__new__", module_new)], MethodKind::Static);
    super::types::add_methods(
        &t.module,
        &[("__repr__", module_repr), ("__dir__", module_dir)],
    );
    super::types::add_getsets(&t.module, &[("__dict__", module_dict, None)]);
    super::types::add_methods_kind(&t.none_type, &[("__new__", none_new)], MethodKind::Static);
    super::types::add_methods(
        &t.none_type,
        &[("__repr__", none_repr), ("__bool__", none_bool)],
    );
    super::types::add_methods_kind(
        &t.not_implemented_type,
        &[("__new__", ni_new)],
        MethodKind::Static,
    );
    super::types::add_methods(&t.not_implemented_type, &[("__repr__", ni_repr)]);
    super::types::add_methods_kind(
        &t.ellipsis_type,
        &[("__new__", ellipsis_new)],
        MethodKind::Static,
    );
    super::types::add_methods(&t.ellipsis_type, &[("__repr__", ellipsis_repr)]);
}
