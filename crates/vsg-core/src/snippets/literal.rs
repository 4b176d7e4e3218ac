//! What the languages' literals share: which characters are written as escapes, one
//! quoting function for every language's string literals (each language describes its
//! own with a [`Dialect`]), and whether a Long's text is an integer literal.

/// A Long parameter's value as an integer literal, when it is one exactly (no sign
/// other than `-`, no leading zeros, within `i64`), so the wire value stays as typed.
pub(crate) fn long_literal(value: &str) -> Option<i64> {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let canonical = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'))
        && value != "-0";
    if canonical {
        value.parse().ok()
    } else {
        None
    }
}

/// Characters every language writes as an escape rather than raw: C0 and C1 controls,
/// DEL, the Unicode line/paragraph separators and the byte-order mark. All of them are
/// in the Basic Multilingual Plane, so none needs more than `\uNNNN`.
pub(crate) fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}')
}

/// How one language writes a quoted string literal: the characters it escapes are the
/// backslash, its quote and those of [`needs_escape`]; every other one is written raw.
pub(crate) struct Dialect {
    /// The quote around the literal; inside, it is written as a backslash and itself.
    pub quote: char,
    /// The characters of [`needs_escape`] that have a short escape of their own.
    pub short: &'static [(char, &'static str)],
    /// How the other characters of [`needs_escape`] are written.
    pub hex: Hex,
}

/// The hexadecimal escape of a character that has no short one.
pub(crate) enum Hex {
    /// Each of its UTF-8 bytes as `\xNN`.
    Utf8Bytes,
    /// `\xNN` for a code point below `x_below`, `\uNNNN` for the others.
    CodePoint {
        /// The first code point written `\uNNNN` (0: all of them).
        x_below: u32,
    },
}

/// The short escapes every language has: `\n`, `\r` and `\t`.
pub(crate) const LINE_BREAKS_AND_TAB: &[(char, &str)] =
    &[('\n', "\\n"), ('\r', "\\r"), ('\t', "\\t")];

/// `s` as a string literal of `dialect`, quotes included.
pub(crate) fn quoted(s: &str, dialect: &Dialect) -> String {
    quoted_escaping(s, dialect, needs_escape)
}

/// `s` as a string literal of `dialect`, quotes included, for a language that must
/// escape more than [`needs_escape`]: `escaped` says which characters (besides the
/// backslash and the quote) are written as escapes. [`quoted`] is this with
/// [`needs_escape`].
pub(crate) fn quoted_escaping(s: &str, dialect: &Dialect, escaped: fn(char) -> bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(dialect.quote);
    for c in s.chars() {
        if c == '\\' || c == dialect.quote {
            out.push('\\');
            out.push(c);
        } else if let Some((_, escape)) = dialect.short.iter().find(|(short, _)| *short == c) {
            out.push_str(escape);
        } else if escaped(c) {
            push_hex_escape(&mut out, c, &dialect.hex);
        } else {
            out.push(c);
        }
    }
    out.push(dialect.quote);
    out
}

/// Appends the hexadecimal escape of `c`.
fn push_hex_escape(out: &mut String, c: char, hex: &Hex) {
    match *hex {
        Hex::Utf8Bytes => {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                push_hex(out, "\\x", b.into(), 2);
            }
        }
        Hex::CodePoint { x_below } if u32::from(c) < x_below => {
            push_hex(out, "\\x", c.into(), 2);
        }
        Hex::CodePoint { .. } => push_hex(out, "\\u", c.into(), 4),
    }
}

/// Appends `prefix` and `value` in lowercase hexadecimal, at least `width` digits.
fn push_hex(out: &mut String, prefix: &str, value: u32, width: usize) {
    out.push_str(prefix);
    let hex = format!("{value:0width$x}");
    out.push_str(&hex);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_literal_keeps_only_exact_integers() {
        assert_eq!(long_literal("123"), Some(123));
        assert_eq!(long_literal("0"), Some(0));
        assert_eq!(long_literal("-5"), Some(-5));
        for s in [
            "",
            "-",
            "-0",
            "007",
            "+1",
            "1.0",
            "1e3",
            "99999999999999999999",
            "١٢",
        ] {
            assert_eq!(long_literal(s), None, "{s:?}");
        }
    }

    #[test]
    fn no_character_beyond_the_bmp_needs_an_escape() {
        let astral = (0x1_0000..=0x10_ffff).filter_map(char::from_u32);
        assert_eq!(astral.filter(|&c| needs_escape(c)).count(), 0);
    }
}
