//! The state of one code object being compiled: its instruction builder,
//! the constant / name / variable tables that instructions index, its
//! parameters and flags, and the stack of blocks that `break`, `continue` and
//! `return` must unwind. `assemble` turns it into a `CodeObject`.

use super::builder::{Builder, Label};
use crate::code::{flags, CodeObject, Constant};
use crate::opcode::{Instruction, Opcode};
use crate::symtable::{ScopeId, ScopeKind};
use ruff_python_ast::Stmt;
use ruff_text_size::TextRange;
use std::collections::HashMap;

/// A block that `break` / `continue` / `return` must leave properly
/// (CPython's `fblockinfo`), with the stack items it keeps underneath.
#[derive(Clone)]
pub(super) enum FBlockKind<'a> {
    WhileLoop,
    /// The iterator is on the stack.
    ForLoop,
    /// The body of `try` with `except` clauses.
    TryExcept,
    /// The body of `try` with `finally`: leaving it runs the finally body.
    FinallyTry(&'a [Stmt]),
    /// The finally body run for an exception: prev exc and exc are on the stack.
    FinallyEnd,
    /// The body of `with`: the bound `__exit__` is on the stack.
    With(TextRange),
    /// The `except` clauses: the previous exception is on the stack.
    ExceptionHandler,
    /// The body of one `except` clause, with its `as` name.
    HandlerCleanup(Option<&'a str>),
    /// A return value kept on the stack while a finally body runs.
    PopValue,
    /// The body of one `except*` clause: the original exception, the list of
    /// raised exceptions and the unmatched rest are on the stack (above the
    /// previous exception). `break`, `continue` and `return` may not leave it.
    ExceptStarBody,
}

impl FBlockKind<'_> {
    pub fn stack_items(&self) -> u32 {
        match self {
            FBlockKind::ForLoop
            | FBlockKind::With(_)
            | FBlockKind::ExceptionHandler
            | FBlockKind::PopValue => 1,
            FBlockKind::FinallyEnd => 2,
            FBlockKind::ExceptStarBody => 3,
            _ => 0,
        }
    }

    pub fn is_loop(&self) -> bool {
        matches!(self, FBlockKind::WhileLoop | FBlockKind::ForLoop)
    }
}

#[derive(Clone)]
pub(super) struct FBlock<'a> {
    pub kind: FBlockKind<'a>,
    /// Where `continue` goes (loops).
    pub start: Option<Label>,
    /// Where `break` goes (loops).
    pub exit: Option<Label>,
}

/// A constant's identity for deduplication: like CPython, `1`, `1.0` and
/// `True` stay distinct, and so do `0.0` and `-0.0`.
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    BigInt(String),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Ellipsis,
    Code(usize),
}

fn const_key(c: &Constant, serial: usize) -> ConstKey {
    match c {
        Constant::None => ConstKey::None,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Int(i) => ConstKey::Int(*i),
        Constant::BigInt(b) => ConstKey::BigInt(b.to_string()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Tuple(items) => {
            ConstKey::Tuple(items.iter().map(|c| const_key(c, serial)).collect())
        }
        Constant::FrozenSet(items) => {
            ConstKey::FrozenSet(items.iter().map(|c| const_key(c, serial)).collect())
        }
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Code(_) => ConstKey::Code(serial),
    }
}

/// One code object being compiled.
pub(super) struct Unit<'a> {
    pub kind: ScopeKind,
    pub scope: ScopeId,
    pub name: String,
    pub qualname: String,
    /// The enclosing class name, for private name mangling.
    pub private: Option<String>,
    pub b: Builder,
    pub consts: Vec<Constant>,
    const_index: HashMap<ConstKey, u32>,
    pub names: Vec<String>,
    name_index: HashMap<String, u32>,
    pub varnames: Vec<String>,
    var_index: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub fblocks: Vec<FBlock<'a>>,
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub flags: u32,
    pub first_line: u32,
    pub docstring: Option<String>,
}

impl<'a> Unit<'a> {
    pub fn new(
        kind: ScopeKind,
        scope: ScopeId,
        name: &str,
        qualname: String,
        first_line: u32,
    ) -> Self {
        Unit {
            kind,
            scope,
            name: name.to_string(),
            qualname,
            private: None,
            b: Builder::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            fblocks: Vec::new(),
            arg_count: 0,
            posonly_arg_count: 0,
            kwonly_arg_count: 0,
            flags: 0,
            first_line,
            docstring: None,
        }
    }

