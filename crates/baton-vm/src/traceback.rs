//! Printing exceptions as CPython does: the traceback entries with their
//! source lines, the exception line, and the chain of causes and contexts.

use crate::builtins::{self, str_of, str_of_obj};
use crate::object::Payload;
use crate::rc::ObjRef;
use crate::types::type_data;
use crate::value::Value;
use crate::vm::{PyErr, Vm};
use std::collections::HashMap;
use std::sync::Mutex;

static SOURCES: Mutex<Option<HashMap<String, Vec<String>>>> = Mutex::new(None);

/// Remembers the text of a file compiled from a string (e.g. `-c` code), so
/// tracebacks can show its lines.
pub fn register_source(filename: &str, source: &str) {
    if let Ok(mut g) = SOURCES.lock() {
        g.get_or_insert_with(HashMap::new).insert(
            filename.to_string(),
            source.lines().map(|l| l.to_string()).collect(),
        );
    }
}

/// Line `lineno` (1-based) of a source file, if it can be read.
pub fn source_line(filename: &str, lineno: u32) -> Option<String> {
    let mut g = SOURCES.lock().ok()?;
    let map = g.get_or_insert_with(HashMap::new);
    if !map.contains_key(filename) {
        let text = std::fs::read_to_string(filename).ok()?;
        map.insert(
            filename.to_string(),
            text.lines().map(|l| l.to_string()).collect(),
        );
    }
    map.get(filename)?
        .get((lineno as usize).checked_sub(1)?)
        .cloned()
}

/// The qualified name CPython prints for an exception's type.
pub fn exception_type_name(t: &ObjRef) -> String {
    let td = type_data(t);
    let qual = td.qualname.get();
    let module = t
        .dict
        .get()
        .and_then(|d| builtins::dict_get_str(&d, "__module__"));
    match module {
        Some(m) if builtins::is_str(&m) => {
            let m = str_of(&m);
            if m == "builtins" || m == "__main__" {
                qual
            } else {
                format!("{m}.{qual}")
            }
        }
        _ => qual,
    }
}

/// The last line: `Type: message` (or `Type` when the message is empty).
pub fn format_exception_only(vm: &mut Vm, exc: &ObjRef) -> String {
    let t = exc.type_ref().clone();
    let name = exception_type_name(&t);
    let mut out = String::new();
    if crate::types::is_subtype(&t, &builtins::types().exc.syntax_error) {
        out.push_str(&format_syntax_error_location(vm, exc));
    }
    let is_syntax = crate::types::is_subtype(&t, &builtins::types().exc.syntax_error);
    let shown = if is_syntax {
        match vm.get_attr_opt(&Value::Obj(exc.clone()), "msg") {
            Ok(Some(m)) if !m.is_none() => m,
            _ => Value::Obj(exc.clone()),
        }
    } else {
        Value::Obj(exc.clone())
    };
    let msg = match vm.str(&shown) {
        Ok(s) => str_of(&s).to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    let hint = suggestion(vm, exc)
        .map(|s| format!(". Did you mean: '{s}'?"))
        .unwrap_or_default();
    if msg.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&format!("{name}: {msg}{hint}"));
    }
    out.push('\n');
    out
}

