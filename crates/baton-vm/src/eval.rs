//! The eval loop: runs frames instruction by instruction.
//!
//! `eval_frame` drives a frame and the Python functions it calls: a CALL of a
//! Python function does not recurse on the Rust stack, it hands a new frame
//! back to the driver (`Step::Call`), which runs it and resumes the caller with
//! its result. `execute` is the dispatch loop proper: a `match` over the
//! opcode table, with the hot cases (locals, small-int arithmetic and
//! comparisons, jumps) written inline and the rest in small functions of the
//! protocol modules. Exceptions are zero-cost until raised: the exception
//! table of the code object says where each instruction's handler is.

use crate::builtins::{self, names, types};
use crate::frame::Frame;
use crate::object::{CodeData, ExceptionData, Payload, TracebackData};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyErr, PyResult, Vm};
use baton_compiler::opcode::{BinaryOperator, ComparisonOperator, Opcode};
use std::sync::atomic::Ordering;

/// How a frame stopped.
pub enum FrameExit {
    Return(Value),
    /// A generator frame suspended at YIELD_VALUE.
    Yield(Value),
}

enum Step {
    Return(Value),
    Yield(Value),
    Call(Box<Frame>),
    Error(PyErr),
}

/// Runs `entry` (and the Python calls it makes) until it returns or yields.
/// `pending` is an exception to raise at the frame's current instruction
/// first (generator.throw()).
pub fn eval_frame(vm: &mut Vm, entry: &mut Frame, pending: Option<PyErr>) -> PyResult<FrameExit> {
    let mut pending = pending;
    let mut callees: Vec<Box<Frame>> = Vec::new();
    vm.frames.push(entry as *const Frame);
    let result = loop {
        let cur: &mut Frame = match callees.last_mut() {
            Some(f) => f,
            None => &mut *entry,
        };
        match execute(vm, cur, pending.take()) {
            Step::Call(f) => {
                vm.frames.push(&*f as *const Frame);
                callees.push(f);
            }
            Step::Return(v) => match callees.pop() {
                Some(mut done) => {
                    vm.frames.pop();
                    vm.recursion_depth -= 1;
                    detach_frame_object(vm, &done);
                    // A class call's __init__ frame returns the new instance.
                    let instance = std::mem::take(&mut done.init_instance);
                    Frame::recycle(&mut vm.frame_pool, done);
                    let result = if instance.is_null() {
                        v
                    } else if v.is_none() {
                        instance
                    } else {
                        let t = vm.type_name(&v);
                        pending = Some(
                            vm.new_type_error(format!("__init__() should return None, not '{t}'")),
                        );
                        continue;
                    };
                    let caller: &mut Frame = match callees.last_mut() {
                        Some(f) => f,
                        None => &mut *entry,
                    };
                    caller.values.push(result);
                }
                None => break Ok(FrameExit::Return(v)),
            },
            Step::Yield(v) => break Ok(FrameExit::Yield(v)),
            Step::Error(e) => match callees.pop() {
                Some(mut done) => {
                    vm.frames.pop();
                    vm.recursion_depth -= 1;
                    detach_frame_object(vm, &done);
                    keep_locals_in_traceback(&e, &mut done);
                    Frame::recycle(&mut vm.frame_pool, done);
                    pending = Some(e);
                }
                None => break Err(e),
            },
        }
    };
    vm.frames.pop();
    detach_frame_object(vm, entry);
    result
}

/// A frame leaving the frame stack detaches the frame object made for it,
/// if any (a rare case: one pointer test on the hot path).
#[inline(always)]
fn detach_frame_object(vm: &mut Vm, f: &Frame) {
    // SAFETY: `frame_obj` is only touched by the frame's own thread.
    if unsafe { (*f.frame_obj.get()).is_some() } {
        crate::frame_object::detach(vm, f);
    }
}

/// For `cls(...)`: when `cls` is a plain class (type's own __call__, object's
/// __new__, no abstract methods) whose __init__ is a Python function, the
/// new instance and that __init__.
fn fast_instantiate(vm: &mut Vm, callable: &Value) -> PyResult<Option<(Value, Value)>> {
    let cls = match callable {
        Value::Obj(c) => c,
        _ => return Ok(None),
    };
    let td = match &cls.payload {
        Payload::Type(td) if td.heap && td.layout == crate::types::Layout::Object => td,
        _ => return Ok(None),
    };
    let _ = td;
    if !cls.type_ref().is(&types().type_) {
        return Ok(None);
    }
    let new = crate::types::lookup(cls, &names().__new__);
    if !crate::protocol::is_object_slot(&new.unwrap_or(Value::None)) {
        return Ok(None);
    }
    let init = match crate::types::lookup(cls, &names().__init__) {
        Some(i @ Value::Obj(_)) => i,
        _ => return Ok(None),
    };
    let is_py = matches!(&init, Value::Obj(o) if matches!(&o.payload, Payload::Function(fd) if !code_of(&fd.code).code.is_generator()));
    if !is_py {
        return Ok(None);
    }
    if let Some(d) = cls.dict.get() {
        if let Some(a) = builtins::dict_get_name(&d, &names().__abstractmethods__) {
            if vm.is_true(&a)? {
                return Ok(None);
            }
        }
    }
    let instance = crate::builtins::object::new_instance(vm, cls)?;
    Ok(Some((init, instance)))
}

/// Moves a frame's values into the traceback entry the exception made for it.
pub fn keep_locals_in_traceback(e: &PyErr, frame: &mut Frame) {
    if let Payload::Exception(ed) = &e.0.payload {
        if let Value::Obj(tb) = ed.traceback.get() {
            if let Payload::Traceback(td) = &tb.payload {
                if td.code.is(&frame.code) {
                    let values = std::mem::take(&mut frame.values);
                    drop(td.locals.replace(values));
                }
            }
        }
    }
}

#[inline(always)]
fn code_of(obj: &ObjRef) -> &CodeData {
    match &obj.payload {
        Payload::Code(c) => c,
        _ => builtins::unreachable_payload(),
    }
}

/// Pops the top of the value stack. The compiler's stack-depth accounting
/// guarantees it is there; an empty stack yields NULL rather than a panic.
macro_rules! pop {
    ($f:expr) => {
        $f.values.pop().unwrap_or(Value::Null)
    };
}

macro_rules! top {
    ($f:expr) => {
        match $f.values.last() {
            Some(v) => v,
            None => &Value::Null,
        }
    };
}

#[inline(always)]
fn execute(vm: &mut Vm, f: &mut Frame, pending: Option<PyErr>) -> Step {
    // SAFETY: a frame's code object is set when the frame is made and not
    // replaced while it runs, and the frame holds a reference to it: the
    // code object (on the heap, not inside the frame) outlives this call,
    // which only borrows it (no count traffic).
    let code_pyobj: &crate::object::PyObject = unsafe { &*f.code.as_ptr() };
    let code = match &code_pyobj.payload {
        Payload::Code(c) => c,
        _ => builtins::unreachable_payload(),
    };
    let instrs = &code.instructions;
    // An exception handed in (from a callee, or generator.throw()) is raised
    // at this frame's current instruction and recorded in its traceback.
    let mut first_error = pending.map(|e| (StepOrErr::Err(e), false));
    // A frame starting or resuming (after a call returned into it) begins
    // with whatever simple instructions come first on the fast path.
    if first_error.is_none() {
        fast_loop(&vm.eval_breaker, f, code, instrs);
    }
    'outer: loop {
        let (err, reraise) = match first_error.take() {
            Some(e) => e,
            None => {
                let r = run_instructions(vm, f, code, instrs);
                f.lasti = f.pc.saturating_sub(1);
                r
            }
        };
        let err = match err {
            StepOrErr::Step(s) => return s,
            StepOrErr::Err(e) => e,
        };
        // An exception: record this frame in its traceback, then look for a handler.
        if !reraise {
            let code_obj = f.code.clone();
            add_traceback(vm, &err, &code_obj, f);
        }
        let lasti = f.lasti as u32;
        for entry in code.code.exception_table.iter() {
            if entry.start <= lasti && lasti < entry.end {
                let depth = f.nlocalsplus + entry.depth as usize;
                f.values.truncate(depth);
                f.values.push(Value::Obj(err.0));
                f.pc = entry.target as usize;
                continue 'outer;
            }
        }
        return Step::Error(err);
    }
}

