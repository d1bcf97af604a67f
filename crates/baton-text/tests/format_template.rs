//! `str.format` against CPython, through a small stand-in for the VM.
mod common;

use baton_text::format_string::{format_template, FormatFields, MAX_RECURSION_DEPTH};
use baton_text::{
    format_float, format_int, format_str, AutoNumber, Conversion, FormatError, FormatSpec,
    TextError,
};
use common::{kind_name, repr, str, type_name, Mismatches, V};
use num_bigint::BigInt;

mod data {
    use crate::common::V;
    include!("generated/format_template.rs");
}

type Exc = (String, String);

fn exc(e: TextError) -> Exc {
    (kind_name(e.kind).to_string(), e.message)
}

/// Values made during formatting (conversions give new strings).
#[derive(Clone, Debug)]
enum Val {
    Static(V),
    Owned(String),
}

struct Fields {
    args: &'static [V],
    kwargs: &'static [(&'static str, V)],
}

impl FormatFields for Fields {
    type Value = Val;
    type Error = Exc;

    fn positional(&mut self, index: usize) -> Result<Val, Exc> {
        self.args
            .get(index)
            .cloned()
            .map(Val::Static)
            .ok_or_else(|| {
                (
                    "IndexError".into(),
                    format!("Replacement index {index} out of range for positional args tuple"),
                )
            })
    }
    fn keyword(&mut self, name: &str) -> Result<Val, Exc> {
        self.kwargs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| Val::Static(v.clone()))
            .ok_or_else(|| ("KeyError".into(), baton_text::str_repr(name)))
    }
    fn attr(&mut self, value: Val, name: &str) -> Result<Val, Exc> {
        match (&value, name) {
            (Val::Static(V::Int(_)), "real") => Ok(value),
            (Val::Static(v), _) => Err((
                "AttributeError".into(),
                format!("'{}' object has no attribute '{name}'", type_name(v)),
            )),
            (Val::Owned(_), _) => Err((
                "AttributeError".into(),
                format!("'str' object has no attribute '{name}'"),
            )),
        }
    }
    fn item_index(&mut self, value: Val, index: usize) -> Result<Val, Exc> {
        match value {
            Val::Static(V::List(items) | V::Tuple(items)) => items
                .get(index)
                .cloned()
                .map(Val::Static)
                .ok_or_else(|| ("IndexError".into(), "list index out of range".into())),
            Val::Static(V::Dict(_)) => Err(("KeyError".into(), index.to_string())),
            other => Err(("TypeError".into(), format!("unsupported {other:?}"))),
        }
    }
    fn item_key(&mut self, value: Val, key: &str) -> Result<Val, Exc> {
        match value {
            Val::Static(V::Dict(items)) => items
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| Val::Static(v.clone()))
                .ok_or_else(|| ("KeyError".into(), baton_text::str_repr(key))),
            Val::Static(V::List(_)) => Err((
                "TypeError".into(),
                "list indices must be integers or slices, not str".into(),
            )),
            other => Err(("TypeError".into(), format!("unsupported {other:?}"))),
        }
    }
    fn convert(&mut self, value: Val, conversion: Conversion) -> Result<Val, Exc> {
        let v = match value {
            Val::Static(v) => v,
            Val::Owned(s) => return Ok(Val::Owned(s)),
        };
        Ok(Val::Owned(match conversion {
            Conversion::Str => str(&v),
            Conversion::Repr => repr(&v),
            Conversion::Ascii => baton_text::ascii_escape(&repr(&v)),
        }))
    }
    fn format(&mut self, value: Val, spec: &str) -> Result<String, Exc> {
        let result = match &value {
            Val::Owned(s) => FormatSpec::parse(spec, "str").and_then(|p| format_str(s, &p, "str")),
            Val::Static(V::Str(s)) => {
                FormatSpec::parse(spec, "str").and_then(|p| format_str(s, &p, "str"))
            }
            Val::Static(V::Int(n)) => {
                let n: BigInt = n.parse().unwrap();
                FormatSpec::parse(spec, "int").and_then(|p| format_int(&n, &p, "int"))
            }
            Val::Static(V::Float(b)) => FormatSpec::parse(spec, "float")
                .and_then(|p| format_float(f64::from_bits(*b), &p, "float")),
            Val::Static(v) if spec.is_empty() => Ok(str(v)),
            Val::Static(v) => Err(TextError::type_error(format!(
                "unsupported format string passed to {}.__format__",
                type_name(v)
            ))),
        };
        result.map_err(exc)
    }
}

