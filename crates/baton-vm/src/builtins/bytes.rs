//! `bytes` and `bytearray`, and text encoding/decoding.

use super::{arg_index, bind_native, new_bytes, new_list, new_str, new_tuple, str_of, types};
use crate::object::{MethodKind, Mut, Payload};
use crate::rc::ObjRef;
use crate::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};

/// The bytes of a bytes or bytearray value.
pub fn bytes_data(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Bytes(b) => Some(b.to_vec()),
            Payload::ByteArray(b) => Some(b.get()),
            _ => None,
        },
        _ => None,
    }
}

pub fn new_bytearray(v: Vec<u8>) -> Value {
    Value::Obj(ObjRef::new(
        types().bytearray.clone(),
        Payload::ByteArray(Mut::new(v)),
    ))
}

pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    let enc = encoding.to_lowercase().replace('_', "-");
    match enc.as_str() {
        "utf-8" | "utf8" | "u8" => match std::str::from_utf8(data) {
            Ok(s) => Ok(new_str(s)),
            Err(e) => {
                if errors == "replace" {
                    return Ok(new_str(String::from_utf8_lossy(data).into_owned()));
                }
                if errors == "ignore" {
                    let s: String = String::from_utf8_lossy(data)
                        .chars()
                        .filter(|c| *c != '\u{fffd}')
                        .collect();
                    return Ok(new_str(s));
                }
                let pos = e.valid_up_to();
                let byte = data.get(pos).copied().unwrap_or(0);
                let reason = if e.error_len().is_none() {
                    "unexpected end of data"
                } else if !(0xc2..=0xf4).contains(&byte) {
                    "invalid start byte"
                } else {
                    "invalid continuation byte"
                };
                let end = pos + e.error_len().unwrap_or(data.len() - pos).max(1);
                Err(unicode_error(
                    vm,
                    &types().exc.unicode_decode_error,
                    vec![
                        new_str("utf-8"),
                        new_bytes(data.to_vec()),
                        Value::Int(pos as i64),
                        Value::Int(end as i64),
                        new_str(reason),
                    ],
                ))
            }
        },
        "ascii" | "us-ascii" => {
            if let Some(pos) = data.iter().position(|b| *b >= 0x80) {
                if errors == "strict" {
                    return Err(unicode_error(
                        vm,
                        &types().exc.unicode_decode_error,
                        vec![
                            new_str("ascii"),
                            new_bytes(data.to_vec()),
                            Value::Int(pos as i64),
                            Value::Int(pos as i64 + 1),
                            new_str("ordinal not in range(128)"),
                        ],
                    ));
                }
            }
            Ok(new_str(
                data.iter()
                    .map(|b| if *b < 0x80 { *b as char } else { '\u{fffd}' })
                    .collect::<String>(),
            ))
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => {
            Ok(new_str(data.iter().map(|b| *b as char).collect::<String>()))
        }
        "utf-16" | "utf-16-le" | "utf-16le" | "utf-16-be" | "utf-16be" => {
            let mut bytes = data;
            let mut big = enc.ends_with("be");
            if enc == "utf-16" && bytes.len() >= 2 {
                if bytes[..2] == [0xff, 0xfe] {
                    bytes = &bytes[2..];
                } else if bytes[..2] == [0xfe, 0xff] {
                    bytes = &bytes[2..];
                    big = true;
                }
            }
            if bytes.len() % 2 != 0 {
                return Err(unicode_error(
                    vm,
                    &types().exc.unicode_decode_error,
                    vec![
                        new_str("utf-16-le"),
                        new_bytes(data.to_vec()),
                        Value::Int((bytes.len() - 1) as i64),
                        Value::Int(bytes.len() as i64),
                        new_str("truncated data"),
                    ],
                ));
            }
            let units: Vec<u16> = bytes
                .chunks(2)
                .map(|c| {
                    if big {
                        u16::from_be_bytes([c[0], c[1]])
                    } else {
                        u16::from_le_bytes([c[0], c[1]])
                    }
                })
                .collect();
            Ok(new_str(String::from_utf16_lossy(&units)))
        }
        "utf-32" | "utf-32-le" | "utf-32le" | "utf-32-be" | "utf-32be" => {
            let mut bytes = data;
            let mut big = enc.ends_with("be");
            if enc == "utf-32" && bytes.len() >= 4 {
                if bytes[..4] == [0xff, 0xfe, 0, 0] {
                    bytes = &bytes[4..];
                } else if bytes[..4] == [0, 0, 0xfe, 0xff] {
                    bytes = &bytes[4..];
                    big = true;
                }
            }
            let s: String = bytes
                .chunks(4)
                .map(|c| {
                    let mut w = [0u8; 4];
                    w[..c.len()].copy_from_slice(c);
                    let u = if big {
                        u32::from_be_bytes(w)
                    } else {
                        u32::from_le_bytes(w)
                    };
                    char::from_u32(u).unwrap_or('\u{fffd}')
                })
                .collect();
            Ok(new_str(s))
        }
        _ => Err(vm.new_exception_msg(
            &types().exc.lookup_error,
            format!("unknown encoding: {encoding}"),
        )),
    }
}

