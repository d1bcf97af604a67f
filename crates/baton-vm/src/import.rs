//! The import system: `sys.modules`, native modules written in Rust,
//! modules and packages found on `sys.path`, and Baton's own library
//! embedded in the binary (the `lib/` folder), searched last.

use crate::builtins::{self, str_of, types};
use crate::object::{ModuleData, Mut, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{runtime, PyErr, PyResult, Vm};
use std::collections::HashMap;
use std::sync::Mutex;

/// A function that builds a native module.
pub type NativeModuleInit = fn(&mut Vm) -> PyResult<ObjRef>;

static NATIVE_MODULES: Mutex<Option<HashMap<&'static str, NativeModuleInit>>> = Mutex::new(None);
static EMBEDDED: Mutex<Option<HashMap<&'static str, &'static str>>> = Mutex::new(None);
static EMBEDDED_CODE: Mutex<Option<HashMap<&'static str, &'static [u8]>>> = Mutex::new(None);

/// The sys.path entry that stands for the embedded library.
pub const EMBEDDED_PATH: &str = "<baton>/lib";

pub fn register_native_module(name: &'static str, init: NativeModuleInit) {
    if let Ok(mut g) = NATIVE_MODULES.lock() {
        g.get_or_insert_with(HashMap::new).insert(name, init);
    }
}

/// Registers the embedded library: (path relative to lib/, source).
pub fn register_embedded(files: &[(&'static str, &'static str)]) {
    if let Ok(mut g) = EMBEDDED.lock() {
        let m = g.get_or_insert_with(HashMap::new);
        for (p, s) in files {
            m.insert(*p, *s);
        }
    }
}

/// Registers the embedded library compiled at build time: (path relative
/// to lib/, marshalled code object).
pub fn register_embedded_code(files: &[(&'static str, &'static [u8])]) {
    if let Ok(mut g) = EMBEDDED_CODE.lock() {
        let m = g.get_or_insert_with(HashMap::new);
        for (p, c) in files {
            m.insert(*p, *c);
        }
    }
}

/// The build-time compilation of an embedded module, if `filename` names
/// one and `source` is its embedded source (so the code is of this text).
fn precompiled(filename: &str, source: &str) -> Option<baton_compiler::CodeObject> {
    let rel = filename.strip_prefix(EMBEDDED_PATH)?.strip_prefix('/')?;
    if embedded_source(rel)? != source {
        return None;
    }
    let bytes = EMBEDDED_CODE.lock().ok()?.as_ref()?.get(rel).copied()?;
    baton_compiler::marshal::load(bytes)
}

/// Whether `name` is a module written in Rust (shown as "(built-in)").
pub fn is_builtin_module_name(name: &str) -> bool {
    name == "sys" || name == "builtins" || native_init(name).is_some()
}

pub fn native_module_names() -> Vec<&'static str> {
    NATIVE_MODULES
        .lock()
        .ok()
        .and_then(|g| g.as_ref().map(|m| m.keys().copied().collect()))
        .unwrap_or_default()
}

fn native_init(name: &str) -> Option<NativeModuleInit> {
    NATIVE_MODULES.lock().ok()?.as_ref()?.get(name).copied()
}

fn embedded_source(rel: &str) -> Option<&'static str> {
    EMBEDDED.lock().ok()?.as_ref()?.get(rel).copied()
}

/// A new, empty module object named `name`.
pub fn new_module(name: &str) -> ObjRef {
    let m = ObjRef::new(
        types().module.clone(),
        Payload::Module(Box::new(ModuleData {
            name: Mut::new(name.to_string()),
        })),
    );
    let d = builtins::new_dict();
    builtins::dict_set_str(&d, "__name__", builtins::new_str(name.to_string()));
    builtins::dict_set_str(&d, "__doc__", Value::None);
    builtins::dict_set_str(&d, "__package__", Value::None);
    builtins::dict_set_str(&d, "__loader__", Value::None);
    builtins::dict_set_str(&d, "__spec__", Value::None);
    m.dict.set(Some(d));
    m
}

pub fn module_dict(m: &ObjRef) -> ObjRef {
    match m.dict.get() {
        Some(d) => d,
        None => {
            let d = builtins::new_dict();
            m.dict.set(Some(d.clone()));
            d
        }
    }
}

fn sys_modules_get(name: &str) -> Option<Value> {
    builtins::dict_get_str(&runtime().modules, name)
}

/// Where a module's source was found.
enum Found {
    Native(NativeModuleInit),
    File {
        path: String,
        source: String,
        is_package: bool,
        dir: String,
    },
}

