//! Terraform and ROS snippets (`vsg_core::iac`): real parsers read them back.
//!
//! - `fixtures`: requests that cover every field, every gap and every escape;
//! - `notes`: the semantic gaps each fixture gets, and no panic on any request;
//! - `parsed`: python-hcl2 and PyYAML read every fixture's and arbitrary requests'
//!   snippets, and what they read is the request (every field, server and tag);
//! - `escaping`: for arbitrary strings, python-hcl2 and PyYAML read `hcl_str` and
//!   `yaml_str` back as the exact string;
//! - `terraform`: Terraform itself reads the escaped strings back (the cases
//!   python-hcl2 cannot tokenise included), keeps the last of repeated object keys
//!   (the premise of a note) and formats every fixture's configuration as it is.
//!
//! The parsers run in one Python process per batch (`tests/snippets/check_iac.py`)
//! with `VSG_PYTHON`, a Python that has `tests/snippets/requirements.txt` installed;
//! Terraform is `VSG_TERRAFORM` or `terraform` on the PATH. Without them the tests say
//! they were skipped, or fail under `VSG_STRICT`.

#[path = "../common/mod.rs"]
mod common;

mod escaping;
mod fixtures;
mod notes;
mod parsed;
mod terraform;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::{json, Value};

/// The Python that has `tests/snippets/requirements.txt` installed, if any.
fn python() -> Option<String> {
    match std::env::var("VSG_PYTHON") {
        Ok(p) if !p.is_empty() => Some(p),
        _ => {
            common::skip_or_fail(
                "VSG_PYTHON is not set (a Python with tests/snippets/requirements.txt)",
            );
            None
        }
    }
}

/// Which parser `check_iac.py` reads the documents with.
#[derive(Clone, Copy, Debug)]
enum Syntax {
    /// python-hcl2.
    Hcl,
    /// PyYAML's `safe_load`.
    Yaml,
}

/// What the parser made of each document: the value read, or the parser's error.
fn parse_all(python: &str, syntax: Syntax, docs: &[String]) -> Vec<Result<Value, String>> {
    let name = match syntax {
        Syntax::Hcl => "hcl",
        Syntax::Yaml => "yaml",
    };
    let input = json!({ "syntax": name, "docs": docs }).to_string();
    let script = repo_root().join("tests/snippets/check_iac.py");
    let mut child = Command::new(python)
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {python} {}: {e}", script.display()));
    let mut stdin = child.stdin.take().expect("stdin is piped");
    // Written on a thread: the checker answers only once it has read everything, so
    // a large batch must not fill both pipes at once.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("the checker runs");
    writer
        .join()
        .expect("the writer thread")
        .expect("the batch is written");
    assert!(
        out.status.success(),
        "check_iac.py failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let results: Vec<Value> = serde_json::from_slice(&out.stdout).expect("a JSON list");
    assert_eq!(results.len(), docs.len(), "one result per document");
    results
        .into_iter()
        .map(|r| match (r.get("value"), r.get("error")) {
            (Some(v), None) => Ok(v.clone()),
            (None, Some(e)) => Err(e.as_str().unwrap_or("?").to_string()),
            _ => panic!("malformed result {r}"),
        })
        .collect()
}

/// The repository root (where `tests/snippets/` is).
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A fresh temporary directory for one test.
fn tmp_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("iac")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// Whether python-hcl2 cannot tokenise `literal` for a reason of its own: an escaped
/// template marker (`$${`, `%%{`) with no `}` after it. Its grammar takes such a
/// marker and everything up to the next `}` as one token, so it finds none; the
/// hclsyntax spec (and Terraform, `terraform` module) needs no brace.
fn unclosed_marker(literal: &str) -> bool {
    let last = [literal.rfind("$${"), literal.rfind("%%{")]
        .into_iter()
        .flatten()
        .max();
    last.is_some_and(|at| !literal[at + 3..].contains('}'))
}