/// A UnicodeError made through its class, so its attributes are set.
fn unicode_error(vm: &mut Vm, t: &ObjRef, args: Vec<Value>) -> crate::vm::PyErr {
    match vm.call(&Value::Obj(t.clone()), &args) {
        Ok(Value::Obj(o)) => crate::vm::PyErr(o),
        Ok(_) => vm.new_exception(t, args),
        Err(e) => e,
    }
}

pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Value> {
    let enc = encoding.to_lowercase().replace('_', "-");
    match enc.as_str() {
        "utf-8" | "utf8" | "u8" => Ok(new_bytes(s.as_bytes().to_vec())),
        "utf-16" | "utf-16-le" | "utf-16le" | "utf-16-be" | "utf-16be" => {
            let big = enc.ends_with("be");
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if enc == "utf-16" {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            Ok(new_bytes(out))
        }
        "utf-32" | "utf-32-le" | "utf-32le" | "utf-32-be" | "utf-32be" => {
            let big = enc.ends_with("be");
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if enc == "utf-32" {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            Ok(new_bytes(out))
        }
        "ascii" | "us-ascii" | "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => {
            let limit = if enc.contains("ascii") { 0x80 } else { 0x100 };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        _ => {
                            let name = if limit == 0x80 { "ascii" } else { "latin-1" };
                            return Err(unicode_error(
                                vm,
                                &types().exc.unicode_encode_error,
                                vec![
                                    new_str(name),
                                    new_str(s),
                                    Value::Int(i as i64),
                                    Value::Int(i as i64 + 1),
                                    new_str(format!("ordinal not in range({limit})")),
                                ],
                            ));
                        }
                    }
                }
            }
            Ok(new_bytes(out))
        }
        _ => Err(vm.new_exception_msg(
            &types().exc.lookup_error,
            format!("unknown encoding: {encoding}"),
        )),
    }
}

