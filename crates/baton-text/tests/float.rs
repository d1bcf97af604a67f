//! Floats against CPython: repr, format(), complex.
mod common;

use baton_text::{complex_repr, float_repr, format_complex, format_float, FormatSpec};
use common::{outcome, Mismatches};

mod data {
    include!("generated/float_repr.rs");
    include!("generated/complex_repr.rs");
    include!("generated/format_float.rs");
    include!("generated/format_complex.rs");
}

#[test]
fn float_repr_matches_cpython() {
    let mut m = Mismatches::default();
    for &(bits, want) in data::FLOAT_REPR {
        let x = f64::from_bits(bits);
        m.check_eq(|| format!("repr({x:e})"), float_repr(x), want.to_string());
    }
    m.finish();
}

#[test]
fn float_repr_examples() {
    assert_eq!(float_repr(1e16), "1e+16");
    assert_eq!(float_repr(1e-5), "1e-05");
    assert_eq!(float_repr(0.0001), "0.0001");
    assert_eq!(float_repr(123456789012345.6), "123456789012345.6");
    assert_eq!(float_repr(f64::INFINITY), "inf");
    assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
    assert_eq!(float_repr(f64::NAN), "nan");
    assert_eq!(float_repr(-0.0), "-0.0");
    assert_eq!(float_repr(1.0), "1.0");
    assert_eq!(float_repr(1e100), "1e+100");
}

#[test]
fn complex_repr_matches_cpython() {
    let mut m = Mismatches::default();
    for &(re, im, want) in data::COMPLEX_REPR {
        let (re, im) = (f64::from_bits(re), f64::from_bits(im));
        m.check_eq(
            || format!("repr(complex({re:?}, {im:?}))"),
            complex_repr(re, im),
            want.to_string(),
        );
    }
    m.finish();
}

#[test]
fn format_float_matches_cpython() {
    let mut m = Mismatches::default();
    for &(bits, spec, want) in data::FORMAT_FLOAT {
        let x = f64::from_bits(bits);
        let got = FormatSpec::parse(spec, "float").and_then(|s| format_float(x, &s, "float"));
        m.check(|| format!("format({x:?}, {spec:?})"), outcome(got), want);
    }
    m.finish();
}

#[test]
fn format_complex_matches_cpython() {
    let mut m = Mismatches::default();
    for &(re, im, spec, want) in data::FORMAT_COMPLEX {
        let (re, im) = (f64::from_bits(re), f64::from_bits(im));
        let got =
            FormatSpec::parse(spec, "complex").and_then(|s| format_complex(re, im, &s, "complex"));
        m.check(
            || format!("format(complex({re:?}, {im:?}), {spec:?})"),
            outcome(got),
            want,
        );
    }
    m.finish();
}
