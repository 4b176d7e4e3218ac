//! Terraform itself (hclsyntax) reads the escaped strings back, those python-hcl2
//! cannot tokenise included, and writes every fixture's configuration exactly as the
//! snippet does (`terraform fmt`, which also parses it).
//!
//! These tests are `#[ignore]`d: Terraform is not in any registry this project installs
//! from (crates.io, PyPI, npm, Debian), so the test command cannot have it. Run them
//! where it is: `cargo test -p vsg-core --test iac -- --ignored`. python-hcl2 checks
//! the same snippets in the test command. Terraform is `VSG_TERRAFORM`, else
//! `terraform` on the PATH. It runs offline: the
//! configurations name no provider to install, and `CHECKPOINT_DISABLE` stops its
//! version check.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{json, Value};
use vsg_core::iac::{hcl_str, terraform_add, terraform_create};

use crate::common::{skip_or_fail, text_of};
use crate::escaping::edge_cases;
use crate::fixtures::fixtures;
use crate::{tmp_dir, unclosed_marker};

/// The Terraform binary, if any.
fn terraform() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("VSG_TERRAFORM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("terraform"))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        skip_or_fail("no terraform: neither VSG_TERRAFORM nor terraform on the PATH");
    }
    found
}

/// Runs `terraform args…` in `dir`, offline and without a CLI configuration.
fn run(tf: &Path, dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    use std::io::Write;
    let mut child = Command::new(tf)
        .args(args)
        .current_dir(dir)
        .env("CHECKPOINT_DISABLE", "1")
        .env("TF_IN_AUTOMATION", "1")
        .env("TF_CLI_CONFIG_FILE", dir.join("none.tfrc"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", tf.display()));
    let mut pipe = child.stdin.take().expect("stdin is piped");
    if let Some(text) = stdin {
        pipe.write_all(text.as_bytes()).expect("stdin is written");
    }
    drop(pipe);
    let out = child.wait_with_output().expect("terraform runs");
    assert!(
        out.status.success(),
        "terraform {args:?} failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The value of the HCL expression `value` as Terraform computes it: a configuration
/// whose one output it is, applied, and the output read back as JSON.
fn evaluate(tf: &Path, name: &str, value: &str) -> Value {
    let dir = tmp_dir(name);
    std::fs::write(dir.join("none.tfrc"), "").expect("write the CLI configuration");
    let config = format!("output \"v\" {{\n  value = {value}\n}}\n");
    std::fs::write(dir.join("main.tf"), config).expect("write main.tf");
    run(tf, &dir, &["init", "-input=false", "-no-color"], None);
    run(
        tf,
        &dir,
        &["apply", "-auto-approve", "-input=false", "-no-color"],
        None,
    );
    let out = run(tf, &dir, &["output", "-json", "v"], None);
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// What Terraform makes of each string's HCL literal (one list of them all).
fn read_back(tf: &Path, name: &str, strings: &[String]) -> Vec<String> {
    let list: Vec<String> = strings
        .iter()
        .map(|s| format!("    {},\n", hcl_str(s)))
        .collect();
    let value = evaluate(tf, name, &format!("[\n{}  ]", list.concat()));
    serde_json::from_value(value).expect("a list of strings")
}

/// The strings whose read-back differs, each with what Terraform read.
fn mismatches(strings: &[String], read: &[String]) -> Vec<String> {
    assert_eq!(read.len(), strings.len(), "one value per literal");
    strings
        .iter()
        .zip(read)
        .filter(|(s, r)| s != r)
        .map(|(s, r)| format!("{s:?} as {} read {r:?}", hcl_str(s)))
        .collect()
}

#[test]
#[ignore = "needs the terraform binary, which no registry of this project offers: VSG_TERRAFORM=/path/to/terraform cargo test -p vsg-core --test iac -- --ignored"]
fn terraform_reads_the_edge_cases_back() {
    let Some(tf) = terraform() else { return };
    let strings = edge_cases();
    assert!(strings.iter().any(|s| unclosed_marker(&hcl_str(s))));
    let failures = mismatches(&strings, &read_back(&tf, "edge-cases", &strings));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The premise of `IacNote::TagKeyRepeated`: an object with a repeated key keeps the
/// last value, without an error.
#[test]
#[ignore = "needs the terraform binary, which no registry of this project offers: VSG_TERRAFORM=/path/to/terraform cargo test -p vsg-core --test iac -- --ignored"]
fn terraform_keeps_the_last_of_repeated_keys() {
    let Some(tf) = terraform() else { return };
    let value = evaluate(
        &tf,
        "repeated-keys",
        "{\n    \"k\" = \"1\"\n    \"k\" = \"2\"\n  }",
    );
    assert_eq!(value, json!({ "k": "2" }));
}

#[test]
#[ignore = "needs the terraform binary, which no registry of this project offers: VSG_TERRAFORM=/path/to/terraform cargo test -p vsg-core --test iac -- --ignored"]
fn every_fixture_is_as_terraform_fmt_writes_it() {
    let Some(tf) = terraform() else { return };
    let dir = tmp_dir("fmt");
    std::fs::write(dir.join("none.tfrc"), "").expect("write the CLI configuration");
    for (fixture, req) in fixtures() {
        for code in [terraform_create(&req).code, terraform_add(&req).code] {
            let out = run(&tf, &dir, &["fmt", "-no-color", "-"], Some(&code));
            let formatted = String::from_utf8(out.stdout).expect("UTF-8");
            assert_eq!(
                formatted, code,
                "{fixture}: terraform fmt changes the snippet"
            );
        }
    }
}

/// Characters Unicode normalisation leaves alone in any order (Terraform's strings
/// are NFC): ASCII with its controls, and a few others at the edges of what is
/// escaped.
fn nfc_stable() -> BoxedStrategy<char> {
    let others = vec![
        '\u{85}',
        '\u{a0}',
        'é',
        '中',
        '\u{2028}',
        '\u{feff}',
        '\u{fffe}',
        '\u{ffff}',
        '😀',
        '\u{10ffff}',
    ];
    let specials = vec!['$', '%', '{', '}', '\\', '"', '\n', '\0'];
    prop_oneof![
        4 => (0u8..=127).prop_map(char::from),
        3 => select(specials),
        1 => select(others),
    ]
    .boxed()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4))]

    /// 300 strings a batch, template markers closed and unclosed among them: Terraform
    /// reads every literal back as its string.
    #[test]
    #[ignore = "needs the terraform binary, which no registry of this project offers: VSG_TERRAFORM=/path/to/terraform cargo test -p vsg-core --test iac -- --ignored"]
    fn terraform_reads_any_string_back(
        strings in proptest::collection::vec(text_of(nfc_stable(), 0..=16), 300)
    ) {
        let Some(tf) = terraform() else { return Ok(()) };
        let failures = mismatches(&strings, &read_back(&tf, "strings", &strings));
        prop_assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
