//! Import: fill the form from a pasted request URL, HTTP request, `curl` command or
//! `aliyun slb CreateVServerGroup …` command line.
//!
//! Rules, in short:
//!
//! - **What resets.** The result starts from [`Request::default`]: a field the text
//!   does not mention is empty / default afterwards (GET, JSON, public endpoint, no
//!   rows, no tags, empty nonce and timestamp). Only the AccessKeySecret comes from the
//!   `base` request: it is never taken from imported text (a secret found there is
//!   listed as unmapped, its value hidden).
//! - **`+`.** In a URL's query string `+` stays a plus sign (Alibaba Cloud encodes a
//!   space as `%20`); only in a POST form body (or `curl -d` data) is `+` a space.
//! - **`AccessKeyId=testid`** is the documented example the playground sends when the
//!   field is empty, so it is imported as an empty field (with a note).
//! - **Host → endpoint.** The host is the public endpoint if it equals the one the
//!   playground derives from the imported RegionId, the VPC endpoint likewise, and a
//!   custom endpoint otherwise (so the URL is reproduced exactly).
//! - **BackendServers** is read with the lenient [`parse_backend_servers`]; what it
//!   normalised becomes notes. If it cannot be read, the whole import fails with the
//!   position of the bad character inside the pasted text, so the form (and its rows)
//!   stays as it was.
//! - `Version`, `SignatureMethod`, `SignatureVersion` and `Signature` are recognised
//!   and recomputed (notes); unknown parameters, repeated ones (all but the last),
//!   options of `aliyun` or `curl` that do not change the request, and anything else
//!   that could not be mapped are listed in [`Imported::unmapped`].
//! - A wrong `Action`, product or API is an error, as is a quote that is never closed.

use std::fmt;

use crate::backend::{parse_backend_servers, ParseErrorKind};
use crate::endpoint;
use crate::model::{EndpointKind, Format, Method, Request, TagRow, TextField};
use crate::request::{ACTION, API_VERSION, EXAMPLE_ACCESS_KEY_ID};

/// The form filled from imported text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The request read from the text (the secret comes from `base`).
    pub request: Request,
    /// Everything in the text that could not be mapped onto the form.
    pub unmapped: Vec<Unmapped>,
    /// What was normalised or recomputed on the way, one sentence each.
    pub notes: Vec<String>,
}

/// A parameter or option of the imported text that is not in the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmapped {
    /// The parameter or option as written (`Foo`, `--profile`, `-o`).
    pub name: String,
    /// Its value (hidden for secrets).
    pub value: String,
    /// Why it was not mapped.
    pub reason: &'static str,
}

/// Why imported text (or a permalink) could not be read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// Byte offset into the text (at most its length).
    pub offset: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What was wrong there.
    pub kind: ImportErrorKind,
}

/// What was wrong with imported text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportErrorKind {
    /// Nothing but white space.
    Empty,
    /// A quote (`'`, `"` or `$'`) is never closed.
    Unclosed(&'static str),
    /// An unquoted shell operator (`|`, `;`, `&`, `<`, `>`, `(`, `)`).
    ShellOperator(char),
    /// A `$'\u…'` escape that names no Unicode character.
    BadEscape,
    /// Percent-decoded (or escaped) bytes that are not UTF-8 text.
    NotUtf8,
    /// The command is not an `aliyun` command.
    NotAliyun(String),
    /// The `aliyun` command names no product.
    MissingProduct,
    /// The `aliyun` command is for another product.
    WrongProduct(String),
    /// The `aliyun` command names no API.
    MissingApi,
    /// The `aliyun` command calls another API.
    WrongApi(String),
    /// `Action` is not `CreateVServerGroup`.
    WrongAction(String),
    /// A `curl` command without a URL.
    MissingUrl,
    /// BackendServers could not be read.
    BackendServers(ParseErrorKind),
    /// A permalink that does not start with a version marker.
    NotPermalink,
    /// A permalink of a version this page cannot read.
    UnknownVersion(String),
    /// A permalink field this version does not have.
    UnknownKey(String),
    /// A permalink field appears twice.
    RepeatedKey(String),
    /// A permalink field with a value it cannot take.
    BadValue {
        /// The field.
        key: String,
        /// The value found.
        value: String,
    },
}

