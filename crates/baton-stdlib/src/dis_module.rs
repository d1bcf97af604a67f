//! The `dis` module: disassembly of Baton's bytecode.
//!
//! The listing of one code object comes from `baton_compiler::dis`, and the
//! names from the one opcode table; this module finds the code objects
//! (functions, methods, classes, modules, generators, source text) and walks
//! nested ones as CPython's `dis.dis` does. Baton's instructions are not
//! CPython's, so the listings differ; the layout is the same.
//!
//! Not provided: `get_instructions`, `Bytecode`, `Instruction`, `distb` with
//! no traceback, and the `depth`/`show_caches`/`adaptive` options beyond
//! accepting them.

use baton_compiler::opcode::Opcode;
use baton_vm::builtins::{self, new_list, new_str};
use baton_vm::object::Payload;
use baton_vm::{FuncArgs, ObjRef, PyResult, Value, Vm};

/// Writes text to `file`, or to `sys.stdout`.
fn write(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    let out = if file.is_null() || file.is_none() {
        vm.get_attr_str(&Value::Obj(baton_vm::vm::runtime().sys.clone()), "stdout")?
    } else {
        file.clone()
    };
    vm.call_method(&out, "write", &[new_str(s)])?;
    Ok(())
}

/// The code object behind a function, method, generator or code value.
fn code_of(v: &Value) -> Option<ObjRef> {
    let Value::Obj(o) = v else { return None };
    match &o.payload {
        Payload::Code(_) => Some(o.clone()),
        Payload::Function(f) => Some(f.code.clone()),
        Payload::Generator(g) => Some(g.code.clone()),
        Payload::BoundMethod(m) => code_of(&m.0),
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => code_of(&f.get()),
        _ => None,
    }
}

/// Disassembles a code object, then each code object among its constants
/// ("Disassembly of <code object ...>:"), down to `depth` levels.
fn disassemble_recursive(
    vm: &mut Vm,
    file: &Value,
    code: &ObjRef,
    depth: Option<i64>,
) -> PyResult<()> {
    let Payload::Code(cd) = &code.payload else {
        return Ok(());
    };
    write(vm, file, &baton_compiler::dis::disassemble(&cd.code))?;
    if depth.is_some_and(|d| d <= 0) {
        return Ok(());
    }
    for c in cd.consts.iter() {
        if let Value::Obj(inner) = c {
            if matches!(inner.payload, Payload::Code(_)) {
                let r = vm.repr_string(c)?;
                write(vm, file, &format!("\nDisassembly of {r}:\n"))?;
                disassemble_recursive(vm, file, inner, depth.map(|d| d - 1))?;
            }
        }
    }
    Ok(())
}

/// Whether a class or module attribute is disassembled by `dis(x)`.
fn is_disassemblable(v: &Value) -> bool {
    match v {
        Value::Obj(o) => matches!(
            o.payload,
            Payload::Function(_)
                | Payload::Code(_)
                | Payload::BoundMethod(_)
                | Payload::ClassMethod(_)
                | Payload::StaticMethod(_)
                | Payload::Type(_)
                | Payload::Generator(_)
        ),
        _ => false,
    }
}

fn dis_value(vm: &mut Vm, x: &Value, file: &Value, depth: Option<i64>) -> PyResult<()> {
    if let Some(code) = code_of(x) {
        return disassemble_recursive(vm, file, &code, depth);
    }
    if let Value::Obj(o) = x {
        match &o.payload {
            Payload::Type(_) | Payload::Module(_) => {
                let d = match &o.payload {
                    Payload::Module(_) => Some(baton_vm::import::module_dict(o)),
                    _ => o.dict.get(),
                };
                let mut items: Vec<(String, Value)> = match d {
                    Some(d) => builtins::dict::dict_items_of(&d)
                        .into_iter()
                        .filter(|(k, _)| builtins::is_str(k))
                        .map(|(k, v)| (builtins::str_of(&k).to_string(), v))
                        .collect(),
                    None => Vec::new(),
                };
                items.sort_by(|a, b| a.0.cmp(&b.0));
                for (name, v) in items {
                    if is_disassemblable(&v) {
                        write(vm, file, &format!("Disassembly of {name}:\n"))?;
                        if let Err(e) = dis_value(vm, &v, file, depth) {
                            if !builtins::exc_matches(&e, &builtins::types().exc.type_error) {
                                return Err(e);
                            }
                            let msg = baton_vm::traceback::format_exception_only(vm, &e.0);
                            write(vm, file, &format!("Sorry: {msg}"))?;
                        }
                        write(vm, file, "\n")?;
                    }
                }
                return Ok(());
            }
            Payload::Str(s) => {
                let code = baton_vm::import::compile_code(
                    vm,
                    s.as_str(),
                    "<dis>",
                    baton_compiler::Mode::Exec,
                )?;
                return disassemble_recursive(vm, file, &code, depth);
            }
            _ => {}
        }
    }
    let t = vm.type_name(x);
    Err(vm.new_type_error(format!("don't know how to disassemble {t} objects")))
}

