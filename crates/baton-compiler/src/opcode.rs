//! The opcode table: every instruction of Baton's bytecode, written once.
//!
//! The compiler emits these, the VM's eval loop dispatches on them and `dis`
//! prints their names; all three take them from the `opcodes!` table below.
//! Each entry gives the instruction's Python-visible name and, in its doc
//! comment, its stack effect as `(inputs -- outputs)` with the top of the stack
//! on the right, in the spirit of CPython's `bytecodes.c` and Lua's `lopcodes.h`.
//!
//! `NULL` below is the VM's internal "no value" marker (never visible to
//! Python code); it is how a plain call and a method call share one calling
//! convention: `[NULL, callable, args...]` or `[method, self, args...]`.
//!
//! Jump arguments are absolute instruction indices into `CodeObject::code`.
//! The `Specialised` section lists forms the VM rewrites instructions into
//! after seeing their operands (inline caches); the compiler never emits them.

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $variant:ident = $name:literal, )*) => {
        /// One Baton instruction's operation; the operand lives in [`Instruction::arg`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $variant, )*
        }

        impl Opcode {
            /// Every opcode, in table order (its `u8` value is its index here).
            pub const ALL: &'static [Opcode] = &[ $( Opcode::$variant, )* ];

            /// The name `dis` prints, e.g. `LOAD_FAST`.
            pub fn name(self) -> &'static str {
                match self { $( Opcode::$variant => $name, )* }
            }

            /// The first line of the opcode's documentation.
            pub fn doc(self) -> &'static str {
                match self { $( Opcode::$variant => { let d: &[&str] = &[$($doc),*]; d.first().copied().unwrap_or("").trim() } )* }
            }

            pub fn from_u8(b: u8) -> Option<Opcode> {
                Self::ALL.get(b as usize).copied()
            }
        }
    };
}

