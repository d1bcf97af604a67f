//! baton-compiler: Python source -> AST (ruff_python_parser) -> scopes -> `CodeObject`.
//!
//! The public surface is [`compile`]; the bytecode contract with the VM is
//! [`opcode`] (the one opcode table) and [`code`] (the code object).

pub mod code;
pub mod compile;
pub mod dis;
pub mod marshal;
pub mod opcode;
pub mod symtable;

pub use code::{CodeObject, Constant, ExceptionTableEntry, Location};
pub use opcode::{BinaryOperator, ComparisonOperator, Instruction, Opcode};

/// What the source is compiled as, like the `mode` argument of `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec()` input: a sequence of statements.
    Exec,
    /// A single expression (`eval()`); the code returns its value.
    Eval,
    /// One interactive statement (the REPL): expression statements are echoed with PRINT_EXPR.
    Single,
}

/// Which Python exception a compile error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl CompileErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
        }
    }
}

/// A SyntaxError (or subclass) with what CPython puts in one: the message,
/// the file, 1-based line, 1-based column offsets and the offending line's text.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub msg: String,
    pub filename: String,
    pub line: u32,
    /// 1-based column of the error's start (CPython's `offset`).
    pub col: u32,
    /// 1-based column just past the error's end (CPython's `end_offset`).
    pub end_col: u32,
    pub end_line: u32,
    /// The source line, without its newline.
    pub text: Option<String>,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.name(),
            self.msg,
            self.filename,
            self.line
        )
    }
}

/// Compiles `source` read from `filename`.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    compile::compile_source(source, filename, mode)
}