/// `dis.dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False)`.
fn d_dis(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!(
            "dis() takes from 0 to 1 positional arguments but {} were given",
            pos.len()
        )));
    }
    let (mut file, mut depth) = (Value::Null, None);
    for (name, v) in args.kw() {
        match name {
            "file" => file = v.clone(),
            "depth" => {
                if !v.is_none() {
                    depth = Some(builtins::arg_index(vm, v)?);
                }
            }
            "show_caches" | "adaptive" => {}
            "x" if pos.is_empty() => {}
            _ => {
                return Err(
                    vm.new_type_error(format!("dis() got an unexpected keyword argument '{name}'"))
                )
            }
        }
    }
    let x = pos
        .first()
        .cloned()
        .or_else(|| args.kwarg("x").cloned())
        .unwrap_or(Value::None);
    if x.is_none() {
        return d_distb(vm, FuncArgs::with_kw(&[file.clone()], &[new_str("file")]));
    }
    dis_value(vm, &x, &file, depth)?;
    Ok(Value::None)
}

/// `dis.disassemble(co, lasti=-1, *, file=None)`: one code object, not its nested ones.
fn d_disassemble(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(
        vm,
        &args,
        "disassemble",
        &["co", "lasti", "file", "show_caches", "adaptive"],
        1,
    )?;
    let Some(code) = code_of(&a[0]) else {
        let t = vm.type_name(&a[0]);
        return Err(vm.new_type_error(format!("don't know how to disassemble {t} objects")));
    };
    if let Payload::Code(cd) = &code.payload {
        write(vm, &a[2], &baton_compiler::dis::disassemble(&cd.code))?;
    }
    Ok(Value::None)
}

/// `dis.distb(tb=None, *, file=None)`: the code of the last traceback.
fn d_distb(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(
        vm,
        &args,
        "distb",
        &["tb", "file", "show_caches", "adaptive"],
        0,
    )?;
    let mut tb = a[0].clone();
    if tb.is_null() || tb.is_none() {
        let sys = Value::Obj(baton_vm::vm::runtime().sys.clone());
        tb = match vm.get_attr_opt(&sys, "last_traceback")? {
            Some(t) if !t.is_none() => t,
            _ => return Err(vm.new_runtime_error("no last traceback to disassemble")),
        };
    }
    // Walk to the innermost frame.
    while let Some(next) = vm.get_attr_opt(&tb, "tb_next")? {
        if next.is_none() {
            break;
        }
        tb = next;
    }
    let Value::Obj(t) = &tb else {
        return Ok(Value::None);
    };
    if let Payload::Traceback(td) = &t.payload {
        let code = td.code.clone();
        disassemble_recursive(vm, &a[1], &code, Some(0))?;
    }
    Ok(Value::None)
}

fn flag_names(flags: u32) -> String {
    use baton_compiler::code::flags as f;
    let table = [
        (f::OPTIMIZED, "OPTIMIZED"),
        (f::NEWLOCALS, "NEWLOCALS"),
        (f::VARARGS, "VARARGS"),
        (f::VARKEYWORDS, "VARKEYWORDS"),
        (f::NESTED, "NESTED"),
        (f::GENERATOR, "GENERATOR"),
        (f::NOFREE, "NOFREE"),
        (f::COROUTINE, "COROUTINE"),
        (f::ITERABLE_COROUTINE, "ITERABLE_COROUTINE"),
        (f::ASYNC_GENERATOR, "ASYNC_GENERATOR"),
    ];
    let mut names: Vec<String> = Vec::new();
    for bit in 0..32 {
        let b = 1u32 << bit;
        if flags & b != 0 {
            match table.iter().find(|(v, _)| *v == b) {
                Some((_, n)) => names.push((*n).to_string()),
                None => names.push(format!("{b:#x}")),
            }
        }
    }
    if names.is_empty() {
        "0x0".to_string()
    } else {
        names.join(", ")
    }
}

