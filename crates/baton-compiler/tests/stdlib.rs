//! Robustness: compiles the CPython 3.11 standard library and checks that the
//! compiler never panics and only refuses what Baton does not support yet.

use std::path::{Path, PathBuf};
use std::process::Command;

const STDLIB: &str = "/root/.pyenv/versions/3.11.7/lib/python3.11";

/// Packages compiled in addition to the top-level modules.
const PACKAGES: &[&str] = &[
    "json",
    "email",
    "collections",
    "concurrent",
    "importlib",
    "asyncio",
    "unittest",
    "http",
    "xml",
    "logging",
    "multiprocessing",
    "test/test_grammar.py",
    "test/test_syntax.py",
    "test/test_exceptions.py",
    "test/test_generators.py",
    "test/test_scope.py",
    "test/test_class.py",
    "test/test_with.py",
    "test/test_fstring.py",
    "test/test_patma.py",
    "test/test_coroutines.py",
];

fn collect(dir: &Path, out: &mut Vec<PathBuf>, recurse: bool) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if recurse {
                collect(&p, out, true);
            }
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn files() -> Vec<PathBuf> {
    let root = Path::new(STDLIB);
    let mut out = Vec::new();
    collect(root, &mut out, false);
    for p in PACKAGES {
        let path = root.join(p);
        if path.is_dir() {
            collect(&path, &mut out, true);
        } else {
            out.push(path);
        }
    }
    out
}

/// The files CPython itself refuses to compile (test fixtures with bad syntax).
fn cpython_rejects(files: &[PathBuf]) -> std::collections::HashSet<PathBuf> {
    let script = "import sys\nfor p in sys.argv[1:]:\n    try:\n        compile(open(p, 'rb').read(), p, 'exec')\n    except Exception:\n        print(p)\n";
    let mut cmd = Command::new("python3");
    cmd.arg("-c").arg(script);
    for f in files {
        cmd.arg(f);
    }
    match cmd.output() {
        Ok(out) => String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(PathBuf::from)
            .collect(),
        Err(_) => Default::default(),
    }
}

fn is_unsupported(msg: &str) -> bool {
    msg.contains("not supported by Baton yet")
}

#[test]
fn compiles_the_standard_library_without_panicking() {
    if !Path::new(STDLIB).is_dir() {
        eprintln!("no CPython stdlib at {STDLIB}; skipped");
        return;
    }
    let files = files();
    let rejected = cpython_rejects(&files);
    let (mut ok, mut unsupported, mut failures) = (0, Vec::new(), Vec::new());
    for f in &files {
        if rejected.contains(f) {
            continue;
        }
        let Ok(bytes) = std::fs::read(f) else {
            continue;
        };
        let Ok(src) = String::from_utf8(bytes) else {
            continue;
        };
        let name = f.display().to_string();
        let result = std::panic::catch_unwind(|| {
            baton_compiler::compile(&src, &name, baton_compiler::Mode::Exec)
        });
        match result {
            Ok(Ok(_)) => ok += 1,
            Ok(Err(e)) if is_unsupported(&e.msg) => {
                unsupported.push(format!("{name}:{}: {}", e.line, e.msg))
            }
            Ok(Err(e)) => failures.push(format!("{name}:{}: {}", e.line, e.msg)),
            Err(_) => failures.push(format!("{name}: PANIC")),
        }
    }
    println!(
        "stdlib: {ok} compiled, {} refused (async/match), {} failed",
        unsupported.len(),
        failures.len()
    );
    for u in &unsupported {
        println!("  refused {u}");
    }
    for f in &failures {
        println!("  {f}");
    }
    assert!(failures.is_empty(), "{} files failed", failures.len());
}
