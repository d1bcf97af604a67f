//! `type`: calling a class, creating classes (`type(name, bases, ns)` and the
//! class statement's `__build_class__`), and the attributes of types.

use super::{new_str, new_tuple, str_of, types};
use crate::object::{MemberData, MethodKind, Payload};
use crate::rc::ObjRef;
use crate::types::{bump_epoch, compute_mro, is_subtype, lookup, type_data, Layout, TypeData};
use crate::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};

/// `cls(*args, **kwargs)`.
pub fn call_type(vm: &mut Vm, cls: &ObjRef, args: FuncArgs) -> PyResult<Value> {
    let t = types();
    if cls.is(&t.type_) && args.args.len() == 1 && !args.has_kw() {
        return Ok(Value::Obj(super::type_of(&args.args[0])));
    }
    // A metaclass's own __call__ (when the class's type overrides it).
    let meta = cls.type_ref().clone();
    if !meta.is(&t.type_) {
        if let Some(c) = lookup(&meta, &super::names().__call__) {
            if !crate::protocol::is_native_slot(&c) {
                let mut all = Vec::with_capacity(args.args.len() + 1);
                all.push(Value::Obj(cls.clone()));
                all.extend_from_slice(args.args);
                return vm.call_args(&c, FuncArgs::with_kw(&all, args.kwnames));
            }
        }
    }
    type_call_default(vm, cls, args)
}

/// `type.__call__`: `__new__` then `__init__`.
pub fn type_call_default(vm: &mut Vm, cls: &ObjRef, args: FuncArgs) -> PyResult<Value> {
    let new = lookup(cls, &super::names().__new__);
    let new_fn = new.clone();
    let obj = match new {
        Some(n) => {
            let mut all = Vec::with_capacity(args.args.len() + 1);
            all.push(Value::Obj(cls.clone()));
            all.extend_from_slice(args.args);
            let n = match &n {
                Value::Obj(o) => match &o.payload {
                    Payload::StaticMethod(f) => f.get(),
                    _ => n.clone(),
                },
                _ => n.clone(),
            };
            vm.call_args(&n, FuncArgs::with_kw(&all, args.kwnames))?
        }
        None => {
            return Err(vm.new_type_error(format!(
                "cannot create '{}' instances",
                type_data(cls).name()
            )))
        }
    };
    let ot = super::type_of(&obj);
    if !is_subtype(&ot, cls) {
        return Ok(obj);
    }
    if let Some(init) = lookup(&ot, &super::names().__init__) {
        // object.__init__ after a __new__ of the type's own does nothing
        // (and raises nothing): not worth a call.
        if crate::protocol::is_object_slot(&init)
            && !matches!(&new_fn, Some(n) if crate::protocol::is_object_slot(n))
        {
            return Ok(obj);
        }
        let mut all = Vec::with_capacity(args.args.len() + 1);
        all.push(obj.clone());
        all.extend_from_slice(args.args);
        let r = vm.call_args(&init, FuncArgs::with_kw(&all, args.kwnames))?;
        if !r.is_none() {
            return Err(vm.new_type_error(format!(
                "__init__() should return None, not '{}'",
                vm.type_name(&r)
            )));
        }
    }
    Ok(obj)
}

/// Setting an attribute on a class.
pub fn type_setattr(
    vm: &mut Vm,
    cls: &ObjRef,
    name: &ObjRef,
    value: Option<Value>,
) -> PyResult<()> {
    // Data descriptors on the metaclass (e.g. __name__, __doc__ getsets) first.
    let meta = cls.type_ref().clone();
    if let Some(Value::Obj(d)) = lookup(&meta, name) {
        if let Payload::GetSetDescriptor(g) = &d.payload {
            if let (Some(set), Some(v)) = (g.set, value.clone()) {
                return set(vm, &Value::Obj(cls.clone()), v);
            }
        }
    }
    let d = match cls.dict.get() {
        Some(d) => d,
        None => return Err(vm.new_type_error("type has no dict".to_string())),
    };
    let n = str_of_obj(name).to_string();
    match value {
        Some(v) => super::dict_set_obj(&d, name.clone(), v),
        None => {
            if super::dict_del_str(&d, &n).is_none() {
                bump_epoch();
                return Err(vm.new_exception_msg(
                    &types().exc.attribute_error,
                    format!(
                        "type object '{}' has no attribute '{}'",
                        type_data(cls).name(),
                        n
                    ),
                ));
            }
        }
    }
    if n == "__del__" {
        type_data(cls)
            .has_del
            .set(lookup_uncached_any(cls, "__del__"));
    }
    bump_epoch();
    Ok(())
}

