//! Property tests: the parser never panics, encoding round-trips, validation and
//! signing never panic, and every signed URL verifies against an independent
//! re-computation of signature v1.

mod common;

use proptest::prelude::*;
use proptest::sample::select;

use common::{
    arb_generated, arb_request, decode_query, ref_canonical, ref_encode, ref_position,
    ref_string_to_sign, unicode,
};
use vsg_core::backend::ParseErrorKind;
use vsg_core::ids::is_valid_timestamp;
use vsg_core::validate::has_errors;
use vsg_core::TextField;
use vsg_core::{
    canonical_query, encode_backend_servers, format_timestamp, mock, parse_backend_servers,
    percent_decode, percent_encode, sign_request, validate, EndpointKind, Field, Format, Generated,
    Method, Request, ServerRow, Severity,
};

// ---- strategies ----

/// Text made of JSON-ish tokens, so the parser gets deep into its grammar.
fn json_ish() -> impl Strategy<Value = String> {
    let tokens = vec![
        "[",
        "]",
        "{",
        "}",
        "'",
        "\"",
        ":",
        ",",
        "\\",
        "\\u",
        "\\ud83d",
        "\\udc00",
        "d8",
        "00",
        "0",
        "1",
        "80",
        "-",
        ".",
        "e",
        "E",
        "+",
        "null",
        "nul",
        "true",
        "f",
        " ",
        "\n",
        "\r\n",
        "\t",
        "ServerId",
        "Port",
        "weight",
        "Type",
        "x",
        "é",
        "华",
        "😀",
        "\u{feff}",
        "\u{a0}",
        "'ServerId':'vm-233'",
        "\"Port\":\"80\"",
    ];
    proptest::collection::vec(select(tokens), 0..60).prop_map(|v| v.concat())
}

// ---- independent references ----

