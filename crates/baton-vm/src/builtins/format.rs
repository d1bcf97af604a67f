//! format(), str.format and str % args: the VM's side of baton-text's
//! formatting (it supplies the objects; baton-text does the text).

use super::int::{text_error, to_bigint};
use super::{new_str, str_of, types};
use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use baton_text::{CharArg, Conversion, FormatError, FormatSpec};
use num_bigint::BigInt;

fn format_error(vm: &mut Vm, e: FormatError<PyErr>) -> PyErr {
    match e {
        FormatError::Text(t) => text_error(vm, t),
        FormatError::Arg(e) => e,
    }
}

/// format(v, spec) for the built-in types.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Value> {
    let tn = vm.type_name(v);
    let payload_kind = match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Some(Err::<(), String>(s.as_str().to_string())),
            _ => None,
        },
        _ => None,
    };
    if let Some(Err(s)) = payload_kind {
        if spec.is_empty() {
            if !super::is_exact_builtin_value(v) {
                return vm.str(v);
            }
            return Ok(new_str(s));
        }
        let fs = FormatSpec::parse(spec, &tn).map_err(|e| text_error(vm, e))?;
        return baton_text::format_str(&s, &fs, &tn)
            .map(new_str)
            .map_err(|e| text_error(vm, e));
    }
    let is_bool = matches!(v, Value::Bool(_));
    if let Some(i) = to_bigint(v) {
        if spec.is_empty() {
            return vm.str(v);
        }
        let fs = FormatSpec::parse(spec, &tn).map_err(|e| text_error(vm, e))?;
        if is_bool && fs.kind.is_none() {
            let s = vm.str_string(v)?;
            return baton_text::format_str(&s, &fs, &tn)
                .map(new_str)
                .map_err(|e| text_error(vm, e));
        }
        return baton_text::format_int(&i, &fs, &tn)
            .map(new_str)
            .map_err(|e| text_error(vm, e));
    }
    if let Some(f) = super::float::to_f64(v) {
        if spec.is_empty() {
            return vm.str(v);
        }
        let fs = FormatSpec::parse(spec, &tn).map_err(|e| text_error(vm, e))?;
        return baton_text::format_float(f, &fs, &tn)
            .map(new_str)
            .map_err(|e| text_error(vm, e));
    }
    if let Some((a, b)) = super::float::complex_parts(v) {
        if spec.is_empty() {
            return vm.str(v);
        }
        let fs = FormatSpec::parse(spec, &tn).map_err(|e| text_error(vm, e))?;
        return baton_text::format_complex(a, b, &fs, &tn)
            .map(new_str)
            .map_err(|e| text_error(vm, e));
    }
    // Everything else: object.__format__ semantics (or a __format__ found on the type).
    let t = super::type_of(v);
    if let Some(f) = crate::types::lookup(&t, &super::names().__format__) {
        if !crate::protocol::is_native_slot(&f) {
            return vm.call(&f, &[v.clone(), new_str(spec)]);
        }
    }
    if !spec.is_empty() {
        return Err(vm.new_type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )));
    }
    vm.str(v)
}

// ---- str.format ------------------------------------------------------------------

struct Fields<'a> {
    vm: &'a mut Vm,
    args: &'a [Value],
    kwnames: &'a [Value],
    kwvalues: &'a [Value],
    mapping: Option<Value>,
}

impl baton_text::format_string::FormatFields for Fields<'_> {
    type Value = Value;
    type Error = PyErr;

    fn positional(&mut self, index: usize) -> Result<Value, PyErr> {
        if self.mapping.is_some() {
            return Err(self
                .vm
                .new_value_error("Format string contains positional fields".to_string()));
        }
        match self.args.get(index) {
            Some(v) => Ok(v.clone()),
            None => Err(self.vm.new_index_error(&format!(
                "Replacement index {index} out of range for positional args tuple"
            ))),
        }
    }

    fn keyword(&mut self, name: &str) -> Result<Value, PyErr> {
        if let Some(m) = &self.mapping {
            let m = m.clone();
            return crate::protocol::getitem(self.vm, &m, &new_str(name));
        }
        for (k, v) in self.kwnames.iter().zip(self.kwvalues.iter()) {
            if str_of(k) == name {
                return Ok(v.clone());
            }
        }
        Err(self.vm.new_key_error(new_str(name)))
    }

    fn attr(&mut self, value: Value, name: &str) -> Result<Value, PyErr> {
        self.vm.get_attr_str(&value, name)
    }

    fn item_index(&mut self, value: Value, index: usize) -> Result<Value, PyErr> {
        crate::protocol::getitem(self.vm, &value, &Value::Int(index as i64))
    }

    fn item_key(&mut self, value: Value, key: &str) -> Result<Value, PyErr> {
        crate::protocol::getitem(self.vm, &value, &new_str(key))
    }

    fn convert(&mut self, value: Value, conversion: Conversion) -> Result<Value, PyErr> {
        match conversion {
            Conversion::Str => self.vm.str(&value),
            Conversion::Repr => self.vm.repr(&value),
            Conversion::Ascii => self.vm.ascii(&value),
        }
    }

    fn format(&mut self, value: Value, spec: &str) -> Result<String, PyErr> {
        let r = self.vm.format(&value, spec)?;
        Ok(str_of(&r).to_string())
    }
}

