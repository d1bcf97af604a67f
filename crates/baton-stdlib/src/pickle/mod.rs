//! `_pickle`: the engine of the `pickle` module, as CPython's C accelerator
//! (lib/pickle.py holds the opcode names and the helpers written in Python).
//!
//! `Pickler` and `Unpickler` are native types Python classes may derive
//! from (overriding persistent_id, persistent_load, find_class,
//! reducer_override, or setting dispatch_table); `dumps`/`loads`/`dump`/
//! `load` run the same engines without making one. The output is CPython's
//! byte for byte: framing, the memo, batching, the choice of opcodes.
//! Built-in types are pickled and unpickled here; everything else goes
//! through copyreg and the objects' own `__reduce_ex__`, `__setstate__`...
//!
//! `save.rs` is the pickling engine, `load.rs` the unpickling one.

mod load;
mod save;

use baton_vm::builtins::{self, new_str, new_tuple, types};
use baton_vm::object::{BuiltinFunctionData, Mut, NativeData, Payload};
use baton_vm::{FuncArgs, ObjRef, PyErr, PyResult, Value, Vm};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

pub(crate) const HIGHEST_PROTOCOL: u8 = 5;
const DEFAULT_PROTOCOL: u8 = 4;
pub(crate) const FRAME_SIZE_TARGET: usize = 64 * 1024;
pub(crate) const FRAME_SIZE_MIN: usize = 4;

// ---- memo tables -------------------------------------------------------------------

/// A hasher for object addresses (already unique; only spread them).
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_usize(&mut self, n: usize) {
        let h = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 29);
    }
    fn write_u64(&mut self, n: u64) {
        self.write_usize(n as usize);
    }
}

type IdMap<V> = HashMap<usize, V, BuildHasherDefault<IdHasher>>;

/// The pickler's memo: object identity -> (memo index, the object, kept alive).
#[derive(Default)]
pub(crate) struct Memo {
    map: IdMap<(usize, Value)>,
}

impl Memo {
    #[inline]
    fn key(v: &Value) -> usize {
        v.id() as usize
    }
    #[inline]
    pub(crate) fn get(&self, v: &Value) -> Option<usize> {
        self.map.get(&Self::key(v)).map(|e| e.0)
    }
    pub(crate) fn insert(&mut self, v: &Value, idx: usize) {
        self.map.insert(Self::key(v), (idx, v.clone()));
    }
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for (_, v) in self.map.values() {
            visit(v);
        }
    }
}

/// The unpickler's memo: index -> object, dense for the indexes pickles
/// use, a map for the scattered ones a hand-made pickle may use.
#[derive(Default)]
pub(crate) struct UMemo {
    dense: Vec<Value>,
    sparse: HashMap<u64, Value>,
    count: usize,
}

impl UMemo {
    pub(crate) fn get(&self, idx: u64) -> Option<&Value> {
        match self.dense.get(idx as usize) {
            Some(v) if !v.is_null() => Some(v),
            Some(_) => None,
            None => self.sparse.get(&idx),
        }
    }
    pub(crate) fn put(&mut self, idx: u64, v: Value) {
        let i = idx as usize;
        if i < self.dense.len() {
            if self.dense[i].is_null() {
                self.count += 1;
            }
            self.dense[i] = v;
            return;
        }
        if (idx as u128) < (self.dense.len() as u128) * 2 + 1024 && self.sparse.is_empty() {
            self.dense.resize(i + 1, Value::Null);
            self.dense[i] = v;
            self.count += 1;
            return;
        }
        if self.sparse.insert(idx, v).is_none() {
            self.count += 1;
        }
    }
    pub(crate) fn len(&self) -> usize {
        self.count
    }
    fn clear(&mut self) {
        self.dense.clear();
        self.sparse.clear();
        self.count = 0;
    }
    fn items(&self) -> Vec<(u64, Value)> {
        let mut out: Vec<(u64, Value)> = self
            .dense
            .iter()
            .enumerate()
            .filter(|(_, v)| !v.is_null())
            .map(|(i, v)| (i as u64, v.clone()))
            .collect();
        let mut rest: Vec<(u64, Value)> =
            self.sparse.iter().map(|(k, v)| (*k, v.clone())).collect();
        rest.sort_by_key(|(k, _)| *k);
        out.extend(rest);
        out
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.dense.iter().for_each(&mut *visit);
        self.sparse.values().for_each(visit);
    }
}

// ---- exceptions and small helpers -------------------------------------------------

pub(crate) struct ExcTypes {
    pub pickle_error: ObjRef,
    pub pickling_error: ObjRef,
    pub unpickling_error: ObjRef,
}

pub(crate) fn exc_types() -> &'static ExcTypes {
    static T: OnceLock<ExcTypes> = OnceLock::new();
    T.get_or_init(|| {
        let base = crate::util::new_exception_type("_pickle", "PickleError", &[]);
        let p = crate::util::new_exception_type(
            "_pickle",
            "PicklingError",
            std::slice::from_ref(&base),
        );
        let u = crate::util::new_exception_type(
            "_pickle",
            "UnpicklingError",
            std::slice::from_ref(&base),
        );
        ExcTypes {
            pickle_error: base,
            pickling_error: p,
            unpickling_error: u,
        }
    })
}

pub(crate) fn pickling_error(vm: &mut Vm, msg: &str) -> PyErr {
    vm.new_exception_msg(&exc_types().pickling_error, msg.to_string())
}

pub(crate) fn unpickling_error(vm: &mut Vm, msg: &str) -> PyErr {
    vm.new_exception_msg(&exc_types().unpickling_error, msg.to_string())
}

pub(crate) fn type_name_of(v: &Value) -> String {
    baton_vm::types::type_data(&builtins::type_of(v)).name()
}

/// Whether the Rust stack is nearly used up (native recursion guard).
pub(crate) fn stack_exhausted(vm: &Vm) -> bool {
    let here = 0u8;
    (&here as *const u8 as usize) < vm.stack_limit
}

/// copyreg's tables, found once (as CPython's _pickle does at import).
pub(crate) struct CopyregTables {
    pub dispatch_table: ObjRef,
    pub extension_registry: ObjRef,
    pub inverted_registry: ObjRef,
    pub extension_cache: ObjRef,
}

