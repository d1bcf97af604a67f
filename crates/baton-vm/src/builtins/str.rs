//! `str`: construction, indexing and slicing by code point, and the methods.

use super::{arg_index, bind_native, is_str, new_list, new_str, new_tuple, str_of, types};
use crate::object::{MethodKind, Payload};
use crate::rc::ObjRef;
use crate::str::PyStr;
use crate::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};
use baton_text::unicode as U;

fn self_str<'a>(vm: &mut Vm, args: &FuncArgs<'a>, name: &str) -> PyResult<&'a str> {
    match args.args.first() {
        Some(v) if is_str(v) => Ok(str_of(v)),
        Some(v) => Err(vm.new_type_error(format!(
            "descriptor '{}' requires a 'str' object but received a '{}'",
            name,
            vm.type_name(v)
        ))),
        None => Err(vm.new_type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

fn str_arg<'a>(vm: &mut Vm, v: &'a Value, fname: &str) -> PyResult<&'a str> {
    if is_str(v) {
        Ok(str_of(v))
    } else {
        Err(vm.new_type_error(format!("{fname} arg must be None or str")))
    }
}

fn must_str<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a str> {
    if is_str(v) {
        Ok(str_of(v))
    } else {
        Err(vm.new_type_error(format!("must be str, not {}", vm.type_name(v))))
    }
}

/// str(object='') / str(bytes, encoding, errors).
fn str_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let cls = args.args.first().cloned().unwrap_or(Value::None);
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = bind_native(vm, &rest, "str", &["object", "encoding", "errors"], 0)?;
    let s = if a[0].is_null() {
        new_str("")
    } else if !a[1].is_null() || !a[2].is_null() {
        let data = super::bytes::bytes_data(&a[0]).ok_or_else(|| {
            vm.new_type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(&a[0])
            ))
        })?;
        let enc = if a[1].is_null() {
            "utf-8".to_string()
        } else {
            str_of(&a[1]).to_string()
        };
        let errors = if a[2].is_null() {
            "strict".to_string()
        } else {
            str_of(&a[2]).to_string()
        };
        super::bytes::decode(vm, &data, &enc, &errors)?
    } else {
        vm.str(&a[0])?
    };
    match &cls {
        Value::Obj(c) if !c.is(&types().str) => {
            let o = ObjRef::new(c.clone(), Payload::Str(PyStr::new(str_of(&s))));
            if crate::types::type_data(c).has_dict {
                o.dict.set(Some(super::new_dict()));
            }
            Ok(Value::Obj(o))
        }
        _ => Ok(s),
    }
}

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
        arg_index(vm, &slice[2])? as isize
    };
    if step == 0 {
        return Err(vm.new_value_error("slice step cannot be zero".to_string()));
    }
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
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Ok(if num_traits::Signed::is_negative(b) {
                isize::MIN / 2
            } else {
                isize::MAX / 2
            }),
            _ => match arg_index(vm, v) {
                Ok(i) => Ok(i as isize),
                Err(_) => Err(vm.new_type_error(
                    "slice indices must be integers or None or have an __index__ method"
                        .to_string(),
                )),
            },
        },
        _ => match arg_index(vm, v) {
            Ok(i) => Ok((i as isize).clamp(isize::MIN / 2, isize::MAX / 2)),
            Err(_) => Err(vm.new_type_error(
                "slice indices must be integers or None or have an __index__ method".to_string(),
            )),
        },
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

pub fn str_getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult<Value> {
    let s = match &o.payload {
        Payload::Str(s) => s,
        _ => return Err(vm.new_type_error("str expected".to_string())),
    };
    if let Value::Obj(k) = key {
        if let Payload::Slice(sl) = &k.payload {
            let (start, _stop, step, count) = slice_indices(vm, sl, s.char_len())?;
            if s.is_ascii() {
                let b = s.as_str().as_bytes();
                let mut out = String::with_capacity(count);
                let mut i = start;
                for _ in 0..count {
                    out.push(b[i as usize] as char);
                    i += step;
                }
                return Ok(new_str(out));
            }
            let chars: Vec<char> = s.as_str().chars().collect();
            let mut out = String::new();
            let mut i = start;
            for _ in 0..count {
                out.push(chars[i as usize]);
                i += step;
            }
            return Ok(new_str(out));
        }
    }
    if !matches!(key, Value::Int(_) | Value::Bool(_))
        && !matches!(key, Value::Obj(k) if matches!(k.payload, Payload::Int(_)))
    {
        let t = vm.type_of(key);
        if crate::types::lookup(&t, &super::names().__index__).is_none() {
            return Err(vm.new_type_error(format!(
                "string indices must be integers, not '{}'",
                vm.type_name(key)
            )));
        }
    }
    match normalize_index(vm, key, s.char_len())? {
        Some(i) => {
            let c = s.char_at(i).unwrap_or('\0');
            Ok(char_str(c))
        }
        None => Err(vm.new_index_error("string index out of range")),
    }
}

