//! The object protocols: attribute access with the descriptor rules, the
//! operators with their reflected and in-place forms, comparisons, truth,
//! length, hashing, iteration, subscripts, str/repr/format.
//!
//! Each protocol tries the native behaviour of exact built-in types first
//! (no method lookup, no call), then the special methods found on the type.

use crate::builtins::{self, names, str_of, types};
use crate::object::{MethodKind, Payload};
use crate::rc::ObjRef;
use crate::types::{is_subtype, lookup, type_data};
use crate::value::Value;
use crate::vm::{FuncArgs, PyErr, PyResult, Vm};
use baton_compiler::opcode::{BinaryOperator, ComparisonOperator};

impl Vm {
    /// The type of a value (a new reference).
    #[inline]
    pub fn type_of(&self, v: &Value) -> ObjRef {
        builtins::type_of(v)
    }

    /// Calls a special method found on an object's type, `args[0]` being
    /// the object: a plain function or native method gets the object as its
    /// first argument; anything else goes through the descriptor protocol
    /// (`__get__`, as CPython's slot lookup does) or, without one, is called
    /// as it is.
    pub fn call_special(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        if let Value::Obj(o) = f {
            match &o.payload {
                Payload::Function(_) | Payload::MethodDescriptor(_) => return self.call(f, args),
                Payload::BuiltinFunction(b) if b.bound.is_null() => return self.call(f, args),
                _ => {}
            }
            if let Some((this, rest)) = args.split_first() {
                if lookup(o.type_ref(), &names().__get__).is_some() {
                    let owner = Value::Obj(self.type_of(this));
                    let bound = self.descriptor_get(f.clone(), this.clone(), owner)?;
                    return self.call(&bound, rest);
                }
                return self.call(f, rest);
            }
        }
        self.call(f, args)
    }

    pub fn type_name(&self, v: &Value) -> String {
        type_data(&builtins::type_of(v)).name()
    }

    // ---- attributes ---------------------------------------------------------

