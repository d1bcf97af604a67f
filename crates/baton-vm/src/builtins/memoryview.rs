//! `memoryview`: a view of the bytes of another object without copying —
//! bytes (read-only), bytearray (writable), another memoryview, or a native
//! object exporting a buffer (`NativeData::with_buffer`, e.g. mmap).
//!
//! Views are one-dimensional: a byte offset, an item count, a byte stride
//! (negative for reversed slices) and a struct-module format ('B' by default;
//! `cast()` changes it). The viewed object is read through each access, so a
//! bytearray that changes size is seen as it is now (an access beyond its
//! end raises IndexError rather than reading freed memory).

use super::{new_bytes, new_list, new_str, new_tuple, types};
use crate::object::{Mut, NativeData, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyErr, PyResult, Vm};
use std::sync::OnceLock;

pub struct MemoryView {
    obj: Value,
    /// Byte offset of the first item in the underlying buffer.
    start: usize,
    /// Number of items.
    len: usize,
    /// Distance in bytes between items.
    stride: isize,
    format: String,
    itemsize: usize,
    readonly: bool,
    released: Mut<bool>,
}

impl NativeData for MemoryView {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.obj);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn with_buffer(&self, f: &mut dyn FnMut(&[u8])) -> bool {
        if self.released.get() {
            return false;
        }
        match self.bytes() {
            Some(b) => {
                f(&b);
                true
            }
            None => false,
        }
    }
    /// A writable, C-contiguous view exports its bytes for writing (so
    /// socket.recv_into(memoryview) and the like fill the viewed object).
    fn with_buffer_mut(&self, f: &mut dyn FnMut(&mut [u8])) -> bool {
        if !self.buffer_writable() {
            return false;
        }
        let (start, n) = (self.start, self.len * self.itemsize);
        with_underlying_mut(&self.obj, |b| match b.get_mut(start..start + n) {
            Some(part) => {
                f(part);
                true
            }
            None => false,
        })
        .unwrap_or(false)
    }
    fn buffer_writable(&self) -> bool {
        !self.readonly
            && !self.released.get()
            && (self.len == 0 || self.stride == self.itemsize as isize)
            && is_writable(&self.obj)
    }
}

/// Runs `f` on the whole buffer of a bytes-like object.
fn with_underlying<R>(obj: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    let Value::Obj(o) = obj else { return None };
    match &o.payload {
        Payload::Bytes(b) => Some(f(b)),
        Payload::ByteArray(b) => Some(b.with(|v| f(v))),
        Payload::Native(n) => {
            let mut f = Some(f);
            let mut out = None;
            n.with_buffer(&mut |b| {
                if let Some(f) = f.take() {
                    out = Some(f(b));
                }
            });
            out
        }
        _ => None,
    }
}

/// Runs `f` on the whole writable buffer of a bytearray or native buffer.
fn with_underlying_mut<R>(obj: &Value, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
    let Value::Obj(o) = obj else { return None };
    match &o.payload {
        Payload::ByteArray(b) => Some(b.with(|v| f(v))),
        Payload::Native(n) => {
            let mut f = Some(f);
            let mut out = None;
            n.with_buffer_mut(&mut |b| {
                if let Some(f) = f.take() {
                    out = Some(f(b));
                }
            });
            out
        }
        _ => None,
    }
}

fn is_writable(obj: &Value) -> bool {
    match obj {
        Value::Obj(o) => match &o.payload {
            Payload::ByteArray(_) => true,
            Payload::Native(n) => n.buffer_writable(),
            _ => false,
        },
        _ => false,
    }
}

fn format_size(fmt: &str) -> Option<usize> {
    let f = fmt.strip_prefix('@').unwrap_or(fmt);
    Some(match f {
        "B" | "b" | "c" | "?" => 1,
        "H" | "h" | "e" => 2,
        "I" | "i" | "f" => 4,
        "L" | "l" | "Q" | "q" | "d" | "N" | "n" | "P" => 8,
        _ => return None,
    })
}

impl MemoryView {
    /// Byte offsets of the items.
    fn offsets(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start as isize + i as isize * self.stride) as usize)
    }

    /// A copy of the viewed bytes, in item order.
    fn bytes(&self) -> Option<Vec<u8>> {
        with_underlying(&self.obj, |b| {
            let mut out = Vec::with_capacity(self.len * self.itemsize);
            for off in self.offsets() {
                match b.get(off..off + self.itemsize) {
                    Some(s) => out.extend_from_slice(s),
                    None => return None,
                }
            }
            Some(out)
        })
        .flatten()
    }
}

