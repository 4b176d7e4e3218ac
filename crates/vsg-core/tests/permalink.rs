//! Permalinks: the documented format, strict reading with positions, the secret never
//! written, and encode → decode round trips of any request.

mod common;

use common::{ref_position, text_of};

use proptest::prelude::*;
use proptest::sample::select;

use vsg_core::import::ImportErrorKind;
use vsg_core::permalink::{decode, encode};
use vsg_core::TextField;
use vsg_core::{EndpointKind, Format, Method, Request, ServerRow, TagRow};

#[test]
fn seed_and_default() {
    assert_eq!(encode(&Request::default()), "v1");
    assert_eq!(decode("v1", vsg_core::FAMILY).unwrap(), Request::default());
    assert_eq!(decode("#v1", vsg_core::FAMILY).unwrap(), Request::default());
    assert_eq!(
        encode(&Request::seed()),
        "v1&r=cn-hangzhou&lb=lb-bp1qjwo61pqz3ahltv0mw&s=vm-233,80,100;vm-232,90,100;vm-231,70,100"
    );
    assert_eq!(
        decode(&format!("#{}", encode(&Request::seed())), vsg_core::FAMILY).unwrap(),
        Request::seed()
    );
}

#[test]
fn every_field_has_its_key() {
    let req = Request {
        servers: vec![
            ServerRow {
                server_id: "eni-1".into(),
                port: "443".into(),
                weight: "".into(),
                server_type: "eni".into(),
                server_ip: "".into(),
                description: "a,b;c".into(),
            },
            ServerRow::default(),
        ],
        tags: vec![
            TagRow {
                key: "env".into(),
                value: "".into(),
            },
            TagRow {
                key: "".into(),
                value: "x&y=z".into(),
            },
        ],
        format: Format::Xml,
        method: Method::Post,
        endpoint: EndpointKind::Vpc,
        ..Request::default()
    }
    .with(TextField::RegionId, "cn-beijing")
    .with(TextField::LoadBalancerId, "lb-1")
    .with(TextField::VServerGroupName, "组 1")
    .with(TextField::ResourceOwnerAccount, "roa")
    .with(TextField::OwnerAccount, "oa")
    .with(TextField::OwnerId, "1")
    .with(TextField::ResourceOwnerId, "2")
    .with(TextField::CustomEndpoint, "example.com")
    .with(TextField::AccessKeyId, "LTAI")
    .with(TextField::AccessKeySecret, "s3cr3t")
    .with(TextField::SignatureNonce, "n+1")
    .with(TextField::Timestamp, "2024-01-01T00:00:00Z");
    let link = encode(&req);
    assert_eq!(
        link,
        "v1&r=cn-beijing&lb=lb-1&n=%E7%BB%84%201&f=XML&m=POST&s=eni-1,443,,eni,,a%2Cb%3Bc;\
         &t=env;,x%26y%3Dz&roa=roa&oa=oa&oid=1&roid=2&e=vpc&h=example.com&ak=LTAI&nonce=n%2B1\
         &ts=2024-01-01T00%3A00%3A00Z"
    );
    assert!(!link.contains("s3cr3t"));
    assert_eq!(
        decode(&link, vsg_core::FAMILY).unwrap(),
        (req).with(TextField::AccessKeySecret, String::new())
    );
}

#[test]
fn empty_rows_and_tags_survive() {
    for (servers, tags) in [(1, 0), (2, 1), (0, 3)] {
        let req = Request {
            servers: vec![ServerRow::default(); servers],
            tags: vec![TagRow::default(); tags],
            ..Request::default()
        };
        assert_eq!(
            decode(&encode(&req), vsg_core::FAMILY).unwrap(),
            req,
            "{}",
            encode(&req)
        );
    }
}

