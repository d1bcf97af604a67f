//! `str.format` templates (CPython's Objects/stringlib/unicode_format.h).
//!
//! [`FormatParser`] yields the template's pieces one at a time, so a VM that
//! renders each field as it comes raises errors in CPython's order (a field
//! lookup that fails is reported before a syntax error further on).
//! [`format_template`] is that VM loop, written once over the
//! [`FormatFields`] callbacks.

use crate::unicode::decimal_value;
use crate::{FormatError, TextError};

/// How the field's first name part selects the object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldFirst {
    /// `{}`: the next automatic positional index.
    Auto,
    /// `{0}`: a positional index (any Unicode decimal digits).
    Index(usize),
    /// `{name}`: a keyword argument.
    Name(String),
}

/// One `.attr` or `[key]` step after the first part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldAccessor {
    /// `.name`
    Attr(String),
    /// `[3]`: an all-digit key is an int.
    Index(usize),
    /// `[key]`: any other key is a str.
    Key(String),
}

/// A parsed field name: `first`, then `rest` applied in order, then, if
/// present, `error` (a syntax error CPython only finds after performing the
/// steps before it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldName {
    /// How the object is selected.
    pub first: FieldFirst,
    /// Attribute and item steps.
    pub rest: Vec<FieldAccessor>,
    /// A syntax error to raise after the steps in `rest`.
    pub error: Option<TextError>,
}

/// A replacement field `{name!conversion:spec}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatField {
    /// The field name.
    pub name: FieldName,
    /// The character after `!`, unchecked (see [`Conversion::from_char`]).
    pub conversion: Option<char>,
    /// The format spec, raw.
    pub spec: String,
    /// Whether `spec` holds nested `{...}` fields to expand first, by
    /// formatting it as a template one recursion level deeper.
    pub spec_has_fields: bool,
}

/// One piece of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatPiece {
    /// Literal text (with `{{` and `}}` already unescaped).
    Literal(String),
    /// A replacement field.
    Field(FormatField),
}

/// The conversions `!s`, `!r`, `!a`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    /// `!s`: `str()`
    Str,
    /// `!r`: `repr()`
    Repr,
    /// `!a`: `ascii()`
    Ascii,
}

impl Conversion {
    /// Checks a conversion character ("Unknown conversion specifier x");
    /// CPython checks it after looking the field up.
    pub fn from_char(c: char) -> Result<Conversion, TextError> {
        match c {
            's' => Ok(Conversion::Str),
            'r' => Ok(Conversion::Repr),
            'a' => Ok(Conversion::Ascii),
            _ => {
                let code = c as u32;
                Err(TextError::value(if code > 32 && code < 127 {
                    format!("Unknown conversion specifier {c}")
                } else {
                    format!("Unknown conversion specifier \\x{code:x}")
                }))
            }
        }
    }
}

/// Automatic field numbering state, shared by a template and the templates
/// nested in its specs.
#[derive(Clone, Debug, Default)]
pub struct AutoNumber {
    /// `None` until the first numeric field, then whether numbering is automatic.
    automatic: Option<bool>,
    next: usize,
}

impl AutoNumber {
    /// A fresh state.
    pub fn new() -> AutoNumber {
        AutoNumber::default()
    }

