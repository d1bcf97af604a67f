//! The `builtins` module: the built-in functions and names.

use super::{arg_index, bind_native, check_args, new_list, new_str, new_tuple, str_of, types};
use crate::object::Payload;
use crate::rc::ObjRef;
use crate::types::{is_subtype, lookup};
use crate::value::Value;
use crate::vm::{FuncArgs, NativeFn, PyResult, Vm};
use num_bigint::BigInt;

fn one_arg<'a>(vm: &mut Vm, args: &FuncArgs<'a>, name: &str) -> PyResult<&'a Value> {
    check_args(vm, args, name, 1, 1)?;
    Ok(&args.args[0])
}

fn b_abs(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "abs")?;
    crate::protocol::unary_op(vm, v, "__abs__").map_err(|e| {
        if super::exc_matches(&e, &types().exc.type_error) {
            let t = vm.type_name(v);
            vm.new_type_error(format!("bad operand type for abs(): '{t}'"))
        } else {
            e
        }
    })
}

fn b_all(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "all")?.clone();
    let it = vm.get_iter(&v)?;
    while let Some(x) = crate::protocol::iter_next(vm, &it)? {
        if !vm.is_true(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn b_any(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "any")?.clone();
    let it = vm.get_iter(&v)?;
    while let Some(x) = crate::protocol::iter_next(vm, &it)? {
        if vm.is_true(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_ascii(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "ascii")?.clone();
    vm.ascii(&v)
}

fn int_text(vm: &mut Vm, v: &Value, base: u32) -> PyResult<Value> {
    let i = arg_index(vm, v)
        .map(BigInt::from)
        .or_else(|e| super::int::to_bigint(v).ok_or(e))?;
    Ok(new_str(baton_text::int_to_base(&i, base, true)))
}

fn b_bin(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "bin")?.clone();
    int_text(vm, &v, 2)
}
fn b_oct(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "oct")?.clone();
    int_text(vm, &v, 8)
}
fn b_hex(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "hex")?.clone();
    int_text(vm, &v, 16)
}

/// callable(x).
pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Function(_)
            | Payload::BuiltinFunction(_)
            | Payload::MethodDescriptor(_)
            | Payload::BoundMethod(_)
            | Payload::Type(_) => true,
            _ => lookup(o.type_ref(), &super::names().__call__).is_some(),
        },
        _ => false,
    }
}

fn b_callable(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "callable")?;
    Ok(Value::Bool(is_callable(v)))
}

fn b_chr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "chr")?.clone();
    let i = arg_index(vm, &v)?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(super::str::char_str(c)),
        None => {
            if (0xd800..0xe000).contains(&i) {
                return Err(vm.new_value_error(
                    "surrogate code points are not supported by Baton's str".to_string(),
                ));
            }
            Err(vm.new_value_error("chr() arg not in range(0x110000)".to_string()))
        }
    }
}