fn find_module(
    vm: &mut Vm,
    fullname: &str,
    search: Option<Vec<String>>,
) -> PyResult<Option<Found>> {
    let last = fullname.rsplit('.').next().unwrap_or(fullname);
    if search.is_none() {
        if let Some(init) = native_init(fullname) {
            return Ok(Some(Found::Native(init)));
        }
    }
    let dirs: Vec<String> = match search {
        Some(d) => d,
        None => {
            let p = vm.get_attr_str(&Value::Obj(runtime().sys.clone()), "path")?;
            let mut out = Vec::new();
            if let Value::Obj(l) = &p {
                if let Payload::List(items) = &l.payload {
                    for it in items.get() {
                        if builtins::is_str(&it) {
                            out.push(str_of(&it).to_string());
                        }
                    }
                }
            }
            out
        }
    };
    for dir in dirs {
        if let Some(rel_dir) = dir.strip_prefix(EMBEDDED_PATH) {
            let rel_dir = rel_dir.trim_start_matches('/');
            let prefix = if rel_dir.is_empty() {
                String::new()
            } else {
                format!("{rel_dir}/")
            };
            let pkg = format!("{prefix}{last}/__init__.py");
            if let Some(src) = embedded_source(&pkg) {
                return Ok(Some(Found::File {
                    path: format!("{EMBEDDED_PATH}/{pkg}"),
                    source: src.to_string(),
                    is_package: true,
                    dir: format!("{EMBEDDED_PATH}/{prefix}{last}"),
                }));
            }
            let file = format!("{prefix}{last}.py");
            if let Some(src) = embedded_source(&file) {
                return Ok(Some(Found::File {
                    path: format!("{EMBEDDED_PATH}/{file}"),
                    source: src.to_string(),
                    is_package: false,
                    dir,
                }));
            }
            continue;
        }
        let base = if dir.is_empty() {
            ".".to_string()
        } else {
            dir.clone()
        };
        let pkg_dir = format!("{base}/{last}");
        let init = format!("{pkg_dir}/__init__.py");
        if std::path::Path::new(&init).is_file() {
            let source =
                std::fs::read_to_string(&init).map_err(|e| vm.new_os_error(&e, Some(&init)))?;
            return Ok(Some(Found::File {
                path: init,
                source,
                is_package: true,
                dir: pkg_dir,
            }));
        }
        let file = format!("{base}/{last}.py");
        if std::path::Path::new(&file).is_file() {
            let source =
                std::fs::read_to_string(&file).map_err(|e| vm.new_os_error(&e, Some(&file)))?;
            return Ok(Some(Found::File {
                path: file,
                source,
                is_package: false,
                dir: base,
            }));
        }
    }
    Ok(None)
}

/// What the import system would load for `fullname` (searching `path`, or
/// sys.path and the native modules when None), for importlib's find_spec:
/// (kind, origin, package directory) with kind "builtin" (origin
/// "built-in") or "source" (a file, or a file of the embedded lib/).
pub fn find_module_info(
    vm: &mut Vm,
    fullname: &str,
    path: Option<Vec<String>>,
) -> PyResult<Option<(&'static str, String, Option<String>)>> {
    if path.is_none() && (fullname == "sys" || fullname == "builtins") {
        return Ok(Some(("builtin", "built-in".to_string(), None)));
    }
    Ok(match find_module(vm, fullname, path)? {
        None => None,
        Some(Found::Native(_)) => Some(("builtin", "built-in".to_string(), None)),
        Some(Found::File {
            path,
            is_package,
            dir,
            ..
        }) => Some(("source", path, if is_package { Some(dir) } else { None })),
    })
}

/// The source text of a module file: one of the embedded lib/ (a
/// `<baton>/lib/...` path) or a file on disk.
pub fn module_source(vm: &mut Vm, origin: &str) -> PyResult<String> {
    if let Some(rel) = origin
        .strip_prefix(EMBEDDED_PATH)
        .and_then(|r| r.strip_prefix('/'))
    {
        if let Some(src) = embedded_source(rel) {
            return Ok(src.to_string());
        }
    }
    std::fs::read_to_string(origin).map_err(|e| vm.new_os_error(&e, Some(origin)))
}

fn module_not_found(vm: &mut Vm, name: &str) -> PyErr {
    let e = vm.new_exception_msg(
        &types().exc.module_not_found_error,
        format!("No module named '{name}'"),
    );
    builtins::set_exc_attr(&e, "name", builtins::new_str(name.to_string()));
    e
}