    /// The positional index a field selects (`None` for a keyword field),
    /// numbering `{}` fields and refusing to mix `{}` with `{0}`.
    pub fn resolve(&mut self, first: &FieldFirst) -> Result<Option<usize>, TextError> {
        let (auto, index) = match first {
            FieldFirst::Name(_) => return Ok(None),
            FieldFirst::Auto => (true, None),
            FieldFirst::Index(i) => (false, Some(*i)),
        };
        let automatic = *self.automatic.get_or_insert(auto);
        if automatic && !auto {
            return Err(TextError::value(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if !automatic && auto {
            return Err(TextError::value(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        Ok(Some(index.unwrap_or_else(|| {
            self.next += 1;
            self.next - 1
        })))
    }
}

/// The template recursion depth CPython starts with: a spec may hold
/// fields, but not a spec inside a spec.
pub const MAX_RECURSION_DEPTH: u32 = 2;

/// The error for templates nested deeper than [`MAX_RECURSION_DEPTH`].
pub fn max_recursion_error() -> TextError {
    TextError::value("Max string recursion exceeded")
}

/// Reads an all-decimal name as an index; `Ok(None)` if empty or not all
/// digits.
fn parse_index(s: &str) -> Result<Option<usize>, TextError> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut value: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| TextError::value("Too many decimal digits in format string"))?;
    }
    Ok(Some(value))
}

/// Splits a field name into its first part and its accessors.
pub fn parse_field_name(name: &str) -> Result<FieldName, TextError> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let first_text = &name[..split];
    let first = match parse_index(first_text)? {
        Some(i) => FieldFirst::Index(i),
        None if first_text.is_empty() => FieldFirst::Auto,
        None => FieldFirst::Name(first_text.to_string()),
    };
    let mut rest = Vec::new();
    let error = parse_accessors(&name[split..], &mut rest).err();
    Ok(FieldName { first, rest, error })
}

fn parse_accessors(mut s: &str, rest: &mut Vec<FieldAccessor>) -> Result<(), TextError> {
    let empty = || TextError::value("Empty attribute in format string");
    while let Some(c) = s.chars().next() {
        s = &s[c.len_utf8()..];
        match c {
            '.' => {
                let end = s.find(['.', '[']).unwrap_or(s.len());
                if end == 0 {
                    return Err(empty());
                }
                rest.push(FieldAccessor::Attr(s[..end].to_string()));
                s = &s[end..];
            }
            '[' => {
                let Some(end) = s.find(']') else {
                    return Err(TextError::value("Missing ']' in format string"));
                };
                let key = &s[..end];
                let index = parse_index(key)?;
                if key.is_empty() {
                    return Err(empty());
                }
                rest.push(match index {
                    Some(i) => FieldAccessor::Index(i),
                    None => FieldAccessor::Key(key.to_string()),
                });
                s = &s[end + 1..];
            }
            _ => {
                return Err(TextError::value(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        }
    }
    Ok(())
}

/// Iterates over the pieces of a template; stops after the first error.
pub struct FormatParser<'a> {
    text: &'a str,
    pos: usize,
    pending: Option<FormatField>,
    failed: bool,
}

impl<'a> FormatParser<'a> {
    /// A parser over `template`.
    pub fn new(template: &'a str) -> FormatParser<'a> {
        FormatParser {
            text: template,
            pos: 0,
            pending: None,
            failed: false,
        }
    }

    /// CPython's `MarkupIterator_next`: literal text, then maybe a field.
    fn step(&mut self) -> Result<(Option<&'a str>, Option<FormatField>), TextError> {
        let b = self.text.as_bytes();
        let start = self.pos;
        let mut brace = None;
        while self.pos < b.len() {
            let c = b[self.pos];
            self.pos += 1;
            if c == b'{' || c == b'}' {
                brace = Some(c);
                break;
            }
        }
        let at_end = self.pos >= b.len();
        let mut literal_end = self.pos;
        let mut markup = brace.is_some();
        if brace == Some(b'}') && (at_end || b[self.pos] != b'}') {
            return Err(TextError::value("Single '}' encountered in format string"));
        }
        if at_end && brace == Some(b'{') {
            return Err(TextError::value("Single '{' encountered in format string"));
        }
        if !at_end {
            if brace == Some(b[self.pos]) {
                // An escaped brace: the literal keeps one of the pair.
                self.pos += 1;
                markup = false;
            } else {
                literal_end -= 1;
            }
        }
        let literal = (literal_end > start).then(|| &self.text[start..literal_end]);
        let field = if markup {
            Some(self.parse_field()?)
        } else {
            None
        };
        Ok((literal, field))
    }

    /// CPython's `parse_field`, from just after the opening brace.
    fn parse_field(&mut self) -> Result<FormatField, TextError> {
        let b = self.text.as_bytes();
        let name_start = self.pos;
        let mut last = 0u8;
        while self.pos < b.len() {
            last = b[self.pos];
            self.pos += 1;
            match last {
                b'{' => return Err(TextError::value("unexpected '{' in field name")),
                b'[' => {
                    while self.pos < b.len() && b[self.pos] != b']' {
                        self.pos += 1;
                    }
                }
                b'}' | b':' | b'!' => break,
                _ => {}
            }
        }
        let terminated = matches!(last, b'}' | b':' | b'!');
        if !terminated {
            return Err(TextError::value("expected '}' before end of string"));
        }
        let name = &self.text[name_start..self.pos - 1];
        let mut conversion = None;
        if last != b'}' {
            if last == b'!' {
                let Some(c) = self.text[self.pos..].chars().next() else {
                    return Err(TextError::value(
                        "end of string while looking for conversion specifier",
                    ));
                };
                conversion = Some(c);
                self.pos += c.len_utf8();
                if self.pos < b.len() {
                    let next = b[self.pos];
                    self.pos += 1;
                    if next == b'}' {
                        return Ok(FormatField {
                            name: parse_field_name(name)?,
                            conversion,
                            spec: String::new(),
                            spec_has_fields: false,
                        });
                    }
                    if next != b':' {
                        return Err(TextError::value("expected ':' after conversion specifier"));
                    }
                }
            }
            let spec_start = self.pos;
            let mut depth = 1;
            let mut nested = false;
            while self.pos < b.len() {
                let c = b[self.pos];
                self.pos += 1;
                if c == b'{' {
                    nested = true;
                    depth += 1;
                } else if c == b'}' {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(FormatField {
                            name: parse_field_name(name)?,
                            conversion,
                            spec: self.text[spec_start..self.pos - 1].to_string(),
                            spec_has_fields: nested,
                        });
                    }
                }
            }
            return Err(TextError::value("unmatched '{' in format spec"));
        }
        Ok(FormatField {
            name: parse_field_name(name)?,
            conversion,
            spec: String::new(),
            spec_has_fields: false,
        })
    }
}

impl Iterator for FormatParser<'_> {
    type Item = Result<FormatPiece, TextError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(field) = self.pending.take() {
            return Some(Ok(FormatPiece::Field(field)));
        }
        while !self.failed && self.pos < self.text.len() {
            match self.step() {
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
                Ok((Some(literal), field)) => {
                    self.pending = field;
                    return Some(Ok(FormatPiece::Literal(literal.to_string())));
                }
                Ok((None, Some(field))) => return Some(Ok(FormatPiece::Field(field))),
                Ok((None, None)) => {}
            }
        }
        None
    }
}

/// All pieces of a template, or its first syntax error.
pub fn parse_format_string(template: &str) -> Result<Vec<FormatPiece>, TextError> {
    FormatParser::new(template).collect()
}

/// The VM's side of `str.format` / `str.format_map`.
pub trait FormatFields {
    /// The VM's object type.
    type Value;
    /// The VM's exception type.
    type Error;

    /// Positional argument `index` (IndexError "Replacement index 3 out of
    /// range for positional args tuple"; for `format_map`, ValueError
    /// "Format string contains positional fields").
    fn positional(&mut self, index: usize) -> Result<Self::Value, Self::Error>;
    /// Keyword argument `name` (KeyError).
    fn keyword(&mut self, name: &str) -> Result<Self::Value, Self::Error>;
    /// `getattr(value, name)`.
    fn attr(&mut self, value: Self::Value, name: &str) -> Result<Self::Value, Self::Error>;
    /// `value[index]` for an int index.
    fn item_index(&mut self, value: Self::Value, index: usize) -> Result<Self::Value, Self::Error>;
    /// `value[key]` for a str key.
    fn item_key(&mut self, value: Self::Value, key: &str) -> Result<Self::Value, Self::Error>;
    /// `str`, `repr` or `ascii` of `value`, as a new value.
    fn convert(
        &mut self,
        value: Self::Value,
        conversion: Conversion,
    ) -> Result<Self::Value, Self::Error>;
    /// `format(value, spec)`.
    fn format(&mut self, value: Self::Value, spec: &str) -> Result<String, Self::Error>;
}

/// `template.format(...)` with the VM's callbacks: pass a fresh
/// [`AutoNumber`] and [`MAX_RECURSION_DEPTH`].
pub fn format_template<F: FormatFields>(
    template: &str,
    fields: &mut F,
    auto: &mut AutoNumber,
    depth: u32,
) -> Result<String, FormatError<F::Error>> {
    if depth == 0 {
        return Err(max_recursion_error().into());
    }
    let mut out = String::with_capacity(template.len());
    for piece in FormatParser::new(template) {
        match piece? {
            FormatPiece::Literal(text) => out.push_str(&text),
            FormatPiece::Field(field) => {
                let value = field_value(&field.name, fields, auto)?;
                let value = match field.conversion {
                    Some(c) => {
                        let conversion = Conversion::from_char(c)?;
                        fields
                            .convert(value, conversion)
                            .map_err(FormatError::Arg)?
                    }
                    None => value,
                };
                let text = if field.spec_has_fields {
                    let spec = format_template(&field.spec, fields, auto, depth - 1)?;
                    fields.format(value, &spec)
                } else {
                    fields.format(value, &field.spec)
                };
                out.push_str(&text.map_err(FormatError::Arg)?);
            }
        }
    }
    Ok(out)
}

/// Looks up the object a field name designates, in CPython's order.
fn field_value<F: FormatFields>(
    name: &FieldName,
    fields: &mut F,
    auto: &mut AutoNumber,
) -> Result<F::Value, FormatError<F::Error>> {
    let mut value = match (auto.resolve(&name.first)?, &name.first) {
        (Some(index), _) => fields.positional(index),
        (None, FieldFirst::Name(key)) => fields.keyword(key),
        (None, _) => fields.positional(0),
    }
    .map_err(FormatError::Arg)?;
    for step in &name.rest {
        value = match step {
            FieldAccessor::Attr(attr) => fields.attr(value, attr),
            FieldAccessor::Index(i) => fields.item_index(value, *i),
            FieldAccessor::Key(key) => fields.item_key(value, key),
        }
        .map_err(FormatError::Arg)?;
    }
    match &name.error {
        Some(e) => Err(e.clone().into()),
        None => Ok(value),
    }
}
