//! HCL (Terraform's native syntax): quoted strings, identifiers and a small writer
//! that lays a body out as `terraform fmt` does.

use super::literal::{quoted_escaping, Dialect, Hex, LINE_BREAKS_AND_TAB};

/// A quoted HCL template string: `\n`, `\r`, `\t` and `\uNNNN` for the other
/// characters [`super::escaped`] names, then `$${` and `%%{` for the template
/// introducers (the hclsyntax spec doubles their first character).
const HCL: Dialect = Dialect {
    quote: '"',
    short: LINE_BREAKS_AND_TAB,
    hex: Hex::CodePoint { x_below: 0 },
};

/// `s` as an HCL quoted string whose value is exactly `s`, quotes included.
///
/// Every `${` of the text becomes `$${` and every `%{` becomes `%%{`, wherever it
/// is: text that already holds `$${x}` is written `$$${x}`, which HCL reads back as
/// `$${x}` (hclsyntax reads a `$` that is not followed by `{` as itself). No escape
/// produces a `$`, `%` or `{`, so the doubling sees exactly the text's own pairs.
pub fn hcl_str(s: &str) -> String {
    quoted_escaping(s, &HCL, super::escaped)
        .replace("${", "$${")
        .replace("%{", "%%{")
}

/// The longest identifier [`identifier`] derives (the rest of the text is dropped).
const MAX_IDENTIFIER: usize = 48;

/// A Terraform resource name derived from `text`: its ASCII letters (lowercased) and
/// digits, each run of other characters one `_`, at most [`MAX_IDENTIFIER`]
/// characters of it; `fallback` when nothing is left, and `fallback_` before a
/// leading digit (a name starts with a letter or `_`). `fallback` must itself be an
/// identifier.
pub(super) fn identifier(text: &str, fallback: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if out.len() >= MAX_IDENTIFIER {
            break;
        }
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    let out = out.trim_end_matches('_');
    match out.chars().next() {
        None => fallback.to_string(),
        Some(c) if c.is_ascii_digit() => format!("{fallback}_{out}"),
        Some(_) => out.to_string(),
    }
}

/// One item of an HCL body.
pub(super) enum Item {
    /// `key = value`, the value already written as HCL.
    Attr(&'static str, String),
    /// `key = { "k" = "v" … }`: an object of quoted keys, one element a line.
    Object(&'static str, Vec<(String, String)>),
    /// A nested block: its header (`resource "a" "b"`) and body.
    Block(String, Vec<Item>),
}

/// Top-level blocks, a blank line between them.
pub(super) fn file(blocks: &[Item]) -> String {
    let mut out = String::new();
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        body(std::slice::from_ref(block), 0, &mut out);
    }
    out
}

/// Writes `items` at `depth` levels of indentation. As `terraform fmt` does, the `=`
/// of consecutive one-line attributes (and of an object's elements) are aligned,
/// widths counted in characters.
fn body(items: &[Item], depth: usize, out: &mut String) {
    let indent = "  ".repeat(depth);
    let mut i = 0;
    while i < items.len() {
        match &items[i] {
            Item::Attr(..) => {
                let run: Vec<(&str, &str)> = items[i..]
                    .iter()
                    .map_while(|item| match item {
                        Item::Attr(k, v) => Some((*k, v.as_str())),
                        _ => None,
                    })
                    .collect();
                i += run.len();
                aligned(&run, &indent, out);
            }
            Item::Object(key, elems) => {
                i += 1;
                out.push_str(&format!("{indent}{key} = {{\n"));
                let elems: Vec<(&str, &str)> = elems
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                aligned(&elems, &format!("{indent}  "), out);
                out.push_str(&format!("{indent}}}\n"));
            }
            Item::Block(header, inner) => {
                i += 1;
                out.push_str(&format!("{indent}{header} {{\n"));
                body(inner, depth + 1, out);
                out.push_str(&format!("{indent}}}\n"));
            }
        }
    }
}

/// `key = value` lines with their `=` in one column.
fn aligned(lines: &[(&str, &str)], indent: &str, out: &mut String) {
    let width = lines
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    for (key, value) in lines {
        let pad = " ".repeat(width - key.chars().count());
        out.push_str(&format!("{indent}{key}{pad} = {value}\n"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_ascii_names() {
        assert_eq!(identifier("vm-233_80", "server"), "vm_233_80");
        assert_eq!(identifier("I-BP1..x", "server"), "i_bp1_x");
        assert_eq!(identifier("前端", "this"), "this");
        assert_eq!(identifier("80", "server"), "server_80");
        assert_eq!(identifier("-a-", "x"), "a");
        assert_eq!(identifier(&"a".repeat(100), "x").len(), MAX_IDENTIFIER);
    }

    #[test]
    fn template_introducers_are_doubled() {
        assert_eq!(hcl_str("${x}"), r#""$${x}""#);
        assert_eq!(hcl_str("$${x}"), r#""$$${x}""#);
        assert_eq!(hcl_str("%{if}"), r#""%%{if}""#);
        assert_eq!(hcl_str("$ % { $"), r#""$ % { $""#);
        assert_eq!(hcl_str("a\"\\\n\u{1}é"), r#""a\"\\\n\u0001é""#);
    }
}