enum StepOrErr {
    Step(Step),
    Err(PyErr),
}

/// Adds this frame's line to the exception's traceback and links the
/// exception being handled as its context.
fn add_traceback(vm: &mut Vm, err: &PyErr, code_obj: &ObjRef, f: &Frame) {
    if let Payload::Exception(ed) = &err.0.payload {
        let prev = ed.traceback.get();
        let tb = ObjRef::new(
            types().traceback.clone(),
            Payload::Traceback(Box::new(TracebackData {
                next: crate::object::Mut::new(prev),
                locals: crate::object::Mut::new(Vec::new()),
                code: code_obj.clone(),
                globals: f.globals.clone(),
                lineno: f.line(),
                lasti: f.lasti as u32,
            })),
        );
        ed.traceback.set(Value::Obj(tb));
        set_context(vm, &err.0, ed);
    }
}

fn set_context(vm: &mut Vm, exc: &ObjRef, ed: &ExceptionData) {
    if let Value::Obj(handled) = &vm.handled_exception {
        if handled.is(exc) || !ed.context.get().is_none() && !ed.context.get().is_null() {
            return;
        }
        // Break a cycle the new link would make (as CPython does).
        let mut o = handled.clone();
        while let Payload::Exception(oe) = &o.payload {
            let next = oe.context.get();
            match next {
                Value::Obj(n) => {
                    if n.is(exc) {
                        if let Payload::Exception(e) = &o.payload {
                            e.context.set(Value::None);
                        }
                        break;
                    }
                    o = n;
                }
                _ => break,
            }
        }
        ed.context.set(Value::Obj(handled.clone()));
    }
}