opcodes! {
    /// ( -- ) Does nothing.
    Nop = "NOP",
    /// (a -- ) Discards the top of the stack.
    PopTop = "POP_TOP",
    /// (x_n ... x_1 -- x_n ... x_1 x_n) Pushes a new reference to the arg-th item from the top (1 = top).
    Copy = "COPY",
    /// (x_n ... x_1 -- x_1 ... x_n) Swaps the top with the arg-th item from the top (arg >= 2).
    Swap = "SWAP",
    /// ( -- NULL) Pushes the NULL marker (before a callable for a plain call).
    PushNull = "PUSH_NULL",

    // ---- loads and stores --------------------------------------------------
    /// ( -- v) Pushes co_consts[arg].
    LoadConst = "LOAD_CONST",
    /// ( -- v) Pushes local slot arg; UnboundLocalError if it is unbound.
    LoadFast = "LOAD_FAST",
    /// (v -- ) Stores into local slot arg.
    StoreFast = "STORE_FAST",
    /// ( -- ) Unbinds local slot arg; UnboundLocalError if it is unbound.
    DeleteFast = "DELETE_FAST",
    /// ( -- v) Pushes the contents of cell arg (index into cellvars ++ freevars); NameError/UnboundLocalError if empty.
    LoadDeref = "LOAD_DEREF",
    /// (v -- ) Stores into cell arg.
    StoreDeref = "STORE_DEREF",
    /// ( -- ) Empties cell arg.
    DeleteDeref = "DELETE_DEREF",
    /// ( -- cell) Pushes cell arg itself (to build a closure tuple).
    LoadClosure = "LOAD_CLOSURE",
    /// ( -- v) In a class body: looks up freevar name in the locals mapping first, then in cell arg.
    LoadClassDeref = "LOAD_CLASSDEREF",
    /// ( -- v) Looks up co_names[arg] in locals, then globals, then builtins (module and class bodies).
    LoadName = "LOAD_NAME",
    /// (v -- ) Stores co_names[arg] in the locals mapping.
    StoreName = "STORE_NAME",
    /// ( -- ) Deletes co_names[arg] from the locals mapping.
    DeleteName = "DELETE_NAME",
    /// ( -- v) Looks up co_names[arg] in globals, then builtins.
    LoadGlobal = "LOAD_GLOBAL",
    /// (v -- ) Stores co_names[arg] in globals.
    StoreGlobal = "STORE_GLOBAL",
    /// ( -- ) Deletes co_names[arg] from globals.
    DeleteGlobal = "DELETE_GLOBAL",
    /// (obj -- v) Pushes getattr(obj, co_names[arg]).
    LoadAttr = "LOAD_ATTR",
    /// (v obj -- ) Does setattr(obj, co_names[arg], v).
    StoreAttr = "STORE_ATTR",
    /// (obj -- ) Does delattr(obj, co_names[arg]).
    DeleteAttr = "DELETE_ATTR",
    /// (obj -- meth obj | NULL attr) Looks up co_names[arg] for a call: an unbound method and its self, or NULL and the attribute.
    LoadMethod = "LOAD_METHOD",
    /// (container key -- v) Pushes container[key].
    BinarySubscr = "BINARY_SUBSCR",
    /// (v container key -- ) Does container[key] = v.
    StoreSubscr = "STORE_SUBSCR",
    /// (container key -- ) Does del container[key].
    DeleteSubscr = "DELETE_SUBSCR",
    /// ( -- mapping) Pushes the frame's locals mapping (class bodies return it).
    LoadLocals = "LOAD_LOCALS",
    /// ( -- AssertionError) Pushes the AssertionError type.
    LoadAssertionError = "LOAD_ASSERTION_ERROR",
    /// ( -- __build_class__) Pushes builtins.__build_class__.
    LoadBuildClass = "LOAD_BUILD_CLASS",
    /// ( -- ) Creates `__annotations__` = {} in the locals mapping if it is missing.
    SetupAnnotations = "SETUP_ANNOTATIONS",

    // ---- operators ----------------------------------------------------------
    /// (a b -- r) r = a OP b; arg is a [`BinaryOperator`] (in-place forms included).
    BinaryOp = "BINARY_OP",
    /// (a -- r) r = -a
    UnaryNegative = "UNARY_NEGATIVE",
    /// (a -- r) r = +a
    UnaryPositive = "UNARY_POSITIVE",
    /// (a -- r) r = not a
    UnaryNot = "UNARY_NOT",
    /// (a -- r) r = ~a
    UnaryInvert = "UNARY_INVERT",
    /// (a b -- r) r = a CMP b; arg is a [`ComparisonOperator`].
    CompareOp = "COMPARE_OP",
    /// (a b -- r) r = a is b (arg 0) or a is not b (arg 1).
    IsOp = "IS_OP",
    /// (a b -- r) r = a in b (arg 0) or a not in b (arg 1).
    ContainsOp = "CONTAINS_OP",

    // ---- building values --------------------------------------------------
    /// (items[arg] -- tuple)
    BuildTuple = "BUILD_TUPLE",
    /// (items[arg] -- list)
    BuildList = "BUILD_LIST",
    /// (items[arg] -- set)
    BuildSet = "BUILD_SET",
    /// (k1 v1 ... k_arg v_arg -- dict)
    BuildMap = "BUILD_MAP",
    /// (start stop -- slice) if arg == 2; (start stop step -- slice) if arg == 3.
    BuildSlice = "BUILD_SLICE",
    /// (strs[arg] -- str) Concatenates arg strings (f-strings).
    BuildString = "BUILD_STRING",
    /// (list x_{arg-1} ... x_1 item -- list x_{arg-1} ... x_1) list.append(item); the list is arg items below the popped one.
    ListAppend = "LIST_APPEND",
    /// (set ... item -- set ...) set.add(item), the set found as in LIST_APPEND.
    SetAdd = "SET_ADD",
    /// (dict ... key value -- dict ...) dict[key] = value, the dict is arg items below the popped pair.
    MapAdd = "MAP_ADD",
    /// (list ... iterable -- list ...) list.extend(iterable), list found as in LIST_APPEND.
    ListExtend = "LIST_EXTEND",
    /// (set ... iterable -- set ...) set.update(iterable).
    SetUpdate = "SET_UPDATE",
    /// (dict ... mapping -- dict ...) dict.update(mapping) (the `**` of a dict display).
    DictUpdate = "DICT_UPDATE",
    /// (dict ... mapping -- dict ...) Like DICT_UPDATE for the `**` of a call: TypeError on a repeated key or a non-mapping.
    DictMerge = "DICT_MERGE",
    /// (list -- tuple)
    ListToTuple = "LIST_TO_TUPLE",
    /// (seq -- x_arg ... x_1) Unpacks exactly arg items, x_1 (the first item) on top.
    UnpackSequence = "UNPACK_SEQUENCE",
    /// (seq -- after... list before...) Starred unpacking: arg = before | (after << 8); the first item ends on top.
    UnpackEx = "UNPACK_EX",
    /// (v [spec] -- str) Formats v: arg & 3 is the conversion (0 none, 1 !s, 2 !r, 3 !a); arg & 4 means a format spec is on top.
    FormatValue = "FORMAT_VALUE",

    // ---- control flow -----------------------------------------------------
    /// ( -- ) Jumps forward to arg.
    JumpForward = "JUMP_FORWARD",
    /// ( -- ) Jumps back to arg; checks the eval breaker (GIL drop requests, signals).
    JumpBackward = "JUMP_BACKWARD",
    /// ( -- ) Jumps back to arg without checking the eval breaker (yield from loops).
    JumpBackwardNoInterrupt = "JUMP_BACKWARD_NO_INTERRUPT",
    /// (cond -- ) Jumps to arg if cond is false.
    PopJumpIfFalse = "POP_JUMP_IF_FALSE",
    /// (cond -- ) Jumps to arg if cond is true.
    PopJumpIfTrue = "POP_JUMP_IF_TRUE",
    /// (v -- ) Jumps to arg if v is None.
    PopJumpIfNone = "POP_JUMP_IF_NONE",
    /// (v -- ) Jumps to arg if v is not None.
    PopJumpIfNotNone = "POP_JUMP_IF_NOT_NONE",
    /// (cond -- cond | ) Jumps to arg keeping cond if it is false, else pops it.
    JumpIfFalseOrPop = "JUMP_IF_FALSE_OR_POP",
    /// (cond -- cond | ) Jumps to arg keeping cond if it is true, else pops it.
    JumpIfTrueOrPop = "JUMP_IF_TRUE_OR_POP",
    /// (iterable -- iter) iter(iterable)
    GetIter = "GET_ITER",
    /// (iter -- iter next | ) Pushes next(iter); when exhausted pops iter and jumps to arg.
    ForIter = "FOR_ITER",
    /// (v -- ) Returns v from the frame.
    ReturnValue = "RETURN_VALUE",

    // ---- exceptions -------------------------------------------------------
    /// (args[arg] -- ) arg 0: re-raise the exception being handled; 1: raise TOS; 2: raise TOS1 from TOS.
    RaiseVarargs = "RAISE_VARARGS",
    /// (exc -- ) Re-raises exc as it is (its traceback kept); ends finally blocks and cleanup handlers.
    Reraise = "RERAISE",
    /// (exc -- prev exc) Makes exc the exception being handled, saving the previous one under it.
    PushExcInfo = "PUSH_EXC_INFO",
    /// (prev -- ) Restores the exception being handled to prev.
    PopExcept = "POP_EXCEPT",
    /// (exc type -- exc bool) Tests isinstance(exc, type) for an `except type:` clause (TypeError for non-exception types).
    CheckExcMatch = "CHECK_EXC_MATCH",
    /// (mgr -- exit enter_result) Looks up mgr.__exit__ (bound) and calls mgr.__enter__().
    BeforeWith = "BEFORE_WITH",
    /// (exit prev exc -- exit prev exc res) Calls exit(type(exc), exc, exc.__traceback__).
    WithExceptStart = "WITH_EXCEPT_START",
    /// (obj -- obj len) Pushes len(obj) (sequence and mapping patterns).
    GetLen = "GET_LEN",
    /// (subject -- subject bool) Whether subject is a mapping for `match` (dicts, collections.abc.Mapping).
    MatchMapping = "MATCH_MAPPING",
    /// (subject -- subject bool) Whether subject is a sequence for `match` (list, tuple, range, collections.abc.Sequence; not str, bytes or bytearray).
    MatchSequence = "MATCH_SEQUENCE",
    /// (subject keys -- subject keys values) The values of the keys tuple in the mapping subject, or None if one is missing.
    MatchKeys = "MATCH_KEYS",
    /// (subject cls names -- attrs) For a class pattern with arg positional sub-patterns: the tuple of attributes to match, or None if subject is not a cls or lacks one.
    MatchClass = "MATCH_CLASS",
    /// (exc type -- rest match) Splits exc for an `except* type:` clause (match is None when nothing matches; a match becomes the exception being handled).
    CheckEgMatch = "CHECK_EG_MATCH",
    /// (orig raised_list -- exc_or_none) What a try/except* statement re-raises once its clauses have run.
    PrepReraiseStar = "PREP_RERAISE_STAR",

    // ---- calls and functions ------------------------------------------------
    /// ( -- ) The next CALL's last len(co_consts[arg]) arguments are keywords named by that tuple.
    KwNames = "KW_NAMES",
    /// (NULL callable args[arg] -- r | meth self args[arg] -- r) Calls with arg positional arguments (+ self).
    Call = "CALL",
    /// (NULL callable argtuple [kwdict] -- r) Calls callable(*argtuple, **kwdict); arg & 1 means kwdict is present.
    CallFunctionEx = "CALL_FUNCTION_EX",
    /// ([defaults] [kwdefaults] [annotations] [closure] code -- fn) arg flags: 1 defaults tuple, 2 kwdefaults dict, 4 annotations dict, 8 closure tuple.
    MakeFunction = "MAKE_FUNCTION",
    /// (v -- ) Suspends a generator yielding v; when resumed pushes the value sent in: ( -- sent).
    YieldValue = "YIELD_VALUE",
    /// (receiver v -- receiver r | r) Sends v into receiver (next() if v is None): if it yields r, pushes r; if it returns r, pops receiver, pushes r and jumps to arg.
    Send = "SEND",
    /// (iterable -- iter) iter() for `yield from` (generators are kept as they are).
    GetYieldFromIter = "GET_YIELD_FROM_ITER",

    // ---- imports and the REPL ----------------------------------------------
    /// (level fromlist -- module) __import__(co_names[arg], globals, None, fromlist, level).
    ImportName = "IMPORT_NAME",
    /// (module -- module attr) Pushes module.co_names[arg] (falling back to the submodule); ImportError if missing.
    ImportFrom = "IMPORT_FROM",
    /// (module -- ) from module import *
    ImportStar = "IMPORT_STAR",
    /// (v -- ) The REPL's echo: sys.displayhook(v).
    PrintExpr = "PRINT_EXPR",

    // ---- specialised forms (written by the VM's inline caches only) -----------
    /// ( -- v) LOAD_FAST known to be bound.
    LoadFastChecked = "LOAD_FAST__CHECKED",
    /// (a b -- r) BINARY_OP for two small ints (falls back on overflow or other types).
    BinaryOpIntAdd = "BINARY_OP_ADD_INT",
    /// (a b -- r) BINARY_OP - for two small ints.
    BinaryOpIntSubtract = "BINARY_OP_SUBTRACT_INT",
    /// (a b -- r) COMPARE_OP for two small ints.
    CompareOpInt = "COMPARE_OP_INT",
}