/// A one-character str (ASCII ones are interned).
pub fn char_str(c: char) -> Value {
    if c.is_ascii() {
        let mut b = [0u8; 4];
        return Value::Obj(super::intern(c.encode_utf8(&mut b)));
    }
    new_str(c.to_string())
}

fn opt_range(vm: &mut Vm, s: &str, start: &Value, end: &Value) -> PyResult<(usize, usize)> {
    // Returns byte offsets for code-point bounds.
    let n = s.chars().count();
    let norm = |vm: &mut Vm, v: &Value, default: usize| -> PyResult<usize> {
        if v.is_null() || v.is_none() {
            return Ok(default);
        }
        let i = arg_index(vm, v)?;
        Ok(if i < 0 {
            (i + n as i64).max(0) as usize
        } else {
            (i as usize).min(n)
        })
    };
    let a = norm(vm, start, 0)?;
    let b = norm(vm, end, n)?;
    let off = |k: usize| {
        if s.is_ascii() {
            k
        } else {
            s.char_indices().nth(k).map(|(i, _)| i).unwrap_or(s.len())
        }
    };
    Ok((off(a), off(b.max(a))))
}

fn char_index(s: &str, byte: usize) -> usize {
    if s.is_ascii() {
        byte
    } else {
        s[..byte].chars().count()
    }
}

fn find_impl(vm: &mut Vm, args: &FuncArgs, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let s = self_str(vm, args, name)?;
    let pos = args.pos();
    let sub = must_str(vm, pos.get(1).unwrap_or(&Value::None))?;
    let (a, b) = opt_range(
        vm,
        s,
        pos.get(2).unwrap_or(&Value::Null),
        pos.get(3).unwrap_or(&Value::Null),
    )?;
    if a > b || b - a < sub.len() && !(sub.is_empty() && a <= b) {
        return Ok(None);
    }
    let hay = &s[a..b];
    let found = if reverse {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    };
    Ok(found.map(|i| char_index(s, a + i)))
}

fn str_find(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, &args, "find", false)?
            .map(|i| i as i64)
            .unwrap_or(-1),
    ))
}

fn str_rfind(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, &args, "rfind", true)?
            .map(|i| i as i64)
            .unwrap_or(-1),
    ))
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
    let s = self_str(vm, &args, "count")?;
    let pos = args.pos();
    let sub = must_str(vm, pos.get(1).unwrap_or(&Value::None))?;
    let (a, b) = opt_range(
        vm,
        s,
        pos.get(2).unwrap_or(&Value::Null),
        pos.get(3).unwrap_or(&Value::Null),
    )?;
    let hay = &s[a..b];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn str_join(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let sep = self_str(vm, &args, "join")?;
    let it = args.pos().get(1).cloned().unwrap_or(Value::None);
    let items = vm.iterate(&it)?;
    let mut out = String::new();
    for (i, v) in items.iter().enumerate() {
        if !is_str(v) {
            return Err(vm.new_type_error(format!(
                "sequence item {}: expected str instance, {} found",
                i,
                vm.type_name(v)
            )));
        }
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(str_of(v));
    }
    Ok(new_str(out))
}