static COPYREG: OnceLock<CopyregTables> = OnceLock::new();

pub(crate) fn copyreg_tables(vm: &mut Vm) -> PyResult<&'static CopyregTables> {
    if let Some(t) = COPYREG.get() {
        return Ok(t);
    }
    let m = baton_vm::import::import_module(vm, "copyreg")?;
    let mut get = |name: &str| -> PyResult<ObjRef> {
        match vm.get_attr_str(&m, name)? {
            Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => Ok(o),
            _ => Err(vm.new_type_error(format!("copyreg.{name} should be a dict"))),
        }
    };
    let t = CopyregTables {
        dispatch_table: get("dispatch_table")?,
        extension_registry: get("_extension_registry")?,
        inverted_registry: get("_inverted_registry")?,
        extension_cache: get("_extension_cache")?,
    };
    let _ = COPYREG.set(t);
    match COPYREG.get() {
        Some(t) => Ok(t),
        None => Err(vm.new_system_error("copyreg tables unavailable")),
    }
}

/// `_compat_pickle`'s four mappings, loaded on first use.
struct CompatTables {
    name_mapping: ObjRef,
    import_mapping: ObjRef,
    reverse_name_mapping: ObjRef,
    reverse_import_mapping: ObjRef,
}

static COMPAT: OnceLock<CompatTables> = OnceLock::new();

fn compat_tables(vm: &mut Vm) -> PyResult<&'static CompatTables> {
    if let Some(t) = COMPAT.get() {
        return Ok(t);
    }
    let m = baton_vm::import::import_module(vm, "_compat_pickle")?;
    let mut get = |name: &str| -> PyResult<ObjRef> {
        match vm.get_attr_str(&m, name)? {
            Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => Ok(o),
            _ => Err(vm.new_runtime_error(&format!("_compat_pickle.{name} should be a dict"))),
        }
    };
    let t = CompatTables {
        name_mapping: get("NAME_MAPPING")?,
        import_mapping: get("IMPORT_MAPPING")?,
        reverse_name_mapping: get("REVERSE_NAME_MAPPING")?,
        reverse_import_mapping: get("REVERSE_IMPORT_MAPPING")?,
    };
    let _ = COMPAT.set(t);
    match COMPAT.get() {
        Some(t) => Ok(t),
        None => Err(vm.new_system_error("_compat_pickle tables unavailable")),
    }
}

fn str_pair(v: &Value) -> Option<(String, String)> {
    match v.payload() {
        Some(Payload::Tuple(t))
            if t.len() == 2 && builtins::is_str(&t[0]) && builtins::is_str(&t[1]) =>
        {
            Some((
                builtins::str_of(&t[0]).to_string(),
                builtins::str_of(&t[1]).to_string(),
            ))
        }
        _ => None,
    }
}

/// Python 3 names to Python 2 ones (GLOBAL before protocol 3 with fix_imports).
pub(crate) fn reverse_mapping(vm: &mut Vm, module: &str, name: &str) -> PyResult<(String, String)> {
    let t = compat_tables(vm)?;
    let (rn, ri) = (
        t.reverse_name_mapping.clone(),
        t.reverse_import_mapping.clone(),
    );
    let key = new_tuple(vec![new_str(module), new_str(name)]);
    if let Some(item) = builtins::dict::dict_get(vm, &rn, &key)? {
        return match str_pair(&item) {
            Some(p) => Ok(p),
            None => Err(vm.new_runtime_error(&format!(
                "_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not {}",
                type_name_of(&item)
            ))),
        };
    }
    if let Some(item) = builtins::dict::dict_get(vm, &ri, &new_str(module))? {
        if !builtins::is_str(&item) {
            return Err(vm.new_runtime_error(&format!(
                "_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not {}",
                type_name_of(&item)
            )));
        }
        return Ok((builtins::str_of(&item).to_string(), name.to_string()));
    }
    Ok((module.to_string(), name.to_string()))
}

/// Python 2 names to Python 3 ones (find_class before protocol 3).
fn forward_mapping(vm: &mut Vm, module: &str, name: &str) -> PyResult<(String, String)> {
    let t = compat_tables(vm)?;
    let (nm, im) = (t.name_mapping.clone(), t.import_mapping.clone());
    let key = new_tuple(vec![new_str(module), new_str(name)]);
    if let Some(item) = builtins::dict::dict_get(vm, &nm, &key)? {
        return match str_pair(&item) {
            Some(p) => Ok(p),
            None => Err(vm.new_runtime_error(&format!(
                "_compat_pickle.NAME_MAPPING values should be 2-tuples, not {}",
                type_name_of(&item)
            ))),
        };
    }
    if let Some(item) = builtins::dict::dict_get(vm, &im, &new_str(module))? {
        if !builtins::is_str(&item) {
            return Err(vm.new_runtime_error(&format!(
                "_compat_pickle.IMPORT_MAPPING values should be strings, not {}",
                type_name_of(&item)
            )));
        }
        return Ok((builtins::str_of(&item).to_string(), name.to_string()));
    }
    Ok((module.to_string(), name.to_string()))
}

/// `__import__(name, fromlist=['__doc__'])` then `sys.modules[name]`, as
/// CPython's PyImport_Import.
pub(crate) fn import_module_checked(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let import = builtins::dict_get_str(&baton_vm::vm::runtime().builtins_dict, "__import__")
        .unwrap_or(Value::None);
    let fromlist = builtins::new_list(vec![new_str("__doc__")]);
    vm.call(
        &import,
        &[
            new_str(name),
            Value::None,
            Value::None,
            fromlist,
            Value::Int(0),
        ],
    )?;
    match builtins::dict_get_str(&baton_vm::vm::runtime().modules, name) {
        Some(m) => Ok(m),
        None => Err(vm.new_key_error(new_str(name))),
    }
}