/// The operators of BINARY_OP, by their `arg`. The in-place forms are `+ INPLACE_OFFSET`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOperator {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    LShift = 3,
    MatMul = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    RShift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
}

pub const INPLACE_OFFSET: u32 = 13;

impl BinaryOperator {
    pub const ALL: [BinaryOperator; 13] = [
        BinaryOperator::Add,
        BinaryOperator::And,
        BinaryOperator::FloorDivide,
        BinaryOperator::LShift,
        BinaryOperator::MatMul,
        BinaryOperator::Multiply,
        BinaryOperator::Remainder,
        BinaryOperator::Or,
        BinaryOperator::Power,
        BinaryOperator::RShift,
        BinaryOperator::Subtract,
        BinaryOperator::TrueDivide,
        BinaryOperator::Xor,
    ];

    /// Decodes a BINARY_OP argument into (operator, in_place).
    pub fn from_arg(arg: u32) -> Option<(BinaryOperator, bool)> {
        let inplace = arg >= INPLACE_OFFSET;
        let base = if inplace { arg - INPLACE_OFFSET } else { arg };
        Self::ALL.get(base as usize).map(|op| (*op, inplace))
    }

    /// The operator as Python writes it: `+`, `//`, ...
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOperator::Add => "+",
            BinaryOperator::And => "&",
            BinaryOperator::FloorDivide => "//",
            BinaryOperator::LShift => "<<",
            BinaryOperator::MatMul => "@",
            BinaryOperator::Multiply => "*",
            BinaryOperator::Remainder => "%",
            BinaryOperator::Or => "|",
            BinaryOperator::Power => "**",
            BinaryOperator::RShift => ">>",
            BinaryOperator::Subtract => "-",
            BinaryOperator::TrueDivide => "/",
            BinaryOperator::Xor => "^",
        }
    }

    /// The dunder names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinaryOperator::Add => ("__add__", "__radd__", "__iadd__"),
            BinaryOperator::And => ("__and__", "__rand__", "__iand__"),
            BinaryOperator::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinaryOperator::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinaryOperator::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinaryOperator::Multiply => ("__mul__", "__rmul__", "__imul__"),
            BinaryOperator::Remainder => ("__mod__", "__rmod__", "__imod__"),
            BinaryOperator::Or => ("__or__", "__ror__", "__ior__"),
            BinaryOperator::Power => ("__pow__", "__rpow__", "__ipow__"),
            BinaryOperator::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinaryOperator::Subtract => ("__sub__", "__rsub__", "__isub__"),
            BinaryOperator::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinaryOperator::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// The comparisons of COMPARE_OP, by their `arg`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum ComparisonOperator {
    Less = 0,
    LessEqual = 1,
    Equal = 2,
    NotEqual = 3,
    Greater = 4,
    GreaterEqual = 5,
}

