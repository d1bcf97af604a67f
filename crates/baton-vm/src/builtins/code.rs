//! Code objects as Python values, and compile errors as SyntaxError.

use super::{intern, new_str, new_tuple, types};
use crate::object::{CodeData, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use baton_compiler::{CodeObject, CompileError, CompileErrorKind, Constant};
use std::cell::Cell;
use std::sync::Arc;

fn constant_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => super::int::bigint_to_value(b.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex { real, imag } => super::ops::new_complex(*real, *imag),
        Constant::Str(s) => {
            // Identifier-like constants are interned, as CPython does.
            if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                Value::Obj(intern(s))
            } else {
                new_str(s.as_str())
            }
        }
        Constant::Bytes(b) => super::new_bytes(b.clone()),
        Constant::Tuple(items) => new_tuple(items.iter().map(constant_value).collect()),
        Constant::FrozenSet(items) => {
            let mut d = crate::set::SetData::new();
            for it in items {
                let v = constant_value(it);
                let h = match &v {
                    Value::Int(i) => crate::str::hash_i64(*i),
                    Value::Obj(o) => match &o.payload {
                        Payload::Str(s) => s.hash(),
                        _ => 0,
                    },
                    Value::Float(f) => crate::str::hash_f64(*f),
                    Value::Bool(b) => *b as i64,
                    _ => 0,
                };
                if matches!(d.probe(&v, h), crate::set::SetProbe::Missing) {
                    d.insert_new(v, h);
                }
            }
            Value::Obj(ObjRef::new(
                types().frozenset.clone(),
                Payload::FrozenSet(Box::new(d)),
            ))
        }
        Constant::Ellipsis => Value::Obj(super::singletons().ellipsis.clone()),
        Constant::Code(code) => Value::Obj(new_code_object(code.clone())),
    }
}

/// Wraps the compiler's code object for the VM.
pub fn new_code_object(code: Arc<CodeObject>) -> ObjRef {
    let consts: Box<[Value]> = code.consts.iter().map(constant_value).collect();
    let names: Box<[ObjRef]> = code.names.iter().map(|n| intern(n)).collect();
    let varnames: Box<[ObjRef]> = code.varnames.iter().map(|n| intern(n)).collect();
    let instructions: Box<[Cell<baton_compiler::Instruction>]> =
        code.code.iter().map(|i| Cell::new(*i)).collect();
    let global_cache: Box<[Cell<crate::object::GlobalCache>]> = code
        .code
        .iter()
        .map(|_| Cell::new(crate::object::GlobalCache::default()))
        .collect();
    // Attribute instructions get `ATTR_WAYS` cache entries each, found
    // through `attr_index` (u32::MAX for the other instructions).
    let mut n_attr = 0u32;
    let attr_index: Box<[u32]> = code
        .code
        .iter()
        .map(|i| {
            use baton_compiler::opcode::Opcode;
            if matches!(
                i.op,
                Opcode::LoadAttr | Opcode::StoreAttr | Opcode::LoadMethod
            ) {
                n_attr += 1;
                n_attr - 1
            } else {
                u32::MAX
            }
        })
        .collect();
    let attr_cache: Box<[Cell<crate::object::AttrCache>]> = (0..n_attr as usize
        * crate::attr_cache::ATTR_WAYS)
        .map(|_| Cell::new(crate::object::AttrCache::default()))
        .collect();
    let name = intern(&code.name);
    let qualname = intern(&code.qualname);
    let filename = intern(&code.filename);
    ObjRef::new(
        types().code.clone(),
        Payload::Code(Box::new(CodeData {
            code,
            consts,
            names,
            varnames,
            instructions,
            global_cache,
            attr_cache,
            attr_index,
            name,
            qualname,
            filename,
        })),
    )
}

/// A SyntaxError (or IndentationError/TabError) from a compile error.
pub fn syntax_error_from(vm: &mut Vm, e: &CompileError) -> PyErr {
    let t = match e.kind {
        CompileErrorKind::SyntaxError => types().exc.syntax_error.clone(),
        CompileErrorKind::IndentationError => types().exc.indentation_error.clone(),
        CompileErrorKind::TabError => types().exc.tab_error.clone(),
    };
    let text = match &e.text {
        Some(t) => new_str(format!("{t}\n")),
        None => Value::None,
    };
    let details = new_tuple(vec![
        new_str(e.filename.as_str()),
        Value::Int(e.line as i64),
        Value::Int(e.col as i64),
        text,
        Value::Int(e.end_line as i64),
        Value::Int(e.end_col as i64),
    ]);
    match vm.call(&Value::Obj(t.clone()), &[new_str(e.msg.as_str()), details]) {
        Ok(Value::Obj(o)) => PyErr(o),
        Ok(_) => vm.new_exception_msg(&t, e.msg.clone()),
        Err(err) => err,
    }
}