// ---- "Did you mean" (CPython 3.10+ suggestions) -------------------------------------

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Edit distance where a case change costs 1 and anything else 2; gives up
/// (returns `max_cost + 1`) once the distance must exceed `max_cost`.
fn edit_distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (mut a, mut b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        result = bi * MOVE_COST;
        let mut distance = result;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

fn closest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_distance = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        max_distance = max_distance.min(best_distance.saturating_sub(1));
        let d = edit_distance(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best.cloned()
}

fn str_keys(vm: &mut Vm, v: &Value) -> Vec<String> {
    match vm.iterate(v) {
        Ok(items) => items
            .iter()
            .filter(|k| builtins::is_str(k))
            .map(|k| str_of(k).to_string())
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// The "Did you mean" suggestion for an AttributeError or NameError.
fn suggestion(vm: &mut Vm, exc: &ObjRef) -> Option<String> {
    let t = exc.type_ref().clone();
    let exc_t = &builtins::types().exc;
    let ev = Value::Obj(exc.clone());
    if crate::types::is_subtype(&t, &exc_t.attribute_error) {
        let name = vm.get_attr_opt(&ev, "name").ok().flatten()?;
        let obj = vm.get_attr_opt(&ev, "obj").ok().flatten()?;
        if !builtins::is_str(&name) || obj.is_none() {
            return None;
        }
        let dir = vm
            .call(
                &builtins::dict_get_str(&crate::vm::runtime().builtins_dict, "dir")?,
                &[obj],
            )
            .ok()?;
        let cands = str_keys(vm, &dir);
        return closest(&cands, str_of(&name));
    }
    if crate::types::is_subtype(&t, &exc_t.name_error)
        && !crate::types::is_subtype(&t, &exc_t.unbound_local_error)
    {
        let name = vm.get_attr_opt(&ev, "name").ok().flatten()?;
        if !builtins::is_str(&name) {
            return None;
        }
        let name = str_of(&name).to_string();
        // The innermost frame the exception went through.
        let Payload::Exception(ed) = &exc.payload else {
            return None;
        };
        let mut tb = ed.traceback.get();
        let mut last = None;
        while let Value::Obj(o) = &tb {
            let Payload::Traceback(td) = &o.payload else {
                break;
            };
            last = Some(o.clone());
            tb = td.next.get();
        }
        let last = last?;
        let Payload::Traceback(td) = &last.payload else {
            return None;
        };
        let Payload::Code(cd) = &td.code.payload else {
            return None;
        };
        let optimized = cd.code.flags & baton_compiler::code::flags::OPTIMIZED != 0;
        if optimized {
            let values = td.locals.get();
            let locals: Vec<String> = cd
                .varnames
                .iter()
                .enumerate()
                .filter(|(i, _)| values.get(*i).map(|v| !v.is_null()).unwrap_or(false))
                .map(|(_, n)| str_of_obj(n).to_string())
                .collect();
            if let Some(s) = closest(&locals, &name) {
                return Some(s);
            }
        }
        let globals = str_keys(vm, &Value::Obj(td.globals.clone()));
        if let Some(s) = closest(&globals, &name) {
            return Some(s);
        }
        let b = Value::Obj(crate::vm::runtime().builtins_dict.clone());
        let builtin_names = str_keys(vm, &b);
        return closest(&builtin_names, &name);
    }
    None
}

fn format_syntax_error_location(vm: &mut Vm, exc: &ObjRef) -> String {
    let get = |vm: &mut Vm, n: &str| {
        vm.get_attr_opt(&Value::Obj(exc.clone()), n)
            .ok()
            .flatten()
            .unwrap_or(Value::None)
    };
    let filename = get(vm, "filename");
    let lineno = get(vm, "lineno");
    let text = get(vm, "text");
    let offset = get(vm, "offset");
    let end_offset = get(vm, "end_offset");
    let mut out = String::new();
    let fname = if builtins::is_str(&filename) {
        str_of(&filename).to_string()
    } else {
        "<string>".to_string()
    };
    if let Value::Int(l) = lineno {
        out.push_str(&format!("  File \"{fname}\", line {l}\n"));
    }
    if builtins::is_str(&text) {
        let raw = str_of(&text);
        let line = raw.trim_end_matches('\n');
        let stripped = line.trim_start();
        let lead = line.chars().count() - stripped.chars().count();
        let shown = stripped.trim_end();
        out.push_str(&format!("    {shown}\n"));
        if let Value::Int(off) = offset {
            let start = (off - 1 - lead as i64).max(0) as usize;
            let end = match end_offset {
                Value::Int(e) if e > off => (e - 1 - lead as i64).max(start as i64 + 1) as usize,
                _ => start + 1,
            };
            let width = shown.chars().count();
            let start = start.min(width);
            let end = end.min(width.max(start + 1));
            out.push_str(&format!(
                "    {}{}\n",
                " ".repeat(start),
                "^".repeat((end - start).max(1))
            ));
        }
    }
    out
}

/// The whole report: chained exceptions first, then this one.
pub fn format_exception(vm: &mut Vm, err: &PyErr) -> String {
    if chain_has_group(&err.0) {
        if let Some(text) = format_with_traceback_module(vm, &err.0) {
            return text;
        }
    }
    let mut seen: Vec<usize> = Vec::new();
    format_chain(vm, &err.0, &mut seen)
}

/// Whether exc or an exception it is chained to is an exception group.
fn chain_has_group(exc: &ObjRef) -> bool {
    let Some(Value::Obj(group)) =
        builtins::dict_get_str(&crate::vm::runtime().builtins_dict, "BaseExceptionGroup")
    else {
        return false;
    };
    let mut seen: Vec<usize> = Vec::new();
    let mut todo = vec![exc.clone()];
    while let Some(e) = todo.pop() {
        if seen.contains(&e.addr()) {
            continue;
        }
        seen.push(e.addr());
        if crate::types::is_subtype(e.type_ref(), &group) {
            return true;
        }
        if let Payload::Exception(ed) = &e.payload {
            for v in [ed.cause.get(), ed.context.get()] {
                if let Value::Obj(o) = v {
                    todo.push(o);
                }
            }
        }
    }
    false
}

/// Exception groups are drawn (with their nested `+-+---` boxes) by
/// lib/traceback.py; None if that fails, and the native format is used.
fn format_with_traceback_module(vm: &mut Vm, exc: &ObjRef) -> Option<String> {
    let m = crate::import::import_module(vm, "traceback").ok()?;
    let f = vm.get_attr_opt(&m, "format_exception").ok()??;
    let lines = vm.call(&f, &[Value::Obj(exc.clone())]).ok()?;
    let Value::Obj(l) = &lines else { return None };
    let Payload::List(items) = &l.payload else {
        return None;
    };
    let items = items.with(|v| v.clone());
    let mut out = String::new();
    for it in &items {
        match it {
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => out.push_str(str_of(it)),
            _ => return None,
        }
    }
    Some(out)
}

fn format_chain(vm: &mut Vm, exc: &ObjRef, seen: &mut Vec<usize>) -> String {
    seen.push(exc.addr());
    let mut out = String::new();
    if let Payload::Exception(ed) = &exc.payload {
        let cause = ed.cause.get();
        let context = ed.context.get();
        if let Value::Obj(c) = &cause {
            if !seen.contains(&c.addr()) {
                out.push_str(&format_chain(vm, c, seen));
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let Value::Obj(c) = &context {
            if !ed.suppress_context.get() && !seen.contains(&c.addr()) {
                out.push_str(&format_chain(vm, c, seen));
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        let tb = ed.traceback.get();
        if !tb.is_none() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&format_tb(&tb));
        }
    }
    out.push_str(&format_exception_only(vm, exc));
    out
}

/// The entries of a traceback chain, outermost first.
pub fn format_tb(tb: &Value) -> String {
    let mut out = String::new();
    let mut cur = tb.clone();
    let mut last: Option<(String, u32, String)> = None;
    let mut repeats = 0usize;
    let flush_repeats = |out: &mut String, repeats: usize| {
        if repeats > 3 {
            let n = repeats - 3;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    while let Value::Obj(t) = &cur {
        let next = match &t.payload {
            Payload::Traceback(td) => {
                let (filename, name) = match &td.code.payload {
                    Payload::Code(c) => (c.code.filename.clone(), c.code.name.clone()),
                    _ => (String::new(), String::new()),
                };
                let key = (filename.clone(), td.lineno, name.clone());
                if last.as_ref() == Some(&key) {
                    repeats += 1;
                } else {
                    flush_repeats(&mut out, repeats);
                    repeats = 1;
                    last = Some(key);
                }
                if repeats <= 3 {
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        filename, td.lineno, name
                    ));
                    if let Some(line) = source_line(&filename, td.lineno) {
                        let l = line.trim();
                        if !l.is_empty() {
                            out.push_str(&format!("    {l}\n"));
                        }
                    }
                }
                td.next.get()
            }
            _ => Value::None,
        };
        cur = next;
    }
    flush_repeats(&mut out, repeats);
    out
}

/// Prints an uncaught exception to stderr (sys.excepthook's default).
pub fn print_exception(vm: &mut Vm, err: &PyErr) {
    let text = format_exception(vm, err);
    builtins::io::write_stderr(vm, &text);
}