#[test]
fn reading_is_strict_with_positions() {
    let cases: &[(&str, usize, ImportErrorKind)] = &[
        ("", 0, ImportErrorKind::NotPermalink),
        ("#", 1, ImportErrorKind::NotPermalink),
        ("r=cn-hangzhou", 0, ImportErrorKind::NotPermalink),
        ("#v2&r=x", 1, ImportErrorKind::UnknownVersion("v2".into())),
        ("v1&r=x&zz=1", 7, ImportErrorKind::UnknownKey("zz".into())),
        ("v1&r=x&r=y", 7, ImportErrorKind::RepeatedKey("r".into())),
        (
            "v1&f=YAML",
            5,
            ImportErrorKind::BadValue {
                key: "f".into(),
                value: "YAML".into(),
            },
        ),
        (
            "v1&e=moon",
            5,
            ImportErrorKind::BadValue {
                key: "e".into(),
                value: "moon".into(),
            },
        ),
        (
            "v1&s=a;1,2,3,4,5,6,7",
            7,
            ImportErrorKind::BadValue {
                key: "s".into(),
                value: "1,2,3,4,5,6,7".into(),
            },
        ),
        (
            "v1&t=a,b,c",
            5,
            ImportErrorKind::BadValue {
                key: "t".into(),
                value: "a,b,c".into(),
            },
        ),
        ("v1&n=%C3%28", 5, ImportErrorKind::NotUtf8),
    ];
    for (text, offset, kind) in cases {
        let e = decode(text, vsg_core::FAMILY).unwrap_err();
        assert_eq!((e.offset, &e.kind), (*offset, kind), "{text:?}");
    }
    assert_eq!(
        decode("v1&r=x&zz=1", vsg_core::FAMILY)
            .unwrap_err()
            .to_string(),
        "line 1, column 8: \u{201c}zz\u{201d} is not a permalink field"
    );
    assert_eq!(
        decode("v2", vsg_core::FAMILY).unwrap_err().to_string(),
        "line 1, column 1: permalink version v2 is not supported (this page reads v1)"
    );
    // empty items are ignored, `+` is a plus sign
    assert_eq!(
        decode("v1&&n=a+b&", vsg_core::FAMILY).unwrap()[TextField::VServerGroupName],
        "a+b"
    );
}

// ---- properties ----

fn unicode(max: usize) -> BoxedStrategy<String> {
    prop_oneof![
        1 => Just(String::new()),
        4 => text_of(any::<char>(), 0..=max),
    ]
    .boxed()
}

fn any_row() -> impl Strategy<Value = ServerRow> {
    (
        unicode(8),
        unicode(8),
        unicode(8),
        unicode(8),
        unicode(8),
        unicode(8),
    )
        .prop_map(|(a, b, c, d, e, f)| ServerRow::from([a, b, c, d, e, f]))
}

/// Any request with an empty secret: arbitrary Unicode in every field, up to 25 rows
/// and 25 tags.
fn any_request() -> impl Strategy<Value = Request> {
    common::requests(
        |f| match f {
            TextField::AccessKeySecret => Just(String::new()).boxed(),
            TextField::RegionId | TextField::LoadBalancerId | TextField::VServerGroupName => {
                unicode(16)
            }
            _ => unicode(12),
        },
        proptest::collection::vec(any_row(), 0..=25),
        proptest::collection::vec(
            (unicode(10), unicode(10)).prop_map(|(key, value)| TagRow { key, value }),
            0..=25,
        ),
    )
}

fn link_soup() -> impl Strategy<Value = String> {
    let tokens = vec![
        "v1", "v2", "v", "#", "&", "=", "r", "lb", "n", "s", "t", "f", "m", "e", "h", "ak",
        "nonce", "ts", "roa", "oa", "oid", "roid", ",", ";", "%", "%C3", "%A9", "%FF", "%2C",
        "XML", "json", "POST", "vpc", "custom", "x", "é", "中", "😀", "+", "\n",
    ];
    proptest::collection::vec(select(tokens), 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn any_request_round_trips(req in any_request()) {
        let link = encode(&req);
        prop_assert!(link.starts_with("v1"));
        // Only characters that need no escaping in a URL fragment.
        prop_assert!(
            link.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%&=,;".contains(&b)),
            "{}", link
        );
        prop_assert_eq!(decode(&link, vsg_core::FAMILY), Ok(req.clone()));
        prop_assert_eq!(decode(&format!("#{link}"), vsg_core::FAMILY), Ok(req));
    }

    /// The page decides from `text_len` alone (without encoding megabytes) that a
    /// request is too long to remember: it must never be longer than the link.
    #[test]
    fn text_len_is_a_lower_bound_of_the_link(req in any_request(), secret in ".{0,20}") {
        let req = req.with(TextField::AccessKeySecret, secret);
        prop_assert!(req.text_len() <= encode(&req).len());
    }

    #[test]
    fn the_secret_is_never_written(req in any_request(), secret in "[A-Za-z0-9]{12,20}") {
        let with_secret = (req.clone())
        .with(TextField::AccessKeySecret, secret.clone());
        let link = encode(&with_secret);
        prop_assert_eq!(&link, &encode(&req));
        prop_assert_eq!(decode(&link, vsg_core::FAMILY).map(|r| r[TextField::AccessKeySecret].clone()), Ok(String::new()));
    }

    #[test]
    fn decode_never_panics_and_errors_have_positions(
        text in prop_oneof![link_soup(), text_of(any::<char>(), 0..=99)]
    ) {
        match decode(&text, vsg_core::FAMILY) {
            Ok(req) => prop_assert_eq!(req[TextField::AccessKeySecret].as_str(), ""),
            Err(e) => {
                prop_assert!(e.offset <= text.len());
                prop_assert!(text.is_char_boundary(e.offset));
                prop_assert_eq!((e.line, e.column), ref_position(&text, e.offset));
                prop_assert!(!e.to_string().is_empty());
            }
        }
    }
}