/// Modules being executed right now, by name: the importing thread and a
/// lock it holds until the module body has run. Another thread importing the
/// same module waits on that lock rather than see a half-initialised module
/// (the importing thread itself, in a circular import, gets the partial one).
type ImportingMap = HashMap<String, (u64, std::sync::Arc<crate::sync::RawLock>)>;
static IMPORTING: Mutex<Option<ImportingMap>> = Mutex::new(None);
static IMPORTING_COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn importing() -> std::sync::MutexGuard<'static, Option<ImportingMap>> {
    IMPORTING.lock().unwrap_or_else(|p| p.into_inner())
}

/// In a forked child: imports other threads had in progress will never
/// finish; forget them (their modules stay as they are in sys.modules).
pub fn after_fork(vm: &Vm) {
    let mut g = importing();
    if let Some(m) = g.as_mut() {
        m.retain(|_, (owner, _)| *owner == vm.thread_id);
        IMPORTING_COUNT.store(m.len(), std::sync::atomic::Ordering::Release);
    }
}

/// Waits while another thread is executing module `name`.
fn wait_for_import(vm: &mut Vm, name: &str) -> PyResult<()> {
    if IMPORTING_COUNT.load(std::sync::atomic::Ordering::Acquire) == 0 {
        return Ok(());
    }
    loop {
        let entry = importing().as_ref().and_then(|m| m.get(name).cloned());
        match entry {
            Some((owner, lock)) if owner != vm.thread_id => {
                vm.acquire_lock(&lock, None)?;
                lock.release();
            }
            _ => return Ok(()),
        }
    }
}

/// Marks `name` as being executed by this thread; the guard unmarks it.
struct ImportGuard {
    name: String,
    lock: std::sync::Arc<crate::sync::RawLock>,
}

impl ImportGuard {
    fn new(vm: &Vm, name: &str) -> ImportGuard {
        let lock = std::sync::Arc::new(crate::sync::RawLock::new());
        lock.try_acquire();
        importing()
            .get_or_insert_with(HashMap::new)
            .insert(name.to_string(), (vm.thread_id, lock.clone()));
        IMPORTING_COUNT.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        ImportGuard {
            name: name.to_string(),
            lock,
        }
    }
}

impl Drop for ImportGuard {
    fn drop(&mut self) {
        if let Some(m) = importing().as_mut() {
            m.remove(&self.name);
        }
        IMPORTING_COUNT.fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
        self.lock.release();
    }
}

/// A module found in sys.modules; None there blocks the import, as CPython.
fn none_halts(vm: &mut Vm, fullname: &str, m: Value) -> PyResult<Value> {
    if m.is_none() {
        let e = vm.new_exception_msg(
            &types().exc.module_not_found_error,
            format!("import of {fullname} halted; None in sys.modules"),
        );
        builtins::set_exc_attr(&e, "name", builtins::new_str(fullname.to_string()));
        return Err(e);
    }
    Ok(m)
}

/// Imports one module by its full dotted name (its parent already imported).
fn load_module(vm: &mut Vm, fullname: &str) -> PyResult<Value> {
    wait_for_import(vm, fullname)?;
    if let Some(m) = sys_modules_get(fullname) {
        return none_halts(vm, fullname, m);
    }
    let _guard = ImportGuard::new(vm, fullname);
    let parent_path = match fullname.rfind('.') {
        Some(i) => {
            let parent = &fullname[..i];
            let pm = sys_modules_get(parent).ok_or_else(|| module_not_found(vm, fullname))?;
            let path = vm.get_attr_opt(&pm, "__path__")?;
            match path {
                Some(p) => Some(
                    vm.iterate(&p)?
                        .iter()
                        .filter(|v| builtins::is_str(v))
                        .map(|v| str_of(v).to_string())
                        .collect(),
                ),
                None => {
                    let e = vm.new_exception_msg(
                        &types().exc.module_not_found_error,
                        format!("No module named '{fullname}'; '{parent}' is not a package"),
                    );
                    builtins::set_exc_attr(&e, "name", builtins::new_str(fullname.to_string()));
                    return Err(e);
                }
            }
        }
        None => None,
    };
    let found = find_module(vm, fullname, parent_path)?;
    match found {
        None => Err(module_not_found(vm, fullname)),
        Some(Found::Native(init)) => {
            let m = init(vm)?;
            builtins::dict_set_str(&runtime().modules, fullname, Value::Obj(m.clone()));
            Ok(Value::Obj(m))
        }
        Some(Found::File {
            path,
            source,
            is_package,
            dir,
        }) => {
            let m = new_module(fullname);
            let d = module_dict(&m);
            builtins::dict_set_str(&d, "__file__", builtins::new_str(path.clone()));
            let package = if is_package {
                builtins::dict_set_str(
                    &d,
                    "__path__",
                    builtins::new_list(vec![builtins::new_str(dir)]),
                );
                fullname.to_string()
            } else {
                fullname
                    .rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default()
            };
            builtins::dict_set_str(&d, "__package__", builtins::new_str(package));
            builtins::dict_set_str(&runtime().modules, fullname, Value::Obj(m.clone()));
            if let Err(e) = exec_source(vm, &source, &path, &d) {
                builtins::dict_del_str(&runtime().modules, fullname);
                return Err(e);
            }
            // The module may have replaced itself in sys.modules.
            Ok(sys_modules_get(fullname).unwrap_or(Value::Obj(m)))
        }
    }
}

