//! Helpers shared by the tests: comparing against CPython's recorded answers.
#![allow(dead_code)]

use baton_text::{float_repr, str_repr, ErrorKind, TextError};

/// CPython's expected outcome: the text, or (exception class, message).
pub type Expected = Result<&'static str, (&'static str, &'static str)>;

pub fn kind_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::ValueError => "ValueError",
        ErrorKind::TypeError => "TypeError",
        ErrorKind::OverflowError => "OverflowError",
        ErrorKind::MemoryError => "MemoryError",
    }
}

/// Our outcome in the shape of the recorded one.
pub fn outcome(r: Result<String, TextError>) -> Result<String, (String, String)> {
    r.map_err(|e| (kind_name(e.kind).to_string(), e.message))
}

/// Collects mismatches and fails with the first few of them.
#[derive(Default)]
pub struct Mismatches {
    pub count: usize,
    pub total: usize,
    pub shown: Vec<String>,
}

impl Mismatches {
    pub fn check(
        &mut self,
        what: impl FnOnce() -> String,
        got: Result<String, (String, String)>,
        want: Expected,
    ) {
        self.total += 1;
        let want = want
            .map(str::to_string)
            .map_err(|(k, m)| (k.to_string(), m.to_string()));
        if got != want {
            self.count += 1;
            if self.shown.len() < 25 {
                self.shown.push(format!(
                    "{}\n    got:  {:?}\n    want: {:?}",
                    what(),
                    got,
                    want
                ));
            }
        }
    }

    pub fn check_eq<T: PartialEq + std::fmt::Debug>(
        &mut self,
        what: impl FnOnce() -> String,
        got: T,
        want: T,
    ) {
        self.total += 1;
        if got != want {
            self.count += 1;
            if self.shown.len() < 25 {
                self.shown.push(format!(
                    "{}\n    got:  {:?}\n    want: {:?}",
                    what(),
                    got,
                    want
                ));
            }
        }
    }

    pub fn finish(self) {
        assert!(self.total > 0, "no cases ran");
        if self.count > 0 {
            panic!(
                "{} of {} cases differ from CPython:\n{}",
                self.count,
                self.total,
                self.shown.join("\n")
            );
        }
    }
}

/// A Python value as the tests see it.
#[derive(Clone, Debug)]
pub enum V {
    None,
    Bool(bool),
    Int(&'static str),
    Float(u64),
    Str(&'static str),
    Tuple(&'static [V]),
    List(&'static [V]),
    Dict(&'static [(&'static str, V)]),
    Bytes(&'static [u8]),
    BDict(&'static [(&'static [u8], V)]),
}

pub fn type_name(v: &V) -> &'static str {
    match v {
        V::None => "NoneType",
        V::Bool(_) => "bool",
        V::Int(_) => "int",
        V::Float(_) => "float",
        V::Str(_) => "str",
        V::Tuple(_) => "tuple",
        V::List(_) => "list",
        V::Dict(_) | V::BDict(_) => "dict",
        V::Bytes(_) => "bytes",
    }
}

pub fn repr(v: &V) -> String {
    match v {
        V::Str(s) => str_repr(s),
        V::Bytes(b) => baton_text::bytes_repr(b),
        V::BDict(items) => format!(
            "{{{}}}",
            items
                .iter()
                .map(|(k, v)| format!("{}: {}", baton_text::bytes_repr(k), repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        V::List(items) => format!(
            "[{}]",
            items.iter().map(repr).collect::<Vec<_>>().join(", ")
        ),
        V::Tuple(items) if items.len() == 1 => format!("({},)", repr(&items[0])),
        V::Tuple(items) => format!(
            "({})",
            items.iter().map(repr).collect::<Vec<_>>().join(", ")
        ),
        V::Dict(items) => format!(
            "{{{}}}",
            items
                .iter()
                .map(|(k, v)| format!("{}: {}", str_repr(k), repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => str(other),
    }
}

pub fn str(v: &V) -> String {
    match v {
        V::None => "None".into(),
        V::Bool(b) => {
            if *b {
                "True".into()
            } else {
                "False".into()
            }
        }
        V::Int(n) => n.to_string(),
        V::Float(b) => float_repr(f64::from_bits(*b)),
        V::Str(s) => s.to_string(),
        other => repr(other),
    }
}