fn str_of_obj(o: &ObjRef) -> &str {
    super::str_of_obj(o)
}

fn lookup_uncached_any(cls: &ObjRef, name: &str) -> bool {
    crate::types::lookup_uncached(cls, name, crate::str::hash_str(name)).is_some()
}

/// The most derived metaclass of `meta` and the bases' types.
fn calculate_metaclass(vm: &mut Vm, meta: &ObjRef, bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = b.type_ref().clone();
        if is_subtype(&winner, &bt) {
            continue;
        }
        if is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(vm.new_type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases".to_string(),
        ));
    }
    Ok(winner)
}

/// The built-in layout a class inherits (all bases must agree).
fn solid_layout(vm: &mut Vm, bases: &[ObjRef]) -> PyResult<Layout> {
    let mut layout = Layout::Object;
    for b in bases {
        let l = type_data(b).layout;
        let l = if l == Layout::Bool { Layout::Int } else { l };
        if l == Layout::Object {
            continue;
        }
        if layout == Layout::Object {
            layout = l;
        } else if layout != l {
            return Err(
                vm.new_type_error("multiple bases have instance lay-out conflict".to_string())
            );
        }
    }
    Ok(layout)
}

/// `type(name, bases, dict, **kwds)` / `type.__new__`.
fn type_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = args.pos();
    let meta = match pos.first() {
        Some(Value::Obj(m)) if matches!(m.payload, Payload::Type(_)) => m.clone(),
        _ => return Err(vm.new_type_error("type.__new__(X): X is not a type object".to_string())),
    };
    if pos.len() == 2 {
        return Ok(Value::Obj(super::type_of(&pos[1])));
    }
    if pos.len() != 4 {
        return Err(vm.new_type_error("type() takes 1 or 3 arguments".to_string()));
    }
    let name = &pos[1];
    if !super::is_str(name) {
        return Err(vm.new_type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(name)
        )));
    }
    let bases_v = super::list_items(&pos[2]);
    let ns = match &pos[3] {
        Value::Obj(d) if matches!(d.payload, Payload::Dict(_)) => d.clone(),
        v => {
            return Err(vm.new_type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                vm.type_name(v)
            )))
        }
    };
    // The metaclass is settled first, over the types of all the bases.
    let base_types: Vec<ObjRef> = bases_v.iter().map(super::type_of).collect();
    {
        let mut winner = meta.clone();
        for bt in &base_types {
            if is_subtype(&winner, bt) {
                continue;
            }
            if is_subtype(bt, &winner) {
                winner = bt.clone();
                continue;
            }
            return Err(vm.new_type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases".to_string(),
            ));
        }
    }
    let mut bases: Vec<ObjRef> = Vec::new();
    for b in &bases_v {
        match b {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
                if !type_data(o).basetype {
                    return Err(vm.new_type_error(format!(
                        "type '{}' is not an acceptable base type",
                        type_data(o).name()
                    )));
                }
                bases.push(o.clone());
            }
            _ => return Err(vm.new_type_error("bases must be types".to_string())),
        }
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(vm.new_type_error(format!("duplicate base class {}", type_data(b).name())));
        }
    }
    if bases.is_empty() {
        bases.push(types().object.clone());
    }
    let meta = calculate_metaclass(vm, &meta, &bases)?;
    let layout = solid_layout(vm, &bases)?;
    // __slots__: member descriptors, and no __dict__ unless asked for.
    let slots_v = super::dict_get_str(&ns, "__slots__");
    let inherited_slots: usize = bases.iter().map(|b| type_data(b).nslots).max().unwrap_or(0);
    let base_has_dict = bases.iter().any(|b| type_data(b).has_dict);
    let mut slot_names: Vec<String> = Vec::new();
    let mut want_dict = true;
    if let Some(sv) = &slots_v {
        want_dict = false;
        let items = if super::is_str(sv) {
            vec![sv.clone()]
        } else {
            vm.iterate(sv)?
        };
        for it in items {
            let n = str_of(&it).to_string();
            if super::dict_get_str(&ns, &n).is_some() {
                return Err(
                    vm.new_value_error(format!("'{n}' in __slots__ conflicts with class variable"))
                );
            }
            if n == "__dict__" {
                want_dict = true;
            } else if n != "__weakref__" {
                slot_names.push(n);
            }
        }
    }
    let has_dict = want_dict || base_has_dict || (layout != Layout::Object && slots_v.is_none());
    let nslots = inherited_slots + slot_names.len();
    let name_s = str_of(name).to_string();
    let td = TypeData::new(
        &name_s,
        layout,
        true,
        true,
        has_dict || layout == Layout::Exception,
        nslots,
    );
    let cls = ObjRef::new(meta.clone(), Payload::Type(Box::new(td)));
    // The class dict: a copy of the namespace.
    let dict = super::new_dict();
    for (k, v) in super::dict::dict_items_of(&ns) {
        super::dict::dict_setitem(vm, &dict, k, v)?;
    }
    cls.dict.set(Some(dict.clone()));
    for b in &bases {
        if let Payload::Type(bt) = &b.payload {
            bt.subclasses.with(|s| s.push(cls.addr()));
        }
    }
    if let Payload::Type(td) = &cls.payload {
        td.bases.set(bases.clone());
        let mro = compute_mro(&cls, &bases).map_err(|m| vm.new_type_error(m))?;
        td.mro.set(mro);
        if let Some(q) = super::dict_get_str(&dict, "__qualname__") {
            if !super::is_str(&q) {
                return Err(vm.new_type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    vm.type_name(&q)
                )));
            }
            td.qualname.set(str_of(&q).to_string());
            super::dict_del_str(&dict, "__qualname__");
        }
        td.has_del.set(lookup_uncached_any(&cls, "__del__"));
    }
    if super::dict_get_str(&dict, "__module__").is_none() {
        let module = match vm.frames.last() {
            // SAFETY: frames listed on the VM are live.
            Some(f) => super::dict_get_str(unsafe { &(**f).globals }, "__name__"),
            None => None,
        };
        if let Some(m) = module {
            super::dict_set_str(&dict, "__module__", m);
        }
    }
    if super::dict_get_str(&dict, "__doc__").is_none() {
        super::dict_set_str(&dict, "__doc__", Value::None);
    }
    for (i, n) in slot_names.iter().enumerate() {
        let md = ObjRef::new(
            types().member_descriptor.clone(),
            Payload::MemberDescriptor(Box::new(MemberData {
                name: super::intern(n),
                index: inherited_slots + i,
                owner: cls.clone(),
            })),
        );
        super::dict_set_str(&dict, n, Value::Obj(md));
    }
    if has_dict && !base_has_dict {
        super::dict_set_str(&dict, "__dict__", super::object::dict_descriptor(&cls));
    }
    // __init_subclass__ and __new__ are implicitly class/static methods.
    if let Some(f) = super::dict_get_str(&dict, "__init_subclass__") {
        if matches!(&f, Value::Obj(o) if matches!(o.payload, Payload::Function(_))) {
            let cm = ObjRef::new(
                types().classmethod.clone(),
                Payload::ClassMethod(crate::object::Mut::new(f)),
            );
            super::dict_set_str(&dict, "__init_subclass__", Value::Obj(cm));
        }
    }
    if let Some(f) = super::dict_get_str(&dict, "__class_getitem__") {
        if matches!(&f, Value::Obj(o) if matches!(o.payload, Payload::Function(_))) {
            let cm = ObjRef::new(
                types().classmethod.clone(),
                Payload::ClassMethod(crate::object::Mut::new(f)),
            );
            super::dict_set_str(&dict, "__class_getitem__", Value::Obj(cm));
        }
    }
    if let Some(f) = super::dict_get_str(&dict, "__new__") {
        if matches!(&f, Value::Obj(o) if matches!(o.payload, Payload::Function(_))) {
            let sm = ObjRef::new(
                types().staticmethod.clone(),
                Payload::StaticMethod(crate::object::Mut::new(f)),
            );
            super::dict_set_str(&dict, "__new__", Value::Obj(sm));
        }
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    if super::dict_get_str(&dict, "__eq__").is_some()
        && super::dict_get_str(&dict, "__hash__").is_none()
    {
        super::dict_set_str(&dict, "__hash__", Value::None);
    }
    bump_epoch();
    let cls_v = Value::Obj(cls.clone());
    // __classcell__ for zero-argument super().
    if let Some(cell) = super::dict_get_str(&dict, "__classcell__") {
        if let Value::Obj(c) = &cell {
            if let Payload::Cell(cv) = &c.payload {
                cv.set(cls_v.clone());
            }
        }
        super::dict_del_str(&dict, "__classcell__");
    }
    // __set_name__ on the attributes.
    for (k, v) in super::dict::dict_items_of(&dict) {
        let vt = super::type_of(&v);
        if let Some(sn) = lookup(&vt, &super::names().__set_name__) {
            vm.call(&sn, &[v.clone(), cls_v.clone(), k.clone()])?;
        }
    }
    // __init_subclass__ of the parent, with the class keywords.
    let parent = match bases.first() {
        Some(b) => b.clone(),
        None => types().object.clone(),
    };
    let sup = ObjRef::new(
        types().super_.clone(),
        Payload::Super(Box::new((
            Value::Obj(cls.clone()),
            cls_v.clone(),
            Value::Obj(cls.clone()),
        ))),
    );
    let _ = parent;
    let init_sub = super::function::super_getattribute(
        vm,
        FuncArgs::new(&[Value::Obj(sup), new_str("__init_subclass__")]),
    )?;
    let kw: Vec<Value> = args.kwnames.to_vec();
    let kwvals: Vec<Value> = args.args[args.args.len() - args.kwnames.len()..].to_vec();
    vm.call_args(&init_sub, FuncArgs::with_kw(&kwvals, &kw))?;
    Ok(cls_v)
}