fn b_ord(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "ord")?.clone();
    if super::is_str(&v) {
        let s = str_of(&v);
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(Value::Int(c as i64)),
            _ => Err(vm.new_type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    if let Some(b) = super::bytes::bytes_data(&v) {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return Err(vm.new_type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(vm.new_type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(&v)
    )))
}

fn mode_of(vm: &mut Vm, v: &Value) -> PyResult<baton_compiler::Mode> {
    Ok(match str_of(v) {
        "exec" => baton_compiler::Mode::Exec,
        "eval" => baton_compiler::Mode::Eval,
        "single" => baton_compiler::Mode::Single,
        _ => {
            return Err(
                vm.new_value_error("compile() mode must be 'exec', 'eval' or 'single'".to_string())
            )
        }
    })
}

fn source_text(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<String> {
    if super::is_str(v) {
        return Ok(str_of(v).to_string());
    }
    if let Some(b) = super::bytes::bytes_data(v) {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    Err(vm.new_type_error(format!(
        "{fname}() arg 1 must be a string, bytes or code object"
    )))
}

fn b_compile(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = bind_native(
        vm,
        &args,
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    if let Value::Obj(o) = &a[0] {
        if matches!(o.payload, Payload::Code(_)) {
            return Ok(a[0].clone());
        }
    }
    let src = source_text(vm, &a[0], "compile")?;
    let filename = str_of(&a[1]).to_string();
    let mode = mode_of(vm, &a[2])?;
    crate::traceback::register_source(&filename, &src);
    let code = crate::import::compile_code(vm, &src, &filename, mode)?;
    Ok(Value::Obj(code))
}

/// The globals and locals of the calling frame.
fn caller_namespaces(vm: &mut Vm) -> PyResult<(ObjRef, Value)> {
    match vm.frames.last() {
        Some(f) => {
            // SAFETY: frames listed on the VM are live.
            let f = unsafe { &**f };
            let locals = if f.locals.is_null() {
                Value::Obj(frame_locals_dict(f))
            } else {
                f.locals.clone()
            };
            Ok((f.globals.clone(), locals))
        }
        None => Err(vm.new_system_error("no current frame")),
    }
}

/// A snapshot dict of a function frame's locals (for locals()).
pub fn frame_locals_dict(f: &crate::frame::Frame) -> ObjRef {
    let d = super::new_dict();
    let code = f.code_data().code.clone();
    for (i, n) in code.varnames.iter().enumerate() {
        if code.cell2arg.contains(&Some(i as u32)) {
            continue;
        }
        if let Some(v) = f.values.get(i) {
            if !v.is_null() {
                super::dict_set_str(&d, n, v.clone());
            }
        }
    }
    let nv = code.varnames.len();
    for (j, n) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        if let Some(Value::Obj(c)) = f.values.get(nv + j) {
            if let Payload::Cell(cv) = &c.payload {
                let v = cv.get();
                if !v.is_null() {
                    super::dict_set_str(&d, n, v);
                }
            }
        }
    }
    d
}

fn exec_or_eval(
    vm: &mut Vm,
    args: FuncArgs,
    name: &str,
    mode: baton_compiler::Mode,
) -> PyResult<Value> {
    let a = bind_native(vm, &args, name, &["source", "globals", "locals"], 1)?;
    let (cg, cl) = caller_namespaces(vm)?;
    let globals = match &a[1] {
        Value::Null | Value::None => cg,
        Value::Obj(g) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        v => {
            let t = vm.type_name(v);
            return Err(vm.new_type_error(format!("{name}() globals must be a dict, not {t}")));
        }
    };
    let locals = match &a[2] {
        Value::Null | Value::None => {
            if a[1].is_null() || a[1].is_none() {
                cl
            } else {
                Value::Obj(globals.clone())
            }
        }
        v => v.clone(),
    };
    let code = match &a[0] {
        Value::Obj(o) if matches!(o.payload, Payload::Code(_)) => o.clone(),
        v => {
            let src = source_text(vm, v, name)?;
            let src = if mode == baton_compiler::Mode::Eval {
                src.trim_start_matches([' ', '\t']).to_string()
            } else {
                src
            };
            crate::traceback::register_source("<string>", &src);
            crate::import::compile_code(vm, &src, "<string>", mode)?
        }
    };
    let r = crate::import::run_code(vm, &code, &globals, locals)?;
    Ok(if mode == baton_compiler::Mode::Eval {
        r
    } else {
        Value::None
    })
}

fn b_exec(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    exec_or_eval(vm, args, "exec", baton_compiler::Mode::Exec)
}

fn b_eval(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    exec_or_eval(vm, args, "eval", baton_compiler::Mode::Eval)
}

fn b_globals(vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Obj(caller_namespaces(vm)?.0))
}

fn b_locals(vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(caller_namespaces(vm)?.1)
}

fn b_vars(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos().first() {
        None => b_locals(vm, args),
        Some(v) => match vm.get_attr_opt(v, "__dict__")? {
            Some(d) => Ok(d),
            None => {
                Err(vm.new_type_error("vars() argument must have __dict__ attribute".to_string()))
            }
        },
    }
}

fn b_dir(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos().first() {
        None => {
            let (_, l) = caller_namespaces(vm)?;
            let mut keys: Vec<String> = vm
                .iterate(&l)?
                .iter()
                .map(|k| str_of(k).to_string())
                .collect();
            keys.sort();
            Ok(new_list(keys.into_iter().map(new_str).collect()))
        }
        Some(v) => {
            let v = v.clone();
            let r = match &v {
                Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
                    let mut names: Vec<String> = Vec::new();
                    for cls in crate::types::type_data(o).mro.get() {
                        if let Some(d) = cls.dict.get() {
                            names
                                .extend(super::dict_keys(&d).iter().map(|k| str_of(k).to_string()));
                        }
                    }
                    names.sort();
                    names.dedup();
                    return Ok(new_list(names.into_iter().map(new_str).collect()));
                }
                _ => vm.call_method(&v, "__dir__", &[])?,
            };
            let mut items: Vec<String> = vm
                .iterate(&r)?
                .iter()
                .map(|k| str_of(k).to_string())
                .collect();
            items.sort();
            Ok(new_list(items.into_iter().map(new_str).collect()))
        }
    }
}

fn b_divmod(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    check_args(vm, &args, "divmod", 2, 2)?;
    let (a, b) = (&args.args[0], &args.args[1]);
    if super::is_exact_builtin_value(a)
        && super::is_exact_builtin_value(b)
        && super::ops::as_num(a).is_some()
        && super::ops::as_num(b).is_some()
    {
        return super::ops::divmod(vm, a, b);
    }
    let ta = super::type_of(a);
    if let Some(f) = lookup(&ta, &super::names().__divmod__) {
        let r = vm.call(&f, &[a.clone(), b.clone()])?;
        if !crate::protocol::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let tb = super::type_of(b);
    if let Some(f) = lookup(&tb, &super::names().__rdivmod__) {
        let r = vm.call(&f, &[b.clone(), a.clone()])?;
        if !crate::protocol::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(vm.new_type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

fn b_format(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    check_args(vm, &args, "format", 1, 2)?;
    let spec = args.args.get(1).cloned().unwrap_or_else(|| new_str(""));
    if !super::is_str(&spec) {
        return Err(vm.new_type_error(format!(
            "format() argument 2 must be str, not {}",
            vm.type_name(&spec)
        )));
    }
    vm.format(&args.args[0], str_of(&spec))
}

fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    if !super::is_str(v) {
        return Err(vm.new_type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        )));
    }
    Ok(super::intern(str_of(v)))
}

fn b_getattr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    check_args(vm, &args, "getattr", 2, 3)?;
    let name = attr_name(vm, &args.args[1])?;
    match vm.get_attr(&args.args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.args.len() == 3 && super::exc_matches(&e, &types().exc.attribute_error) => {
            Ok(args.args[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn b_setattr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    check_args(vm, &args, "setattr", 3, 3)?;
    let name = attr_name(vm, &args.args[1])?;
    vm.set_attr(&args.args[0], &name, args.args[2].clone())?;
    Ok(Value::None)
}

fn b_delattr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    check_args(vm, &args, "delattr", 2, 2)?;
    let name = attr_name(vm, &args.args[1])?;
    vm.del_attr(&args.args[0], &name)?;
    Ok(Value::None)
}

fn b_hasattr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    check_args(vm, &args, "hasattr", 2, 2)?;
    let name = attr_name(vm, &args.args[1])?;
    match vm.get_attr(&args.args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if super::exc_matches(&e, &types().exc.attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn b_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "hash")?.clone();
    Ok(Value::Int(vm.hash(&v)?))
}

fn b_id(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "id")?;
    Ok(Value::Int(v.id()))
}

/// isinstance(obj, cls) with tuples and __instancecheck__.
pub fn isinstance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Obj(c) => match &c.payload {
            Payload::Type(_) => {
                let t = super::type_of(obj);
                if is_subtype(&t, c) {
                    return Ok(true);
                }
                let meta = c.type_ref().clone();
                if crate::types::type_data(&meta).heap {
                    if let Some(f) = lookup(&meta, &super::names().__instancecheck__) {
                        let r = vm.call(&f, &[cls.clone(), obj.clone()])?;
                        return vm.is_true(&r);
                    }
                }
                // A __class__ that differs from the real type (proxies).
                if let Value::Obj(o) = obj {
                    if crate::types::type_data(o.type_ref()).heap {
                        if let Some(Value::Obj(k)) = vm.get_attr_opt(obj, "__class__")? {
                            if !k.is(&t) && matches!(k.payload, Payload::Type(_)) {
                                return Ok(is_subtype(&k, c));
                            }
                        }
                    }
                }
                Ok(false)
            }
            Payload::Tuple(items) => {
                for it in items.iter() {
                    if isinstance(vm, obj, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if let Some(f) = lookup(c.type_ref(), &super::names().__instancecheck__) {
                    let r = vm.call(&f, &[cls.clone(), obj.clone()])?;
                    return vm.is_true(&r);
                }
                Err(vm.new_type_error(
                    "isinstance() arg 2 must be a type, a tuple of types, or a union".to_string(),
                ))
            }
        },
        _ => Err(vm.new_type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union".to_string(),
        )),
    }
}

pub fn issubclass(vm: &mut Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Obj(c) => match &c.payload {
            Payload::Tuple(items) => {
                for it in items.iter() {
                    if issubclass(vm, sub, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                let meta = c.type_ref().clone();
                if crate::types::type_data(&meta).heap || !matches!(c.payload, Payload::Type(_)) {
                    if let Some(f) = lookup(&meta, &super::names().__subclasscheck__) {
                        if !crate::protocol::is_native_slot(&f) {
                            let r = vm.call(&f, &[cls.clone(), sub.clone()])?;
                            return vm.is_true(&r);
                        }
                    }
                }
                match (sub, &c.payload) {
                    (Value::Obj(s), Payload::Type(_)) if matches!(s.payload, Payload::Type(_)) => {
                        Ok(is_subtype(s, c))
                    }
                    (_, Payload::Type(_)) => {
                        Err(vm.new_type_error("issubclass() arg 1 must be a class".to_string()))
                    }
                    _ => Err(vm.new_type_error(
                        "issubclass() arg 2 must be a class, a tuple of classes, or a union"
                            .to_string(),
                    )),
                }
            }
        },
        _ => Err(vm.new_type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union".to_string(),
        )),
    }
}

fn b_isinstance(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    check_args(vm, &args, "isinstance", 2, 2)?;
    Ok(Value::Bool(isinstance(vm, &args.args[0], &args.args[1])?))
}

fn b_issubclass(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    check_args(vm, &args, "issubclass", 2, 2)?;
    Ok(Value::Bool(issubclass(vm, &args.args[0], &args.args[1])?))
}

fn b_iter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    check_args(vm, &args, "iter", 1, 2)?;
    if args.args.len() == 2 {
        if !is_callable(&args.args[0]) {
            return Err(vm.new_type_error("iter(v, w): v must be callable".to_string()));
        }
        return Ok(super::iter::new_callable_iter(
            args.args[0].clone(),
            args.args[1].clone(),
        ));
    }
    vm.get_iter(&args.args[0])
}

fn b_len(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "len")?.clone();
    Ok(Value::Int(vm.len(&v)? as i64))
}