fn code_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a CodeData> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Code(c) => Ok(c),
            _ => Err(vm.new_type_error("code object expected".to_string())),
        },
        _ => Err(vm.new_type_error("code object expected".to_string())),
    }
}

macro_rules! code_getter {
    ($name:ident, |$c:ident| $e:expr) => {
        fn $name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
            let $c = code_of(vm, v)?;
            Ok($e)
        }
    };
}

fn strs(items: &[String]) -> Value {
    new_tuple(items.iter().map(|s| new_str(s.as_str())).collect())
}

code_getter!(co_name, |c| Value::Obj(c.name.clone()));
code_getter!(co_qualname, |c| Value::Obj(c.qualname.clone()));
code_getter!(co_filename, |c| Value::Obj(c.filename.clone()));
code_getter!(co_firstlineno, |c| Value::Int(c.code.first_line as i64));
code_getter!(co_argcount, |c| Value::Int(c.code.arg_count as i64));
code_getter!(co_posonlyargcount, |c| Value::Int(
    c.code.posonly_arg_count as i64
));
code_getter!(co_kwonlyargcount, |c| Value::Int(
    c.code.kwonly_arg_count as i64
));
code_getter!(co_flags, |c| Value::Int(c.code.flags as i64));
code_getter!(co_nlocals, |c| Value::Int(c.code.varnames.len() as i64));
code_getter!(co_varnames, |c| strs(&c.code.varnames));
code_getter!(co_cellvars, |c| strs(&c.code.cellvars));
code_getter!(co_freevars, |c| strs(&c.code.freevars));
code_getter!(co_names, |c| strs(&c.code.names));
code_getter!(co_consts, |c| new_tuple(c.consts.to_vec()));
code_getter!(co_stacksize, |c| Value::Int(c.code.max_stack_depth as i64));

fn code_repr(vm: &mut Vm, args: crate::vm::FuncArgs) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    let c = code_of(vm, &v)?;
    let addr = match &v {
        Value::Obj(o) => o.addr(),
        _ => 0,
    };
    Ok(new_str(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.code.name, addr, c.code.filename, c.code.first_line
    )))
}

fn tb_field(vm: &mut Vm, v: &Value, which: u8) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Traceback(t) => Ok(match which {
                0 => t.next.get(),
                1 => Value::Int(t.lineno as i64),
                2 => Value::Int(t.lasti as i64 * 2),
                _ => crate::frame_object::snapshot(
                    vm,
                    &t.code,
                    t.lineno,
                    t.lasti as i64 * 2,
                    &t.globals,
                    Value::None,
                )?,
            }),
            _ => Err(vm.new_type_error("traceback expected".to_string())),
        },
        _ => Err(vm.new_type_error("traceback expected".to_string())),
    }
}

fn tb_next(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    tb_field(vm, v, 0)
}
fn tb_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    tb_field(vm, v, 1)
}
fn tb_lasti(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    tb_field(vm, v, 2)
}
fn tb_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    tb_field(vm, v, 3)
}

pub fn register() {
    let t = types();
    super::types::add_getsets(
        &t.code,
        &[
            ("co_name", co_name, None),
            ("co_qualname", co_qualname, None),
            ("co_filename", co_filename, None),
            ("co_firstlineno", co_firstlineno, None),
            ("co_argcount", co_argcount, None),
            ("co_posonlyargcount", co_posonlyargcount, None),
            ("co_kwonlyargcount", co_kwonlyargcount, None),
            ("co_flags", co_flags, None),
            ("co_nlocals", co_nlocals, None),
            ("co_varnames", co_varnames, None),
            ("co_cellvars", co_cellvars, None),
            ("co_freevars", co_freevars, None),
            ("co_names", co_names, None),
            ("co_consts", co_consts, None),
            ("co_stacksize", co_stacksize, None),
        ],
    );
    super::types::add_methods(&t.code, &[("__repr__", code_repr)]);
    super::types::add_getsets(
        &t.traceback,
        &[
            ("tb_next", tb_next, None),
            ("tb_lineno", tb_lineno, None),
            ("tb_lasti", tb_lasti, None),
            ("tb_frame", tb_frame, None),
        ],
    );
}
