//! Raising: making exception instances (with CPython's messages), `raise`
//! with `from`, and matching `except` clauses.

use crate::builtins::{self, types};
use crate::object::{ExceptionData, Mut, Payload};
use crate::rc::ObjRef;
use crate::types::{is_subtype, type_data, Layout};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::Cell;

/// A new exception instance of type `t` with `args` (no `__init__` call).
pub fn new_exception_obj(t: &ObjRef, args: Vec<Value>) -> ObjRef {
    let has_dict = type_data(t).has_dict;
    let o = ObjRef::new(
        t.clone(),
        Payload::Exception(Box::new(ExceptionData {
            args: Mut::new(builtins::new_tuple(args)),
            traceback: Mut::new(Value::None),
            cause: Mut::new(Value::None),
            context: Mut::new(Value::None),
            suppress_context: Cell::new(false),
        })),
    );
    if has_dict {
        let d = builtins::new_dict();
        // Attributes that CPython's __init__ would have set from the args.
        let exc = &types().exc;
        if is_subtype(t, &exc.stop_iteration) {
            let v = match o.payload {
                Payload::Exception(ref e) => match e.args.get() {
                    Value::Obj(a) => builtins::tuple_items(&a)
                        .first()
                        .cloned()
                        .unwrap_or(Value::None),
                    _ => Value::None,
                },
                _ => Value::None,
            };
            builtins::dict_set_str(&d, "value", v);
        }
        o.dict.set(Some(d));
    }
    o
}

impl Vm {
    pub fn new_exception(&mut self, t: &ObjRef, args: Vec<Value>) -> PyErr {
        PyErr(new_exception_obj(t, args))
    }

    pub fn new_exception_msg(&mut self, t: &ObjRef, msg: String) -> PyErr {
        self.new_exception(t, vec![builtins::new_str(msg)])
    }

    pub fn new_exception_empty(&mut self, t: &ObjRef) -> PyErr {
        self.new_exception(t, vec![])
    }

    pub fn new_type_error(&mut self, msg: String) -> PyErr {
        self.new_exception_msg(&types().exc.type_error, msg)
    }

    pub fn new_value_error(&mut self, msg: String) -> PyErr {
        self.new_exception_msg(&types().exc.value_error, msg)
    }

    pub fn new_index_error(&mut self, msg: &str) -> PyErr {
        self.new_exception_msg(&types().exc.index_error, msg.to_string())
    }

    pub fn new_key_error(&mut self, key: Value) -> PyErr {
        self.new_exception(&types().exc.key_error, vec![key])
    }

    pub fn new_overflow_error(&mut self, msg: &str) -> PyErr {
        self.new_exception_msg(&types().exc.overflow_error, msg.to_string())
    }

    pub fn new_zero_division(&mut self, msg: &str) -> PyErr {
        self.new_exception_msg(&types().exc.zero_division_error, msg.to_string())
    }

    pub fn new_runtime_error(&mut self, msg: &str) -> PyErr {
        self.new_exception_msg(&types().exc.runtime_error, msg.to_string())
    }

    pub fn new_system_error(&mut self, msg: &str) -> PyErr {
        self.new_exception_msg(&types().exc.system_error, msg.to_string())
    }

    pub fn new_os_error(&mut self, err: &std::io::Error, filename: Option<&str>) -> PyErr {
        crate::builtins::io::os_error_from_io(self, err, filename)
    }

    pub fn new_name_error(&mut self, name: &str) -> PyErr {
        let e = self.new_exception_msg(
            &types().exc.name_error,
            format!("name '{name}' is not defined"),
        );
        builtins::set_exc_attr(&e, "name", builtins::new_str(name.to_string()));
        e
    }

    pub fn new_unbound_local(&mut self, name: &str) -> PyErr {
        self.new_exception_msg(
            &types().exc.unbound_local_error,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    pub fn new_stop_iteration(&mut self, value: Value) -> PyErr {
        if value.is_none() {
            self.new_exception_empty(&types().exc.stop_iteration)
        } else {
            self.new_exception(&types().exc.stop_iteration, vec![value])
        }
    }
}

/// Whether `v` is an exception class.
pub fn is_exception_class(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            matches!(o.payload, Payload::Type(_)) && is_subtype(o, &types().exc.base_exception)
        }
        _ => false,
    }
}

/// Turns the operand of `raise` into an exception instance (calling a class),
/// and attaches the `from` cause.
pub fn make_raise(vm: &mut Vm, exc: Value, cause: Option<Value>) -> PyResult<PyErr> {
    let inst = if is_exception_class(&exc) {
        let r = vm.call(&exc, &[])?;
        if !matches!(&r, Value::Obj(o) if matches!(o.payload, Payload::Exception(_))) {
            let t = vm.type_name(&r);
            return Err(vm.new_type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                builtins::repr::default_repr(&exc),
                t
            )));
        }
        r
    } else {
        match &exc {
            Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => exc.clone(),
            _ => {
                return Err(
                    vm.new_type_error("exceptions must derive from BaseException".to_string())
                )
            }
        }
    };
    let inst = match inst {
        Value::Obj(o) => o,
        _ => return Err(vm.new_system_error("raise")),
    };
    if let Some(cause) = cause {
        let cause = if is_exception_class(&cause) {
            vm.call(&cause, &[])?
        } else if cause.is_none()
            || matches!(&cause, Value::Obj(o) if matches!(o.payload, Payload::Exception(_)))
        {
            cause
        } else {
            return Err(
                vm.new_type_error("exception causes must derive from BaseException".to_string())
            );
        };
        if let Payload::Exception(ed) = &inst.payload {
            ed.cause.set(cause);
            ed.suppress_context.set(true);
        }
    }
    Ok(PyErr(inst))
}

/// `except T:` — does the exception match T (a class or a tuple of classes)?
pub fn exception_matches(vm: &mut Vm, exc: &Value, t: &Value) -> PyResult<bool> {
    let classes: Vec<Value> = match t {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => {
            builtins::tuple_items(o).to_vec()
        }
        _ => vec![t.clone()],
    };
    for c in &classes {
        if !is_exception_class(c) {
            return Err(vm.new_type_error(
                "catching classes that do not inherit from BaseException is not allowed"
                    .to_string(),
            ));
        }
    }
    let et = builtins::type_of(exc);
    Ok(classes
        .iter()
        .any(|c| matches!(c, Value::Obj(co) if is_subtype(&et, co))))
}

/// (type(exc), exc.__traceback__) for `__exit__` calls.
pub fn type_and_traceback(exc: &Value) -> (Value, Value) {
    let t = Value::Obj(builtins::type_of(exc));
    let tb = match exc {
        Value::Obj(o) => match &o.payload {
            Payload::Exception(e) => e.traceback.get(),
            _ => Value::None,
        },
        _ => Value::None,
    };
    (t, tb)
}

/// Whether a type is an exception type (its instances carry `ExceptionData`).
pub fn is_exception_layout(t: &ObjRef) -> bool {
    type_data(t).layout == Layout::Exception
}

/// Calls one of the `except*` helpers of lib/_exceptiongroup.py
/// (`_eg_match`, `_prep_reraise_star`): the exception-group logic is written
/// in Python, next to ExceptionGroup itself.
pub fn except_star_call(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = crate::import::import_module(vm, "_exceptiongroup")?;
    let Some(func) = vm.get_attr_opt(&m, name)? else {
        return Err(vm.new_system_error(&format!("_exceptiongroup.{name} is missing")));
    };
    vm.call(&func, args)
}