fn type_init(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => {
            type_call_default(vm, c, FuncArgs::with_kw(&args.args[1..], args.kwnames))
        }
        _ => Err(vm.new_type_error("descriptor '__call__' requires a 'type' object".to_string())),
    }
}

/// `builtins.__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.new_type_error("__build_class__: not enough arguments".to_string()));
    }
    let func = pos[0].clone();
    let name = pos[1].clone();
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    // __mro_entries__ (PEP 560).
    let mut bases: Vec<Value> = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if matches!(b, Value::Obj(o) if matches!(o.payload, Payload::Type(_))) {
            bases.push(b.clone());
            continue;
        }
        match vm.get_attr_opt(b, "__mro_entries__")? {
            Some(me) => {
                let r = vm.call(&me, &[new_tuple(orig_bases.clone())])?;
                bases.extend(vm.iterate(&r)?);
                changed = true;
            }
            None => bases.push(b.clone()),
        }
    }
    let mut meta: Option<Value> = None;
    let mut kwnames: Vec<Value> = Vec::new();
    let mut kwvals: Vec<Value> = Vec::new();
    for (k, v) in args.kw() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwnames.push(new_str(k));
            kwvals.push(v.clone());
        }
    }
    let base_types: Vec<ObjRef> = bases
        .iter()
        .filter_map(|b| {
            if let Value::Obj(o) = b {
                if matches!(o.payload, Payload::Type(_)) {
                    Some(o.clone())
                } else {
                    None
                }
            } else {
                None
            }
        })
        .collect();
    let meta = match meta {
        Some(Value::Obj(m)) if matches!(m.payload, Payload::Type(_)) => {
            Value::Obj(calculate_metaclass(vm, &m, &base_types)?)
        }
        Some(m) => m,
        None => match base_types.first() {
            Some(b) => Value::Obj(calculate_metaclass(vm, &b.type_ref().clone(), &base_types)?),
            None => Value::Obj(types().type_.clone()),
        },
    };
    let bases_t = new_tuple(bases.clone());
    // The namespace from __prepare__.
    let ns = match vm.get_attr_opt(&meta, "__prepare__")? {
        Some(p) => {
            let mut a = vec![name.clone(), bases_t.clone()];
            a.extend(kwvals.iter().cloned());
            vm.call_args(&p, FuncArgs::with_kw(&a, &kwnames))?
        }
        None => Value::Obj(super::new_dict()),
    };
    // Run the class body with the namespace as its locals.
    let fobj = match &func {
        Value::Obj(o) => o.clone(),
        _ => return Err(vm.new_type_error("__build_class__: func must be a function".to_string())),
    };
    let fd = match &fobj.payload {
        Payload::Function(f) => f,
        _ => return Err(vm.new_type_error("__build_class__: func must be a function".to_string())),
    };
    let mut frame = crate::frame::Frame::new(
        &mut vm.frame_pool,
        fd.code.clone(),
        fd.globals.clone(),
        fd.builtins.clone(),
        ns.clone(),
    );
    {
        let code = frame.code_data().code.clone();
        let nvars = code.varnames.len();
        for i in 0..code.cellvars.len() {
            frame.values[nvars + i] = super::new_cell(Value::Null);
        }
        if let Value::Obj(t) = &fd.closure {
            let cells = super::tuple_items(t);
            for (j, c) in cells.iter().enumerate().take(code.freevars.len()) {
                frame.values[nvars + code.cellvars.len() + j] = c.clone();
            }
        }
    }
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
    r?;
    if changed {
        crate::protocol::mapping_set(vm, &ns, new_str("__orig_bases__"), new_tuple(orig_bases))?;
    }
    let mut a = vec![name, bases_t, ns];
    a.extend(kwvals);
    vm.call_args(&meta, FuncArgs::with_kw(&a, &kwnames))
}