impl ComparisonOperator {
    pub fn from_arg(arg: u32) -> Option<ComparisonOperator> {
        use ComparisonOperator::*;
        Some(match arg {
            0 => Less,
            1 => LessEqual,
            2 => Equal,
            3 => NotEqual,
            4 => Greater,
            5 => GreaterEqual,
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        use ComparisonOperator::*;
        match self {
            Less => "<",
            LessEqual => "<=",
            Equal => "==",
            NotEqual => "!=",
            Greater => ">",
            GreaterEqual => ">=",
        }
    }

    /// (`__lt__`, reflected `__gt__`)
    pub fn dunders(self) -> (&'static str, &'static str) {
        use ComparisonOperator::*;
        match self {
            Less => ("__lt__", "__gt__"),
            LessEqual => ("__le__", "__ge__"),
            Equal => ("__eq__", "__eq__"),
            NotEqual => ("__ne__", "__ne__"),
            Greater => ("__gt__", "__lt__"),
            GreaterEqual => ("__ge__", "__le__"),
        }
    }
}

/// One instruction: an opcode and its operand. Eight bytes; the VM may rewrite
/// `op` in place into a specialised form and back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Instruction {
    pub op: Opcode,
    pub arg: u32,
}

impl Instruction {
    pub fn new(op: Opcode, arg: u32) -> Self {
        Instruction { op, arg }
    }

