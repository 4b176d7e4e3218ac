//! YAML for ROS templates: double-quoted scalars and a small block-style writer.

use super::literal::{quoted_escaping, Dialect, Hex, LINE_BREAKS_AND_TAB};

/// A YAML double-quoted scalar (YAML 1.2.2 §5.7): `\n`, `\r`, `\t`, then `\xNN` below
/// U+0100 and `\uNNNN` above for the other characters [`super::escaped`] names.
const YAML: Dialect = Dialect {
    quote: '"',
    short: LINE_BREAKS_AND_TAB,
    hex: Hex::CodePoint { x_below: 0x100 },
};

/// `s` as a YAML double-quoted scalar whose value is exactly `s` (never a number, a
/// boolean or a null, whatever the text), quotes included.
pub fn yaml_str(s: &str) -> String {
    quoted_escaping(s, &YAML, super::escaped)
}

/// A YAML value to write.
pub(super) enum Node {
    /// A scalar, already written as YAML (`"text"`, `80`).
    Scalar(String),
    /// A mapping with plain keys, in order.
    Map(Vec<(&'static str, Node)>),
    /// A sequence.
    List(Vec<Node>),
}

/// A document: the top-level mapping, two spaces a level, sequences indented under
/// their key.
pub(super) fn document(entries: &[(&'static str, Node)]) -> String {
    let mut out = String::new();
    map(entries, 0, &mut out);
    out
}

/// The entries of a mapping, each at `indent` spaces.
fn map(entries: &[(&'static str, Node)], indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    for (key, value) in entries {
        entry(&pad, indent, key, value, out);
    }
}

/// One `key: value`, its first line starting with `prefix`; what it nests is
/// indented two spaces past `indent`.
fn entry(prefix: &str, indent: usize, key: &str, value: &Node, out: &mut String) {
    match value {
        Node::Scalar(s) => out.push_str(&format!("{prefix}{key}: {s}\n")),
        Node::Map(entries) if entries.is_empty() => out.push_str(&format!("{prefix}{key}: {{}}\n")),
        Node::List(items) if items.is_empty() => out.push_str(&format!("{prefix}{key}: []\n")),
        Node::Map(entries) => {
            out.push_str(&format!("{prefix}{key}:\n"));
            map(entries, indent + 2, out);
        }
        Node::List(items) => {
            out.push_str(&format!("{prefix}{key}:\n"));
            list(items, indent + 2, out);
        }
    }
}

/// The items of a sequence, each `- ` at `indent` spaces; a mapping item starts on
/// the dash's line.
fn list(items: &[Node], indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    for item in items {
        match item {
            Node::Scalar(s) => out.push_str(&format!("{pad}- {s}\n")),
            Node::Map(entries) if entries.is_empty() => out.push_str(&format!("{pad}- {{}}\n")),
            Node::List(nested) if nested.is_empty() => out.push_str(&format!("{pad}- []\n")),
            Node::Map(entries) => {
                let inner = " ".repeat(indent + 2);
                for (i, (key, value)) in entries.iter().enumerate() {
                    let prefix = if i == 0 {
                        format!("{pad}- ")
                    } else {
                        inner.clone()
                    };
                    entry(&prefix, indent + 2, key, value, out);
                }
            }
            Node::List(nested) => {
                out.push_str(&format!("{pad}-\n"));
                list(nested, indent + 2, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_escape_what_yaml_cannot_hold_raw() {
        assert_eq!(yaml_str("yes"), r#""yes""#);
        assert_eq!(
            yaml_str("a\"\\\n\u{0}\u{85}\u{2028}\u{fffe}é"),
            r#""a\"\\\n\x00\x85\u2028\ufffeé""#
        );
    }

    #[test]
    fn mappings_in_sequences_start_on_the_dash() {
        let doc = document(&[(
            "A",
            Node::List(vec![Node::Map(vec![
                ("B", Node::Scalar("1".into())),
                ("C", Node::Scalar("2".into())),
            ])]),
        )]);
        assert_eq!(doc, "A:\n  - B: 1\n    C: 2\n");
    }
}
