//! Generators: a generator object owns a suspended frame; `send`, `throw`
//! and `close` resume it on the Rust stack of the caller. While it runs, the
//! frame is taken out of the object, so a re-entrant resume (from the
//! generator itself or another thread) finds it missing and raises
//! "generator already executing".

use crate::builtins::{self, types};
use crate::eval::{eval_frame, FrameExit};
use crate::object::Payload;
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use baton_compiler::Opcode;

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

/// Resumes generator `gen` sending `value` in, or raising `throw` at its
/// suspension point.
pub fn resume(
    vm: &mut Vm,
    gen: &ObjRef,
    value: Value,
    throw: Option<PyErr>,
) -> PyResult<SendResult> {
    let g = match &gen.payload {
        Payload::Generator(g) => g,
        _ => return Err(vm.new_type_error("not a generator".to_string())),
    };
    if g.running.get() {
        return Err(vm.new_value_error("generator already executing".to_string()));
    }
    let mut frame = match g.frame.take() {
        Some(f) => f,
        None => {
            // Finished: a plain exhaustion, or the thrown exception itself.
            return match throw {
                Some(e) => Err(e),
                None => Ok(SendResult::Returned(Value::None)),
            };
        }
    };
    if !frame.started {
        if throw.is_none() && !value.is_none() {
            g.frame.set(Some(frame));
            return Err(vm.new_type_error(
                "can't send non-None value to a just-started generator".to_string(),
            ));
        }
        frame.started = true;
    } else if throw.is_none() {
        frame.values.push(value);
    }
    if vm.recursion_depth >= vm.recursion_limit() {
        g.frame.set(Some(frame));
        return Err(vm.new_exception_msg(
            &types().exc.recursion_error,
            "maximum recursion depth exceeded".to_string(),
        ));
    }
    g.running.set(true);
    vm.recursion_depth += 1;
    // The generator has its own "exception being handled".
    let saved = std::mem::replace(
        &mut vm.handled_exception,
        std::mem::take(&mut frame.gen_exc_state),
    );
    let r = eval_frame(vm, &mut frame, throw);
    frame.gen_exc_state = std::mem::replace(&mut vm.handled_exception, saved);
    vm.recursion_depth -= 1;
    g.running.set(false);
    match r {
        Ok(FrameExit::Yield(v)) => {
            g.frame.set(Some(frame));
            Ok(SendResult::Yielded(v))
        }
        Ok(FrameExit::Return(v)) => Ok(SendResult::Returned(v)),
        Err(e) => {
            // StopIteration escaping a generator becomes RuntimeError (PEP 479).
            if builtins::exc_matches(&e, &types().exc.stop_iteration) {
                let re = vm.new_runtime_error("generator raised StopIteration");
                if let Payload::Exception(ed) = &re.0.payload {
                    ed.cause.set(Value::Obj(e.0.clone()));
                    ed.context.set(Value::Obj(e.0.clone()));
                    ed.suppress_context.set(true);
                }
                return Err(re);
            }
            Err(e)
        }
    }
}

/// SEND: one step of `yield from` on any iterator.
pub fn send_to(vm: &mut Vm, receiver: &Value, value: Value) -> PyResult<SendResult> {
    if let Value::Obj(o) = receiver {
        if matches!(o.payload, Payload::Generator(_)) {
            return resume(vm, o, value, None);
        }
    }
    let r = if value.is_none() {
        crate::protocol::iter_next(vm, receiver).map(|o| o.ok_or(()))
    } else {
        vm.call_method(receiver, "send", &[value]).map(Ok)
    };
    match r {
        Ok(Ok(v)) => Ok(SendResult::Yielded(v)),
        Ok(Err(())) => Ok(SendResult::Returned(Value::None)),
        Err(e) if builtins::exc_matches(&e, &types().exc.stop_iteration) => {
            Ok(SendResult::Returned(stop_iteration_value(&e)))
        }
        Err(e) => Err(e),
    }
}

/// The `value` of a StopIteration.
pub fn stop_iteration_value(e: &PyErr) -> Value {
    if let Payload::Exception(ed) = &e.0.payload {
        if let Value::Obj(t) = ed.args.get() {
            if let Some(v) = builtins::tuple_items(&t).first() {
                return v.clone();
            }
        }
    }
    Value::None
}

