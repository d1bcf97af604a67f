//! `str`: construction, indexing and slicing by code point, and the methods,
//! with CPython 3.11's results, argument conventions and error messages.
//!
//! Text is UTF-8 with its length in code points (see `crate::str`), so index
//! arithmetic works in code points and converts to byte offsets only at the
//! edges; ASCII text (the common case) skips the conversion entirely.
//!
//! The argument helpers at the top (`args_*`) reproduce the conventions CPython
//! uses to check a built-in method's arguments, each with its own wording; bytes.rs
//! uses them too.

use super::{arg_index, is_str, new_list, new_str, new_tuple, str_of, types};
use crate::object::{MethodKind, Payload};
use crate::rc::ObjRef;
use crate::str::PyStr;
use crate::value::Value;
use crate::vm::{FuncArgs, PyErr, PyResult, Vm};
use baton_text::unicode as U;

// ---- argument conventions ----------------------------------------------------------

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The positional arguments after `self`.
fn after_self<'a>(args: &FuncArgs<'a>) -> &'a [Value] {
    args.pos().get(1..).unwrap_or(&[])
}

/// A method without arguments (`METH_NOARGS`): "str.upper() takes no arguments (1 given)".
pub(super) fn args_none(vm: &mut Vm, args: &FuncArgs, tn: &str, name: &str) -> PyResult<()> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("{tn}.{name}() takes no keyword arguments")));
    }
    let n = after_self(args).len();
    if n != 0 {
        return Err(vm.new_type_error(format!("{tn}.{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// A method of one argument (`METH_O`): "str.join() takes exactly one argument (0 given)".
pub(super) fn args_one<'a>(
    vm: &mut Vm,
    args: &FuncArgs<'a>,
    tn: &str,
    name: &str,
) -> PyResult<&'a Value> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("{tn}.{name}() takes no keyword arguments")));
    }
    match after_self(args) {
        [v] => Ok(v),
        rest => Err(vm.new_type_error(format!(
            "{tn}.{name}() takes exactly one argument ({} given)",
            rest.len()
        ))),
    }
}

/// Positional-only arguments checked by Argument Clinic
/// (`_PyArg_CheckPositional`): "center expected at least 1 argument, got 0".
pub(super) fn args_positional<'a>(
    vm: &mut Vm,
    pos: &'a [Value],
    has_kw: bool,
    tn: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if has_kw {
        return Err(vm.new_type_error(format!("{tn}.{name}() takes no keyword arguments")));
    }
    let n = pos.len();
    if n < min || n > max {
        let msg = if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        return Err(vm.new_type_error(msg));
    }
    Ok(pos)
}

/// A method's positional-only arguments after `self`, checked by Argument Clinic.
pub(super) fn args_method_positional<'a>(
    vm: &mut Vm,
    args: &FuncArgs<'a>,
    tn: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    args_positional(vm, after_self(args), args.has_kw(), tn, name, min, max)
}

/// Arguments parsed by `PyArg_ParseTuple` (the find family):
/// "find() takes at least 1 argument (0 given)".
pub(super) fn args_tuple<'a>(
    vm: &mut Vm,
    args: &FuncArgs<'a>,
    tn: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("{tn}.{name}() takes no keyword arguments")));
    }
    let pos = after_self(args);
    let n = pos.len();
    if n < min || n > max {
        let (how, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return Err(vm.new_type_error(format!(
            "{name}() takes {how} {k} argument{} ({n} given)",
            plural(k)
        )));
    }
    Ok(pos)
}

/// Arguments that may be given by keyword, parsed as Argument Clinic's
/// `_PyArg_UnpackKeywords` does: the first `posonly` of `params` are
/// positional-only and the first `required` must be given. Returns one slot
/// per parameter.
pub(super) fn args_keywords<'a, const N: usize>(
    vm: &mut Vm,
    args: &FuncArgs<'a>,
    name: &str,
    params: [&str; N],
    posonly: usize,
    required: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    let pos = after_self(args);
    let nargs = pos.len();
    let nkw = args.kwnames.len();
    if nargs + nkw > N {
        return Err(vm.new_type_error(format!(
            "{name}() takes at most {N} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(N),
            nargs + nkw
        )));
    }
    let min_posonly = posonly.min(required);
    if nargs < min_posonly {
        return Err(vm.new_type_error(format!(
            "{name}() takes {} {min_posonly} positional argument{} ({nargs} given)",
            if required < N { "at least" } else { "exactly" },
            plural(min_posonly)
        )));
    }
    let mut out: [Option<&'a Value>; N] = [None; N];
    for (slot, v) in out.iter_mut().zip(pos.iter()) {
        *slot = Some(v);
    }
    let mut remaining = nkw;
    for i in nargs.max(posonly)..N {
        let found = if remaining > 0 {
            args.kwarg(params[i])
        } else {
            None
        };
        match found {
            Some(v) => {
                out[i] = Some(v);
                remaining -= 1;
            }
            None if i < required => {
                return Err(vm.new_type_error(format!(
                    "{name}() missing required argument '{}' (pos {})",
                    params[i],
                    i + 1
                )))
            }
            None => {}
        }
    }
    if remaining > 0 {
        for (i, p) in params.iter().enumerate().take(nargs).skip(posonly) {
            if args.kwarg(p).is_some() {
                return Err(vm.new_type_error(format!(
                    "argument for {name}() given by name ('{p}') and position ({})",
                    i + 1
                )));
            }
        }
        for (k, _) in args.kw() {
            if !params[posonly..].contains(&k) {
                return Err(
                    vm.new_type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                );
            }
        }
    }
    Ok(out)
}

/// A slot wrapper's arguments (`__getitem__`, `__len__`, ...): "expected 1 argument, got 0".
pub(super) fn args_slot<'a>(
    vm: &mut Vm,
    args: &FuncArgs<'a>,
    dunder: &str,
    n: usize,
) -> PyResult<&'a [Value]> {
    if args.has_kw() {
        return Err(vm.new_type_error(format!("wrapper {dunder}() takes no keyword arguments")));
    }
    let pos = after_self(args);
    if pos.len() != n {
        return Err(vm.new_type_error(format!(
            "expected {n} argument{}, got {}",
            plural(n),
            pos.len()
        )));
    }
    Ok(pos)
}

/// A start/end bound of the find family (`_PyEval_SliceIndex`): None or an
/// index, clamped to the machine range.
pub(super) fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(index_clamped(vm, v)? as i64)),
    }
}

/// CPython's ADJUST_INDICES: `(start, end)` for a sequence of `len` items,
/// with `end <= len`; `start` may exceed `end` (then nothing matches).
pub(super) fn adjust_indices(
    vm: &mut Vm,
    start: Option<&Value>,
    end: Option<&Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let s = slice_bound(vm, start)?;
    let e = slice_bound(vm, end)?;
    let mut end = e.unwrap_or(n);
    if end > n {
        end = n;
    } else if end < 0 {
        end = (end + n).max(0);
    }
    let mut start = s.unwrap_or(0);
    if start < 0 {
        start = (start + n).max(0);
    }
    Ok((start as usize, end as usize))
}

