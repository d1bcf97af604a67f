//! The instruction buffer of one code object being compiled.
//!
//! Jumps are emitted against [`Label`]s and resolved to absolute instruction
//! indices in [`Builder::finish`]. Exception handling is described the way
//! CPython's compiler does it before assembly: the compiler pushes and pops
//! handlers (`SETUP_FINALLY` / `POP_BLOCK` in CPython), every instruction
//! remembers the innermost handler active when it was emitted, and `finish`
//! turns runs of instructions with the same handler into exception-table rows.
//! Because each instruction has exactly one innermost handler, the rows never
//! overlap, so "the first row that covers the instruction" is always the right one.
//! `finish` also computes the maximum stack depth by following every path.

use crate::code::{ExceptionTableEntry, Location};
use crate::opcode::{stack_effect, Instruction, Opcode};

/// A jump target inside the code being built; bound to an instruction index once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

/// An exception handler: where to go, and how many stack items to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Handler {
    pub label: Label,
    pub depth: u32,
}

/// What `finish` produces.
pub(crate) struct Assembled {
    pub code: Vec<Instruction>,
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionTableEntry>,
    pub max_stack_depth: u32,
}

#[derive(Default)]
pub(crate) struct Builder {
    code: Vec<Instruction>,
    locations: Vec<Location>,
    /// The innermost handler active at each instruction.
    handler_of: Vec<Option<Handler>>,
    /// Instruction index of each label, once bound.
    labels: Vec<Option<u32>>,
    handler_stack: Vec<Handler>,
    /// The location given to the next emitted instructions.
    pub location: Location,
}

impl Builder {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label((self.labels.len() - 1) as u32)
    }

    /// Binds `label` to the next instruction emitted.
    pub fn bind(&mut self, label: Label) {
        let here = self.code.len() as u32;
        if let Some(slot) = self.labels.get_mut(label.0 as usize) {
            if slot.is_none() {
                *slot = Some(here);
            }
        }
    }

    fn is_bound(&self, label: Label) -> bool {
        matches!(self.labels.get(label.0 as usize), Some(Some(_)))
    }

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        self.code.push(Instruction::new(op, arg));
        self.locations.push(self.location);
        self.handler_of.push(self.handler_stack.last().copied());
    }

    /// Emits a jump-family instruction (`has_jump()`) whose target is `label`.
    pub fn emit_jump(&mut self, op: Opcode, label: Label) {
        self.emit(op, label.0);
    }

    /// An unconditional jump: backward (checking the eval breaker) when the
    /// label is already bound, forward otherwise.
    pub fn jump(&mut self, label: Label) {
        let op = if self.is_bound(label) {
            Opcode::JumpBackward
        } else {
            Opcode::JumpForward
        };
        self.emit_jump(op, label);
    }

    pub fn push_handler(&mut self, label: Label, depth: u32) {
        self.handler_stack.push(Handler { label, depth });
    }

    pub fn pop_handler(&mut self) -> Option<Handler> {
        self.handler_stack.pop()
    }

    /// The active handlers, to restore them after code that unwinds some of
    /// them on one path only (a `return` inside `try`, for instance).
    pub fn handlers(&self) -> Vec<Handler> {
        self.handler_stack.clone()
    }

    pub fn set_handlers(&mut self, handlers: Vec<Handler>) {
        self.handler_stack = handlers;
    }

    /// Whether execution can reach the next instruction emitted: the last
    /// one does not leave unconditionally, or a label points past it.
    pub fn falls_through(&self) -> bool {
        let end = self.code.len() as u32;
        if self.labels.contains(&Some(end)) {
            return true;
        }
        !matches!(
            self.code.last().map(|i| i.op),
            Some(
                Opcode::ReturnValue
                    | Opcode::RaiseVarargs
                    | Opcode::Reraise
                    | Opcode::JumpForward
                    | Opcode::JumpBackward
                    | Opcode::JumpBackwardNoInterrupt
            )
        )
    }

    /// Resolves labels, drops unreachable instructions, builds the exception
    /// table and computes the stack depth. An error here is a bug in the
    /// compiler, never in the source.
    pub fn finish(mut self) -> Result<Assembled, String> {
        let resolve = |labels: &[Option<u32>], label: u32| -> Result<u32, String> {
            labels
                .get(label as usize)
                .copied()
                .flatten()
                .ok_or_else(|| format!("unbound label {label}"))
        };
        // A label bound at the very end must still point at an instruction.
        let end = self.code.len() as u32;
        if self.labels.contains(&Some(end)) {
            self.emit(Opcode::Nop, 0);
        }
        for ins in self.code.iter_mut() {
            if ins.has_jump() {
                ins.arg = resolve(&self.labels, ins.arg)?;
            }
        }
        let mut handlers: Vec<Option<(u32, u32)>> = Vec::with_capacity(self.code.len());
        for h in &self.handler_of {
            handlers.push(match h {
                Some(h) => Some((resolve(&self.labels, h.label.0)?, h.depth)),
                None => None,
            });
        }

        let (depth_at, max_stack_depth) = stack_depths(&self.code, &handlers)?;

        // Keep the reachable instructions, minus jumps to the very next one;
        // a dropped instruction's index maps to the next kept one.
        let n = self.code.len();
        let mut next_reachable = vec![u32::MAX; n];
        let mut after = u32::MAX;
        for i in (0..n).rev() {
            next_reachable[i] = after;
            if depth_at[i].is_some() {
                after = i as u32;
            }
        }
        let keep: Vec<bool> = (0..n)
            .map(|i| {
                let ins = self.code[i];
                depth_at[i].is_some()
                    && !(ins.op == Opcode::JumpForward && ins.arg == next_reachable[i])
            })
            .collect();
        let mut new_index = vec![u32::MAX; n];
        let mut kept = 0u32;
        for i in 0..n {
            if keep[i] {
                new_index[i] = kept;
                kept += 1;
            }
        }
        let mut following = u32::MAX;
        for i in (0..n).rev() {
            if keep[i] {
                following = new_index[i];
            } else if depth_at[i].is_some() {
                new_index[i] = following;
            }
        }
        let remap = |old: u32| -> Result<u32, String> {
            match new_index.get(old as usize) {
                Some(&n) if n != u32::MAX => Ok(n),
                _ => Err(format!("jump to unreachable instruction {old}")),
            }
        };
        let mut code = Vec::with_capacity(kept as usize);
        let mut locations = Vec::with_capacity(kept as usize);
        let mut kept_handlers = Vec::with_capacity(kept as usize);
        for (i, ins) in self.code.iter().enumerate() {
            if !keep[i] {
                continue;
            }
            let mut ins = *ins;
            if ins.has_jump() {
                ins.arg = remap(ins.arg)?;
            }
            code.push(ins);
            locations.push(self.locations.get(i).copied().unwrap_or_default());
            kept_handlers.push(match handlers.get(i).copied().flatten() {
                Some((target, depth)) => Some((remap(target)?, depth)),
                None => None,
            });
        }

        let mut table: Vec<ExceptionTableEntry> = Vec::new();
        for (i, h) in kept_handlers.iter().enumerate() {
            let Some((target, depth)) = *h else { continue };
            let i = i as u32;
            match table.last_mut() {
                Some(last) if last.end == i && last.target == target && last.depth == depth => {
                    last.end = i + 1;
                }
                _ => table.push(ExceptionTableEntry {
                    start: i,
                    end: i + 1,
                    target,
                    depth,
                }),
            }
        }

        Ok(Assembled {
            code,
            locations,
            exception_table: table,
            max_stack_depth,
        })
    }
}

