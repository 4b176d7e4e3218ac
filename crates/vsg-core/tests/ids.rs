//! Timestamps, nonces and the deterministic IDs of mock responses.

mod common;

use common::{content_digest, is_request_id};

use vsg_core::ids::{is_valid_timestamp, mock_request_id, mock_vserver_group_id};
use vsg_core::TextField;
use vsg_core::{format_timestamp, mock, uuid_v4, Request, ServerRow, TagRow};

#[test]
fn format_timestamp_known_dates() {
    // Values checked with Python's datetime (proleptic Gregorian, UTC).
    for (secs, expected) in [
        (0, "1970-01-01T00:00:00Z"),
        (1_704_067_200, "2024-01-01T00:00:00Z"),
        (1_234_567_890, "2009-02-13T23:31:30Z"),
        (253_402_300_799, "9999-12-31T23:59:59Z"),
    ] {
        assert_eq!(format_timestamp(secs), expected, "{secs}");
    }
}

#[test]
fn format_timestamp_leap_days() {
    assert_eq!(format_timestamp(951_782_400), "2000-02-29T00:00:00Z");
    assert_eq!(format_timestamp(1_709_210_096), "2024-02-29T12:34:56Z");
    // 2100 is not a leap year: the day after 28 February is 1 March.
    assert_eq!(format_timestamp(4_107_542_399), "2100-02-28T23:59:59Z");
    assert_eq!(format_timestamp(4_107_542_400), "2100-03-01T00:00:00Z");
    // Nor is 1900.
    assert_eq!(format_timestamp(-2_203_891_201), "1900-02-28T23:59:59Z");
    assert_eq!(format_timestamp(-2_203_891_200), "1900-03-01T00:00:00Z");
}

#[test]
fn format_timestamp_before_1970() {
    assert_eq!(format_timestamp(-1), "1969-12-31T23:59:59Z");
    assert_eq!(format_timestamp(-86_400), "1969-12-31T00:00:00Z");
    assert_eq!(format_timestamp(-31_536_000), "1969-01-01T00:00:00Z");
    assert_eq!(format_timestamp(-2_208_988_800), "1900-01-01T00:00:00Z");
    assert_eq!(format_timestamp(-62_135_596_800), "0001-01-01T00:00:00Z");
}

#[test]
fn format_timestamp_does_not_panic_at_the_extremes() {
    let _ = format_timestamp(i64::MIN);
    let _ = format_timestamp(i64::MAX);
}

#[test]
fn valid_timestamps() {
    for s in [
        "2024-01-01T00:00:00Z",
        "2023-03-13T08:34:30Z",
        "2024-02-29T23:59:59Z",
        "2000-02-29T12:00:00Z",
        "1999-12-31T23:59:59Z",
        "2024-04-30T00:00:00Z",
    ] {
        assert!(is_valid_timestamp(s), "{s}");
    }
}

#[test]
fn invalid_timestamps() {
    for s in [
        "",
        "2024-01-01",
        "2024-01-01T00:00:00",
        "2024-01-01T00:00:00z",
        "2024-01-01 00:00:00Z",
        "2024-01-01T00:00:00.000Z",
        "2024-01-01T00:00:00+08:00",
        "2024-1-01T00:00:00Z",
        "2023-02-29T00:00:00Z",
        "1900-02-29T00:00:00Z",
        "2100-02-29T00:00:00Z",
        "2024-04-31T00:00:00Z",
        "2024-00-10T00:00:00Z",
        "2024-13-10T00:00:00Z",
        "2024-01-00T00:00:00Z",
        "2024-01-32T00:00:00Z",
        "2024-01-01T24:00:00Z",
        "2024-01-01T00:60:00Z",
        "2024-01-01T00:00:60Z",
        "+024-01-01T00:00:00Z",
        "２０２４-01-01T00:00:00Z",
        "2024-01-01T00:00:0éZ",
    ] {
        assert!(!is_valid_timestamp(s), "{s:?}");
    }
}

#[test]
fn formatted_timestamps_are_valid() {
    let mut t: i64 = -2_208_988_800;
    while t < 4_200_000_000 {
        let s = format_timestamp(t);
        assert!(is_valid_timestamp(&s), "{t} -> {s}");
        t += 86_400 * 7 + 3_917;
    }
}

