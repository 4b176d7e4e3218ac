//! Percent-encoding, the canonical query, endpoints and the small wire enums.

mod common;

use vsg_core::endpoint::{custom_host, host, is_valid_host, public_host, vpc_host};
use vsg_core::TextField;
use vsg_core::{
    canonical_query, percent_decode, percent_encode, sign_request, EndpointKind, Format, Generated,
    Method, Request,
};

#[test]
fn space_is_percent_20_never_plus() {
    assert_eq!(percent_encode(" "), "%20");
    assert_eq!(percent_encode("a b  c"), "a%20b%20%20c");
}

#[test]
fn star_is_percent_2a() {
    assert_eq!(percent_encode("*"), "%2A");
    assert_eq!(percent_encode("a*b"), "a%2Ab");
}

#[test]
fn tilde_is_kept() {
    assert_eq!(percent_encode("~"), "~");
    assert_eq!(percent_encode("a~b~"), "a~b~");
}

#[test]
fn plus_is_percent_2b() {
    assert_eq!(percent_encode("+"), "%2B");
    assert_eq!(percent_encode("a+b=c"), "a%2Bb%3Dc");
}

#[test]
fn unreserved_characters_are_kept() {
    let unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
    assert_eq!(percent_encode(unreserved), unreserved);
}

#[test]
fn every_other_ascii_byte_is_uppercase_hex() {
    for b in 0u8..128 {
        let c = char::from(b);
        let kept = c.is_ascii_alphanumeric() || "-_.~".contains(c);
        let expected = if kept {
            c.to_string()
        } else {
            format!("%{b:02X}")
        };
        assert_eq!(percent_encode(&c.to_string()), expected, "byte {b:#04x}");
    }
}

#[test]
fn reserved_and_json_characters() {
    assert_eq!(
        percent_encode("/:?#[]@!$&'()*+,;=%\"{}"),
        "%2F%3A%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%25%22%7B%7D"
    );
}

#[test]
fn multibyte_utf8_is_encoded_per_byte_in_uppercase_hex() {
    assert_eq!(percent_encode("é"), "%C3%A9");
    assert_eq!(percent_encode("华"), "%E5%8D%8E");
    assert_eq!(percent_encode("前端-1"), "%E5%89%8D%E7%AB%AF-1");
    assert_eq!(percent_encode("😀"), "%F0%9F%98%80");
    assert_eq!(percent_encode("\u{a0}"), "%C2%A0");
    assert_eq!(percent_encode(""), "");
}

#[test]
fn percent_decode_reverses_encoding() {
    assert_eq!(percent_decode("%20").as_deref(), Some(" "));
    assert_eq!(percent_decode("%E5%8D%8E").as_deref(), Some("华"));
    assert_eq!(
        percent_decode("%e5%8d%8e").as_deref(),
        Some("华"),
        "lowercase hex too"
    );
    assert_eq!(percent_decode("a%2Ab~").as_deref(), Some("a*b~"));
    for s in ["", "a b*~+/=&", "华北服务器组", "😀 \u{0} \n", "100%"] {
        assert_eq!(percent_decode(&percent_encode(s)).as_deref(), Some(s));
    }
}

#[test]
fn percent_decode_leaves_plus_and_stray_percent_alone() {
    assert_eq!(percent_decode("a+b").as_deref(), Some("a+b"));
    assert_eq!(percent_decode("%zz").as_deref(), Some("%zz"));
    assert_eq!(percent_decode("%").as_deref(), Some("%"));
}

#[test]
fn percent_decode_rejects_invalid_utf8() {
    assert_eq!(percent_decode("%FF"), None);
    assert_eq!(percent_decode("%E5%8D"), None, "truncated sequence");
}

#[test]
fn canonical_query_sorts_by_byte_order() {
    let params = common::pairs(&[
        ("b", "2"),
        ("a", "1"),
        ("Tag.2.Key", "x"),
        ("Tag.10.Key", "y"),
        ("B", "3"),
        ("_", "4"),
    ]);
    // Byte order: uppercase before `_` before lowercase, "Tag.1" before "Tag.2".
    assert_eq!(
        canonical_query(&params),
        "B=3&Tag.10.Key=y&Tag.2.Key=x&_=4&a=1&b=2"
    );
}

#[test]
fn canonical_query_encodes_names_and_values() {
    let params = common::pairs(&[("a b", "c&d=e"), ("k", "")]);
    assert_eq!(canonical_query(&params), "a%20b=c%26d%3De&k=");
    assert_eq!(canonical_query(&[]), "");
}