// ---- attributes of types -----------------------------------------------------

fn cls_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => Ok(o),
        _ => Err(vm.new_type_error("type expected".to_string())),
    }
}

fn t_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(type_data(cls_of(vm, v)?).name.get()))
}

fn t_set_name(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let c = cls_of(vm, v)?;
    if !super::is_str(&new) {
        return Err(vm.new_type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            type_data(c).name(),
            vm.type_name(&new)
        )));
    }
    type_data(c).name.set(str_of(&new).to_string());
    type_data(c).tp_name.set(None);
    Ok(())
}

fn t_qualname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(type_data(cls_of(vm, v)?).qualname.get()))
}

fn t_set_qualname(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let c = cls_of(vm, v)?;
    type_data(c).qualname.set(str_of(&new).to_string());
    Ok(())
}

fn t_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = cls_of(vm, v)?;
    // `type`'s own dict holds this getset under __module__: that means builtins.
    Ok(c.dict
        .get()
        .and_then(|d| super::dict_get_str(&d, "__module__"))
        .filter(
            |m| !matches!(m, Value::Obj(o) if matches!(o.payload, Payload::GetSetDescriptor(_))),
        )
        .unwrap_or_else(|| new_str("builtins")))
}

fn t_set_module(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let c = cls_of(vm, v)?;
    if let Some(d) = c.dict.get() {
        super::dict_set_str(&d, "__module__", new);
    }
    Ok(())
}