/// Runs instructions until a frame transition or an exception.
/// Returns the step (or error) and whether the error is a re-raise.
#[inline(always)]
fn run_instructions(
    vm: &mut Vm,
    f: &mut Frame,
    code: &CodeData,
    instrs: &[std::cell::Cell<baton_compiler::Instruction>],
) -> (StepOrErr, bool) {
    macro_rules! tri {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(e) => return (StepOrErr::Err(e), false),
            }
        };
    }
    macro_rules! check_breaker {
        () => {
            if vm.eval_breaker.load(Ordering::Relaxed) != 0 {
                tri!(vm.handle_eval_breaker());
            }
        };
    }
    loop {
        if vm.eval_breaker.load(Ordering::Relaxed) & crate::vm::BREAKER_FINALIZERS != 0 {
            vm.eval_breaker
                .fetch_and(!crate::vm::BREAKER_FINALIZERS, Ordering::Relaxed);
            vm.run_pending_finalizers();
        }
        let ins = match instrs.get(f.pc) {
            Some(i) => i.get(),
            None => {
                return (
                    StepOrErr::Err(vm.new_system_error("bytecode ran off its end")),
                    false,
                )
            }
        };
        f.pc += 1;
        let arg = ins.arg as usize;
        match ins.op {
            Opcode::Nop => {}
            Opcode::PopTop => {
                f.values.pop();
            }
            Opcode::Copy => {
                let n = f.values.len();
                let v = f.values[n - arg].clone();
                f.values.push(v);
            }
            Opcode::Swap => {
                let n = f.values.len();
                f.values.swap(n - 1, n - arg);
            }
            Opcode::PushNull => f.values.push(Value::Null),
            Opcode::LoadConst => f.values.push(code.consts[arg].clone()),
            Opcode::LoadFast | Opcode::LoadFastChecked => {
                let v = &f.values[arg];
                if v.is_null() {
                    let name = builtins::str_of_obj(&code.varnames[arg]).to_string();
                    return (StepOrErr::Err(vm.new_unbound_local(&name)), false);
                }
                let v = v.clone();
                f.values.push(v);
            }
            Opcode::StoreFast => {
                let v = pop!(f);
                f.values[arg] = v;
            }
            Opcode::DeleteFast => {
                if f.values[arg].is_null() {
                    let name = builtins::str_of_obj(&code.varnames[arg]).to_string();
                    return (StepOrErr::Err(vm.new_unbound_local(&name)), false);
                }
                f.values[arg] = Value::Null;
            }
            Opcode::LoadDeref => {
                let idx = f.nlocalsplus - code.code.cellvars.len() - code.code.freevars.len() + arg;
                let v = match &f.values[idx] {
                    Value::Obj(c) => match &c.payload {
                        Payload::Cell(c) => c.get(),
                        _ => Value::Null,
                    },
                    _ => Value::Null,
                };
                if v.is_null() {
                    return (StepOrErr::Err(deref_error(vm, code, arg)), false);
                }
                f.values.push(v);
            }
            Opcode::StoreDeref => {
                let idx = f.nlocalsplus - code.code.cellvars.len() - code.code.freevars.len() + arg;
                let v = pop!(f);
                if let Value::Obj(c) = &f.values[idx] {
                    if let Payload::Cell(c) = &c.payload {
                        c.set(v);
                    }
                }
            }
            Opcode::DeleteDeref => {
                let idx = f.nlocalsplus - code.code.cellvars.len() - code.code.freevars.len() + arg;
                let old = match &f.values[idx] {
                    Value::Obj(c) => match &c.payload {
                        Payload::Cell(c) => c.replace(Value::Null),
                        _ => Value::Null,
                    },
                    _ => Value::Null,
                };
                if old.is_null() {
                    return (StepOrErr::Err(deref_error(vm, code, arg)), false);
                }
            }
            Opcode::LoadClosure => {
                let idx = f.nlocalsplus - code.code.cellvars.len() - code.code.freevars.len() + arg;
                let v = f.values[idx].clone();
                f.values.push(v);
            }
            Opcode::LoadClassDeref => {
                let name = deref_name(code, arg);
                let found = match &f.locals {
                    Value::Obj(_) => tri!(crate::protocol::mapping_get_str(vm, &f.locals, &name)),
                    _ => None,
                };
                let v = match found {
                    Some(v) => v,
                    None => {
                        let idx =
                            f.nlocalsplus - code.code.cellvars.len() - code.code.freevars.len()
                                + arg;
                        let v = match &f.values[idx] {
                            Value::Obj(c) => match &c.payload {
                                Payload::Cell(c) => c.get(),
                                _ => Value::Null,
                            },
                            _ => Value::Null,
                        };
                        if v.is_null() {
                            return (StepOrErr::Err(deref_error(vm, code, arg)), false);
                        }
                        v
                    }
                };
                f.values.push(v);
            }
            Opcode::LoadName => {
                let name = &code.names[arg];
                let v = tri!(load_name(vm, f, name));
                f.values.push(v);
            }
            Opcode::StoreName => {
                let v = pop!(f);
                // Module and class bodies: an exact dict takes the interned
                // name directly (its hash is cached).
                if let Value::Obj(m) = &f.locals {
                    if matches!(m.payload, Payload::Dict(_))
                        && !crate::types::type_data(m.type_ref()).heap
                    {
                        builtins::dict_set_obj(m, code.names[arg].clone(), v);
                        continue;
                    }
                }
                let name = code.names[arg].clone();
                tri!(crate::protocol::mapping_set(
                    vm,
                    &f.locals,
                    Value::Obj(name),
                    v
                ));
            }
            Opcode::DeleteName => {
                let name = &code.names[arg];
                if let Err(e) =
                    crate::protocol::mapping_del(vm, &f.locals, &Value::Obj(name.clone()))
                {
                    if builtins::exc_matches(&e, &types().exc.key_error) {
                        let n = builtins::str_of_obj(name).to_string();
                        return (StepOrErr::Err(vm.new_name_error(&n)), false);
                    }
                    return (StepOrErr::Err(e), false);
                }
            }
            Opcode::LoadGlobal => {
                let v = tri!(load_global_cached(vm, f, code, arg, f.pc - 1));
                f.values.push(v);
            }
            Opcode::StoreGlobal => {
                let v = pop!(f);
                builtins::dict_set_obj(&f.globals, code.names[arg].clone(), v);
            }
            Opcode::DeleteGlobal => {
                let name = &code.names[arg];
                if builtins::dict_del_str(&f.globals, builtins::str_of_obj(name)).is_none() {
                    let n = builtins::str_of_obj(name).to_string();
                    return (StepOrErr::Err(vm.new_name_error(&n)), false);
                }
            }
            Opcode::LoadAttr => {
                let obj = pop!(f);
                let at = f.pc - 1;
                let name = &code.names[arg];
                if let Some(v) = crate::attr_cache::load_attr(code, at, &obj, name) {
                    f.values.push(v);
                    continue;
                }
                let v = tri!(vm.get_attr(&obj, name));
                crate::attr_cache::fill(code, at, &obj, name, false);
                f.values.push(v);
            }
            Opcode::StoreAttr => {
                let obj = pop!(f);
                let v = pop!(f);
                let at = f.pc - 1;
                let name = &code.names[arg];
                if let Err(v) = crate::attr_cache::store_attr(code, at, &obj, name, v) {
                    tri!(vm.set_attr(&obj, name, v));
                    crate::attr_cache::fill(code, at, &obj, name, true);
                }
            }
            Opcode::DeleteAttr => {
                let obj = pop!(f);
                tri!(vm.del_attr(&obj, &code.names[arg]));
            }
            Opcode::LoadMethod => {
                let obj = pop!(f);
                let at = f.pc - 1;
                let name = &code.names[arg];
                if let Some((a, b)) = crate::attr_cache::load_method(code, at, &obj, name) {
                    f.values.push(a);
                    f.values.push(b);
                    continue;
                }
                let (a, b) = tri!(vm.load_method(obj.clone(), name));
                if !a.is_null() || matches!(&obj, Value::Obj(_)) {
                    crate::attr_cache::fill(code, at, &obj, name, false);
                }
                f.values.push(a);
                f.values.push(b);
            }
            Opcode::BinarySubscr => {
                let key = pop!(f);
                let container = pop!(f);
                // list[int] and tuple[int] of the built-in types themselves.
                if let (Value::Obj(o), Value::Int(i)) = (&container, &key) {
                    if !crate::types::type_data(o.type_ref()).heap {
                        let item = match &o.payload {
                            Payload::List(l) => l.with(|v| {
                                let j = if *i < 0 { *i + v.len() as i64 } else { *i };
                                v.get(j as usize).filter(|_| j >= 0).cloned()
                            }),
                            Payload::Tuple(t) => {
                                let j = if *i < 0 { *i + t.len() as i64 } else { *i };
                                t.get(j as usize).filter(|_| j >= 0).cloned()
                            }
                            _ => None,
                        };
                        if let Some(v) = item {
                            f.values.push(v);
                            continue;
                        }
                    }
                }
                let v = tri!(crate::protocol::getitem(vm, &container, &key));
                f.values.push(v);
            }
            Opcode::StoreSubscr => {
                let key = pop!(f);
                let container = pop!(f);
                let v = pop!(f);
                if let (Value::Obj(o), Value::Int(i)) = (&container, &key) {
                    if let Payload::List(l) = &o.payload {
                        if !crate::types::type_data(o.type_ref()).heap {
                            let old = l.with(|items| {
                                let j = if *i < 0 { *i + items.len() as i64 } else { *i };
                                match items.get_mut(j as usize).filter(|_| j >= 0) {
                                    Some(slot) => Ok(std::mem::replace(slot, v)),
                                    None => Err(v),
                                }
                            });
                            match old {
                                Ok(old) => {
                                    drop(old);
                                    continue;
                                }
                                Err(v) => {
                                    tri!(crate::protocol::setitem(vm, &container, key, v));
                                    continue;
                                }
                            }
                        }
                    }
                }
                tri!(crate::protocol::setitem(vm, &container, key, v));
            }
            Opcode::DeleteSubscr => {
                let key = pop!(f);
                let container = pop!(f);
                tri!(crate::protocol::delitem(vm, &container, &key));
            }
            Opcode::LoadLocals => {
                let l = f.locals.clone();
                if l.is_null() {
                    return (
                        StepOrErr::Err(vm.new_system_error("no locals found")),
                        false,
                    );
                }
                f.values.push(l);
            }
            Opcode::LoadAssertionError => f
                .values
                .push(Value::Obj(types().exc.assertion_error.clone())),
            Opcode::LoadBuildClass => {
                let v = match builtins::dict_get_str(&f.builtins, "__build_class__") {
                    Some(v) => v,
                    None => return (StepOrErr::Err(vm.new_name_error("__build_class__")), false),
                };
                f.values.push(v);
            }
            Opcode::SetupAnnotations => {
                let key = Value::Obj(names().__annotations__.clone());
                let has = tri!(crate::protocol::mapping_get_str(
                    vm,
                    &f.locals,
                    &names().__annotations__
                ));
                if has.is_none() {
                    let d = Value::Obj(builtins::new_dict());
                    tri!(crate::protocol::mapping_set(vm, &f.locals, key, d));
                }
            }
            Opcode::BinaryOp | Opcode::BinaryOpIntAdd | Opcode::BinaryOpIntSubtract => {
                let b = pop!(f);
                let a = pop!(f);
                // Machine ints and floats first: no allocation, no reference count.
                let r = match r_fast_binary(&a, &b, ins.arg) {
                    Some(r) => r,
                    None => {
                        let (op, inplace) = match BinaryOperator::from_arg(ins.arg) {
                            Some(o) => o,
                            None => {
                                return (
                                    StepOrErr::Err(vm.new_system_error("bad BINARY_OP")),
                                    false,
                                )
                            }
                        };
                        tri!(crate::protocol::binary_op(vm, &a, &b, op, inplace))
                    }
                };
                f.values.push(r);
            }
            Opcode::UnaryNegative => {
                let a = pop!(f);
                let r = match a {
                    Value::Int(i) if i != i64::MIN => Value::Int(-i),
                    Value::Float(x) => Value::Float(-x),
                    _ => tri!(crate::protocol::unary_op(vm, &a, "__neg__")),
                };
                f.values.push(r);
            }
            Opcode::UnaryPositive => {
                let a = pop!(f);
                let r = tri!(crate::protocol::unary_op(vm, &a, "__pos__"));
                f.values.push(r);
            }
            Opcode::UnaryInvert => {
                let a = pop!(f);
                let r = tri!(crate::protocol::unary_op(vm, &a, "__invert__"));
                f.values.push(r);
            }
            Opcode::UnaryNot => {
                let a = pop!(f);
                let t = tri!(vm.is_true(&a));
                f.values.push(Value::Bool(!t));
            }
            Opcode::CompareOp | Opcode::CompareOpInt => {
                let b = pop!(f);
                let a = pop!(f);
                let r = match (&a, &b) {
                    (Value::Int(x), Value::Int(y)) => Value::Bool(compare_op(x, y, ins.arg)),
                    (Value::Float(x), Value::Float(y)) => Value::Bool(compare_op(x, y, ins.arg)),
                    _ => {
                        let op = match ComparisonOperator::from_arg(ins.arg) {
                            Some(o) => o,
                            None => {
                                return (
                                    StepOrErr::Err(vm.new_system_error("bad COMPARE_OP")),
                                    false,
                                )
                            }
                        };
                        tri!(crate::protocol::rich_compare(vm, &a, &b, op))
                    }
                };
                f.values.push(r);
            }
            Opcode::IsOp => {
                let b = pop!(f);
                let a = pop!(f);
                f.values.push(Value::Bool(a.is(&b) != (arg == 1)));
            }
            Opcode::ContainsOp => {
                let b = pop!(f);
                let a = pop!(f);
                let r = tri!(crate::protocol::contains(vm, &b, &a));
                f.values.push(Value::Bool(r != (arg == 1)));
            }
            Opcode::BuildTuple => {
                let start = f.values.len() - arg;
                let items: Vec<Value> = f.values.drain(start..).collect();
                f.values.push(builtins::new_tuple(items));
            }
            Opcode::BuildList => {
                let start = f.values.len() - arg;
                let items: Vec<Value> = f.values.drain(start..).collect();
                f.values.push(builtins::new_list(items));
            }
            Opcode::BuildSet => {
                let start = f.values.len() - arg;
                let items: Vec<Value> = f.values.drain(start..).collect();
                let s = builtins::new_set_obj();
                for it in items {
                    tri!(crate::builtins::set::set_add(vm, &s, it));
                }
                f.values.push(Value::Obj(s));
            }
            Opcode::BuildMap => {
                let start = f.values.len() - 2 * arg;
                let items: Vec<Value> = f.values.drain(start..).collect();
                let d = builtins::new_dict();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    tri!(crate::builtins::dict::dict_setitem(vm, &d, k, v));
                }
                f.values.push(Value::Obj(d));
            }
            Opcode::BuildSlice => {
                let step = if arg == 3 { pop!(f) } else { Value::None };
                let stop = pop!(f);
                let start = pop!(f);
                f.values.push(builtins::new_slice(start, stop, step));
            }
            Opcode::BuildString => {
                let start = f.values.len() - arg;
                let mut s = String::new();
                for v in &f.values[start..] {
                    s.push_str(builtins::str_of(v));
                }
                f.values.truncate(start);
                f.values.push(builtins::new_str(s));
            }
            Opcode::ListAppend => {
                let item = pop!(f);
                let n = f.values.len();
                if let Value::Obj(l) = &f.values[n - arg] {
                    if let Payload::List(items) = &l.payload {
                        items.with(|v| v.push(item));
                    }
                }
            }
            Opcode::SetAdd => {
                let item = pop!(f);
                let n = f.values.len();
                let s = f.values[n - arg].clone();
                if let Value::Obj(s) = &s {
                    tri!(crate::builtins::set::set_add(vm, s, item));
                }
            }
            Opcode::MapAdd => {
                let v = pop!(f);
                let k = pop!(f);
                let n = f.values.len();
                let d = f.values[n - arg].clone();
                if let Value::Obj(d) = &d {
                    tri!(crate::builtins::dict::dict_setitem(vm, d, k, v));
                }
            }
            Opcode::ListExtend => {
                let it = pop!(f);
                let n = f.values.len();
                let l = f.values[n - arg].clone();
                tri!(crate::builtins::list::list_extend_value(vm, &l, &it));
            }
            Opcode::SetUpdate => {
                let it = pop!(f);
                let n = f.values.len();
                let s = f.values[n - arg].clone();
                if let Value::Obj(s) = &s {
                    tri!(crate::builtins::set::set_update(vm, s, &it));
                }
            }
            Opcode::DictUpdate | Opcode::DictMerge => {
                let m = pop!(f);
                let n = f.values.len();
                let d = f.values[n - arg].clone();
                if let Value::Obj(d) = &d {
                    let r =
                        crate::builtins::dict::dict_merge(vm, d, &m, ins.op == Opcode::DictMerge);
                    if let Err(e) = r {
                        // In a call (f(**x)) the callable sits below the
                        // positional tuple: name it, as CPython does.
                        let is_mapping_error = ins.op == Opcode::DictMerge
                            && builtins::exc_matches(&e, &types().exc.type_error)
                            && vm
                                .str_string(&Value::Obj(e.0.clone()))
                                .map(|s| s.starts_with("argument after **"))
                                .unwrap_or(false);
                        if is_mapping_error && n > arg + 1 {
                            let func = f.values[n - arg - 2].clone();
                            let fs = crate::call::function_str(vm, &func);
                            let tn = vm.type_name(&m);
                            tri!(Err(vm.new_type_error(format!(
                                "{fs} argument after ** must be a mapping, not {tn}"
                            ))));
                        }
                        tri!(Err(e));
                    }
                }
            }
            Opcode::ListToTuple => {
                let l = pop!(f);
                let items = builtins::list_items(&l);
                f.values.push(builtins::new_tuple(items));
            }
            Opcode::UnpackSequence => {
                let seq = pop!(f);
                let items = tri!(crate::protocol::unpack(vm, &seq, arg, None));
                f.values.extend(items.into_iter().rev());
            }
            Opcode::UnpackEx => {
                let seq = pop!(f);
                let before = arg & 0xff;
                let after = arg >> 8;
                let items = tri!(crate::protocol::unpack(vm, &seq, before, Some(after)));
                f.values.extend(items.into_iter().rev());
            }
            Opcode::FormatValue => {
                let spec = if arg & 4 != 0 { Some(pop!(f)) } else { None };
                let v = pop!(f);
                let v = match arg & 3 {
                    1 => tri!(vm.str(&v)),
                    2 => tri!(vm.repr(&v)),
                    3 => tri!(vm.ascii(&v)),
                    _ => v,
                };
                let r = match (&v, &spec) {
                    (Value::Obj(o), None)
                        if matches!(o.payload, Payload::Str(_))
                            && builtins::is_exact_builtin_value(&v) =>
                    {
                        v.clone()
                    }
                    _ => {
                        let spec_s = spec.as_ref().map(builtins::str_of).unwrap_or("");
                        tri!(vm.format(&v, spec_s))
                    }
                };
                f.values.push(r);
            }
            Opcode::JumpForward => f.pc = arg,
            Opcode::JumpBackward => {
                check_breaker!();
                f.pc = arg;
                // A loop: its simple instructions run in the register-
                // friendly loop, which stops before anything else (and
                // before any instruction once a finaliser is pending).
                fast_loop(&vm.eval_breaker, f, code, instrs);
            }
            Opcode::JumpBackwardNoInterrupt => f.pc = arg,
            Opcode::PopJumpIfFalse => {
                let v = pop!(f);
                let t = match v {
                    Value::Bool(b) => b,
                    _ => tri!(vm.is_true(&v)),
                };
                if !t {
                    f.pc = arg;
                }
            }
            Opcode::PopJumpIfTrue => {
                let v = pop!(f);
                let t = match v {
                    Value::Bool(b) => b,
                    _ => tri!(vm.is_true(&v)),
                };
                if t {
                    f.pc = arg;
                }
            }
            Opcode::PopJumpIfNone => {
                if pop!(f).is_none() {
                    f.pc = arg;
                }
            }
            Opcode::PopJumpIfNotNone => {
                if !pop!(f).is_none() {
                    f.pc = arg;
                }
            }
            Opcode::JumpIfFalseOrPop => {
                let t = tri!(vm.is_true(top!(f)));
                if !t {
                    f.pc = arg;
                } else {
                    f.values.pop();
                }
            }
            Opcode::JumpIfTrueOrPop => {
                let t = tri!(vm.is_true(top!(f)));
                if t {
                    f.pc = arg;
                } else {
                    f.values.pop();
                }
            }
            Opcode::GetIter => {
                let v = pop!(f);
                let it = tri!(vm.get_iter(&v));
                f.values.push(it);
            }
            Opcode::ForIter => {
                let next = {
                    let it = top!(f);
                    tri!(crate::protocol::iter_next(vm, it))
                };
                match next {
                    Some(v) => {
                        f.values.push(v);
                        fast_loop(&vm.eval_breaker, f, code, instrs);
                    }
                    None => {
                        f.values.pop();
                        f.pc = arg;
                    }
                }
            }
            Opcode::ReturnValue => {
                let v = pop!(f);
                return (StepOrErr::Step(Step::Return(v)), false);
            }
            Opcode::RaiseVarargs => {
                let cause = if arg == 2 { Some(pop!(f)) } else { None };
                if arg == 0 {
                    let e = match &vm.handled_exception {
                        Value::Obj(e) => PyErr(e.clone()),
                        _ => vm.new_runtime_error("No active exception to reraise"),
                    };
                    return (StepOrErr::Err(e), true);
                }
                let exc = pop!(f);
                let e = tri!(crate::exceptions::make_raise(vm, exc, cause));
                return (StepOrErr::Err(e), false);
            }
            Opcode::Reraise => {
                let exc = pop!(f);
                let e = match exc {
                    Value::Obj(o) => PyErr(o),
                    _ => vm.new_system_error("RERAISE of a non-exception"),
                };
                return (StepOrErr::Err(e), true);
            }
            Opcode::PushExcInfo => {
                let exc = pop!(f);
                let prev = std::mem::replace(&mut vm.handled_exception, exc.clone());
                f.values.push(prev);
                f.values.push(exc);
            }
            Opcode::PopExcept => {
                let prev = pop!(f);
                vm.handled_exception = if prev.is_null() { Value::None } else { prev };
            }
            Opcode::CheckExcMatch => {
                let ty = pop!(f);
                let r = {
                    let exc = top!(f);
                    tri!(crate::exceptions::exception_matches(vm, exc, &ty))
                };
                f.values.push(Value::Bool(r));
            }
            Opcode::BeforeWith => {
                let mgr = pop!(f);
                let (exit, res) = tri!(crate::protocol::before_with(vm, &mgr));
                f.values.push(exit);
                f.values.push(res);
            }
            Opcode::GetLen => {
                let n = {
                    let v = top!(f).clone();
                    tri!(vm.len(&v))
                };
                f.values.push(Value::Int(n as i64));
            }
            Opcode::MatchSequence => {
                let r = {
                    let v = top!(f).clone();
                    tri!(crate::pattern::is_sequence(vm, &v))
                };
                f.values.push(Value::Bool(r));
            }
            Opcode::MatchMapping => {
                let r = {
                    let v = top!(f).clone();
                    tri!(crate::pattern::is_mapping(vm, &v))
                };
                f.values.push(Value::Bool(r));
            }
            Opcode::MatchKeys => {
                let n = f.values.len();
                let subject = f.values[n - 2].clone();
                let keys = f.values[n - 1].clone();
                let r = tri!(crate::pattern::match_keys(vm, &subject, &keys));
                f.values.push(r);
            }
            Opcode::MatchClass => {
                let names = pop!(f);
                let cls = pop!(f);
                let subject = pop!(f);
                let r = tri!(crate::pattern::match_class(vm, &subject, &cls, &names, arg));
                f.values.push(r);
            }
            Opcode::CheckEgMatch => {
                let ty = pop!(f);
                let exc = pop!(f);
                let r = tri!(crate::exceptions::except_star_call(
                    vm,
                    "_eg_match",
                    &[exc, ty]
                ));
                let (rest, matched) = match &r {
                    Value::Obj(t) if matches!(t.payload, Payload::Tuple(_)) => {
                        match builtins::tuple_items(t) {
                            [rest, m] => (rest.clone(), m.clone()),
                            _ => (Value::None, Value::None),
                        }
                    }
                    _ => (Value::None, Value::None),
                };
                if !matches!(matched, Value::None) {
                    vm.handled_exception = matched.clone();
                }
                f.values.push(rest);
                f.values.push(matched);
            }
            Opcode::PrepReraiseStar => {
                let excs = pop!(f);
                let orig = pop!(f);
                let r = tri!(crate::exceptions::except_star_call(
                    vm,
                    "_prep_reraise_star",
                    &[orig, excs]
                ));
                f.values.push(r);
            }
            Opcode::WithExceptStart => {
                let n = f.values.len();
                let exc = f.values[n - 1].clone();
                let exit = f.values[n - 3].clone();
                let (t, tb) = crate::exceptions::type_and_traceback(&exc);
                let r = tri!(vm.call(&exit, &[t, exc, tb]));
                f.values.push(r);
            }
            Opcode::KwNames => {
                f.kwnames = match &code.consts[arg] {
                    Value::Obj(t) => Some(t.clone()),
                    _ => None,
                };
            }
            Opcode::Call => {
                let kwnames = f.kwnames.take();
                let nkw = kwnames.as_ref().map(builtins::tuple_len).unwrap_or(0);
                let n = f.values.len();
                let base = n - arg - 2;
                let (mut callable_idx, mut args_start) = if f.values[base].is_null() {
                    (base + 1, base + 2)
                } else {
                    (base, base + 1)
                };
                check_breaker!();
                // A bound method of a Python function: unpack it into the
                // [function, self, args...] form so the call below needs no
                // new argument vector.
                if callable_idx == base + 1 {
                    let unpacked = match &f.values[callable_idx] {
                        Value::Obj(o) => match &o.payload {
                            Payload::BoundMethod(bm) if matches!(&bm.0, Value::Obj(fo) if matches!(fo.payload, Payload::Function(_))) => {
                                Some((bm.0.clone(), bm.1.clone()))
                            }
                            _ => None,
                        },
                        _ => None,
                    };
                    if let Some((func, this)) = unpacked {
                        f.values[base] = func;
                        f.values[base + 1] = this;
                        callable_idx = base;
                        args_start = base + 1;
                    }
                }
                let callable = f.values[callable_idx].clone();
                // A class whose instances are plain objects and whose __init__
                // is a Python function: make the instance here and run
                // __init__ as an inlined frame that returns the instance.
                if callable_idx == base + 1
                    && matches!(&callable, Value::Obj(c) if matches!(c.payload, Payload::Type(_)))
                {
                    if let Some((init, instance)) = tri!(fast_instantiate(vm, &callable)) {
                        f.values[base] = init.clone();
                        f.values[base + 1] = instance.clone();
                        let kw: &[Value] = match &kwnames {
                            Some(t) => builtins::tuple_items(t),
                            None => &[],
                        };
                        if let Value::Obj(fobj) = &init {
                            if let Payload::Function(func) = &fobj.payload {
                                let frame = crate::call::make_function_frame(
                                    vm,
                                    fobj,
                                    func,
                                    &mut f.values,
                                    base + 1,
                                    kw,
                                );
                                f.values.truncate(base);
                                let mut frame = tri!(frame);
                                frame.init_instance = instance;
                                return (StepOrErr::Step(Step::Call(frame)), false);
                            }
                        }
                    }
                }
                // A Python function: set up its frame and let the driver run it.
                if let Value::Obj(fobj) = &callable {
                    if let Payload::Function(func) = &fobj.payload {
                        let fcode = code_of(&func.code);
                        if !fcode.code.is_generator() {
                            let kw: &[Value] = match &kwnames {
                                Some(t) => builtins::tuple_items(t),
                                None => &[],
                            };
                            let _ = nkw;
                            let frame = crate::call::make_function_frame(
                                vm,
                                fobj,
                                func,
                                &mut f.values,
                                args_start,
                                kw,
                            );
                            f.values.truncate(base);
                            let frame = tri!(frame);
                            return (StepOrErr::Step(Step::Call(frame)), false);
                        }
                    }
                }
                // A native function or method: called in place (no new
                // argument vector; a bound self goes into the NULL slot).
                if let Value::Obj(c) = &callable {
                    let target = match &c.payload {
                        Payload::MethodDescriptor(md)
                            if md.kind == crate::object::MethodKind::Instance
                                && matches!(f.values.get(args_start), Some(Value::Obj(s)) if s.type_ref().is(&md.owner)) =>
                        {
                            Some((md.func, args_start))
                        }
                        Payload::BuiltinFunction(bf) if bf.bound.is_null() => {
                            Some((bf.func, args_start))
                        }
                        Payload::BuiltinFunction(bf) if callable_idx == base + 1 => {
                            // [NULL, f, args] -> [f, self, args]
                            let this = bf.bound.clone();
                            f.values[base] = std::mem::replace(&mut f.values[base + 1], this);
                            Some((bf.func, base + 1))
                        }
                        _ => None,
                    };
                    if let Some((func, from)) = target {
                        let kw: &[Value] = match &kwnames {
                            Some(t) => builtins::tuple_items(t),
                            None => &[],
                        };
                        f.lasti = f.pc - 1;
                        let r = func(vm, FuncArgs::with_kw(&f.values[from..], kw));
                        drop(callable);
                        f.values.truncate(base);
                        f.values.push(tri!(r));
                        continue;
                    }
                }
                let kw: &[Value] = match &kwnames {
                    Some(t) => builtins::tuple_items(t),
                    None => &[],
                };
                f.lasti = f.pc - 1;
                let r = vm.call_args(&callable, FuncArgs::with_kw(&f.values[args_start..], kw));
                f.values.truncate(base);
                f.values.push(tri!(r));
            }
            Opcode::CallFunctionEx => {
                let kwargs = if arg & 1 != 0 { Some(pop!(f)) } else { None };
                let args = pop!(f);
                let callable = pop!(f);
                let null = pop!(f);
                check_breaker!();
                f.lasti = f.pc - 1;
                let r = tri!(crate::call::call_ex(
                    vm,
                    &null,
                    &callable,
                    &args,
                    kwargs.as_ref()
                ));
                f.values.push(r);
            }
            Opcode::MakeFunction => {
                let codev = pop!(f);
                let closure = if arg & 8 != 0 { pop!(f) } else { Value::None };
                let annotations = if arg & 4 != 0 { pop!(f) } else { Value::None };
                let kwdefaults = if arg & 2 != 0 { pop!(f) } else { Value::None };
                let defaults = if arg & 1 != 0 { pop!(f) } else { Value::None };
                let func = crate::call::make_function(
                    vm,
                    codev,
                    f.globals.clone(),
                    f.builtins.clone(),
                    defaults,
                    kwdefaults,
                    annotations,
                    closure,
                );
                f.values.push(tri!(func));
            }
            Opcode::YieldValue => {
                let v = pop!(f);
                return (StepOrErr::Step(Step::Yield(v)), false);
            }
            Opcode::Send => {
                let v = pop!(f);
                let r = {
                    let receiver = top!(f).clone();
                    tri!(crate::generator::send_to(vm, &receiver, v))
                };
                match r {
                    crate::generator::SendResult::Yielded(y) => f.values.push(y),
                    crate::generator::SendResult::Returned(r) => {
                        f.values.pop();
                        f.values.push(r);
                        f.pc = arg;
                    }
                }
            }
            Opcode::GetYieldFromIter => {
                let v = pop!(f);
                let it = match &v {
                    Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => v.clone(),
                    _ => tri!(vm.get_iter(&v)),
                };
                f.values.push(it);
            }
            Opcode::ImportName => {
                let fromlist = pop!(f);
                let level = pop!(f);
                let name = builtins::str_of_obj(&code.names[arg]).to_string();
                let m = tri!(crate::import::import_name(
                    vm, &name, &f.globals, &fromlist, &level
                ));
                f.values.push(m);
            }
            Opcode::ImportFrom => {
                let m = top!(f).clone();
                let v = tri!(crate::import::import_from(vm, &m, &code.names[arg]));
                f.values.push(v);
            }
            Opcode::ImportStar => {
                let m = pop!(f);
                tri!(crate::import::import_star(vm, &m, &f.locals));
            }
            Opcode::PrintExpr => {
                let v = pop!(f);
                tri!(crate::builtins::io::displayhook(vm, &v));
            }
        }
    }
}