fn split_impl(vm: &mut Vm, args: FuncArgs, name: &str, right: bool) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = bind_native(vm, &rest, name, &["sep", "maxsplit"], 0)?;
    let maxsplit = if a[1].is_null() {
        -1
    } else {
        arg_index(vm, &a[1])?
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<String> = Vec::new();
    if a[0].is_null() || a[0].is_none() {
        // Whitespace splitting, dropping empty strings.
        let words: Vec<&str> = s
            .split(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .collect();
        if words.len() <= limit.saturating_add(1) {
            parts = words.iter().map(|w| w.to_string()).collect();
        } else if !right {
            let mut rest = s.trim_start();
            for _ in 0..limit {
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                parts.push(rest[..end].to_string());
                rest = rest[end..].trim_start();
            }
            if !rest.is_empty() {
                parts.push(rest.to_string());
            }
        } else {
            let mut rest = s.trim_end();
            let mut rev = Vec::new();
            for _ in 0..limit {
                let start = rest
                    .rfind(char::is_whitespace)
                    .map(|i| i + rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1))
                    .unwrap_or(0);
                rev.push(rest[start..].to_string());
                rest = rest[..start].trim_end();
            }
            if !rest.is_empty() {
                rev.push(rest.to_string());
            }
            rev.reverse();
            parts = rev;
        }
    } else {
        let sep = must_str(vm, &a[0])?;
        if sep.is_empty() {
            return Err(vm.new_value_error("empty separator".to_string()));
        }
        if right {
            let mut v: Vec<String> = s
                .rsplitn(limit.saturating_add(1), sep)
                .map(|x| x.to_string())
                .collect();
            v.reverse();
            parts = v;
        } else {
            parts = s
                .splitn(limit.saturating_add(1), sep)
                .map(|x| x.to_string())
                .collect();
        }
    }
    Ok(new_list(parts.into_iter().map(new_str).collect()))
}