/// Compiles and runs `source` as a module body in `globals`.
pub fn exec_source(vm: &mut Vm, source: &str, filename: &str, globals: &ObjRef) -> PyResult<Value> {
    let code = match precompiled(filename, source) {
        Some(c) => builtins::code::new_code_object(std::sync::Arc::new(c)),
        None => compile_code(vm, source, filename, baton_compiler::Mode::Exec)?,
    };
    run_code(vm, &code, globals, Value::Obj(globals.clone()))
}

/// Compiles source to a code object, turning compile errors into SyntaxError.
pub fn compile_code(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: baton_compiler::Mode,
) -> PyResult<ObjRef> {
    match baton_compiler::compile(source, filename, mode) {
        Ok(code) => Ok(builtins::code::new_code_object(std::sync::Arc::new(code))),
        Err(e) => Err(builtins::code::syntax_error_from(vm, &e)),
    }
}

/// Runs a module-level code object with these globals and locals.
pub fn run_code(vm: &mut Vm, code: &ObjRef, globals: &ObjRef, locals: Value) -> PyResult<Value> {
    let builtins_dict = match builtins::dict_get_str(globals, "__builtins__") {
        None => {
            builtins::dict_set_str(
                globals,
                "__builtins__",
                Value::Obj(runtime().builtins.clone()),
            );
            runtime().builtins_dict.clone()
        }
        Some(Value::Obj(b)) => match &b.payload {
            Payload::Dict(_) => b.clone(),
            Payload::Module(_) => module_dict(&b),
            _ => runtime().builtins_dict.clone(),
        },
        Some(_) => runtime().builtins_dict.clone(),
    };
    let mut frame = crate::frame::Frame::new(
        &mut vm.frame_pool,
        code.clone(),
        globals.clone(),
        builtins_dict,
        locals,
    );
    if vm.recursion_depth >= vm.recursion_limit() {
        return Err(vm.new_exception_msg(
            &types().exc.recursion_error,
            "maximum recursion depth exceeded".to_string(),
        ));
    }
    vm.recursion_depth += 1;
    let r = crate::eval::eval_frame(vm, &mut frame, None);
    vm.recursion_depth -= 1;
    crate::frame::Frame::recycle(&mut vm.frame_pool, frame);
    match r? {
        crate::eval::FrameExit::Return(v) | crate::eval::FrameExit::Yield(v) => Ok(v),
    }
}