/// Bytes from the argument of bytes(x) / bytearray(x).
fn bytes_from(
    vm: &mut Vm,
    src: &Value,
    encoding: &Value,
    errors: &Value,
    name: &str,
) -> PyResult<Vec<u8>> {
    if src.is_null() {
        return Ok(Vec::new());
    }
    if super::is_str(src) {
        if encoding.is_null() {
            return Err(vm.new_type_error("string argument without an encoding".to_string()));
        }
        let e = if errors.is_null() {
            "strict"
        } else {
            str_of(errors)
        };
        let b = encode(vm, str_of(src), str_of(encoding), e)?;
        return Ok(bytes_data(&b).unwrap_or_default());
    }
    if let Some(d) = bytes_data(src) {
        return Ok(d);
    }
    if let Value::Int(n) = src {
        if *n < 0 {
            return Err(vm.new_value_error("negative count".to_string()));
        }
        return Ok(vec![0; *n as usize]);
    }
    if let Value::Obj(o) = src {
        if let Some(f) = crate::types::lookup(o.type_ref(), &super::names().__bytes__) {
            let r = vm.call(&f, std::slice::from_ref(src))?;
            return Ok(bytes_data(&r).unwrap_or_default());
        }
    }
    let items = match vm.iterate(src) {
        Ok(i) => i,
        Err(_) => {
            return Err(vm.new_type_error(format!(
                "cannot convert '{}' object to {}",
                vm.type_name(src),
                name
            )))
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let i = arg_index(vm, &it)?;
        if !(0..256).contains(&i) {
            return Err(vm.new_value_error("bytes must be in range(0, 256)".to_string()));
        }
        out.push(i as u8);
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = bind_native(vm, &rest, "bytes", &["source", "encoding", "errors"], 0)?;
    let data = bytes_from(vm, &a[0], &a[1], &a[2], "bytes")?;
    match args.args.first() {
        Some(Value::Obj(c)) if !c.is(&types().bytes) && matches!(c.payload, Payload::Type(_)) => {
            let o = ObjRef::new(c.clone(), Payload::Bytes(data.into_boxed_slice()));
            if crate::types::type_data(c).has_dict {
                o.dict.set(Some(super::new_dict()));
            }
            Ok(Value::Obj(o))
        }
        _ => Ok(new_bytes(data)),
    }
}

fn bytearray_new(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = bind_native(vm, &rest, "bytearray", &["source", "encoding", "errors"], 0)?;
    let data = bytes_from(vm, &a[0], &a[1], &a[2], "bytearray")?;
    Ok(new_bytearray(data))
}

fn self_bytes(vm: &mut Vm, args: &FuncArgs) -> PyResult<Vec<u8>> {
    args.args
        .first()
        .and_then(bytes_data)
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'bytes' object".to_string()))
}

fn is_bytearray(args: &FuncArgs) -> bool {
    matches!(args.args.first(), Some(Value::Obj(o)) if matches!(o.payload, Payload::ByteArray(_)))
}

fn wrap(args: &FuncArgs, v: Vec<u8>) -> Value {
    if is_bytearray(args) {
        new_bytearray(v)
    } else {
        new_bytes(v)
    }
}

pub fn bytes_getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult<Value> {
    let data = bytes_data(&Value::Obj(o.clone())).unwrap_or_default();
    if let Value::Obj(k) = key {
        if let Payload::Slice(sl) = &k.payload {
            let (start, _, step, count) = super::str::slice_indices(vm, sl, data.len())?;
            let mut out = Vec::with_capacity(count);
            let mut i = start;
            for _ in 0..count {
                out.push(data[i as usize]);
                i += step;
            }
            return Ok(if matches!(o.payload, Payload::ByteArray(_)) {
                new_bytearray(out)
            } else {
                new_bytes(out)
            });
        }
    }
    match super::str::normalize_index(vm, key, data.len())? {
        Some(i) => Ok(Value::Int(data[i] as i64)),
        None => Err(
            vm.new_index_error(if matches!(o.payload, Payload::ByteArray(_)) {
                "bytearray index out of range"
            } else {
                "index out of range"
            }),
        ),
    }
}

pub fn bytearray_setitem(
    vm: &mut Vm,
    o: &ObjRef,
    key: &Value,
    value: Option<Value>,
) -> PyResult<()> {
    let cell = match &o.payload {
        Payload::ByteArray(b) => b,
        _ => return Ok(()),
    };
    let len = cell.with(|b| b.len());
    if let Value::Obj(k) = key {
        if let Payload::Slice(sl) = &k.payload {
            let (start, stop, step, _) = super::str::slice_indices(vm, sl, len)?;
            let new: Vec<u8> = match &value {
                Some(v) => bytes_from(vm, v, &Value::Null, &Value::Null, "bytearray")?,
                None => Vec::new(),
            };
            if step == 1 {
                let stop = stop.max(start) as usize;
                cell.with(|b| {
                    b.splice(start as usize..stop, new);
                });
                return Ok(());
            }
            return Err(vm.new_value_error(
                "extended slice assignment on bytearray is not supported".to_string(),
            ));
        }
    }
    let i = match super::str::normalize_index(vm, key, len)? {
        Some(i) => i,
        None => return Err(vm.new_index_error("bytearray index out of range")),
    };
    match value {
        Some(v) => {
            let n = arg_index(vm, &v)?;
            if !(0..256).contains(&n) {
                return Err(vm.new_value_error("byte must be in range(0, 256)".to_string()));
            }
            cell.with(|b| b[i] = n as u8);
        }
        None => {
            cell.with(|b| {
                b.remove(i);
            });
        }
    }
    Ok(())
}

pub fn bytes_contains(vm: &mut Vm, o: &ObjRef, item: &Value) -> PyResult<bool> {
    let data = bytes_data(&Value::Obj(o.clone())).unwrap_or_default();
    if let Some(sub) = bytes_data(item) {
        if sub.is_empty() {
            return Ok(true);
        }
        return Ok(data.windows(sub.len()).any(|w| w == sub.as_slice()));
    }
    let n = arg_index(vm, item)?;
    if !(0..256).contains(&n) {
        return Err(vm.new_value_error("byte must be in range(0, 256)".to_string()));
    }
    Ok(data.contains(&(n as u8)))
}

fn b_decode(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let data = self_bytes(vm, &args)?;
    let rest = FuncArgs::with_kw(&args.args[1..], args.kwnames);
    let a = bind_native(vm, &rest, "decode", &["encoding", "errors"], 0)?;
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
    decode(vm, &data, &enc, &errors)
}

fn b_hex(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let data = self_bytes(vm, &args)?;
    Ok(new_str(
        data.iter().map(|b| format!("{b:02x}")).collect::<String>(),
    ))
}

fn b_fromhex(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let s = str_of(args.args.get(1).unwrap_or(&Value::None)).to_string();
    let digits: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() % 2 != 0 {
        return Err(vm.new_value_error("non-hexadecimal number found in fromhex() arg".to_string()));
    }
    let mut out = Vec::new();
    for pair in digits.chunks(2) {
        let hi = pair[0].to_digit(16);
        let lo = pair[1].to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                return Err(
                    vm.new_value_error("non-hexadecimal number found in fromhex() arg".to_string())
                )
            }
        }
    }
    let is_ba = matches!(args.args.first(), Some(Value::Obj(c)) if c.is(&types().bytearray));
    Ok(if is_ba {
        new_bytearray(out)
    } else {
        new_bytes(out)
    })
}