    pub fn get_attr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            if let Payload::Super(_) = &o.payload {
                let args = [obj.clone(), Value::Obj(name.clone())];
                return crate::builtins::function::super_getattribute(self, FuncArgs::new(&args));
            }
        }
        let t = builtins::type_of(obj);
        if type_data(&t).heap {
            if let Some(ga) = lookup(&t, &names().__getattribute__) {
                if !is_native_getattribute(&ga) {
                    let r = self.call(&ga, &[obj.clone(), Value::Obj(name.clone())]);
                    return self.getattr_fallback(obj, &t, name, r);
                }
            }
        }
        let r = self.generic_getattr(obj, &t, name);
        match r {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                // A bound method forwards unknown attributes to its function
                // (`obj.method.some_flag`), as CPython's method_getattro.
                if let Value::Obj(o) = obj {
                    if let Payload::BoundMethod(bm) = &o.payload {
                        let func = bm.0.clone();
                        return self.get_attr(&func, name);
                    }
                }
                let e = self.attribute_error(obj, name);
                self.getattr_fallback(obj, &t, name, Err(e))
            }
            Err(e) => self.getattr_fallback(obj, &t, name, Err(e)),
        }
    }

    /// On AttributeError, tries `__getattr__`.
    fn getattr_fallback(
        &mut self,
        obj: &Value,
        t: &ObjRef,
        name: &ObjRef,
        r: PyResult<Value>,
    ) -> PyResult<Value> {
        match r {
            Err(e) if builtins::exc_matches(&e, &types().exc.attribute_error) => {
                if type_data(t).heap {
                    if let Some(ga) = lookup(t, &names().__getattr__) {
                        return self.call(&ga, &[obj.clone(), Value::Obj(name.clone())]);
                    }
                }
                if let Value::Obj(o) = obj {
                    if matches!(o.payload, Payload::Module(_)) {
                        if let Some(d) = o.dict.get() {
                            if let Some(ga) = builtins::dict_get_str(&d, "__getattr__") {
                                return self.call(&ga, &[Value::Obj(name.clone())]);
                            }
                        }
                    }
                }
                Err(e)
            }
            other => other,
        }
    }

    pub fn attribute_error(&mut self, obj: &Value, name: &ObjRef) -> PyErr {
        let n = str_of_obj(name);
        let msg = match obj {
            Value::Obj(o) => match &o.payload {
                Payload::Module(m) => format!("module '{}' has no attribute '{}'", m.name.get(), n),
                Payload::Type(td) => {
                    format!("type object '{}' has no attribute '{}'", td.name(), n)
                }
                _ => format!("'{}' object has no attribute '{}'", self.type_name(obj), n),
            },
            _ => format!("'{}' object has no attribute '{}'", self.type_name(obj), n),
        };
        let e = self.new_exception_msg(&types().exc.attribute_error, msg);
        builtins::set_exc_attr(&e, "name", Value::Obj(name.clone()));
        builtins::set_exc_attr(&e, "obj", obj.clone());
        e
    }

    /// `object.__getattribute__`: the descriptor rules. None if not found.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        t: &ObjRef,
        name: &ObjRef,
    ) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = obj {
            if let Payload::Type(_) = &o.payload {
                return self.type_getattr(o, t, name);
            }
        }
        let descr = lookup(t, name);
        if let Some(d) = &descr {
            if let Some(r) = self.data_descriptor_get(d, obj, t)? {
                return Ok(Some(r));
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(dict) = o.dict.get() {
                if let Some(v) = builtins::dict_get_key_obj(self, &dict, name)? {
                    return Ok(Some(v));
                }
            }
        }
        match descr {
            Some(d) => Ok(Some(self.descriptor_get(
                d,
                obj.clone(),
                Value::Obj(t.clone()),
            )?)),
            None => Ok(None),
        }
    }

    /// Attribute lookup on a type object (`type.__getattribute__`).
    fn type_getattr(
        &mut self,
        cls: &ObjRef,
        meta: &ObjRef,
        name: &ObjRef,
    ) -> PyResult<Option<Value>> {
        let meta_attr = lookup(meta, name);
        if let Some(d) = &meta_attr {
            if let Some(r) = self.data_descriptor_get(d, &Value::Obj(cls.clone()), meta)? {
                return Ok(Some(r));
            }
        }
        if let Some(v) = lookup(cls, name) {
            // Descriptors found on the class itself are bound with instance None.
            return Ok(Some(self.descriptor_get(
                v,
                Value::None,
                Value::Obj(cls.clone()),
            )?));
        }
        match meta_attr {
            Some(d) => Ok(Some(self.descriptor_get(
                d,
                Value::Obj(cls.clone()),
                Value::Obj(meta.clone()),
            )?)),
            None => Ok(None),
        }
    }

    /// If `d` is a data descriptor, its `__get__(obj, type)`.
    fn data_descriptor_get(
        &mut self,
        d: &Value,
        obj: &Value,
        t: &ObjRef,
    ) -> PyResult<Option<Value>> {
        let o = match d {
            Value::Obj(o) => o,
            _ => return Ok(None),
        };
        match &o.payload {
            Payload::Property(p) => {
                let fget = p.fget.get();
                if fget.is_none() || fget.is_null() {
                    let pname = p.name.get();
                    let msg = if pname.is_null() || pname.is_none() {
                        "unreadable attribute".to_string()
                    } else {
                        format!(
                            "property '{}' of '{}' object has no getter",
                            str_of(&pname),
                            self.type_name(obj)
                        )
                    };
                    return Err(self.new_exception_msg(&types().exc.attribute_error, msg));
                }
                Ok(Some(self.call(&fget, std::slice::from_ref(obj))?))
            }
            Payload::MemberDescriptor(m) => {
                let v = match obj {
                    Value::Obj(inst) => match &inst.payload {
                        Payload::Object(slots) => slots
                            .with(|s| s.get(m.index).cloned())
                            .unwrap_or(Value::Null),
                        _ => Value::Null,
                    },
                    _ => Value::Null,
                };
                if v.is_null() {
                    let e = self.new_exception_msg(
                        &types().exc.attribute_error,
                        format!(
                            "'{}' object has no attribute '{}'",
                            self.type_name(obj),
                            str_of_obj(&m.name)
                        ),
                    );
                    return Err(e);
                }
                Ok(Some(v))
            }
            Payload::GetSetDescriptor(g) => Ok(Some((g.get)(self, obj)?)),
            Payload::Function(_)
            | Payload::MethodDescriptor(_)
            | Payload::ClassMethod(_)
            | Payload::StaticMethod(_)
            | Payload::BuiltinFunction(_)
            | Payload::Str(_) => Ok(None),
            _ => {
                if !type_data(o.type_ref()).heap {
                    return Ok(None);
                }
                let dt = o.type_ref().clone();
                if lookup(&dt, &names().__set__).is_some()
                    || lookup(&dt, &names().__delete__).is_some()
                {
                    if let Some(get) = lookup(&dt, &names().__get__) {
                        return Ok(Some(
                            self.call(&get, &[d.clone(), obj.clone(), Value::Obj(t.clone())])?,
                        ));
                    }
                    return Ok(Some(d.clone()));
                }
                Ok(None)
            }
        }
    }

    /// Binds a non-data descriptor found on a type: `d.__get__(obj, owner)`.
    pub fn descriptor_get(&mut self, d: Value, obj: Value, owner: Value) -> PyResult<Value> {
        let o = match &d {
            Value::Obj(o) => o,
            _ => return Ok(d),
        };
        match &o.payload {
            Payload::Function(_) => {
                if obj.is_none() {
                    Ok(d)
                } else {
                    Ok(builtins::new_bound_method(d.clone(), obj))
                }
            }
            Payload::MethodDescriptor(m) => match m.kind {
                MethodKind::Instance => {
                    if obj.is_none() {
                        Ok(d)
                    } else {
                        Ok(Value::Obj(Vm::new_builtin_function(
                            m.name, m.func, obj, None,
                        )))
                    }
                }
                MethodKind::Class => {
                    let cls = if obj.is_none() {
                        owner
                    } else {
                        Value::Obj(builtins::type_of(&obj))
                    };
                    Ok(Value::Obj(Vm::new_builtin_function(
                        m.name, m.func, cls, None,
                    )))
                }
                MethodKind::Static => Ok(Value::Obj(Vm::new_builtin_function(
                    m.name,
                    m.func,
                    Value::Null,
                    None,
                ))),
            },
            Payload::ClassMethod(f) => {
                let cls = if obj.is_none() {
                    owner
                } else {
                    Value::Obj(builtins::type_of(&obj))
                };
                Ok(builtins::new_bound_method(f.get(), cls))
            }
            Payload::StaticMethod(f) => Ok(f.get()),
            Payload::Property(_) | Payload::MemberDescriptor(_) | Payload::GetSetDescriptor(_) => {
                if obj.is_none() {
                    Ok(d)
                } else {
                    Ok(self
                        .data_descriptor_get(&d, &obj, &builtins::type_of(&owner))?
                        .unwrap_or(Value::None))
                }
            }
            _ => {
                if type_data(o.type_ref()).heap {
                    if let Some(get) = lookup(o.type_ref(), &names().__get__) {
                        return self.call(&get, &[d.clone(), obj, owner]);
                    }
                }
                Ok(d)
            }
        }
    }

    /// LOAD_METHOD: `(unbound method, self)` without making a bound method
    /// when possible, else `(NULL, attribute)`.
    pub fn load_method(&mut self, obj: Value, name: &ObjRef) -> PyResult<(Value, Value)> {
        let t = builtins::type_of(&obj);
        let plain = match &obj {
            Value::Obj(o) => !matches!(o.payload, Payload::Type(_) | Payload::Super(_)),
            _ => true,
        };
        if plain
            && (!type_data(&t).heap
                || lookup(&t, &names().__getattribute__)
                    .map(|g| is_native_getattribute(&g))
                    .unwrap_or(true))
        {
            if let Some(d) = lookup(&t, name) {
                let is_method = match &d {
                    Value::Obj(o) => {
                        matches!(&o.payload, Payload::Function(_))
                            || matches!(&o.payload, Payload::MethodDescriptor(m) if m.kind == MethodKind::Instance)
                    }
                    _ => false,
                };
                if is_method {
                    let shadowed = match &obj {
                        Value::Obj(o) => match o.dict.get() {
                            Some(dict) => builtins::dict_has_name(&dict, name),
                            None => false,
                        },
                        _ => false,
                    };
                    if !shadowed {
                        return Ok((d, obj));
                    }
                }
            }
        }
        let v = self.get_attr(&obj, name)?;
        Ok((Value::Null, v))
    }

    pub fn set_attr(&mut self, obj: &Value, name: &ObjRef, value: Value) -> PyResult<()> {
        let t = builtins::type_of(obj);
        if type_data(&t).heap {
            if let Some(sa) = lookup(&t, &names().__setattr__) {
                if !is_native_slot(&sa) {
                    self.call(&sa, &[obj.clone(), Value::Obj(name.clone()), value])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, Some(value))
    }

    pub fn del_attr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<()> {
        let t = builtins::type_of(obj);
        if type_data(&t).heap {
            if let Some(da) = lookup(&t, &names().__delattr__) {
                if !is_native_slot(&da) {
                    self.call(&da, &[obj.clone(), Value::Obj(name.clone())])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (value None).
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        name: &ObjRef,
        value: Option<Value>,
    ) -> PyResult<()> {
        let t = builtins::type_of(obj);
        if let Value::Obj(o) = obj {
            if let Payload::Type(td) = &o.payload {
                if !td.heap {
                    return Err(self.new_type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        str_of_obj(name),
                        td.name()
                    )));
                }
                return crate::builtins::type_::type_setattr(self, o, name, value);
            }
        }
        if let Some(d) = lookup(&t, name) {
            if let Value::Obj(dobj) = &d {
                match &dobj.payload {
                    Payload::Property(p) => {
                        let f = if value.is_some() {
                            p.fset.get()
                        } else {
                            p.fdel.get()
                        };
                        if f.is_none() || f.is_null() {
                            let pname = p.name.get();
                            let what = if value.is_some() { "setter" } else { "deleter" };
                            let msg = if pname.is_null() || pname.is_none() {
                                if value.is_some() {
                                    "can't set attribute".to_string()
                                } else {
                                    "can't delete attribute".to_string()
                                }
                            } else {
                                format!(
                                    "property '{}' of '{}' object has no {}",
                                    str_of(&pname),
                                    self.type_name(obj),
                                    what
                                )
                            };
                            return Err(self.new_exception_msg(&types().exc.attribute_error, msg));
                        }
                        match value {
                            Some(v) => self.call(&f, &[obj.clone(), v])?,
                            None => self.call(&f, std::slice::from_ref(obj))?,
                        };
                        return Ok(());
                    }
                    Payload::MemberDescriptor(m) => {
                        if let Value::Obj(inst) = obj {
                            if let Payload::Object(slots) = &inst.payload {
                                let missing = value.is_none()
                                    && slots.with(|s| {
                                        s.get(m.index).map(|v| v.is_null()).unwrap_or(true)
                                    });
                                if missing {
                                    return Err(self.new_exception_msg(
                                        &types().exc.attribute_error,
                                        str_of_obj(&m.name).to_string(),
                                    ));
                                }
                                let old = slots.with(|s| {
                                    s.get_mut(m.index).map(|slot| {
                                        std::mem::replace(slot, value.unwrap_or(Value::Null))
                                    })
                                });
                                drop(old);
                                return Ok(());
                            }
                        }
                    }
                    Payload::GetSetDescriptor(g) => {
                        return match (g.set, value) {
                            (Some(set), Some(v)) => set(self, obj, v),
                            _ => Err(self.new_exception_msg(
                                &types().exc.attribute_error,
                                "readonly attribute".to_string(),
                            )),
                        };
                    }
                    _ => {
                        if type_data(dobj.type_ref()).heap {
                            let dt = dobj.type_ref().clone();
                            let hook = if value.is_some() {
                                lookup(&dt, &names().__set__)
                            } else {
                                lookup(&dt, &names().__delete__)
                            };
                            if let Some(h) = hook {
                                match value {
                                    Some(v) => self.call(&h, &[d.clone(), obj.clone(), v])?,
                                    None => self.call(&h, &[d.clone(), obj.clone()])?,
                                };
                                return Ok(());
                            }
                        }
                    }
                }
            }
        }
        if let Value::Obj(o) = obj {
            if o.dict.with(|d| d.is_none()) && matches!(o.payload, Payload::Function(_)) {
                o.dict.set(Some(builtins::new_dict()));
            }
            if let Some(dict) = o.dict.get() {
                match value {
                    Some(v) => {
                        builtins::dict_set_obj(&dict, name.clone(), v);
                        return Ok(());
                    }
                    None => {
                        if builtins::dict_del_str(&dict, str_of_obj(name)).is_some() {
                            return Ok(());
                        }
                        return Err(self.attribute_error(obj, name));
                    }
                }
            }
        }
        let msg = format!(
            "'{}' object has no attribute '{}'",
            self.type_name(obj),
            str_of_obj(name)
        );
        Err(self.new_exception_msg(&types().exc.attribute_error, msg))
    }

    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = builtins::intern(name);
        self.get_attr(obj, &n)
    }

    /// getattr with a default of None when the attribute is missing.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.get_attr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if builtins::exc_matches(&e, &types().exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    // ---- truth, length, hash ------------------------------------------------

    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::None | Value::Null => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Obj(o) => {
                // Native module types (deque, ...) answer through their
                // __bool__/__len__ methods, as classes do.
                if !type_data(o.type_ref()).heap && !matches!(o.payload, Payload::Native(_)) {
                    if let Some(n) = builtins::native_len(o) {
                        return Ok(n != 0);
                    }
                    if let Payload::Int(i) = &o.payload {
                        return Ok(i.sign() != num_bigint::Sign::NoSign);
                    }
                    if let Payload::Complex(a, b) = &o.payload {
                        return Ok(*a != 0.0 || *b != 0.0);
                    }
                    return Ok(true);
                }
                let t = o.type_ref().clone();
                if let Some(b) = lookup(&t, &names().__bool__) {
                    let r = self.call_special(&b, std::slice::from_ref(v))?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(self.new_type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&r)
                        ))),
                    };
                }
                if let Some(l) = lookup(&t, &names().__len__) {
                    let r = self.call_special(&l, std::slice::from_ref(v))?;
                    let n = self.len_result(&r)?;
                    return Ok(n != 0);
                }
                Ok(true)
            }
        }
    }

    /// `__len__`'s result as a size: `__index__` honoured, CPython's
    /// ValueError for a negative and OverflowError for a huge one.
    fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        let n = match r {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Obj(o) => match &o.payload {
                Payload::Int(b) if num_traits::Signed::is_negative(b) => -1,
                Payload::Int(b) => match num_traits::ToPrimitive::to_i64(b) {
                    Some(n) => n,
                    None => {
                        return Err(
                            self.new_overflow_error("cannot fit 'int' into an index-sized integer")
                        )
                    }
                },
                _ => builtins::arg_index(self, r)?,
            },
            _ => builtins::arg_index(self, r)?,
        };
        if n < 0 {
            return Err(self.new_value_error("__len__() should return >= 0".to_string()));
        }
        Ok(n as usize)
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            if !type_data(o.type_ref()).heap {
                if let Some(n) = builtins::native_len(o) {
                    return Ok(n);
                }
            }
            if let Some(l) = lookup(o.type_ref(), &names().__len__) {
                let r = self.call_special(&l, std::slice::from_ref(v))?;
                return self.len_result(&r);
            }
        }
        Err(self.new_type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        )))
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(crate::str::hash_i64(*i)),
            Value::Bool(b) => Ok(*b as i64),
            Value::Float(f) => Ok(crate::str::hash_f64(*f)),
            Value::None => Ok(-9223372036581442542 + 0x1000),
            Value::Null => Ok(0),
            Value::Obj(o) => {
                if !type_data(o.type_ref()).heap {
                    match &o.payload {
                        Payload::Str(s) => return Ok(s.hash()),
                        Payload::Int(i) => return Ok(builtins::int::hash_bigint(i)),
                        Payload::Bytes(b) => return Ok(crate::str::hash_bytes(b)),
                        Payload::Tuple(items) => {
                            let mut hs = Vec::with_capacity(items.len());
                            for it in items.iter() {
                                hs.push(self.hash(it)?);
                            }
                            return Ok(crate::str::hash_tuple(hs.into_iter()));
                        }
                        Payload::FrozenSet(s) => return Ok(builtins::set::frozenset_hash(s)),
                        Payload::Float(f) => return Ok(crate::str::hash_f64(*f)),
                        Payload::Complex(a, b) => {
                            let h = crate::str::hash_f64(*a)
                                .wrapping_add(crate::str::hash_f64(*b).wrapping_mul(1000003));
                            return Ok(crate::str::fix_hash(h));
                        }
                        Payload::List(_)
                        | Payload::Dict(_)
                        | Payload::Set(_)
                        | Payload::ByteArray(_)
                        | Payload::Slice(_) => {
                            return Err(self.new_type_error(format!(
                                "unhashable type: '{}'",
                                self.type_name(v)
                            )))
                        }
                        Payload::Object(_)
                        | Payload::Function(_)
                        | Payload::Type(_)
                        | Payload::Module(_)
                        | Payload::Code(_) => return Ok(pointer_hash(o)),
                        // Other built-in types (range, method, ...) define __hash__.
                        _ => {}
                    }
                }
                match lookup(o.type_ref(), &names().__hash__) {
                    Some(Value::None) => {
                        Err(self
                            .new_type_error(format!("unhashable type: '{}'", self.type_name(v))))
                    }
                    Some(h) if !is_object_slot(&h) => {
                        let r = self.call_special(&h, std::slice::from_ref(v))?;
                        match r {
                            // The returned int is the hash (only -1 is remapped).
                            Value::Int(i) => Ok(crate::str::fix_hash(i)),
                            Value::Bool(b) => Ok(b as i64),
                            Value::Obj(ref ro) if matches!(ro.payload, Payload::Int(_)) => {
                                self.hash(&r)
                            }
                            _ => Err(self.new_type_error(
                                "__hash__ method should return an integer".to_string(),
                            )),
                        }
                    }
                    _ => match &o.payload {
                        Payload::Str(s) => Ok(s.hash()),
                        Payload::Int(i) => Ok(builtins::int::hash_bigint(i)),
                        Payload::Float(f) => Ok(crate::str::hash_f64(*f)),
                        Payload::Tuple(items) => {
                            let mut hs = Vec::with_capacity(items.len());
                            for it in items.iter() {
                                hs.push(self.hash(it)?);
                            }
                            Ok(crate::str::hash_tuple(hs.into_iter()))
                        }
                        Payload::FrozenSet(s) => Ok(builtins::set::frozenset_hash(s)),
                        Payload::Bytes(b) => Ok(crate::str::hash_bytes(b)),
                        _ => Ok(pointer_hash(o)),
                    },
                }
            }
        }
    }

    // ---- iteration ----------------------------------------------------------

    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if !type_data(o.type_ref()).heap {
                if let Some(it) = builtins::iter::native_iter(self, o)? {
                    return Ok(it);
                }
            }
            if let Some(f) = lookup(o.type_ref(), &names().__iter__) {
                if f.is_none() {
                    return Err(self.new_type_error(format!(
                        "'{}' object is not iterable",
                        self.type_name(v)
                    )));
                }
                let it = self.call_special(&f, std::slice::from_ref(v))?;
                let itt = builtins::type_of(&it);
                if lookup(&itt, &names().__next__).is_none() {
                    return Err(self.new_type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        type_data(&itt).name()
                    )));
                }
                return Ok(it);
            }
            if lookup(o.type_ref(), &names().__getitem__).is_some() {
                return Ok(builtins::iter::new_getitem_iter(v.clone()));
            }
        }
        Err(self.new_type_error(format!("'{}' object is not iterable", self.type_name(v))))
    }

    /// Collects an iterable into a Vec.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            match &o.payload {
                Payload::List(items) if !type_data(o.type_ref()).heap => return Ok(items.get()),
                Payload::Tuple(items) if !type_data(o.type_ref()).heap => return Ok(items.to_vec()),
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = iter_next(self, &it)? {
            out.push(x);
        }
        Ok(out)
    }

    // ---- str, repr, format ----------------------------------------------------

    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(s) = builtins::repr::native_repr(self, v)? {
            return Ok(builtins::new_str(s));
        }
        let t = builtins::type_of(v);
        match lookup(&t, &names().__repr__) {
            Some(r) => {
                let res = self.call_special(&r, std::slice::from_ref(v))?;
                if !builtins::is_str(&res) {
                    return Err(self.new_type_error(format!(
                        "__repr__ returned non-string (type {})",
                        self.type_name(&res)
                    )));
                }
                Ok(res)
            }
            None => Ok(builtins::new_str(builtins::repr::default_repr(v))),
        }
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(str_of(&r).to_string())
    }

    pub fn str(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if let Payload::Str(_) = &o.payload {
                if !type_data(o.type_ref()).heap {
                    return Ok(v.clone());
                }
            }
        }
        let t = builtins::type_of(v);
        if type_data(&t).heap
            || matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Exception(_)))
        {
            if let Some(s) = lookup(&t, &names().__str__) {
                let is_object_str = match &s {
                    Value::Obj(so) => {
                        matches!(&so.payload, Payload::MethodDescriptor(m) if m.owner.is(&builtins::types().object))
                    }
                    _ => false,
                };
                if !is_object_str {
                    let res = self.call_special(&s, std::slice::from_ref(v))?;
                    if !builtins::is_str(&res) {
                        return Err(self.new_type_error(format!(
                            "__str__ returned non-string (type {})",
                            self.type_name(&res)
                        )));
                    }
                    return Ok(res);
                }
            }
        }
        self.repr(v)
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.str(v)?;
        Ok(str_of(&r).to_string())
    }

    pub fn ascii(&mut self, v: &Value) -> PyResult<Value> {
        let r = self.repr(v)?;
        Ok(builtins::new_str(baton_text::ascii_escape(str_of(&r))))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        let t = builtins::type_of(v);
        if type_data(&t).heap {
            if let Some(f) = lookup(&t, &names().__format__) {
                if !is_native_slot(&f) {
                    let r =
                        self.call_special(&f, &[v.clone(), builtins::new_str(spec.to_string())])?;
                    if !builtins::is_str(&r) {
                        return Err(self.new_type_error(format!(
                            "__format__ must return a str, not {}",
                            self.type_name(&r)
                        )));
                    }
                    return Ok(r);
                }
            }
        }
        builtins::format::format_value(self, v, spec)
    }
}

