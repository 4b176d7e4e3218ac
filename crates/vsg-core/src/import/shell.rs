//! Shell words: a command line split the way bash reads what a person types.

use super::builder::Builder;
use super::text::{Bytes, Fail, Mapped};
use super::{ImportError, ImportErrorKind, Note};
use crate::located::Located;

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
    shell_words(text, &mut false)
        .map(|words| words.into_iter().map(|w| w.text).collect())
        .map_err(|(at, kind)| Located::at(text, at, kind))
}

/// The words of `text`, noting on `b` when `$` or a backtick was kept unexpanded.
pub(crate) fn words(text: &str, b: &mut Builder) -> Result<Vec<Mapped>, Fail> {
    let mut expanded = false;
    let words = shell_words(text, &mut expanded)?;
    if expanded {
        b.note(Note::NotExpanded);
    }
    Ok(words)
}

/// Whether a `$` at `i` would start an expansion in bash.
fn starts_expansion(b: &[u8], i: usize) -> bool {
    b.get(i + 1)
        .is_some_and(|&c| c.is_ascii_alphanumeric() || b"_{(@*#?$!-".contains(&c))
}

/// The words of `text`; `expanded` is set when bash would have expanded something.
fn shell_words(text: &str, expanded: &mut bool) -> Result<Vec<Mapped>, Fail> {
    let b = text.as_bytes();
    let mut words = Vec::new();
    let mut cur = Bytes::default();
    let mut started = false;
    // Where the current word's content ends (a closing quote is not content, so an
    // error at the end of a quoted value points at its quote).
    let mut content_end = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => {
                if started {
                    words.push(std::mem::take(&mut cur).finish(content_end)?);
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
                    content_end = i;
                }
                (Some(&next), _) => {
                    cur.push(next, i + 1);
                    started = true;
                    i += 2;
                    content_end = i;
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
                content_end = i + 1 + end;
                i += end + 2;
            }
            b'"' => {
                i = double_quoted(b, i, 1, &mut cur, expanded)?;
                started = true;
                content_end = i - 1;
            }
            b'$' if b.get(i + 1) == Some(&b'"') => {
                i = double_quoted(b, i, 2, &mut cur, expanded)?;
                started = true;
                content_end = i - 1;
            }
            b'$' if b.get(i + 1) == Some(&b'\'') => {
                i = ansi_c(b, i, &mut cur)?;
                started = true;
                content_end = i - 1;
            }
            b'#' if !started => {
                i = text[i..].find('\n').map_or(b.len(), |n| i + n);
            }
            b'|' | b'&' | b';' | b'<' | b'>' | b'(' | b')' => {
                return Err((i, ImportErrorKind::ShellOperator(char::from(c))));
            }
            _ => {
                if c == b'`' || (c == b'$' && starts_expansion(b, i)) {
                    *expanded = true;
                }
                cur.push(c, i);
                started = true;
                i += 1;
                content_end = i;
            }
        }
    }
    if started {
        words.push(cur.finish(content_end)?);
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
    expanded: &mut bool,
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
                    *expanded = true;
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