fn b_join(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let sep = self_bytes(vm, &args)?;
    let items = vm.iterate(args.args.get(1).unwrap_or(&Value::None))?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let d = bytes_data(it).ok_or_else(|| {
            vm.new_type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(it)
            ))
        })?;
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&d);
    }
    Ok(wrap(&args, out))
}

fn b_split(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let data = self_bytes(vm, &args)?;
    let sep = args.args.get(1).and_then(bytes_data);
    let parts: Vec<Value> = match sep {
        None => data
            .split(|b| b.is_ascii_whitespace())
            .filter(|p| !p.is_empty())
            .map(|p| wrap(&args, p.to_vec()))
            .collect(),
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.new_value_error("empty separator".to_string()));
            }
            let mut out = Vec::new();
            let mut start = 0;
            let mut i = 0;
            while i + sep.len() <= data.len() {
                if data[i..i + sep.len()] == sep[..] {
                    out.push(wrap(&args, data[start..i].to_vec()));
                    i += sep.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            out.push(wrap(&args, data[start..].to_vec()));
            out
        }
    };
    Ok(new_list(parts))
}

fn b_strip(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let data = self_bytes(vm, &args)?;
    let chars = args
        .args
        .get(1)
        .and_then(bytes_data)
        .unwrap_or_else(|| b" \t\n\r\x0b\x0c".to_vec());
    let start = data
        .iter()
        .position(|b| !chars.contains(b))
        .unwrap_or(data.len());
    let end = data
        .iter()
        .rposition(|b| !chars.contains(b))
        .map(|i| i + 1)
        .unwrap_or(start);
    Ok(wrap(&args, data[start..end.max(start)].to_vec()))
}

fn b_upper(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let data = self_bytes(vm, &args)?;
    Ok(wrap(&args, data.to_ascii_uppercase()))
}

fn b_lower(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let data = self_bytes(vm, &args)?;
    Ok(wrap(&args, data.to_ascii_lowercase()))
}

fn b_startswith(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let data = self_bytes(vm, &args)?;
    let p = args.args.get(1).and_then(bytes_data).unwrap_or_default();
    Ok(Value::Bool(data.starts_with(&p)))
}

fn b_endswith(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let data = self_bytes(vm, &args)?;
    let p = args.args.get(1).and_then(bytes_data).unwrap_or_default();
    Ok(Value::Bool(data.ends_with(&p)))
}

fn b_find(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let data = self_bytes(vm, &args)?;
    let sub = match args.args.get(1) {
        Some(Value::Int(i)) => vec![*i as u8],
        Some(v) => bytes_data(v).unwrap_or_default(),
        None => Vec::new(),
    };
    let pos = if sub.is_empty() {
        Some(0)
    } else {
        data.windows(sub.len()).position(|w| w == sub.as_slice())
    };
    Ok(Value::Int(pos.map(|p| p as i64).unwrap_or(-1)))
}