fn unpack(fmt: &str, b: &[u8]) -> Value {
    let f = fmt.strip_prefix('@').unwrap_or(fmt);
    let arr = |n: usize| {
        let mut a = [0u8; 8];
        a[..n].copy_from_slice(&b[..n]);
        a
    };
    match f {
        "B" => Value::Int(b[0] as i64),
        "b" => Value::Int(b[0] as i8 as i64),
        "c" => new_bytes(vec![b[0]]),
        "?" => Value::Bool(b[0] != 0),
        "H" => Value::Int(u16::from_ne_bytes([b[0], b[1]]) as i64),
        "h" => Value::Int(i16::from_ne_bytes([b[0], b[1]]) as i64),
        "I" => Value::Int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        "i" => Value::Int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        "f" => Value::Float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        "d" => Value::Float(f64::from_ne_bytes(arr(8))),
        "l" | "q" | "n" => Value::Int(i64::from_ne_bytes(arr(8))),
        _ => {
            let u = u64::from_ne_bytes(arr(8));
            match i64::try_from(u) {
                Ok(i) => Value::Int(i),
                Err(_) => super::int::bigint_to_value(num_bigint::BigInt::from(u)),
            }
        }
    }
}

fn pack(vm: &mut Vm, fmt: &str, v: &Value) -> PyResult<Vec<u8>> {
    let f = fmt.strip_prefix('@').unwrap_or(fmt);
    let bad_type =
        |vm: &mut Vm| vm.new_type_error(format!("memoryview: invalid type for format '{fmt}'"));
    let int = |vm: &mut Vm, v: &Value| -> PyResult<i128> {
        match v {
            Value::Int(i) => Ok(*i as i128),
            Value::Bool(b) => Ok(*b as i128),
            Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
                let b = super::int::to_bigint(v).unwrap_or_default();
                Ok(num_traits::ToPrimitive::to_i128(&b).unwrap_or(i128::MAX))
            }
            _ => Err(bad_type(vm)),
        }
    };
    let range_err =
        |vm: &mut Vm| vm.new_value_error(format!("memoryview: invalid value for format '{fmt}'"));
    macro_rules! int_fmt {
        ($t:ty) => {{
            let i = int(vm, v)?;
            match <$t>::try_from(i) {
                Ok(x) => Ok(x.to_ne_bytes().to_vec()),
                Err(_) => Err(range_err(vm)),
            }
        }};
    }
    match f {
        "B" => int_fmt!(u8),
        "b" => int_fmt!(i8),
        "H" => int_fmt!(u16),
        "h" => int_fmt!(i16),
        "I" => int_fmt!(u32),
        "i" => int_fmt!(i32),
        "L" | "Q" | "N" | "P" => int_fmt!(u64),
        "l" | "q" | "n" => int_fmt!(i64),
        "?" => Ok(vec![vm.is_true(v)? as u8]),
        "c" => match super::bytes::buffer(v) {
            Some(b) if b.len() == 1 => Ok(vec![b[0]]),
            _ => Err(range_err(vm)),
        },
        "f" | "d" => {
            let x = match v {
                Value::Float(x) => *x,
                Value::Int(i) => *i as f64,
                _ => super::float::float_of(vm, v).map_err(|_| bad_type(vm))?,
            };
            Ok(if f == "f" {
                (x as f32).to_ne_bytes().to_vec()
            } else {
                x.to_ne_bytes().to_vec()
            })
        }
        _ => Err(vm.new_exception_msg(
            &types().exc.not_implemented_error,
            format!("memoryview: format {fmt} not supported"),
        )),
    }
}

