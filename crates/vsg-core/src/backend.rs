//! The BackendServers parameter: strict canonical output, lenient input.
//!
//! Output is compact JSON with the fields in the order ServerId, Port, Weight, Type,
//! ServerIp, Description, every value a JSON string (`"Port":"80"`), as the official
//! examples write it. Empty fields are left out.
//!
//! Input also accepts what people paste: the original page's single-quoted
//! pseudo-JSON, bare or quoted numbers, unquoted keys, trailing commas, pretty-printed
//! text, and field names in the wrong case. Everything that was normalised is reported
//! as a [`Note`]; anything that cannot be read is a [`ParseError`] with its position.

use std::fmt;

use serde::Serialize;

use crate::located::Located;
use crate::model::{ServerField, ServerRow};

/// One entry as sent: the fields in wire order, empty ones left out, every value a
/// JSON string.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct WireServer<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    server_id: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    port: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    weight: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    r#type: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    server_ip: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
}

impl<'a> From<&'a ServerRow> for WireServer<'a> {
    fn from(row: &'a ServerRow) -> Self {
        WireServer {
            server_id: &row.server_id,
            port: &row.port,
            weight: &row.weight,
            r#type: &row.server_type,
            server_ip: &row.server_ip,
            description: &row.description,
        }
    }
}

/// The canonical BackendServers JSON string for `rows`.
///
/// ```
/// use vsg_core::{encode_backend_servers, ServerRow};
/// let json = encode_backend_servers(&[ServerRow::new("vm-233", "80", "100")]);
/// assert_eq!(json, r#"[{"ServerId":"vm-233","Port":"80","Weight":"100"}]"#);
/// ```
pub fn encode_backend_servers(rows: &[ServerRow]) -> String {
    let wire: Vec<WireServer<'_>> = rows.iter().map(WireServer::from).collect();
    // Serialising strings into a String cannot fail.
    serde_json::to_string(&wire).unwrap_or_default()
}

/// The canonical BackendServers JSON for `rows`, pretty-printed (two-space indent), for
/// the raw editor.
pub fn pretty_backend_servers(rows: &[ServerRow]) -> String {
    let wire: Vec<WireServer<'_>> = rows.iter().map(WireServer::from).collect();
    serde_json::to_string_pretty(&wire).unwrap_or_default()
}

/// Something the lenient parser accepted but changed on the way to canonical JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// Strings or keys were in single quotes.
    SingleQuotes,
    /// Keys were written without quotes.
    UnquotedKeys,
    /// Numbers were written bare (`80`); the canonical form quotes them (`"80"`).
    BareNumbers,
    /// A comma stood before `]` or `}`.
    TrailingCommas,
    /// A field was `null`, and so left out.
    NullIgnored(String),
    /// A key matched a field only when case was ignored.
    Renamed {
        /// The key as written.
        from: String,
        /// The field it was read as.
        to: &'static str,
    },
    /// A key is not a BackendServers field; it was dropped.
    UnknownField(String),
    /// The same field appeared twice in one entry; the last one was kept.
    DuplicateField(&'static str),
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Note::SingleQuotes => f.write_str("single quotes were turned into double quotes"),
            Note::UnquotedKeys => f.write_str("unquoted keys were quoted"),
            Note::BareNumbers => f.write_str("bare numbers were written as strings"),
            Note::TrailingCommas => f.write_str("trailing commas were removed"),
            Note::NullIgnored(k) => write!(f, "{k}: null was left out"),
            Note::Renamed { from, to } => write!(f, "key \u{201c}{from}\u{201d} was read as {to}"),
            Note::UnknownField(k) => write!(f, "unknown field \u{201c}{k}\u{201d} was dropped"),
            Note::DuplicateField(k) => {
                write!(f, "{k} appeared twice in one entry; the last was kept")
            }
        }
    }
}

