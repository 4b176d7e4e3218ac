//! Text that remembers, for every byte, where in the pasted input it came from, so
//! that an error inside a decoded value or a shell word points at the input.

use super::ImportErrorKind;

/// An error before its line and column are known: a byte offset and a kind.
pub(crate) type Fail = (usize, ImportErrorKind);

/// Text derived from the input (a slice, a decoded value, a shell word) with, for each
/// byte, its offset in the input; `at` has one more entry, the end.
#[derive(Clone, Debug)]
pub(crate) struct Mapped {
    pub(crate) text: String,
    pub(crate) at: Vec<usize>,
}

impl Mapped {
    /// `s` itself, at offset 0.
    pub(crate) fn raw(s: &str) -> Mapped {
        Mapped {
            text: s.to_string(),
            at: (0..=s.len()).collect(),
        }
    }

    /// A sub-slice (byte range on character boundaries).
    pub(crate) fn slice(&self, start: usize, end: usize) -> Mapped {
        Mapped {
            text: self.text[start..end].to_string(),
            at: self.at[start..=end].to_vec(),
        }
    }

    /// Without surrounding white space.
    pub(crate) fn trim(&self) -> Mapped {
        let start = self.text.len() - self.text.trim_start().len();
        self.slice(start, start.max(self.text.trim_end().len()))
    }
}

/// Bytes being collected, with their input offsets.
#[derive(Default)]
pub(crate) struct Bytes {
    b: Vec<u8>,
    at: Vec<usize>,
}

impl Bytes {
    pub(crate) fn push(&mut self, byte: u8, at: usize) {
        self.b.push(byte);
        self.at.push(at);
    }

    pub(crate) fn finish(mut self, end: usize) -> Result<Mapped, Fail> {
        match String::from_utf8(self.b) {
            Ok(text) => {
                self.at.push(end);
                Ok(Mapped { text, at: self.at })
            }
            Err(e) => Err((
                self.at[e.utf8_error().valid_up_to()],
                ImportErrorKind::NotUtf8,
            )),
        }
    }
}

fn hex(b: u8) -> Option<u32> {
    char::from(b).to_digit(16)
}

/// Percent-decodes like [`crate::percent_decode`] (`%XY` with two hex digits; any
/// other `%` stays), keeping offsets; `plus` also turns `+` into a space.
pub(crate) fn decode(m: &Mapped, plus: bool) -> Result<Mapped, Fail> {
    let s = m.text.as_bytes();
    let mut out = Bytes::default();
    let mut i = 0;
    while i < s.len() {
        let escaped = match (s[i], s.get(i + 1).and_then(|&b| hex(b)), s.get(i + 2)) {
            (b'%', Some(h), Some(&l)) => hex(l).map(|l| (h * 16 + l) as u8),
            _ => None,
        };
        match (escaped, s[i]) {
            (Some(byte), _) => {
                out.push(byte, m.at[i]);
                i += 3;
                continue;
            }
            (None, b'+') if plus => out.push(b' ', m.at[i]),
            (None, b) => out.push(b, m.at[i]),
        }
        i += 1;
    }
    out.finish(m.at[s.len()])
}

/// Splits `text` on `sep`, returning the byte ranges of the non-empty pieces.
pub(crate) fn pieces(text: &str, sep: char) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split(sep) {
        if !piece.is_empty() {
            out.push((start, start + piece.len()));
        }
        start += piece.len() + sep.len_utf8();
    }
    out
}

/// Whether a line is an HTTP header (`Name: value`).
pub(crate) fn header(line: &str) -> Option<(&str, &str)> {
    let (name, value) = line.split_once(':')?;
    let ok = !name.is_empty() && name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-');
    ok.then(|| (name, value.trim()))
}