fn min_max(vm: &mut Vm, args: FuncArgs, name: &str, want_max: bool) -> PyResult<Value> {
    let pos = args.pos();
    let mut key = Value::None;
    let mut default = Value::Null;
    for (k, v) in args.kw() {
        match k {
            "key" => key = v.clone(),
            "default" => default = v.clone(),
            _ => {
                return Err(
                    vm.new_type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                )
            }
        }
    }
    let items: Vec<Value> = match pos.len() {
        0 => return Err(vm.new_type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.iterate(&pos[0])?,
        _ => {
            if !default.is_null() {
                return Err(vm.new_type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    if items.is_empty() {
        if !default.is_null() {
            return Ok(default);
        }
        return Err(vm.new_value_error(format!("{name}() arg is an empty sequence")));
    }
    let mut best = items[0].clone();
    let mut best_key = if key.is_none() {
        best.clone()
    } else {
        vm.call(&key, std::slice::from_ref(&best))?
    };
    for it in items.into_iter().skip(1) {
        let k = if key.is_none() {
            it.clone()
        } else {
            vm.call(&key, std::slice::from_ref(&it))?
        };
        let better = if want_max {
            crate::protocol::lt(vm, &best_key, &k)?
        } else {
            crate::protocol::lt(vm, &k, &best_key)?
        };
        if better {
            best = it;
            best_key = k;
        }
    }
    Ok(best)
}

fn b_max(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    min_max(vm, args, "max", true)
}

fn b_min(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    min_max(vm, args, "min", false)
}

fn b_next(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    check_args(vm, &args, "next", 1, 2)?;
    let it = &args.args[0];
    let t = super::type_of(it);
    let is_iter = matches!(it, Value::Obj(o) if matches!(o.payload, Payload::Iterator(_) | Payload::Generator(_)))
        || lookup(&t, &super::names().__next__).is_some();
    if !is_iter {
        return Err(vm.new_type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    // Through __next__ for user iterators so their StopIteration value is kept.
    if let Value::Obj(o) = it {
        if !matches!(o.payload, Payload::Iterator(_) | Payload::Generator(_)) {
            let f = lookup(&t, &super::names().__next__).unwrap_or(Value::None);
            return match vm.call(&f, std::slice::from_ref(it)) {
                Ok(v) => Ok(v),
                Err(e)
                    if args.args.len() == 2
                        && super::exc_matches(&e, &types().exc.stop_iteration) =>
                {
                    Ok(args.args[1].clone())
                }
                Err(e) => Err(e),
            };
        }
        if let Payload::Generator(_) = &o.payload {
            return match crate::generator::resume(vm, o, Value::None, None)? {
                crate::generator::SendResult::Yielded(v) => Ok(v),
                crate::generator::SendResult::Returned(r) => {
                    if args.args.len() == 2 {
                        Ok(args.args[1].clone())
                    } else {
                        Err(vm.new_stop_iteration(r))
                    }
                }
            };
        }
    }
    match crate::protocol::iter_next(vm, it)? {
        Some(v) => Ok(v),
        None => {
            if args.args.len() == 2 {
                Ok(args.args[1].clone())
            } else {
                Err(vm.new_exception_empty(&types().exc.stop_iteration))
            }
        }
    }
}

fn b_pow(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = bind_native(vm, &args, "pow", &["base", "exp", "mod"], 2)?;
    if a[2].is_null() || a[2].is_none() {
        return crate::protocol::binary_op(
            vm,
            &a[0],
            &a[1],
            baton_compiler::BinaryOperator::Power,
            false,
        );
    }
    let (b, e, m) = match (
        super::int::to_bigint(&a[0]),
        super::int::to_bigint(&a[1]),
        super::int::to_bigint(&a[2]),
    ) {
        (Some(b), Some(e), Some(m)) => (b, e, m),
        _ => {
            let t = super::type_of(&a[0]);
            if crate::types::type_data(&t).heap {
                if let Some(f) = lookup(&t, &super::names().__pow__) {
                    return vm.call(&f, &[a[0].clone(), a[1].clone(), a[2].clone()]);
                }
            }
            return Err(vm.new_type_error(
                "pow() 3rd argument not allowed unless all arguments are integers".to_string(),
            ));
        }
    };
    use num_traits::{Signed, Zero};
    if m.is_zero() {
        return Err(vm.new_value_error("pow() 3rd argument cannot be 0".to_string()));
    }
    let (base, exp) = if e.is_negative() {
        // Modular inverse.
        let g = num_integer::Integer::extended_gcd(
            &num_integer::Integer::mod_floor(&b, &m.abs()),
            &m.abs(),
        );
        if g.gcd != BigInt::from(1) {
            return Err(
                vm.new_value_error("base is not invertible for the given modulus".to_string())
            );
        }
        (g.x, -e)
    } else {
        (b, e)
    };
    let r = base.modpow(&exp, &m.abs());
    let r = if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    };
    Ok(super::int::bigint_to_value(r))
}

fn b_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = one_arg(vm, &args, "repr")?.clone();
    vm.repr(&v)
}

fn b_round(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = bind_native(vm, &args, "round", &["number", "ndigits"], 1)?;
    let x = &a[0];
    if let Some(f) = super::float::to_f64(x) {
        if super::is_exact_builtin_value(x) {
            // ndigits is clamped to the machine range, as CPython's.
            let nd = if a[1].is_null() || a[1].is_none() {
                None
            } else if let Some(big) = super::int::to_bigint(&a[1]) {
                use num_traits::{Signed, ToPrimitive};
                Some(big.to_i64().unwrap_or(if big.is_negative() {
                    i64::MIN
                } else {
                    i64::MAX
                }))
            } else {
                Some(arg_index(vm, &a[1])?)
            };
            return super::float::round_float(vm, f, nd);
        }
    }
    let t = super::type_of(x);
    match lookup(&t, &super::names().__round__) {
        Some(f) => {
            if a[1].is_null() || a[1].is_none() {
                vm.call(&f, std::slice::from_ref(x))
            } else {
                vm.call(&f, &[x.clone(), a[1].clone()])
            }
        }
        None => Err(vm.new_type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(x)
        ))),
    }
}

fn b_sorted(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.new_type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = vm.iterate(&pos[0])?;
    let l = new_list(items);
    let sort = super::types()
        .list
        .dict
        .get()
        .and_then(|d| super::dict_get_str(&d, "sort"))
        .unwrap_or(Value::None);
    let mut call_args = vec![l.clone()];
    call_args.extend(args.args[pos.len()..].iter().cloned());
    vm.call_args(&sort, FuncArgs::with_kw(&call_args, args.kwnames))?;
    Ok(l)
}

fn b_sum(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = bind_native(vm, &args, "sum", &["iterable", "start"], 1)?;
    let mut acc = if a[1].is_null() {
        Value::Int(0)
    } else {
        a[1].clone()
    };
    if super::is_str(&acc) {
        return Err(
            vm.new_type_error("sum() can't sum strings [use ''.join(seq) instead]".to_string())
        );
    }
    if super::bytes::bytes_data(&acc).is_some() {
        return Err(
            vm.new_type_error("sum() can't sum bytes [use b''.join(seq) instead]".to_string())
        );
    }
    let it = vm.get_iter(&a[0])?;
    while let Some(x) = crate::protocol::iter_next(vm, &it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) if p.checked_add(*q).is_some() => Value::Int(p + q),
            (Value::Float(p), Value::Float(q)) => Value::Float(p + q),
            _ => crate::protocol::binary_op(
                vm,
                &acc,
                &x,
                baton_compiler::BinaryOperator::Add,
                false,
            )?,
        };
    }
    Ok(acc)
}

fn b_import(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = bind_native(
        vm,
        &args,
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let name = str_of(&a[0]).to_string();
    let globals = match &a[1] {
        Value::Obj(g) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        _ => super::new_dict(),
    };
    let fromlist = if a[3].is_null() {
        Value::None
    } else {
        a[3].clone()
    };
    let level = if a[4].is_null() {
        Value::Int(0)
    } else {
        a[4].clone()
    };
    crate::import::import_name(vm, &name, &globals, &fromlist, &level)
}

fn b_exit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let code = args.pos().first().cloned().unwrap_or(Value::None);
    let t = Value::Obj(types().exc.system_exit.clone());
    let e = if code.is_none() {
        vm.call(&t, &[])?
    } else {
        vm.call(&t, &[code])?
    };
    match e {
        Value::Obj(o) => Err(crate::vm::PyErr(o)),
        _ => Err(vm.new_system_error("exit")),
    }
}

fn b_breakpoint(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn make_builtins_module() -> ObjRef {
    let m = crate::import::new_module("builtins");
    let d = crate::import::module_dict(&m);
    super::dict_set_str(
        &d,
        "__doc__",
        new_str("Built-in functions, exceptions, and other objects."),
    );
    let funcs: &[(&'static str, NativeFn)] = &[
        ("abs", b_abs),
        ("all", b_all),
        ("any", b_any),
        ("ascii", b_ascii),
        ("bin", b_bin),
        ("callable", b_callable),
        ("chr", b_chr),
        ("compile", b_compile),
        ("delattr", b_delattr),
        ("dir", b_dir),
        ("divmod", b_divmod),
        ("eval", b_eval),
        ("exec", b_exec),
        ("format", b_format),
        ("getattr", b_getattr),
        ("globals", b_globals),
        ("hasattr", b_hasattr),
        ("hash", b_hash),
        ("hex", b_hex),
        ("id", b_id),
        ("input", super::io::builtin_input),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("iter", b_iter),
        ("len", b_len),
        ("locals", b_locals),
        ("max", b_max),
        ("min", b_min),
        ("next", b_next),
        ("oct", b_oct),
        ("open", super::io::builtin_open),
        ("ord", b_ord),
        ("pow", b_pow),
        ("print", super::io::builtin_print),
        ("repr", b_repr),
        ("round", b_round),
        ("setattr", b_setattr),
        ("sorted", b_sorted),
        ("sum", b_sum),
        ("vars", b_vars),
        ("__build_class__", super::type_::build_class),
        ("__import__", b_import),
        ("exit", b_exit),
        ("quit", b_exit),
        ("breakpoint", b_breakpoint),
    ];
    for (name, f) in funcs {
        let bf = ObjRef::new(
            types().builtin_function.clone(),
            Payload::BuiltinFunction(Box::new(crate::object::BuiltinFunctionData {
                name,
                func: *f,
                bound: Value::Null,
                module: Some("builtins"),
                doc: None,
            })),
        );
        bf.make_immortal();
        super::dict_set_str(&d, name, Value::Obj(bf));
    }
    for (name, t) in super::types::all_builtin_types(types()) {
        if !name.is_empty()
            && !name
                .chars()
                .next()
                .map(|c| c.is_lowercase() && name.contains('_'))
                .unwrap_or(false)
        {
            let pyname = match name {
                "bool_" => "bool",
                other => other,
            };
            if pyname
                .chars()
                .next()
                .map(|c| c.is_uppercase())
                .unwrap_or(false)
                || [
                    "type",
                    "object",
                    "int",
                    "bool",
                    "float",
                    "complex",
                    "str",
                    "bytes",
                    "bytearray",
                    "list",
                    "tuple",
                    "dict",
                    "set",
                    "frozenset",
                    "range",
                    "slice",
                    "classmethod",
                    "staticmethod",
                    "property",
                    "super",
                    "reversed",
                    "enumerate",
                    "zip",
                    "map",
                    "filter",
                ]
                .contains(&pyname)
            {
                super::dict_set_str(&d, pyname, Value::Obj(t));
            }
        }
    }
    for (name, t) in &types().exc.all {
        super::dict_set_str(&d, name, Value::Obj(t.clone()));
    }
    super::dict_set_str(
        &d,
        "EnvironmentError",
        Value::Obj(types().exc.os_error.clone()),
    );
    super::dict_set_str(&d, "IOError", Value::Obj(types().exc.os_error.clone()));
    super::dict_set_str(&d, "None", Value::None);
    super::dict_set_str(&d, "True", Value::Bool(true));
    super::dict_set_str(&d, "False", Value::Bool(false));
    super::dict_set_str(
        &d,
        "Ellipsis",
        Value::Obj(super::singletons().ellipsis.clone()),
    );
    super::dict_set_str(
        &d,
        "NotImplemented",
        Value::Obj(super::singletons().not_implemented.clone()),
    );
    super::dict_set_str(&d, "__debug__", Value::Bool(true));
    super::dict_set_str(
        &d,
        "memoryview",
        Value::Obj(super::memoryview::memoryview_type()),
    );
    let _ = new_tuple(vec![]);
    m
}