fn deref_name(code: &CodeData, arg: usize) -> ObjRef {
    let c = &code.code;
    let name = if arg < c.cellvars.len() {
        c.cellvars[arg].clone()
    } else {
        c.freevars
            .get(arg - c.cellvars.len())
            .cloned()
            .unwrap_or_default()
    };
    builtins::intern(&name)
}

fn deref_error(vm: &mut Vm, code: &CodeData, arg: usize) -> PyErr {
    let c = &code.code;
    if arg < c.cellvars.len() {
        vm.new_unbound_local(&c.cellvars[arg])
    } else {
        let name = c
            .freevars
            .get(arg - c.cellvars.len())
            .cloned()
            .unwrap_or_default();
        vm.new_exception_msg(
            &types().exc.name_error,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }
}

/// The hot loop: runs simple instructions — locals, constants, jumps,
/// machine-int and float arithmetic and comparisons, `for` over lists and
/// ranges — with the instruction index and the stack length in locals
/// (registers), in a small function the compiler can keep them in. It
/// returns, with `f.pc` and `f.values` up to date, at the first instruction
/// it does not complete on its fast path (any other opcode, an unbound
/// local, an operand that is not a machine number, a pending eval-breaker
/// request at a backward jump, a pending finaliser before any instruction):
/// `run_instructions` executes that one in full.
#[inline(never)]
fn fast_loop(
    breaker: &std::sync::atomic::AtomicU32,
    f: &mut Frame,
    code: &CodeData,
    instrs: &[std::cell::Cell<baton_compiler::Instruction>],
) {
    let nlocals = f.nlocalsplus;
    let consts = &code.consts[..];
    let f_globals = &f.globals;
    let f_builtins = &f.builtins;
    let values = &mut f.values;
    let mut len = values.len();
    let cap = values.capacity();
    let base = values.as_mut_ptr();
    // While the loop runs, the vector's own length is 0: values moved out
    // or in are accounted for by `len` alone, and if anything unwound from
    // here the values would leak, never be dropped twice. Nothing else
    // looks at this frame's values meanwhile: the loop runs no Python code,
    // and dropping a value defers finalisers and weakref callbacks to the
    // next safe point.
    // SAFETY: 0 <= len.
    unsafe { values.set_len(0) };
    let mut pc = f.pc;
    // SAFETY (for the pointer accesses below): `base` points to `cap`
    // slots of which `len` are initialised; each access is at an index
    // checked against `len` (reads) or `cap` (writes) first, and locals
    // (indices below `nlocals <= len`) are read only below `nlocals`.
    // A finaliser pending on entry runs before any instruction; later ones
    // can only come from the values this loop drops (checked there).
    let fin = |b: &std::sync::atomic::AtomicU32| {
        b.load(Ordering::Relaxed) & crate::vm::BREAKER_FINALIZERS != 0
    };
    if fin(breaker) {
        // SAFETY: the length is restored as it was.
        unsafe { values.set_len(len) };
        return;
    }
    while let Some(cell) = instrs.get(pc) {
        let ins = cell.get();
        let arg = ins.arg as usize;
        match ins.op {
            Opcode::LoadFast | Opcode::LoadFastChecked => {
                if arg >= nlocals || len >= cap {
                    break;
                }
                let v = unsafe { &*base.add(arg) };
                if v.is_null() {
                    break;
                }
                let v = v.clone();
                unsafe { base.add(len).write(v) };
                len += 1;
            }
            Opcode::StoreFast => {
                if arg >= nlocals || len <= nlocals {
                    break;
                }
                len -= 1;
                let v = unsafe { base.add(len).read() };
                let old = unsafe { std::ptr::replace(base.add(arg), v) };
                if let Value::Obj(o) = old {
                    drop(o);
                    if fin(breaker) {
                        pc += 1;
                        break;
                    }
                }
            }
            Opcode::LoadConst => {
                let Some(c) = consts.get(arg) else { break };
                if len >= cap {
                    break;
                }
                unsafe { base.add(len).write(c.clone()) };
                len += 1;
            }
            Opcode::PopTop => {
                if len <= nlocals {
                    break;
                }
                len -= 1;
                if let Value::Obj(o) = unsafe { base.add(len).read() } {
                    drop(o);
                    if fin(breaker) {
                        pc += 1;
                        break;
                    }
                }
            }
            Opcode::PushNull => {
                if len >= cap {
                    break;
                }
                unsafe { base.add(len).write(Value::Null) };
                len += 1;
            }
            Opcode::Copy => {
                if arg == 0 || len < nlocals + arg || len >= cap {
                    break;
                }
                let v = unsafe { (*base.add(len - arg)).clone() };
                unsafe { base.add(len).write(v) };
                len += 1;
            }
            Opcode::Swap => {
                if arg == 0 || len < nlocals + arg {
                    break;
                }
                unsafe { std::ptr::swap(base.add(len - 1), base.add(len - arg)) };
            }
            Opcode::LoadGlobal => {
                if len >= cap {
                    break;
                }
                let (Payload::Dict(gd), Payload::Dict(bd)) =
                    (&f_globals.payload, &f_builtins.payload)
                else {
                    break;
                };
                let Some(c) = code.global_cache.get(pc) else {
                    break;
                };
                let Some(v) = global_hit(gd, bd, &c.get()) else {
                    break;
                };
                unsafe { base.add(len).write(v) };
                len += 1;
            }
            Opcode::BinarySubscr => {
                if len < nlocals + 2 {
                    break;
                }
                let (Value::Obj(o), Value::Int(i)) = (unsafe { &*base.add(len - 2) }, unsafe {
                    &*base.add(len - 1)
                }) else {
                    break;
                };
                let item = match &o.payload {
                    Payload::List(l) => l.with(|v| seq_index(v, *i)),
                    Payload::Tuple(t) => seq_index(t, *i),
                    _ => None,
                };
                let Some(item) = item.filter(|_| !crate::types::type_data(o.type_ref()).heap)
                else {
                    break;
                };
                len -= 1;
                // The container's reference goes; the key is a machine int.
                let container = unsafe { std::ptr::replace(base.add(len - 1), item) };
                drop(container);
                if fin(breaker) {
                    pc += 1;
                    break;
                }
            }
            Opcode::StoreSubscr => {
                if len < nlocals + 3 {
                    break;
                }
                let (Value::Obj(o), Value::Int(i)) = (unsafe { &*base.add(len - 2) }, unsafe {
                    &*base.add(len - 1)
                }) else {
                    break;
                };
                let Payload::List(l) = &o.payload else { break };
                if crate::types::type_data(o.type_ref()).heap {
                    break;
                }
                let i = *i;
                let fits = l.with(|items| {
                    let j = if i < 0 { i + items.len() as i64 } else { i };
                    (j >= 0 && (j as usize) < items.len()).then_some(j as usize)
                });
                let Some(j) = fits else { break };
                len -= 3;
                let v = unsafe { base.add(len).read() };
                let container = unsafe { base.add(len + 1).read() };
                let old = match &container {
                    Value::Obj(o) => match &o.payload {
                        Payload::List(l) => l.with(|items| std::mem::replace(&mut items[j], v)),
                        _ => v,
                    },
                    _ => v,
                };
                drop(old);
                drop(container);
                if fin(breaker) {
                    pc += 1;
                    break;
                }
            }
            Opcode::UnpackSequence => {
                if len <= nlocals || len - 1 + arg > cap {
                    break;
                }
                let Value::Obj(o) = (unsafe { &*base.add(len - 1) }) else {
                    break;
                };
                if crate::types::type_data(o.type_ref()).heap {
                    break;
                }
                let done = match &o.payload {
                    Payload::Tuple(t) => t.len() == arg,
                    Payload::List(l) => l.with(|v| v.len() == arg),
                    _ => false,
                };
                if !done {
                    break;
                }
                let seq = unsafe { base.add(len - 1).read() };
                len -= 1;
                if let Value::Obj(o) = &seq {
                    match &o.payload {
                        Payload::Tuple(t) => {
                            for v in t.iter().rev() {
                                unsafe { base.add(len).write(v.clone()) };
                                len += 1;
                            }
                        }
                        Payload::List(l) => l.with(|items| {
                            for v in items.iter().rev() {
                                unsafe { base.add(len).write(v.clone()) };
                                len += 1;
                            }
                        }),
                        _ => {}
                    }
                }
                drop(seq);
                if fin(breaker) {
                    pc += 1;
                    break;
                }
            }
            Opcode::JumpForward | Opcode::JumpBackwardNoInterrupt => {
                pc = arg;
                continue;
            }
            Opcode::JumpBackward => {
                if breaker.load(Ordering::Relaxed) != 0 {
                    break;
                }
                pc = arg;
                continue;
            }
            Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                if len <= nlocals {
                    break;
                }
                let t = match unsafe { &*base.add(len - 1) } {
                    Value::Bool(b) => *b,
                    Value::Int(i) => *i != 0,
                    Value::None => false,
                    _ => break,
                };
                len -= 1;
                if t == (ins.op == Opcode::PopJumpIfTrue) {
                    pc = arg;
                    continue;
                }
            }
            Opcode::BinaryOp | Opcode::BinaryOpIntAdd | Opcode::BinaryOpIntSubtract => {
                if len < nlocals + 2 {
                    break;
                }
                let (a, b) = unsafe { (&*base.add(len - 2), &*base.add(len - 1)) };
                let Some(r) = r_fast_binary(a, b, ins.arg) else {
                    break;
                };
                // Machine numbers: nothing to drop.
                len -= 1;
                unsafe { base.add(len - 1).write(r) };
            }
            Opcode::CompareOp | Opcode::CompareOpInt => {
                if len < nlocals + 2 {
                    break;
                }
                let (a, b) = unsafe { (&*base.add(len - 2), &*base.add(len - 1)) };
                let r = match (a, b) {
                    (Value::Int(x), Value::Int(y)) => compare_op(x, y, ins.arg),
                    (Value::Float(x), Value::Float(y)) => compare_op(x, y, ins.arg),
                    _ => break,
                };
                len -= 1;
                unsafe { base.add(len - 1).write(Value::Bool(r)) };
            }
            Opcode::ForIter => {
                if len <= nlocals || len >= cap {
                    break;
                }
                let Value::Obj(it) = (unsafe { &*base.add(len - 1) }) else {
                    break;
                };
                let Payload::Iterator(state) = &it.payload else {
                    break;
                };
                let next = state.with(|st| match st {
                    crate::object::IterState::Range { next, stop, step } => {
                        let more = if *step > 0 {
                            *next < *stop
                        } else {
                            *next > *stop
                        };
                        if !more {
                            return None;
                        }
                        let v = *next;
                        *next = next.checked_add(*step)?;
                        Some(Value::Int(v))
                    }
                    crate::object::IterState::Seq {
                        seq: Value::Obj(s),
                        index,
                    } => {
                        let v = match &s.payload {
                            Payload::List(l) => l.with(|l| l.get(*index).cloned()),
                            Payload::Tuple(t) => t.get(*index).cloned(),
                            _ => None,
                        }?;
                        *index += 1;
                        Some(v)
                    }
                    _ => None,
                });
                // Exhaustion and every other iterator take the full path.
                let Some(v) = next else { break };
                unsafe { base.add(len).write(v) };
                len += 1;
            }
            _ => break,
        }
        pc += 1;
    }
    // SAFETY: exactly the first `len` slots are initialised.
    unsafe { values.set_len(len) };
    f.pc = pc;
}

