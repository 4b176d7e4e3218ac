//! The one error type of every reader of pasted text: where it stopped, and why.

use std::error::Error;
use std::fmt;

/// An error at a place in a text: its byte offset, 1-based line and column (counted
/// in characters), and what was wrong there (`K`). Every parser of the crate answers
/// with one: BackendServers ([`crate::backend::ParseErrorKind`]), imports and
/// permalinks ([`crate::import::ImportErrorKind`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located<K> {
    /// Byte offset into the text (at most its length, on a character boundary).
    pub offset: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What was wrong there.
    pub kind: K,
}

impl<K> Located<K> {
    /// The error `kind` at byte `offset` of `text`: the offset is clamped into the text
    /// and moved back to a character boundary, then line and column are counted.
    pub fn at(text: &str, offset: usize, kind: K) -> Located<K> {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Located {
            offset,
            line: before.bytes().filter(|&b| b == b'\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            kind,
        }
    }
}

impl<K: fmt::Display> fmt::Display for Located<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.kind
        )
    }
}

impl<K: fmt::Display + fmt::Debug + 'static> Error for Located<K> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        None
    }
}
