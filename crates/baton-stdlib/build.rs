//! Embeds the Python standard library written for Baton (the top-level
//! `lib/` folder) into the binary: generates a table of (path, source), and
//! one of (path, compiled code) made with baton-compiler now, so that an
//! import of the embedded library loads code instead of compiling source
//! (a file that does not compile here is simply left out of the second
//! table, and compiled at import time as before).

use std::path::Path;

fn walk(dir: &Path, base: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = match std::fs::read_dir(dir) {
        Ok(e) => e.filter_map(|e| e.ok()).collect(),
        Err(_) => return,
    };
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().map(|n| n == "__pycache__").unwrap_or(false) {
                continue;
            }
            walk(&p, base, out);
        } else if p.extension().map(|x| x == "py").unwrap_or(false) {
            let rel = p.strip_prefix(base).unwrap_or(&p).display().to_string();
            out.push((rel, p.display().to_string()));
        }
    }
}

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let lib = Path::new(&manifest).join("../../lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut files = Vec::new();
    walk(&lib, &lib, &mut files);
    let mut code = String::from("/// The embedded lib/ folder: (path relative to lib/, source).\npub static EMBEDDED_LIB: &[(&str, &str)] = &[\n");
    for (rel, abs) in &files {
        println!("cargo:rerun-if-changed={abs}");
        code.push_str(&format!("    ({rel:?}, include_str!({abs:?})),\n"));
    }
    code.push_str("];\n");
    let out = std::env::var("OUT_DIR").unwrap_or_default();
    code.push_str(
        "/// The embedded lib/ folder compiled: (path relative to lib/, marshalled code).\npub static EMBEDDED_CODE: &[(&str, &[u8])] = &[\n",
    );
    for (i, (rel, abs)) in files.iter().enumerate() {
        let Ok(source) = std::fs::read_to_string(abs) else {
            continue;
        };
        // The file name the importer gives embedded modules.
        let filename = format!("<baton>/lib/{rel}");
        let Ok(compiled) = baton_compiler::compile(&source, &filename, baton_compiler::Mode::Exec)
        else {
            continue;
        };
        let bin = Path::new(&out).join(format!("lib_{i}.code"));
        if std::fs::write(&bin, baton_compiler::marshal::dump(&compiled)).is_ok() {
            code.push_str(&format!(
                "    ({rel:?}, include_bytes!({:?})),\n",
                bin.display().to_string()
            ));
        }
    }
    code.push_str("];\n");
    let _ = std::fs::write(Path::new(&out).join("embedded_lib.rs"), code);
}
