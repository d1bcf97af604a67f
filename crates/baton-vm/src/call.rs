//! Calls: binding arguments to a Python function's parameters (with
//! CPython's error messages), making functions, and the generic call
//! protocol for every kind of callable.

use crate::builtins::{self, names, types};
use crate::eval::{eval_frame, FrameExit};
use crate::frame::Frame;
use crate::object::{FunctionData, GeneratorData, Mut, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyErr, PyResult, Vm};
use baton_compiler::code::flags;
use std::cell::Cell;

impl Vm {
    /// Calls `callable` with positional arguments.
    pub fn call(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_args(callable, FuncArgs::new(args))
    }

    /// Calls `callable(*args)` with keywords (the last `kwnames.len()` args).
    pub fn call_args(&mut self, callable: &Value, args: FuncArgs) -> PyResult<Value> {
        let obj = match callable {
            Value::Obj(o) => o,
            _ => return Err(self.not_callable(callable)),
        };
        match &obj.payload {
            Payload::Function(func) => call_function(self, obj, func, args),
            Payload::BuiltinFunction(b) => {
                if b.bound.is_null() {
                    (b.func)(self, args)
                } else {
                    let mut all = Vec::with_capacity(args.args.len() + 1);
                    all.push(b.bound.clone());
                    all.extend_from_slice(args.args);
                    (b.func)(self, FuncArgs::with_kw(&all, args.kwnames))
                }
            }
            Payload::MethodDescriptor(m) => {
                if m.kind == crate::object::MethodKind::Instance {
                    let pos = args.pos();
                    match pos.first() {
                        None => {
                            return Err(self.new_type_error(format!(
                                "unbound method {}.{}() needs an argument",
                                crate::types::type_data(&m.owner).name(),
                                m.name
                            )))
                        }
                        Some(s) => {
                            let st = self.type_of(s);
                            if !crate::types::is_subtype(&st, &m.owner) {
                                return Err(self.new_type_error(format!(
                                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                                    m.name,
                                    crate::types::type_data(&m.owner).name(),
                                    crate::types::type_data(&st).name()
                                )));
                            }
                        }
                    }
                }
                (m.func)(self, args)
            }
            Payload::BoundMethod(bm) => {
                let mut all = Vec::with_capacity(args.args.len() + 1);
                all.push(bm.1.clone());
                all.extend_from_slice(args.args);
                self.call_args(&bm.0, FuncArgs::with_kw(&all, args.kwnames))
            }
            Payload::Type(_) => crate::builtins::type_::call_type(self, obj, args),
            _ => {
                let call = crate::types::lookup(obj.type_ref(), &names().__call__);
                match call {
                    Some(c) => {
                        let mut all = Vec::with_capacity(args.args.len() + 1);
                        all.push(callable.clone());
                        all.extend_from_slice(args.args);
                        self.call_args(&c, FuncArgs::with_kw(&all, args.kwnames))
                    }
                    None => Err(self.not_callable(callable)),
                }
            }
        }
    }

    /// Calls a method found by `load_method`: `(meth, self)` or `(NULL, attr)`.
    pub fn call_method_pair(&mut self, pair: (Value, Value), args: &[Value]) -> PyResult<Value> {
        let (a, b) = pair;
        if a.is_null() {
            self.call(&b, args)
        } else {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(b);
            all.extend_from_slice(args);
            self.call(&a, &all)
        }
    }

    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = builtins::intern(name);
        let pair = self.load_method(obj.clone(), &n)?;
        self.call_method_pair(pair, args)
    }

    fn not_callable(&mut self, v: &Value) -> PyErr {
        let t = self.type_name(v);
        self.new_type_error(format!("'{t}' object is not callable"))
    }
}

/// Calls a Python function: a new frame run to completion (or a new generator).
pub fn call_function(
    vm: &mut Vm,
    fobj: &ObjRef,
    func: &FunctionData,
    args: FuncArgs,
) -> PyResult<Value> {
    // Native code calling back into Python recurses on the Rust stack: stop
    // before the stack runs out, whatever the recursion limit says.
    let here = 0u8;
    if (&here as *const u8 as usize) < vm.stack_limit {
        return Err(vm.new_exception_msg(
            &types().exc.recursion_error,
            "maximum recursion depth exceeded".to_string(),
        ));
    }
    let mut owned: Vec<Value> = args.args.to_vec();
    let mut frame = make_function_frame(vm, fobj, func, &mut owned, 0, args.kwnames)?;
    if frame.is_generator {
        vm.recursion_depth -= 1;
        return Ok(new_generator(func, frame));
    }
    let r = eval_frame(vm, &mut frame, None);
    vm.recursion_depth -= 1;
    if let Err(e) = &r {
        crate::eval::keep_locals_in_traceback(e, &mut frame);
    }
    Frame::recycle(&mut vm.frame_pool, frame);
    match r? {
        FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
    }
}

