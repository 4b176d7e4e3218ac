//! Signature v1 against the vectors computed by the official Python SDK
//! (`signature-vectors.json`) and the official DescribeDedicatedHosts vector, both
//! through the raw parameter path and through the form model.

mod common;

use common::{
    eni_row, pairs, ref_canonical, ref_encode, ref_string_to_sign, vector, vectors, Vector,
};
use vsg_core::request::operation_params;
use vsg_core::sign::{sign_params, signature, string_to_sign};
use vsg_core::TextField;
use vsg_core::{
    canonical_query, sign_request, Format, Generated, Method, Request, ServerRow, TagRow,
};

const NONCE: &str = "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf";
const TIMESTAMP: &str = "2024-01-01T00:00:00Z";

fn method_of(v: &Vector) -> Method {
    Method::parse(&v.method).expect("GET or POST")
}

#[test]
fn the_vectors_file_holds_four_vectors() {
    let names: Vec<String> = vectors().into_iter().map(|v| v.name).collect();
    assert_eq!(names.len(), 4, "{names:?}");
}

#[test]
fn the_test_reference_encoder_agrees_with_the_vectors() {
    // Guards the independent helpers the property tests rely on.
    for v in vectors() {
        assert_eq!(ref_canonical(&v.params), v.canonical_query(), "{}", v.name);
        assert_eq!(
            ref_string_to_sign(&v.method, &v.canonical_query()),
            v.string_to_sign,
            "{}",
            v.name
        );
    }
}

#[test]
fn every_vector_canonical_query_is_byte_exact() {
    for v in vectors() {
        assert_eq!(
            canonical_query(&v.params),
            v.canonical_query(),
            "{}",
            v.name
        );
    }
}

#[test]
fn canonical_query_does_not_depend_on_input_order() {
    for v in vectors() {
        let mut reversed = v.params.clone();
        reversed.reverse();
        assert_eq!(
            canonical_query(&reversed),
            v.canonical_query(),
            "{}",
            v.name
        );
    }
}

#[test]
fn every_vector_string_to_sign_is_byte_exact() {
    for v in vectors() {
        let sts = string_to_sign(method_of(&v), &canonical_query(&v.params));
        assert_eq!(sts, v.string_to_sign, "{}", v.name);
    }
}

#[test]
fn every_vector_signature_is_byte_exact() {
    for v in vectors() {
        assert_eq!(
            signature(&v.secret, &v.string_to_sign),
            v.signature,
            "{}",
            v.name
        );
    }
}

#[test]
fn every_vector_sign_params_returns_all_three() {
    for v in vectors() {
        let (query, sts, sig) = sign_params(method_of(&v), &v.secret, &v.params);
        assert_eq!(query, v.canonical_query(), "{}", v.name);
        assert_eq!(sts, v.string_to_sign, "{}", v.name);
        assert_eq!(sig, v.signature, "{}", v.name);
    }
}

#[test]
fn every_vector_url_query_with_signature_is_byte_exact() {
    for v in vectors() {
        let mut params = v.params.clone();
        params.push(("Signature".into(), v.signature.clone()));
        assert_eq!(
            canonical_query(&params),
            v.canonical_query_with_signature,
            "{}",
            v.name
        );
    }
}

#[test]
fn signature_depends_on_method_and_secret() {
    let v = vector("seed");
    let canonical = canonical_query(&v.params);
    let get = signature("testsecret", &string_to_sign(Method::Get, &canonical));
    let post = signature("testsecret", &string_to_sign(Method::Post, &canonical));
    let other_key = signature("testsecreT", &string_to_sign(Method::Get, &canonical));
    assert_eq!(get, v.signature);
    assert_ne!(get, post);
    assert_ne!(get, other_key);
    assert!(string_to_sign(Method::Post, &canonical).starts_with("POST&%2F&"));
}