fn b_count(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let data = self_bytes(vm, &args)?;
    let sub = match args.args.get(1) {
        Some(Value::Int(i)) => vec![*i as u8],
        Some(v) => bytes_data(v).unwrap_or_default(),
        None => Vec::new(),
    };
    if sub.is_empty() {
        return Ok(Value::Int(data.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while i + sub.len() <= data.len() {
        if data[i..i + sub.len()] == sub[..] {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}

fn b_replace(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let data = self_bytes(vm, &args)?;
    let old = args.args.get(1).and_then(bytes_data).unwrap_or_default();
    let new = args.args.get(2).and_then(bytes_data).unwrap_or_default();
    if old.is_empty() {
        return Ok(wrap(&args, data));
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        if i + old.len() <= data.len() && data[i..i + old.len()] == old[..] {
            out.extend_from_slice(&new);
            i += old.len();
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    Ok(wrap(&args, out))
}

fn b_repr(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let data = self_bytes(vm, &args)?;
    let r = baton_text::bytes_repr(&data);
    if is_bytearray(&args) {
        return Ok(new_str(format!("bytearray({r})")));
    }
    Ok(new_str(r))
}

fn b_len(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    Ok(Value::Int(self_bytes(vm, &args)?.len() as i64))
}

fn ba_append(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let n = arg_index(vm, args.args.get(1).unwrap_or(&Value::None))?;
    if !(0..256).contains(&n) {
        return Err(vm.new_value_error("byte must be in range(0, 256)".to_string()));
    }
    if let Some(Value::Obj(o)) = args.args.first() {
        if let Payload::ByteArray(b) = &o.payload {
            b.with(|b| b.push(n as u8));
        }
    }
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let data = bytes_from(
        vm,
        args.args.get(1).unwrap_or(&Value::None),
        &Value::Null,
        &Value::Null,
        "bytearray",
    )?;
    if let Some(Value::Obj(o)) = args.args.first() {
        if let Payload::ByteArray(b) = &o.payload {
            b.with(|b| b.extend_from_slice(&data));
        }
    }
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.args.first() {
        if let Payload::ByteArray(b) = &o.payload {
            return match b.with(|b| b.pop()) {
                Some(x) => Ok(Value::Int(x as i64)),
                None => Err(vm.new_index_error("pop from empty bytearray")),
            };
        }
    }
    Ok(Value::None)
}

fn ba_clear(_vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.args.first() {
        if let Payload::ByteArray(b) = &o.payload {
            b.with(|b| b.clear());
        }
    }
    Ok(Value::None)
}

fn b_hash(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let data = self_bytes(vm, &args)?;
    Ok(Value::Int(crate::str::hash_bytes(&data)))
}

fn b_getitem(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    match args.pos() {
        [Value::Obj(o), k] => bytes_getitem(vm, o, k),
        _ => Err(vm.new_type_error("expected 1 argument".to_string())),
    }
}

fn b_getnewargs(vm: &mut Vm, args: FuncArgs) -> PyResult<Value> {
    let data = self_bytes(vm, &args)?;
    Ok(new_tuple(vec![new_bytes(data)]))
}

pub fn register() {
    let t = types();
    super::types::add_methods_kind(&t.bytes, &[("__new__", bytes_new)], MethodKind::Static);
    super::types::add_methods_kind(
        &t.bytearray,
        &[("__new__", bytearray_new)],
        MethodKind::Static,
    );
    let common: &[(&'static str, crate::vm::NativeFn)] = &[
        ("decode", b_decode),
        ("hex", b_hex),
        ("join", b_join),
        ("split", b_split),
        ("strip", b_strip),
        ("upper", b_upper),
        ("lower", b_lower),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("find", b_find),
        ("count", b_count),
        ("replace", b_replace),
        ("__repr__", b_repr),
        ("__len__", b_len),
        ("__getitem__", b_getitem),
    ];
    super::types::add_methods(&t.bytes, common);
    super::types::add_methods(
        &t.bytes,
        &[("__hash__", b_hash), ("__getnewargs__", b_getnewargs)],
    );
    super::types::add_methods(&t.bytearray, common);
    super::types::add_methods(
        &t.bytearray,
        &[
            ("append", ba_append),
            ("extend", ba_extend),
            ("pop", ba_pop),
            ("clear", ba_clear),
        ],
    );
    super::types::add_methods_kind(&t.bytes, &[("fromhex", b_fromhex)], MethodKind::Class);
    super::types::add_methods_kind(&t.bytearray, &[("fromhex", b_fromhex)], MethodKind::Class);
    super::ops::register_dunders(&t.bytes, &["__add__", "__mul__", "__rmul__"]);
    super::ops::register_dunders(&t.bytes, super::ops::COMPARE_DUNDERS);
    super::ops::register_dunders(
        &t.bytearray,
        &["__add__", "__mul__", "__rmul__", "__iadd__"],
    );
    super::ops::register_dunders(&t.bytearray, super::ops::COMPARE_DUNDERS);
    if let Some(d) = t.bytearray.dict.get() {
        super::dict_set_str(&d, "__hash__", Value::None);
    }
}