pub fn new_generator(func: &FunctionData, frame: Box<Frame>) -> Value {
    let code = frame.code.clone();
    Value::Obj(ObjRef::new(
        types().generator.clone(),
        Payload::Generator(Box::new(GeneratorData {
            frame: Mut::new(Some(frame)),
            running: Cell::new(false),
            name: Mut::new(func.name.get()),
            qualname: Mut::new(func.qualname.get()),
            code,
        })),
    ))
}

fn qualname_of(func: &FunctionData) -> String {
    builtins::str_of(&func.qualname.get()).to_string()
}

/// Makes the frame for a call of `func`, binding the arguments `args[start..]`
/// (positional values then keyword values named by `kwnames`), which are
/// moved out of `args`. Counts the frame in the recursion depth (the caller
/// undoes that when the frame ends).
pub fn make_function_frame(
    vm: &mut Vm,
    fobj: &ObjRef,
    func: &FunctionData,
    args: &mut Vec<Value>,
    start: usize,
    kwnames: &[Value],
) -> PyResult<Box<Frame>> {
    let _ = fobj;
    if vm.recursion_depth >= vm.recursion_limit() {
        return Err(vm.new_exception_msg(
            &types().exc.recursion_error,
            "maximum recursion depth exceeded".to_string(),
        ));
    }
    let code_data = match &func.code.payload {
        Payload::Code(c) => c,
        _ => return Err(vm.new_system_error("function without code")),
    };
    let code = &code_data.code;
    let mut frame = Frame::new_empty(
        &mut vm.frame_pool,
        &func.code,
        &func.globals,
        &func.builtins,
        Value::Null,
    );
    let argcount = code.arg_count as usize;
    let nkw = kwnames.len();
    let npos = args.len() - start - nkw;
    let simple = nkw == 0
        && npos == argcount
        && code.kwonly_arg_count == 0
        && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0;
    let nlocalsplus = frame.nlocalsplus;
    if simple && npos <= nlocalsplus {
        // The arguments move into the first local slots, the rest start unbound.
        debug_assert!(frame.values.is_empty() && frame.values.capacity() >= nlocalsplus);
        // SAFETY: `new_empty` returned an empty vector with room for at
        // least `nlocalsplus` values, and `npos <= nlocalsplus` (the
        // arguments are locals). The `npos` values at `args[start..]` are
        // moved bit for bit: `args` is shortened to `start` first, so they
        // are owned by the frame alone; every slot up to `nlocalsplus` is
        // written before the length is set.
        unsafe {
            let dst = frame.values.as_mut_ptr();
            args.set_len(start);
            std::ptr::copy_nonoverlapping(args.as_ptr().add(start), dst, npos);
            for i in npos..nlocalsplus {
                dst.add(i).write(Value::Null);
            }
            frame.values.set_len(nlocalsplus);
        }
    } else if simple {
        frame.values.extend(args.drain(start..));
        frame.values.resize(nlocalsplus, Value::Null);
    } else {
        frame.values.resize(nlocalsplus, Value::Null);
        let mut rest: Vec<Value> = args.drain(start..).collect();
        if let Err(e) = bind_arguments(vm, func, code, &mut frame, &mut rest, kwnames) {
            Frame::recycle(&mut vm.frame_pool, frame);
            return Err(e);
        }
    }
    // Cells for captured locals, then the closure's cells for free variables.
    let nvars = code.varnames.len();
    for (i, arg) in code.cell2arg.iter().enumerate() {
        let init = match arg {
            Some(a) => frame.values[*a as usize].clone(),
            None => Value::Null,
        };
        frame.values[nvars + i] = builtins::new_cell(init);
    }
    if !code.freevars.is_empty() {
        if let Value::Obj(t) = &func.closure {
            let cells = builtins::tuple_items(t);
            let base = nvars + code.cellvars.len();
            for (j, c) in cells.iter().enumerate().take(code.freevars.len()) {
                frame.values[base + j] = c.clone();
            }
        }
    }
    vm.recursion_depth += 1;
    Ok(frame)
}