/// `name.split('.')`, refusing `<locals>` components.
pub(crate) fn split_dotted(vm: &mut Vm, name: &str, obj: Option<&Value>) -> PyResult<Vec<String>> {
    let parts: Vec<String> = name.split('.').map(str::to_string).collect();
    if parts.iter().any(|p| p == "<locals>") {
        let nr = vm.repr_string(&new_str(name))?;
        let msg = match obj {
            None => format!("Can't pickle local object {nr}"),
            Some(o) => {
                let or = vm.repr_string(o)?;
                format!("Can't pickle local attribute {nr} on {or}")
            }
        };
        return Err(vm.new_exception_msg(&types().exc.attribute_error, msg));
    }
    Ok(parts)
}

/// (parent, value) of `module.a.b.c`; None if a lookup fails.
pub(crate) fn deep_lookup(vm: &mut Vm, module: &Value, parts: &[String]) -> Option<(Value, Value)> {
    let mut parent = Value::None;
    let mut value = module.clone();
    for part in parts {
        parent = value.clone();
        value = vm.get_attr_str(&value, part).ok()?;
    }
    Some((parent, value))
}

/// `getattr(obj, name)`, following dots when `allow_qualname`, with
/// pickle's error message.
fn getattribute(vm: &mut Vm, obj: &Value, name: &str, allow_qualname: bool) -> PyResult<Value> {
    let parts = if allow_qualname {
        split_dotted(vm, name, Some(obj))?
    } else {
        vec![name.to_string()]
    };
    let mut value = obj.clone();
    for part in &parts {
        match vm.get_attr_opt(&value, part)? {
            Some(v) => value = v,
            None => {
                let nr = vm.repr_string(&new_str(name))?;
                let or = vm.repr_string(obj)?;
                return Err(vm.new_exception_msg(
                    &types().exc.attribute_error,
                    format!("Can't get attribute {nr} on {or}"),
                ));
            }
        }
    }
    Ok(value)
}

/// Unpickler.find_class's default.
pub(crate) fn default_find_class(
    vm: &mut Vm,
    module: &str,
    name: &str,
    proto: u8,
    fix_imports: bool,
) -> PyResult<Value> {
    let (module, name) = if proto < 3 && fix_imports {
        forward_mapping(vm, module, name)?
    } else {
        (module.to_string(), name.to_string())
    };
    let m = match import_module_checked(vm, &module) {
        Ok(m) => m,
        Err(e) if module == "_codecs" && builtins::exc_matches(&e, &types().exc.import_error) => {
            codecs_module()
        }
        Err(e) => return Err(e),
    };
    getattribute(vm, &m, &name, proto >= 4)
}

// ---- the _codecs.encode stand-in ----------------------------------------------------

/// Protocols 0-2 save bytes as `_codecs.encode(str, 'latin1')`; Baton has no
/// `_codecs` module, so this function stands in for `_codecs.encode` (saved
/// under that name, and found again by find_class).
pub(crate) fn codecs_encode() -> Value {
    static F: OnceLock<ObjRef> = OnceLock::new();
    Value::Obj(
        F.get_or_init(|| {
            let f = ObjRef::new(
                types().builtin_function.clone(),
                Payload::BuiltinFunction(Box::new(BuiltinFunctionData {
                    name: "encode",
                    func: codecs_encode_impl,
                    bound: Value::Null,
                    module: Some("_codecs"),
                    doc: None,
                })),
            );
            f.make_immortal();
            f
        })
        .clone(),
    )
}

fn codecs_encode_impl(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = bind(vm, &args, "encode", &["obj", "encoding", "errors"], 3, 1, 1)?;
    let enc = if b[1].is_null() {
        new_str("utf-8")
    } else {
        b[1].clone()
    };
    let errs = if b[2].is_null() {
        new_str("strict")
    } else {
        b[2].clone()
    };
    if !builtins::is_str(&b[0]) {
        // The text codecs' encoders take str only.
        let name = builtins::str_of(&enc).to_string();
        let mut norm = name.to_ascii_lowercase().replace(['-', ' '], "_");
        norm = match norm.as_str() {
            "utf8" => "utf_8".into(),
            "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" => "latin_1".into(),
            "us_ascii" => "ascii".into(),
            _ => norm,
        };
        return Err(vm.new_type_error(format!(
            "encoding with '{name}' codec failed (TypeError: {norm}_encode() argument 1 must be str, not {})",
            type_name_of(&b[0])
        )));
    }
    vm.call_method(&b[0], "encode", &[enc, errs])
}

fn codecs_module() -> Value {
    static M: OnceLock<ObjRef> = OnceLock::new();
    Value::Obj(
        M.get_or_init(|| {
            let m = baton_vm::import::new_module("_codecs");
            crate::util::set_attr(&m, "encode", codecs_encode());
            m
        })
        .clone(),
    )
}

// ---- argument binding ----------------------------------------------------------------

