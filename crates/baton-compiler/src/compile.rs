//! AST -> bytecode. (Being written.)
use crate::{CodeObject, CompileError, Mode};

pub fn compile_source(_source: &str, _filename: &str, _mode: Mode) -> Result<CodeObject, CompileError> {
    todo!("compiler")
}