fn code_info_text(vm: &mut Vm, x: &Value) -> PyResult<String> {
    let code = match x {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => baton_vm::import::compile_code(
            vm,
            builtins::str_of(x),
            "<disassembly>",
            baton_compiler::Mode::Exec,
        )?,
        _ => match code_of(x) {
            Some(c) => c,
            None => {
                let t = vm.type_name(x);
                return Err(vm.new_type_error(format!("don't know how to disassemble {t} objects")));
            }
        },
    };
    let Payload::Code(cd) = &code.payload else {
        return Err(vm.new_type_error("code object expected".to_string()));
    };
    let co = &cd.code;
    let mut lines = vec![
        format!("Name:              {}", co.name),
        format!("Filename:          {}", co.filename),
        format!("Argument count:    {}", co.arg_count),
        format!("Positional-only arguments: {}", co.posonly_arg_count),
        format!("Kw-only arguments: {}", co.kwonly_arg_count),
        format!("Number of locals:  {}", co.varnames.len()),
        format!("Stack size:        {}", co.max_stack_depth),
        format!("Flags:             {}", flag_names(co.flags)),
    ];
    if !cd.consts.is_empty() {
        lines.push("Constants:".to_string());
        for (i, c) in cd.consts.iter().enumerate() {
            let r = vm.repr_string(c)?;
            lines.push(format!("{i:4}: {r}"));
        }
    }
    for (title, names) in [
        ("Names:", &co.names),
        ("Variable names:", &co.varnames),
        ("Free variables:", &co.freevars),
        ("Cell variables:", &co.cellvars),
    ] {
        if !names.is_empty() {
            lines.push(title.to_string());
            for (i, n) in names.iter().enumerate() {
                lines.push(format!("{i:4}: {n}"));
            }
        }
    }
    Ok(lines.join("\n"))
}

fn d_code_info(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "code_info", &["x"], 1)?;
    Ok(new_str(code_info_text(vm, &a[0])?))
}

fn d_show_code(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = builtins::bind_native(vm, &args, "show_code", &["co", "file"], 1)?;
    let text = code_info_text(vm, &a[0])?;
    write(vm, &a[1], &format!("{text}\n"))?;
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::util::module_with(
        "dis",
        &[
            ("dis", d_dis),
            ("disassemble", d_disassemble),
            ("disco", d_disassemble),
            ("distb", d_distb),
            ("code_info", d_code_info),
            ("show_code", d_show_code),
        ],
    );
    let d = baton_vm::import::module_dict(&m);
    let mut opname: Vec<Value> = (0..256).map(|i| new_str(format!("<{i}>"))).collect();
    let opmap = builtins::new_dict();
    for op in Opcode::ALL {
        let i = *op as usize;
        if i < opname.len() {
            opname[i] = new_str(op.name());
        }
        builtins::dict::dict_setitem(vm, &opmap, new_str(op.name()), Value::Int(i as i64))?;
    }
    builtins::dict_set_str(&d, "opname", new_list(opname));
    builtins::dict_set_str(&d, "opmap", Value::Obj(opmap));
    let flags = builtins::new_dict();
    {
        use baton_compiler::code::flags as f;
        for (v, n) in [
            (f::OPTIMIZED, "OPTIMIZED"),
            (f::NEWLOCALS, "NEWLOCALS"),
            (f::VARARGS, "VARARGS"),
            (f::VARKEYWORDS, "VARKEYWORDS"),
            (f::NESTED, "NESTED"),
            (f::GENERATOR, "GENERATOR"),
            (f::NOFREE, "NOFREE"),
            (f::COROUTINE, "COROUTINE"),
            (f::ITERABLE_COROUTINE, "ITERABLE_COROUTINE"),
            (f::ASYNC_GENERATOR, "ASYNC_GENERATOR"),
        ] {
            builtins::dict::dict_setitem(vm, &flags, Value::Int(v as i64), new_str(n))?;
        }
    }
    builtins::dict_set_str(&d, "COMPILER_FLAG_NAMES", Value::Obj(flags));
    Ok(m)
}