/// Binds `args` to `names`: the first `npos` may be positional (the first
/// `posonly` only positional), the others are keyword-only; the first
/// `required` must be given. One slot per name, Null when not given.
fn bind(
    vm: &mut Vm,
    args: &FuncArgs,
    fname: &str,
    names: &[&str],
    npos: usize,
    posonly: usize,
    required: usize,
) -> PyResult<Vec<Value>> {
    let pos = args.pos();
    if pos.len() > npos {
        return Err(vm.new_type_error(format!(
            "{fname}() takes at most {npos} positional argument{} ({} given)",
            if npos == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out = vec![Value::Null; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = v.clone();
    }
    for (name, v) in args.kw() {
        match names.iter().position(|p| *p == name) {
            Some(i) if i >= posonly => {
                if !out[i].is_null() {
                    return Err(vm.new_type_error(format!(
                        "argument for {fname}() given by name ('{name}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = v.clone();
            }
            _ => {
                return Err(vm.new_type_error(format!(
                    "'{name}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    for (i, p) in names.iter().enumerate().take(required) {
        if out[i].is_null() {
            return Err(vm.new_type_error(format!(
                "{fname}() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

fn check_protocol(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    if v.is_null() || v.is_none() {
        return Ok(DEFAULT_PROTOCOL);
    }
    let p = builtins::arg_index(vm, v)?;
    if p < 0 {
        return Ok(HIGHEST_PROTOCOL);
    }
    if p > HIGHEST_PROTOCOL as i64 {
        return Err(vm.new_value_error(format!("pickle protocol must be <= {HIGHEST_PROTOCOL}")));
    }
    Ok(p as u8)
}

fn flag(vm: &mut Vm, v: &Value, default: bool) -> PyResult<bool> {
    if v.is_null() {
        Ok(default)
    } else {
        vm.is_true(v)
    }
}

fn str_arg(vm: &mut Vm, v: &Value, default: &str, fname: &str, what: &str) -> PyResult<String> {
    if v.is_null() {
        return Ok(default.to_string());
    }
    if !builtins::is_str(v) {
        return Err(vm.new_type_error(format!(
            "{fname}() argument '{what}' must be str, not {}",
            type_name_of(v)
        )));
    }
    Ok(builtins::str_of(v).to_string())
}

fn buffers_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.is_null() || v.is_none() {
        Ok(Value::Null)
    } else {
        vm.get_iter(v)
    }
}

fn opt(v: Option<Value>) -> Value {
    match v {
        Some(v) if !v.is_none() => v,
        _ => Value::Null,
    }
}

/// `getattr(obj, name, None)` for a hook of a (un)pickler (Null when
/// absent), without making an AttributeError each time: `own` reads the
/// value behind the base type's own attribute of that name, if any.
fn hook(vm: &mut Vm, obj: &Value, name: &str, own: fn(&Value) -> Value) -> PyResult<Value> {
    let t = builtins::type_of(obj);
    let n = builtins::intern(name);
    match baton_vm::types::lookup(&t, &n) {
        Some(Value::Obj(d)) if matches!(d.payload, Payload::GetSetDescriptor(_)) => Ok(own(obj)),
        None => {
            let in_dict = match obj {
                Value::Obj(o) => o.dict.get().and_then(|d| builtins::dict_get_str(&d, name)),
                _ => None,
            };
            Ok(opt(in_dict))
        }
        Some(_) => Ok(opt(vm.get_attr_opt(obj, name)?)),
    }
}

fn new_object(cls: &ObjRef, data: Box<dyn NativeData>) -> Value {
    let has_dict = baton_vm::types::type_data(cls).has_dict;
    let o = ObjRef::new(cls.clone(), Payload::Native(data));
    if has_dict {
        o.dict.set(Some(builtins::new_dict()));
    }
    Value::Obj(o)
}

fn type_arg(vm: &mut Vm, args: &FuncArgs, what: &str) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => Ok(c.clone()),
        _ => Err(vm.new_type_error(format!("{what}.__new__(X): X is not a type object"))),
    }
}

fn rest<'a>(args: &'a FuncArgs) -> FuncArgs<'a> {
    FuncArgs::with_kw(&args.args[1.min(args.args.len())..], args.kwnames)
}

// ---- Pickler ------------------------------------------------------------------------

#[derive(Default)]
struct PState {
    init: bool,
    proto: u8,
    write: Value,
    fix_imports: bool,
    buffer_callback: Value,
    fast: bool,
    memo: Memo,
    bf_modnames: HashMap<String, Value>,
    persistent_id: Value,
    dispatch_table: Value,
}

struct PicklerObj {
    st: Mut<PState>,
}

impl PState {
    fn pers_of(v: &Value) -> Value {
        crate::util::native_ref::<PicklerObj>(v)
            .map(|p| p.st.with(|s| s.persistent_id.clone()))
            .unwrap_or_default()
    }
    fn table_of(v: &Value) -> Value {
        crate::util::native_ref::<PicklerObj>(v)
            .map(|p| p.st.with(|s| s.dispatch_table.clone()))
            .unwrap_or_default()
    }
}

impl NativeData for PicklerObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.st.with(|s| {
            visit(&s.write);
            visit(&s.buffer_callback);
            visit(&s.persistent_id);
            visit(&s.dispatch_table);
            s.memo.traverse(visit);
            s.bf_modnames.values().for_each(&mut *visit);
        })
    }
}

fn pickler_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::util::new_native_base_type(
            "_pickle",
            "Pickler",
            &[
                ("__init__", p_init),
                ("dump", p_dump),
                ("clear_memo", p_clear_memo),
            ],
        );
        builtins::types::add_getsets(
            &t,
            &[
                ("memo", p_get_memo, Some(p_set_memo)),
                ("fast", p_get_fast, Some(p_set_fast)),
                ("bin", p_get_bin, None),
                ("persistent_id", p_get_pers, Some(p_set_pers)),
                ("dispatch_table", p_get_table, Some(p_set_table)),
            ],
        );
        crate::util::add_static_methods(&t, &[("__new__", p_new)]);
        t
    })
    .clone()
}

fn pickler_of<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a PicklerObj> {
    v.and_then(crate::util::native_ref::<PicklerObj>)
        .ok_or_else(|| vm.new_type_error("descriptor requires a '_pickle.Pickler' object".into()))
}

fn p_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = type_arg(vm, &args, "Pickler")?;
    Ok(new_object(
        &cls,
        Box::new(PicklerObj {
            st: Mut::new(PState::default()),
        }),
    ))
}

/// `Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)`.
fn p_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = pickler_of(vm, args.args.first())?;
    let r = rest(&args);
    let b = bind(
        vm,
        &r,
        "Pickler",
        &["file", "protocol", "fix_imports", "buffer_callback"],
        4,
        0,
        1,
    )?;
    let proto = check_protocol(vm, &b[1])?;
    let Some(write) = vm.get_attr_opt(&b[0], "write")? else {
        return Err(vm.new_type_error("file must have a 'write' attribute".into()));
    };
    let callback = opt(if b[3].is_null() {
        None
    } else {
        Some(b[3].clone())
    });
    if !callback.is_null() && proto < 5 {
        return Err(vm.new_value_error("buffer_callback needs protocol >= 5".into()));
    }
    let fix = flag(vm, &b[2], true)? && proto < 3;
    let old = me.st.with(|s| {
        let old = std::mem::take(&mut s.memo);
        s.init = true;
        s.proto = proto;
        s.write = write;
        s.fix_imports = fix;
        s.buffer_callback = callback;
        s.fast = false;
        s.bf_modnames.clear();
        old
    });
    drop(old);
    Ok(Value::None)
}

fn p_dump(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me_v = args.args.first().cloned().unwrap_or_default();
    let me = pickler_of(vm, args.args.first())?;
    builtins::check_args(vm, &rest(&args), "dump", 1, 1)?;
    let obj = args.args[1].clone();
    let init = me.st.with(|s| s.init);
    if !init {
        let tn = type_name_of(&me_v);
        return Err(pickling_error(
            vm,
            &format!("Pickler.__init__() was not called by {tn}.__init__()"),
        ));
    }
    let persistent_id = hook(vm, &me_v, "persistent_id", PState::pers_of)?;
    let reducer_override = hook(vm, &me_v, "reducer_override", |_| Value::Null)?;
    let dispatch_table = hook(vm, &me_v, "dispatch_table", PState::table_of)?;
    let (opts, mut memo, mut bf) = me.st.with(|s| {
        (
            save::SaveOptions {
                proto: s.proto,
                write: s.write.clone(),
                fast: s.fast,
                persistent_id,
                reducer_override,
                dispatch_table,
                buffer_callback: s.buffer_callback.clone(),
                fix_imports: s.fix_imports,
            },
            std::mem::take(&mut s.memo),
            std::mem::take(&mut s.bf_modnames),
        )
    });
    let r = save::run(vm, &obj, opts, &mut memo, &mut bf);
    let old = me.st.with(|s| {
        (
            std::mem::replace(&mut s.memo, memo),
            std::mem::replace(&mut s.bf_modnames, bf),
        )
    });
    drop(old);
    r.map(|_| Value::None)
}

fn p_clear_memo(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = pickler_of(vm, args.args.first())?;
    let old = me.st.with(|s| {
        (
            std::mem::take(&mut s.memo),
            std::mem::take(&mut s.bf_modnames),
        )
    });
    drop(old);
    Ok(Value::None)
}

fn p_get_memo(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    pickler_of(vm, Some(v))?;
    Ok(new_object(
        &memo_proxy_type(false),
        Box::new(MemoProxy { owner: v.clone() }),
    ))
}

fn p_set_memo(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let me = pickler_of(vm, Some(v))?;
    let source = match crate::util::native_ref::<MemoProxy>(&value) {
        Some(p) => pickler_memo_copy(vm, &p.owner)?,
        None => value.clone(),
    };
    let Some(Payload::Dict(d)) = source.payload() else {
        return Err(vm.new_type_error(format!(
            "'memo' attribute must be a PicklerMemoProxy object or dict, not {}",
            type_name_of(&value)
        )));
    };
    let mut memo = Memo::default();
    for (_, entry) in d.with(|d| d.items()) {
        let pair = match entry.payload() {
            Some(Payload::Tuple(t)) if t.len() == 2 => (t[0].clone(), t[1].clone()),
            _ => return Err(vm.new_type_error("'memo' values must be 2-item tuples".into())),
        };
        let idx = builtins::arg_index(vm, &pair.0)?;
        memo.insert(&pair.1, idx.max(0) as usize);
    }
    let old = me.st.with(|s| std::mem::replace(&mut s.memo, memo));
    drop(old);
    Ok(())
}

/// `{id(obj): (index, obj)}` of a Pickler's memo.
fn pickler_memo_copy(vm: &mut Vm, owner: &Value) -> PyResult<Value> {
    let me = pickler_of(vm, Some(owner))?;
    let entries: Vec<(usize, usize, Value)> = me.st.with(|s| {
        s.memo
            .map
            .iter()
            .map(|(k, (i, v))| (*k, *i, v.clone()))
            .collect()
    });
    let d = builtins::new_dict();
    for (_, idx, obj) in entries {
        let key = Value::Int(obj.id());
        let val = new_tuple(vec![Value::Int(idx as i64), obj]);
        builtins::dict::dict_setitem(vm, &d, key, val)?;
    }
    Ok(Value::Obj(d))
}

fn p_get_fast(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let me = pickler_of(vm, Some(v))?;
    Ok(Value::Int(me.st.with(|s| s.fast) as i64))
}

fn p_set_fast(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let me = pickler_of(vm, Some(v))?;
    let f = builtins::arg_index(vm, &value)? != 0;
    me.st.with(|s| s.fast = f);
    Ok(())
}

fn p_get_bin(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let me = pickler_of(vm, Some(v))?;
    Ok(Value::Int((me.st.with(|s| s.proto) > 0) as i64))
}

fn missing_attr(vm: &mut Vm, name: &str) -> PyErr {
    vm.new_exception_msg(&types().exc.attribute_error, name.to_string())
}

fn p_get_pers(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let me = pickler_of(vm, Some(v))?;
    let f = me.st.with(|s| s.persistent_id.clone());
    if f.is_null() {
        return Err(missing_attr(vm, "persistent_id"));
    }
    Ok(f)
}

fn p_set_pers(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let me = pickler_of(vm, Some(v))?;
    if !builtins::module::is_callable(&value) {
        return Err(
            vm.new_type_error("persistent_id must be a callable taking one argument".into())
        );
    }
    let old = me
        .st
        .with(|s| std::mem::replace(&mut s.persistent_id, value));
    drop(old);
    Ok(())
}

fn p_get_table(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let me = pickler_of(vm, Some(v))?;
    let t = me.st.with(|s| s.dispatch_table.clone());
    if t.is_null() {
        return Err(missing_attr(
            vm,
            "'_pickle.Pickler' object has no attribute 'dispatch_table'",
        ));
    }
    Ok(t)
}

fn p_set_table(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let me = pickler_of(vm, Some(v))?;
    let old = me
        .st
        .with(|s| std::mem::replace(&mut s.dispatch_table, value));
    drop(old);
    Ok(())
}

// ---- Unpickler ----------------------------------------------------------------------

#[derive(Default)]
struct UState {
    init: bool,
    read: Value,
    readline: Value,
    memo: UMemo,
    buffers: Value,
    encoding: String,
    errors: String,
    fix_imports: bool,
    persistent_load: Value,
    proto: u8,
}

struct UnpicklerObj {
    st: Mut<UState>,
}

impl UState {
    fn pers_of(v: &Value) -> Value {
        crate::util::native_ref::<UnpicklerObj>(v)
            .map(|u| u.st.with(|s| s.persistent_load.clone()))
            .unwrap_or_default()
    }
}

impl NativeData for UnpicklerObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.st.with(|s| {
            visit(&s.read);
            visit(&s.readline);
            visit(&s.buffers);
            visit(&s.persistent_load);
            s.memo.traverse(visit);
        })
    }
}

fn unpickler_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::util::new_native_base_type(
            "_pickle",
            "Unpickler",
            &[
                ("__init__", u_init),
                ("load", u_load),
                ("find_class", u_find_class),
            ],
        );
        builtins::types::add_getsets(
            &t,
            &[
                ("memo", u_get_memo, Some(u_set_memo)),
                ("persistent_load", u_get_pers, Some(u_set_pers)),
            ],
        );
        crate::util::add_static_methods(&t, &[("__new__", u_new)]);
        t
    })
    .clone()
}

fn unpickler_of<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a UnpicklerObj> {
    v.and_then(crate::util::native_ref::<UnpicklerObj>)
        .ok_or_else(|| vm.new_type_error("descriptor requires a '_pickle.Unpickler' object".into()))
}

pub(crate) fn set_unpickler_proto(owner: &Value, p: u8) {
    if let Some(u) = crate::util::native_ref::<UnpicklerObj>(owner) {
        u.st.with(|s| s.proto = p);
    }
}

fn u_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = type_arg(vm, &args, "Unpickler")?;
    Ok(new_object(
        &cls,
        Box::new(UnpicklerObj {
            st: Mut::new(UState::default()),
        }),
    ))
}

const LOAD_PARAMS: [&str; 5] = ["file", "fix_imports", "encoding", "errors", "buffers"];

/// The keyword arguments shared by Unpickler(), load() and loads():
/// (fix_imports, encoding, errors, buffers iterator).
fn load_kwargs(vm: &mut Vm, b: &[Value], fname: &str) -> PyResult<(bool, String, String, Value)> {
    let fix = flag(vm, &b[1], true)?;
    let encoding = str_arg(vm, &b[2], "ASCII", fname, "encoding")?;
    let errors = str_arg(vm, &b[3], "strict", fname, "errors")?;
    let buffers = buffers_iter(vm, &b[4])?;
    Ok((fix, encoding, errors, buffers))
}

/// `Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())`.
fn u_init(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = unpickler_of(vm, args.args.first())?;
    let r = rest(&args);
    let b = bind(vm, &r, "Unpickler", &LOAD_PARAMS, 1, 0, 1)?;
    let (fix, encoding, errors, buffers) = load_kwargs(vm, &b, "Unpickler")?;
    let read = vm.get_attr_opt(&b[0], "read")?;
    let readline = vm.get_attr_opt(&b[0], "readline")?;
    let (Some(read), Some(readline)) = (read, readline) else {
        return Err(vm.new_type_error("file must have 'read' and 'readline' attributes".into()));
    };
    let old = me.st.with(|s| {
        let old = std::mem::take(&mut s.memo);
        s.init = true;
        s.read = read;
        s.readline = readline;
        s.buffers = buffers;
        s.encoding = encoding;
        s.errors = errors;
        s.fix_imports = fix;
        s.proto = 0;
        old
    });
    drop(old);
    Ok(Value::None)
}

/// The base type's find_class (to tell whether a subclass overrides it).
fn base_find_class() -> Option<Value> {
    static F: OnceLock<Option<Value>> = OnceLock::new();
    F.get_or_init(|| {
        unpickler_type()
            .dict
            .get()
            .and_then(|d| builtins::dict_get_str(&d, "find_class"))
    })
    .clone()
}

fn u_load(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me_v = args.args.first().cloned().unwrap_or_default();
    let me = unpickler_of(vm, args.args.first())?;
    builtins::check_args(vm, &rest(&args), "load", 0, 0)?;
    if !me.st.with(|s| s.init) {
        let tn = type_name_of(&me_v);
        return Err(unpickling_error(
            vm,
            &format!("Unpickler.__init__() was not called by {tn}.__init__()"),
        ));
    }
    // An overriding find_class (in a subclass or on the instance) is called;
    // the default one runs natively.
    let t = builtins::type_of(&me_v);
    let name = builtins::intern("find_class");
    let in_type = baton_vm::types::lookup(&t, &name);
    let in_dict = match &me_v {
        Value::Obj(o) => o
            .dict
            .get()
            .and_then(|d| builtins::dict_get_str(&d, "find_class")),
        _ => None,
    };
    let overridden = in_dict.is_some()
        || match (&in_type, base_find_class()) {
            (Some(a), Some(b)) => !a.is(&b),
            _ => true,
        };
    let find_class = if overridden {
        vm.get_attr(&me_v, &name)?
    } else {
        Value::Null
    };
    let persistent_load = hook(vm, &me_v, "persistent_load", UState::pers_of)?;
    let (opts, mut memo) = me.st.with(|s| {
        (
            load::LoadOptions {
                read: s.read.clone(),
                readline: s.readline.clone(),
                find_class,
                persistent_load,
                buffers: s.buffers.clone(),
                encoding: s.encoding.clone(),
                errors: s.errors.clone(),
                fix_imports: s.fix_imports,
                owner: me_v.clone(),
            },
            std::mem::take(&mut s.memo),
        )
    });
    let r = load::run(vm, Vec::new(), opts, &mut memo);
    let old = me.st.with(|s| std::mem::replace(&mut s.memo, memo));
    drop(old);
    r
}

fn u_find_class(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = unpickler_of(vm, args.args.first())?;
    let r = rest(&args);
    let b = bind(
        vm,
        &r,
        "find_class",
        &["module_name", "global_name"],
        2,
        2,
        2,
    )?;
    let (proto, fix) = me.st.with(|s| (s.proto, s.fix_imports));
    let module = vm.str_string(&b[0])?;
    let name = vm.str_string(&b[1])?;
    default_find_class(vm, &module, &name, proto, fix)
}

fn u_get_memo(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    unpickler_of(vm, Some(v))?;
    Ok(new_object(
        &memo_proxy_type(true),
        Box::new(MemoProxy { owner: v.clone() }),
    ))
}

fn u_set_memo(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let me = unpickler_of(vm, Some(v))?;
    let source = match crate::util::native_ref::<MemoProxy>(&value) {
        Some(p) => unpickler_memo_copy(vm, &p.owner)?,
        None => value.clone(),
    };
    let Some(Payload::Dict(d)) = source.payload() else {
        return Err(vm.new_type_error(format!(
            "'memo' attribute must be an UnpicklerMemoProxy object or dict, not {}",
            type_name_of(&value)
        )));
    };
    let mut memo = UMemo::default();
    for (k, obj) in d.with(|d| d.items()) {
        let idx = match k {
            Value::Int(i) if i >= 0 => i as u64,
            Value::Int(_) => {
                return Err(vm.new_value_error("memo key must be positive integers.".into()))
            }
            _ => return Err(vm.new_type_error("memo key must be integers".into())),
        };
        memo.put(idx, obj);
    }
    let old = me.st.with(|s| std::mem::replace(&mut s.memo, memo));
    drop(old);
    Ok(())
}

fn unpickler_memo_copy(vm: &mut Vm, owner: &Value) -> PyResult<Value> {
    let me = unpickler_of(vm, Some(owner))?;
    let items = me.st.with(|s| s.memo.items());
    let d = builtins::new_dict();
    for (k, v) in items {
        builtins::dict::dict_setitem(vm, &d, Value::Int(k as i64), v)?;
    }
    Ok(Value::Obj(d))
}

fn u_get_pers(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let me = unpickler_of(vm, Some(v))?;
    let f = me.st.with(|s| s.persistent_load.clone());
    if f.is_null() {
        return Err(missing_attr(vm, "persistent_load"));
    }
    Ok(f)
}

fn u_set_pers(vm: &mut Vm, v: &Value, value: Value) -> PyResult<()> {
    let me = unpickler_of(vm, Some(v))?;
    if !builtins::module::is_callable(&value) {
        return Err(
            vm.new_type_error("persistent_load must be a callable taking one argument".into())
        );
    }
    let old = me
        .st
        .with(|s| std::mem::replace(&mut s.persistent_load, value));
    drop(old);
    Ok(())
}

// ---- memo proxies -------------------------------------------------------------------

/// PicklerMemoProxy / UnpicklerMemoProxy: a view of a (un)pickler's memo.
struct MemoProxy {
    owner: Value,
}

impl NativeData for MemoProxy {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.owner);
    }
}

