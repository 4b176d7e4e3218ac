//! Helpers shared by the integration tests: the reference files, what a test does when
//! something it needs is missing, and a small, independent implementation of signature
//! v1's encoding (used to cross-check the crate's own).

#![allow(dead_code)]

pub mod second_operation;

use std::io::Write;
use std::path::PathBuf;

use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;
use vsg_core::{Generated, Request, ServerRow, TagRow, TextField};

/// `tests/data/`: the copies of the shared reference files the tests read
/// (`signature-vectors.json`, `api-facts.md`, `CreateVServerGroup.zh-CN.md`), part of
/// the repository so that a bare clone tests with nothing beside it. `reference_copies.rs`
/// checks each against its original when the originals are there.
pub const DATA_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");

/// Where the originals of `DATA_DIR`'s files live: `$VSG_REFERENCE_DIR` when set, else
/// `../shared/reference` beside the repository (which a bare clone does not have).
pub fn reference_dir() -> PathBuf {
    match std::env::var_os("VSG_REFERENCE_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/reference"
        )),
    }
}

/// Reads the in-repository copy of a reference file (`DATA_DIR`).
pub fn reference_file(name: &str) -> String {
    let path = format!("{DATA_DIR}/{name}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// Whether a missing prerequisite fails the test instead of skipping it: `VSG_STRICT` is
/// set to anything but `0` or nothing (`scripts/test.sh` sets it).
pub fn strict() -> bool {
    std::env::var_os("VSG_STRICT").is_some_and(|v| !v.is_empty() && v != "0")
}

/// The running test cannot run because of `reason`: under `VSG_STRICT` it fails with
/// that reason; otherwise it says on stderr that it was skipped (the caller then
/// returns without checking anything).
pub fn skip_or_fail(reason: &str) {
    // libtest runs each test on a thread named after it.
    let thread = std::thread::current();
    let test = thread.name().filter(|n| *n != "main").unwrap_or("a test");
    assert!(
        !strict(),
        "{test}: {reason}; VSG_STRICT is set, so this fails instead of being skipped"
    );
    note(&format!("skipped: {test}: {reason}"));
}

/// Writes `line` to stderr where a normal `cargo test` run shows it, passing or not:
/// libtest's capture only takes `print!`/`eprint!`, not writes to the stream itself.
pub fn note(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// One vector of `signature-vectors.json`.
#[derive(Clone, Debug)]
pub struct Vector {
    pub name: String,
    pub method: String,
    pub secret: String,
    /// Parameters in file order.
    pub params: Vec<(String, String)>,
    pub string_to_sign: String,
    pub signature: String,
    pub canonical_query_with_signature: String,
}

impl Vector {
    /// The value of one parameter.
    pub fn param(&self, name: &str) -> &str {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("vector {:?} has no {name}", self.name))
    }

    /// The canonical query without the Signature pair (what is signed).
    pub fn canonical_query(&self) -> String {
        self.canonical_query_with_signature
            .split('&')
            .filter(|pair| !pair.starts_with("Signature="))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// Every vector of `signature-vectors.json`, in file order.
pub fn vectors() -> Vec<Vector> {
    let text = reference_file("signature-vectors.json");
    let doc: Value = serde_json::from_str(&text).expect("signature-vectors.json is JSON");
    let list = doc["vectors"].as_array().expect("a vectors array");
    // serde_json without preserve_order sorts object keys, so read the parameter order
    // from the text itself; the order does not matter to the signature anyway.
    list.iter()
        .map(|v| {
            let params = v["params"]
                .as_object()
                .expect("params object")
                .iter()
                .map(|(k, v)| (k.clone(), v.as_str().expect("string param").to_string()))
                .collect();
            let s = |k: &str| v[k].as_str().unwrap_or_else(|| panic!("{k}")).to_string();
            Vector {
                name: s("name"),
                method: s("method"),
                secret: s("access_key_secret"),
                params,
                string_to_sign: s("string_to_sign"),
                signature: s("signature"),
                canonical_query_with_signature: s("canonical_query_with_signature"),
            }
        })
        .collect()
}

/// The vector whose name contains `needle`.
pub fn vector(needle: &str) -> Vector {
    vectors()
        .into_iter()
        .find(|v| v.name.contains(needle))
        .unwrap_or_else(|| panic!("no vector named like {needle:?}"))
}

/// Reference percent-encoding written from the spec, byte by byte: keep
/// `A-Z a-z 0-9 - _ . ~`, everything else `%XY` with uppercase hex.
pub fn ref_encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::new();
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// Reference canonical query: sort by name bytes (insertion sort, stable), encode,
/// join with `&`.
pub fn ref_canonical(params: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = Vec::new();
    for p in params {
        let at = sorted
            .iter()
            .position(|q| q.0.as_bytes() > p.0.as_bytes())
            .unwrap_or(sorted.len());
        sorted.insert(at, p);
    }
    sorted
        .iter()
        .map(|(n, v)| format!("{}={}", ref_encode(n), ref_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Reference StringToSign.
pub fn ref_string_to_sign(method: &str, canonical: &str) -> String {
    format!("{method}&%2F&{}", ref_encode(canonical))
}

/// Line and column (1-based, in characters) of a byte offset, computed independently of
/// the crate's `Located`.
pub fn ref_position(text: &str, offset: usize) -> (usize, usize) {
    let (mut line, mut column) = (1, 1);
    for (i, c) in text.char_indices() {
        if i >= offset {
            break;
        }
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
}

/// Whether `s` is shaped like the service's RequestId: uppercase hex in groups of
/// 8-4-4-4-12.
pub fn is_request_id(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.iter().map(|g| g.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
        && groups
            .iter()
            .all(|g| g.bytes().all(|b| matches!(b, b'0'..=b'9' | b'A'..=b'F')))
}

/// The content digest signing gives `req` (what the mock IDs derive from).
pub fn content_digest(req: &Request) -> [u8; 20] {
    vsg_core::sign_request(req, &Generated::default()).content_digest
}

/// The BackendServers row of the POST vector (`signature-vectors.json`): an ENI with
/// every field set, its IP and a Chinese description.
pub fn eni_row() -> ServerRow {
    ServerRow {
        server_id: "eni-2ze1".into(),
        port: "443".into(),
        weight: "50".into(),
        server_type: "eni".into(),
        server_ip: "192.168.0.7".into(),
        description: "前端-1".into(),
    }
}

/// Owned `(name, value)` pairs from string slices.
pub fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

/// Splits a query string on `&` and the first `=` and percent-decodes both halves.
pub fn decode_query(query: &str) -> Vec<(String, String)> {
    if query.is_empty() {
        return Vec::new();
    }
    query
        .split('&')
        .map(|pair| {
            let (n, v) = pair.split_once('=').unwrap_or((pair, ""));
            (
                vsg_core::percent_decode(n).expect("name is UTF-8"),
                vsg_core::percent_decode(v).expect("value is UTF-8"),
            )
        })
        .collect()
}

/// Requests for property tests: each text field from `text(field)`, the rows and tags
/// from `servers` and `tags`, and any Format, method and endpoint kind.
pub fn requests(
    text: impl Fn(vsg_core::TextField) -> proptest::strategy::BoxedStrategy<String>,
    servers: impl proptest::strategy::Strategy<Value = Vec<vsg_core::ServerRow>>,
    tags: impl proptest::strategy::Strategy<Value = Vec<vsg_core::TagRow>>,
) -> impl proptest::strategy::Strategy<Value = vsg_core::Request> {
    use proptest::prelude::*;
    use vsg_core::{EndpointKind, Format, Method, Request, TextField};
    let texts: Vec<BoxedStrategy<String>> = TextField::ALL.iter().map(|&f| text(f)).collect();
    (
        texts,
        servers,
        tags,
        prop_oneof![Just(Format::Json), Just(Format::Xml)],
        prop_oneof![Just(Method::Get), Just(Method::Post)],
        prop_oneof![
            Just(EndpointKind::Public),
            Just(EndpointKind::Vpc),
            Just(EndpointKind::Custom)
        ],
    )
        .prop_map(|(texts, servers, tags, format, method, endpoint)| {
            let mut req = Request {
                servers,
                tags,
                format,
                method,
                endpoint,
                ..Request::default()
            };
            // Only the fields the operation's table has: the others are neither sent,
            // linked nor imported.
            for (field, value) in TextField::ALL.into_iter().zip(texts) {
                if req.op.text_param(field).is_none() {
                    continue;
                }
                req[field] = value;
            }
            req
        })
}

/// `s` with its ASCII letters in another case: all lowercase, all uppercase, or each
/// letter flipped at random (`SLB.cn-ShangHai.aliyuncs.COM`).
pub fn mixed_case(s: String) -> proptest::strategy::BoxedStrategy<String> {
    use proptest::prelude::*;
    let flips = proptest::collection::vec(any::<bool>(), s.len());
    prop_oneof![
        Just(s.to_ascii_lowercase()),
        Just(s.to_ascii_uppercase()),
        flips.prop_map(move |upper| {
            s.chars()
                .zip(upper)
                .map(|(c, u)| {
                    if u {
                        c.to_ascii_uppercase()
                    } else {
                        c.to_ascii_lowercase()
                    }
                })
                .collect()
        }),
    ]
    .boxed()
}

/// Custom endpoints as a person types them for a request to `region`: the region's own
/// public and VPC hosts, another region's, or any other host, each in any case, with
/// or without a scheme (in any case) and a path.
pub fn custom_endpoints(region: &str) -> proptest::strategy::BoxedStrategy<String> {
    use proptest::prelude::*;
    use proptest::sample::select;
    use vsg_core::endpoint::{public_host, vpc_host};
    let hosts = vec![
        public_host(region),
        vpc_host(region),
        public_host("cn-hangzhou"),
        public_host("cn-shanghai"),
        vpc_host("cn-shanghai"),
        "slb.example.com".to_string(),
        "mock.example.com:8080".to_string(),
    ];
    (
        select(hosts).prop_flat_map(mixed_case),
        select(vec!["", "https://", "http://", "HTTPS://", "Http://"]),
        select(vec!["", "/", "/Path"]),
    )
        .prop_map(|(host, scheme, path)| format!("{scheme}{host}{path}"))
        .boxed()
}

/// Any character, with those at the edges of what XML 1.0, JSON and UTF-8 carry made
/// likely (a uniform draw would almost never give U+FFFF): the C0 controls XML
/// refuses, DEL and the C1 controls, U+FFFE, U+FFFF and the neighbours of the gaps.
pub fn any_char() -> BoxedStrategy<char> {
    let edges = vec![
        '\u{0}',
        '\u{1}',
        '\u{8}',
        '\u{B}',
        '\u{C}',
        '\u{E}',
        '\u{1B}',
        '\u{1F}',
        '\r',
        '\u{7F}',
        '\u{80}',
        '\u{85}',
        '\u{9F}',
        '\u{D7FF}',
        '\u{E000}',
        '\u{FFFD}',
        '\u{FFFE}',
        '\u{FFFF}',
        '\u{10000}',
        '\u{1FFFF}',
        '\u{10FFFF}',
    ];
    prop_oneof![6 => any::<char>(), 1 => select(edges)].boxed()
}

/// Text of `len` characters drawn from `chars`.
pub fn text_of(
    chars: impl Strategy<Value = char> + 'static,
    len: std::ops::RangeInclusive<usize>,
) -> BoxedStrategy<String> {
    proptest::collection::vec(chars, len)
        .prop_map(|v| v.into_iter().collect())
        .boxed()
}

/// Any Unicode text, control characters and astral planes included.
pub fn unicode(max: usize) -> BoxedStrategy<String> {
    text_of(any_char(), 0..=max)
}

/// Mostly plausible values, sometimes empty, sometimes arbitrary Unicode.
pub fn mixed(plausible: impl Strategy<Value = String> + 'static) -> BoxedStrategy<String> {
    prop_oneof![
        3 => plausible,
        1 => Just(String::new()),
        2 => unicode(16),
    ]
    .boxed()
}

/// Text matching a regular expression.
pub fn re(pattern: &'static str) -> BoxedStrategy<String> {
    proptest::string::string_regex(pattern)
        .expect("valid regex")
        .boxed()
}

/// A BackendServers row of mostly plausible, sometimes arbitrary fields.
pub fn arb_server() -> impl Strategy<Value = ServerRow> {
    (
        mixed(re("(i|eni|eci|vm)-[a-z0-9]{1,8}")),
        mixed(re("[0-9]{1,6}")),
        mixed(re("[0-9]{1,4}")),
        mixed(select(vec!["ecs", "eni", "eci", "ECS"]).prop_map(String::from)),
        mixed(re("(10\\.0\\.[0-9]{1,3}\\.[0-9]{1,3}|fe80::[0-9a-f]{1,4})")),
        mixed(re("[a-z0-9前端/._ -]{0,12}")),
    )
        .prop_map(|(a, b, c, d, e, f)| ServerRow::from([a, b, c, d, e, f]))
}

/// A tag of mostly plausible, sometimes arbitrary text.
pub fn arb_tag() -> impl Strategy<Value = TagRow> {
    (
        mixed(re("(aliyun|acs:|http://)?[a-z]{0,8}")),
        mixed(re("[a-z &=+]{0,10}")),
    )
        .prop_map(|(key, value)| TagRow { key, value })
}

/// Any request: every field mostly plausible, sometimes empty, sometimes arbitrary
/// Unicode; up to 30 rows and 30 tags.
pub fn arb_request() -> impl Strategy<Value = Request> {
    requests(
        |f| {
            mixed(re(match f {
                TextField::RegionId => "[a-z]{2}-[a-z]{3,10}(-[0-9])?",
                TextField::LoadBalancerId => "lb-[a-z0-9]{4,12}",
                TextField::VServerGroupId => "rsp-[a-z0-9]{4,12}",
                TextField::DescriptionFilter => "[a-zA-Z0-9华北 */._-]{0,12}",
                TextField::IncludeListener | TextField::IncludeRule => {
                    "(true|false|True|FALSE|yes)?"
                }
                TextField::VServerGroupName => "[a-zA-Z0-9华北 *~/._-]{0,12}",
                TextField::ResourceOwnerAccount | TextField::OwnerAccount => "[a-z@.]{1,10}",
                TextField::OwnerId | TextField::ResourceOwnerId => "[0-9]{1,20}",
                TextField::CustomEndpoint => "(https?://)?[a-z0-9.-]{1,12}(:[0-9]{1,5})?(/[a-z]*)?",
                TextField::AccessKeyId => "LTAI[A-Za-z0-9]{4,8}",
                TextField::AccessKeySecret => "[A-Za-z0-9]{4,12}",
                TextField::SignatureNonce => "[0-9a-f-]{8,36}",
                TextField::Timestamp => {
                    "20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z"
                }
            }))
        },
        proptest::collection::vec(arb_server(), 0..=30),
        proptest::collection::vec(arb_tag(), 0..=30),
    )
}

/// A nonce and timestamp, mostly plausible.
pub fn arb_generated() -> impl Strategy<Value = Generated> {
    (
        mixed(re("[0-9a-f-]{36}")),
        mixed(re("20[0-9]{2}-01-01T00:00:00Z")),
    )
        .prop_map(|(nonce, timestamp)| Generated { nonce, timestamp })
}