/// An int argument that must fit a C int (Argument Clinic's `int`).
pub(super) fn arg_c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let too_big = |vm: &mut Vm| vm.new_overflow_error("Python int too large to convert to C int");
    if let Value::Obj(o) = v {
        if let Payload::Int(b) = &o.payload {
            return num_traits::ToPrimitive::to_i32(b).ok_or_else(|| too_big(vm));
        }
    }
    let i = match arg_index(vm, v) {
        Ok(i) => i,
        Err(e) if super::exc_matches(&e, &types().exc.overflow_error) => return Err(too_big(vm)),
        Err(e) => return Err(e),
    };
    i32::try_from(i).map_err(|_| too_big(vm))
}

/// A MemoryError for a result that cannot be allocated.
pub(super) fn memory_error(vm: &mut Vm) -> PyErr {
    vm.new_exception_empty(&types().exc.memory_error)
}

/// NotImplemented.
pub(super) fn not_implemented() -> Value {
    Value::Obj(super::singletons().not_implemented.clone())
}

// ---- text with its code-point length -----------------------------------------------

/// A str's text and its length in code points.
#[derive(Clone, Copy)]
struct Text<'a> {
    s: &'a str,
    len: usize,
    src: &'a PyStr,
}

impl<'a> Text<'a> {
    fn of(p: &'a PyStr) -> Text<'a> {
        Text {
            s: p.as_str(),
            len: p.char_len(),
            src: p,
        }
    }

    #[inline]
    fn ascii(&self) -> bool {
        self.len == self.s.len()
    }

    /// Byte offset of code point `cp` (`cp <= len`).
    fn offset(&self, cp: usize) -> usize {
        if self.ascii() {
            cp.min(self.s.len())
        } else {
            self.src.byte_offset(cp)
        }
    }

    /// Byte offsets of code points `start <= end <= len`.
    fn byte_range(&self, start: usize, end: usize) -> (usize, usize) {
        if self.ascii() {
            return (start.min(self.s.len()), end.min(self.s.len()));
        }
        let a = self.offset(start);
        if end.saturating_sub(start) > 64 {
            return (a, self.offset(end).max(a));
        }
        let rest = &self.s[a..];
        let b = rest
            .char_indices()
            .nth(end.saturating_sub(start))
            .map(|(b, _)| b)
            .unwrap_or(rest.len());
        (a, a + b)
    }
}

fn pystr_of(v: &Value) -> Option<&PyStr> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

fn text_of(v: &Value) -> Option<Text<'_>> {
    pystr_of(v).map(Text::of)
}

fn self_text<'a>(vm: &mut Vm, args: &FuncArgs<'a>, name: &str) -> PyResult<Text<'a>> {
    match args.args.first() {
        Some(v) => match pystr_of(v) {
            Some(p) => Ok(Text::of(p)),
            None => Err(vm.new_type_error(format!(
                "descriptor '{}' requires a 'str' object but received a '{}'",
                name,
                vm.type_name(v)
            ))),
        },
        None => Err(vm.new_type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

fn self_str<'a>(vm: &mut Vm, args: &FuncArgs<'a>, name: &str) -> PyResult<&'a str> {
    self_text(vm, args, name).map(|t| t.s)
}

/// `self` as the result of a method that changed nothing: the same object
/// for an exact str, a plain str copy for a subclass.
fn unchanged(args: &FuncArgs, s: &str) -> Value {
    match args.args.first() {
        Some(v @ Value::Obj(o)) if o.type_ref().is(&types().str) => v.clone(),
        _ => new_str(s),
    }
}

fn must_str<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Text<'a>> {
    match text_of(v) {
        Some(t) => Ok(t),
        None => Err(vm.new_type_error(format!("must be str, not {}", vm.type_name(v)))),
    }
}

/// Python's whitespace (`str.isspace`), with an ASCII fast path.
#[inline]
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | '\x1c'..='\x20')
    } else {
        U::is_space(c)
    }
}

// ---- construction ----------------------------------------------------------------

/// str(object='') / str(bytes, encoding='utf-8', errors='strict').
fn str_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = match args.args.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => c.clone(),
        Some(v) => {
            return Err(vm.new_type_error(format!(
                "str.__new__(X): X is not a type object ({})",
                vm.type_name(v)
            )))
        }
        None => return Err(vm.new_type_error("str.__new__(): not enough arguments".to_string())),
    };
    if !crate::types::is_subtype(&cls, &types().str) {
        let n = crate::types::type_data(&cls).name();
        return Err(vm.new_type_error(format!("str.__new__({n}): {n} is not a subtype of str")));
    }
    let [object, encoding, errors] =
        args_keywords(vm, &args, "str", ["object", "encoding", "errors"], 0, 0)?;
    let s = match object {
        None => new_str(""),
        Some(o) if encoding.is_none() && errors.is_none() => vm.str(o)?,
        Some(o) => {
            let enc = match encoding {
                Some(e) => super::arg_str(vm, e, "str", "'encoding'")?,
                None => "utf-8",
            };
            let err = match errors {
                Some(e) => super::arg_str(vm, e, "str", "'errors'")?,
                None => "strict",
            };
            if is_str(o) {
                return Err(vm.new_type_error("decoding str is not supported".to_string()));
            }
            let data = match super::bytes::buffer(o) {
                Some(d) => d,
                None => {
                    return Err(vm.new_type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        vm.type_name(o)
                    )))
                }
            };
            super::bytes::decode(vm, &data, enc, err)?
        }
    };
    if cls.is(&types().str) {
        return Ok(s);
    }
    let o = ObjRef::new(cls.clone(), Payload::Str(PyStr::new(str_of(&s))));
    if crate::types::type_data(&cls).has_dict {
        o.dict.set(Some(super::new_dict()));
    }
    Ok(Value::Obj(o))
}

// ---- indexing and slicing -----------------------------------------------------------