/// The address-based hash of objects without `__hash__` (CPython's `_Py_HashPointer`).
pub fn pointer_hash(o: &ObjRef) -> i64 {
    let a = o.addr() as u64;
    let h = a.rotate_right(4) as i64;
    crate::str::fix_hash(h)
}

pub fn str_of_obj(o: &ObjRef) -> &str {
    match &o.payload {
        Payload::Str(s) => s.as_str(),
        _ => "",
    }
}

/// Whether a slot found on a type is the built-in default (a method
/// descriptor or built-in function) rather than Python code.
pub fn is_native_slot(v: &Value) -> bool {
    match v {
        Value::Obj(o) => matches!(
            o.payload,
            Payload::MethodDescriptor(_) | Payload::BuiltinFunction(_)
        ),
        _ => false,
    }
}

/// Whether a slot found on a type is `object`'s own default.
pub fn is_object_slot(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            matches!(&o.payload, Payload::MethodDescriptor(m) if m.owner.is(&builtins::types().object))
        }
        _ => false,
    }
}

pub fn is_native_getattribute(v: &Value) -> bool {
    is_native_slot(v)
}

/// next(it): Some(value), or None when exhausted (StopIteration swallowed).
pub fn iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = it {
        match &o.payload {
            Payload::Iterator(state) if !type_data(o.type_ref()).heap => {
                return builtins::iter::iterator_next(vm, o, state)
            }
            Payload::Generator(_) => {
                return match crate::generator::resume(vm, o, Value::None, None)? {
                    crate::generator::SendResult::Yielded(v) => Ok(Some(v)),
                    crate::generator::SendResult::Returned(_) => Ok(None),
                };
            }
            _ => {}
        }
        if let Some(n) = lookup(o.type_ref(), &names().__next__) {
            return match vm.call_special(&n, std::slice::from_ref(it)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if builtins::exc_matches(&e, &types().exc.stop_iteration) => Ok(None),
                Err(e) => Err(e),
            };
        }
    }
    Err(vm.new_type_error(format!("'{}' object is not an iterator", vm.type_name(it))))
}