/// `seq[i]` for a machine-int index (negative from the end), if in range.
#[inline(always)]
fn seq_index(items: &[Value], i: i64) -> Option<Value> {
    let j = if i < 0 { i + items.len() as i64 } else { i };
    if j >= 0 {
        items.get(j as usize).cloned()
    } else {
        None
    }
}

/// COMPARE_OP's operator `arg` (<, <=, ==, !=, >, >=) on machine numbers.
#[inline(always)]
fn compare_op<T: PartialOrd>(x: &T, y: &T, arg: u32) -> bool {
    match arg {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

/// BINARY_OP on machine ints and floats, when the result is exact in the
/// same representation (else None: the generic path handles overflow into
/// big ints, division by zero, and the other types). `arg` is the operator
/// (NB_* numbering; +13 for the in-place forms, which are the same here).
#[inline(always)]
fn r_fast_binary(a: &Value, b: &Value, arg: u32) -> Option<Value> {
    /// Ints of at most 53 bits convert to floats exactly.
    const EXACT: i64 = 1 << 53;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            match arg {
                0 | 13 => x.checked_add(y).map(Value::Int),
                10 | 23 => x.checked_sub(y).map(Value::Int),
                5 | 18 => x.checked_mul(y).map(Value::Int),
                1 | 14 => Some(Value::Int(x & y)),
                7 | 20 => Some(Value::Int(x | y)),
                12 | 25 => Some(Value::Int(x ^ y)),
                // Floor division and modulo round towards minus infinity.
                2 | 15 if y != 0 => {
                    let q = x.checked_div(y)?;
                    let adjust = x % y != 0 && ((x < 0) != (y < 0));
                    Some(Value::Int(if adjust { q - 1 } else { q }))
                }
                6 | 19 if y != 0 => {
                    let r = x.checked_rem(y)?;
                    let adjust = r != 0 && ((r < 0) != (y < 0));
                    Some(Value::Int(if adjust { r + y } else { r }))
                }
                3 | 16 if (0..63).contains(&y) => {
                    let r = x << y;
                    (r >> y == x).then_some(Value::Int(r))
                }
                9 | 22 if y >= 0 => Some(Value::Int(if y >= 64 { x >> 63 } else { x >> y })),
                // int / int is correctly rounded when both convert exactly.
                11 | 24
                    if y != 0 && (-EXACT..=EXACT).contains(&x) && (-EXACT..=EXACT).contains(&y) =>
                {
                    Some(Value::Float(x as f64 / y as f64))
                }
                _ => None,
            }
        }
        (Value::Float(x), Value::Float(y)) => float_arith(*x, *y, arg),
        (Value::Float(x), Value::Int(y)) if (-EXACT..=EXACT).contains(y) => {
            float_arith(*x, *y as f64, arg)
        }
        (Value::Int(x), Value::Float(y)) if (-EXACT..=EXACT).contains(x) => {
            float_arith(*x as f64, *y, arg)
        }
        _ => None,
    }
}