fn memo_proxy_type(unpickler: bool) -> ObjRef {
    static P: OnceLock<ObjRef> = OnceLock::new();
    static U: OnceLock<ObjRef> = OnceLock::new();
    let (cell, name) = if unpickler {
        (&U, "UnpicklerMemoProxy")
    } else {
        (&P, "PicklerMemoProxy")
    };
    cell.get_or_init(|| {
        crate::util::new_native_type(
            "_pickle",
            name,
            None,
            &[
                ("copy", mp_copy),
                ("clear", mp_clear),
                ("__reduce__", mp_reduce),
            ],
        )
    })
    .clone()
}

fn proxy_owner(vm: &mut Vm, args: &FuncArgs) -> PyResult<Value> {
    match args
        .args
        .first()
        .and_then(crate::util::native_ref::<MemoProxy>)
    {
        Some(p) => Ok(p.owner.clone()),
        None => Err(vm.new_type_error("descriptor requires a memo proxy".into())),
    }
}

fn mp_copy(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let owner = proxy_owner(vm, &args)?;
    if crate::util::native_ref::<PicklerObj>(&owner).is_some() {
        pickler_memo_copy(vm, &owner)
    } else {
        unpickler_memo_copy(vm, &owner)
    }
}

fn mp_clear(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let owner = proxy_owner(vm, &args)?;
    if let Some(p) = crate::util::native_ref::<PicklerObj>(&owner) {
        let old = p.st.with(|s| std::mem::take(&mut s.memo));
        drop(old);
    } else if let Some(u) = crate::util::native_ref::<UnpicklerObj>(&owner) {
        let old = u.st.with(|s| {
            let mut m = UMemo::default();
            std::mem::swap(&mut m, &mut s.memo);
            s.memo.clear();
            m
        });
        drop(old);
    }
    Ok(Value::None)
}

