//! What a heap object holds: its header, its instance `__dict__` and its
//! payload, one variant per built-in layout.
//!
//! Mutable state sits in [`Mut`] cells. A `Mut` is the one place through which
//! a container reaches its internals: under the GIL the lock serialises
//! access; the free-threaded mode puts its per-object lock here. The rule for
//! every user of `Mut::with` is that the closure never calls back into Python
//! code (which could reach the same object again).

use crate::dict::DictData;
use crate::frame::Frame;
use crate::rc::{ObjRef, ObjectHeader};
use crate::set::SetData;
use crate::str::PyStr;
use crate::value::Value;
use crate::vm::{NativeFn, Vm};
use baton_compiler::CodeObject;
use num_bigint::BigInt;
use std::cell::{Cell, UnsafeCell};
use std::sync::Arc;

/// A heap object. `header` must stay first (see `rc.rs`).
#[repr(C)]
pub struct PyObject {
    pub(crate) header: ObjectHeader,
    /// The instance `__dict__` (a dict object), for types that have one.
    pub dict: Mut<Option<ObjRef>>,
    pub payload: Payload,
}

/// Interior mutability for object state; see the module comment.
pub struct Mut<T> {
    inner: UnsafeCell<T>,
}

// SAFETY: access to the inner value is serialised by the GIL (one thread runs
// Python code at a time) and `with` closures do not re-enter Python code.
unsafe impl<T: Send> Sync for Mut<T> {}
// SAFETY: as above.
unsafe impl<T: Send> Send for Mut<T> {}

impl<T> Mut<T> {
    pub const fn new(v: T) -> Self {
        Mut {
            inner: UnsafeCell::new(v),
        }
    }

    /// Runs `f` with exclusive access to the value. `f` must not call Python code.
    #[inline(always)]
    pub fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: the caller holds the GIL and `f` cannot re-enter Python code,
        // so no other reference to the inner value exists while `f` runs.
        f(unsafe { &mut *self.inner.get() })
    }

    /// Replaces the value, returning the old one.
    pub fn replace(&self, v: T) -> T {
        self.with(|x| std::mem::replace(x, v))
    }

    /// Sets the value (the old one is dropped after the borrow ends).
    pub fn set(&self, v: T) {
        drop(self.replace(v));
    }
}

impl<T: Clone> Mut<T> {
    /// A copy of the value (for `Value`s: a new reference).
    #[inline(always)]
    pub fn get(&self) -> T {
        self.with(|x| x.clone())
    }
}

impl<T: Default> Mut<T> {
    pub fn take(&self) -> T {
        self.with(std::mem::take)
    }
}

/// The payload of a heap object.
pub enum Payload {
    /// `object()` and instances of classes without a built-in base; holds the
    /// values of `__slots__`.
    Object(Mut<Vec<Value>>),
    /// An int too big for i64, or an instance of an int subclass.
    Int(BigInt),
    /// An instance of a float subclass.
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(Mut<Vec<u8>>),
    Tuple(Box<[Value]>),
    List(Mut<Vec<Value>>),
    Dict(Box<Mut<DictData>>),
    Set(Box<Mut<SetData>>),
    FrozenSet(Box<SetData>),
    Range(Box<RangeData>),
    Slice(Box<[Value; 3]>),
    Function(Box<FunctionData>),
    /// A function written in Rust, possibly bound to a `self`.
    BuiltinFunction(Box<BuiltinFunctionData>),
    /// A method of a built-in type, as found in the type's dict (binds on access).
    MethodDescriptor(Box<MethodDescriptorData>),
    BoundMethod(Box<(Value, Value)>),
    ClassMethod(Mut<Value>),
    StaticMethod(Mut<Value>),
    Property(Box<PropertyData>),
    /// A slot of `__slots__`: its index in the `Object` payload.
    MemberDescriptor(Box<MemberData>),
    /// A computed attribute of a built-in type (e.g. `function.__name__`).
    GetSetDescriptor(Box<GetSetData>),
    Code(Box<CodeData>),
    Cell(Mut<Value>),
    Module(Box<ModuleData>),
    Type(Box<crate::types::TypeData>),
    Exception(Box<ExceptionData>),
    Traceback(Box<TracebackData>),
    Generator(Box<GeneratorData>),
    Iterator(Box<Mut<IterState>>),
    DictView(Box<(ObjRef, DictViewKind)>),
    Super(Box<(Value, Value, Value)>),
    /// Native data of a stdlib module's type (locks, files, sockets...).
    Native(Box<dyn NativeData>),
}