/// At most 40 characters of `s`, for messages.
fn short(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

impl fmt::Display for ImportErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ImportErrorKind as K;
        match self {
            K::Empty => f.write_str("there is nothing to import"),
            K::Unclosed(q) => write!(f, "the quote {q} opened here is never closed"),
            K::ShellOperator(c) => write!(
                f,
                "\u{201c}{c}\u{201d} is a shell operator: quote it, or paste a single command"
            ),
            K::BadEscape => f.write_str("this escape names no Unicode character"),
            K::NotUtf8 => f.write_str("the decoded bytes are not UTF-8 text"),
            K::NotAliyun(w) => write!(
                f,
                "expected an aliyun command, found \u{201c}{}\u{201d}",
                short(w)
            ),
            K::MissingProduct => f.write_str("the command names no product (expected slb)"),
            K::WrongProduct(p) => write!(
                f,
                "this is a command for product \u{201c}{}\u{201d}, not slb",
                short(p)
            ),
            K::MissingApi => f.write_str("the command names no API (expected CreateVServerGroup)"),
            K::WrongApi(a) => write!(f, "this calls {}, not CreateVServerGroup", short(a)),
            K::WrongAction(a) => write!(f, "Action is {}, not CreateVServerGroup", short(a)),
            K::MissingUrl => f.write_str("the curl command has no URL"),
            K::BackendServers(k) => write!(f, "BackendServers: {k}"),
            K::NotPermalink => f.write_str("not a permalink: it must start with v1"),
            K::UnknownVersion(v) => write!(
                f,
                "permalink version {} is not supported (this page reads v1)",
                short(v)
            ),
            K::UnknownKey(k) => write!(f, "\u{201c}{}\u{201d} is not a permalink field", short(k)),
            K::RepeatedKey(k) => write!(f, "the permalink field {k} appears twice"),
            K::BadValue { key, value } => write!(
                f,
                "\u{201c}{}\u{201d} is not a valid value for {key}",
                short(value)
            ),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.kind
        )
    }
}

impl std::error::Error for ImportError {}

/// An error before its line and column are known: a byte offset and a kind.
pub(crate) type Fail = (usize, ImportErrorKind);

/// Turns an offset into a full [`ImportError`] (clamped into `text`, moved back to a
/// character boundary).
pub(crate) fn locate(text: &str, offset: usize, kind: ImportErrorKind) -> ImportError {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    ImportError {
        offset,
        line: before.matches('\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
        kind,
    }
}

// ---- text with the input offset of every byte ----

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

    fn trim(&self) -> Mapped {
        let start = self.text.len() - self.text.trim_start().len();
        self.slice(start, start.max(self.text.trim_end().len()))
    }
}

/// Bytes being collected, with their input offsets.
#[derive(Default)]
struct Bytes {
    b: Vec<u8>,
    at: Vec<usize>,
}

impl Bytes {
    fn push(&mut self, byte: u8, at: usize) {
        self.b.push(byte);
        self.at.push(at);
    }

    fn finish(mut self, end: usize) -> Result<Mapped, Fail> {
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

/// Splits `m` on `sep`, returning the byte ranges of the non-empty pieces.
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

// ---- shell words ----

/// Splits a command line into words the way bash does for what a person types:
/// single quotes; double quotes with `\"` `\\` `\$` `` \` `` and backslash-newline;
/// backslash escapes outside quotes; backslash-newline continuations; `$'…'` ANSI-C
/// strings (`\n`, `\t`, `\xHH`, `\nnn`, `\uHHHH`, `\cX`, …); `$"…"`; adjacent
/// parts concatenate; `#` at the start of a word begins a comment.
///
/// Unlike bash, there is no expansion (`$VAR`, `$(…)`, backticks, `~`, globs and braces
/// stay as typed), an unquoted newline or carriage return separates words rather than
/// commands, and an unquoted `|` `;` `&` `<` `>` `(` `)` is an error.
///
/// ```
/// let w = vsg_core::import::split_shell_words(r#"a 'b c'"d"\ e $'\x41'"#).unwrap();
/// assert_eq!(w, ["a", "b cd e", "A"]);
/// ```
pub fn split_shell_words(text: &str) -> Result<Vec<String>, ImportError> {
    shell_words(text, &mut Vec::new())
        .map(|words| words.into_iter().map(|w| w.text).collect())
        .map_err(|(at, kind)| locate(text, at, kind))
}

const EXPANSION_NOTE: &str = "$ and ` were kept as typed: variables and commands are not expanded";

fn note_expansion(notes: &mut Vec<String>) {
    if !notes.iter().any(|n| n == EXPANSION_NOTE) {
        notes.push(EXPANSION_NOTE.into());
    }
}

/// Whether a `$` at `i` would start an expansion in bash.
fn starts_expansion(b: &[u8], i: usize) -> bool {
    b.get(i + 1)
        .is_some_and(|&c| c.is_ascii_alphanumeric() || b"_{(@*#?$!-".contains(&c))
}

fn shell_words(text: &str, notes: &mut Vec<String>) -> Result<Vec<Mapped>, Fail> {
    let b = text.as_bytes();
    let mut words = Vec::new();
    let mut cur = Bytes::default();
    let mut started = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => {
                if started {
                    words.push(std::mem::take(&mut cur).finish(i)?);
                    started = false;
                }
                i += 1;
            }
            b'\\' => match (b.get(i + 1), b.get(i + 2)) {
                (Some(b'\n'), _) => i += 2,
                (Some(b'\r'), Some(b'\n')) => i += 3,
                (None, _) => {
                    cur.push(c, i);
                    started = true;
                    i += 1;
                }
                (Some(&next), _) => {
                    cur.push(next, i + 1);
                    started = true;
                    i += 2;
                }
            },
            b'\'' => {
                let end = text[i + 1..]
                    .find('\'')
                    .ok_or((i, ImportErrorKind::Unclosed("'")))?;
                for (k, &byte) in b.iter().enumerate().skip(i + 1).take(end) {
                    cur.push(byte, k);
                }
                started = true;
                i += end + 2;
            }
            b'"' => {
                i = double_quoted(b, i, 1, &mut cur, notes)?;
                started = true;
            }
            b'$' if b.get(i + 1) == Some(&b'"') => {
                i = double_quoted(b, i, 2, &mut cur, notes)?;
                started = true;
            }
            b'$' if b.get(i + 1) == Some(&b'\'') => {
                i = ansi_c(b, i, &mut cur)?;
                started = true;
            }
            b'#' if !started => {
                i = text[i..].find('\n').map_or(b.len(), |n| i + n);
            }
            b'|' | b'&' | b';' | b'<' | b'>' | b'(' | b')' => {
                return Err((i, ImportErrorKind::ShellOperator(char::from(c))));
            }
            _ => {
                if c == b'`' || (c == b'$' && starts_expansion(b, i)) {
                    note_expansion(notes);
                }
                cur.push(c, i);
                started = true;
                i += 1;
            }
        }
    }
    if started {
        words.push(cur.finish(b.len())?);
    }
    Ok(words)
}