#[inline(always)]
fn float_arith(x: f64, y: f64, arg: u32) -> Option<Value> {
    match arg {
        0 | 13 => Some(Value::Float(x + y)),
        10 | 23 => Some(Value::Float(x - y)),
        5 | 18 => Some(Value::Float(x * y)),
        11 | 24 if y != 0.0 => Some(Value::Float(x / y)),
        // A positive finite base to a finite power: C's pow(), as CPython
        // calls it, when the result is finite (else the full path raises).
        8 | 21 if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            r.is_finite().then_some(Value::Float(r))
        }
        _ => None,
    }
}

fn load_name(vm: &mut Vm, f: &Frame, name: &ObjRef) -> PyResult<Value> {
    if let Value::Obj(m) = &f.locals {
        if matches!(m.payload, Payload::Dict(_)) && !crate::types::type_data(m.type_ref()).heap {
            if let Some(v) = builtins::dict_get_name(m, name) {
                return Ok(v);
            }
            return load_global(vm, f, name);
        }
        if let Some(v) = crate::protocol::mapping_get_str(vm, &f.locals, name)? {
            return Ok(v);
        }
    }
    load_global(vm, f, name)
}

/// The value a LOAD_GLOBAL cache entry names, if both dicts are still as
/// they were when it was made.
#[inline(always)]
fn global_hit(
    gd: &crate::object::Mut<crate::dict::DictData>,
    bd: &crate::object::Mut<crate::dict::DictData>,
    c: &crate::object::GlobalCache,
) -> Option<Value> {
    gd.with(|g| {
        if g.uid != c.globals || g.version != c.globals_version {
            return None;
        }
        if !c.in_builtins {
            return g.entry_at(c.index as usize).map(|e| e.value.clone());
        }
        bd.with(|b| {
            if b.version == c.builtins_version {
                b.entry_at(c.index as usize).map(|e| e.value.clone())
            } else {
                None
            }
        })
    })
}