/// `fmt.format(*args, **kwargs)` (or `format_map(mapping)`).
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwnames: &[Value],
    mapping: Option<Value>,
) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let mut fields = Fields {
        vm,
        args: &args[..npos],
        kwnames,
        kwvalues: &args[npos..],
        mapping,
    };
    let mut auto = baton_text::AutoNumber::new();
    let r = baton_text::format_string::format_template(
        fmt,
        &mut fields,
        &mut auto,
        baton_text::format_string::MAX_RECURSION_DEPTH,
    );
    match r {
        Ok(s) => Ok(new_str(s)),
        Err(e) => Err(format_error(fields.vm, e)),
    }
}

// ---- str % args ------------------------------------------------------------------

struct Percent<'a> {
    vm: &'a mut Vm,
    args: &'a Value,
    items: Vec<Value>,
}

impl baton_text::PercentArgs for Percent<'_> {
    type Value = Value;
    type Error = PyErr;

    fn tuple_len(&self) -> Option<usize> {
        match self.args {
            Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => Some(self.items.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        match self.args {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(_) | Payload::Str(_) => false,
                Payload::Dict(_) => true,
                _ => crate::types::lookup(o.type_ref(), &super::names().__getitem__).is_some(),
            },
            _ => false,
        }
    }

    fn item(&mut self, index: usize) -> Value {
        self.items.get(index).cloned().unwrap_or(Value::None)
    }

    fn whole(&mut self) -> Value {
        self.args.clone()
    }

    fn lookup(&mut self, key: &str) -> Result<Value, PyErr> {
        let a = self.args.clone();
        crate::protocol::getitem(self.vm, &a, &new_str(key))
    }

    fn as_int(&mut self, value: &Value) -> Option<BigInt> {
        to_bigint(value)
    }

    fn str(&mut self, value: &Value) -> Result<String, PyErr> {
        self.vm.str_string(value)
    }

    fn repr(&mut self, value: &Value) -> Result<String, PyErr> {
        self.vm.repr_string(value)
    }

    fn ascii(&mut self, value: &Value) -> Result<String, PyErr> {
        let r = self.vm.ascii(value)?;
        Ok(str_of(&r).to_string())
    }

    fn int(&mut self, value: &Value, conversion: char) -> Result<BigInt, PyErr> {
        if let Some(i) = to_bigint(value) {
            return Ok(i);
        }
        let tn = self.vm.type_name(value);
        let is_number = super::float::to_f64(value).is_some()
            || crate::types::lookup(&super::type_of(value), &super::names().__int__).is_some()
            || crate::types::lookup(&super::type_of(value), &super::names().__index__).is_some();
        if matches!(conversion, 'o' | 'x' | 'X') {
            if crate::types::lookup(&super::type_of(value), &super::names().__index__).is_some() {
                let r = self.vm.call_method(value, "__index__", &[])?;
                return Ok(to_bigint(&r).unwrap_or_default());
            }
            return Err(text_error(
                self.vm,
                baton_text::percent::percent_int_type_error(conversion, &tn),
            ));
        }
        if !is_number {
            return Err(text_error(
                self.vm,
                baton_text::percent::percent_int_type_error(conversion, &tn),
            ));
        }
        let r = super::int::int_of(self.vm, value)?;
        Ok(to_bigint(&r).unwrap_or_default())
    }

    fn float(&mut self, value: &Value) -> Result<f64, PyErr> {
        if super::is_str(value) {
            let tn = self.vm.type_name(value);
            return Err(self
                .vm
                .new_type_error(format!("must be real number, not {tn}")));
        }
        super::float::float_of(self.vm, value)
    }

    fn char(&mut self, value: &Value) -> Result<CharArg, PyErr> {
        if super::is_str(value) {
            return Ok(CharArg::Str(str_of(value).to_string()));
        }
        if let Some(i) = to_bigint(value) {
            return Ok(CharArg::Int(i));
        }
        Ok(CharArg::Other)
    }
}

/// `fmt % args` for str.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    let items = match args {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => super::tuple_items(o).to_vec(),
        _ => Vec::new(),
    };
    let mut p = Percent { vm, args, items };
    match baton_text::percent_format(fmt, &mut p) {
        Ok(s) => Ok(new_str(s)),
        Err(e) => Err(format_error(p.vm, e)),
    }
}

pub fn unused() -> &'static crate::builtins::types::BuiltinTypes {
    types()
}