fn is_lower_hex(s: &str) -> bool {
    s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

#[test]
fn uuid_v4_known_values() {
    assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
    assert_eq!(uuid_v4([0xff; 16]), "ffffffff-ffff-4fff-bfff-ffffffffffff");
    let counting: [u8; 16] = core::array::from_fn(|i| i as u8);
    assert_eq!(uuid_v4(counting), "00010203-0405-4607-8809-0a0b0c0d0e0f");
}

#[test]
fn uuid_v4_shape_and_bits() {
    for seed in 0u8..=255 {
        let bytes: [u8; 16] = core::array::from_fn(|i| {
            seed.wrapping_mul(31)
                .wrapping_add((i as u8).wrapping_mul(97))
        });
        let u = uuid_v4(bytes);
        let groups: Vec<&str> = u.split('-').collect();
        assert_eq!(
            groups.iter().map(|g| g.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12],
            "{u}"
        );
        assert!(groups.iter().all(|g| is_lower_hex(g)), "{u}");
        assert_eq!(&u[14..15], "4", "version nibble: {u}");
        assert!("89ab".contains(&u[19..20]), "variant bits: {u}");
        // Bits outside version/variant are kept.
        assert_eq!(&u[..2], format!("{:02x}", bytes[0]));
        assert_eq!(&u[34..], format!("{:02x}", bytes[15]));
    }
}

fn is_group_id(s: &str) -> bool {
    s.strip_prefix("rsp-").is_some_and(|rest| {
        rest.len() == 10
            && rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    })
}

#[test]
fn id_shape_checkers_accept_the_page_examples() {
    assert!(is_request_id("9DEC9C28-AB05-4DDF-9A78-6B08EC9CE18C"));
    assert!(is_group_id("rsp-cige6j5e7p"));
    assert!(!is_request_id("9dec9c28-ab05-4ddf-9a78-6b08ec9ce18c"));
    assert!(!is_group_id("rsp-cige6j5e7"));
}

#[test]
fn mock_id_shapes() {
    for content in [
        "",
        "a",
        "Action=CreateVServerGroup",
        "华北",
        &"x".repeat(10_000),
    ] {
        let rid = mock_request_id(content.as_bytes());
        let gid = mock_vserver_group_id(content.as_bytes());
        assert!(is_request_id(&rid), "{rid}");
        assert!(is_group_id(&gid), "{gid}");
    }
}

#[test]
fn mock_ids_are_deterministic_functions_of_content() {
    assert_eq!(mock_request_id(b"abc"), mock_request_id(b"abc"));
    assert_eq!(mock_vserver_group_id(b"abc"), mock_vserver_group_id(b"abc"));
    assert_ne!(mock_request_id(b"abc"), mock_request_id(b"abd"));
    assert_ne!(mock_vserver_group_id(b"abc"), mock_vserver_group_id(b"abd"));
}

fn ids_of(req: &Request) -> (String, String) {
    let body: serde_json::Value =
        serde_json::from_str(&mock::success(req, &content_digest(req)).json())
            .expect("success JSON");
    (
        body["RequestId"].as_str().expect("RequestId").to_string(),
        body["VServerGroupId"]
            .as_str()
            .expect("VServerGroupId")
            .to_string(),
    )
}

#[test]
fn same_request_same_ids() {
    let a = ids_of(&Request::seed());
    let b = ids_of(&Request::seed());
    assert_eq!(a, b);
    assert!(is_request_id(&a.0), "{}", a.0);
    assert!(is_group_id(&a.1), "{}", a.1);
}

#[test]
fn nonce_timestamp_and_credentials_do_not_change_ids() {
    let base = ids_of(&Request::seed());
    let mut req = Request::seed();
    req[TextField::SignatureNonce] = "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf".into();
    req[TextField::Timestamp] = "2024-01-01T00:00:00Z".into();
    assert_eq!(ids_of(&req), base);
    req[TextField::AccessKeyId] = "LTAI".into();
    req[TextField::AccessKeySecret] = "secret".into();
    assert_eq!(ids_of(&req), base);
}

#[test]
fn changed_request_changes_ids() {
    let base = ids_of(&Request::seed());
    let mut variants: Vec<Request> = Vec::new();
    let mut r = Request::seed();
    r[TextField::LoadBalancerId] = "lb-other".into();
    variants.push(r);
    let mut r = Request::seed();
    r[TextField::RegionId] = "cn-beijing".into();
    variants.push(r);
    let mut r = Request::seed();
    r.servers[1].port = "91".into();
    variants.push(r);
    let mut r = Request::seed();
    r.servers.swap(0, 2);
    variants.push(r);
    let mut r = Request::seed();
    r.servers.push(ServerRow::new("i-x", "1", "1"));
    variants.push(r);
    let mut r = Request::seed();
    r[TextField::VServerGroupName] = "Group1".into();
    variants.push(r);
    let mut r = Request::seed();
    r.tags.push(TagRow {
        key: "env".into(),
        value: "dev".into(),
    });
    variants.push(r);

    let mut seen = vec![base];
    for v in &variants {
        let ids = ids_of(v);
        assert!(is_request_id(&ids.0) && is_group_id(&ids.1), "{ids:?}");
        assert!(
            seen.iter().all(|s| s.0 != ids.0 && s.1 != ids.1),
            "{ids:?} repeats an earlier ID"
        );
        seen.push(ids);
    }
}