/// What went wrong while reading BackendServers text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// The text ended too soon.
    UnexpectedEnd,
    /// A character that cannot stand here.
    Unexpected {
        /// The character found.
        found: char,
        /// What would have been valid here.
        expected: Expected,
    },
    /// A string was never closed.
    UnterminatedString,
    /// A `\` escape that JSON does not have, or a bad `\u` sequence.
    BadEscape,
    /// A number that is not valid JSON.
    BadNumber,
    /// A field's value was an object, array or boolean; it must be a string or number.
    NotScalar(String),
    /// Something follows the closing `]`.
    TrailingText,
}

/// What the reader expected where it found something else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Expected {
    /// `[`: the list starts.
    Array,
    /// `{`: one server as an object.
    Object,
    /// `,` or `]` after an entry.
    CommaOrBracket,
    /// `,` or `}` after a member.
    CommaOrBrace,
    /// `:` after a key.
    Colon,
    /// A key in quotes, or `}`.
    Key,
    /// A string or a number.
    Scalar,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Expected::Array => "'[' (a JSON array of servers)",
            Expected::Object => "'{' (one server as an object)",
            Expected::CommaOrBracket => "',' or ']'",
            Expected::CommaOrBrace => "',' or '}'",
            Expected::Colon => "':' after a key",
            Expected::Key => "a key in quotes, or '}'",
            Expected::Scalar => "a string or a number",
        })
    }
}

impl fmt::Display for ParseErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseErrorKind::UnexpectedEnd => f.write_str("the text ends too soon"),
            ParseErrorKind::Unexpected { found, expected } => {
                write!(f, "expected {expected}, found \u{201c}{found}\u{201d}")
            }
            ParseErrorKind::UnterminatedString => f.write_str("a string is not closed"),
            ParseErrorKind::BadEscape => f.write_str("invalid escape sequence"),
            ParseErrorKind::BadNumber => f.write_str("invalid number"),
            ParseErrorKind::NotScalar(k) => {
                write!(f, "the value of {k} must be a string or a number")
            }
            ParseErrorKind::TrailingText => f.write_str("text after the closing ']'"),
        }
    }
}

/// Why BackendServers text could not be read, and where.
pub type ParseError = Located<ParseErrorKind>;

/// Rows read from BackendServers text, and what was normalised on the way.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// One row per entry, in order.
    pub rows: Vec<ServerRow>,
    /// What was changed to reach canonical JSON (each kind reported once).
    pub notes: Vec<Note>,
}

/// Reads BackendServers text with one reader: strict JSON, and what the original
/// page and other tools write (single quotes, unquoted keys, trailing commas, bare
/// numbers), each difference from canonical JSON reported as a [`Note`]. Its errors
/// say where reading had to stop and why. Empty or blank text is an empty list.
///
/// ```
/// let p = vsg_core::parse_backend_servers("[{'ServerId':'vm-233','Port':'80','Weight':'100'}]").unwrap();
/// assert_eq!(p.rows[0].port, "80");
/// assert_eq!(p.notes, vec![vsg_core::Note::SingleQuotes]);
/// ```
pub fn parse_backend_servers(text: &str) -> Result<Parsed, ParseError> {
    if text.trim_matches(is_blank).is_empty() {
        return Ok(Parsed::default());
    }
    let mut p = Parser {
        src: text,
        pos: 0,
        notes: Notes::default(),
    };
    p.skip_ws();
    let rows = p
        .array()
        .map_err(|(offset, kind)| locate(text, offset, kind))?;
    p.skip_ws();
    if p.pos != text.len() {
        return Err(locate(text, p.pos, ParseErrorKind::TrailingText));
    }
    Ok(Parsed {
        rows,
        notes: p.notes.0,
    })
}

/// White space around and between values: JSON's, a byte-order mark, a no-break space.
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{feff}' | '\u{a0}')
}

fn locate(text: &str, offset: usize, kind: ParseErrorKind) -> ParseError {
    Located::at(text, offset, kind)
}

/// The notes of one reading, each kind once.
#[derive(Default)]
struct Notes(Vec<Note>);