fn mp_reduce(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let copy = mp_copy(vm, args)?;
    Ok(new_tuple(vec![
        Value::Obj(types().dict.clone()),
        new_tuple(vec![copy]),
    ]))
}

// ---- PickleBuffer -------------------------------------------------------------------

/// `pickle.PickleBuffer`: a buffer to be pickled out-of-band (protocol 5).
struct PickleBufferObj {
    /// The wrapped bytes-like object; Null once released.
    obj: Mut<Value>,
    readonly: bool,
}

impl NativeData for PickleBufferObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.obj.get());
    }
    fn with_buffer(&self, f: &mut dyn FnMut(&[u8])) -> bool {
        let obj = self.obj.get();
        if obj.is_null() {
            return false;
        }
        crate::util::with_bytes(&obj, |b| f(b)).is_some()
    }
    fn with_buffer_mut(&self, f: &mut dyn FnMut(&mut [u8])) -> bool {
        let obj = self.obj.get();
        if obj.is_null() || self.readonly {
            return false;
        }
        crate::util::with_bytes_mut(&obj, |b| f(b)).is_some()
    }
    fn buffer_writable(&self) -> bool {
        !self.readonly && !self.obj.get().is_null()
    }
}

pub(crate) fn pickle_buffer_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::util::new_native_type(
            "pickle",
            "PickleBuffer",
            None,
            &[
                ("raw", pb_raw),
                ("release", pb_release),
                ("__reduce_ex__", pb_reduce_ex),
            ],
        );
        crate::util::add_static_methods(&t, &[("__new__", pb_new)]);
        t
    })
    .clone()
}