/// Reads a double-quoted string opening at `open` (`"` or `$"`, `skip` bytes long);
/// returns the index after the closing quote.
fn double_quoted(
    b: &[u8],
    open: usize,
    skip: usize,
    out: &mut Bytes,
    notes: &mut Vec<String>,
) -> Result<usize, Fail> {
    let mut i = open + skip;
    loop {
        let Some(&c) = b.get(i) else {
            return Err((open, ImportErrorKind::Unclosed("\"")));
        };
        match (c, b.get(i + 1)) {
            (b'"', _) => return Ok(i + 1),
            (b'\\', Some(b'\n')) => i += 2,
            (b'\\', Some(&e @ (b'"' | b'\\' | b'$' | b'`'))) => {
                out.push(e, i + 1);
                i += 2;
            }
            _ => {
                if c == b'`' || (c == b'$' && starts_expansion(b, i)) {
                    note_expansion(notes);
                }
                out.push(c, i);
                i += 1;
            }
        }
    }
}

/// Up to `max` digits of `radix` from `b[i..]`: (value, count).
fn digits(b: &[u8], i: usize, radix: u32, max: usize) -> (u32, usize) {
    let mut value = 0u32;
    let mut n = 0;
    while n < max {
        match b.get(i + n).and_then(|&c| char::from(c).to_digit(radix)) {
            Some(d) => value = value * radix + d,
            None => break,
        }
        n += 1;
    }
    (value, n)
}

/// Reads a `$'…'` string opening at `open`; returns the index after the closing quote.
/// As in bash, a NUL byte ends the string's content.
fn ansi_c(b: &[u8], open: usize, out: &mut Bytes) -> Result<usize, Fail> {
    let unclosed = (open, ImportErrorKind::Unclosed("$'"));
    let mut i = open + 2;
    let mut cut = false;
    loop {
        let c = *b.get(i).ok_or(unclosed.clone())?;
        if c == b'\'' {
            return Ok(i + 1);
        }
        let at = i;
        let mut bytes = [0u8; 4];
        let produced: &[u8] = if c != b'\\' {
            i += 1;
            bytes[0] = c;
            &bytes[..1]
        } else {
            let e = *b.get(i + 1).ok_or(unclosed.clone())?;
            i += 2;
            let simple = match e {
                b'a' => Some(7),
                b'b' => Some(8),
                b'e' | b'E' => Some(0x1b),
                b'f' => Some(0x0c),
                b'n' => Some(b'\n'),
                b'r' => Some(b'\r'),
                b't' => Some(b'\t'),
                b'v' => Some(0x0b),
                b'\\' | b'\'' | b'"' | b'?' => Some(e),
                b'0'..=b'7' => {
                    let (v, n) = digits(b, i - 1, 8, 3);
                    i += n - 1;
                    Some((v & 0xff) as u8)
                }
                b'c' => match b.get(i) {
                    None | Some(b'\'') => None,
                    Some(&x) => {
                        i += if x == b'\\' && b.get(i + 1) == Some(&b'\\') {
                            2
                        } else {
                            1
                        };
                        Some(if x == b'?' { 0x7f } else { x & 0x1f })
                    }
                },
                b'x' => {
                    let (v, n) = digits(b, i, 16, 2);
                    i += n;
                    (n > 0).then_some(v as u8)
                }
                _ => None,
            };
            if let Some(byte) = simple {
                bytes[0] = byte;
                &bytes[..1]
            } else if matches!(e, b'u' | b'U') && digits(b, i, 16, 1).1 == 1 {
                let (v, n) = digits(b, i, 16, if e == b'u' { 4 } else { 8 });
                i += n;
                let ch = char::from_u32(v).ok_or((at, ImportErrorKind::BadEscape))?;
                ch.encode_utf8(&mut bytes).as_bytes()
            } else {
                // Not an escape bash knows: the backslash stays.
                i = at + 1;
                bytes[0] = b'\\';
                &bytes[..1]
            }
        };
        if produced == [0] {
            cut = true;
        }
        if !cut {
            for &byte in produced {
                out.push(byte, at);
            }
        }
    }
}

// ---- building the request ----