#[test]
fn canonical_query_sort_is_stable_for_equal_names() {
    let params = common::pairs(&[("k", "2"), ("a", "0"), ("k", "1")]);
    assert_eq!(canonical_query(&params), "a=0&k=2&k=1");
}

#[test]
fn public_endpoint_rule() {
    assert_eq!(public_host("cn-hangzhou"), "slb.aliyuncs.com");
    assert_eq!(public_host("cn-beijing"), "slb.cn-beijing.aliyuncs.com");
    assert_eq!(
        public_host("ap-southeast-1"),
        "slb.ap-southeast-1.aliyuncs.com"
    );
    assert_eq!(public_host("xx-new-9"), "slb.xx-new-9.aliyuncs.com");
    assert_eq!(public_host(""), "slb.aliyuncs.com");
}

#[test]
fn vpc_endpoint_rule() {
    assert_eq!(vpc_host("cn-hangzhou"), "slb-vpc.cn-hangzhou.aliyuncs.com");
    assert_eq!(vpc_host("eu-west-1"), "slb-vpc.eu-west-1.aliyuncs.com");
    assert_eq!(vpc_host(""), "slb-vpc.cn-hangzhou.aliyuncs.com");
}

#[test]
fn host_dispatches_on_kind() {
    assert_eq!(
        host(EndpointKind::Public, "cn-qingdao", "x.com"),
        "slb.cn-qingdao.aliyuncs.com"
    );
    assert_eq!(
        host(EndpointKind::Vpc, "cn-qingdao", "x.com"),
        "slb-vpc.cn-qingdao.aliyuncs.com"
    );
    assert_eq!(
        host(EndpointKind::Custom, "cn-qingdao", "https://x.com/"),
        "x.com"
    );
}

#[test]
fn custom_endpoint_strips_scheme_and_path() {
    assert_eq!(custom_host("slb.example.com"), "slb.example.com");
    assert_eq!(custom_host("https://slb.example.com"), "slb.example.com");
    assert_eq!(custom_host("http://slb.example.com/"), "slb.example.com");
    assert_eq!(
        custom_host("  https://slb.example.com/a/b?c=d#e  "),
        "slb.example.com"
    );
    assert_eq!(custom_host("127.0.0.1:8080/api"), "127.0.0.1:8080");
    assert_eq!(custom_host("example.com?x"), "example.com");
    assert_eq!(custom_host("example.com#frag"), "example.com");
    assert_eq!(custom_host(""), "");
}

#[test]
fn valid_hosts() {
    for h in [
        "slb.aliyuncs.com",
        "slb-vpc.cn-hangzhou.aliyuncs.com",
        "localhost",
        "127.0.0.1",
        "127.0.0.1:8080",
        "example.com:65535",
        "a1.b2",
    ] {
        assert!(is_valid_host(h), "{h}");
    }
}

#[test]
fn invalid_hosts() {
    let long_label = format!("{}.com", "a".repeat(64));
    let long_host = format!("{}.com", ["abcdefghij"; 25].join("."));
    for h in [
        "",
        "has space.com",
        "-lead.com",
        "trail-.com",
        "a..b",
        ".com",
        "example.com:",
        "example.com:0",
        "example.com:65536",
        "example.com:http",
        "exa_mple.com",
        "ex/ample",
        "例子.com",
        long_label.as_str(),
        long_host.as_str(),
    ] {
        assert!(!is_valid_host(h), "{h:?}");
    }
}

#[test]
fn signed_url_uses_the_chosen_endpoint() {
    let g = Generated {
        nonce: "n".into(),
        timestamp: "2024-01-01T00:00:00Z".into(),
    };
    let mut req = Request::seed();
    assert!(sign_request(&req, &g)
        .url
        .starts_with("https://slb.aliyuncs.com/?"));
    req[TextField::RegionId] = "cn-shenzhen".into();
    assert!(sign_request(&req, &g)
        .url
        .starts_with("https://slb.cn-shenzhen.aliyuncs.com/?"));
    req.endpoint = EndpointKind::Vpc;
    assert!(sign_request(&req, &g)
        .url
        .starts_with("https://slb-vpc.cn-shenzhen.aliyuncs.com/?"));
    req.endpoint = EndpointKind::Custom;
    req[TextField::CustomEndpoint] = "http://127.0.0.1:8080/mock/".into();
    let signed = sign_request(&req, &g);
    assert_eq!(signed.host, "127.0.0.1:8080");
    // A custom endpoint typed with http:// (a local mock server) keeps its scheme.
    assert!(signed
        .url
        .starts_with("http://127.0.0.1:8080/?AccessKeyId="));
    req[TextField::CustomEndpoint] = "HTTPS://[::1]:8443".into();
    let signed = sign_request(&req, &g);
    assert_eq!(signed.host, "[::1]:8443");
    assert!(signed.url.starts_with("https://[::1]:8443/?AccessKeyId="));
    assert!(vsg_core::endpoint::is_valid_host("[::1]:8443"));
    assert!(vsg_core::endpoint::is_valid_host("[2001:db8::1]"));
    assert!(!vsg_core::endpoint::is_valid_host("[::1"));
    assert!(!vsg_core::endpoint::is_valid_host("[::g]:80"));
    assert!(!vsg_core::endpoint::is_valid_host("[::1]:0"));
    assert!(!vsg_core::endpoint::is_valid_host("[::1]x"));
}