#[test]
fn str_format_matches_cpython() {
    let mut m = Mismatches::default();
    for &(template, args, kwargs, want) in data::FORMAT_TEMPLATE {
        let mut fields = Fields { args, kwargs };
        let got = format_template(
            template,
            &mut fields,
            &mut AutoNumber::new(),
            MAX_RECURSION_DEPTH,
        )
        .map_err(|e| match e {
            FormatError::Text(e) => exc(e),
            FormatError::Arg(e) => e,
        });
        m.check(
            || format!("{template:?}.format(*{args:?}, **{kwargs:?})"),
            got,
            want,
        );
    }
    m.finish();
}

#[test]
fn pieces_are_parsed_into_fields() {
    use baton_text::{
        parse_format_string, FieldAccessor, FieldFirst, FieldName, FormatField, FormatPiece,
    };
    let pieces = parse_format_string("a{{b{0.x[1][k]!r:>{w}}}}c{}{name}").unwrap();
    let field = |first, rest, conversion, spec: &str, nested| {
        FormatPiece::Field(FormatField {
            name: FieldName {
                first,
                rest,
                error: None,
            },
            conversion,
            spec: spec.to_string(),
            spec_has_fields: nested,
        })
    };
    assert_eq!(
        pieces,
        vec![
            FormatPiece::Literal("a{".into()),
            FormatPiece::Literal("b".into()),
            field(
                FieldFirst::Index(0),
                vec![
                    FieldAccessor::Attr("x".into()),
                    FieldAccessor::Index(1),
                    FieldAccessor::Key("k".into()),
                ],
                Some('r'),
                ">{w}",
                true,
            ),
            FormatPiece::Literal("}".into()),
            FormatPiece::Literal("c".into()),
            field(FieldFirst::Auto, vec![], None, "", false),
            field(FieldFirst::Name("name".into()), vec![], None, "", false),
        ]
    );
    // A bad accessor is reported only after the good ones are applied.
    let pieces = parse_format_string("{0.a.}").unwrap();
    let FormatPiece::Field(f) = &pieces[0] else {
        panic!()
    };
    assert_eq!(f.name.rest, vec![FieldAccessor::Attr("a".into())]);
    assert_eq!(
        f.name.error.as_ref().unwrap().message,
        "Empty attribute in format string"
    );
}

#[test]
fn auto_numbering() {
    let mut auto = AutoNumber::new();
    use baton_text::FieldFirst::*;
    assert_eq!(auto.resolve(&Auto), Ok(Some(0)));
    assert_eq!(auto.resolve(&Name("x".into())), Ok(None));
    assert_eq!(auto.resolve(&Auto), Ok(Some(1)));
    assert_eq!(
        auto.resolve(&Index(0)).unwrap_err().message,
        "cannot switch from automatic field numbering to manual field specification"
    );
    let mut auto = AutoNumber::new();
    assert_eq!(auto.resolve(&Index(3)), Ok(Some(3)));
    assert_eq!(
        auto.resolve(&Auto).unwrap_err().message,
        "cannot switch from manual field specification to automatic field numbering"
    );
}

#[test]
fn recursion_limit() {
    let mut fields = Fields {
        args: &[V::Str("a"), V::Int("5"), V::Str("")],
        kwargs: &[],
    };
    let got = format_template(
        "{0:{1:{2}}}",
        &mut fields,
        &mut AutoNumber::new(),
        MAX_RECURSION_DEPTH,
    );
    assert!(
        matches!(got, Err(FormatError::Text(e)) if e.message == "Max string recursion exceeded")
    );
}