const NOT_PARAM: &str = "not a CreateVServerGroup parameter";
const CASE: &str = "parameter names are case-sensitive";
const REPEATED: &str = "repeated; the last value was kept";
const SECRET: &str = "the AccessKeySecret is never imported; type it in the form";
const TOKEN: &str = "STS tokens are not supported by the playground";
const HIDDEN: &str = "(hidden)";
const TAG_NUMBER: &str = "a tag number must be 1 to 1000";
const METHOD: &str = "the method must be GET or POST";
const MAX_TAG_NUMBER: usize = 1000;
const MAX_NOTES: usize = 50;

/// The scalar parameters that map one-to-one onto form fields.
const TEXT_PARAMS: [(&str, TextField); 10] = [
    ("RegionId", TextField::RegionId),
    ("LoadBalancerId", TextField::LoadBalancerId),
    ("VServerGroupName", TextField::VServerGroupName),
    ("ResourceOwnerAccount", TextField::ResourceOwnerAccount),
    ("OwnerAccount", TextField::OwnerAccount),
    ("OwnerId", TextField::OwnerId),
    ("ResourceOwnerId", TextField::ResourceOwnerId),
    ("AccessKeyId", TextField::AccessKeyId),
    ("SignatureNonce", TextField::SignatureNonce),
    ("Timestamp", TextField::Timestamp),
];

/// Other parameter names that are recognised (for the case-sensitivity hint).
const OTHER_PARAMS: &str = "Format BackendServers Action Version SignatureMethod \
    SignatureVersion Signature AccessKeySecret SecurityToken";

struct Builder {
    req: Request,
    unmapped: Vec<Unmapped>,
    notes: Vec<String>,
    seen: Vec<&'static str>,
    backend: Option<Mapped>,
    tags: Vec<[Option<String>; 2]>,
    host: Option<String>,
    vpc: bool,
    region_flag: Option<String>,
    plus_noted: bool,
}

impl Builder {
    fn new(base: &Request) -> Builder {
        Builder {
            req: Request {
                access_key_secret: base.access_key_secret.clone(),
                ..Request::default()
            },
            unmapped: Vec::new(),
            notes: Vec::new(),
            seen: Vec::new(),
            backend: None,
            tags: Vec::new(),
            host: None,
            vpc: false,
            region_flag: None,
            plus_noted: false,
        }
    }

    fn unmapped(&mut self, name: &str, value: &str, reason: &'static str) {
        self.unmapped.push(Unmapped {
            name: name.into(),
            value: value.into(),
            reason,
        });
    }

    /// Adds a note once; past [`MAX_NOTES`] the rest are summed up in one last note
    /// (so that pasting megabytes stays linear).
    fn note(&mut self, note: String) {
        if self.notes.len() + 1 < MAX_NOTES && !self.notes.contains(&note) {
            self.notes.push(note);
        } else if self.notes.len() + 1 == MAX_NOTES {
            self.notes.push("further notes were left out".into());
        }
    }

    /// Records that `name` was set; a second time, the value it replaces is listed.
    fn set(&mut self, name: &'static str, replaced: String) {
        if self.seen.contains(&name) {
            self.unmapped(name, &replaced, REPEATED);
        } else {
            self.seen.push(name);
        }
    }