fn str_split(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

fn str_rsplit(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

fn str_splitlines(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "splitlines")?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = bind_native(vm, &rest, "splitlines", &["keepends"], 0)?;
    let keep = if a[0].is_null() {
        false
    } else {
        vm.is_true(&a[0])?
    };
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (bi, c) = chars[i];
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
        if is_break {
            let mut end = bi + c.len_utf8();
            if c == '\r' && i + 1 < chars.len() && chars[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(new_str(if keep { &s[start..end] } else { &s[start..bi] }));
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(new_str(&s[start..]));
    }
    Ok(new_list(out))
}

fn strip_impl(vm: &mut Vm, args: FuncArgs, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    let chars = args.pos().get(1).cloned().unwrap_or(Value::None);
    let r = if chars.is_none() {
        let mut r = s;
        if left {
            r = r.trim_start();
        }
        if right {
            r = r.trim_end();
        }
        r
    } else {
        let set: Vec<char> = str_arg(vm, &chars, name)?.chars().collect();
        let mut r = s;
        if left {
            r = r.trim_start_matches(|c| set.contains(&c));
        }
        if right {
            r = r.trim_end_matches(|c| set.contains(&c));
        }
        r
    };
    if r.len() == s.len() {
        return Ok(args.args[0].clone());
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
    let s = self_str(vm, &args, "replace")?;
    let pos = args.pos();
    let old = must_str(vm, pos.get(1).unwrap_or(&Value::None))?;
    let new = must_str(vm, pos.get(2).unwrap_or(&Value::None))?;
    let count = match pos.get(3) {
        Some(c) => arg_index(vm, c)?,
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            let mut out = String::from(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            return Ok(new_str(out));
        }
        return Ok(new_str(s.replace(old, new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        return Ok(new_str(out));
    }
    Ok(new_str(s.replacen(old, new, count as usize)))
}

fn affix_impl(vm: &mut Vm, args: FuncArgs, name: &str, ends: bool) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    let pos = args.pos();
    let what = pos.get(1).cloned().unwrap_or(Value::None);
    let (a, b) = opt_range(
        vm,
        s,
        pos.get(2).unwrap_or(&Value::Null),
        pos.get(3).unwrap_or(&Value::Null),
    )?;
    let hay = if a <= b { &s[a..b] } else { "" };
    let candidates: Vec<Value> = match &what {
        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => super::tuple_items(o).to_vec(),
        v if is_str(v) => vec![v.clone()],
        v => {
            return Err(vm.new_type_error(format!(
                "{} first arg must be str or a tuple of str, not {}",
                name,
                vm.type_name(v)
            )))
        }
    };
    for c in &candidates {
        let p = must_str(vm, c)?;
        if (ends && hay.ends_with(p)) || (!ends && hay.starts_with(p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn str_startswith(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}
fn str_endswith(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

fn map_str(vm: &mut Vm, args: FuncArgs, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
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
    pred(vm, args, "isspace", false, |s| s.chars().all(U::is_space))
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

fn pad_impl(vm: &mut Vm, args: FuncArgs, name: &str, align: char) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    let pos = args.pos();
    let width = arg_index(vm, pos.get(1).unwrap_or(&Value::None))?;
    let fill = match pos.get(2) {
        Some(f) => {
            let fs = must_str(vm, f)?;
            let mut cs = fs.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(vm.new_type_error(
                        "The fill character must be exactly one character long".to_string(),
                    ))
                }
            }
        }
        None => ' ',
    };
    let n = s.chars().count() as i64;
    if width <= n {
        return Ok(args.args[0].clone());
    }
    let total = (width - n) as usize;
    let (l, r) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            let l = total / 2 + (total & width as usize & 1);
            (l, total - l)
        }
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(new_str(out))
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
    let s = self_str(vm, &args, "zfill")?;
    let width = arg_index(vm, args.pos().get(1).unwrap_or(&Value::None))?;
    let n = s.chars().count() as i64;
    if width <= n {
        return Ok(args.args[0].clone());
    }
    let fill = "0".repeat((width - n) as usize);
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
        _ => (String::new(), s),
    };
    Ok(new_str(format!("{sign}{fill}{rest}")))
}

fn str_expandtabs(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "expandtabs")?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = bind_native(vm, &rest, "expandtabs", &["tabsize"], 0)?;
    let ts = if a[0].is_null() {
        8
    } else {
        arg_index(vm, &a[0])?
    };
    if ts > i32::MAX as i64 || ts < i32::MIN as i64 {
        return Err(vm.new_overflow_error("Python int too large to convert to C int"));
    }
    U::expandtabs(s, ts)
        .map(new_str)
        .map_err(|e| super::int::text_error(vm, e))
}

fn partition_impl(vm: &mut Vm, args: FuncArgs, name: &str, right: bool) -> PyResult<Value> {
    let s = self_str(vm, &args, name)?;
    let sep = must_str(vm, args.pos().get(1).unwrap_or(&Value::None))?;
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator".to_string()));
    }
    let found = if right { s.rfind(sep) } else { s.find(sep) };
    Ok(match found {
        Some(i) => new_tuple(vec![
            new_str(&s[..i]),
            new_str(sep),
            new_str(&s[i + sep.len()..]),
        ]),
        None => {
            if right {
                new_tuple(vec![new_str(""), new_str(""), new_str(s)])
            } else {
                new_tuple(vec![new_str(s), new_str(""), new_str("")])
            }
        }
    })
}

fn str_partition(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}
fn str_rpartition(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn str_removeprefix(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "removeprefix")?;
    let p = must_str(vm, args.pos().get(1).unwrap_or(&Value::None))?;
    Ok(new_str(s.strip_prefix(p).unwrap_or(s)))
}

fn str_removesuffix(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "removesuffix")?;
    let p = must_str(vm, args.pos().get(1).unwrap_or(&Value::None))?;
    Ok(new_str(if p.is_empty() {
        s
    } else {
        s.strip_suffix(p).unwrap_or(s)
    }))
}

fn str_encode(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "encode")?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = bind_native(vm, &rest, "encode", &["encoding", "errors"], 0)?;
    let enc = if a[0].is_null() {
        "utf-8".to_string()
    } else {
        str_of(&a[0]).to_string()
    };
    let errors = if a[1].is_null() {
        "strict".to_string()
    } else {
        str_of(&a[1]).to_string()
    };
    super::bytes::encode(vm, s, &enc, &errors)
}

fn str_len(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "__len__")?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn str_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "__hash__")?;
    Ok(Value::Int(crate::str::hash_str(s)))
}

fn str_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "__repr__")?;
    Ok(new_str(baton_text::str_repr(s)))
}

fn str_str(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "__str__")?;
    Ok(new_str(s))
}

fn str_getitem_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos() {
        [Value::Obj(o), k] => str_getitem(vm, o, k),
        _ => Err(vm.new_type_error("expected 1 argument".to_string())),
    }
}