pub fn memoryview_type() -> ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = super::types::new_type_object(
            &types().type_,
            "memoryview",
            crate::types::Layout::Other,
            Some(&types().object),
            false,
        );
        super::types::add_methods_kind(
            &t,
            &[("__new__", mv_new)],
            crate::object::MethodKind::Static,
        );
        super::types::add_methods(
            &t,
            &[
                ("__len__", mv_len),
                ("__getitem__", mv_getitem),
                ("__setitem__", mv_setitem),
                ("__repr__", mv_repr),
                ("__eq__", mv_eq),
                ("__hash__", mv_hash),
                ("__enter__", mv_enter),
                ("__exit__", mv_exit),
                ("tobytes", mv_tobytes),
                ("tolist", mv_tolist),
                ("hex", mv_hex),
                ("cast", mv_cast),
                ("release", mv_release),
                ("toreadonly", mv_toreadonly),
            ],
        );
        super::types::add_getsets(
            &t,
            &[
                ("nbytes", g_nbytes, None),
                ("readonly", g_readonly, None),
                ("format", g_format, None),
                ("itemsize", g_itemsize, None),
                ("ndim", g_ndim, None),
                ("shape", g_shape, None),
                ("strides", g_strides, None),
                ("obj", g_obj, None),
                ("c_contiguous", g_contiguous, None),
                ("f_contiguous", g_contiguous, None),
                ("contiguous", g_contiguous, None),
            ],
        );
        t
    })
    .clone()
}

fn view_of<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a MemoryView> {
    if let Some(Value::Obj(o)) = v {
        if let Payload::Native(n) = &o.payload {
            if let Some(m) = n.as_any().downcast_ref::<MemoryView>() {
                if m.released.get() {
                    return Err(vm.new_value_error(
                        "operation forbidden on released memoryview object".to_string(),
                    ));
                }
                return Ok(m);
            }
        }
    }
    Err(vm.new_type_error("descriptor requires a 'memoryview' object".to_string()))
}

fn new_view(mv: MemoryView) -> Value {
    Value::Obj(ObjRef::new(
        memoryview_type(),
        Payload::Native(Box::new(mv)),
    ))
}

/// `memoryview(obj)`.
pub fn memoryview_of(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = obj {
        if let Payload::Native(n) = &o.payload {
            if let Some(m) = n.as_any().downcast_ref::<MemoryView>() {
                if m.released.get() {
                    return Err(vm.new_value_error(
                        "operation forbidden on released memoryview object".to_string(),
                    ));
                }
                return Ok(new_view(MemoryView {
                    obj: m.obj.clone(),
                    start: m.start,
                    len: m.len,
                    stride: m.stride,
                    format: m.format.clone(),
                    itemsize: m.itemsize,
                    readonly: m.readonly,
                    released: Mut::new(false),
                }));
            }
        }
    }
    let len = match with_underlying(obj, |b| b.len()) {
        Some(n) => n,
        None => {
            let tn = vm.type_name(obj);
            return Err(vm.new_type_error(format!(
                "memoryview: a bytes-like object is required, not '{tn}'"
            )));
        }
    };
    Ok(new_view(MemoryView {
        obj: obj.clone(),
        start: 0,
        len,
        stride: 1,
        format: "B".to_string(),
        itemsize: 1,
        readonly: !is_writable(obj),
        released: Mut::new(false),
    }))
}

fn mv_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let rest = FuncArgs::with_kw(&args.args[1.min(args.args.len())..], args.kwnames);
    let b = super::bind_native(vm, &rest, "memoryview", &["object"], 1)?;
    memoryview_of(vm, &b[0])
}

fn mv_len(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = view_of(vm, args.args.first())?;
    Ok(Value::Int(m.len as i64))
}

fn item_offset(vm: &mut Vm, m: &MemoryView, key: &Value) -> PyResult<Option<usize>> {
    let Some(i) = super::str::subscript_index(vm, key)? else {
        return Ok(None);
    };
    let n = m.len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("index out of bounds on dimension 1"));
    }
    Ok(Some((m.start as isize + j as isize * m.stride) as usize))
}

fn out_of_range(vm: &mut Vm) -> PyErr {
    vm.new_index_error("memoryview: the underlying object has shrunk")
}