fn bind_arguments(
    vm: &mut Vm,
    func: &FunctionData,
    code: &baton_compiler::CodeObject,
    frame: &mut Frame,
    args: &mut Vec<Value>,
    kwnames: &[Value],
) -> PyResult<()> {
    let argcount = code.arg_count as usize;
    let posonly = code.posonly_arg_count as usize;
    let kwonly = code.kwonly_arg_count as usize;
    let has_varargs = code.flags & flags::VARARGS != 0;
    let has_varkw = code.flags & flags::VARKEYWORDS != 0;
    let nkw = kwnames.len();
    let npos = args.len() - nkw;
    let kwvalues: Vec<Value> = args.drain(npos..).collect();
    let mut positional: Vec<Value> = std::mem::take(args);
    let extra: Vec<Value> = if positional.len() > argcount {
        positional.split_off(argcount)
    } else {
        Vec::new()
    };
    let given_pos = npos;
    for (i, v) in positional.into_iter().enumerate() {
        frame.values[i] = v;
    }
    let mut slot = argcount + kwonly;
    if has_varargs {
        frame.values[slot] = builtins::new_tuple(extra.clone());
        slot += 1;
    } else if !extra.is_empty() {
        return Err(too_many_positional(
            vm,
            func,
            code,
            given_pos,
            &kwnames.iter().map(builtins::str_of).collect::<Vec<_>>(),
        ));
    }
    let kwdict = if has_varkw {
        let d = builtins::new_dict();
        frame.values[slot] = Value::Obj(d.clone());
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (name_v, value) in kwnames.iter().zip(kwvalues) {
        let name = builtins::str_of(name_v);
        let idx = code.varnames[posonly..argcount + kwonly]
            .iter()
            .position(|v| v == name)
            .map(|i| i + posonly);
        match idx {
            Some(i) => {
                if !frame.values[i].is_null() {
                    return Err(vm.new_type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname_of(func),
                        name
                    )));
                }
                frame.values[i] = value;
            }
            None => match &kwdict {
                Some(d) => {
                    if builtins::dict_get_str(d, name).is_some() {
                        return Err(vm.new_type_error(format!(
                            "{}() got multiple values for keyword argument '{}'",
                            qualname_of(func),
                            name
                        )));
                    }
                    builtins::dict_set_obj(d, builtins::intern(name), value);
                }
                None => {
                    if code.varnames[..posonly].iter().any(|v| v == name) {
                        posonly_as_kw.push(name.to_string());
                        continue;
                    }
                    return Err(vm.new_type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname_of(func),
                        name
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname_of(func),
            posonly_as_kw.join(", ")
        )));
    }
    // Defaults for the missing positional parameters.
    let defaults: Vec<Value> = match func.defaults.get() {
        Value::Obj(t) => builtins::tuple_items(&t).to_vec(),
        _ => Vec::new(),
    };
    let first_default = argcount.saturating_sub(defaults.len());
    let mut missing: Vec<String> = Vec::new();
    for i in 0..argcount {
        if frame.values[i].is_null() {
            if i >= first_default {
                // Defaults belong to the last parameters (a __defaults__
                // longer than the parameter list has unused leading items).
                frame.values[i] = defaults[defaults.len() - (argcount - i)].clone();
            } else {
                missing.push(code.varnames[i].clone());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(vm, func, &missing, "positional"));
    }
    let kwdefaults = func.kwdefaults.get();
    for i in argcount..argcount + kwonly {
        if frame.values[i].is_null() {
            let name = &code.varnames[i];
            let d = match &kwdefaults {
                Value::Obj(d) => builtins::dict_get_str(d, name),
                _ => None,
            };
            match d {
                Some(v) => frame.values[i] = v,
                None => missing.push(name.clone()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(vm, func, &missing, "keyword-only"));
    }
    Ok(())
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn too_many_positional(
    vm: &mut Vm,
    func: &FunctionData,
    code: &baton_compiler::CodeObject,
    given: usize,
    kwnames: &[&str],
) -> PyErr {
    let argcount = code.arg_count as usize;
    let ndefaults = match func.defaults.get() {
        Value::Obj(t) => builtins::tuple_len(&t),
        _ => 0,
    };
    let kwonly_given = kwnames
        .iter()
        .filter(|n| {
            code.varnames[argcount..argcount + code.kwonly_arg_count as usize]
                .iter()
                .any(|v| v == *n)
        })
        .count();
    let takes = if ndefaults > 0 {
        format!(
            "from {} to {} positional arguments",
            argcount.saturating_sub(ndefaults),
            argcount
        )
    } else {
        plural(argcount, "positional argument")
    };
    let given_s = if kwonly_given > 0 {
        format!(
            "{} positional argument{} (and {} keyword-only argument{})",
            given,
            if given == 1 { "" } else { "s" },
            kwonly_given,
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        given.to_string()
    };
    let was = if given == 1 && kwonly_given == 0 {
        "was"
    } else {
        "were"
    };
    vm.new_type_error(format!(
        "{}() takes {} but {} {} given",
        qualname_of(func),
        takes,
        given_s,
        was
    ))
}

fn missing_args(vm: &mut Vm, func: &FunctionData, missing: &[String], kind: &str) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    vm.new_type_error(format!(
        "{}() missing {} required {} argument{}: {}",
        qualname_of(func),
        missing.len(),
        kind,
        if missing.len() == 1 { "" } else { "s" },
        list
    ))
}

/// CALL_FUNCTION_EX: `callable(*args, **kwargs)`.
pub fn call_ex(
    vm: &mut Vm,
    null: &Value,
    callable: &Value,
    args: &Value,
    kwargs: Option<&Value>,
) -> PyResult<Value> {
    let mut all: Vec<Value> = Vec::new();
    let callable = if null.is_null() {
        callable.clone()
    } else {
        // A method pair: `null` is the method and `callable` its self.
        all.push(callable.clone());
        null.clone()
    };
    match args {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => {
            all.extend_from_slice(builtins::tuple_items(o))
        }
        _ => match vm.iterate(args) {
            Ok(items) => all.extend(items),
            Err(e) => {
                let not_iterable = builtins::exc_matches(&e, &types().exc.type_error)
                    && crate::types::lookup(&vm.type_of(args), &names().__iter__).is_none()
                    && crate::types::lookup(&vm.type_of(args), &names().__getitem__).is_none();
                if not_iterable {
                    let fs = function_str(vm, &callable);
                    let tn = vm.type_name(args);
                    return Err(vm.new_type_error(format!(
                        "{fs} argument after * must be an iterable, not {tn}"
                    )));
                }
                return Err(e);
            }
        },
    }
    let mut kwnames: Vec<Value> = Vec::new();
    if let Some(Value::Obj(d)) = kwargs {
        if let Payload::Dict(dd) = &d.payload {
            for (k, v) in dd.with(|d| d.items()) {
                if !builtins::is_str(&k) {
                    return Err(vm.new_type_error("keywords must be strings".to_string()));
                }
                kwnames.push(k);
                all.push(v);
            }
        }
    }
    vm.call_args(&callable, FuncArgs::with_kw(&all, &kwnames))
}

/// How CPython names a callable in call errors: "module.qualname()" (the
/// module left out for builtins), else "<type name> object".
pub fn function_str(vm: &mut Vm, callable: &Value) -> String {
    let qual = vm.get_attr_opt(callable, "__qualname__").ok().flatten();
    match qual {
        Some(q) if builtins::is_str(&q) => {
            let q = builtins::str_of(&q).to_string();
            match vm.get_attr_opt(callable, "__module__").ok().flatten() {
                Some(m) if builtins::is_str(&m) && builtins::str_of(&m) != "builtins" => {
                    format!("{}.{}()", builtins::str_of(&m), q)
                }
                _ => format!("{q}()"),
            }
        }
        _ => format!("{} object", vm.type_name(callable)),
    }
}

/// MAKE_FUNCTION.
#[allow(clippy::too_many_arguments)]
pub fn make_function(
    vm: &mut Vm,
    code: Value,
    globals: ObjRef,
    builtins_dict: ObjRef,
    defaults: Value,
    kwdefaults: Value,
    annotations: Value,
    closure: Value,
) -> PyResult<Value> {
    let code = match code {
        Value::Obj(c) if matches!(c.payload, Payload::Code(_)) => c,
        _ => return Err(vm.new_system_error("MAKE_FUNCTION without a code object")),
    };
    let (name, qualname, doc) = match &code.payload {
        Payload::Code(c) => (
            Value::Obj(c.name.clone()),
            Value::Obj(c.qualname.clone()),
            c.code
                .docstring
                .clone()
                .map(builtins::new_str)
                .unwrap_or(Value::None),
        ),
        _ => (Value::None, Value::None, Value::None),
    };
    let module = builtins::dict_get_str(&globals, "__name__").unwrap_or(Value::None);
    let f = ObjRef::new(
        types().function.clone(),
        Payload::Function(Box::new(FunctionData {
            code,
            globals,
            builtins: builtins_dict,
            name: Mut::new(name),
            qualname: Mut::new(qualname),
            defaults: Mut::new(defaults),
            kwdefaults: Mut::new(kwdefaults),
            closure,
            doc: Mut::new(doc),
            module: Mut::new(module),
            annotations: Mut::new(annotations),
        })),
    );
    Ok(Value::Obj(f))
}