    /// Maps one parameter (URL query / form / `--Name` of the CLI).
    fn param(&mut self, name: &str, v: &Mapped) -> Result<(), Fail> {
        let value = v.text.as_str();
        if let Some(&(n, field)) = TEXT_PARAMS.iter().find(|(n, _)| *n == name) {
            let old = std::mem::replace(self.req.text_mut(field), value.into());
            self.set(n, old);
            return Ok(());
        }
        if let Some(rest) = name.strip_prefix("Tag.") {
            let (n, part) = rest.rsplit_once('.').unwrap_or(("", rest));
            let is_key = part == "Key";
            if is_key || part == "Value" {
                let digits = !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit());
                match n.parse::<usize>() {
                    Ok(n) if digits && !rest.starts_with('0') && n <= MAX_TAG_NUMBER => {
                        if self.tags.len() < n {
                            self.tags.resize(n, [None, None]);
                        }
                        let slot = &mut self.tags[n - 1][usize::from(!is_key)];
                        if let Some(old) = slot.replace(value.into()) {
                            self.unmapped(name, &old, REPEATED);
                        }
                    }
                    _ => self.unmapped(name, value, TAG_NUMBER),
                }
                return Ok(());
            }
        }
        match name {
            "Format" => match Format::parse(value) {
                Some(f) => {
                    if f.as_str() != value {
                        self.note(format!(
                            "Format {} was read as {}",
                            short(value),
                            f.as_str()
                        ));
                    }
                    let old = std::mem::replace(&mut self.req.format, f);
                    self.set("Format", old.as_str().into());
                }
                None => self.unmapped(name, value, "Format must be JSON or XML"),
            },
            "BackendServers" => {
                let old = self.backend.replace(v.clone());
                self.set("BackendServers", old.map(|m| m.text).unwrap_or_default());
            }
            "Action" if value != ACTION => {
                return Err((v.at[0], ImportErrorKind::WrongAction(value.into())));
            }
            "Action" => {}
            "Version" if value != API_VERSION => self.note(format!(
                "Version {} was replaced by {API_VERSION}, the version of this API",
                short(value)
            )),
            "SignatureMethod" if value != "HMAC-SHA1" => self.note(format!(
                "SignatureMethod {} was replaced by HMAC-SHA1",
                short(value)
            )),
            "SignatureVersion" if value != "1.0" => self.note(format!(
                "SignatureVersion {} was replaced by 1.0",
                short(value)
            )),
            "Version" | "SignatureMethod" | "SignatureVersion" => {}
            "Signature" => self
                .note("Signature was not imported: the playground signs the request again".into()),
            "AccessKeySecret" => self.unmapped(name, HIDDEN, SECRET),
            "SecurityToken" => self.unmapped(name, HIDDEN, TOKEN),
            _ => {
                let known = TEXT_PARAMS.iter().map(|(n, _)| *n);
                let reason = if known
                    .chain(OTHER_PARAMS.split_whitespace())
                    .any(|k| k.eq_ignore_ascii_case(name))
                    || name.to_ascii_lowercase().starts_with("tag.")
                {
                    CASE
                } else {
                    NOT_PARAM
                };
                self.unmapped(name, value, reason);
            }
        }
        Ok(())
    }

    /// Reads `name=value&…` pairs; `form` makes `+` a space.
    fn query(&mut self, q: &Mapped, form: bool) -> Result<(), Fail> {
        for (start, end) in pieces(&q.text, '&') {
            let eq = q.text[start..end].find('=').map_or(end, |e| start + e);
            let name = decode(&q.slice(start, eq), form)?;
            let value = decode(&q.slice((eq + 1).min(end), end), form)?;
            if !form && !self.plus_noted && q.text[start..end].contains('+') {
                self.plus_noted = true;
                self.note(
                    "+ in the query was kept as a plus sign (a space is %20 there; only a form body uses + for a space)"
                        .into(),
                );
            }
            self.param(&name.text, &value)?;
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Imported, Fail> {
        if let Some(m) = self.backend.take() {
            let parsed = parse_backend_servers(&m.text)
                .map_err(|e| (m.at[e.offset], ImportErrorKind::BackendServers(e.kind)))?;
            self.req.servers = parsed.rows;
            for n in parsed.notes {
                self.note(format!("BackendServers: {n}"));
            }
        }
        let mut gaps = false;
        for (i, [key, value]) in std::mem::take(&mut self.tags).into_iter().enumerate() {
            if key.is_none() && value.is_none() {
                gaps = true;
                continue;
            }
            if key.is_none() {
                self.note(format!("Tag.{} has a Value but no Key", i + 1));
            }
            self.req.tags.push(TagRow {
                key: key.unwrap_or_default(),
                value: value.unwrap_or_default(),
            });
        }
        if gaps {
            self.note("tag numbers had gaps; the tags were renumbered 1, 2, 3, …".into());
        }
        if let Some(region) = self.region_flag.take() {
            if !self.seen.contains(&"RegionId") {
                self.note(format!("--region {} was read as RegionId", short(&region)));
                self.req.region_id = region;
            } else if region != self.req.region_id {
                self.unmapped("--region", &region, "--RegionId was given too; it was kept");
            }
        }
        let region = self.req.region_id.clone();
        match self.host.take() {
            Some(h) if h.is_empty() => {
                self.note("the URL has no host; the public endpoint is used".into())
            }
            Some(h) if h.eq_ignore_ascii_case(&endpoint::public_host(&region)) => {}
            Some(h) if h.eq_ignore_ascii_case(&endpoint::vpc_host(&region)) => {
                self.req.endpoint = EndpointKind::Vpc;
            }
            Some(h) => {
                let lower = h.to_ascii_lowercase();
                if lower.starts_with("slb") && lower.ends_with(".aliyuncs.com") {
                    self.note(format!(
                        "{} is not the playground's endpoint for RegionId {}; it was kept as a custom endpoint",
                        short(&h),
                        short(&region)
                    ));
                }
                self.req.endpoint = EndpointKind::Custom;
                self.req.custom_endpoint = h;
            }
            None if self.vpc => self.req.endpoint = EndpointKind::Vpc,
            None => {}
        }
        if self.req.access_key_id == EXAMPLE_ACCESS_KEY_ID {
            self.req.access_key_id.clear();
            self.note(format!(
                "AccessKeyId {EXAMPLE_ACCESS_KEY_ID} is the documented example, shown as an empty field"
            ));
        }
        Ok(Imported {
            request: self.req,
            unmapped: self.unmapped,
            notes: self.notes,
        })
    }
}

// ---- URLs and HTTP requests ----

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.get(..prefix.len())
        .filter(|head| head.eq_ignore_ascii_case(prefix))
        .map(|_| &s[prefix.len()..])
}

