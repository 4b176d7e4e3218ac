//! Code snippets: every value survives its language's quoting, the secret never leaks,
//! real interpreters read the snippets back, and the output is byte for byte what it
//! was (`golden`).
//!
//! - `text`: what the snippets say (names, escapes, endpoints, schemes, no secret);
//! - `bash`: bash parses the CLI and curl snippets (`aliyun` and `curl` are bash
//!   functions that print their arguments), and the CLI arguments are then read with the
//!   aliyun CLI's own flag rules;
//! - `node` evaluates the TypeScript string literals; `java`: javac compiles the Java
//!   snippet against stand-ins with the SDK's signatures and runs it; `go` reads the Go
//!   literals back with an independent decoder;
//! - `python`: the real PyPI packages run the Python snippets up to the request object
//!   when `VSG_PYTHON` names a Python that has `tests/snippets/requirements.txt`
//!   installed (`scripts/setup.sh` makes `.venv-snippets`); without it those two tests
//!   say they were skipped, or fail under `VSG_STRICT` (`scripts/test.sh` sets both).

#[path = "../common/mod.rs"]
mod common;

mod bash;
mod booleans;
mod go;
mod golden;
mod java;
mod node;
mod python;
mod text;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Map, Value};
use vsg_core::request::operation_params;
use vsg_core::snippets::{snippet, Language};
use vsg_core::TextField;
use vsg_core::{sign_request, EndpointKind, Generated, Method, Request, ServerRow, TagRow};

/// The typed secret: it must appear in no snippet.
const SECRET: &str = "SeCrEt-MARKER-9f27c1d";
const TYPED_ID: &str = "LTAI5tTypedKeyId";
const NAME: &str = "it's \"quoted\" & $HOME";

fn generated() -> Generated {
    Generated {
        nonce: "3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8".into(),
        timestamp: "2024-05-01T08:00:00Z".into(),
    }
}

fn with_keys(mut req: Request) -> Request {
    req[TextField::AccessKeyId] = TYPED_ID.into();
    req[TextField::AccessKeySecret] = SECRET.into();
    req
}

fn seed() -> Request {
    with_keys(Request::seed())
}

/// Everything that breaks naive quoting: quotes of both kinds, `$`, `&`, backslashes,
/// newlines, backticks, Chinese, a leading `-`, empty values, control characters, U+2028.
fn awkward() -> Request {
    let mut req = Request::seed();
    req[TextField::VServerGroupName] = NAME.into();
    req.servers = vec![
        ServerRow {
            description: "back\\slash\nnew line 中文 `tick` $(id)".into(),
            ..ServerRow::new("vm-233", "80", "100")
        },
        ServerRow {
            server_type: "eni".into(),
            server_ip: "192.168.0.1".into(),
            description: "它's \"q\"".into(),
            ..ServerRow::new("eni-1", "90", "")
        },
    ];
    req.tags = vec![
        TagRow {
            key: "env&co".into(),
            value: "it's".into(),
        },
        TagRow {
            key: "键 \"k\"".into(),
            value: String::new(),
        },
        TagRow {
            key: "-dash".into(),
            value: "--x=y:z".into(),
        },
        TagRow {
            key: "ctl\u{1}\u{7f}\u{85}".into(),
            value: "line\u{2028}sep\r\n\t`$HOME`\\".into(),
        },
    ];
    req[TextField::OwnerId] = "123456789012".into();
    req[TextField::ResourceOwnerAccount] = "acct 'x' \\".into();
    req[TextField::OwnerAccount] = "o@example.com".into();
    req[TextField::ResourceOwnerId] = "007".into();
    req.endpoint = EndpointKind::Vpc;
    req.method = Method::Post;
    with_keys(req)
}

/// A custom endpoint whose host text is itself hostile.
fn custom_endpoint() -> Request {
    let mut req = seed();
    req.endpoint = EndpointKind::Custom;
    req[TextField::CustomEndpoint] = "https://a'b$(touch x).example.com/path".into();
    req
}

/// A custom endpoint typed with `http://`: every snippet sends over plain http.
fn http_endpoint() -> Request {
    let mut req = seed();
    req.endpoint = EndpointKind::Custom;
    req[TextField::CustomEndpoint] = "http://example.test:8080".into();
    req
}

/// `"http"` or `"https"`: the scheme of the signed URL.
fn scheme(signed: &vsg_core::SignedRequest) -> &'static str {
    if signed.url.starts_with("http://") {
        "http"
    } else {
        "https"
    }
}

/// A custom endpoint left empty: the snippets leave the host to the SDK.
fn no_host() -> Request {
    let mut req = seed();
    req.endpoint = EndpointKind::Custom;
    req
}

/// Every fixture, named.
fn fixtures() -> Vec<(&'static str, Request)> {
    let mut example_keys = Request::seed();
    example_keys.tags = vec![TagRow {
        key: "env".into(),
        value: "dev".into(),
    }];
    vec![
        ("seed", seed()),
        ("awkward", awkward()),
        ("custom endpoint", custom_endpoint()),
        ("http endpoint", http_endpoint()),
        ("example keys", example_keys),
        ("empty", with_keys(Request::default())),
        ("no host", no_host()),
    ]
}

fn all(req: &Request) -> Vec<(Language, String)> {
    let signed = sign_request(req, &generated());
    Language::ALL
        .iter()
        .map(|&lang| (lang, snippet(lang, req, &signed)))
        .collect()
}

/// The operation's parameters as the CLI and the SDKs send them (no Action).
fn sent_params(req: &Request) -> Vec<(String, String)> {
    operation_params(req)
        .into_iter()
        .filter(|(name, _)| name != "Action")
        .collect()
}

fn tmp_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("snippets")
        .join(name);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\nstdout:\n{}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// [`sent_params`] as the JSON object the Java stand-ins and the Python checks print.
fn params_object(req: &Request) -> Value {
    let mut m = Map::new();
    for (k, v) in sent_params(req) {
        m.insert(k, Value::String(v));
    }
    Value::Object(m)
}
