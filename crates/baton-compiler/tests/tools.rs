//! Developer tools run by hand, e.g.
//! `BATON_DIS=file.py cargo test -p baton-compiler --test tools -- --ignored --nocapture`.

mod common;

#[test]
#[ignore]
fn dis_file() {
    let Ok(path) = std::env::var("BATON_DIS") else {
        return;
    };
    let src = std::fs::read_to_string(&path).expect("read source");
    match baton_compiler::compile(&src, &path, baton_compiler::Mode::Exec) {
        Ok(code) => println!("{}", common::dis_all(&code)),
        Err(e) => println!("{e:?}"),
    }
}

/// Dumps a summary line per code object for each file listed (one path per
/// line) in `BATON_SUMMARY`, for comparison with CPython by a script.
#[test]
#[ignore]
fn summary() {
    use baton_compiler::code::CodeObject;
    use baton_compiler::Opcode;
    let Ok(list) = std::env::var("BATON_SUMMARY") else {
        return;
    };
    let paths = std::fs::read_to_string(list).expect("read list");
    fn walk(c: &CodeObject, out: &mut String) {
        let mut ops: Vec<String> = Vec::new();
        for ins in &c.code {
            let a = ins.arg as usize;
            let cell = |i: usize| {
                c.cellvars
                    .iter()
                    .chain(c.freevars.iter())
                    .nth(i)
                    .cloned()
                    .unwrap_or_default()
            };
            let s = match ins.op {
                Opcode::LoadFast | Opcode::StoreFast | Opcode::DeleteFast => {
                    format!(
                        "{}:{}",
                        ins.op.name(),
                        c.varnames.get(a).cloned().unwrap_or_default()
                    )
                }
                Opcode::LoadDeref
                | Opcode::StoreDeref
                | Opcode::DeleteDeref
                | Opcode::LoadClassDeref
                | Opcode::LoadClosure => {
                    format!("{}:{}", ins.op.name(), cell(a))
                }
                Opcode::LoadName
                | Opcode::StoreName
                | Opcode::DeleteName
                | Opcode::LoadGlobal
                | Opcode::StoreGlobal
                | Opcode::DeleteGlobal
                | Opcode::ImportName
                | Opcode::ImportFrom => {
                    format!(
                        "{}:{}",
                        ins.op.name(),
                        c.names.get(a).cloned().unwrap_or_default()
                    )
                }
                Opcode::LoadAttr | Opcode::LoadMethod => {
                    format!("ATTR:{}", c.names.get(a).cloned().unwrap_or_default())
                }
                Opcode::StoreAttr | Opcode::DeleteAttr => {
                    format!(
                        "{}:{}",
                        ins.op.name(),
                        c.names.get(a).cloned().unwrap_or_default()
                    )
                }
                _ => continue,
            };
            ops.push(s);
        }
        ops.sort();
        ops.dedup();
        out.push_str(&format!(
            "{}|{}|{}|{}|{}|{}|{}|{}|{}|{}\n",
            c.qualname,
            c.first_line,
            c.arg_count,
            c.posonly_arg_count,
            c.kwonly_arg_count,
            c.flags & 0x3f,
            c.varnames.join(","),
            c.cellvars.join(","),
            c.freevars.join(","),
            ops.join(" ")
        ));
        for k in &c.consts {
            if let baton_compiler::Constant::Code(inner) = k {
                walk(inner, out);
            }
        }
    }
    let mut out = String::new();
    for p in paths.lines() {
        let Ok(src) = std::fs::read_to_string(p) else {
            continue;
        };
        out.push_str(&format!("FILE {p}\n"));
        match baton_compiler::compile(&src, p, baton_compiler::Mode::Exec) {
            Ok(code) => walk(&code, &mut out),
            Err(e) => out.push_str(&format!("ERROR {}\n", e.msg)),
        }
    }
    std::fs::write("/tmp/baton_summary.txt", out).expect("write");
}

/// Compiles each snippet of the file `BATON_ERRORS` (snippets separated by
/// lines `#---`) and prints the error, one line per snippet.
#[test]
#[ignore]
fn errors() {
    let Ok(path) = std::env::var("BATON_ERRORS") else {
        return;
    };
    let text = std::fs::read_to_string(path).expect("read");
    let mut out = String::new();
    for snippet in text.split("#---\n") {
        let r = std::panic::catch_unwind(|| {
            baton_compiler::compile(snippet, "<s>", baton_compiler::Mode::Exec)
        });
        let line = match r {
            Ok(Ok(_)) => "OK".to_string(),
            Ok(Err(e)) => format!(
                "{}: {} @{}:{}-{}:{}",
                e.kind.name(),
                e.msg,
                e.line,
                e.col,
                e.end_line,
                e.end_col
            ),
            Err(_) => "PANIC".to_string(),
        };
        out.push_str(&line);
        out.push('\n');
    }
    std::fs::write("/tmp/baton_errors.txt", out).expect("write");
}

/// Prints ruff's own errors for each snippet of `BATON_ERRORS`.
#[test]
#[ignore]
fn ruff_errors() {
    use ruff_python_parser::{parse_unchecked, Mode, ParseOptions};
    let Ok(path) = std::env::var("BATON_ERRORS") else {
        return;
    };
    let text = std::fs::read_to_string(path).expect("read");
    for snippet in text.split("#---\n") {
        let parsed = parse_unchecked(snippet, ParseOptions::from(Mode::Module));
        println!("{:?}", snippet.lines().next().unwrap_or(""));
        for e in parsed.errors() {
            println!("    {:?} {:?}", e.error, e.location);
        }
        for e in parsed.unsupported_syntax_errors() {
            println!("    unsupported {:?} {:?}", e.kind, e.range);
        }
    }
}
