//! Differential test against CPython 3.11 on its own standard library: for
//! every code object, the parameters, flags, cell and free variables, local
//! variables and the opcode family used for every name (fast, global, deref,
//! name, attribute, import) must be the ones CPython chose.

use baton_compiler::code::CodeObject;
use baton_compiler::{Constant, Opcode};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

const STDLIB: &str = "/root/.pyenv/versions/3.11.7/lib/python3.11";

/// One code object, summarised the same way on both sides.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
struct Summary {
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
    varnames: BTreeSet<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    ops: BTreeSet<String>,
}

const PYTHON_SUMMARY: &str = r#"
import sys, dis, types
FAM = {'LOAD_FAST','STORE_FAST','DELETE_FAST','LOAD_DEREF','STORE_DEREF','DELETE_DEREF','LOAD_CLASSDEREF','LOAD_CLOSURE',
       'LOAD_NAME','STORE_NAME','DELETE_NAME','LOAD_GLOBAL','STORE_GLOBAL','DELETE_GLOBAL','IMPORT_NAME','IMPORT_FROM',
       'STORE_ATTR','DELETE_ATTR'}
def walk(c):
    ops = set()
    for ins in dis.get_instructions(c):
        if ins.opname in ('LOAD_ATTR', 'LOAD_METHOD'):
            ops.add('ATTR:%s' % ins.argval)
        elif ins.opname in FAM:
            ops.add('%s:%s' % (ins.opname, ins.argval))
    print('\x1f'.join([c.co_qualname, str(c.co_firstlineno), str(c.co_argcount), str(c.co_posonlyargcount),
        str(c.co_kwonlyargcount), str(c.co_flags & 0x3f), ','.join(c.co_varnames), ','.join(c.co_cellvars),
        ','.join(c.co_freevars), ' '.join(sorted(ops))]))
    for k in c.co_consts:
        if isinstance(k, types.CodeType):
            walk(k)
for p in sys.argv[1:]:
    print('FILE ' + p)
    walk(compile(open(p, encoding='utf-8').read(), p, 'exec'))
"#;

type Objects = BTreeMap<(String, u32), Vec<Summary>>;

fn split(s: &str) -> Vec<String> {
    s.split(',')
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

fn cpython(files: &[String]) -> Option<BTreeMap<String, Objects>> {
    let out = Command::new("python3")
        .arg("-c")
        .arg(PYTHON_SUMMARY)
        .args(files)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let mut result: BTreeMap<String, Objects> = BTreeMap::new();
    let mut current = String::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        if let Some(f) = line.strip_prefix("FILE ") {
            current = f.to_string();
            result.entry(current.clone()).or_default();
            continue;
        }
        let f: Vec<&str> = line.split('\x1f').collect();
        if f.len() != 10 {
            continue;
        }
        let num = |i: usize| f[i].parse::<u32>().unwrap_or(u32::MAX);
        let summary = Summary {
            argcount: num(2),
            posonly: num(3),
            kwonly: num(4),
            flags: num(5),
            varnames: split(f[6]).into_iter().collect(),
            cellvars: split(f[7]),
            freevars: split(f[8]),
            ops: f[9]
                .split(' ')
                .filter(|x| !x.is_empty())
                .map(str::to_string)
                .collect(),
        };
        result
            .entry(current.clone())
            .or_default()
            .entry((f[0].to_string(), num(1)))
            .or_default()
            .push(summary);
    }
    Some(result)
}

fn summarise(code: &CodeObject, out: &mut Objects) {
    let cell = |i: usize| {
        code.cellvars
            .iter()
            .chain(code.freevars.iter())
            .nth(i)
            .cloned()
            .unwrap_or_default()
    };
    let mut ops = BTreeSet::new();
    for ins in &code.code {
        let a = ins.arg as usize;
        let name = |v: &Vec<String>| v.get(a).cloned().unwrap_or_default();
        let s = match ins.op {
            Opcode::LoadFast | Opcode::StoreFast | Opcode::DeleteFast => {
                format!("{}:{}", ins.op.name(), name(&code.varnames))
            }
            Opcode::LoadDeref
            | Opcode::StoreDeref
            | Opcode::DeleteDeref
            | Opcode::LoadClassDeref
            | Opcode::LoadClosure => format!("{}:{}", ins.op.name(), cell(a)),
            Opcode::LoadName
            | Opcode::StoreName
            | Opcode::DeleteName
            | Opcode::LoadGlobal
            | Opcode::StoreGlobal
            | Opcode::DeleteGlobal
            | Opcode::ImportName
            | Opcode::ImportFrom
            | Opcode::StoreAttr
            | Opcode::DeleteAttr => format!("{}:{}", ins.op.name(), name(&code.names)),
            Opcode::LoadAttr | Opcode::LoadMethod => format!("ATTR:{}", name(&code.names)),
            _ => continue,
        };
        ops.insert(s);
    }
    out.entry((code.qualname.clone(), code.first_line))
        .or_default()
        .push(Summary {
            argcount: code.arg_count,
            posonly: code.posonly_arg_count,
            kwonly: code.kwonly_arg_count,
            flags: code.flags & 0x3f,
            varnames: code.varnames.iter().cloned().collect(),
            cellvars: code.cellvars.clone(),
            freevars: code.freevars.clone(),
            ops,
        });
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            summarise(inner, out);
        }
    }
}

#[test]
fn scopes_match_cpython_on_the_standard_library() {
    let Ok(entries) = std::fs::read_dir(STDLIB) else {
        eprintln!("no stdlib; skipped");
        return;
    };
    let mut files: Vec<String> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    for pkg in [
        "json",
        "email",
        "collections",
        "importlib",
        "http",
        "logging",
        "concurrent/futures",
        "unittest",
    ] {
        if let Ok(entries) = std::fs::read_dir(Path::new(STDLIB).join(pkg)) {
            let mut more: Vec<String> = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "py"))
                .map(|p| p.display().to_string())
                .collect();
            more.sort();
            files.extend(more);
        }
    }
    let Some(reference) = cpython(&files) else {
        eprintln!("python3 unavailable; skipped");
        return;
    };
    let mut compared = 0;
    let mut differences = Vec::new();
    for (file, expected) in &reference {
        let Ok(src) = std::fs::read_to_string(file) else {
            continue;
        };
        let code = match baton_compiler::compile(&src, file, baton_compiler::Mode::Exec) {
            Ok(c) => c,
            Err(e) if e.msg.contains("not supported by Baton yet") => continue,
            Err(e) => {
                differences.push(format!("{file}: {}", e.msg));
                continue;
            }
        };
        let mut mine = Objects::new();
        summarise(&code, &mut mine);
        for (key, theirs) in expected {
            compared += theirs.len();
            match mine.get(key) {
                Some(ours) if ours == theirs => {}
                Some(ours) => differences.push(format!(
                    "{file} {key:?}:\n  cpython {theirs:?}\n  baton   {ours:?}"
                )),
                None => differences.push(format!("{file} {key:?}: missing")),
            }
        }
        for key in mine.keys() {
            if !expected.contains_key(key) {
                differences.push(format!("{file} {key:?}: extra code object"));
            }
        }
    }
    println!(
        "{compared} code objects compared, {} differences",
        differences.len()
    );
    for d in differences.iter().take(20) {
        println!("{d}");
    }
    assert!(differences.is_empty());
}
