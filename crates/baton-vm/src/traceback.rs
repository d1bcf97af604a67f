//! Printing exceptions as CPython does: the traceback entries with their
//! source lines, the exception line, and the chain of causes and contexts.

use crate::builtins::{self, str_of};
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
    if msg.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&format!("{name}: {msg}"));
    }
    out.push('\n');
    out
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
    let mut seen: Vec<usize> = Vec::new();
    format_chain(vm, &err.0, &mut seen)
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