#[test]
fn the_endpoint_is_not_part_of_the_signature() {
    let g = Generated {
        nonce: "n".into(),
        timestamp: "2024-01-01T00:00:00Z".into(),
    };
    let public = sign_request(&Request::seed(), &g);
    let mut req = Request::seed();
    req.endpoint = EndpointKind::Vpc;
    assert_eq!(sign_request(&req, &g).signature, public.signature);
}

#[test]
fn format_wire_values() {
    assert_eq!(Format::default(), Format::Json);
    assert_eq!(Format::Json.as_str(), "JSON");
    assert_eq!(Format::Xml.as_str(), "XML");
    assert_eq!(Format::parse("json"), Some(Format::Json));
    assert_eq!(Format::parse("Xml"), Some(Format::Xml));
    assert_eq!(Format::parse("yaml"), None);
    assert_eq!(Format::parse(""), None);
}

#[test]
fn method_wire_values() {
    assert_eq!(Method::default(), Method::Get);
    assert_eq!(Method::Get.as_str(), "GET");
    assert_eq!(Method::Post.as_str(), "POST");
    assert_eq!(Method::parse("post"), Some(Method::Post));
    assert_eq!(Method::parse("GET"), Some(Method::Get));
    assert_eq!(Method::parse("PUT"), None);
}

#[test]
fn endpoint_kind_names_round_trip() {
    assert_eq!(EndpointKind::default(), EndpointKind::Public);
    for k in [
        EndpointKind::Public,
        EndpointKind::Vpc,
        EndpointKind::Custom,
    ] {
        assert_eq!(EndpointKind::parse(k.as_str()), Some(k));
    }
    assert_eq!(EndpointKind::Vpc.as_str(), "vpc");
    assert_eq!(EndpointKind::parse("Public"), None);
}

#[test]
fn format_is_sent_explicitly_and_json_by_default() {
    let g = Generated::default();
    let signed = sign_request(&Request::seed(), &g);
    assert!(signed.url.contains("&Format=JSON&"));
    let mut req = Request::seed();
    req.format = Format::Xml;
    assert!(sign_request(&req, &g).url.contains("&Format=XML&"));
}

#[test]
fn common_parameters_are_present() {
    let signed = sign_request(&Request::seed(), &Generated::default());
    let names: Vec<&str> = signed.params.iter().map(|p| p.name.as_str()).collect();
    for n in [
        "AccessKeyId",
        "Action",
        "Format",
        "Signature",
        "SignatureMethod",
        "SignatureNonce",
        "SignatureVersion",
        "Timestamp",
        "Version",
    ] {
        assert!(names.contains(&n), "{n} missing");
    }
    let value = |n: &str| {
        signed
            .params
            .iter()
            .find(|p| p.name == n)
            .map(|p| p.value.clone())
            .unwrap_or_default()
    };
    assert_eq!(value("Version"), "2014-05-15");
    assert_eq!(value("SignatureMethod"), "HMAC-SHA1");
    assert_eq!(value("SignatureVersion"), "1.0");
    assert_eq!(value("Action"), "CreateVServerGroup");
    let mut sorted = names.clone();
    sorted.sort_unstable();
    assert_eq!(names, sorted, "params are sorted by name");
}

#[test]
fn an_overlong_custom_host_is_cut_to_253_bytes() {
    let host = vsg_core::endpoint::host(EndpointKind::Custom, "", &"中a".repeat(100_000));
    assert!(host.len() <= 253 && host.len() > 240, "{}", host.len());
    assert!("中a".repeat(100_000).starts_with(&host));
}

#[test]
fn a_fully_qualified_host_may_end_in_a_dot() {
    assert!(vsg_core::endpoint::is_valid_host("slb.example.com."));
    assert!(!vsg_core::endpoint::is_valid_host("slb.example.com.."));
    assert!(!vsg_core::endpoint::is_valid_host("."));
}