/// Normalises Python slice bounds against `len`: (start, stop, step, count).
pub fn slice_indices(
    vm: &mut Vm,
    slice: &[Value; 3],
    len: usize,
) -> PyResult<(isize, isize, isize, usize)> {
    let len = len as isize;
    let step = if slice[2].is_none() {
        1
    } else {
        index_clamped(vm, &slice[2])?
    };
    if step == 0 {
        return Err(vm.new_value_error("slice step cannot be zero".to_string()));
    }
    // As CPython: a step of -2**63 would overflow when negated.
    let step = step.max(-isize::MAX);
    let clamp = |v: isize, lo: isize, hi: isize| v.max(lo).min(hi);
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let start = if slice[0].is_none() {
        if step < 0 {
            len - 1
        } else {
            0
        }
    } else {
        let s = index_clamped(vm, &slice[0])?;
        if s < 0 {
            clamp(s + len, lo, hi)
        } else {
            clamp(s, lo, hi)
        }
    };
    let stop = if slice[1].is_none() {
        if step < 0 {
            -1
        } else {
            len
        }
    } else {
        let s = index_clamped(vm, &slice[1])?;
        if s < 0 {
            clamp(s + len, lo, hi)
        } else {
            clamp(s, lo, hi)
        }
    };
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

/// A slice bound: any int, clamped to isize.
fn index_clamped(vm: &mut Vm, v: &Value) -> PyResult<isize> {
    let bad = |vm: &mut Vm| {
        vm.new_type_error(
            "slice indices must be integers or None or have an __index__ method".to_string(),
        )
    };
    match v {
        Value::Int(i) => Ok((*i as isize).clamp(isize::MIN / 2, isize::MAX / 2)),
        Value::Bool(b) => Ok(*b as isize),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Ok(match num_traits::ToPrimitive::to_i64(b) {
                Some(i) => (i as isize).clamp(isize::MIN / 2, isize::MAX / 2),
                None if num_traits::Signed::is_negative(b) => isize::MIN / 2,
                None => isize::MAX / 2,
            }),
            _ => {
                if crate::types::lookup(o.type_ref(), &super::names().__index__).is_none() {
                    return Err(bad(vm));
                }
                match arg_index(vm, v) {
                    Ok(i) => Ok((i as isize).clamp(isize::MIN / 2, isize::MAX / 2)),
                    Err(e) if super::exc_matches(&e, &types().exc.overflow_error) => {
                        Ok(isize::MAX / 2)
                    }
                    Err(e) => Err(e),
                }
            }
        },
        _ => Err(bad(vm)),
    }
}

/// An index into a sequence of `len` items, negative from the end; None if out of range.
pub fn normalize_index(vm: &mut Vm, key: &Value, len: usize) -> PyResult<Option<usize>> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => match arg_index(vm, key) {
            Ok(i) => i,
            Err(e) if super::exc_matches(&e, &types().exc.overflow_error) => return Ok(None),
            Err(e) => return Err(e),
        },
    };
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        Ok(None)
    } else {
        Ok(Some(i as usize))
    }
}

/// The integer value of a subscript key (`__index__` honoured), or None
/// when the key is not an index; an index too big for the machine is
/// CPython's IndexError.
pub(super) fn subscript_index(vm: &mut Vm, key: &Value) -> PyResult<Option<i64>> {
    let too_big = |vm: &mut Vm| vm.new_index_error("cannot fit 'int' into an index-sized integer");
    match key {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => match num_traits::ToPrimitive::to_i64(b) {
                Some(i) => Ok(Some(i)),
                None => Err(too_big(vm)),
            },
            _ => match crate::types::lookup(o.type_ref(), &super::names().__index__) {
                Some(f) => {
                    let r = vm.call(&f, std::slice::from_ref(key))?;
                    match super::int::to_bigint(&r) {
                        Some(b) => match num_traits::ToPrimitive::to_i64(&b) {
                            Some(i) => Ok(Some(i)),
                            None => Err(too_big(vm)),
                        },
                        None => Err(vm.new_type_error(format!(
                            "__index__ returned non-int (type {})",
                            vm.type_name(&r)
                        ))),
                    }
                }
                None => Ok(None),
            },
        },
        _ => Ok(None),
    }
}

/// `i` (negative from the end) as a position in `0..len`.
pub(super) fn wrap_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i.checked_add(len as i64)? } else { i };
    if i < 0 || i >= len as i64 {
        None
    } else {
        Some(i as usize)
    }
}

pub fn str_getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult<Value> {
    let p = match &o.payload {
        Payload::Str(s) => s,
        _ => return Err(vm.new_type_error("str expected".to_string())),
    };
    let t = Text::of(p);
    if let Value::Int(i) = key {
        return match wrap_index(*i, t.len) {
            Some(i) => Ok(char_at(t, i)),
            None => Err(vm.new_index_error("string index out of range")),
        };
    }
    if let Value::Obj(k) = key {
        if let Payload::Slice(sl) = &k.payload {
            let (start, _stop, step, count) = slice_indices(vm, sl, t.len)?;
            if count == t.len && step == 1 && o.type_ref().is(&types().str) {
                return Ok(Value::Obj(o.clone()));
            }
            return Ok(slice_text(t, start, step, count));
        }
    }
    match subscript_index(vm, key)? {
        Some(i) => match wrap_index(i, t.len) {
            Some(i) => Ok(char_at(t, i)),
            None => Err(vm.new_index_error("string index out of range")),
        },
        None => Err(vm.new_type_error(format!(
            "string indices must be integers, not '{}'",
            vm.type_name(key)
        ))),
    }
}

fn char_at(t: Text, i: usize) -> Value {
    if t.ascii() {
        return char_str(t.s.as_bytes().get(i).copied().unwrap_or(0) as char);
    }
    char_str(t.src.char_at(i).unwrap_or('\0'))
}

/// `count` code points from `start` by `step` (already normalised).
fn slice_text(t: Text, start: isize, step: isize, count: usize) -> Value {
    if count == 0 {
        return Value::Obj(super::intern(""));
    }
    if step == 1 {
        let a = start.max(0) as usize;
        let (x, y) = t.byte_range(a, a + count);
        return new_str(&t.s[x..y]);
    }
    if t.ascii() {
        let b = t.s.as_bytes();
        let picked: Vec<u8> = if step > 0 {
            b.get(start.max(0) as usize..)
                .unwrap_or(&[])
                .iter()
                .step_by(step as usize)
                .take(count)
                .copied()
                .collect()
        } else {
            b.get(..=(start.max(0) as usize))
                .unwrap_or(&[])
                .iter()
                .rev()
                .step_by(step.unsigned_abs())
                .take(count)
                .copied()
                .collect()
        };
        return new_str(String::from_utf8(picked).unwrap_or_default());
    }
    let mut out = String::with_capacity(count * 2);
    if step > 0 {
        let a = start.max(0) as usize;
        for c in t.s.chars().skip(a).step_by(step as usize).take(count) {
            out.push(c);
        }
    } else {
        let from_end = (t.len as isize - 1 - start).max(0) as usize;
        for c in
            t.s.chars()
                .rev()
                .skip(from_end)
                .step_by(step.unsigned_abs())
                .take(count)
        {
            out.push(c);
        }
    }
    new_str(out)
}

/// A one-character str (ASCII ones are interned).
pub fn char_str(c: char) -> Value {
    if c.is_ascii() {
        let mut b = [0u8; 4];
        return Value::Obj(super::intern(c.encode_utf8(&mut b)));
    }
    new_str(c.to_string())
}

// ---- searching -------------------------------------------------------------------------

/// find/rfind/index/rindex: the code-point index of `sub` in `s[start:end]`.
fn find_impl(vm: &mut Vm, args: &FuncArgs, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let s = self_text(vm, args, name)?;
    let a = args_tuple(vm, args, "str", name, 1, 3)?;
    let sub = must_str(vm, &a[0])?;
    let (start, end) = adjust_indices(vm, a.get(1), a.get(2), s.len)?;
    if end < start || end - start < sub.len {
        return Ok(None);
    }
    let (x, y) = s.byte_range(start, end);
    let hay = &s.s[x..y];
    let found = if reverse {
        hay.rfind(sub.s)
    } else {
        hay.find(sub.s)
    };
    Ok(found.map(|i| {
        if s.ascii() {
            start + i
        } else {
            start + hay[..i].chars().count()
        }
    }))
}