fn pb_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = type_arg(vm, &args, "PickleBuffer")?;
    let r = rest(&args);
    let b = bind(vm, &r, "PickleBuffer", &["buffer"], 1, 0, 1)?;
    let obj = b[0].clone();
    let readonly = match obj.payload() {
        Some(Payload::Bytes(_)) => true,
        Some(Payload::ByteArray(_)) => false,
        Some(Payload::Native(n)) if crate::util::with_bytes(&obj, |_| ()).is_some() => {
            !n.buffer_writable()
        }
        _ => {
            return Err(vm.new_type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name_of(&obj)
            )))
        }
    };
    Ok(new_object(
        &cls,
        Box::new(PickleBufferObj {
            obj: Mut::new(obj),
            readonly,
        }),
    ))
}

fn pb_this<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a PickleBufferObj> {
    v.and_then(crate::util::native_ref::<PickleBufferObj>)
        .ok_or_else(|| {
            vm.new_type_error("descriptor requires a 'pickle.PickleBuffer' object".into())
        })
}

fn released(vm: &mut Vm) -> PyErr {
    vm.new_value_error("operation forbidden on released PickleBuffer object".into())
}

fn pb_raw(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = pb_this(vm, args.args.first())?;
    let obj = me.obj.get();
    if obj.is_null() {
        return Err(released(vm));
    }
    builtins::memoryview::memoryview_of(vm, &obj)
}