#[test]
fn string_to_sign_double_encodes_values() {
    assert_eq!(
        string_to_sign(Method::Get, "Timestamp=2024-01-01T00%3A00%3A00Z"),
        "GET&%2F&Timestamp%3D2024-01-01T00%253A00%253A00Z"
    );
    assert_eq!(string_to_sign(Method::Post, ""), "POST&%2F&");
}

#[test]
fn signature_is_standard_base64_of_twenty_bytes() {
    let sig = signature("k", "x");
    assert_eq!(sig.len(), 28);
    assert!(sig.ends_with('='));
    assert!(sig[..27]
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/'));
}

/// The vector on Alibaba Cloud's signature page.
#[test]
fn official_describe_dedicated_hosts_vector() {
    let params = pairs(&[
        ("AccessKeyId", "testid"),
        ("Action", "DescribeDedicatedHosts"),
        ("Format", "JSON"),
        ("RegionId", "cn-beijing"),
        ("SignatureMethod", "HMAC-SHA1"),
        ("SignatureNonce", "edb2b34af0af9a6d14deaf7c1a5315eb"),
        ("SignatureVersion", "1.0"),
        ("Timestamp", "2023-03-13T08:34:30Z"),
        ("Version", "2014-05-26"),
    ]);
    let expected_query =
        "AccessKeyId=testid&Action=DescribeDedicatedHosts&Format=JSON&RegionId=cn-beijing\
&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0\
&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-05-26";
    assert_eq!(canonical_query(&params), expected_query);
    let sts = string_to_sign(Method::Get, &canonical_query(&params));
    assert_eq!(
        sts,
        "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDedicatedHosts%26Format%3DJSON\
%26RegionId%3Dcn-beijing%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a5315eb\
%26SignatureVersion%3D1.0%26Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-05-26"
    );
    assert_eq!(
        signature("testsecret", &sts),
        "9NaGiOspFP5UPcwX8Iwt2YJXXuk="
    );
    let (_, _, sig) = sign_params(Method::Get, "testsecret", &params);
    assert_eq!(sig, "9NaGiOspFP5UPcwX8Iwt2YJXXuk=");
}

fn fixed(mut req: Request) -> Request {
    req[TextField::SignatureNonce] = NONCE.into();
    req[TextField::Timestamp] = TIMESTAMP.into();
    req
}

/// What the form builds for a vector: checks canonical query, StringToSign,
/// signature, URL and the param list against the vector.
fn assert_form_matches_vector(req: &Request, v: &Vector, host: &str) {
    let signed = sign_request(req, &Generated::default());
    assert_eq!(signed.canonical_query, v.canonical_query(), "{}", v.name);
    assert_eq!(signed.string_to_sign(), v.string_to_sign, "{}", v.name);
    assert_eq!(signed.signature, v.signature, "{}", v.name);
    assert_eq!(signed.host, host);
    let prefix = format!("https://{host}/?");
    assert!(signed.url.starts_with(&prefix), "{}", signed.url);
    assert!(signed.url.starts_with("https://"));
    assert!(
        signed
            .url
            .ends_with(&format!("?{}", v.canonical_query_with_signature)),
        "{}",
        signed.url
    );
    assert_eq!(
        signed.url,
        format!("{prefix}{}", v.canonical_query_with_signature)
    );
    assert_eq!(signed.method, method_of(v));
    assert!(signed.example_credentials);

    // The param list: every vector param plus Signature, sorted by name, encoded.
    let mut expected = v.params.clone();
    expected.push(("Signature".into(), v.signature.clone()));
    expected.sort_by(|a, b| a.0.cmp(&b.0));
    let got: Vec<(String, String)> = signed
        .params
        .iter()
        .map(|p| (p.name.clone(), p.value.clone()))
        .collect();
    assert_eq!(got, expected, "{}", v.name);
    for p in &signed.params {
        assert_eq!(p.encoded, ref_encode(&p.value), "{}", p.name);
    }
}

#[test]
fn seed_request_through_the_form_reproduces_the_seed_vector() {
    let v = vector("seed");
    let req = fixed(Request::seed());
    assert_form_matches_vector(&req, &v, "slb.aliyuncs.com");
}

#[test]
fn seed_signature_is_the_vector_value() {
    let signed = sign_request(&fixed(Request::seed()), &Generated::default());
    assert_eq!(signed.signature, "3IWpMOg0WYbMg1Y086ZklbQC01k=");
    assert!(signed
        .url
        .starts_with("https://slb.aliyuncs.com/?AccessKeyId=testid&Action=CreateVServerGroup&"));
    assert!(signed
        .url
        .contains("&Signature=3IWpMOg0WYbMg1Y086ZklbQC01k%3D&"));
}

#[test]
fn generated_nonce_and_timestamp_fill_empty_fields() {
    let v = vector("seed");
    let generated = Generated {
        nonce: NONCE.into(),
        timestamp: TIMESTAMP.into(),
    };
    let signed = sign_request(&Request::seed(), &generated);
    assert_eq!(signed.signature, v.signature);

    // Typed values win over generated ones.
    let other = Generated {
        nonce: "ffffffff-ffff-4fff-bfff-ffffffffffff".into(),
        timestamp: "2030-01-01T00:00:00Z".into(),
    };
    let signed = sign_request(&fixed(Request::seed()), &other);
    assert_eq!(signed.signature, v.signature);

    // And a different generated nonce changes the signature.
    let signed = sign_request(&Request::seed(), &other);
    assert_ne!(signed.signature, v.signature);
    assert!(signed
        .url
        .contains("SignatureNonce=ffffffff-ffff-4fff-bfff-ffffffffffff"));
    assert!(signed.url.contains("Timestamp=2030-01-01T00%3A00%3A00Z"));
}

#[test]
fn typed_credentials_replace_the_example_pair() {
    let mut req = fixed(Request::seed());
    req[TextField::AccessKeyId] = "LTAI5tExample".into();
    req[TextField::AccessKeySecret] = "s3cr3t".into();
    let signed = sign_request(&req, &Generated::default());
    assert!(!signed.example_credentials);
    assert!(signed.url.contains("AccessKeyId=LTAI5tExample&"));
    assert!(!signed.url.contains("s3cr3t"), "the secret is never sent");
    let expected_sts = ref_string_to_sign("GET", &signed.canonical_query);
    assert_eq!(signed.string_to_sign(), expected_sts);
    assert_eq!(signed.signature, signature("s3cr3t", &expected_sts));
    assert_ne!(signed.signature, signature("testsecret", &expected_sts));

    // Only the id typed: the example secret keys the HMAC and the flag stays on.
    let mut req = fixed(Request::seed());
    req[TextField::AccessKeyId] = "LTAI5tExample".into();
    let signed = sign_request(&req, &Generated::default());
    assert!(signed.example_credentials);
    assert_eq!(
        signed.signature,
        signature("testsecret", &signed.string_to_sign())
    );
}

#[test]
fn tags_vector_through_the_form() {
    let v = vector("tags");
    let req = fixed(
        Request {
            tags: vec![
                TagRow {
                    key: "env".into(),
                    value: "prod & test".into(),
                },
                TagRow {
                    key: "owner".into(),
                    value: String::new(),
                },
            ],
            ..Request::default()
        }
        .with(TextField::RegionId, "ap-southeast-1")
        .with(TextField::LoadBalancerId, "lb-t4nj5vuz8ish9emfk1f20"),
    );
    assert_form_matches_vector(&req, &v, "slb.ap-southeast-1.aliyuncs.com");
    let signed = sign_request(&req, &Generated::default());
    assert_eq!(signed.signature, "4NXn7EhGe0j7O4q+aXTNI0vuC2Q=");
    assert!(signed
        .url
        .starts_with("https://slb.ap-southeast-1.aliyuncs.com/?"));
    assert!(
        !signed.url.contains("BackendServers"),
        "no servers, no parameter"
    );
    assert!(
        signed.url.contains("&Tag.2.Value=&"),
        "an empty tag value is still sent"
    );
}

/// The vector with `BackendServers` swapped for what the form emits (numbers quoted).
fn with_backend_servers(v: &Vector, servers: &str) -> Vec<(String, String)> {
    v.params
        .iter()
        .map(|(n, val)| {
            if n == "BackendServers" {
                (n.clone(), servers.to_string())
            } else {
                (n.clone(), val.clone())
            }
        })
        .collect()
}

#[test]
fn chinese_xml_post_vector_through_the_form() {
    // The vector writes bare numbers (`"Port":443`); the form always quotes them
    // (`"Port":"443"`), so the form can only reproduce the vector with that one
    // value changed. Everything else must match the vector exactly.
    let v = vector("POST");
    let req = fixed(
        Request {
            servers: vec![eni_row()],
            format: Format::Xml,
            method: Method::Post,
            ..Request::default()
        }
        .with(TextField::RegionId, "cn-beijing")
        .with(TextField::LoadBalancerId, "lb-2zeexample")
        .with(TextField::VServerGroupName, "华北服务器组"),
    );
    let form_servers = r#"[{"ServerId":"eni-2ze1","Port":"443","Weight":"50","Type":"eni","ServerIp":"192.168.0.7","Description":"前端-1"}]"#;
    let expected_params = with_backend_servers(&v, form_servers);
    let expected_canonical = ref_canonical(&expected_params);
    let expected_sts = ref_string_to_sign("POST", &expected_canonical);

    let signed = sign_request(&req, &Generated::default());
    assert_eq!(signed.method, Method::Post);
    assert_eq!(signed.canonical_query, expected_canonical);
    assert_eq!(signed.string_to_sign(), expected_sts);
    assert_eq!(signed.signature, signature("testsecret", &expected_sts));
    assert_eq!(signed.host, "slb.cn-beijing.aliyuncs.com");

    // Every pair but BackendServers is byte-identical to the vector's URL query.
    let vector_query = v.canonical_query();
    let vector_pairs: Vec<&str> = vector_query
        .split('&')
        .filter(|p| !p.starts_with("BackendServers="))
        .collect();
    let form_pairs: Vec<&str> = signed
        .canonical_query
        .split('&')
        .filter(|p| !p.starts_with("BackendServers="))
        .collect();
    assert_eq!(form_pairs, vector_pairs);
    assert!(signed
        .canonical_query
        .contains("VServerGroupName=%E5%8D%8E%E5%8C%97%E6%9C%8D%E5%8A%A1%E5%99%A8%E7%BB%84"));
    assert!(signed.canonical_query.contains("Format=XML"));
    assert!(signed
        .canonical_query
        .contains("%22Description%22%3A%22%E5%89%8D%E7%AB%AF-1%22"));
}

#[test]
fn name_vector_through_the_form() {
    // Same situation as the POST vector: the name and everything else must match.
    let v = vector("name with space");
    let req = fixed(
        Request {
            servers: vec![ServerRow {
                server_type: "ecs".into(),
                ..ServerRow::new("i-uf6abc", "8080", "0")
            }],
            ..Request::default()
        }
        .with(TextField::RegionId, "cn-shanghai")
        .with(TextField::LoadBalancerId, "lb-uf6dt91rq5bdj7vhw5d3k")
        .with(TextField::VServerGroupName, "web group*1~/a.b_c"),
    );
    let form_servers = r#"[{"ServerId":"i-uf6abc","Port":"8080","Weight":"0","Type":"ecs"}]"#;
    let expected_canonical = ref_canonical(&with_backend_servers(&v, form_servers));
    let signed = sign_request(&req, &Generated::default());
    assert_eq!(signed.canonical_query, expected_canonical);
    assert_eq!(
        signed.signature,
        signature(
            "testsecret",
            &ref_string_to_sign("GET", &expected_canonical)
        )
    );
    assert!(signed
        .url
        .contains("&VServerGroupName=web%20group%2A1~%2Fa.b_c&"));
    assert_eq!(signed.host, "slb.cn-shanghai.aliyuncs.com");
}

#[test]
fn bare_number_vectors_are_read_by_the_lenient_parser() {
    // The raw path covered the exact bytes; here the form path reads the vectors'
    // BackendServers back into rows.
    let v = vector("POST");
    let parsed = vsg_core::parse_backend_servers(v.param("BackendServers")).expect("parses");
    assert_eq!(parsed.rows, vec![eni_row()]);
    assert_eq!(parsed.notes, vec![vsg_core::Note::BareNumbers]);

    let v = vector("seed");
    let parsed = vsg_core::parse_backend_servers(v.param("BackendServers")).expect("parses");
    assert_eq!(parsed.rows, Request::seed().servers);
    assert!(parsed.notes.is_empty(), "{:?}", parsed.notes);
    assert_eq!(
        vsg_core::encode_backend_servers(&parsed.rows),
        v.param("BackendServers")
    );
}

#[test]
fn operation_params_leave_out_empty_optionals_and_common_params() {
    let names: Vec<String> = operation_params(&Request::seed())
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(
        names,
        ["Action", "RegionId", "LoadBalancerId", "BackendServers"]
    );
    let mut req = Request::seed();
    req[TextField::OwnerId] = "123".into();
    req[TextField::ResourceOwnerId] = "456".into();
    req[TextField::OwnerAccount] = "a".into();
    req[TextField::ResourceOwnerAccount] = "b".into();
    req[TextField::VServerGroupName] = "G".into();
    req.servers.clear();
    let params = operation_params(&req);
    for (name, value) in [
        ("OwnerId", "123"),
        ("ResourceOwnerId", "456"),
        ("OwnerAccount", "a"),
        ("ResourceOwnerAccount", "b"),
        ("VServerGroupName", "G"),
    ] {
        assert!(
            params.contains(&(name.to_string(), value.to_string())),
            "{name} missing from {params:?}"
        );
    }
    assert!(!params.iter().any(|(n, _)| n == "BackendServers"));
    // The content digest covers the operation's own parameters only (no credentials,
    // nonce or timestamp): each sorted name and value, length-prefixed.
    use sha1::{Digest, Sha1};
    let seed = fixed(Request::seed());
    let mut own = operation_params(&seed);
    own.sort();
    assert!(own
        .iter()
        .all(|(n, _)| n != "Timestamp" && n != "AccessKeyId"));
    let mut h = Sha1::new();
    for (name, value) in &own {
        h.update((name.len() as u64).to_le_bytes());
        h.update(name.as_bytes());
        h.update((value.len() as u64).to_le_bytes());
        h.update(value.as_bytes());
    }
    let expected: [u8; 20] = h.finalize().into();
    let signed = sign_request(&seed, &Generated::default());
    assert_eq!(signed.content_digest, expected);
    let mut other = seed.clone();
    other[TextField::SignatureNonce] = "another".into();
    other[TextField::AccessKeyId] = "another".into();
    assert_eq!(
        sign_request(&other, &Generated::default()).content_digest,
        expected
    );
}

#[test]
fn advanced_params_are_signed_and_sent() {
    let mut req = fixed(Request::seed());
    req[TextField::OwnerId] = "1234567890".into();
    req[TextField::ResourceOwnerAccount] = "ops@example.com".into();
    let signed = sign_request(&req, &Generated::default());
    assert!(signed.url.contains("&OwnerId=1234567890&"));
    assert!(signed
        .url
        .contains("&ResourceOwnerAccount=ops%40example.com&"));
    let v = vector("seed");
    let mut params = v.params.clone();
    params.push(("OwnerId".into(), "1234567890".into()));
    params.push(("ResourceOwnerAccount".into(), "ops@example.com".into()));
    assert_eq!(signed.canonical_query, ref_canonical(&params));
    assert_eq!(
        signed.signature,
        signature(
            "testsecret",
            &ref_string_to_sign("GET", &ref_canonical(&params))
        )
    );
}
