//! The little JSON this crate writes: string escaping and a pretty-printer for flat
//! objects and arrays of them.
//!
//! Hand-written rather than serde_json: it is all the crate needs, and it keeps
//! ~0.7 KB of gzip out of the page's wasm (see ARCHITECTURE.md, size budget).

/// Appends `s` as a JSON string literal: quotes, backslashes and control characters
/// are escaped (`\n`, `\u001f`, …); everything else, non-ASCII included, is kept.
pub fn push_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 0xf] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A JSON value as the mock responses use them.
pub enum Value<'a> {
    /// A string.
    Str(&'a str),
    /// A non-negative integer.
    Num(u32),
    /// An object: keys in the order given.
    Object(Vec<(&'a str, Value<'a>)>),
    /// An array.
    Array(Vec<Value<'a>>),
}

/// Writes `value` indented by two spaces per level, one member per line, `"key": value`
/// (the layout of serde_json's pretty printer and of most API consoles).
pub fn pretty(value: &Value<'_>) -> String {
    let mut out = String::new();
    write_pretty(&mut out, value, 0);
    out
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn write_pretty(out: &mut String, value: &Value<'_>, depth: usize) {
    match value {
        Value::Str(s) => push_string(out, s),
        Value::Num(n) => out.push_str(&n.to_string()),
        Value::Object(members) if members.is_empty() => out.push_str("{}"),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Object(members) => {
            out.push('{');
            for (i, (key, v)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                push_string(out, key);
                out.push_str(": ");
                write_pretty(out, v, depth + 1);
            }
            newline(out, depth);
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                write_pretty(out, v, depth + 1);
            }
            newline(out, depth);
            out.push(']');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_like_serde_json() {
        for s in [
            "plain",
            "q\"b\\s",
            "tab\tnl\ncr\r",
            "\u{1}\u{1f}\u{7f}",
            "中文😀",
            "</script>",
        ] {
            let mut out = String::new();
            push_string(&mut out, s);
            assert_eq!(out, serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn pretty_matches_serde_json_layout() {
        let v = Value::Object(vec![
            ("A", Value::Str("x")),
            (
                "B",
                Value::Array(vec![Value::Object(vec![("N", Value::Num(7))])]),
            ),
            ("C", Value::Array(vec![])),
        ]);
        let expected = serde_json::to_string_pretty(&serde_json::json!({
            "A": "x", "B": [{"N": 7}], "C": []
        }))
        .unwrap();
        assert_eq!(pretty(&v), expected);
    }
}