fn mv_getitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    super::check_args(vm, &args, "__getitem__", 2, 2)?;
    let m = view_of(vm, args.args.first())?;
    let key = &args.args[1];
    if let Some(off) = item_offset(vm, m, key)? {
        let size = m.itemsize;
        let fmt = m.format.clone();
        let item =
            with_underlying(&m.obj, |b| b.get(off..off + size).map(|s| s.to_vec())).flatten();
        return match item {
            Some(bytes) => Ok(unpack(&fmt, &bytes)),
            None => Err(out_of_range(vm)),
        };
    }
    if let Value::Obj(o) = key {
        if let Payload::Slice(s) = &o.payload {
            let (start, _stop, step, count) = super::str::slice_indices(vm, s, m.len)?;
            return Ok(new_view(MemoryView {
                obj: m.obj.clone(),
                start: (m.start as isize + start * m.stride) as usize,
                len: count,
                stride: m.stride * step,
                format: m.format.clone(),
                itemsize: m.itemsize,
                readonly: m.readonly,
                released: Mut::new(false),
            }));
        }
        if let Payload::Tuple(t) = &o.payload {
            if t.is_empty() {
                return Err(vm.new_type_error("invalid indexing of 1-dim memory".to_string()));
            }
        }
    }
    Err(vm.new_type_error("memoryview: invalid slice key".to_string()))
}

fn mv_setitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    super::check_args(vm, &args, "__setitem__", 3, 3)?;
    let m = view_of(vm, args.args.first())?;
    if m.readonly {
        return Err(vm.new_type_error("cannot modify read-only memory".to_string()));
    }
    let key = &args.args[1];
    let value = &args.args[2];
    if let Some(off) = item_offset(vm, m, key)? {
        let fmt = m.format.clone();
        let data = pack(vm, &fmt, value)?;
        let ok = with_underlying_mut(&m.obj, |b| match b.get_mut(off..off + data.len()) {
            Some(dst) => {
                dst.copy_from_slice(&data);
                true
            }
            None => false,
        });
        return if ok == Some(true) {
            Ok(Value::None)
        } else {
            Err(out_of_range(vm))
        };
    }
    if let Value::Obj(o) = key {
        if let Payload::Slice(s) = &o.payload {
            let (start, _stop, step, count) = super::str::slice_indices(vm, s, m.len)?;
            let Some(src) = super::bytes::buffer(value).map(|c| c.into_owned()) else {
                let tn = vm.type_name(value);
                return Err(
                    vm.new_type_error(format!("a bytes-like object is required, not '{tn}'"))
                );
            };
            if src.len() != count * m.itemsize {
                return Err(vm.new_value_error(
                    "memoryview assignment: lvalue and rvalue have different structures"
                        .to_string(),
                ));
            }
            let size = m.itemsize;
            let base = m.start as isize + start * m.stride;
            let stride = m.stride * step;
            let ok = with_underlying_mut(&m.obj, |b| {
                for i in 0..count {
                    let off = (base + i as isize * stride) as usize;
                    match b.get_mut(off..off + size) {
                        Some(dst) => dst.copy_from_slice(&src[i * size..(i + 1) * size]),
                        None => return false,
                    }
                }
                true
            });
            return if ok == Some(true) {
                Ok(Value::None)
            } else {
                Err(out_of_range(vm))
            };
        }
    }
    Err(vm.new_type_error("memoryview: invalid slice key".to_string()))
}

fn mv_bytes(vm: &mut Vm, m: &MemoryView) -> PyResult<Vec<u8>> {
    m.bytes().ok_or_else(|| out_of_range(vm))
}

fn mv_tobytes(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = view_of(vm, args.args.first())?;
    Ok(new_bytes(mv_bytes(vm, m)?))
}

fn mv_tolist(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = view_of(vm, args.args.first())?;
    let b = mv_bytes(vm, m)?;
    let items = b.chunks(m.itemsize).map(|c| unpack(&m.format, c)).collect();
    Ok(new_list(items))
}

fn mv_hex(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = view_of(vm, args.args.first())?;
    let b = new_bytes(mv_bytes(vm, m)?);
    let mut all = vec![b];
    all.extend_from_slice(&args.args[1..]);
    vm.call_method(&all[0].clone(), "hex", &all[1..])
}

fn mv_cast(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = view_of(vm, args.args.first())?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let b = super::bind_native(vm, &rest, "cast", &["format", "shape"], 1)?;
    if !super::is_str(&b[0]) {
        return Err(vm.new_type_error("memoryview: format argument must be a string".to_string()));
    }
    let fmt = super::str_of(&b[0]).to_string();
    let Some(size) = format_size(&fmt) else {
        return Err(vm.new_value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'".to_string(),
        ));
    };
    if m.stride != m.itemsize as isize {
        return Err(
            vm.new_type_error("memoryview: casts are restricted to C-contiguous views".to_string())
        );
    }
    let nbytes = m.len * m.itemsize;
    if nbytes % size != 0 {
        return Err(
            vm.new_type_error("memoryview: length is not a multiple of itemsize".to_string())
        );
    }
    Ok(new_view(MemoryView {
        obj: m.obj.clone(),
        start: m.start,
        len: nbytes / size,
        stride: size as isize,
        format: fmt,
        itemsize: size,
        readonly: m.readonly,
        released: Mut::new(false),
    }))
}