fn str_find(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let r = find_impl(vm, &args, "find", false)?;
    Ok(Value::Int(r.map(|i| i as i64).unwrap_or(-1)))
}

fn str_rfind(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let r = find_impl(vm, &args, "rfind", true)?;
    Ok(Value::Int(r.map(|i| i as i64).unwrap_or(-1)))
}

fn str_index(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match find_impl(vm, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.new_value_error("substring not found".to_string())),
    }
}

fn str_rindex(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match find_impl(vm, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.new_value_error("substring not found".to_string())),
    }
}

fn str_count(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_text(vm, &args, "count")?;
    let a = args_tuple(vm, &args, "str", "count", 1, 3)?;
    let sub = must_str(vm, &a[0])?;
    let (start, end) = adjust_indices(vm, a.get(1), a.get(2), s.len)?;
    if end < start || end - start < sub.len {
        return Ok(Value::Int(0));
    }
    if sub.len == 0 {
        return Ok(Value::Int((end - start + 1) as i64));
    }
    let (x, y) = s.byte_range(start, end);
    let hay = &s.s[x..y];
    let n = if sub.s.len() == 1 {
        let b = sub.s.as_bytes()[0];
        hay.bytes().filter(|&c| c == b).count()
    } else {
        hay.matches(sub.s).count()
    };
    Ok(Value::Int(n as i64))
}

