//! Developer tools run by hand:
//! `BATON_DIS=file.py cargo test -p baton-compiler --test tools dis_file -- --ignored --nocapture`
//! prints the disassembly of every code object of a file, and
//! `BATON_ERRORS=snippets.txt cargo test -p baton-compiler --test tools ruff_errors -- --ignored --nocapture`
//! prints ruff's raw errors for snippets separated by `#---` lines, next to ours.

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
        if let Err(e) = baton_compiler::compile(snippet, "<s>", baton_compiler::Mode::Exec) {
            println!(
                "  baton: {}: {} @{}:{}",
                e.kind.name(),
                e.msg,
                e.line,
                e.col
            );
        }
        for e in parsed.errors() {
            println!("    {:?} {:?}", e.error, e.location);
        }
        for e in parsed.unsupported_syntax_errors() {
            println!("    unsupported {:?} {:?}", e.kind, e.range);
        }
    }
}