/// Reads a URL, `/path?query`, `?query` or a bare `query` (the target of a request line).
fn target(t: &Mapped, b: &mut Builder, header_host: Option<String>) -> Result<(), Fail> {
    let s = t.text.as_str();
    let http = strip_prefix_ci(s, "http://").is_some();
    let scheme = match (http, strip_prefix_ci(s, "https://")) {
        (true, _) => 7,
        (false, Some(_)) => 8,
        (false, None) => 0,
    };
    // The host ends at `/`, `?` or `#`; without a scheme there is one only when what
    // precedes `?` is not itself a query (`slb.aliyuncs.com/?…`).
    let authority = match s.find('?') {
        _ if scheme > 0 => Some(
            s[scheme..]
                .find(['/', '?', '#'])
                .map_or(s.len(), |i| scheme + i),
        ),
        Some(q) if q > 0 && !s.starts_with('/') && !s[..q].contains(['=', '&']) => {
            Some(s[..q].find('/').unwrap_or(q))
        }
        _ => None,
    };
    let rest = match authority {
        Some(end) => {
            let authority = &s[scheme..end];
            let host = match authority.rfind('@') {
                Some(at) => {
                    b.unmapped("(user info)", HIDDEN, "credentials in a URL are not used");
                    &authority[at + 1..]
                }
                None => authority,
            };
            b.host = Some(host.to_string());
            if http {
                b.note("the URL used http://; the playground always builds https://".into());
            }
            end
        }
        None => {
            b.host = header_host;
            if !s.starts_with(['/', '?']) {
                return b.query(t, false);
            }
            0
        }
    };
    let frag = s[rest..].find('#').map_or(s.len(), |i| rest + i);
    let query = s[rest..frag].find('?').map(|i| rest + i);
    let path = &s[rest..query.unwrap_or(frag)];
    if !path.is_empty() && path != "/" {
        b.unmapped("(path)", path, "RPC requests are sent to /");
    }
    if frag < s.len() {
        b.unmapped("(fragment)", &s[frag + 1..], "a URL fragment is not sent");
    }
    match query {
        Some(q) => b.query(&t.slice(q + 1, frag), false),
        None => Ok(()),
    }
}

/// Whether a line is an HTTP header (`Name: value`).
fn header(line: &str) -> Option<(&str, &str)> {
    let (name, value) = line.split_once(':')?;
    let ok = !name.is_empty() && name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-');
    ok.then(|| (name, value.trim()))
}

/// Reads `[METHOD ]target[ HTTP/1.1]`, optional headers, and an optional form body.
fn http(m: &Mapped, b: &mut Builder) -> Result<(), Fail> {
    let text = m.text.as_str();
    let line_end = text.find('\n').unwrap_or(text.len());
    let line = text[..line_end].trim_end();
    let mut start = 0;
    let word = line.split([' ', '\t']).next().unwrap_or("");
    let explicit = word.len() < line.len()
        && word.len() >= 3
        && word.bytes().all(|c| c.is_ascii_alphabetic())
        && (Method::parse(word).is_some() || word.bytes().all(|c| c.is_ascii_uppercase()));
    if explicit {
        match Method::parse(word) {
            Some(method) => b.req.method = method,
            None => b.unmapped("(method)", word, METHOD),
        }
        start = line.len() - line[word.len()..].trim_start().len();
    }
    let mut end = line.len();
    if let Some(sp) = line[start..].rfind([' ', '\t']) {
        if line[start + sp + 1..].starts_with("HTTP/") {
            end = line[..start + sp].trim_end().len();
        }
    }
    // Headers, then a blank line or not, then the body.
    let mut host = None;
    let mut pos = (line_end + 1).min(text.len());
    while pos < text.len() {
        let next = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let Some((name, value)) = header(text[pos..next].trim_end()) else {
            break;
        };
        if name.eq_ignore_ascii_case("host") {
            host = Some(value.to_string());
        } else {
            b.note("HTTP headers other than Host were not used".into());
        }
        pos = (next + 1).min(text.len());
    }
    let body = m.slice(pos, text.len()).trim();
    if !body.text.is_empty() {
        if !explicit {
            b.req.method = Method::Post;
            b.note("a form body was given, so the method is POST".into());
        }
        b.query(&body, true)?;
    }
    target(&m.slice(start, end.max(start)), b, host)
}

const CURL_OPTION: &str = "a curl option that does not change the request";

/// curl options that take a value.
const CURL_VALUE_OPTIONS: &str = "-X --request -d --data --data-raw --data-binary \
    --data-ascii --data-urlencode -H --header --url -o --output -u --user -A --user-agent -e \
    --referer -b --cookie -c --cookie-jar -m --max-time --connect-timeout -w --write-out -x \
    --proxy -F --form -T --upload-file --retry";