fn affix_impl(vm: &mut Vm, args: FuncArgs, name: &str, ends: bool) -> PyResult<Value> {
    let s = self_text(vm, &args, name)?;
    let a = args_tuple(vm, &args, "str", name, 1, 3)?;
    let (start, end) = adjust_indices(vm, a.get(1), a.get(2), s.len)?;
    let matches = |sub: Text| -> bool {
        if end < start || end - start < sub.len {
            return false;
        }
        if sub.len == 0 {
            return true;
        }
        let (x, y) = s.byte_range(start, end);
        let hay = &s.s[x..y];
        if ends {
            hay.ends_with(sub.s)
        } else {
            hay.starts_with(sub.s)
        }
    };
    match &a[0] {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => {
            for item in super::tuple_items(o) {
                match text_of(item) {
                    Some(sub) => {
                        if matches(sub) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    None => {
                        return Err(vm.new_type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            vm.type_name(item)
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        v => match text_of(v) {
            Some(sub) => Ok(Value::Bool(matches(sub))),
            None => Err(vm.new_type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn str_startswith(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

fn str_contains(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "__contains__")?;
    let a = args_slot(vm, &args, "__contains__", 1)?;
    match text_of(&a[0]) {
        Some(sub) => Ok(Value::Bool(s.contains(sub.s))),
        None => Err(vm.new_type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&a[0])
        ))),
    }
}

// ---- join, split, partition --------------------------------------------------------------

/// The items of an iterable argument, with `msg` as the TypeError when it
/// is not iterable (CPython's `PySequence_Fast`).
pub(super) fn sequence_items(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::List(items) if o.type_ref().is(&types().list) => return Ok(items.get()),
            Payload::Tuple(items) if o.type_ref().is(&types().tuple) => return Ok(items.to_vec()),
            _ => {}
        }
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if super::exc_matches(&e, &types().exc.type_error) => {
            return Err(vm.new_type_error(msg.to_string()))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = crate::protocol::iter_next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// Joins str items with `sep`; Err(index) names the first item that is not
/// a str, Err(usize::MAX) is a result too big to allocate. Runs no Python
/// code (so it may run on a list's items in place).
fn join_strs(sep: &str, items: &[Value]) -> Result<String, usize> {
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, v) in items.iter().enumerate() {
        match pystr_of(v) {
            Some(p) => total = total.saturating_add(p.as_str().len()),
            None => return Err(i),
        }
    }
    let mut out = String::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(usize::MAX);
    }
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(str_of(v));
    }
    Ok(out)
}

fn str_join(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let sep = self_str(vm, &args, "join")?;
    let it = args_one(vm, &args, "str", "join")?;
    let joined = match it {
        Value::Obj(o) if o.type_ref().is(&types().list) => match &o.payload {
            Payload::List(items) => items.with(|items| {
                if let [one @ Value::Obj(x)] = &items[..] {
                    if x.type_ref().is(&types().str) {
                        return (Ok(String::new()), Some(one.clone()));
                    }
                }
                (join_strs(sep, items), None)
            }),
            _ => (Ok(String::new()), None),
        },
        _ => {
            let items = sequence_items(vm, it, "can only join an iterable")?;
            if let [one @ Value::Obj(x)] = &items[..] {
                if x.type_ref().is(&types().str) {
                    return Ok(one.clone());
                }
            }
            match join_strs(sep, &items) {
                Err(i) if i < items.len() => {
                    return Err(vm.new_type_error(format!(
                        "sequence item {i}: expected str instance, {} found",
                        vm.type_name(&items[i])
                    )))
                }
                r => (r, None),
            }
        }
    };
    match joined {
        (_, Some(one)) => Ok(one),
        (Ok(s), None) => Ok(new_str(s)),
        (Err(usize::MAX), None) => Err(memory_error(vm)),
        (Err(i), None) => {
            // A list item that is not a str (looked up again outside the borrow).
            let item = match it {
                Value::Obj(o) => match &o.payload {
                    Payload::List(items) => items.with(|items| items.get(i).cloned()),
                    _ => None,
                },
                _ => None,
            }
            .unwrap_or(Value::None);
            Err(vm.new_type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(&item)
            )))
        }
    }
}

/// Byte ranges of the words of `d` separated by runs of `is_ws` bytes, at
/// most `limit` splits (the last word keeps the rest, trailing whitespace
/// included); shared by str (ASCII text) and bytes.
pub(super) fn split_ws_ranges(
    d: &[u8],
    limit: usize,
    is_ws: fn(u8) -> bool,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = d.len();
    let mut i = 0;
    loop {
        while i < n && is_ws(d[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if out.len() == limit {
            out.push((i, n));
            break;
        }
        let start = i;
        while i < n && !is_ws(d[i]) {
            i += 1;
        }
        out.push((start, i));
    }
    out
}

/// As `split_ws_ranges`, splitting from the right.
pub(super) fn rsplit_ws_ranges(
    d: &[u8],
    limit: usize,
    is_ws: fn(u8) -> bool,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = d.len();
    loop {
        while i > 0 && is_ws(d[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if out.len() == limit {
            out.push((0, i));
            break;
        }
        let stop = i;
        while i > 0 && !is_ws(d[i - 1]) {
            i -= 1;
        }
        out.push((i, stop));
    }
    out.reverse();
    out
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=0x20)
}

/// `s.split()` on any text: byte ranges of the words.
fn split_whitespace(s: &str, limit: usize) -> Vec<(usize, usize)> {
    if s.is_ascii() {
        return split_ws_ranges(s.as_bytes(), limit, is_ascii_space);
    }
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    loop {
        while let Some(&(_, c)) = it.peek() {
            if !is_space(c) {
                break;
            }
            it.next();
        }
        let start = match it.peek() {
            Some(&(p, _)) => p,
            None => break,
        };
        if out.len() == limit {
            out.push((start, s.len()));
            break;
        }
        let mut end = s.len();
        while let Some(&(p, c)) = it.peek() {
            if is_space(c) {
                end = p;
                break;
            }
            it.next();
        }
        out.push((start, end));
    }
    out
}

/// `s.rsplit()` on any text.
fn rsplit_whitespace(s: &str, limit: usize) -> Vec<(usize, usize)> {
    if s.is_ascii() {
        return rsplit_ws_ranges(s.as_bytes(), limit, is_ascii_space);
    }
    let mut out = Vec::new();
    let mut it = s.char_indices().rev().peekable();
    loop {
        while let Some(&(_, c)) = it.peek() {
            if !is_space(c) {
                break;
            }
            it.next();
        }
        let stop = match it.peek() {
            Some(&(p, c)) => p + c.len_utf8(),
            None => break,
        };
        if out.len() == limit {
            out.push((0, stop));
            break;
        }
        let mut start = 0;
        while let Some(&(p, c)) = it.peek() {
            if is_space(c) {
                start = p + c.len_utf8();
                break;
            }
            it.next();
        }
        out.push((start, stop));
    }
    out.reverse();
    out
}

/// Byte ranges of `s` split on `sep`, at most `limit` times.
fn split_sep_ranges(s: &str, sep: &str, limit: usize, right: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if right {
        let mut end = s.len();
        while out.len() < limit {
            match s[..end].rfind(sep) {
                Some(p) => {
                    out.push((p + sep.len(), end));
                    end = p;
                }
                None => break,
            }
        }
        out.push((0, end));
        out.reverse();
    } else {
        let mut start = 0;
        while out.len() < limit {
            match s[start..].find(sep) {
                Some(p) => {
                    out.push((start, start + p));
                    start += p + sep.len();
                }
                None => break,
            }
        }
        out.push((start, s.len()));
    }
    out
}

fn split_impl(vm: &mut Vm, args: FuncArgs, name: &str, right: bool) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    let [sep, maxsplit] = args_keywords(vm, &args, name, ["sep", "maxsplit"], 0, 0)?;
    let maxsplit = match maxsplit {
        Some(v) => arg_index(vm, v)?,
        None => -1,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts = match sep {
        None | Some(Value::None) => {
            if right {
                rsplit_whitespace(s, limit)
            } else {
                split_whitespace(s, limit)
            }
        }
        Some(v) => {
            let sep = match text_of(v) {
                Some(t) => t.s,
                None => {
                    return Err(
                        vm.new_type_error(format!("must be str or None, not {}", vm.type_name(v)))
                    )
                }
            };
            if sep.is_empty() {
                return Err(vm.new_value_error("empty separator".to_string()));
            }
            split_sep_ranges(s, sep, limit, right)
        }
    };
    if parts.len() == 1 && parts[0] == (0, s.len()) {
        return Ok(new_list(vec![unchanged(&args, s)]));
    }
    let mut items = Vec::with_capacity(parts.len());
    for (a, b) in parts {
        items.push(new_str(&s[a..b]));
    }
    Ok(new_list(items))
}

fn str_split(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

fn str_rsplit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

/// The `keepends` flag of splitlines (an int, as Argument Clinic takes it).
pub(super) fn keepends_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v @ Value::Float(_)) => Err(vm.new_type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
        Some(v) => match super::int::to_bigint(v) {
            Some(b) => Ok(!num_traits::Zero::is_zero(&b)),
            None => Ok(arg_index(vm, v)? != 0),
        },
    }
}

fn str_splitlines(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "splitlines")?;
    let [keepends] = args_keywords(vm, &args, "splitlines", ["keepends"], 0, 0)?;
    let keep = keepends_arg(vm, keepends)?;
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                end += 1;
            }
        }
        out.push(new_str(if keep { &s[start..end] } else { &s[start..i] }));
        start = end;
    }
    if start < s.len() {
        if start == 0 {
            out.push(unchanged(&args, s));
        } else {
            out.push(new_str(&s[start..]));
        }
    }
    Ok(new_list(out))
}

fn partition_impl(vm: &mut Vm, args: FuncArgs, name: &str, right: bool) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    let sep_v = args_one(vm, &args, "str", name)?;
    let sep = must_str(vm, sep_v)?.s;
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator".to_string()));
    }
    let found = if right { s.rfind(sep) } else { s.find(sep) };
    let empty = || Value::Obj(super::intern(""));
    Ok(match found {
        Some(i) => new_tuple(vec![
            new_str(&s[..i]),
            sep_v.clone(),
            new_str(&s[i + sep.len()..]),
        ]),
        None if right => new_tuple(vec![empty(), empty(), unchanged(&args, s)]),
        None => new_tuple(vec![unchanged(&args, s), empty(), empty()]),
    })
}

