//! What the languages' literals share: which characters are written as escapes,
//! hexadecimal escapes, and whether a Long's text is an integer literal.

/// A Long parameter's value as an integer literal, when it is one exactly (no sign
/// other than `-`, no leading zeros, within `i64`), so the wire value stays as typed.
pub(super) fn long_literal(value: &str) -> Option<i64> {
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
/// DEL, the Unicode line/paragraph separators and the byte-order mark.
pub(super) fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}')
}

/// Appends `prefix` and `value` in lowercase hexadecimal, at least `width` digits.
pub(super) fn push_hex(out: &mut String, prefix: &str, value: u32, width: usize) {
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
}
