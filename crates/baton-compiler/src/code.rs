//! The compiler's output: a `CodeObject` per module, function, class body,
//! lambda and comprehension. It holds plain Rust data only (the compiler knows
//! nothing of the VM's objects); the VM turns `Constant`s into its values when
//! it loads a code object.

use crate::opcode::Instruction;
use num_bigint::BigInt;
use std::sync::Arc;

/// A constant in `co_consts`.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    /// An int that fits a machine word.
    Int(i64),
    /// An int that does not.
    BigInt(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// A frozenset display of constants (`x in {1, 2}` may fold to this).
    FrozenSet(Vec<Constant>),
    Ellipsis,
    Code(Arc<CodeObject>),
}

/// `co_flags`, with CPython's bit values.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// One row of the exception table: an exception raised by an instruction in
/// `start..end` unwinds the value stack to `depth` items, pushes the exception
/// and continues at `target`. Rows are innermost-first for overlapping ranges
/// (the VM takes the first row that covers the faulting instruction).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

/// Where an instruction came from in the source: 1-based lines, 0-based
/// character columns (as CPython's `co_positions`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `co_name`: the function's name, `<module>`, `<lambda>`, `<listcomp>`, the class name...
    pub name: String,
    /// `co_qualname`, e.g. `Outer.method.<locals>.inner`.
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    pub flags: u32,
    /// Positional parameters, including positional-only ones.
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub code: Vec<Instruction>,
    /// One location per instruction in `code`.
    pub locations: Vec<Location>,
    pub consts: Vec<Constant>,
    /// `co_names`: globals, attributes, imported names.
    pub names: Vec<String>,
    /// `co_varnames`: parameters first (positional, keyword-only, *args, **kwargs), then other locals.
    pub varnames: Vec<String>,
    /// `co_cellvars`: locals of this scope captured by inner scopes.
    pub cellvars: Vec<String>,
    /// `co_freevars`: variables of enclosing scopes used here.
    pub freevars: Vec<String>,
    /// For each cellvar, the index in `varnames` of the parameter it holds, if it is one.
    pub cell2arg: Vec<Option<u32>>,
    pub exception_table: Vec<ExceptionTableEntry>,
    pub max_stack_depth: u32,
    /// The docstring, if the body starts with one (functions, classes, modules).
    pub docstring: Option<String>,
}

impl CodeObject {
    /// Number of local slots: `varnames`, then `cellvars`, then `freevars`
    /// (LOAD_DEREF arg i addresses slot `varnames.len() + i`).
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }

    /// The source line of instruction `index`, or the first line.
    pub fn line_of(&self, index: usize) -> u32 {
        self.locations
            .get(index)
            .map(|l| l.line)
            .filter(|l| *l != 0)
            .unwrap_or(self.first_line)
    }
}
