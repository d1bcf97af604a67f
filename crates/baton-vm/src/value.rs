//! `Value`: what a Python variable holds.
//!
//! The common immutable values — None, bools, machine-size ints and floats —
//! live inline and cost no allocation and no reference count; everything else
//! is a counted pointer to a heap object. `Null` is the VM's internal "no
//! value" (an unbound local, the NULL of the calling convention) and never
//! reaches Python code.

use crate::object::{Payload, PyObject};
use crate::rc::ObjRef;

/// The tag is a full word so that every variant's payload sits at offset 8
/// and a `Value` moves as two plain words (a byte tag with a `bool` payload
/// at offset 1 made the compiler copy values in overlapping pieces, which
/// stalls store-to-load forwarding on the eval loop's hot path).
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    #[default]
    Null,
    None,
    Bool(bool),
    /// An int that fits in an i64; larger ones are heap `Payload::Int`.
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Value {
    #[inline(always)]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline(always)]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    #[inline(always)]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline(always)]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// Identity, as Python's `is`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Inline ints and floats have no identity of their own; CPython
            // caches small ints, and equal machine values compare identical here.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a.is(b),
            _ => false,
        }
    }

    /// A stable identity number for `id()`.
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => o.addr() as i64,
            Value::Null => 0,
            Value::None => 0x1000,
            Value::Bool(b) => 0x1010 + *b as i64 * 16,
            // Tagged so that distinct inline values get distinct ids.
            Value::Int(i) => ((*i as i128 * 32 + 0x2000) & 0x7fff_ffff_ffff_ffff) as i64,
            Value::Float(f) => ((f.to_bits() >> 3) | (1 << 62)) as i64,
        }
    }

    pub fn from_obj(o: ObjRef) -> Value {
        Value::Obj(o)
    }

    pub fn obj_ptr(&self) -> *const PyObject {
        match self {
            Value::Obj(o) => o.as_ptr(),
            _ => std::ptr::null(),
        }
    }
}

impl Clone for Value {
    /// Inline values are copied as a whole 16 bytes (a derived clone copies
    /// them field by field, which defeats store-to-load forwarding when the
    /// copy is read back as a whole); only objects touch a reference count.
    #[inline(always)]
    fn clone(&self) -> Self {
        match self {
            Value::Obj(o) => Value::Obj(o.clone()),
            _ => crate::rc::copy_inline_value(self),
        }
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Self {
        Value::Obj(o)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Float(f)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => write!(f, "NULL"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::Obj(o) => write!(f, "{o:?}"),
        }
    }
}
