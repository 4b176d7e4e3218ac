//! The Python snippets run with the real SDKs.

use std::process::Command;

use serde_json::json;
use vsg_core::snippets::{snippet, Language};
use vsg_core::{sign_request, TextField};

use crate::golden::{hostile, vpc};
use crate::{common, fixtures, generated, params_object, repo_root, run, scheme, tmp_dir};

/// The Python that has `tests/snippets/requirements.txt` installed, if any.
fn python() -> Option<String> {
    match std::env::var("VSG_PYTHON") {
        Ok(p) if !p.is_empty() => Some(p),
        _ => {
            common::skip_or_fail(
                "VSG_PYTHON is not set (scripts/setup.sh --test makes .venv-snippets)",
            );
            None
        }
    }
}

/// Writes the snippet and what it must produce, then runs `tests/snippets/<checker>`,
/// for every fixture and two of the golden requests: every field hostile (XML, POST, a
/// hostile custom host, NUL and other controls, emoji, a Long that is not one) and the
/// VPC host with Longs beyond JavaScript's safe integers.
fn check_python(checker: &str, lang: Language, python: &str) {
    let golden = [("golden-hostile", hostile()), ("golden-vpc", vpc())];
    for (fixture, req) in fixtures().into_iter().chain(golden) {
        let signed = sign_request(&req, &generated());
        let dir = tmp_dir(&format!("{}-{}", lang.id(), fixture.replace(' ', "-")));
        let code = dir.join("snippet.py");
        std::fs::write(&code, snippet(lang, &req, &signed)).unwrap();
        let expected = json!({
            "endpoint": signed.host,
            "protocol": scheme(&signed),
            "region": req[TextField::RegionId],
            "params": params_object(&req),
            "format": req.format.as_str(),
        });
        let expected_path = dir.join("expected.json");
        std::fs::write(&expected_path, expected.to_string()).unwrap();
        let out = run(Command::new(python)
            .arg(repo_root().join("tests/snippets").join(checker))
            .arg(&code)
            .arg(&expected_path));
        assert!(out.contains("OK"), "{fixture}: {out}");
    }
}

#[test]
fn python_v2_snippet_builds_the_request_with_the_real_sdk() {
    if let Some(py) = python() {
        check_python("check_python_v2.py", Language::PythonV2, &py);
    }
}

#[test]
fn python_v1_snippet_builds_the_request_with_the_real_sdk() {
    if let Some(py) = python() {
        check_python("check_python_v1.py", Language::PythonV1, &py);
    }
}