fn str_partition(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

// ---- strip, replace, affixes ---------------------------------------------------------------

fn strip_impl(vm: &mut Vm, args: FuncArgs, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    let a = args_method_positional(vm, &args, "str", name, 0, 1)?;
    let r = match a.first() {
        None | Some(Value::None) => {
            let mut r = s;
            if left {
                r = r.trim_start_matches(is_space);
            }
            if right {
                r = r.trim_end_matches(is_space);
            }
            r
        }
        Some(v) => {
            let chars = match text_of(v) {
                Some(t) => t,
                None => return Err(vm.new_type_error(format!("{name} arg must be None or str"))),
            };
            let mut r = s;
            if chars.ascii() {
                let mut set = [false; 128];
                for b in chars.s.bytes() {
                    set[b as usize] = true;
                }
                let in_set = |c: char| c.is_ascii() && set[c as usize];
                if left {
                    r = r.trim_start_matches(in_set);
                }
                if right {
                    r = r.trim_end_matches(in_set);
                }
            } else {
                let set: Vec<char> = chars.s.chars().collect();
                if left {
                    r = r.trim_start_matches(|c| set.contains(&c));
                }
                if right {
                    r = r.trim_end_matches(|c| set.contains(&c));
                }
            }
            r
        }
    };
    if r.len() == s.len() {
        return Ok(unchanged(&args, s));
    }
    Ok(new_str(r))
}

fn str_strip(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn str_replace(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_text(vm, &args, "replace")?;
    let a = args_method_positional(vm, &args, "str", "replace", 2, 3)?;
    let old = match text_of(&a[0]) {
        Some(t) => t,
        None => {
            return Err(vm.new_type_error(format!(
                "replace() argument 1 must be str, not {}",
                vm.type_name(&a[0])
            )))
        }
    };
    let new = match text_of(&a[1]) {
        Some(t) => t.s,
        None => {
            return Err(vm.new_type_error(format!(
                "replace() argument 2 must be str, not {}",
                vm.type_name(&a[1])
            )))
        }
    };
    let count = match a.get(2) {
        Some(c) => arg_index(vm, c)?,
        None => -1,
    };
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if max == 0 || (old.len > s.len) {
        return Ok(unchanged(&args, s.s));
    }
    if old.s.is_empty() {
        // `new` goes before every character and at the end, `max` times.
        let n = max.min(s.len + 1);
        let size = new
            .len()
            .checked_mul(n)
            .and_then(|x| x.checked_add(s.s.len()));
        let mut out = String::new();
        match size {
            Some(size) if out.try_reserve(size).is_ok() => {}
            _ => return Err(vm.new_overflow_error("replace string is too long")),
        }
        let mut done = 0;
        for c in s.s.chars() {
            if done < n {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < n {
            out.push_str(new);
        }
        return Ok(new_str(out));
    }
    if !s.s.contains(old.s) {
        return Ok(unchanged(&args, s.s));
    }
    if max == usize::MAX {
        Ok(new_str(s.s.replace(old.s, new)))
    } else {
        Ok(new_str(s.s.replacen(old.s, new, max)))
    }
}

fn str_removeprefix(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "removeprefix")?;
    let p = args_one(vm, &args, "str", "removeprefix")?;
    let p = match text_of(p) {
        Some(t) => t.s,
        None => {
            return Err(vm.new_type_error(format!(
                "removeprefix() argument must be str, not {}",
                vm.type_name(p)
            )))
        }
    };
    match s.strip_prefix(p) {
        Some(r) if !p.is_empty() => Ok(new_str(r)),
        _ => Ok(unchanged(&args, s)),
    }
}

fn str_removesuffix(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "removesuffix")?;
    let p = args_one(vm, &args, "str", "removesuffix")?;
    let p = match text_of(p) {
        Some(t) => t.s,
        None => {
            return Err(vm.new_type_error(format!(
                "removesuffix() argument must be str, not {}",
                vm.type_name(p)
            )))
        }
    };
    match s.strip_suffix(p) {
        Some(r) if !p.is_empty() => Ok(new_str(r)),
        _ => Ok(unchanged(&args, s)),
    }
}

// ---- case and predicates -------------------------------------------------------------

fn map_str(vm: &mut Vm, args: FuncArgs, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    args_none(vm, &args, "str", name)?;
    Ok(new_str(f(s)))
}

fn str_upper(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    map_str(vm, args, "upper", U::upper)
}

fn str_lower(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    map_str(vm, args, "lower", U::lower)
}

fn str_casefold(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    map_str(vm, args, "casefold", U::casefold)
}

fn str_swapcase(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    map_str(vm, args, "swapcase", U::swapcase)
}

fn str_capitalize(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    map_str(vm, args, "capitalize", U::capitalize)
}

fn str_title(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    map_str(vm, args, "title", U::title_case)
}

fn pred(
    vm: &mut Vm,
    args: FuncArgs,
    name: &str,
    empty: bool,
    f: fn(&str) -> bool,
) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    args_none(vm, &args, "str", name)?;
    if s.is_empty() {
        return Ok(Value::Bool(empty));
    }
    Ok(Value::Bool(f(s)))
}

fn str_isdigit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred(vm, args, "isdigit", false, |s| s.chars().all(U::is_digit))
}

fn str_isdecimal(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred(vm, args, "isdecimal", false, |s| {
        s.chars().all(U::is_decimal)
    })
}

fn str_isnumeric(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred(vm, args, "isnumeric", false, |s| {
        s.chars().all(U::is_numeric)
    })
}

fn str_isalpha(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred(vm, args, "isalpha", false, |s| s.chars().all(U::is_alpha))
}

fn str_isalnum(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred(vm, args, "isalnum", false, |s| s.chars().all(U::is_alnum))
}

fn str_isspace(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred(vm, args, "isspace", false, |s| s.chars().all(is_space))
}

fn str_isascii(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred(vm, args, "isascii", true, |s| s.is_ascii())
}

fn str_islower(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred(vm, args, "islower", false, U::str_is_lower)
}

fn str_isupper(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred(vm, args, "isupper", false, U::str_is_upper)
}

fn str_isidentifier(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred(vm, args, "isidentifier", false, U::is_identifier)
}

fn str_istitle(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred(vm, args, "istitle", false, U::str_is_title)
}

fn str_isprintable(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pred(vm, args, "isprintable", true, |s| {
        s.chars().all(baton_text::is_printable)
    })
}

// ---- padding -----------------------------------------------------------------------

/// `width` as a pad target: None when `len` already reaches it.
fn pad_width(vm: &mut Vm, v: &Value, len: usize) -> PyResult<Option<usize>> {
    let width = arg_index(vm, v)?;
    if width <= len as i64 {
        return Ok(None);
    }
    Ok(Some(width as usize - len))
}

/// A String of `s` with `left` and `right` fill characters, or MemoryError.
fn padded(vm: &mut Vm, s: &str, fill: char, left: usize, right: usize) -> PyResult<Value> {
    let size = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.len()));
    let mut out = String::new();
    match size {
        Some(n) if out.try_reserve_exact(n).is_ok() => {}
        _ => return Err(memory_error(vm)),
    }
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new_str(out))
}

/// CPython's split of `total` padding for center(): the odd one goes left
/// when the width is odd.
pub(super) fn center_split(total: usize, width: usize) -> (usize, usize) {
    let left = total / 2 + (total & width & 1);
    (left, total - left)
}

fn pad_impl(vm: &mut Vm, args: FuncArgs, name: &str, align: char) -> PyResult<Value> {
    let s = self_text(vm, &args, name)?;
    let a = args_method_positional(vm, &args, "str", name, 1, 2)?;
    let total = pad_width(vm, &a[0], s.len)?;
    let fill = match a.get(1) {
        Some(f) => match text_of(f) {
            Some(t) if t.len == 1 => t.s.chars().next().unwrap_or(' '),
            Some(_) => {
                return Err(vm.new_type_error(
                    "The fill character must be exactly one character long".to_string(),
                ))
            }
            None => {
                return Err(vm.new_type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(f)
                )))
            }
        },
        None => ' ',
    };
    let total = match total {
        Some(t) => t,
        None => return Ok(unchanged(&args, s.s)),
    };
    let (l, r) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => center_split(total, total + s.len),
    };
    padded(vm, s.s, fill, l, r)
}

fn str_center(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pad_impl(vm, args, "center", '^')
}

fn str_ljust(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", '<')
}

fn str_rjust(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", '>')
}

