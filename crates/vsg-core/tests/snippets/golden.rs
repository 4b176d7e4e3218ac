//! Golden outputs: every escaper on a set of texts chosen to reach each of its branches,
//! and every snippet language for a few requests, compared byte for byte with the
//! files in `tests/snippets/golden/` (recorded from the code as it was before the
//! snippets were split by language).
//!
//! On a difference the test writes what it got beside the build's temporary files and
//! names both files: if the change is intended, copy the new text over the old.

use std::path::Path;

use vsg_core::snippets::{go_str, java_str, python_str, shell_quote, snippet, ts_str, Language};
use vsg_core::{sign_request, EndpointKind, Format, Method, Request, ServerRow, TagRow, TextField};

use crate::{generated, tmp_dir};

/// The texts every escaper is run on, each with the name it has in `literals.txt`.
fn texts() -> Vec<(&'static str, String)> {
    let c0: String = (0u8..0x20).map(char::from).collect();
    let del_c1: String = (0x7f..=0x9f).filter_map(char::from_u32).collect();
    let texts = [
        ("empty", ""),
        ("plain", "cn-hangzhou"),
        ("shell-bare", "a-_./:@%+=,b"),
        ("space", "a b"),
        ("tilde", "~root"),
        ("braces", "{a,b}"),
        ("bang-hash", "!x #y"),
        ("single-quote", "'"),
        ("double-quote", "\""),
        ("apostrophe", "it's"),
        ("both-quotes", "it's \"q\""),
        ("backslash", "\\"),
        ("two-backslashes", "\\\\"),
        ("backslash-n", "a\\nb"),
        ("java-unicode-escape", "\\u0022 \\u000a"),
        ("dollar", "$"),
        ("dollar-brace", "${HOME}"),
        ("dollar-paren", "$(id) $HOME"),
        ("backtick", "`"),
        ("backtick-quote", "`\"`"),
        ("json", "{\"a\":\"b\"}"),
        ("json-backtick", "{\"a\":\"`b`\"}"),
        ("quote-newline", "\"\n"),
        ("newline", "\n"),
        ("crlf-tab", "\r\n\t"),
        ("backspace-formfeed", "\u{8}\u{c}"),
        ("nul", "\0"),
        ("escape-char", "\u{1b}[31m"),
        ("leading-dash", "-dash"),
        ("double-dash", "--x=y:z"),
        ("emoji", "😀"),
        ("emoji-text", "a😀b 👍🏽"),
        ("emoji-control", "😀\u{1}"),
        ("u2028", "\u{2028}"),
        ("u2029", "a\u{2029}b"),
        ("bom", "\u{feff}"),
        ("nel", "\u{85}"),
        ("nbsp-shy-zwsp", "\u{a0}\u{ad}\u{200b}"),
        ("chinese", "中文 标签"),
        ("chinese-quote", "它's \"q\""),
        ("line-sep-mix", "line\u{2028}sep\r\n\t`$HOME`\\"),
        ("ctl-mix", "ctl\u{1}\u{7f}\u{85}"),
        (
            "surrogate-edges",
            "\u{d7ff}\u{e000}\u{fffd}\u{fffe}\u{ffff}",
        ),
        ("astral-edges", "\u{10000}\u{1f600}\u{10ffff}"),
        ("html", "</script><!--"),
        ("comment", "/* x */ // y"),
        ("percent", "%s %d %%"),
    ];
    let mut all: Vec<(&'static str, String)> =
        texts.iter().map(|&(n, t)| (n, t.to_string())).collect();
    all.push(("c0-controls", c0));
    all.push(("del-c1-controls", del_c1));
    all
}

/// A string literal writer of the snippets.
type Escaper = fn(&str) -> String;

/// Every escaper, named.
const ESCAPERS: [(&str, Escaper); 5] = [
    ("shell_quote", shell_quote),
    ("python_str", python_str),
    ("java_str", java_str),
    ("go_str", go_str),
    ("ts_str", ts_str),
];

/// `literals.txt`: for each text its name, then one line per escaper.
fn literals() -> String {
    let mut out = String::new();
    for (name, text) in texts() {
        out.push_str(&format!("== {name}\n"));
        for (escaper, quote) in ESCAPERS {
            out.push_str(&format!("{escaper:<11} {}\n", quote(&text)));
        }
    }
    out
}

/// Every field filled, every value hostile; a custom endpoint whose host is hostile too.
pub(crate) fn hostile() -> Request {
    let mut req = Request {
        servers: vec![
            ServerRow {
                server_id: "i-'x'\"y\"".into(),
                port: "80\n".into(),
                weight: "-1".into(),
                server_type: "ecs`id`".into(),
                server_ip: "$(touch x)".into(),
                description: "back\\slash\nnew line 中文 `tick` $(id) 😀\u{2028}\u{feff}".into(),
            },
            ServerRow {
                server_type: "eni".into(),
                server_ip: "192.168.0.1".into(),
                description: "它's \"q\" \u{1}\u{85}".into(),
                ..ServerRow::new("eni-1", "90", "")
            },
        ],
        tags: vec![
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
                key: "ctl\u{1}\u{7f}\u{85}\0".into(),
                value: "line\u{2028}sep\r\n\t`$HOME`\\ ${x} 😀".into(),
            },
        ],
        format: Format::Xml,
        method: Method::Post,
        endpoint: EndpointKind::Custom,
        ..Request::default()
    };
    let fields = [
        (TextField::RegionId, "cn-hangzhou'$x"),
        (TextField::LoadBalancerId, "lb-\"1\"\\"),
        (
            TextField::VServerGroupName,
            "it's \"quoted\" & $HOME ${x} `id`",
        ),
        (TextField::ResourceOwnerAccount, "acct 'x' \\"),
        (TextField::OwnerAccount, "-o@example.com"),
        (TextField::OwnerId, "123456789012"),
        (TextField::ResourceOwnerId, "007"),
        (
            TextField::CustomEndpoint,
            "https://a'b$(touch x).example.com/path",
        ),
        (TextField::AccessKeyId, "LTAI5t'Typed\"Key"),
        (TextField::AccessKeySecret, "SeCrEt-MARKER-9f27c1d"),
        (TextField::SignatureNonce, "nonce 'x'"),
        (TextField::Timestamp, "x\n rm -rf ~"),
    ];
    for (field, value) in fields {
        req[field] = value.into();
    }
    req
}