/// Reads `curl [options] URL`.
fn curl(words: &[Mapped], b: &mut Builder, end: usize) -> Result<(), Fail> {
    let mut url: Option<Mapped> = None;
    let mut method: Option<Mapped> = None;
    let mut data = Vec::new();
    let mut get = false;
    let mut host = None;
    let mut i = 1;
    while i < words.len() {
        let w = &words[i];
        i += 1;
        let t = w.text.as_str();
        if !t.starts_with('-') || t == "-" {
            match url {
                None => url = Some(w.clone()),
                Some(_) => b.unmapped(t, "", "an extra word of the curl command"),
            }
            continue;
        }
        let long = t.starts_with("--");
        let opt = if long { t } else { t.get(..2).unwrap_or(t) };
        let takes = has_word(CURL_VALUE_OPTIONS, opt);
        let value = if !takes {
            None
        } else if !long && t.len() > 2 {
            Some(w.slice(2, t.len()))
        } else if i < words.len() {
            i += 1;
            Some(words[i - 1].clone())
        } else {
            Some(Mapped::raw(""))
        };
        let v = value.as_ref().map_or("", |m| m.text.as_str());
        match opt {
            "-X" | "--request" => method = value,
            "-d" | "--data" | "--data-raw" | "--data-binary" | "--data-ascii"
                if v.starts_with('@') && opt != "--data-raw" =>
            {
                b.unmapped(t, v, "curl would read this from a file")
            }
            "-d" | "--data" | "--data-raw" | "--data-binary" | "--data-ascii" => data.extend(value),
            "--data-urlencode" => match v.split_once('=') {
                Some((name, _)) if !name.is_empty() => {
                    let m = value.as_ref().map(|m| m.slice(name.len() + 1, v.len()));
                    b.param(name, &m.unwrap_or_else(|| Mapped::raw("")))?;
                }
                _ => b.unmapped(t, v, "only --data-urlencode name=value is read"),
            },
            "-G" | "--get" => get = true,
            "-H" | "--header" => match header(v) {
                Some((name, value)) if name.eq_ignore_ascii_case("host") => {
                    host = Some(value.to_string())
                }
                _ => b.note("curl headers other than Host were not used".into()),
            },
            "--url" => url = value,
            _ if takes => b.unmapped(t, v, CURL_OPTION),
            _ if !long && t.len() > 2 => {} // -sSL and the like: output flags
            "-s" | "-S" | "-v" | "-i" | "-k" | "-L" | "--silent" | "--show-error" | "--verbose"
            | "--include" | "--insecure" | "--location" | "--compressed" => {}
            _ => b.unmapped(t, "", CURL_OPTION),
        }
    }
    let url = url.ok_or((end, ImportErrorKind::MissingUrl))?;
    b.req.method = match &method {
        Some(m) => match Method::parse(&m.text) {
            Some(method) => method,
            None => {
                b.unmapped("-X", &m.text, METHOD);
                Method::Get
            }
        },
        None if !data.is_empty() && !get => Method::Post,
        None => Method::Get,
    };
    for d in &data {
        b.query(d, true)?;
    }
    target(&url.trim(), b, host)
}

/// The first word of `text`, skipping blank lines, `#` comment lines and a `$ ` prompt.
fn first_word(text: &str) -> &str {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    let mut words = line.split_whitespace();
    match words.next() {
        Some("$") => words.next().unwrap_or(""),
        w => w.unwrap_or(""),
    }
}

/// Imports a request URL: `https://host/?query`, `http://…`, `?query` or a bare query,
/// optionally after `GET ` / `POST `; an HTTP request (`POST /?… HTTP/1.1`, headers
/// such as `Host:`, a blank line, a form body); `POST https://host/` with a form body
/// on the following lines; or `curl [-X POST] [-d body] 'url'`.
///
/// ```
/// let r = vsg_core::import::import_url(
///     "https://slb.aliyuncs.com/?Action=CreateVServerGroup&RegionId=cn-hangzhou&LoadBalancerId=lb-1",
///     &vsg_core::Request::default(),
/// ).unwrap();
/// assert_eq!(r.request.load_balancer_id, "lb-1");
/// ```
pub fn import_url(text: &str, base: &Request) -> Result<Imported, ImportError> {
    let run = || -> Result<Imported, Fail> {
        let mut b = Builder::new(base);
        if text.trim().is_empty() {
            return Err((0, ImportErrorKind::Empty));
        }
        if first_word(text) == "curl" {
            let words = shell_words(text, &mut b.notes)?;
            let skip = usize::from(words.first().is_some_and(|w| w.text == "$"));
            curl(words.get(skip..).unwrap_or_default(), &mut b, text.len())?;
        } else {
            http(&Mapped::raw(text).trim(), &mut b)?;
        }
        b.finish()
    };
    run().map_err(|(at, kind)| locate(text, at, kind))
}

const CLI_OPTION: &str = "an aliyun CLI option that does not change the request";

/// Options of the aliyun CLI that take no value.
const CLI_SWITCHES: &str = "vpc secure insecure force dryrun quiet skip-secure-verify help";

