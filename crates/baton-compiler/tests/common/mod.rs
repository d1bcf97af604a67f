//! Helpers shared by the compiler's tests.
#![allow(dead_code)]

use baton_compiler::code::{CodeObject, Constant};
use baton_compiler::{compile, dis, Mode};

pub fn compile_exec(src: &str) -> CodeObject {
    match compile(src, "<test>", Mode::Exec) {
        Ok(c) => c,
        Err(e) => panic!("compile failed: {e:?}\n--- source ---\n{src}"),
    }
}

/// The code objects nested in `code`'s constants, depth first.
pub fn nested(code: &CodeObject) -> Vec<&CodeObject> {
    let mut out = Vec::new();
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push(&**inner);
            out.extend(nested(inner));
        }
    }
    out
}

/// Finds a nested code object by qualname.
pub fn find<'a>(code: &'a CodeObject, qualname: &str) -> &'a CodeObject {
    if code.qualname == qualname {
        return code;
    }
    nested(code)
        .into_iter()
        .find(|c| c.qualname == qualname)
        .unwrap_or_else(|| panic!("no code object {qualname}"))
}

/// Disassembly of `code` and every nested code object, with exception tables.
pub fn dis_all(code: &CodeObject) -> String {
    let mut out = String::new();
    for c in std::iter::once(code).chain(nested(code)) {
        out.push_str(&format!(
            "== {} (args {}, flags {:#x}, stack {}) varnames {:?} cells {:?} free {:?} cell2arg {:?}\n",
            c.qualname, c.arg_count, c.flags, c.max_stack_depth, c.varnames, c.cellvars, c.freevars, c.cell2arg
        ));
        out.push_str(&dis::disassemble(c));
        for e in &c.exception_table {
            out.push_str(&format!(
                "  except {}..{} -> {} [{}]\n",
                e.start * 2,
                e.end * 2,
                e.target * 2,
                e.depth
            ));
        }
    }
    out
}

/// The opcode names of `code`, one string, e.g. "LOAD_FAST LOAD_CONST BINARY_OP RETURN_VALUE".
pub fn ops(code: &CodeObject) -> String {
    code.code
        .iter()
        .map(|i| i.op.name())
        .collect::<Vec<_>>()
        .join(" ")
}
