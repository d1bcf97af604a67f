//! `str % args` against CPython, through a small stand-in for the VM.
mod common;

use baton_text::number_text::int_to_decimal;
use baton_text::percent::percent_int_type_error;
use baton_text::{
    percent_format, percent_format_bytes, str_repr, ByteArg, CharArg, FormatError, PercentArgs,
    PercentBytesArgs, TextError,
};
use common::{kind_name, repr, str, type_name, Mismatches, V};
use num_bigint::BigInt;

mod data {
    use crate::common::V;
    include!("generated/percent.rs");
    include!("generated/percent_bytes.rs");
}

/// An exception of the stand-in VM: (class, message).
type Exc = (String, String);

fn exc(e: TextError) -> Exc {
    (kind_name(e.kind).to_string(), e.message)
}

struct Args(V);

impl PercentArgs for Args {
    type Value = V;
    type Error = Exc;

    fn tuple_len(&self) -> Option<usize> {
        match &self.0 {
            V::Tuple(items) => Some(items.len()),
            _ => None,
        }
    }
    fn is_mapping(&self) -> bool {
        matches!(self.0, V::Dict(_) | V::List(_))
    }
    fn item(&mut self, index: usize) -> V {
        match &self.0 {
            V::Tuple(items) => items[index].clone(),
            _ => unreachable!(),
        }
    }
    fn whole(&mut self) -> V {
        self.0.clone()
    }
    fn lookup(&mut self, key: &str) -> Result<V, Exc> {
        match &self.0 {
            V::Dict(items) => items
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| ("KeyError".to_string(), str_repr(key))),
            _ => unreachable!(),
        }
    }
    fn as_int(&mut self, v: &V) -> Option<BigInt> {
        match v {
            V::Int(n) => n.parse().ok(),
            V::Bool(b) => Some(BigInt::from(*b as u8)),
            _ => None,
        }
    }
    fn str(&mut self, v: &V) -> Result<String, Exc> {
        Ok(str(v))
    }
    fn repr(&mut self, v: &V) -> Result<String, Exc> {
        Ok(repr(v))
    }
    fn ascii(&mut self, v: &V) -> Result<String, Exc> {
        Ok(baton_text::ascii_escape(&repr(v)))
    }
    fn int(&mut self, v: &V, conversion: char) -> Result<BigInt, Exc> {
        match v {
            V::Int(_) | V::Bool(_) => Ok(self.as_int(v).unwrap()),
            V::Float(b) if !matches!(conversion, 'o' | 'x' | 'X') => {
                Ok(BigInt::from(f64::from_bits(*b).trunc() as i64))
            }
            other => Err(exc(percent_int_type_error(conversion, type_name(other)))),
        }
    }
    fn float(&mut self, v: &V) -> Result<f64, Exc> {
        match v {
            V::Float(b) => Ok(f64::from_bits(*b)),
            V::Int(n) => Ok(n.parse().unwrap()),
            V::Bool(b) => Ok(*b as u8 as f64),
            other => Err((
                "TypeError".into(),
                format!("must be real number, not {}", type_name(other)),
            )),
        }
    }
    fn char(&mut self, v: &V) -> Result<CharArg, Exc> {
        Ok(match v {
            V::Str(s) => CharArg::Str(s.to_string()),
            V::Int(_) | V::Bool(_) => CharArg::Int(self.as_int(v).unwrap()),
            _ => CharArg::Other,
        })
    }
}

#[test]
fn percent_matches_cpython() {
    let mut m = Mismatches::default();
    for (fmt, args, want) in data::PERCENT {
        let got = percent_format(fmt, &mut Args(args.clone())).map_err(|e| match e {
            FormatError::Text(e) => exc(e),
            FormatError::Arg(e) => e,
        });
        m.check(|| format!("{fmt:?} % {args:?}"), got, *want);
    }
    m.finish();
}

#[test]
fn decimal_limit_applies_to_d() {
    let big: BigInt = BigInt::from(10).pow(5000);
    assert!(int_to_decimal(&big).is_err());
    let got = percent_format(
        "%d",
        &mut Args(V::Int(Box::leak(big.to_string().into_boxed_str()))),
    );
    assert!(
        matches!(got, Err(FormatError::Text(e)) if e.message.starts_with("Exceeds the limit (4300 digits)"))
    );
}

struct BytesArgs(V);

impl PercentBytesArgs for BytesArgs {
    type Value = V;
    type Error = Exc;

    fn tuple_len(&self) -> Option<usize> {
        Args(self.0.clone()).tuple_len()
    }
    fn is_mapping(&self) -> bool {
        matches!(self.0, V::BDict(_) | V::Dict(_) | V::List(_))
    }
    fn item(&mut self, index: usize) -> V {
        Args(self.0.clone()).item(index)
    }
    fn whole(&mut self) -> V {
        self.0.clone()
    }
    fn lookup(&mut self, key: &[u8]) -> Result<V, Exc> {
        match &self.0 {
            V::BDict(items) => items
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| ("KeyError".to_string(), baton_text::bytes_repr(key))),
            _ => unreachable!(),
        }
    }
    fn as_int(&mut self, v: &V) -> Option<BigInt> {
        Args(V::None).as_int(v)
    }
    fn bytes(&mut self, v: &V) -> Result<Vec<u8>, Exc> {
        match v {
            V::Bytes(b) => Ok(b.to_vec()),
            other => Err(exc(baton_text::percent::percent_bytes_type_error(
                type_name(other),
            ))),
        }
    }
    fn ascii(&mut self, v: &V) -> Result<String, Exc> {
        Ok(baton_text::ascii_escape(&repr(v)))
    }
    fn int(&mut self, v: &V, conversion: char) -> Result<BigInt, Exc> {
        Args(V::None).int(v, conversion)
    }
    fn float(&mut self, v: &V) -> Result<f64, Exc> {
        Args(V::None).float(v)
    }
    fn byte(&mut self, v: &V) -> Result<ByteArg, Exc> {
        Ok(match v {
            V::Bytes(b) => ByteArg::Bytes(b.to_vec()),
            V::Int(_) | V::Bool(_) => ByteArg::Int(self.as_int(v).unwrap()),
            _ => ByteArg::Other,
        })
    }
}

#[test]
fn percent_bytes_matches_cpython() {
    let mut m = Mismatches::default();
    for (fmt, args, want) in data::PERCENT_BYTES {
        let got = percent_format_bytes(fmt, &mut BytesArgs(args.clone()))
            .map(|b| b.iter().map(|&c| char::from(c)).collect::<String>())
            .map_err(|e| match e {
                FormatError::Text(e) => exc(e),
                FormatError::Arg(e) => e,
            });
        m.check(|| format!("{fmt:?} % {args:?}"), got, *want);
    }
    m.finish();
}