/// Follows every reachable path (including into exception handlers): the
/// stack depth before each instruction (None if unreachable) and the deepest
/// stack seen.
#[allow(clippy::type_complexity)]
fn stack_depths(
    code: &[Instruction],
    handlers: &[Option<(u32, u32)>],
) -> Result<(Vec<Option<i64>>, u32), String> {
    let n = code.len();
    let mut depth_at: Vec<Option<i64>> = vec![None; n];
    let mut work: Vec<(usize, i64)> = vec![(0, 0)];
    let mut max: i64 = 0;
    while let Some((i, depth)) = work.pop() {
        let Some(ins) = code.get(i) else { continue };
        match depth_at[i] {
            Some(seen) if seen == depth => continue,
            Some(seen) => {
                return Err(format!(
                    "inconsistent stack depth at instruction {i} ({}): {seen} and {depth}",
                    ins.op.name()
                ))
            }
            None => depth_at[i] = Some(depth),
        }
        if let Some(Some((target, hdepth))) = handlers.get(i) {
            if (*hdepth as i64) > depth {
                return Err(format!(
                    "handler keeps {hdepth} items at instruction {i} with a stack of {depth}"
                ));
            }
            let d = *hdepth as i64 + 1;
            max = max.max(d);
            work.push((*target as usize, d));
        }
        let op = ins.op;
        let after = depth + stack_effect(op, ins.arg, false) as i64;
        if after < 0 {
            return Err(format!(
                "stack underflow at instruction {i} ({})",
                op.name()
            ));
        }
        let unconditional = matches!(
            op,
            Opcode::JumpForward | Opcode::JumpBackward | Opcode::JumpBackwardNoInterrupt
        );
        if ins.has_jump() {
            let taken = depth + stack_effect(op, ins.arg, true) as i64;
            if taken < 0 {
                return Err(format!(
                    "stack underflow at instruction {i} ({})",
                    op.name()
                ));
            }
            max = max.max(taken);
            work.push((ins.arg as usize, taken));
        }
        let terminal = matches!(
            op,
            Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise
        );
        if !unconditional && !terminal {
            max = max.max(after);
            work.push((i + 1, after));
        }
        max = max.max(depth);
    }
    Ok((depth_at, max.max(0) as u32))
}
