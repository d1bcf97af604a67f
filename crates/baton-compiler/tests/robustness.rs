//! The compiler never panics and never overflows the native stack, whatever
//! the input: deeply nested code and mangled sources come back as errors.

use baton_compiler::{compile, Mode};

/// Compiles on a thread with a 2 MB stack (Rust's default for new threads).
fn compile_small_stack(src: String) -> Result<(), String> {
    let handle = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            compile(&src, "<deep>", Mode::Exec)
                .map(|_| ())
                .map_err(|e| e.msg)
        })
        .expect("spawn");
    handle.join().unwrap_or_else(|_| Err("PANIC".into()))
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for n in [10, 500, 1200, 5000, 100_000] {
        let cases = [
            format!("x = {}1\n", "a + ".repeat(n)),
            format!("x = {}a\n", "not ".repeat(n)),
            format!("x = {}1\n", "lambda: ".repeat(n)),
            format!("x = {}1\n", "-".repeat(n)),
            format!("x = a{}\n", ".b".repeat(n)),
            format!("x = {}1\n", "1 if a else ".repeat(n)),
            format!("x = a{}\n", "[0]".repeat(n)),
            format!("x = {}1 +\n", "a + ".repeat(n)),
            format!("x = a{}\n", " < a".repeat(n)),
            format!("x = {}\n", "'a' ".repeat(n)),
        ];
        for (i, src) in cases.into_iter().enumerate() {
            let r = compile_small_stack(src);
            assert_ne!(r, Err("PANIC".to_string()));
            // (Each nested lambda costs several levels; 500 of them are too many.)
            if n <= 500 && i != 2 {
                // Nesting CPython accepts must compile (save for the syntax error case).
                assert!(r.is_ok() || r == Err("invalid syntax".into()), "{r:?}");
            }
        }
    }
}

/// A small deterministic mutation fuzzer over real sources.
#[test]
fn mangled_sources_do_not_panic() {
    let dir = "/root/.pyenv/versions/3.11.7/lib/python3.11";
    let sources: Vec<String> = ["textwrap.py", "functools.py", "test/test_grammar.py"]
        .iter()
        .filter_map(|f| std::fs::read_to_string(format!("{dir}/{f}")).ok())
        .collect();
    let inserts = [
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        "'",
        "\"",
        "\"\"\"",
        "\\",
        "\n",
        "    ",
        "\t",
        "lambda",
        "yield",
        "*",
        "**",
        "=",
        ":=",
        "f'{",
        "#",
        "@",
        "return",
        "break",
        "global x",
        "nonlocal y",
        "async ",
        "await ",
        "def ",
        "class ",
        "try:",
        "except",
        "finally:",
        "with ",
        "as ",
        "0x",
        "1_",
        "é",
        "😀",
        "\r",
        "\x0c",
        "match x:\n case 1:",
        "del ",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for src in &sources {
        for _ in 0..400 {
            let mut s = src.clone();
            for _ in 0..1 + next() % 4 {
                let mut pos = (next() as usize) % (s.len() + 1);
                while !s.is_char_boundary(pos) {
                    pos -= 1;
                }
                match next() % 3 {
                    0 => s.truncate(pos),
                    1 => s.insert_str(pos, inserts[(next() as usize) % inserts.len()]),
                    _ => {
                        let mut end = (pos + 1 + (next() as usize) % 20).min(s.len());
                        while !s.is_char_boundary(end) {
                            end += 1;
                        }
                        s.replace_range(pos..end, "");
                    }
                }
            }
            let r = std::panic::catch_unwind(|| compile(&s, "<fuzz>", Mode::Exec));
            match r {
                Err(_) => panic!("panic on:\n{s}"),
                Ok(Err(e)) => assert!(!e.msg.contains("internal compiler error"), "{e:?} on:\n{s}"),
                Ok(Ok(_)) => {}
            }
            for mode in [Mode::Eval, Mode::Single] {
                let piece: String = s.lines().next().unwrap_or("").to_string();
                let r = std::panic::catch_unwind(|| compile(&piece, "<fuzz>", mode));
                assert!(r.is_ok(), "panic on {piece:?}");
            }
        }
    }
}

#[test]
fn odd_inputs() {
    for src in [
        "",
        "\n",
        "\u{feff}x = 1\n",
        "x = 1",
        "\r\n\r\n",
        "#only a comment",
        "\\\n",
        "if 1:\r    pass\r",
        "\0",
        "x = '\0'\n",
    ] {
        let r = std::panic::catch_unwind(|| compile(src, "<odd>", Mode::Exec));
        assert!(r.is_ok(), "panic on {src:?}");
    }
    assert!(compile("", "<empty>", Mode::Exec).is_ok());
    assert!(compile("x = 1", "<no newline>", Mode::Exec).is_ok());
}
