//! Embeds the Python standard library written for Baton (the top-level
//! `lib/` folder) into the binary: generates a table of (path, source).

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
    let _ = std::fs::write(Path::new(&out).join("embedded_lib.rs"), code);
}
