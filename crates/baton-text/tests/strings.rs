//! Strings against CPython: format(), repr/ascii of str and bytes, float(str).
mod common;

use baton_text::number_text::{float_parse_error_message, parse_float};
use baton_text::{ascii_repr, bytes_repr, format_str, str_repr, FormatSpec};
use common::{outcome, Mismatches};

mod data {
    include!("generated/format_str.rs");
    include!("generated/escape.rs");
    include!("generated/bytes_repr.rs");
    include!("generated/parse_float.rs");
}

#[test]
fn format_str_matches_cpython() {
    let mut m = Mismatches::default();
    for &(s, spec, want) in data::FORMAT_STR {
        let got = FormatSpec::parse(spec, "str").and_then(|p| format_str(s, &p, "str"));
        m.check(|| format!("format({s:?}, {spec:?})"), outcome(got), want);
    }
    m.finish();
}

#[test]
fn str_repr_matches_cpython() {
    let mut m = Mismatches::default();
    for &(s, repr, ascii) in data::STR_REPR {
        m.check_eq(|| format!("repr({s:?})"), str_repr(s), repr.to_string());
        m.check_eq(|| format!("ascii({s:?})"), ascii_repr(s), ascii.to_string());
    }
    m.finish();
}

#[test]
fn bytes_repr_matches_cpython() {
    let mut m = Mismatches::default();
    for &(b, want) in data::BYTES_REPR {
        m.check_eq(|| format!("repr({b:?})"), bytes_repr(b), want.to_string());
    }
    m.finish();
}

#[test]
fn parse_float_matches_cpython() {
    let mut m = Mismatches::default();
    for &(s, want) in data::PARSE_FLOAT {
        // NaN payloads aside, compare bit patterns (the sign of zero and of nan counts).
        let got = parse_float(s).map(|x| {
            if x.is_nan() {
                f64::NAN.copysign(x).to_bits()
            } else {
                x.to_bits()
            }
        });
        let want = want.map(|b| {
            let x = f64::from_bits(b);
            if x.is_nan() {
                f64::NAN.copysign(x).to_bits()
            } else {
                b
            }
        });
        m.check_eq(|| format!("float({s:?})"), got, want);
    }
    m.finish();
}

#[test]
fn float_error_message() {
    assert_eq!(
        float_parse_error_message("a'b"),
        "could not convert string to float: \"a'b\""
    );
}