impl Notes {
    fn add(&mut self, note: Note) {
        if !self.0.contains(&note) {
            self.0.push(note);
        }
    }
}

/// A field's value as read: text (a string, or a number as written), or `null`.
enum Scalar {
    Text(String),
    Null,
}

/// One entry being read, and which fields it has set.
#[derive(Default)]
struct Row {
    row: ServerRow,
    seen: Vec<ServerField>,
}

impl Row {
    /// Sets the field `key` names (ignoring case, with a note), or notes an unknown key.
    fn set(&mut self, key: String, value: Scalar, notes: &mut Notes) {
        let Some((field, exact)) = field_for(&key) else {
            notes.add(Note::UnknownField(key));
            return;
        };
        if !exact {
            notes.add(Note::Renamed {
                from: key,
                to: field.name(),
            });
        }
        if self.seen.contains(&field) {
            notes.add(Note::DuplicateField(field.name()));
        }
        self.seen.push(field);
        match value {
            Scalar::Text(t) => *self.row.get_mut(field) = t,
            Scalar::Null => {
                self.row.get_mut(field).clear();
                notes.add(Note::NullIgnored(field.name().into()));
            }
        }
    }
}

type Failure = (usize, ParseErrorKind);

/// The lenient reader.
struct Parser<'a> {
    src: &'a str,
    pos: usize,
    notes: Notes,
}

