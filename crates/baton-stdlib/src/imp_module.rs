//! `_imp`: the import system's hooks that `importlib` (lib/importlib/) uses
//! to find and read modules the way the `import` statement does.

use baton_vm::builtins::{self, new_str, str_of};
use baton_vm::{FuncArgs, ObjRef, PyResult, Value, Vm};

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    Ok(crate::util::module_with(
        "_imp",
        &[
            ("is_builtin", is_builtin),
            ("_find", find),
            ("_source", source),
        ],
    ))
}

fn str_arg<'a>(vm: &mut Vm, args: &'a FuncArgs, i: usize, fname: &str) -> PyResult<&'a str> {
    match args.pos().get(i) {
        Some(v) if builtins::is_str(v) => Ok(str_of(v)),
        Some(v) => Err(vm.new_type_error(format!(
            "{fname}() argument {} must be str, not {}",
            i + 1,
            vm.type_name(v)
        ))),
        None => Err(vm.new_type_error(format!("{fname}() missing required argument {}", i + 1))),
    }
}

/// `is_builtin(name)`: 1 if `name` is a module written in Rust, else 0.
fn is_builtin(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let name = str_arg(vm, &args, 0, "is_builtin")?;
    Ok(Value::Int(
        baton_vm::import::is_builtin_module_name(name) as i64
    ))
}

/// `_find(fullname, path)`: None, or (kind, origin, package_dir or None).
fn find(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let name = str_arg(vm, &args, 0, "_find")?.to_string();
    let path = match args.pos().get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(
            vm.iterate(v)?
                .iter()
                .filter(|p| builtins::is_str(p))
                .map(|p| str_of(p).to_string())
                .collect(),
        ),
    };
    Ok(match baton_vm::import::find_module_info(vm, &name, path)? {
        None => Value::None,
        Some((kind, origin, dir)) => builtins::new_tuple(vec![
            new_str(kind),
            new_str(origin),
            dir.map_or(Value::None, new_str),
        ]),
    })
}

/// `_source(origin)`: the text of a module file (embedded lib/ or disk).
fn source(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let origin = str_arg(vm, &args, 0, "_source")?.to_string();
    Ok(new_str(baton_vm::import::module_source(vm, &origin)?))
}
