//! The source text seen as lines: turns ruff's byte offsets into the
//! 1-based lines and 0-based UTF-8 byte columns of `co_positions`, and builds
//! `CompileError`s with CPython's 1-based character offsets and line text.

use crate::code::Location;
use crate::{CompileError, CompileErrorKind};
use ruff_text_size::TextRange;

pub(crate) struct SourceLines<'a> {
    src: &'a str,
    /// Byte offset of the start of each line; `\n`, `\r\n` and `\r` end lines.
    starts: Vec<u32>,
    filename: &'a str,
}

impl<'a> SourceLines<'a> {
    pub fn new(src: &'a str, filename: &'a str) -> Self {
        let mut starts = vec![0u32];
        let bytes = src.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        SourceLines {
            src,
            starts,
            filename,
        }
    }

    pub fn filename(&self) -> &'a str {
        self.filename
    }

    pub fn source(&self) -> &'a str {
        self.src
    }

    /// 0-based index of the line holding byte `offset`.
    fn line_index(&self, offset: u32) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// (1-based line, 0-based byte column) of `offset`.
    pub fn position(&self, offset: u32) -> (u32, u32) {
        let i = self.line_index(offset);
        let start = self.starts.get(i).copied().unwrap_or(0);
        (i as u32 + 1, offset.saturating_sub(start))
    }

    pub fn location(&self, range: TextRange) -> Location {
        let (line, col) = self.position(range.start().to_u32());
        let (end_line, end_col) = self.position(range.end().to_u32());
        Location {
            line,
            end_line,
            col,
            end_col,
        }
    }

    pub fn line_of(&self, offset: u32) -> u32 {
        self.line_index(offset) as u32 + 1
    }

    /// The text of 1-based `line`, without its line break.
    pub fn line_text(&self, line: u32) -> Option<&'a str> {
        let i = (line as usize).checked_sub(1)?;
        let start = *self.starts.get(i)? as usize;
        let end = self
            .starts
            .get(i + 1)
            .map(|e| *e as usize)
            .unwrap_or(self.src.len());
        let text = self.src.get(start..end)?;
        Some(text.trim_end_matches(['\n', '\r']))
    }

    /// 1-based character column of byte `offset` (SyntaxError.offset).
    fn char_column(&self, offset: u32) -> u32 {
        let i = self.line_index(offset);
        let start = self.starts.get(i).copied().unwrap_or(0) as usize;
        let mut end = (offset as usize).min(self.src.len());
        while end > start && !self.src.is_char_boundary(end) {
            end -= 1;
        }
        let chars = self
            .src
            .get(start..end)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        chars as u32 + 1
    }

    pub fn error(
        &self,
        kind: CompileErrorKind,
        msg: impl Into<String>,
        range: TextRange,
    ) -> CompileError {
        let start = range.start().to_u32();
        let end = range.end().to_u32().max(start);
        let line = self.line_of(start);
        let end_line = self.line_of(end);
        CompileError {
            kind,
            msg: msg.into(),
            filename: self.filename.to_string(),
            line,
            col: self.char_column(start),
            end_col: self.char_column(end),
            end_line,
            text: self.line_text(line).map(str::to_string),
        }
    }

    pub fn syntax_error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.error(CompileErrorKind::SyntaxError, msg, range)
    }
}