fn str_zfill(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_text(vm, &args, "zfill")?;
    let w = args_one(vm, &args, "str", "zfill")?;
    let total = match pad_width(vm, w, s.len)? {
        Some(t) => t,
        None => return Ok(unchanged(&args, s.s)),
    };
    let (sign, rest) = match s.s.as_bytes().first() {
        Some(b'+') | Some(b'-') => s.s.split_at(1),
        _ => ("", s.s),
    };
    let mut out = String::new();
    if out
        .try_reserve_exact(total.saturating_add(s.s.len()))
        .is_err()
    {
        return Err(memory_error(vm));
    }
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', total));
    out.push_str(rest);
    Ok(new_str(out))
}

/// `expandtabs` over bytes, or over UTF-8 text when `text` is set (then a
/// column is a code point: continuation bytes do not advance it). Each tab
/// becomes spaces up to the next multiple of `tabsize`; columns restart
/// after `\n` and `\r`; a `tabsize` of 0 or less removes tabs.
pub(super) fn expand_tabs(vm: &mut Vm, d: &[u8], tabsize: i64, text: bool) -> PyResult<Vec<u8>> {
    let advances = |b: u8| !text || (b & 0xc0) != 0x80;
    let mut total: u128 = 0;
    let mut column: i64 = 0;
    for &c in d {
        if c == b'\t' {
            if tabsize > 0 {
                let n = tabsize - column % tabsize;
                total += n as u128;
                column += n;
            }
        } else {
            total += 1;
            if advances(c) {
                column += 1;
            }
            if c == b'\n' || c == b'\r' {
                column = 0;
            }
        }
    }
    if total > isize::MAX as u128 {
        return Err(vm.new_overflow_error("result too long"));
    }
    let mut out = Vec::new();
    if out.try_reserve_exact(total as usize).is_err() {
        return Err(memory_error(vm));
    }
    column = 0;
    for &c in d {
        if c == b'\t' {
            if tabsize > 0 {
                let n = tabsize - column % tabsize;
                out.resize(out.len() + n as usize, b' ');
                column += n;
            }
        } else {
            out.push(c);
            if advances(c) {
                column += 1;
            }
            if c == b'\n' || c == b'\r' {
                column = 0;
            }
        }
    }
    Ok(out)
}

fn str_expandtabs(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "expandtabs")?;
    let [tabsize] = args_keywords(vm, &args, "expandtabs", ["tabsize"], 0, 0)?;
    let ts = match tabsize {
        Some(v) => arg_c_int(vm, v)?,
        None => 8,
    };
    if !s.contains('\t') {
        return Ok(unchanged(&args, s));
    }
    let out = expand_tabs(vm, s.as_bytes(), ts as i64, true)?;
    Ok(new_str(String::from_utf8(out).unwrap_or_default()))
}

// ---- encoding, formatting ------------------------------------------------------------

fn str_encode(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "encode")?;
    let [encoding, errors] = args_keywords(vm, &args, "encode", ["encoding", "errors"], 0, 0)?;
    let enc = match encoding {
        Some(e) => super::arg_str(vm, e, "encode", "'encoding'")?,
        None => "utf-8",
    };
    let err = match errors {
        Some(e) => super::arg_str(vm, e, "encode", "'errors'")?,
        None => "strict",
    };
    super::bytes::encode(vm, s, enc, err)
}

fn str_format_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "format")?;
    super::format::str_format(vm, s, &args.args[1..], args.kwnames, None)
}

fn str_format_map(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "format_map")?;
    let m = args_one(vm, &args, "str", "format_map")?;
    super::format::str_format(vm, s, &[], &[], Some(m.clone()))
}

fn str_dunder_format(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let spec = args_one(vm, &args, "str", "__format__")?;
    if !is_str(spec) {
        return Err(vm.new_type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    }
    let v = args.args.first().cloned().unwrap_or(Value::None);
    // A subclass formats with an empty spec as its str() (CPython's format_obj).
    if str_of(spec).is_empty() {
        if let Value::Obj(o) = &v {
            if !o.type_ref().is(&types().str) {
                return vm.str(&v);
            }
        }
    }
    super::format::format_value(vm, &v, str_of(spec))
}

fn str_mod(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = args_slot(vm, &args, "__mod__", 1)?;
    let fmt = args.args.first().cloned().unwrap_or(Value::None);
    if !is_str(&fmt) {
        return Ok(not_implemented());
    }
    percent_format(vm, &fmt, &a[0])
}

fn str_rmod(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let a = args_slot(vm, &args, "__rmod__", 1)?;
    if !is_str(&a[0]) {
        return Ok(not_implemented());
    }
    let me = args.args.first().cloned().unwrap_or(Value::None);
    percent_format(vm, &a[0], &me)
}

/// `str % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    super::format::percent_format(vm, str_of(fmt), args)
}

// ---- translate -----------------------------------------------------------------------