/// If the generator is suspended inside `yield from`, the delegate iterator.
pub fn delegate_of(gen: &ObjRef) -> Option<Value> {
    let g = match &gen.payload {
        Payload::Generator(g) => g,
        _ => return None,
    };
    g.frame.with(|f| {
        let f = f.as_ref()?;
        let code = f.code_data();
        // Suspended at the YIELD_VALUE that follows a SEND: the receiver is on top.
        let yield_ins = code.instructions.get(f.pc.checked_sub(1)?)?.get();
        let send_ins = code.instructions.get(f.pc.checked_sub(2)?)?.get();
        if yield_ins.op == Opcode::YieldValue && send_ins.op == Opcode::Send && f.started {
            f.values.last().cloned()
        } else {
            None
        }
    })
}

/// generator.throw(exc): delegated to a `yield from` target first.
pub fn throw(vm: &mut Vm, gen: &ObjRef, exc: PyErr) -> PyResult<SendResult> {
    if let Some(d) = delegate_of(gen) {
        let is_gen_exit = builtins::exc_matches(&exc, &types().exc.generator_exit);
        let delegated: PyResult<SendResult> = match &d {
            Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => {
                if is_gen_exit {
                    close(vm, o)
                        .map(|_| SendResult::Returned(Value::None))
                        .and(Err(exc.clone()))
                } else {
                    throw(vm, o, exc.clone())
                }
            }
            _ => {
                if is_gen_exit {
                    if let Some(c) = vm.get_attr_opt(&d, "close")? {
                        vm.call(&c, &[])?;
                    }
                    Err(exc.clone())
                } else {
                    match vm.get_attr_opt(&d, "throw")? {
                        Some(t) => match vm.call(&t, &[Value::Obj(exc.0.clone())]) {
                            Ok(v) => Ok(SendResult::Yielded(v)),
                            Err(e) if builtins::exc_matches(&e, &types().exc.stop_iteration) => {
                                Ok(SendResult::Returned(stop_iteration_value(&e)))
                            }
                            Err(e) => Err(e),
                        },
                        None => Err(exc.clone()),
                    }
                }
            }
        };
        return match delegated {
            Ok(SendResult::Yielded(v)) => Ok(SendResult::Yielded(v)),
            Ok(SendResult::Returned(r)) => {
                // The delegate finished: resume the outer generator past its SEND.
                if let Payload::Generator(g) = &gen.payload {
                    g.frame.with(|f| {
                        if let Some(f) = f {
                            f.values.pop();
                            let code = f.code.clone();
                            if let Payload::Code(c) = &code.payload {
                                if let Some(send) =
                                    f.pc.checked_sub(2).and_then(|i| c.instructions.get(i))
                                {
                                    f.pc = send.get().arg as usize;
                                }
                            }
                            f.values.push(r.clone());
                        }
                    });
                    // Continue the outer generator with the delegate's result already pushed.
                    return resume_without_push(vm, gen);
                }
                Ok(SendResult::Returned(Value::None))
            }
            Err(e) => {
                // The delegate raised: pop it and raise in the outer generator.
                if let Payload::Generator(g) = &gen.payload {
                    g.frame.with(|f| {
                        if let Some(f) = f {
                            f.values.pop();
                        }
                    });
                }
                resume(vm, gen, Value::None, Some(e))
            }
        };
    }
    resume(vm, gen, Value::None, Some(exc))
}

fn resume_without_push(vm: &mut Vm, gen: &ObjRef) -> PyResult<SendResult> {
    // Mark the frame as not needing the sent value: emulate by sending a value
    // that the frame has already got on its stack.
    let g = match &gen.payload {
        Payload::Generator(g) => g,
        _ => return Ok(SendResult::Returned(Value::None)),
    };
    let top = g.frame.with(|f| f.as_mut().and_then(|f| f.values.pop()));
    resume(vm, gen, top.unwrap_or(Value::None), None)
}

/// generator.close().
pub fn close(vm: &mut Vm, gen: &ObjRef) -> PyResult<Value> {
    let g = match &gen.payload {
        Payload::Generator(g) => g,
        _ => return Ok(Value::None),
    };
    let started = g.frame.with(|f| f.as_ref().map(|f| f.started));
    match started {
        None => return Ok(Value::None),
        Some(false) => {
            drop(g.frame.take());
            return Ok(Value::None);
        }
        Some(true) => {}
    }
    let exc = vm.new_exception_empty(&types().exc.generator_exit);
    match throw(vm, gen, exc) {
        Ok(SendResult::Yielded(_)) => Err(vm.new_runtime_error("generator ignored GeneratorExit")),
        Ok(SendResult::Returned(_)) => Ok(Value::None),
        Err(e)
            if builtins::exc_matches(&e, &types().exc.generator_exit)
                || builtins::exc_matches(&e, &types().exc.stop_iteration) =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}