    /// The index of `c` in `co_consts`, adding it if it is new.
    pub fn add_const(&mut self, c: Constant) -> u32 {
        if let Constant::Code(code) = &c {
            // A finally body compiled twice makes equal code objects: share one.
            let existing = self
                .consts
                .iter()
                .position(|k| matches!(k, Constant::Code(o) if o == code));
            if let Some(i) = existing {
                return i as u32;
            }
            self.consts.push(c);
            return (self.consts.len() - 1) as u32;
        }
        let key = const_key(&c, self.consts.len());
        if let Some(i) = self.const_index.get(&key) {
            return *i;
        }
        self.consts.push(c);
        let i = (self.consts.len() - 1) as u32;
        self.const_index.insert(key, i);
        i
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        if let Some(i) = self.name_index.get(name) {
            return *i;
        }
        self.names.push(name.to_string());
        let i = (self.names.len() - 1) as u32;
        self.name_index.insert(name.to_string(), i);
        i
    }

    pub fn add_varname(&mut self, name: &str) -> u32 {
        if let Some(i) = self.var_index.get(name) {
            return *i;
        }
        self.varnames.push(name.to_string());
        let i = (self.varnames.len() - 1) as u32;
        self.var_index.insert(name.to_string(), i);
        i
    }

    /// Index of cell variable `name` among cellvars ++ freevars.
    pub fn cell_index(&self, name: &str) -> Option<u32> {
        self.cellvars
            .iter()
            .position(|n| n == name)
            .map(|i| i as u32)
    }

    /// Index of free variable `name` among cellvars ++ freevars.
    pub fn free_index(&self, name: &str) -> Option<u32> {
        self.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (i + self.cellvars.len()) as u32)
    }

    /// Drops the constants only dead code used (CPython's
    /// `remove_unused_consts`); the first one, a function's docstring slot, stays.
    fn remove_unused_consts(&mut self, code: &mut [Instruction]) {
        let mut used = vec![false; self.consts.len()];
        if let Some(first) = used.first_mut() {
            *first = true;
        }
        for ins in code.iter() {
            if matches!(ins.op, Opcode::LoadConst | Opcode::KwNames) {
                if let Some(u) = used.get_mut(ins.arg as usize) {
                    *u = true;
                }
            }
        }
        if used.iter().all(|u| *u) {
            return;
        }
        let mut new_index = vec![0u32; self.consts.len()];
        let mut kept = Vec::new();
        for (i, c) in std::mem::take(&mut self.consts).into_iter().enumerate() {
            if used[i] {
                new_index[i] = kept.len() as u32;
                kept.push(c);
            }
        }
        for ins in code.iter_mut() {
            if matches!(ins.op, Opcode::LoadConst | Opcode::KwNames) {
                ins.arg = new_index.get(ins.arg as usize).copied().unwrap_or(0);
            }
        }
        self.consts = kept;
    }

    pub fn base_depth(&self) -> u32 {
        self.fblocks.iter().map(|f| f.kind.stack_items()).sum()
    }

    pub fn assemble(mut self, filename: &str) -> Result<CodeObject, String> {
        let builder = std::mem::take(&mut self.b);
        let mut assembled = builder.finish()?;
        self.remove_unused_consts(&mut assembled.code);
        let nparams = self.arg_count as usize
            + self.kwonly_arg_count as usize
            + usize::from(self.flags & flags::VARARGS != 0)
            + usize::from(self.flags & flags::VARKEYWORDS != 0);
        let cell2arg = self
            .cellvars
            .iter()
            .map(|c| {
                self.varnames
                    .iter()
                    .take(nparams)
                    .position(|v| v == c)
                    .map(|i| i as u32)
            })
            .collect();
        Ok(CodeObject {
            name: self.name,
            qualname: self.qualname,
            filename: filename.to_string(),
            first_line: self.first_line,
            flags: self.flags,
            arg_count: self.arg_count,
            posonly_arg_count: self.posonly_arg_count,
            kwonly_arg_count: self.kwonly_arg_count,
            code: assembled.code,
            locations: assembled.locations,
            consts: self.consts,
            names: self.names,
            varnames: self.varnames,
            cellvars: self.cellvars,
            freevars: self.freevars,
            cell2arg,
            exception_table: assembled.exception_table,
            max_stack_depth: assembled.max_stack_depth,
            docstring: self.docstring,
        })
    }
}
