//! Disassembly: the text `dis.dis()` prints, from the one opcode table.

use crate::code::{CodeObject, Constant};
use crate::opcode::{BinaryOperator, ComparisonOperator, Opcode};
use std::fmt::Write;

/// A short repr of a constant, as `dis` shows it in the argument column.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => {
            if *b {
                "True".into()
            } else {
                "False".into()
            }
        }
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex { real, imag } => format!("({real}+{imag}j)"),
        Constant::Str(s) => format!("{s:?}")
            .replacen('"', "'", 1)
            .chars()
            .rev()
            .collect::<String>()
            .replacen('"', "'", 1)
            .chars()
            .rev()
            .collect(),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(constant_repr).collect();
            if inner.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let inner: Vec<String> = items.iter().map(constant_repr).collect();
            format!("frozenset({{{}}})", inner.join(", "))
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Code(code) => format!(
            "<code object {} at 0x0, file \"{}\", line {}>",
            code.name, code.filename, code.first_line
        ),
    }
}

/// Disassembles one code object (not its nested ones), CPython-style:
/// line number, offset, name, argument and its meaning.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    let mut last_line = 0;
    for (i, ins) in code.code.iter().enumerate() {
        let line = code.line_of(i);
        let line_col = if line != last_line {
            if i > 0 {
                out.push('\n');
            }
            last_line = line;
            format!("{line:>3}")
        } else {
            "   ".to_string()
        };
        let has_arg = !matches!(
            ins.op,
            Opcode::Nop
                | Opcode::PopTop
                | Opcode::PushNull
                | Opcode::ReturnValue
                | Opcode::BinarySubscr
                | Opcode::StoreSubscr
                | Opcode::DeleteSubscr
                | Opcode::LoadLocals
                | Opcode::LoadAssertionError
                | Opcode::LoadBuildClass
                | Opcode::SetupAnnotations
                | Opcode::UnaryNegative
                | Opcode::UnaryPositive
                | Opcode::UnaryNot
                | Opcode::UnaryInvert
                | Opcode::GetIter
                | Opcode::ListToTuple
                | Opcode::Reraise
                | Opcode::PushExcInfo
                | Opcode::PopExcept
                | Opcode::CheckExcMatch
                | Opcode::CheckEgMatch
                | Opcode::GetLen
                | Opcode::MatchMapping
                | Opcode::MatchSequence
                | Opcode::MatchKeys
                | Opcode::PrepReraiseStar
                | Opcode::BeforeWith
                | Opcode::WithExceptStart
                | Opcode::YieldValue
                | Opcode::GetYieldFromIter
                | Opcode::ImportStar
                | Opcode::PrintExpr
        );
        let meaning = describe_arg(code, ins.op, ins.arg);
        let _ = write!(out, "{line_col}     {:>6} {:<28}", i * 2, ins.op.name());
        if has_arg {
            let _ = write!(out, " {:<3}", ins.arg);
            if let Some(m) = meaning {
                let _ = write!(out, " ({m})");
            }
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out.push('\n');
    }
    out
}

fn describe_arg(code: &CodeObject, op: Opcode, arg: u32) -> Option<String> {
    use Opcode::*;
    let a = arg as usize;
    let cell_name = |i: usize| -> Option<String> {
        code.cellvars
            .iter()
            .chain(code.freevars.iter())
            .nth(i)
            .cloned()
    };
    match op {
        LoadConst | KwNames => code.consts.get(a).map(constant_repr),
        LoadFast | LoadFastChecked | StoreFast | DeleteFast => code.varnames.get(a).cloned(),
        LoadDeref | StoreDeref | DeleteDeref | LoadClosure | LoadClassDeref => cell_name(a),
        LoadName | StoreName | DeleteName | LoadGlobal | StoreGlobal | DeleteGlobal | LoadAttr
        | StoreAttr | DeleteAttr | LoadMethod | ImportName | ImportFrom => {
            code.names.get(a).cloned()
        }
        BinaryOp | BinaryOpIntAdd | BinaryOpIntSubtract => {
            BinaryOperator::from_arg(arg).map(|(o, inplace)| {
                if inplace {
                    format!("{}=", o.symbol())
                } else {
                    o.symbol().to_string()
                }
            })
        }
        CompareOp | CompareOpInt => {
            ComparisonOperator::from_arg(arg).map(|c| c.symbol().to_string())
        }
        IsOp => Some(if arg == 0 {
            "is".into()
        } else {
            "is not".into()
        }),
        ContainsOp => Some(if arg == 0 {
            "in".into()
        } else {
            "not in".into()
        }),
        JumpForward
        | JumpBackward
        | JumpBackwardNoInterrupt
        | PopJumpIfFalse
        | PopJumpIfTrue
        | PopJumpIfNone
        | PopJumpIfNotNone
        | JumpIfFalseOrPop
        | JumpIfTrueOrPop
        | ForIter
        | Send => Some(format!("to {}", a * 2)),
        FormatValue => match arg & 3 {
            1 => Some("str".into()),
            2 => Some("repr".into()),
            3 => Some("ascii".into()),
            _ => None,
        },
        _ => None,
    }
}