/// The VPC endpoint, POST, Longs at the edges of each language's integers.
pub(crate) fn vpc() -> Request {
    let mut req = Request::seed();
    req.endpoint = EndpointKind::Vpc;
    req.method = Method::Post;
    req[TextField::OwnerId] = "9007199254740993".into();
    req[TextField::ResourceOwnerId] = "-5".into();
    req[TextField::OwnerAccount] = "9223372036854775808".into();
    req[TextField::AccessKeyId] = "LTAI5tTypedKeyId".into();
    req[TextField::AccessKeySecret] = "typed-secret".into();
    req.tags = vec![TagRow {
        key: "-k".into(),
        value: "-v".into(),
    }];
    req
}

/// A custom endpoint typed with `http://`.
fn http() -> Request {
    let mut req = Request::seed();
    req.endpoint = EndpointKind::Custom;
    req[TextField::CustomEndpoint] = "http://example.test:8080".into();
    req[TextField::ResourceOwnerId] = "9223372036854775808".into();
    req
}

/// A custom endpoint left empty.
fn no_host() -> Request {
    let mut req = Request::seed();
    req.endpoint = EndpointKind::Custom;
    req
}

/// Every request whose snippets are recorded, with its file name.
fn requests() -> [(&'static str, Request); 6] {
    [
        ("seed", Request::seed()),
        ("hostile", hostile()),
        ("vpc", vpc()),
        ("http", http()),
        ("no-host", no_host()),
        ("empty", Request::default()),
    ]
}

/// `<name>.txt`: every language's snippet, each after a `===== <id>` line.
fn snippets(req: &Request) -> String {
    let signed = sign_request(req, &generated());
    let mut out = String::new();
    for lang in Language::ALL {
        out.push_str(&format!("===== {}\n", lang.id()));
        out.push_str(&snippet(lang, req, &signed));
    }
    out
}

/// Compares `got` with `golden/<name>.txt`. On a difference it writes `got` to a
/// temporary file and says where, and from which line on, the two differ.
fn golden_difference(name: &str, got: &str) -> Option<String> {
    let golden = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snippets/golden")
        .join(format!("{name}.txt"));
    let expected = std::fs::read_to_string(&golden).unwrap_or_default();
    if expected == got {
        return None;
    }
    let actual = tmp_dir("golden").join(format!("{name}.txt"));
    std::fs::write(&actual, got).expect("write actual output");
    let line = expected
        .split_inclusive('\n')
        .zip(got.split_inclusive('\n'))
        .position(|(a, b)| a != b)
        .map_or_else(
            || expected.lines().count().min(got.lines().count()) + 1,
            |i| i + 1,
        );
    Some(format!(
        "{} differs from {} from line {line} on",
        actual.display(),
        golden.display()
    ))
}

#[test]
fn every_escaper_writes_what_it_wrote_before() {
    if let Some(difference) = golden_difference("literals", &literals()) {
        panic!("{difference}");
    }
}

#[test]
fn every_snippet_is_what_it_was_before() {
    let differences: Vec<String> = requests()
        .iter()
        .filter_map(|(name, req)| golden_difference(name, &snippets(req)))
        .collect();
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}