fn pb_reduce_ex(vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Err(vm.new_type_error("cannot pickle 'pickle.PickleBuffer' object".into()))
}

fn pb_release(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let me = pb_this(vm, args.args.first())?;
    let old = me.obj.replace(Value::Null);
    drop(old);
    Ok(Value::None)
}

/// The bytes of a PickleBuffer and whether it is read-only.
pub(crate) fn pickle_buffer_data(vm: &mut Vm, v: &Value) -> PyResult<(Vec<u8>, bool)> {
    let me = pb_this(vm, Some(v))?;
    let obj = me.obj.get();
    if obj.is_null() {
        return Err(released(vm));
    }
    match crate::util::bytes_copy(&obj) {
        Some(b) => Ok((b, me.readonly)),
        None => Err(released(vm)),
    }
}

// ---- module functions ---------------------------------------------------------------

/// `dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None)`.
fn m_dumps(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = bind(
        vm,
        &args,
        "dumps",
        &["obj", "protocol", "fix_imports", "buffer_callback"],
        2,
        0,
        1,
    )?;
    let proto = check_protocol(vm, &b[1])?;
    let fix = flag(vm, &b[2], true)? && proto < 3;
    let callback = if b[3].is_null() || b[3].is_none() {
        Value::Null
    } else {
        b[3].clone()
    };
    if !callback.is_null() && proto < 5 {
        return Err(vm.new_value_error("buffer_callback needs protocol >= 5".into()));
    }
    let opts = save::SaveOptions {
        proto,
        write: Value::Null,
        fast: false,
        persistent_id: Value::Null,
        reducer_override: Value::Null,
        dispatch_table: Value::Null,
        buffer_callback: callback,
        fix_imports: fix,
    };
    save::run(vm, &b[0], opts, &mut Memo::default(), &mut HashMap::new())
}

/// `dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None)`.
fn m_dump(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = bind(
        vm,
        &args,
        "dump",
        &["obj", "file", "protocol", "fix_imports", "buffer_callback"],
        3,
        0,
        2,
    )?;
    let p = p_new(vm, FuncArgs::new(&[Value::Obj(pickler_type())]))?;
    let mut init_args = vec![p.clone(), b[1].clone()];
    let mut kwnames = Vec::new();
    for (i, name) in [(2, "protocol"), (3, "fix_imports"), (4, "buffer_callback")] {
        if !b[i].is_null() {
            init_args.push(b[i].clone());
            kwnames.push(new_str(name));
        }
    }
    p_init(vm, FuncArgs::with_kw(&init_args, &kwnames))?;
    p_dump(vm, FuncArgs::new(&[p, b[0].clone()]))
}

/// `loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())`.
fn m_loads(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = bind(vm, &args, "loads", &LOAD_PARAMS, 1, 1, 1)?;
    let data = match crate::util::bytes_copy(&b[0]) {
        Some(d) => d,
        None => {
            return Err(vm.new_type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name_of(&b[0])
            )))
        }
    };
    let (fix, encoding, errors, buffers) = load_kwargs(vm, &b, "loads")?;
    let opts = load::LoadOptions {
        read: Value::Null,
        readline: Value::Null,
        find_class: Value::Null,
        persistent_load: Value::Null,
        buffers,
        encoding,
        errors,
        fix_imports: fix,
        owner: Value::Null,
    };
    load::run(vm, data, opts, &mut UMemo::default())
}

/// `load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())`.
fn m_load(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let b = bind(vm, &args, "load", &LOAD_PARAMS, 1, 0, 1)?;
    let u = u_new(vm, FuncArgs::new(&[Value::Obj(unpickler_type())]))?;
    let mut init_args = vec![u.clone(), b[0].clone()];
    let mut kwnames = Vec::new();
    for (i, name) in LOAD_PARAMS.iter().enumerate().skip(1) {
        if !b[i].is_null() {
            init_args.push(b[i].clone());
            kwnames.push(new_str(*name));
        }
    }
    u_init(vm, FuncArgs::with_kw(&init_args, &kwnames))?;
    u_load(vm, FuncArgs::new(&[u]))
}

/// Registers `_pickle`.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    copyreg_tables(vm)?;
    let m = crate::util::module_with(
        "_pickle",
        &[
            ("dump", m_dump),
            ("dumps", m_dumps),
            ("load", m_load),
            ("loads", m_loads),
        ],
    );
    let e = exc_types();
    crate::util::set_attr(&m, "PickleError", Value::Obj(e.pickle_error.clone()));
    crate::util::set_attr(&m, "PicklingError", Value::Obj(e.pickling_error.clone()));
    crate::util::set_attr(
        &m,
        "UnpicklingError",
        Value::Obj(e.unpickling_error.clone()),
    );
    crate::util::set_attr(&m, "Pickler", Value::Obj(pickler_type()));
    crate::util::set_attr(&m, "Unpickler", Value::Obj(unpickler_type()));
    crate::util::set_attr(&m, "PickleBuffer", Value::Obj(pickle_buffer_type()));
    crate::util::set_attr(&m, "PicklerMemoProxy", Value::Obj(memo_proxy_type(false)));
    crate::util::set_attr(&m, "UnpicklerMemoProxy", Value::Obj(memo_proxy_type(true)));
    Ok(m)
}
