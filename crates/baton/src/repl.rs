//! The interactive prompt: `>>> ` / `... ` with multi-line blocks, echoing
//! the value of expression statements as python3's REPL does.

use baton_vm::{builtins, Value, Vm};
use rustyline::error::ReadlineError;

/// Whether `src` is an unfinished statement that needs more lines.
fn needs_more(src: &str) -> bool {
    let mut depth = 0i32;
    let mut in_str: Option<char> = None;
    let mut prev = '\0';
    for c in src.chars() {
        match in_str {
            Some(q) => {
                if c == q && prev != '\\' {
                    in_str = None;
                }
            }
            None => match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                '\'' | '"' => in_str = Some(c),
                '#' => {}
                _ => {}
            },
        }
        prev = c;
    }
    if depth > 0 || src.trim_end().ends_with('\\') {
        return true;
    }
    let first = src.lines().next().unwrap_or("");
    let block = first.trim_end().ends_with(':') || first.trim_start().starts_with('@');
    // A block ends with an empty line.
    block && !src.ends_with("\n\n")
}

pub fn run(vm: &mut Vm) -> i32 {
    eprintln!("Python {} on linux", baton_vm::stdlib_sys::VERSION);
    eprintln!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    let main = baton_vm::import::new_module("__main__");
    let d = baton_vm::import::module_dict(&main);
    builtins::dict_set_str(
        &d,
        "__builtins__",
        Value::Obj(baton_vm::vm::runtime().builtins.clone()),
    );
    builtins::dict_set_str(
        &baton_vm::vm::runtime().modules,
        "__main__",
        Value::Obj(main.clone()),
    );
    // Line editing and history (kept in ~/.baton_history).
    let mut editor = match rustyline::DefaultEditor::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("baton: cannot start line editing: {e}");
            return 1;
        }
    };
    let history = std::env::var("HOME")
        .ok()
        .map(|h| std::path::Path::new(&h).join(".baton_history"));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    let mut buf = String::new();
    loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        let mut line = match editor.readline(prompt) {
            Ok(l) => l,
            Err(ReadlineError::Interrupted) => {
                eprintln!("\nKeyboardInterrupt");
                buf.clear();
                continue;
            }
            Err(_) => {
                eprintln!();
                break;
            }
        };
        if !line.trim().is_empty() {
            let _ = editor.add_history_entry(line.as_str());
        }
        line.push('\n');
        if buf.is_empty() && line.trim().is_empty() {
            continue;
        }
        buf.push_str(&line);
        if needs_more(&buf) {
            continue;
        }
        let src = std::mem::take(&mut buf);
        baton_vm::traceback::register_source("<stdin>", &src);
        let r = baton_vm::import::compile_code(vm, &src, "<stdin>", baton_compiler::Mode::Single)
            .and_then(|code| baton_vm::import::run_code(vm, &code, &d, Value::Obj(d.clone())));
        if let Err(e) = r {
            if builtins::exc_matches(&e, &builtins::types().exc.system_exit) {
                let status = baton_vm::exit_status_for(vm, &e);
                baton_vm::finish(vm);
                return status;
            }
            baton_vm::traceback::print_exception(vm, &e);
        }
        vm.run_pending_finalizers();
        builtins::io::flush_std(vm);
    }
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    baton_vm::finish(vm);
    0
}
