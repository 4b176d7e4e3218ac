//! The Python snippets run with the real SDKs.

use std::process::Command;

use serde_json::json;
use vsg_core::encode::percent_encode;
use vsg_core::sign::sign_params;
use vsg_core::snippets::{snippet, Language};
use vsg_core::{sign_request, Method, Request, TextField, FAMILY};

use crate::golden::{hostile, vpc};
use crate::{
    common, fixtures, generated, params_object, repo_root, run, scheme, tmp_dir, with_keys,
};

/// The secret `check_python_v1.py` has the SDK sign its URL with.
const CHECK_SECRET: &str = "check-secret";

/// Checks the signature of the URL the V1 SDK core signed (the `URL: …` and `METHOD: …`
/// lines of `check_python_v1.py`'s output): our signer, given the same method,
/// parameters and secret, computes the same signature.
fn check_sdk_signature(fixture: &str, out: &str) {
    let Some(url) = out.lines().find_map(|l| l.strip_prefix("URL: ")) else {
        panic!("{fixture}: the checker printed no URL: {out}");
    };
    let query = url.split_once('?').map_or("", |(_, q)| q);
    let decode = |s: &str| url_decode(s);
    let mut params: Vec<(String, String)> = Vec::new();
    let mut theirs = None;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let (k, v) = (decode(k), decode(v));
        if k == "Signature" {
            theirs = Some(v);
        } else {
            params.push((k, v));
        }
    }
    let theirs = theirs.unwrap_or_else(|| panic!("{fixture}: no Signature in {url}"));
    let method = match out.lines().find_map(|l| l.strip_prefix("METHOD: ")) {
        Some("GET") => Method::Get,
        Some("POST") => Method::Post,
        other => panic!("{fixture}: the SDK signs for the method {other:?}"),
    };
    let (_, _, ours) = sign_params(method, CHECK_SECRET, &params);
    assert_eq!(
        ours,
        theirs,
        "{fixture}: our v1 signature of the SDK's parameters differs from the SDK's ({} parameters; Action {:?})",
        params.len(),
        params.iter().find(|p| p.0 == "Action").map(|p| percent_encode(&p.1)),
    );
}

/// `application/x-www-form-urlencoded` decoding (`%XY` and `+`).
fn url_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = (b[i] == b'%' && i + 3 <= b.len())
            .then(|| std::str::from_utf8(&b[i + 1..i + 3]).ok())
            .flatten()
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (hex, b[i]) {
            (Some(x), _) => {
                out.push(x);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, c) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).expect("the SDK's URL decodes to UTF-8")
}

/// One generated request of each operation of the family (its example, with keys).
fn family() -> Vec<(String, Request)> {
    FAMILY
        .iter()
        .map(|op| (format!("op-{}", op.action), with_keys(Request::example(op))))
        .collect()
}

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
/// for every fixture, two of the golden requests (every field hostile: XML, POST, a
/// hostile custom host, NUL and other controls, emoji, a Long that is not one; the VPC
/// host with Longs beyond JavaScript's safe integers) and one generated request of each
/// operation of the family. For the V1 SDK, the signature the SDK core computed for its
/// URL is checked against ours ([`check_sdk_signature`]).
fn check_python(checker: &str, lang: Language, python: &str) {
    let golden = [("golden-hostile", hostile()), ("golden-vpc", vpc())];
    let named = fixtures()
        .into_iter()
        .chain(golden)
        .map(|(name, req)| (name.to_string(), req));
    for (fixture, req) in named.chain(family()) {
        let signed = sign_request(&req, &generated());
        let dir = tmp_dir(&format!("{}-{}", lang.id(), fixture.replace(' ', "-")));
        let code = dir.join("snippet.py");
        std::fs::write(&code, snippet(lang, &req, &signed)).unwrap();
        let expected = json!({
            "action": req.op.action,
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
        if lang == Language::PythonV1 {
            check_sdk_signature(&fixture, &out);
        }
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