/// Imports an `aliyun slb CreateVServerGroup --Name value …` command line (also
/// `--Name=value`; shell quoting as [`split_shell_words`] reads it). The CLI's own
/// options map where they can: `--region` → RegionId when `--RegionId` is absent,
/// `--endpoint` → endpoint, `--vpc` → VPC endpoint, `--method` → method,
/// `--access-key-id` → AccessKeyId; the others are listed as unmapped.
///
/// ```
/// let r = vsg_core::import::import_cli(
///     "aliyun slb CreateVServerGroup --RegionId cn-hangzhou --Tag.1.Key=env",
///     &vsg_core::Request::default(),
/// ).unwrap();
/// assert_eq!(r.request.tags[0].key, "env");
/// ```
pub fn import_cli(text: &str, base: &Request) -> Result<Imported, ImportError> {
    let run = || -> Result<Imported, Fail> {
        let mut b = Builder::new(base);
        let words = shell_words(text, &mut b.notes)?;
        let skip = usize::from(words.first().is_some_and(|w| w.text == "$"));
        let words = &words[skip..];
        let Some(first) = words.first() else {
            return Err((text.len(), ImportErrorKind::Empty));
        };
        let program = first.text.rsplit(['/', '\\']).next().unwrap_or("");
        if program != "aliyun" && program != "aliyun.exe" {
            return Err((first.at[0], ImportErrorKind::NotAliyun(first.text.clone())));
        }
        let mut positional = 0;
        let mut i = 1;
        while i < words.len() {
            let w = &words[i];
            i += 1;
            let t = w.text.as_str();
            if let Some(flag) = t.strip_prefix("--").filter(|f| !f.is_empty()) {
                let sep = flag.find(['=', ':']);
                let name = &flag[..sep.unwrap_or(flag.len())];
                let value = match sep {
                    Some(s) => w.slice(3 + s, t.len()),
                    None if has_word(CLI_SWITCHES, name) => Mapped::raw(""),
                    None if i < words.len() && !words[i].text.starts_with("--") => {
                        i += 1;
                        words[i - 1].clone()
                    }
                    None => {
                        b.note(format!(
                            "--{} has no value; it was read as empty",
                            short(name)
                        ));
                        w.slice(t.len(), t.len())
                    }
                };
                cli_option(&mut b, name, &value)?;
                if matches!(name, "output" | "pager" | "waiter") {
                    while i < words.len()
                        && !words[i].text.starts_with('-')
                        && words[i].text.contains('=')
                    {
                        b.unmapped(t, &words[i].text, CLI_OPTION);
                        i += 1;
                    }
                }
            } else if t == "-p" {
                let v = words.get(i).filter(|w| !w.text.starts_with('-'));
                b.unmapped(t, v.map_or("", |w| w.text.as_str()), CLI_OPTION);
                i += usize::from(v.is_some());
            } else if t.starts_with('-') && t.len() == 2 {
                b.unmapped(t, "", CLI_OPTION);
            } else {
                positional += 1;
                match positional {
                    1 if !t.eq_ignore_ascii_case("slb") => {
                        return Err((w.at[0], ImportErrorKind::WrongProduct(t.into())));
                    }
                    2 if t != ACTION => {
                        if !t.eq_ignore_ascii_case(ACTION) {
                            return Err((w.at[0], ImportErrorKind::WrongApi(t.into())));
                        }
                        b.note(format!("{} was read as {ACTION}", short(t)));
                    }
                    1 | 2 => {}
                    _ => b.unmapped(t, "", "an extra word that is not an option"),
                }
            }
        }
        match positional {
            0 => Err((text.len(), ImportErrorKind::MissingProduct)),
            1 => Err((text.len(), ImportErrorKind::MissingApi)),
            _ => b.finish(),
        }
    };
    run().map_err(|(at, kind)| locate(text, at, kind))
}

/// Options of the aliyun CLI that are listed as unmapped.
const CLI_OTHER_OPTIONS: &str = "profile mode language config-path sts-region ram-role-name \
    ram-role-arn role-session-name source-profile key-pair-name read-timeout retry-timeout \
    connect-timeout retry-count skip-secure-verify expired-seconds process-command force \
    header body body-file accept roa output pager waiter dryrun quiet insecure help";

/// Whether `word` is one of the space-separated `words`.
fn has_word(words: &str, word: &str) -> bool {
    words.split_whitespace().any(|w| w == word)
}

/// One `--name value` of the CLI.
fn cli_option(b: &mut Builder, name: &str, v: &Mapped) -> Result<(), Fail> {
    let value = v.text.as_str();
    let flag = format!("--{name}");
    match name {
        "region" => b.region_flag = Some(value.into()),
        "endpoint" => {
            let host = endpoint::custom_host(value);
            if host != value {
                b.note(format!(
                    "--endpoint {} was read as the host {}",
                    short(value),
                    short(host)
                ));
            }
            b.host = Some(host.into());
        }
        "vpc" => b.vpc = true,
        "method" => match Method::parse(value) {
            Some(m) => b.req.method = m,
            None => b.unmapped(&flag, value, METHOD),
        },
        "access-key-id" => b.param("AccessKeyId", v)?,
        "access-key-secret" => b.unmapped(&flag, HIDDEN, SECRET),
        "sts-token" => b.unmapped(&flag, HIDDEN, TOKEN),
        "private-key" => b.unmapped(&flag, HIDDEN, CLI_OPTION),
        "version" => b.param("Version", v)?,
        "secure" => b.note("--secure: the playground always builds https:// URLs".into()),
        _ if has_word(CLI_OTHER_OPTIONS, name) => b.unmapped(&flag, value, CLI_OPTION),
        _ => b.param(name, v)?,
    }
    Ok(())
}

/// Imports either an `aliyun …` command line (when the first word, after blank lines,
/// `#` comment lines and an optional `$` prompt, is `aliyun`) or anything
/// [`import_url`] reads (a `curl` command is recognised the same way).
pub fn import_any(text: &str, base: &Request) -> Result<Imported, ImportError> {
    let first = first_word(text);
    let program = first.rsplit(['/', '\\']).next().unwrap_or("");
    if program == "aliyun" || program == "aliyun.exe" {
        import_cli(text, base)
    } else {
        import_url(text, base)
    }
}