/// `YYYY-MM-DDThh:mm:ssZ` by walking whole years and months from 1970.
fn ref_timestamp(t: i64) -> String {
    let leap = |y: i64| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let year_len = |y: i64| if leap(y) { 366 } else { 365 };
    let mut days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let mut year = 1970;
    while days < 0 {
        year -= 1;
        days += year_len(year);
    }
    while days >= year_len(year) {
        days -= year_len(year);
        year += 1;
    }
    let months = [
        31,
        if leap(year) { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let mut month = 0;
    while days >= months[month] {
        days -= months[month];
        month += 1;
    }
    format!(
        "{year:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        month + 1,
        days + 1,
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// The parameters a request must send, built from the spec (api-facts §2, §6), without
/// `Signature` and `BackendServers`.
fn expected_params(req: &Request, generated: &Generated) -> Vec<(String, String)> {
    let or =
        |typed: &str, fallback: &str| if typed.is_empty() { fallback } else { typed }.to_string();
    let mut p: Vec<(String, String)> = vec![
        ("Action".into(), "CreateVServerGroup".into()),
        ("Version".into(), "2014-05-15".into()),
        (
            "Format".into(),
            if req.format == Format::Xml {
                "XML"
            } else {
                "JSON"
            }
            .into(),
        ),
        (
            "AccessKeyId".into(),
            or(&req[TextField::AccessKeyId], "testid"),
        ),
        ("SignatureMethod".into(), "HMAC-SHA1".into()),
        ("SignatureVersion".into(), "1.0".into()),
        (
            "SignatureNonce".into(),
            or(&req[TextField::SignatureNonce], &generated.nonce),
        ),
        (
            "Timestamp".into(),
            or(&req[TextField::Timestamp], &generated.timestamp),
        ),
    ];
    for (name, value) in [
        ("RegionId", &req[TextField::RegionId]),
        ("LoadBalancerId", &req[TextField::LoadBalancerId]),
        ("VServerGroupName", &req[TextField::VServerGroupName]),
        (
            "ResourceOwnerAccount",
            &req[TextField::ResourceOwnerAccount],
        ),
        ("OwnerAccount", &req[TextField::OwnerAccount]),
        ("OwnerId", &req[TextField::OwnerId]),
        ("ResourceOwnerId", &req[TextField::ResourceOwnerId]),
    ] {
        if !value.is_empty() {
            p.push((name.into(), value.clone()));
        }
    }
    for (i, tag) in req.tags.iter().enumerate() {
        p.push((format!("Tag.{}.Key", i + 1), tag.key.clone()));
        p.push((format!("Tag.{}.Value", i + 1), tag.value.clone()));
    }
    p.sort();
    p
}

fn expected_host(req: &Request) -> Option<String> {
    let r = req[TextField::RegionId].as_str();
    // A malformed region (reported by validation) never reaches the host name.
    let malformed = !vsg_core::regions::is_well_formed(r);
    match req.endpoint {
        EndpointKind::Public if malformed || r == "cn-hangzhou" => Some("slb.aliyuncs.com".into()),
        EndpointKind::Public => Some(format!("slb.{r}.aliyuncs.com")),
        EndpointKind::Vpc if malformed => Some("slb-vpc.cn-hangzhou.aliyuncs.com".into()),
        EndpointKind::Vpc => Some(format!("slb-vpc.{r}.aliyuncs.com")),
        EndpointKind::Custom => None,
    }
}

// ---- properties ----

proptest! {
    #[test]
    fn signing_a_slice_at_a_time_gives_the_same_request(
        req in arb_request(),
        generated in arb_generated(),
        budget in 1usize..20_000,
    ) {
        let whole = vsg_core::Prepared::new(&req, &generated).sign();
        let mut signing = vsg_core::Prepared::new(&req, &generated).signing();
        let mut steps = 0;
        let sliced = loop {
            steps += 1;
            if let Some(done) = signing.step(budget) {
                break done;
            }
            let (done, total) = signing.progress();
            prop_assert!(done <= total);
        };
        prop_assert_eq!(&sliced, &whole);
        prop_assert_eq!(&whole, &sign_request(&req, &generated));
        // Work is bounded per step: a few KB at least, about `budget` at most.
        let work = whole.canonical_query.len() + whole.string_to_sign().len();
        prop_assert!(steps <= work / budget.max(4096) + 3, "{} steps for {} bytes", steps, work);
    }

    #[test]
    fn parse_never_panics_on_printable_text(s in "\\PC*") {
        let _ = parse_backend_servers(&s);
    }

    #[test]
    fn parse_never_panics_on_any_unicode(s in unicode(200)) {
        let _ = parse_backend_servers(&s);
    }

    #[test]
    fn parse_json_ish_never_panics_and_reports_consistent_positions(s in json_ish()) {
        match parse_backend_servers(&s) {
            Ok(parsed) => {
                // Whatever was accepted has a canonical form that reads back the same.
                let again = parse_backend_servers(&encode_backend_servers(&parsed.rows));
                prop_assert_eq!(again.map(|p| p.rows), Ok(parsed.rows));
            }
            Err(e) => {
                prop_assert!(e.offset <= s.len());
                prop_assert!(s.is_char_boundary(e.offset));
                prop_assert_eq!((e.line, e.column), ref_position(&s, e.offset));
                if e.kind == ParseErrorKind::UnexpectedEnd {
                    prop_assert_eq!(e.offset, s.len());
                }
                if let ParseErrorKind::Unexpected { found, .. } = e.kind {
                    prop_assert_eq!(s[e.offset..].chars().next(), Some(found));
                }
            }
        }
    }

    #[test]
    fn parse_errors_locate_any_unicode_input(s in unicode(60)) {
        let text = format!("[{{'ServerId':'{s}'}}]");
        if let Err(e) = parse_backend_servers(&text) {
            prop_assert!(text.is_char_boundary(e.offset));
            prop_assert_eq!((e.line, e.column), ref_position(&text, e.offset));
        }
    }

    #[test]
    fn encode_then_parse_round_trips(rows in proptest::collection::vec(
        (unicode(12), unicode(6), unicode(6), unicode(6), unicode(6), unicode(12)).prop_map(|(a, b, c, d, e, f)| ServerRow::from([a, b, c, d, e, f])),
        0..25,
    )) {
        let json = encode_backend_servers(&rows);
        let parsed = parse_backend_servers(&json).expect("canonical output parses");
        prop_assert_eq!(&parsed.rows, &rows);
        prop_assert!(parsed.notes.is_empty(), "{:?}", parsed.notes);

        // And it is strict JSON: serde_json reads the same strings, empty fields left out.
        let v: serde_json::Value = serde_json::from_str(&json).expect("strict JSON");
        let list = v.as_array().expect("array");
        prop_assert_eq!(list.len(), rows.len());
        for (obj, row) in list.iter().zip(&rows) {
            let obj = obj.as_object().expect("object");
            let fields = [
                ("ServerId", &row.server_id), ("Port", &row.port), ("Weight", &row.weight),
                ("Type", &row.server_type), ("ServerIp", &row.server_ip),
                ("Description", &row.description),
            ];
            prop_assert_eq!(obj.len(), fields.iter().filter(|(_, v)| !v.is_empty()).count());
            for (key, value) in fields {
                if value.is_empty() {
                    prop_assert!(!obj.contains_key(key));
                } else {
                    prop_assert_eq!(obj[key].as_str(), Some(value.as_str()));
                }
            }
        }
    }

    #[test]
    fn validate_and_sign_never_panic(req in arb_request(), generated in arb_generated()) {
        let problems = validate(&req);
        for p in &problems {
            match p.field {
                Field::Server { list, row, .. } => prop_assert!(row < req.list(list).len()),
                Field::TagKey(row) | Field::TagValue(row) => prop_assert!(row < req.tags.len()),
                _ => {}
            }
            if let Some(api) = &p.api {
                prop_assert_eq!(p.severity, Severity::Error);
                prop_assert!(api.status == 400 || api.status == 404);
                prop_assert!(!api.message.is_empty());
            }
            let _ = p.rule.to_string();
        }
        let signed = sign_request(&req, &generated);
        let scheme = vsg_core::endpoint::scheme(req.endpoint, &req[TextField::CustomEndpoint]);
        let prefix = format!("{scheme}://{}/?", signed.host);
        prop_assert!(signed.url.starts_with(&prefix));
        let host = signed.host.clone();
        let resp = mock::respond(&req, &problems, &host, &signed.content_digest);
        let body: serde_json::Value = serde_json::from_str(&resp.json()).expect("JSON body");
        prop_assert!(body["RequestId"].is_string());
        match problems.iter().find_map(|p| p.api.as_ref()) {
            Some(api) => {
                prop_assert_eq!(resp.status, api.status);
                prop_assert_eq!(body["Code"].as_str(), Some(api.code));
                prop_assert!(resp.xml().starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
            }
            None => {
                prop_assert_eq!(resp.status, 200);
                prop_assert_eq!(
                    body["BackendServers"]["BackendServer"].as_array().map(Vec::len),
                    Some(req.servers.len())
                );
            }
        }
        if !has_errors(&problems) {
            prop_assert!(req.servers.len() <= 20 && req.tags.len() <= 20);
            prop_assert!(!req[TextField::RegionId].is_empty() && !req[TextField::LoadBalancerId].is_empty());
        }
    }

    #[test]
    fn signed_url_verifies_independently(req in arb_request(), generated in arb_generated()) {
        let signed = sign_request(&req, &generated);
        if let Some(host) = expected_host(&req) {
            prop_assert_eq!(&signed.host, &host);
        }
        let scheme = vsg_core::endpoint::scheme(req.endpoint, &req[TextField::CustomEndpoint]);
        let prefix = format!("{scheme}://{}/?", signed.host);
        let query = signed.url.strip_prefix(&prefix).expect("URL prefix");

        // The query is sorted by name and made of encoded pairs only.
        let raw_names: Vec<&str> = query.split('&').map(|p| p.split('=').next().unwrap_or("")).collect();
        let mut sorted = raw_names.clone();
        sorted.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
        prop_assert_eq!(&raw_names, &sorted);
        prop_assert!(query.split('&').all(|p| p.matches('=').count() == 1));

        let mut params = decode_query(query);
        let at = params.iter().position(|(n, _)| n == "Signature").expect("Signature sent");
        let (_, sig) = params.remove(at);
        prop_assert!(!params.iter().any(|(n, _)| n == "Signature"));

        // Recompute with the test's own encoder and sort; only the HMAC is the crate's.
        let canonical = ref_canonical(&params);
        let method = if req.method == Method::Post { "POST" } else { "GET" };
        let sts = ref_string_to_sign(method, &canonical);
        let secret = if req[TextField::AccessKeySecret].is_empty() { "testsecret" } else { &req[TextField::AccessKeySecret] };
        prop_assert_eq!(&signed.canonical_query, &canonical);
        prop_assert_eq!(&signed.string_to_sign(), &sts);
        prop_assert_eq!(&sig, &vsg_core::sign::signature(secret, &sts));
        prop_assert_eq!(&sig, &signed.signature);

        // The decoded parameters are exactly the request's values.
        let servers_sent = params.iter().position(|(n, _)| n == "BackendServers");
        match servers_sent {
            Some(i) => {
                let (_, json) = params.remove(i);
                let rows = parse_backend_servers(&json).expect("sent JSON parses").rows;
                prop_assert_eq!(&rows, &req.servers);
            }
            None => prop_assert!(req.servers.is_empty()),
        }
        params.sort();
        prop_assert_eq!(params, expected_params(&req, &generated));

        // The structured param list agrees with the URL.
        for p in &signed.params {
            prop_assert_eq!(&p.encoded, &ref_encode(&p.value));
        }
    }

    #[test]
    fn mock_ids_ignore_nonce_timestamp_and_credentials(
        req in arb_request(),
        nonce in unicode(10),
        secret in unicode(10),
    ) {
        let digest = |r: &Request| sign_request(r, &Generated::default()).content_digest;
        let a = mock::success(&req, &digest(&req));
        let mut other = req.clone();
        other[TextField::SignatureNonce] = nonce;
        other[TextField::AccessKeySecret] = secret;
        other[TextField::Timestamp] = "2030-01-01T00:00:00Z".into();
        let b = mock::success(&other, &digest(&other));
        prop_assert_eq!(&a, &b);
        let v: serde_json::Value = serde_json::from_str(&a.json()).expect("JSON");
        let rid = v["RequestId"].as_str().expect("RequestId");
        let gid = v["VServerGroupId"].as_str().expect("VServerGroupId");
        prop_assert!(rid.len() == 36 && rid.bytes().all(|b| b == b'-' || b.is_ascii_digit() || (b'A'..=b'F').contains(&b)));
        prop_assert!(gid.len() == 14 && gid.starts_with("rsp-"));
        prop_assert!(gid[4..].bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
    }

    #[test]
    fn percent_encode_matches_the_reference(s in unicode(40)) {
        let encoded = percent_encode(&s);
        prop_assert_eq!(&encoded, &ref_encode(&s));
        prop_assert_eq!(percent_decode(&encoded), Some(s));
    }

    #[test]
    fn canonical_query_matches_the_reference(
        params in proptest::collection::vec((unicode(6), unicode(10)), 0..12),
    ) {
        prop_assert_eq!(canonical_query(&params), ref_canonical(&params));
    }

    #[test]
    fn format_timestamp_matches_the_reference(t in -62_135_596_800i64..253_402_300_800) {
        let s = format_timestamp(t);
        prop_assert_eq!(&s, &ref_timestamp(t));
        prop_assert!(is_valid_timestamp(&s));
    }

    #[test]
    fn is_valid_timestamp_never_panics(s in unicode(24)) {
        let _ = is_valid_timestamp(&s);
    }
}