impl Parser<'_> {
    fn note(&mut self, note: Note) {
        self.notes.add(note);
    }

    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn skip_ws(&mut self) {
        let rest = &self.src[self.pos..];
        let trimmed = rest.trim_start_matches(is_blank);
        self.pos += rest.len() - trimmed.len();
    }

    fn fail<T>(&self, expected: Expected) -> Result<T, Failure> {
        Err(match self.peek() {
            None => (self.pos, ParseErrorKind::UnexpectedEnd),
            Some(found) => (self.pos, ParseErrorKind::Unexpected { found, expected }),
        })
    }

    fn expect(&mut self, c: char, expected: Expected) -> Result<(), Failure> {
        if self.peek() == Some(c) {
            self.pos += 1;
            Ok(())
        } else {
            self.fail(expected)
        }
    }

    fn array(&mut self) -> Result<Vec<ServerRow>, Failure> {
        self.expect('[', Expected::Array)?;
        let mut rows = Vec::new();
        loop {
            self.skip_ws();
            if self.peek() == Some(']') {
                self.pos += 1;
                return Ok(rows);
            }
            rows.push(self.object()?);
            self.skip_ws();
            match self.peek() {
                Some(',') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some(']') {
                        self.note(Note::TrailingCommas);
                    }
                }
                Some(']') => {}
                _ => return self.fail(Expected::CommaOrBracket),
            }
        }
    }

    fn object(&mut self) -> Result<ServerRow, Failure> {
        self.expect('{', Expected::Object)?;
        let mut row = Row::default();
        loop {
            self.skip_ws();
            if self.peek() == Some('}') {
                self.pos += 1;
                return Ok(row.row);
            }
            let key = self.key()?;
            self.skip_ws();
            self.expect(':', Expected::Colon)?;
            self.skip_ws();
            let value = self.scalar(&key)?;
            row.set(key, value, &mut self.notes);
            self.skip_ws();
            match self.peek() {
                Some(',') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some('}') {
                        self.note(Note::TrailingCommas);
                    }
                }
                Some('}') => {}
                _ => return self.fail(Expected::CommaOrBrace),
            }
        }
    }

    fn key(&mut self) -> Result<String, Failure> {
        match self.peek() {
            Some(q @ ('"' | '\'')) => self.string(q),
            Some(c) if c.is_ascii_alphabetic() || c == '_' => {
                let start = self.pos;
                while self
                    .peek()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
                {
                    self.pos += 1;
                }
                self.note(Note::UnquotedKeys);
                Ok(self.src[start..self.pos].to_string())
            }
            _ => self.fail(Expected::Key),
        }
    }

    fn scalar(&mut self, key: &str) -> Result<Scalar, Failure> {
        match self.peek() {
            Some(q @ ('"' | '\'')) => self.string(q).map(Scalar::Text),
            Some(c) if c == '-' || c.is_ascii_digit() => self.number().map(Scalar::Text),
            Some('{' | '[' | 't' | 'f') => Err((self.pos, ParseErrorKind::NotScalar(key.into()))),
            Some('n') if self.src[self.pos..].starts_with("null") => {
                self.pos += 4;
                Ok(Scalar::Null)
            }
            _ => self.fail(Expected::Scalar),
        }
    }

    fn number(&mut self) -> Result<String, Failure> {
        let start = self.pos;
        let bytes = self.src.as_bytes();
        let digits = |p: &mut usize| {
            let s = *p;
            while bytes.get(*p).is_some_and(u8::is_ascii_digit) {
                *p += 1;
            }
            *p > s
        };
        let mut p = self.pos;
        if bytes.get(p) == Some(&b'-') {
            p += 1;
        }
        let int_start = p;
        if !digits(&mut p) || (bytes[int_start] == b'0' && p - int_start > 1) {
            return Err((start, ParseErrorKind::BadNumber));
        }
        if bytes.get(p) == Some(&b'.') {
            p += 1;
            if !digits(&mut p) {
                return Err((start, ParseErrorKind::BadNumber));
            }
        }
        if matches!(bytes.get(p), Some(b'e' | b'E')) {
            p += 1;
            if matches!(bytes.get(p), Some(b'+' | b'-')) {
                p += 1;
            }
            if !digits(&mut p) {
                return Err((start, ParseErrorKind::BadNumber));
            }
        }
        self.pos = p;
        self.note(Note::BareNumbers);
        Ok(self.src[start..p].to_string())
    }

    fn string(&mut self, quote: char) -> Result<String, Failure> {
        let start = self.pos;
        self.pos += 1;
        if quote == '\'' {
            self.note(Note::SingleQuotes);
        }
        let mut out = String::new();
        loop {
            let Some(c) = self.bump() else {
                return Err((start, ParseErrorKind::UnterminatedString));
            };
            match c {
                c if c == quote => return Ok(out),
                '\\' => {
                    let at = self.pos - 1;
                    let escaped = match self.bump() {
                        Some('"') => '"',
                        Some('\'') => '\'',
                        Some('\\') => '\\',
                        Some('/') => '/',
                        Some('b') => '\u{8}',
                        Some('f') => '\u{c}',
                        Some('n') => '\n',
                        Some('r') => '\r',
                        Some('t') => '\t',
                        Some('u') => self
                            .unicode_escape()
                            .ok_or((at, ParseErrorKind::BadEscape))?,
                        _ => return Err((at, ParseErrorKind::BadEscape)),
                    };
                    out.push(escaped);
                }
                c => out.push(c),
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let h = self.src.get(self.pos..self.pos + 4)?;
        let v = u32::from_str_radix(h, 16).ok()?;
        if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.pos += 4;
        Some(v)
    }

    fn unicode_escape(&mut self) -> Option<char> {
        let hi = self.hex4()?;
        if (0xD800..0xDC00).contains(&hi) {
            if !self.src[self.pos..].starts_with("\\u") {
                return None;
            }
            self.pos += 2;
            let lo = self.hex4()?;
            if !(0xDC00..0xE000).contains(&lo) {
                return None;
            }
            char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
        } else {
            char::from_u32(hi)
        }
    }
}

/// The field a key names, and whether it matched exactly (rather than ignoring case).
fn field_for(key: &str) -> Option<(ServerField, bool)> {
    ServerField::ALL.iter().find_map(|f| {
        if f.name() == key {
            Some((*f, true))
        } else if f.name().eq_ignore_ascii_case(key) {
            Some((*f, false))
        } else {
            None
        }
    })
}