fn t_bases(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = cls_of(vm, v)?;
    Ok(new_tuple(
        type_data(c)
            .bases
            .get()
            .into_iter()
            .map(Value::Obj)
            .collect(),
    ))
}

fn t_base(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = cls_of(vm, v)?;
    Ok(type_data(c)
        .bases
        .get()
        .into_iter()
        .next()
        .map(Value::Obj)
        .unwrap_or(Value::None))
}

fn t_mro_attr(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = cls_of(vm, v)?;
    Ok(new_tuple(
        type_data(c).mro.get().into_iter().map(Value::Obj).collect(),
    ))
}

fn t_mro(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let c = cls_of(vm, args.args.first().unwrap_or(&Value::None))?;
    Ok(super::new_list(
        type_data(c).mro.get().into_iter().map(Value::Obj).collect(),
    ))
}

fn t_dict(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = cls_of(vm, v)?;
    Ok(c.dict
        .get()
        .map(|d| super::mappingproxy::new_proxy(Value::Obj(d)))
        .unwrap_or(Value::None))
}

fn t_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = cls_of(vm, v)?;
    let d = c
        .dict
        .get()
        .and_then(|d| super::dict_get_str(&d, "__doc__"))
        .unwrap_or(Value::None);
    vm.descriptor_get(d, Value::None, v.clone())
}

fn t_set_doc(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let c = cls_of(vm, v)?;
    if let Some(d) = c.dict.get() {
        super::dict_set_str(&d, "__doc__", new);
    }
    Ok(())
}

fn t_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = cls_of(vm, v)?;
    if let Some(d) = c.dict.get() {
        if let Some(a) = super::dict_get_str(&d, "__annotations__") {
            return Ok(a);
        }
        let a = Value::Obj(super::new_dict());
        super::dict_set_str(&d, "__annotations__", a.clone());
        return Ok(a);
    }
    Ok(Value::None)
}

fn t_abstractmethods(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = cls_of(vm, v)?;
    match c
        .dict
        .get()
        .and_then(|d| super::dict_get_str(&d, "__abstractmethods__"))
    {
        Some(a) => Ok(a),
        None => Err(vm.new_exception_msg(
            &types().exc.attribute_error,
            "__abstractmethods__".to_string(),
        )),
    }
}

fn t_set_abstractmethods(vm: &mut Vm, v: &Value, new: Value) -> PyResult<()> {
    let c = cls_of(vm, v)?;
    if let Some(d) = c.dict.get() {
        super::dict_set_str(&d, "__abstractmethods__", new);
    }
    bump_epoch();
    Ok(())
}