/// Resolves a relative import against the importing module's package.
fn resolve_name(vm: &mut Vm, name: &str, globals: &ObjRef, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let package = match builtins::dict_get_str(globals, "__package__") {
        Some(p) if builtins::is_str(&p) => str_of(&p).to_string(),
        _ => {
            let n = builtins::dict_get_str(globals, "__name__")
                .map(|v| str_of(&v).to_string())
                .unwrap_or_default();
            if builtins::dict_get_str(globals, "__path__").is_some() {
                n
            } else {
                n.rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        return Err(vm.new_exception_msg(
            &types().exc.import_error,
            "attempted relative import with no known parent package".to_string(),
        ));
    }
    let mut parts: Vec<&str> = package.split('.').collect();
    if level - 1 > parts.len() - 1 + 1 || level > parts.len() {
        return Err(vm.new_exception_msg(
            &types().exc.import_error,
            "attempted relative import beyond top-level package".to_string(),
        ));
    }
    parts.truncate(parts.len() + 1 - level);
    let base = parts.join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// Imports `fullname` and every parent package; returns the module itself.
pub fn import_module(vm: &mut Vm, fullname: &str) -> PyResult<Value> {
    wait_for_import(vm, fullname)?;
    if let Some(m) = sys_modules_get(fullname) {
        return none_halts(vm, fullname, m);
    }
    let mut so_far = String::new();
    let mut module = Value::None;
    for part in fullname.split('.') {
        let parent = so_far.clone();
        if !so_far.is_empty() {
            so_far.push('.');
        }
        so_far.push_str(part);
        module = load_module(vm, &so_far)?;
        if !parent.is_empty() {
            // Bind the submodule as an attribute of its parent package.
            if let Some(Value::Obj(p)) = sys_modules_get(&parent) {
                if let Some(d) = p.dict.get() {
                    builtins::dict_set_str(&d, part, module.clone());
                }
            }
        }
    }
    Ok(module)
}

/// IMPORT_NAME / `__import__`.
pub fn import_name(
    vm: &mut Vm,
    name: &str,
    globals: &ObjRef,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let level = match level {
        Value::Int(l) if *l >= 0 => *l as usize,
        _ => 0,
    };
    if name.is_empty() && level == 0 {
        return Err(vm.new_value_error("Empty module name".to_string()));
    }
    let fullname = resolve_name(vm, name, globals, level)?;
    let module = import_module(vm, &fullname)?;
    let has_fromlist = match fromlist {
        Value::None | Value::Null => false,
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(t) => !t.is_empty(),
            Payload::List(l) => l.with(|l| !l.is_empty()),
            _ => true,
        },
        _ => true,
    };
    if has_fromlist {
        // `from package import submodule`: import submodules named in the fromlist.
        let is_pkg = vm.get_attr_opt(&module, "__path__")?.is_some();
        if is_pkg {
            for item in vm.iterate(fromlist)? {
                let n = str_of(&item).to_string();
                if n == "*" {
                    continue;
                }
                if vm.get_attr_opt(&module, &n)?.is_none() {
                    let sub = format!("{fullname}.{n}");
                    match import_module(vm, &sub) {
                        Ok(_) => {}
                        Err(e)
                            if builtins::exc_matches(&e, &types().exc.module_not_found_error) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        return Ok(module);
    }
    if level == 0 {
        let top = fullname.split('.').next().unwrap_or(&fullname);
        return Ok(sys_modules_get(top).unwrap_or(module));
    }
    // `import .x` is not valid syntax; for __import__('x', level=1) return the top of the resolved name.
    let top_len = fullname.len() - name.len();
    let top = if name.is_empty() {
        fullname.clone()
    } else {
        format!(
            "{}{}",
            &fullname[..top_len],
            name.split('.').next().unwrap_or(name)
        )
    };
    Ok(sys_modules_get(&top).unwrap_or(module))
}

/// IMPORT_FROM.
pub fn import_from(vm: &mut Vm, module: &Value, name: &ObjRef) -> PyResult<Value> {
    match vm.get_attr(module, name) {
        Ok(v) => Ok(v),
        Err(e) if builtins::exc_matches(&e, &types().exc.attribute_error) => {
            let modname = vm
                .get_attr_opt(module, "__name__")?
                .map(|v| str_of(&v).to_string())
                .unwrap_or_default();
            let n = builtins::str_of_obj(name);
            if let Some(v) = sys_modules_get(&format!("{modname}.{n}")) {
                return Ok(v);
            }
            let file = vm.get_attr_opt(module, "__file__")?;
            let loc = match file {
                Some(f) if builtins::is_str(&f) => format!(" ({})", str_of(&f)),
                _ => " (unknown location)".to_string(),
            };
            let err = vm.new_exception_msg(
                &types().exc.import_error,
                format!("cannot import name '{n}' from '{modname}'{loc}"),
            );
            builtins::set_exc_attr(&err, "name", builtins::new_str(modname));
            Err(err)
        }
        Err(e) => Err(e),
    }
}

/// IMPORT_STAR.
pub fn import_star(vm: &mut Vm, module: &Value, locals: &Value) -> PyResult<()> {
    let names: Vec<Value> = match vm.get_attr_opt(module, "__all__")? {
        Some(all) => vm.iterate(&all)?,
        None => {
            let d = match module {
                Value::Obj(m) => m.dict.get(),
                _ => None,
            };
            match d {
                Some(d) => builtins::dict_keys(&d)
                    .into_iter()
                    .filter(|k| !str_of(k).starts_with('_'))
                    .collect(),
                None => Vec::new(),
            }
        }
    };
    for n in names {
        let name = builtins::intern(str_of(&n));
        let v = vm.get_attr(module, &name)?;
        crate::protocol::mapping_set(vm, locals, Value::Obj(name), v)?;
    }
    Ok(())
}