/// State of a built-in module's object type written in Rust.
pub trait NativeData: Send + Sync + std::any::Any {
    /// Visits the references the object holds, for the cycle collector.
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    /// Drops the references the object holds (the cycle collector breaking
    /// a cycle of garbage). Runs no Python code.
    fn clear(&self) {}
    fn as_any(&self) -> &dyn std::any::Any;
    /// Objects that export a buffer (memoryview, mmap): runs `f` on their
    /// bytes and returns true; false if they export none (or are closed).
    /// `f` runs no Python code.
    fn with_buffer(&self, _f: &mut dyn FnMut(&[u8])) -> bool {
        false
    }
    /// As `with_buffer`, for writing; false if the buffer is read-only.
    fn with_buffer_mut(&self, _f: &mut dyn FnMut(&mut [u8])) -> bool {
        false
    }
    /// Whether `with_buffer_mut` can succeed.
    fn buffer_writable(&self) -> bool {
        false
    }
}

pub struct RangeData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct FunctionData {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: Mut<Value>,
    pub qualname: Mut<Value>,
    pub defaults: Mut<Value>,
    pub kwdefaults: Mut<Value>,
    pub closure: Value,
    pub doc: Mut<Value>,
    pub module: Mut<Value>,
    pub annotations: Mut<Value>,
}

pub struct BuiltinFunctionData {
    pub name: &'static str,
    pub func: NativeFn,
    /// The bound `self` (or module), or Null.
    pub bound: Value,
    pub module: Option<&'static str>,
    pub doc: Option<&'static str>,
}

pub struct MethodDescriptorData {
    pub name: &'static str,
    pub func: NativeFn,
    /// The type that defines it (for `descriptor 'x' of 'list' object needs an argument`).
    pub owner: ObjRef,
    pub kind: MethodKind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum MethodKind {
    Instance,
    Class,
    Static,
}

pub struct PropertyData {
    pub fget: Mut<Value>,
    pub fset: Mut<Value>,
    pub fdel: Mut<Value>,
    pub doc: Mut<Value>,
    pub name: Mut<Value>,
}

pub struct MemberData {
    pub name: ObjRef,
    pub index: usize,
    pub owner: ObjRef,
}

pub type Getter = fn(&mut Vm, &Value) -> crate::vm::PyResult<Value>;
pub type Setter = fn(&mut Vm, &Value, Value) -> crate::vm::PyResult<()>;

pub struct GetSetData {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
    pub owner: ObjRef,
}

/// LOAD_GLOBAL's inline cache: where the name was found, valid while both
/// dicts keep the versions they had (any change to a dict bumps its version).
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    /// The globals dict's `uid`.
    pub globals: u64,
    pub globals_version: u64,
    pub builtins_version: u64,
    /// Entry index in globals, or in builtins when `in_builtins`.
    pub index: u32,
    pub in_builtins: bool,
}

/// LOAD_ATTR / LOAD_METHOD / STORE_ATTR's inline cache (see `attr_cache.rs`).
#[derive(Clone, Copy, Default)]
pub struct AttrCache {
    /// The address of the type the entry is for (0: empty).
    pub type_addr: usize,
    /// `types::epoch()` when the entry was made.
    pub epoch: u64,
    /// `attr_cache::INSTANCE` or `attr_cache::METHOD`.
    pub kind: u8,
    /// METHOD: the function object (borrowed; see `attr_cache::cached_function`).
    pub ptr: usize,
}

/// A code object as the VM runs it: the compiler's output plus its constants
/// and names as Python values (names interned).
pub struct CodeData {
    pub code: Arc<CodeObject>,
    pub consts: Box<[Value]>,
    pub names: Box<[ObjRef]>,
    pub varnames: Box<[ObjRef]>,
    /// The instructions, rewritten in place by specialisation.
    pub instructions: Box<[Cell<baton_compiler::Instruction>]>,
    /// Inline caches of LOAD_GLOBAL, one per instruction.
    pub global_cache: Box<[Cell<GlobalCache>]>,
    /// Inline caches of the attribute instructions: `attr_cache::ATTR_WAYS`
    /// entries for each, at `attr_index[pc] * ATTR_WAYS`.
    pub attr_cache: Box<[Cell<AttrCache>]>,
    pub attr_index: Box<[u32]>,
    pub name: ObjRef,
    pub qualname: ObjRef,
    pub filename: ObjRef,
}