// ---- operators ----------------------------------------------------------------

pub fn binary_op(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: BinaryOperator,
    inplace: bool,
) -> PyResult<Value> {
    // Native behaviour of built-in types (not subclasses that may override).
    if builtins::is_exact_builtin_value(a) && builtins::is_exact_builtin_value(b) {
        if let Some(r) = builtins::ops::native_binary(vm, a, b, op, inplace)? {
            return Ok(r);
        }
    }
    let (name, rname, iname) = op.dunders();
    let ta = builtins::type_of(a);
    let tb = builtins::type_of(b);
    if inplace {
        if let Some(f) = lookup(&ta, &builtins::intern(iname)) {
            let r = vm.call_special(&f, &[a.clone(), b.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    let same = ta.is(&tb);
    let fa = lookup(&ta, &builtins::intern(name));
    let fb = if same {
        None
    } else {
        lookup(&tb, &builtins::intern(rname))
    };
    // A subclass's reflected method goes first if it overrides the base's.
    if let Some(rf) = &fb {
        if is_subtype(&tb, &ta) && !same {
            let overrides = match &fa {
                Some(x) => !x.is(rf),
                None => true,
            };
            if overrides {
                let r = vm.call_special(rf, &[b.clone(), a.clone()])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
    }
    if let Some(f) = &fa {
        let r = vm.call_special(f, &[a.clone(), b.clone()])?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(rf) = &fb {
        if !(is_subtype(&tb, &ta)) {
            let r = vm.call_special(rf, &[b.clone(), a.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    let sym = if inplace {
        format!("{}=", op.symbol())
    } else {
        op.symbol().to_string()
    };
    if op == BinaryOperator::Power && !inplace {
        return Err(vm.new_type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            type_data(&ta).name(),
            type_data(&tb).name()
        )));
    }
    let seq = |v: &Value| matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_)));
    if op == BinaryOperator::Multiply && (seq(a) || seq(b)) {
        let other = if seq(a) { &tb } else { &ta };
        return Err(vm.new_type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_data(other).name()
        )));
    }
    if op == BinaryOperator::Add && seq(a) && builtins::is_exact_builtin_value(a) {
        let an = type_data(&ta).name();
        let what = an.clone();
        let msg = if an == "bytes" || an == "bytearray" {
            format!("can't concat {} to {}", type_data(&tb).name(), an)
        } else {
            format!(
                "can only concatenate {} (not \"{}\") to {}",
                what,
                type_data(&tb).name(),
                an
            )
        };
        return Err(vm.new_type_error(msg));
    }
    let mut msg = format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        type_data(&ta).name(),
        type_data(&tb).name()
    );
    if op == BinaryOperator::RShift
        && matches!(a, Value::Obj(o) if matches!(&o.payload, Payload::BuiltinFunction(bf) if bf.name == "print"))
    {
        msg.push_str(". Did you mean \"print(<message>, file=<output_stream>)\"?");
    }
    Err(vm.new_type_error(msg))
}

pub fn is_not_implemented(v: &Value) -> bool {
    match v {
        Value::Obj(o) => o.is(&builtins::singletons().not_implemented),
        _ => false,
    }
}

pub fn unary_op(vm: &mut Vm, a: &Value, dunder: &str) -> PyResult<Value> {
    if builtins::is_exact_builtin_value(a) {
        if let Some(r) = builtins::ops::native_unary(vm, a, dunder)? {
            return Ok(r);
        }
    }
    let t = builtins::type_of(a);
    if let Some(f) = lookup(&t, &builtins::intern(dunder)) {
        return vm.call_special(&f, std::slice::from_ref(a));
    }
    let sym = match dunder {
        "__neg__" => "unary -",
        "__pos__" => "unary +",
        "__invert__" => "unary ~",
        _ => dunder,
    };
    Err(vm.new_type_error(format!(
        "bad operand type for {}: '{}'",
        sym,
        type_data(&t).name()
    )))
}

pub fn rich_compare(vm: &mut Vm, a: &Value, b: &Value, op: ComparisonOperator) -> PyResult<Value> {
    if builtins::is_exact_builtin_value(a) && builtins::is_exact_builtin_value(b) {
        if let Some(r) = builtins::ops::native_compare(vm, a, b, op)? {
            return Ok(Value::Bool(r));
        }
    }
    let (name, rname) = op.dunders();
    let ta = builtins::type_of(a);
    let tb = builtins::type_of(b);
    let mut checked_reflected = false;
    if !ta.is(&tb) && is_subtype(&tb, &ta) {
        if let Some(rf) = lookup(&tb, &builtins::intern(rname)) {
            checked_reflected = true;
            let r = vm.call_special(&rf, &[b.clone(), a.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = lookup(&ta, &builtins::intern(name)) {
        let r = vm.call_special(&f, &[a.clone(), b.clone()])?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !checked_reflected {
        if let Some(rf) = lookup(&tb, &builtins::intern(rname)) {
            let r = vm.call_special(&rf, &[b.clone(), a.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    match op {
        ComparisonOperator::Equal => Ok(Value::Bool(a.is(b))),
        ComparisonOperator::NotEqual => Ok(Value::Bool(!a.is(b))),
        _ => Err(vm.new_type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_data(&ta).name(),
            type_data(&tb).name()
        ))),
    }
}

/// `a == b` as a bool (identity implies equality, as in containers).
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if let Some(r) = crate::dict::native_eq(a, b) {
        return Ok(r);
    }
    let r = rich_compare(vm, a, b, ComparisonOperator::Equal)?;
    vm.is_true(&r)
}

pub fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    let r = rich_compare(vm, a, b, ComparisonOperator::Less)?;
    vm.is_true(&r)
}

pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Value::Obj(o) = container {
        if !type_data(o.type_ref()).heap {
            if let Some(r) = builtins::ops::native_contains(vm, o, item)? {
                return Ok(r);
            }
        }
        if let Some(f) = lookup(o.type_ref(), &names().__contains__) {
            let r = vm.call_special(&f, &[container.clone(), item.clone()])?;
            return vm.is_true(&r);
        }
    }
    let t = builtins::type_of(container);
    let iterable =
        lookup(&t, &names().__iter__).is_some() || lookup(&t, &names().__getitem__).is_some();
    if !iterable {
        return Err(vm.new_type_error(format!(
            "argument of type '{}' is not iterable",
            type_data(&t).name()
        )));
    }
    let it = vm.get_iter(container)?;
    while let Some(x) = iter_next(vm, &it)? {
        if eq(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn getitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = container {
        if !type_data(o.type_ref()).heap {
            if let Some(r) = builtins::ops::native_getitem(vm, o, key)? {
                return Ok(r);
            }
        }
        if let Some(f) = lookup(o.type_ref(), &names().__getitem__) {
            return vm.call_special(&f, &[container.clone(), key.clone()]);
        }
        if let Payload::Type(_) = &o.payload {
            if let Some(cg) = builtins::dict_get_str_type(o, "__class_getitem__") {
                let bound = vm.descriptor_get(cg, Value::None, container.clone())?;
                return vm.call(&bound, std::slice::from_ref(key));
            }
            return Err(vm.new_type_error(format!(
                "type '{}' is not subscriptable",
                type_data(o).name()
            )));
        }
    }
    Err(vm.new_type_error(format!(
        "'{}' object is not subscriptable",
        vm.type_name(container)
    )))
}

pub fn setitem(vm: &mut Vm, container: &Value, key: Value, value: Value) -> PyResult<()> {
    if let Value::Obj(o) = container {
        if !type_data(o.type_ref()).heap
            && builtins::ops::native_setitem(vm, o, &key, Some(value.clone()))?
        {
            return Ok(());
        }
        if let Some(f) = lookup(o.type_ref(), &names().__setitem__) {
            vm.call_special(&f, &[container.clone(), key, value])?;
            return Ok(());
        }
    }
    Err(vm.new_type_error(format!(
        "'{}' object does not support item assignment",
        vm.type_name(container)
    )))
}

pub fn delitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<()> {
    if let Value::Obj(o) = container {
        if !type_data(o.type_ref()).heap && builtins::ops::native_setitem(vm, o, key, None)? {
            return Ok(());
        }
        if let Some(f) = lookup(o.type_ref(), &names().__delitem__) {
            vm.call_special(&f, &[container.clone(), key.clone()])?;
            return Ok(());
        }
    }
    Err(vm.new_type_error(format!(
        "'{}' object doesn't support item deletion",
        vm.type_name(container)
    )))
}

/// UNPACK_SEQUENCE / UNPACK_EX: `before` items, then (with `after`) a list
/// of the rest and `after` items.
pub fn unpack(
    vm: &mut Vm,
    seq: &Value,
    before: usize,
    after: Option<usize>,
) -> PyResult<Vec<Value>> {
    let items = match seq {
        Value::Obj(o)
            if !type_data(o.type_ref()).heap
                && matches!(o.payload, Payload::Tuple(_) | Payload::List(_)) =>
        {
            builtins::seq_items(o)
        }
        _ => {
            let t = builtins::type_of(seq);
            if lookup(&t, &names().__iter__).is_none() && lookup(&t, &names().__getitem__).is_none()
            {
                return Err(vm.new_type_error(format!(
                    "cannot unpack non-iterable {} object",
                    type_data(&t).name()
                )));
            }
            vm.iterate(seq)?
        }
    };
    match after {
        None => {
            if items.len() != before {
                if items.len() > before {
                    return Err(vm.new_value_error(format!(
                        "too many values to unpack (expected {before})"
                    )));
                }
                return Err(vm.new_value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    before,
                    items.len()
                )));
            }
            Ok(items)
        }
        Some(after) => {
            if items.len() < before + after {
                return Err(vm.new_value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                )));
            }
            let mut items = items;
            let tail = items.split_off(items.len() - after);
            let middle = items.split_off(before);
            items.push(builtins::new_list(middle));
            items.extend(tail);
            Ok(items)
        }
    }
}

/// BEFORE_WITH: the bound `__exit__` and the result of `__enter__()`.
pub fn before_with(vm: &mut Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let t = builtins::type_of(mgr);
    let enter = lookup(&t, &names().__enter__);
    let exit = lookup(&t, &names().__exit__);
    let (enter, exit) = match (enter, exit) {
        (Some(a), Some(b)) => (a, b),
        (None, _) => {
            return Err(vm.new_type_error(format!(
                "'{}' object does not support the context manager protocol",
                type_data(&t).name()
            )))
        }
        (_, None) => {
            return Err(vm.new_type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            type_data(&t).name()
        )))
        }
    };
    let exit_bound = vm.descriptor_get(exit, mgr.clone(), Value::Obj(t.clone()))?;
    let r = vm.call_special(&enter, std::slice::from_ref(mgr))?;
    Ok((exit_bound, r))
}

/// `mapping[name]` for the locals of module and class frames (None if missing).
pub fn mapping_get_str(vm: &mut Vm, mapping: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
    if let Value::Obj(m) = mapping {
        if let Payload::Dict(d) = &m.payload {
            if !type_data(m.type_ref()).heap {
                let s = str_of_obj(name);
                let h = match &name.payload {
                    Payload::Str(ps) => ps.hash(),
                    _ => 0,
                };
                return Ok(d.with(|d| d.get_str(s, h).cloned()));
            }
        }
        return match getitem(vm, mapping, &Value::Obj(name.clone())) {
            Ok(v) => Ok(Some(v)),
            Err(e) if builtins::exc_matches(&e, &types().exc.key_error) => Ok(None),
            Err(e) => Err(e),
        };
    }
    Ok(None)
}

pub fn mapping_set(vm: &mut Vm, mapping: &Value, key: Value, value: Value) -> PyResult<()> {
    if let Value::Obj(m) = mapping {
        if let Payload::Dict(_) = &m.payload {
            if !type_data(m.type_ref()).heap {
                return crate::builtins::dict::dict_setitem(vm, m, key, value);
            }
        }
    }
    setitem(vm, mapping, key, value)
}

pub fn mapping_del(vm: &mut Vm, mapping: &Value, key: &Value) -> PyResult<()> {
    delitem(vm, mapping, key)
}

/// Calls `f(*args)` where f may be any callable; a convenience for natives.
pub fn call_with(vm: &mut Vm, f: &Value, args: FuncArgs) -> PyResult<Value> {
    vm.call_args(f, args)
}