fn t_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    Ok(new_str(
        super::repr::payload_repr(vm, &v)?.unwrap_or_default(),
    ))
}

fn t_subclasses(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let c = cls_of(vm, args.args.first().unwrap_or(&Value::None))?;
    let addrs = type_data(c).subclasses.get();
    // SAFETY: a type removes itself from its bases' lists when it is freed,
    // so every address listed is a live type object.
    let subs = addrs
        .into_iter()
        .map(|a| Value::Obj(unsafe { ObjRef::from_borrowed(a as *const crate::object::PyObject) }))
        .collect();
    Ok(super::new_list(subs))
}

fn t_instancecheck(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let c = cls_of(vm, args.args.first().unwrap_or(&Value::None))?.clone();
    let obj = args.args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(is_subtype(&super::type_of(&obj), &c)))
}

fn t_subclasscheck(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let c = cls_of(vm, args.args.first().unwrap_or(&Value::None))?.clone();
    let sub = cls_of(vm, args.args.get(1).unwrap_or(&Value::None))?.clone();
    Ok(Value::Bool(is_subtype(&sub, &c)))
}

fn t_prepare(_vm: &mut Vm, _args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Obj(super::new_dict()))
}

fn t_or(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    // `int | str` (PEP 604): a types.UnionType.
    let m = crate::import::import_module(vm, "_generic_alias")?;
    let union = vm.get_attr_str(&m, "_union")?;
    vm.call(&union, args.pos())
}

fn t_ror(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let mut swapped = args.pos().to_vec();
    swapped.reverse();
    t_or(vm, FuncArgs::new(&swapped))
}

fn t_getattribute(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = args.args.first().cloned().unwrap_or(Value::None);
    let name = args.args.get(1).cloned().unwrap_or(Value::None);
    let n = super::intern(str_of(&name));
    let t = super::type_of(&obj);
    match vm.generic_getattr(&obj, &t, &n)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(&obj, &n)),
    }
}

fn t_setattr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let obj = args.args.first().cloned().unwrap_or(Value::None);
    let name = args.args.get(1).cloned().unwrap_or(Value::None);
    let n = super::intern(str_of(&name));
    vm.generic_setattr(
        &obj,
        &n,
        Some(args.args.get(2).cloned().unwrap_or(Value::None)),
    )?;
    Ok(Value::None)
}

/// `list[int]` etc.: a types.GenericAlias.
pub fn class_getitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = crate::import::import_module(vm, "_generic_alias")?;
    let ga = vm.get_attr_str(&m, "GenericAlias")?;
    vm.call(&ga, args.pos())
}

pub fn register() {
    let all = types();
    for t in [
        &all.list,
        &all.dict,
        &all.tuple,
        &all.set,
        &all.frozenset,
        &all.type_,
        &all.enumerate,
        &all.dict_keys,
        &all.dict_values,
        &all.dict_items,
        &all.reversed,
        &all.zip,
        &all.map,
        &all.filter,
    ] {
        super::types::add_methods_kind(
            t,
            &[("__class_getitem__", class_getitem)],
            MethodKind::Class,
        );
    }
    let t = &types().type_;
    super::types::add_methods_kind(t, &[("__new__", type_new)], MethodKind::Static);
    super::types::add_methods_kind(t, &[("__prepare__", t_prepare)], MethodKind::Class);
    super::types::add_methods(
        t,
        &[
            ("__init__", type_init),
            ("__call__", type_call),
            ("mro", t_mro),
            ("__repr__", t_repr),
            ("__subclasses__", t_subclasses),
            ("__instancecheck__", t_instancecheck),
            ("__subclasscheck__", t_subclasscheck),
            ("__or__", t_or),
            ("__ror__", t_ror),
            ("__getattribute__", t_getattribute),
            ("__setattr__", t_setattr),
        ],
    );
    super::types::add_getsets(
        t,
        &[
            ("__name__", t_name, Some(t_set_name)),
            ("__qualname__", t_qualname, Some(t_set_qualname)),
            ("__module__", t_module, Some(t_set_module)),
            ("__bases__", t_bases, None),
            ("__base__", t_base, None),
            ("__mro__", t_mro_attr, None),
            ("__dict__", t_dict, None),
            ("__doc__", t_doc, Some(t_set_doc)),
            ("__annotations__", t_annotations, None),
            (
                "__abstractmethods__",
                t_abstractmethods,
                Some(t_set_abstractmethods),
            ),
        ],
    );
}
