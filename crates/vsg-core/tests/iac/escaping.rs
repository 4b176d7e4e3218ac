//! For any string, python-hcl2 reads `hcl_str` back as the string (as a value and as
//! an object key) and PyYAML reads `yaml_str` back as the string, never as a number,
//! boolean, null or date.
//!
//! The one thing python-hcl2 cannot do is tokenise an escaped template marker (`$${`,
//! `%%{`) with no `}` after it: such a literal must be exactly where it fails, and
//! the `terraform` module reads those back with Terraform.

use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{json, Value};
use vsg_core::iac::{hcl_str, yaml_str};

use crate::common::{any_char, note, text_of};
use crate::fixtures::HOSTILE;
use crate::{parse_all, python, unclosed_marker, Syntax};

/// Strings that stress the escapes: the edges of what HCL, YAML and UTF-8 carry, and
/// the texts YAML would otherwise type or read as structure.
pub fn edge_cases() -> Vec<String> {
    [
        "",
        " ",
        "plain",
        "${x}",
        "$${x}",
        "$$${x}",
        "%{if a}b%{endif}",
        "%%{x}",
        "$",
        "%",
        "{",
        "}",
        "$}{",
        "${",
        "$${",
        "%{",
        "a${b",
        "${a}${",
        "\0",
        "a\0b",
        "\u{1}\u{8}\u{b}\u{c}",
        "\u{1b}\u{1f}",
        "\u{7f}",
        "\u{80}\u{85}\u{9f}",
        "\u{a0}",
        "\u{2028}\u{2029}",
        "\u{feff}",
        "\u{fffd}\u{fffe}\u{ffff}",
        "\u{10000}\u{10ffff}",
        "yes",
        "No",
        "on",
        "null",
        "~",
        "true",
        "0x1F",
        "0o17",
        "017",
        "1e3",
        ".inf",
        "-.5",
        "2015-09-01",
        "12:30:00",
        "- a",
        ": b",
        "? c",
        "#d",
        "&e",
        "*f",
        "!g",
        "|",
        ">",
        "'",
        "\"",
        "\\",
        "\\n",
        "\\u0041",
        " lead",
        "trail ",
        "a\r\nb\tc",
        "line\n  indented",
        "中文",
        "😀",
        HOSTILE,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// Text made likely to hold template markers, quotes, backslashes and controls,
/// between characters of every kind.
pub fn escape_heavy() -> BoxedStrategy<String> {
    let specials = vec![
        '$', '%', '{', '}', '\\', '"', '\'', '\n', '\r', '\t', '\0', ' ', '#', ':',
    ];
    text_of(prop_oneof![3 => any_char(), 2 => select(specials)], 0..=24)
}

/// Checks python-hcl2's reading of each string's literal, as a value and (when it
/// can tokenise it) as an object key; the failures, and how many literals were left
/// to Terraform.
fn hcl_failures(python: &str, strings: &[String]) -> (Vec<String>, usize) {
    let literals: Vec<String> = strings.iter().map(|s| hcl_str(s)).collect();
    let readable: Vec<usize> = (0..strings.len())
        .filter(|&i| !unclosed_marker(&literals[i]))
        .collect();
    let mut docs: Vec<String> = literals.iter().map(|l| format!("v = {l}\n")).collect();
    docs.extend(
        readable
            .iter()
            .map(|&i| format!("v = {{\n  {} = \"x\"\n}}\n", literals[i])),
    );
    let read = parse_all(python, Syntax::Hcl, &docs);
    let (values, keys) = read.split_at(strings.len());
    let mut failures = Vec::new();
    let mut unreadable = 0;
    for (i, got) in values.iter().enumerate() {
        match got {
            Ok(v) if *v == json!({ "v": strings[i] }) => {}
            Err(_) if unclosed_marker(&literals[i]) => unreadable += 1,
            other => failures.push(format!("{:?} as {}: {other:?}", strings[i], literals[i])),
        }
    }
    for (&i, got) in readable.iter().zip(keys) {
        let mut want = serde_json::Map::new();
        want.insert(strings[i].clone(), json!("x"));
        if got.as_ref().ok() != Some(&json!({ "v": Value::Object(want) })) {
            failures.push(format!("key {:?} as {}: {got:?}", strings[i], literals[i]));
        }
    }
    (failures, unreadable)
}

/// Checks PyYAML's reading of each string's scalar; the failures.
fn yaml_failures(python: &str, strings: &[String]) -> Vec<String> {
    let docs: Vec<String> = strings
        .iter()
        .map(|s| format!("v: {}\n", yaml_str(s)))
        .collect();
    let read = parse_all(python, Syntax::Yaml, &docs);
    strings
        .iter()
        .zip(read)
        .filter(|(s, got)| got.as_ref().ok() != Some(&json!({ "v": s })))
        .map(|(s, got)| format!("{s:?} as {}: {got:?}", yaml_str(s)))
        .collect()
}

#[test]
fn edge_cases_read_back_in_hcl_and_yaml() {
    let Some(python) = python() else { return };
    let strings = edge_cases();
    let (mut failures, unreadable) = hcl_failures(&python, &strings);
    failures.extend(yaml_failures(&python, &strings));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // "${", "$${", "%{", "a${b" and "${a}${": python-hcl2 needs a "}" after the marker.
    assert_eq!(unreadable, 5, "the literals python-hcl2 cannot tokenise");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]

    /// 300 arbitrary strings a batch, half of them heavy in escapes.
    #[test]
    fn any_string_reads_back_in_hcl_and_yaml(
        strings in proptest::collection::vec(prop_oneof![crate::common::unicode(24), escape_heavy()], 300)
    ) {
        let Some(python) = python() else { return Ok(()) };
        let (mut failures, unreadable) = hcl_failures(&python, &strings);
        failures.extend(yaml_failures(&python, &strings));
        if unreadable > 0 {
            note(&format!("{unreadable} of {} HCL literals left to Terraform", strings.len()));
        }
        prop_assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