fn mv_release(_vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.args.first() {
        if let Payload::Native(n) = &o.payload {
            if let Some(m) = n.as_any().downcast_ref::<MemoryView>() {
                m.released.set(true);
            }
        }
    }
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    view_of(vm, args.args.first())?;
    Ok(args.args[0].clone())
}

fn mv_exit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    mv_release(vm, FuncArgs::new(&args.args[..1]))
}

fn mv_toreadonly(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = view_of(vm, args.args.first())?;
    Ok(new_view(MemoryView {
        obj: m.obj.clone(),
        start: m.start,
        len: m.len,
        stride: m.stride,
        format: m.format.clone(),
        itemsize: m.itemsize,
        readonly: true,
        released: Mut::new(false),
    }))
}

fn mv_repr(_vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let (addr, released) = match args.args.first() {
        Some(Value::Obj(o)) => (
            o.addr(),
            match &o.payload {
                Payload::Native(n) => n
                    .as_any()
                    .downcast_ref::<MemoryView>()
                    .map(|m| m.released.get())
                    .unwrap_or(false),
                _ => false,
            },
        ),
        _ => (0, false),
    };
    Ok(new_str(if released {
        format!("<released memory at {addr:#x}>")
    } else {
        format!("<memory at {addr:#x}>")
    }))
}

fn mv_eq(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    super::check_args(vm, &args, "__eq__", 2, 2)?;
    let m = view_of(vm, args.args.first())?;
    let other = &args.args[1];
    if let Value::Obj(a) = &args.args[0] {
        if let Value::Obj(b) = other {
            if a.is(b) {
                return Ok(Value::Bool(true));
            }
        }
    }
    let mine = vm.call_method(&args.args[0].clone(), "tolist", &[])?;
    let theirs = match other {
        Value::Obj(o) if matches!(&o.payload, Payload::Native(n) if n.as_any().is::<MemoryView>()) => {
            vm.call_method(other, "tolist", &[])?
        }
        _ => match super::bytes::buffer(other) {
            Some(b) => {
                if m.format != "B" && m.format != "@B" {
                    return Ok(Value::Bool(false));
                }
                new_list(b.iter().map(|x| Value::Int(*x as i64)).collect())
            }
            None => return Ok(types_not_implemented()),
        },
    };
    Ok(Value::Bool(crate::protocol::eq(vm, &mine, &theirs)?))
}

fn types_not_implemented() -> Value {
    Value::Obj(super::singletons().not_implemented.clone())
}

fn mv_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let m = view_of(vm, args.args.first())?;
    if !m.readonly {
        return Err(vm.new_value_error("cannot hash writable memoryview object".to_string()));
    }
    let b = new_bytes(mv_bytes(vm, m)?);
    Ok(Value::Int(vm.hash(&b)?))
}

fn g_nbytes(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = view_of(vm, Some(v))?;
    Ok(Value::Int((m.len * m.itemsize) as i64))
}
fn g_readonly(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(view_of(vm, Some(v))?.readonly))
}
fn g_format(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_str(view_of(vm, Some(v))?.format.clone()))
}
fn g_itemsize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(view_of(vm, Some(v))?.itemsize as i64))
}
fn g_ndim(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    view_of(vm, Some(v))?;
    Ok(Value::Int(1))
}
fn g_shape(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_tuple(vec![Value::Int(
        view_of(vm, Some(v))?.len as i64,
    )]))
}
fn g_strides(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(new_tuple(vec![Value::Int(
        view_of(vm, Some(v))?.stride as i64,
    )]))
}
fn g_obj(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(view_of(vm, Some(v))?.obj.clone())
}
fn g_contiguous(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = view_of(vm, Some(v))?;
    Ok(Value::Bool(m.stride == m.itemsize as isize || m.len <= 1))
}