/// LOAD_GLOBAL through its inline cache (see `GlobalCache`).
#[inline]
fn load_global_cached(
    vm: &mut Vm,
    f: &Frame,
    code: &CodeData,
    arg: usize,
    at: usize,
) -> PyResult<Value> {
    let (gd, bd) = match (&f.globals.payload, &f.builtins.payload) {
        (Payload::Dict(g), Payload::Dict(b)) => (g, b),
        _ => return load_global(vm, f, &code.names[arg]),
    };
    let cache = match code.global_cache.get(at) {
        Some(c) => c,
        None => return load_global(vm, f, &code.names[arg]),
    };
    let c = cache.get();
    if let Some(v) = global_hit(gd, bd, &c) {
        return Ok(v);
    }
    let name = &code.names[arg];
    let (s, h) = match &name.payload {
        Payload::Str(s) => (s.as_str(), s.hash()),
        _ => return Err(vm.new_system_error("bad global name")),
    };
    let found = gd.with(|g| {
        if let Some(ix) = g.index_of_interned(name, s, h) {
            let v = g.value_at(ix).clone();
            return Some((
                v,
                GlobalCacheHit {
                    uid: g.uid,
                    version: g.version,
                    builtins_version: 0,
                    index: ix,
                    in_builtins: false,
                },
            ));
        }
        let (gv, gu) = (g.version, g.uid);
        bd.with(|b| {
            b.index_of_interned(name, s, h).map(|ix| {
                (
                    b.value_at(ix).clone(),
                    GlobalCacheHit {
                        uid: gu,
                        version: gv,
                        builtins_version: b.version,
                        index: ix,
                        in_builtins: true,
                    },
                )
            })
        })
    });
    match found {
        Some((v, hit)) => {
            cache.set(crate::object::GlobalCache {
                globals: hit.uid,
                globals_version: hit.version,
                builtins_version: hit.builtins_version,
                index: hit.index as u32,
                in_builtins: hit.in_builtins,
            });
            Ok(v)
        }
        None => Err(vm.new_name_error(s)),
    }
}

struct GlobalCacheHit {
    uid: u64,
    version: u64,
    builtins_version: u64,
    index: usize,
    in_builtins: bool,
}

#[inline]
fn load_global(vm: &mut Vm, f: &Frame, name: &ObjRef) -> PyResult<Value> {
    let (s, h) = match &name.payload {
        Payload::Str(s) => (s.as_str(), s.hash()),
        _ => return Err(vm.new_system_error("bad global name")),
    };
    if let Payload::Dict(d) = &f.globals.payload {
        if let Some(v) = d.with(|d| d.get_interned(name, s, h).cloned()) {
            return Ok(v);
        }
    }
    if let Payload::Dict(d) = &f.builtins.payload {
        if let Some(v) = d.with(|d| d.get_interned(name, s, h).cloned()) {
            return Ok(v);
        }
    }
    Err(vm.new_name_error(s))
}