    /// Whether arg is a jump target (an instruction index).
    pub fn has_jump(&self) -> bool {
        use Opcode::*;
        matches!(
            self.op,
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
                | Send
        )
    }
}

/// The stack effect of `op` with `arg`; `jump` selects the effect when the
/// branch is taken. The compiler uses this to compute `max_stack_depth`.
pub fn stack_effect(op: Opcode, arg: u32, jump: bool) -> i32 {
    use Opcode::*;
    let arg_i = arg as i32;
    match op {
        Nop | JumpForward | JumpBackward | JumpBackwardNoInterrupt | KwNames => 0,
        PopTop => -1,
        Copy | PushNull => 1,
        Swap => 0,
        LoadConst | LoadFast | LoadFastChecked | LoadDeref | LoadClosure | LoadClassDeref
        | LoadName | LoadGlobal | LoadLocals | LoadAssertionError | LoadBuildClass => 1,
        StoreFast | StoreDeref | StoreName | StoreGlobal => -1,
        DeleteFast | DeleteDeref | DeleteName | DeleteGlobal | SetupAnnotations => 0,
        LoadAttr => 0,
        StoreAttr => -2,
        DeleteAttr => -1,
        LoadMethod => 1,
        BinarySubscr => -1,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        BinaryOp | BinaryOpIntAdd | BinaryOpIntSubtract | CompareOp | CompareOpInt | IsOp
        | ContainsOp => -1,
        UnaryNegative | UnaryPositive | UnaryNot | UnaryInvert => 0,
        BuildTuple | BuildList | BuildSet | BuildString => 1 - arg_i,
        BuildMap => 1 - 2 * arg_i,
        BuildSlice => 1 - arg_i,
        ListAppend | SetAdd | ListExtend | SetUpdate | DictUpdate | DictMerge => -1,
        MapAdd => -2,
        ListToTuple => 0,
        UnpackSequence => arg_i - 1,
        UnpackEx => (arg_i & 0xff) + (arg_i >> 8),
        FormatValue => {
            if arg & 4 != 0 {
                -1
            } else {
                0
            }
        }
        PopJumpIfFalse | PopJumpIfTrue | PopJumpIfNone | PopJumpIfNotNone => -1,
        JumpIfFalseOrPop | JumpIfTrueOrPop => {
            if jump {
                0
            } else {
                -1
            }
        }
        GetIter => 0,
        ForIter => {
            if jump {
                -1
            } else {
                1
            }
        }
        ReturnValue => -1,
        RaiseVarargs => -arg_i,
        Reraise => -1,
        PushExcInfo => 1,
        PopExcept => -1,
        CheckExcMatch | CheckEgMatch => 0,
        GetLen | MatchMapping | MatchSequence | MatchKeys => 1,
        MatchClass => -2,
        PrepReraiseStar => -1,
        BeforeWith => 1,
        WithExceptStart => 1,
        Call => -arg_i - 1,
        CallFunctionEx => {
            if arg & 1 != 0 {
                -3
            } else {
                -2
            }
        }
        MakeFunction => {
            -((arg & 1 != 0) as i32
                + (arg & 2 != 0) as i32
                + (arg & 4 != 0) as i32
                + (arg & 8 != 0) as i32)
        }
        YieldValue => 0,
        Send => {
            if jump {
                -1
            } else {
                0
            }
        }
        GetYieldFromIter => 0,
        ImportName => -1,
        ImportFrom => 1,
        ImportStar => -1,
        PrintExpr => -1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_round_trips() {
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Opcode::from_u8(i as u8), Some(*op));
            assert!(!op.name().is_empty());
            assert!(
                op.doc().starts_with('('),
                "{} lacks a stack effect",
                op.name()
            );
        }
    }

    #[test]
    fn binary_operator_args() {
        assert_eq!(
            BinaryOperator::from_arg(0),
            Some((BinaryOperator::Add, false))
        );
        assert_eq!(
            BinaryOperator::from_arg(INPLACE_OFFSET + 10),
            Some((BinaryOperator::Subtract, true))
        );
        assert_eq!(BinaryOperator::from_arg(26), None);
    }
}