// SAFETY: the Cells in `instructions` are only written by the thread holding
// the GIL (specialisation is disabled in free-threaded mode).
unsafe impl Sync for CodeData {}

pub struct ModuleData {
    pub name: Mut<String>,
}

pub struct ExceptionData {
    pub args: Mut<Value>,
    pub traceback: Mut<Value>,
    pub cause: Mut<Value>,
    pub context: Mut<Value>,
    pub suppress_context: Cell<bool>,
}

// SAFETY: the Cell is only touched under the GIL.
unsafe impl Sync for ExceptionData {}

pub struct TracebackData {
    pub next: Mut<Value>,
    /// The values of the frame the exception left (as CPython's traceback
    /// keeps its frame alive): they live, and their `__del__` waits, until
    /// the exception is gone.
    pub locals: Mut<Vec<Value>>,
    pub code: ObjRef,
    pub globals: ObjRef,
    pub lineno: u32,
    pub lasti: u32,
}

pub struct GeneratorData {
    pub frame: Mut<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub name: Mut<Value>,
    pub qualname: Mut<Value>,
    pub code: ObjRef,
}

// SAFETY: the Cell is only touched under the GIL.
unsafe impl Sync for GeneratorData {}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// The built-in iterators.
pub enum IterState {
    /// Over a list, tuple, str or bytes by index (re-reads the sequence each step).
    Seq {
        seq: Value,
        index: usize,
    },
    /// Over any object with `__getitem__` (the old sequence protocol).
    GetItem {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    BigRange {
        next: BigInt,
        stop: BigInt,
        step: BigInt,
    },
    Dict {
        dict: ObjRef,
        pos: usize,
        len: usize,
        kind: DictViewKind,
    },
    Set {
        set: ObjRef,
        pos: usize,
        len: usize,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    Exhausted,
}

impl Payload {
    /// Whether objects with this payload can be part of a reference cycle
    /// (and so are tracked by the cycle collector).
    pub fn is_container(&self) -> bool {
        !matches!(
            self,
            Payload::Int(_)
                | Payload::Float(_)
                | Payload::Complex(..)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::BuiltinFunction(_)
                | Payload::MethodDescriptor(_)
                | Payload::GetSetDescriptor(_)
                | Payload::MemberDescriptor(_)
        )
    }

    /// Visits every reference this payload holds (for the cycle collector).
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        fn v_obj(o: &ObjRef, visit: &mut dyn FnMut(&Value)) {
            let v = Value::Obj(o.clone());
            visit(&v);
        }
        match self {
            Payload::Object(slots) => slots.with(|s| s.iter().for_each(&mut *visit)),
            Payload::Tuple(items) => items.iter().for_each(&mut *visit),
            Payload::List(items) => items.with(|s| s.iter().for_each(&mut *visit)),
            Payload::Dict(d) => d.with(|d| d.traverse(visit)),
            Payload::Set(s) => s.with(|s| s.traverse(visit)),
            Payload::FrozenSet(s) => s.traverse(visit),
            Payload::Range(r) => {
                visit(&r.start);
                visit(&r.stop);
                visit(&r.step)
            }
            Payload::Slice(s) => s.iter().for_each(&mut *visit),
            Payload::Function(f) => {
                v_obj(&f.code, visit);
                v_obj(&f.globals, visit);
                visit(&f.defaults.get());
                visit(&f.kwdefaults.get());
                visit(&f.closure);
                visit(&f.annotations.get());
                visit(&f.doc.get());
            }
            Payload::BuiltinFunction(b) => visit(&b.bound),
            Payload::BoundMethod(m) => {
                visit(&m.0);
                visit(&m.1)
            }
            Payload::ClassMethod(v) | Payload::StaticMethod(v) | Payload::Cell(v) => {
                visit(&v.get())
            }
            Payload::Property(p) => {
                visit(&p.fget.get());
                visit(&p.fset.get());
                visit(&p.fdel.get());
            }
            Payload::Code(c) => c.consts.iter().for_each(&mut *visit),
            Payload::Type(t) => t.traverse(visit),
            Payload::Exception(e) => {
                visit(&e.args.get());
                visit(&e.traceback.get());
                visit(&e.cause.get());
                visit(&e.context.get());
            }
            Payload::Traceback(t) => {
                visit(&t.next.get());
                t.locals.with(|l| l.iter().for_each(&mut *visit));
            }
            Payload::Generator(g) => g.frame.with(|f| {
                if let Some(f) = f {
                    f.traverse(visit)
                }
            }),
            Payload::Iterator(it) => it.with(|it| match it {
                IterState::Seq { seq, .. }
                | IterState::GetItem { seq, .. }
                | IterState::Reversed { seq, .. } => visit(seq),
                IterState::Dict { dict, .. } => v_obj(dict, visit),
                IterState::Set { set, .. } => v_obj(set, visit),
                IterState::Callable { func, sentinel } => {
                    visit(func);
                    visit(sentinel)
                }
                IterState::Enumerate { iter, count } => {
                    visit(iter);
                    visit(count)
                }
                IterState::Zip { iters, .. } => iters.iter().for_each(&mut *visit),
                IterState::Map { func, iters } => {
                    visit(func);
                    iters.iter().for_each(&mut *visit)
                }
                IterState::Filter { func, iter } => {
                    visit(func);
                    visit(iter)
                }
                _ => {}
            }),
            Payload::DictView(d) => v_obj(&d.0, visit),
            Payload::Super(s) => {
                visit(&s.0);
                visit(&s.1);
                visit(&s.2)
            }
            Payload::Native(n) => n.traverse(visit),
            _ => {}
        }
    }

    /// Drops the references this payload holds (the collector's tp_clear),
    /// breaking a cycle the object is part of.
    pub fn clear(&self) {
        match self {
            Payload::Object(slots) => drop(slots.take()),
            Payload::List(items) => drop(items.take()),
            Payload::Dict(d) => drop(d.take()),
            Payload::Set(s) => drop(s.take()),
            Payload::Function(f) => {
                f.defaults.set(Value::None);
                f.kwdefaults.set(Value::None);
                f.annotations.set(Value::None);
            }
            Payload::ClassMethod(v) | Payload::StaticMethod(v) | Payload::Cell(v) => {
                v.set(Value::Null)
            }
            Payload::Property(p) => {
                p.fget.set(Value::None);
                p.fset.set(Value::None);
                p.fdel.set(Value::None);
            }
            Payload::Type(t) => t.clear(),
            Payload::Exception(e) => {
                e.args.set(Value::None);
                e.traceback.set(Value::None);
                e.cause.set(Value::None);
                e.context.set(Value::None);
            }
            Payload::Traceback(t) => {
                t.next.set(Value::None);
                drop(t.locals.take());
            }
            Payload::Generator(g) => drop(g.frame.take()),
            Payload::Iterator(it) => it.set(IterState::Exhausted),
            Payload::Native(n) => n.clear(),
            _ => {}
        }
    }
}

impl PyObject {
    /// Visits the references held by the object, its `__dict__` and its type.
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(d) = self.dict.get() {
            visit(&Value::Obj(d));
        }
        self.payload.traverse(visit);
    }
}

/// Whether an object about to be freed has a `__del__` to run first.
pub(crate) fn needs_finalizer(obj: &PyObject) -> bool {
    if let Payload::Generator(g) = &obj.payload {
        // Only a suspended generator has finally blocks to run on close().
        return g
            .frame
            .with(|f| f.as_ref().map(|f| f.started).unwrap_or(false));
    }
    let t = obj.header.ob_type_ptr();
    if t.is_null() {
        return false;
    }
    // SAFETY: the header owns a reference to its (live) type.
    let t = unsafe { &*t };
    match &t.payload {
        Payload::Type(td) => td.has_del.get(),
        _ => false,
    }
}

#[cfg(test)]
mod size_tests {
    /// Every object carries a `Payload`: keep it small (large variants are
    /// boxed), since each heap object pays for the largest one.
    #[test]
    fn payload_stays_small() {
        let payload = std::mem::size_of::<super::Payload>();
        eprintln!(
            "PyObject {} Payload {}",
            std::mem::size_of::<super::PyObject>(),
            payload
        );
        assert!(payload <= 64, "Payload grew to {payload} bytes");
    }
}