fn str_maketrans(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = args_positional(vm, args.pos(), args.has_kw(), "str", "maketrans", 1, 3)?;
    let d = super::new_dict();
    if let [m] = pos {
        let mo = match m {
            Value::Obj(mo) if matches!(mo.payload, Payload::Dict(_)) => mo,
            _ => {
                return Err(vm.new_type_error(
                    "if you give only one argument to maketrans it must be a dict".to_string(),
                ))
            }
        };
        for (k, v) in super::dict::dict_items_of(mo) {
            let key = if let Some(t) = text_of(&k) {
                if t.len != 1 {
                    return Err(vm.new_value_error(
                        "string keys in translate table must be of length 1".to_string(),
                    ));
                }
                Value::Int(t.s.chars().next().map(|c| c as i64).unwrap_or(0))
            } else if super::int::to_bigint(&k).is_some() {
                k
            } else {
                return Err(vm.new_type_error(
                    "keys in translate table must be strings or integers".to_string(),
                ));
            };
            super::dict::dict_setitem(vm, &d, key, v)?;
        }
        return Ok(Value::Obj(d));
    }
    let x = match text_of(&pos[0]) {
        Some(t) => t,
        None => {
            return Err(vm.new_type_error(
                "first maketrans argument must be a string if there is a second argument"
                    .to_string(),
            ))
        }
    };
    let y = match text_of(&pos[1]) {
        Some(t) => t,
        None => {
            return Err(vm.new_type_error(format!(
                "maketrans() argument 2 must be str, not {}",
                vm.type_name(&pos[1])
            )))
        }
    };
    let z = match pos.get(2) {
        Some(v) => match text_of(v) {
            Some(t) => Some(t),
            None => {
                return Err(vm.new_type_error(format!(
                    "maketrans() argument 3 must be str, not {}",
                    vm.type_name(v)
                )))
            }
        },
        None => None,
    };
    if x.len != y.len {
        return Err(vm.new_value_error(
            "the first two maketrans arguments must have equal length".to_string(),
        ));
    }
    for (a, b) in x.s.chars().zip(y.s.chars()) {
        super::dict::dict_setitem(vm, &d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = z {
        for c in z.s.chars() {
            super::dict::dict_setitem(vm, &d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Obj(d))
}

/// What the table of str.translate gives for one character.
#[derive(Clone)]
enum Mapped {
    Keep,
    Delete,
    Char(char),
    Text(Value),
}

fn translate_lookup(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    match crate::protocol::getitem(vm, table, &Value::Int(c as i64)) {
        Ok(Value::None) => Ok(Mapped::Delete),
        Ok(v) if is_str(&v) => Ok(Mapped::Text(v)),
        Ok(v) => match super::int::to_bigint(&v) {
            Some(b) => {
                let n = num_traits::ToPrimitive::to_u32(&b).filter(|n| *n < 0x110000);
                match n {
                    Some(n) => match char::from_u32(n) {
                        Some(ch) => Ok(Mapped::Char(ch)),
                        None => Err(vm.new_value_error(
                            "surrogate code points are not supported by Baton's str".to_string(),
                        )),
                    },
                    None => Err(vm.new_value_error(
                        "character mapping must be in range(0x110000)".to_string(),
                    )),
                }
            }
            None => Err(
                vm.new_type_error("character mapping must return integer, None or str".to_string())
            ),
        },
        Err(e) if super::exc_matches(&e, &types().exc.lookup_error) => Ok(Mapped::Keep),
        Err(e) => Err(e),
    }
}

fn str_translate(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "translate")?;
    let table = args_one(vm, &args, "str", "translate")?;
    let mut ascii_cache: [Option<Mapped>; 128] = std::array::from_fn(|_| None);
    let mut other_cache: std::collections::HashMap<char, Mapped> = Default::default();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let m = if c.is_ascii() {
            match &ascii_cache[c as usize] {
                Some(m) => m.clone(),
                None => {
                    let m = translate_lookup(vm, table, c)?;
                    ascii_cache[c as usize] = Some(m.clone());
                    m
                }
            }
        } else {
            match other_cache.get(&c) {
                Some(m) => m.clone(),
                None => {
                    let m = translate_lookup(vm, table, c)?;
                    other_cache.insert(c, m.clone());
                    m
                }
            }
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Char(ch) => out.push(ch),
            Mapped::Text(v) => out.push_str(str_of(&v)),
        }
    }
    Ok(new_str(out))
}

// ---- the other dunders -----------------------------------------------------------------

fn str_len(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_text(vm, &args, "__len__")?;
    args_slot(vm, &args, "__len__", 0)?;
    Ok(Value::Int(s.len as i64))
}

fn str_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    self_str(vm, &args, "__hash__")?;
    args_slot(vm, &args, "__hash__", 0)?;
    match args.args.first().and_then(pystr_of) {
        Some(p) => Ok(Value::Int(p.hash())),
        None => Ok(Value::Int(0)),
    }
}

fn str_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "__repr__")?;
    args_slot(vm, &args, "__repr__", 0)?;
    Ok(new_str(baton_text::str_repr(s)))
}

fn str_str(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "__str__")?;
    args_slot(vm, &args, "__str__", 0)?;
    Ok(unchanged(&args, s))
}

fn str_getitem_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    self_str(vm, &args, "__getitem__")?;
    let a = args_slot(vm, &args, "__getitem__", 1)?;
    match args.args.first() {
        Some(Value::Obj(o)) => str_getitem(vm, o, &a[0]),
        _ => Err(vm.new_type_error("str expected".to_string())),
    }
}

fn str_iter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    self_str(vm, &args, "__iter__")?;
    args_slot(vm, &args, "__iter__", 0)?;
    match args.args.first() {
        Some(Value::Obj(o)) => match super::iter::native_iter(vm, o)? {
            Some(it) => Ok(it),
            None => Err(vm.new_type_error("str expected".to_string())),
        },
        _ => Err(vm.new_type_error("str expected".to_string())),
    }
}

fn str_getnewargs(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "__getnewargs__")?;
    args_none(vm, &args, "str", "__getnewargs__")?;
    Ok(new_tuple(vec![new_str(s)]))
}

fn str_sizeof(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_text(vm, &args, "__sizeof__")?;
    args_none(vm, &args, "str", "__sizeof__")?;
    // CPython's compact layouts: 48 bytes of header for ASCII, 72 otherwise,
    // then one code unit of 1, 2 or 4 bytes per character plus a terminator.
    let size = if s.ascii() {
        48 + s.len + 1
    } else {
        let max = s.s.chars().map(|c| c as u32).max().unwrap_or(0);
        let kind = if max < 0x100 {
            1
        } else if max < 0x10000 {
            2
        } else {
            4
        };
        72 + (s.len + 1) * kind
    };
    Ok(Value::Int(size as i64))
}

pub fn register() {
    let t = &types().str;
    super::types::add_methods_kind(t, &[("__new__", str_new)], MethodKind::Static);
    super::types::add_methods_kind(t, &[("maketrans", str_maketrans)], MethodKind::Static);
    super::ops::register_dunders(t, &["__add__", "__mul__", "__rmul__"]);
    super::ops::register_dunders(t, super::ops::COMPARE_DUNDERS);
    super::types::add_methods(
        t,
        &[
            ("find", str_find),
            ("rfind", str_rfind),
            ("index", str_index),
            ("rindex", str_rindex),
            ("count", str_count),
            ("join", str_join),
            ("split", str_split),
            ("rsplit", str_rsplit),
            ("splitlines", str_splitlines),
            ("strip", str_strip),
            ("lstrip", str_lstrip),
            ("rstrip", str_rstrip),
            ("replace", str_replace),
            ("startswith", str_startswith),
            ("endswith", str_endswith),
            ("upper", str_upper),
            ("lower", str_lower),
            ("casefold", str_casefold),
            ("swapcase", str_swapcase),
            ("capitalize", str_capitalize),
            ("title", str_title),
            ("isdigit", str_isdigit),
            ("isdecimal", str_isdecimal),
            ("isnumeric", str_isnumeric),
            ("isalpha", str_isalpha),
            ("isalnum", str_isalnum),
            ("isspace", str_isspace),
            ("isascii", str_isascii),
            ("islower", str_islower),
            ("isupper", str_isupper),
            ("isidentifier", str_isidentifier),
            ("istitle", str_istitle),
            ("isprintable", str_isprintable),
            ("center", str_center),
            ("ljust", str_ljust),
            ("rjust", str_rjust),
            ("zfill", str_zfill),
            ("expandtabs", str_expandtabs),
            ("partition", str_partition),
            ("rpartition", str_rpartition),
            ("removeprefix", str_removeprefix),
            ("removesuffix", str_removesuffix),
            ("encode", str_encode),
            ("format", str_format_m),
            ("format_map", str_format_map),
            ("translate", str_translate),
            ("__len__", str_len),
            ("__hash__", str_hash),
            ("__repr__", str_repr),
            ("__str__", str_str),
            ("__getitem__", str_getitem_m),
            ("__contains__", str_contains),
            ("__iter__", str_iter),
            ("__format__", str_dunder_format),
            ("__mod__", str_mod),
            ("__rmod__", str_rmod),
            ("__getnewargs__", str_getnewargs),
            ("__sizeof__", str_sizeof),
        ],
    );
}