fn str_contains(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "__contains__")?;
    let sub = args.pos().get(1).cloned().unwrap_or(Value::None);
    if !is_str(&sub) {
        return Err(vm.new_type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&sub)
        )));
    }
    Ok(Value::Bool(s.contains(str_of(&sub))))
}

fn str_iter(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    vm.get_iter(&v)
}

fn str_format_m(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "format")?.to_string();
    super::format::str_format(vm, &s, &args.args[1..], args.kwnames, None)
}

fn str_format_map(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "format_map")?.to_string();
    let m = args.pos().get(1).cloned().unwrap_or(Value::None);
    super::format::str_format(vm, &s, &[], &[], Some(m))
}

fn str_dunder_format(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    let spec = args
        .pos()
        .get(1)
        .map(|s| str_of(s).to_string())
        .unwrap_or_default();
    super::format::format_value(vm, &v, &spec)
}

fn str_mod(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos() {
        [a, b] => percent_format(vm, a, b),
        _ => Err(vm.new_type_error("expected 1 argument".to_string())),
    }
}

/// `str % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    super::format::percent_format(vm, str_of(fmt), args)
}

fn str_maketrans(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let pos = args.pos();
    let d = super::new_dict();
    match pos {
        [m] => {
            if let Value::Obj(mo) = m {
                if let Payload::Dict(_) = &mo.payload {
                    for (k, v) in super::dict::dict_items_of(mo) {
                        let key = if is_str(&k) {
                            let ks = str_of(&k);
                            if ks.chars().count() != 1 {
                                return Err(vm.new_value_error(
                                    "string keys in translate table must be of length 1"
                                        .to_string(),
                                ));
                            }
                            Value::Int(ks.chars().next().map(|c| c as i64).unwrap_or(0))
                        } else {
                            k
                        };
                        super::dict::dict_setitem(vm, &d, key, v)?;
                    }
                    return Ok(Value::Obj(d));
                }
            }
            Err(vm.new_type_error(
                "if you give only one argument to maketrans it must be a dict".to_string(),
            ))
        }
        [x, y] | [x, y, _] => {
            let xs: Vec<char> = must_str(vm, x)?.chars().collect();
            let ys: Vec<char> = must_str(vm, y)?.chars().collect();
            if xs.len() != ys.len() {
                return Err(vm.new_value_error(
                    "the first two maketrans arguments must have equal length".to_string(),
                ));
            }
            for (a, b) in xs.iter().zip(ys.iter()) {
                super::dict::dict_setitem(vm, &d, Value::Int(*a as i64), Value::Int(*b as i64))?;
            }
            if let Some(z) = pos.get(2) {
                for c in must_str(vm, z)?.chars() {
                    super::dict::dict_setitem(vm, &d, Value::Int(c as i64), Value::None)?;
                }
            }
            Ok(Value::Obj(d))
        }
        _ => Err(vm.new_type_error("maketrans() takes at most 3 arguments".to_string())),
    }
}

fn str_translate(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "translate")?.to_string();
    let table = args.pos().get(1).cloned().unwrap_or(Value::None);
    let mut out = String::new();
    for c in s.chars() {
        match crate::protocol::getitem(vm, &table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(i)) => out.push(char::from_u32(i as u32).unwrap_or(c)),
            Ok(v) if is_str(&v) => out.push_str(str_of(&v)),
            Ok(v) => {
                return Err(vm.new_type_error(format!(
                    "character mapping must return integer, None or str, not {}",
                    vm.type_name(&v)
                )))
            }
            Err(e) if super::exc_matches(&e, &types().exc.lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(new_str(out))
}

fn str_getnewargs(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = self_str(vm, &args, "__getnewargs__")?;
    Ok(new_tuple(vec![new_str(s)]))
}

pub fn register() {
    let t = &types().str;
    super::types::add_methods_kind(t, &[("__new__", str_new)], MethodKind::Static);
    super::types::add_methods_kind(t, &[("maketrans", str_maketrans)], MethodKind::Static);
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
            ("__getnewargs__", str_getnewargs),
        ],
    );
    super::ops::register_dunders(t, &["__add__", "__mul__", "__rmul__"]);
    super::ops::register_dunders(t, super::ops::COMPARE_DUNDERS);
}
