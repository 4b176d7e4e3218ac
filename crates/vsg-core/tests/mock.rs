//! Mock responses against the original page's examples and the error format of
//! api-facts.md §4; both bodies read by real parsers (roxmltree, serde_json) for any
//! request.

mod common;

use common::{content_digest, is_request_id};

use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;
use vsg_core::encode::is_xml_char;
use vsg_core::mock::{self, xml_escape, MockResponse, RUNTIME_ERRORS};
use vsg_core::model::ServerList;
use vsg_core::{
    evaluate, first_local_error, validate, ApiError, EndpointKind, Field, Generated, Problem,
    Request, Rule, ServerField, ServerRow, TagRow, TextField,
};

fn success(req: &Request) -> MockResponse {
    mock::success(req, &content_digest(req))
}

fn respond(req: &Request, problems: &[Problem], host: &str) -> MockResponse {
    mock::respond(req, problems, host, &content_digest(req))
}

fn failure(req: &Request, error: &ApiError, host: &str) -> MockResponse {
    mock::failure(error, host, &content_digest(req))
}

const PAGE_REQUEST_ID: &str = "9DEC9C28-AB05-4DDF-9A78-6B08EC9CE18C";
const PAGE_GROUP_ID: &str = "rsp-cige6j5e7p";

/// The code block of the original page tagged `{#tag}`.
fn page_block(tag: &str) -> String {
    let page = common::reference_file("CreateVServerGroup.zh-CN.md");
    let start_marker = format!("``` {{#{tag}}}\n");
    let start = page.find(&start_marker).expect("block start") + start_marker.len();
    let len = page[start..].find("\n```").expect("block end");
    page[start..start + len].trim_end().to_string()
}

fn ids(json: &str) -> (String, String) {
    let v: Value = serde_json::from_str(json).expect("JSON body");
    (
        v["RequestId"].as_str().expect("RequestId").to_string(),
        v["VServerGroupId"].as_str().unwrap_or_default().to_string(),
    )
}

#[test]
fn seed_xml_equals_the_page_example_modulo_ids() {
    let resp = success(&Request::seed());
    assert_eq!(resp.status, 200);
    let (rid, gid) = ids(&resp.json());
    assert!(is_request_id(&rid), "{rid}");
    assert!(gid.starts_with("rsp-") && gid.len() == 14, "{gid}");
    let expected = page_block("xml_return_success_demo")
        .replace(PAGE_REQUEST_ID, &rid)
        .replace(PAGE_GROUP_ID, &gid);
    assert!(expected.starts_with("<CreateVServerGroupResponse>"));
    assert_eq!(resp.xml().trim_end(), expected);
}

#[test]
fn seed_json_equals_the_page_example_modulo_ids_and_number_types() {
    let resp = success(&Request::seed());
    let (rid, gid) = ids(&resp.json());
    let mut expected: Value =
        serde_json::from_str(&page_block("json_return_success_demo")).expect("page JSON");
    expected["RequestId"] = Value::from(rid);
    expected["VServerGroupId"] = Value::from(gid);
    // The page quotes numbers; the response type table (and the project) says Integer.
    for server in expected["BackendServers"]["BackendServer"]
        .as_array_mut()
        .expect("servers")
    {
        for key in ["Port", "Weight"] {
            let n: u64 = server[key]
                .as_str()
                .expect("quoted")
                .parse()
                .expect("digits");
            server[key] = Value::from(n);
        }
    }
    let got: Value = serde_json::from_str(&resp.json()).expect("JSON");
    assert_eq!(got, expected);
    assert_eq!(
        got["BackendServers"]["BackendServer"][2]["Port"],
        Value::from(70)
    );
}

#[test]
fn success_xml_and_json_carry_the_same_ids() {
    let req = Request::seed();
    let resp = success(&req);
    let (rid, gid) = ids(&resp.json());
    assert!(resp
        .xml()
        .contains(&format!("<RequestId>{rid}</RequestId>")));
    assert!(resp
        .xml()
        .contains(&format!("<VServerGroupId>{gid}</VServerGroupId>")));
    assert_eq!(success(&req), resp, "deterministic");
}

#[test]
fn xml_children_in_page_order() {
    let xml = success(&Request::seed()).xml();
    let pos = |tag: &str| xml.find(tag).unwrap_or_else(|| panic!("{tag}"));
    assert!(pos("<RequestId>") < pos("<VServerGroupId>"));
    assert!(pos("<VServerGroupId>") < pos("<BackendServers>"));
    assert!(pos("<ServerId>vm-233") < pos("<ServerId>vm-232"));
    assert!(pos("<ServerId>vm-232") < pos("<ServerId>vm-231"));
}

#[test]
fn type_and_description_only_when_set() {
    let mut req = Request::seed();
    req.servers = vec![
        ServerRow {
            server_type: "eni".into(),
            server_ip: "10.0.0.1".into(),
            description: "前端&<1>".into(),
            ..ServerRow::new("eni-1", "443", "50")
        },
        ServerRow::new("i-2", "80", "100"),
    ];
    let resp = success(&req);
    let v: Value = serde_json::from_str(&resp.json()).expect("JSON");
    let list = v["BackendServers"]["BackendServer"]
        .as_array()
        .expect("list");
    assert_eq!(
        list[0],
        serde_json::json!({"ServerId": "eni-1", "Port": 443, "Weight": 50, "Type": "eni", "Description": "前端&<1>"})
    );
    assert_eq!(
        list[1],
        serde_json::json!({"ServerId": "i-2", "Port": 80, "Weight": 100})
    );
    assert!(resp.xml().contains(
        "      <ServerId>eni-1</ServerId>\n      <Port>443</Port>\n      <Weight>50</Weight>\n      <Type>eni</Type>\n      <Description>前端&amp;&lt;1&gt;</Description>\n"
    ));
    assert_eq!(resp.xml().matches("<Type>").count(), 1);
    assert_eq!(resp.xml().matches("<Description>").count(), 1);
    assert!(
        !resp.xml().contains("ServerIp"),
        "ServerIp is not in the response"
    );
    assert!(!resp.json().contains("ServerIp"));
}

#[test]
fn empty_weight_is_reported_as_the_default_100() {
    let mut req = Request::seed();
    req.servers = vec![ServerRow::new("i-1", "80", "")];
    let resp = success(&req);
    let v: Value = serde_json::from_str(&resp.json()).expect("JSON");
    assert_eq!(
        v["BackendServers"]["BackendServer"][0]["Weight"],
        Value::from(100)
    );
    assert!(resp.xml().contains("<Weight>100</Weight>"));
}

#[test]
fn no_servers_is_an_empty_list() {
    let mut req = Request::seed();
    req.servers.clear();
    let resp = success(&req);
    let v: Value = serde_json::from_str(&resp.json()).expect("JSON");
    assert_eq!(v["BackendServers"]["BackendServer"], serde_json::json!([]));
    assert!(!resp.xml().contains("<BackendServer>"));
    assert!(resp.xml().contains("<BackendServers>"));
}

#[test]
fn success_xml_escapes_server_ids() {
    let mut req = Request::seed();
    req.servers = vec![ServerRow::new("i-<a&b>", "80", "1")];
    let resp = success(&req);
    assert!(resp
        .xml()
        .contains("<ServerId>i-&lt;a&amp;b&gt;</ServerId>"));
    let v: Value = serde_json::from_str(&resp.json()).expect("JSON");
    assert_eq!(
        v["BackendServers"]["BackendServer"][0]["ServerId"],
        "i-<a&b>"
    );
}

#[test]
fn xml_escape_handles_the_five_entities() {
    assert_eq!(
        xml_escape("a&b<c>d\"e'f"),
        "a&amp;b&lt;c&gt;d&quot;e&apos;f"
    );
    assert_eq!(xml_escape("华北 plain"), "华北 plain");
    assert_eq!(xml_escape("&amp;"), "&amp;amp;");
}

/// The JSON keys of a flat object, in the order they appear in the text.
fn key_order(json: &str, keys: &[&str]) -> Vec<usize> {
    keys.iter()
        .map(|k| {
            json.find(&format!("\"{k}\""))
                .unwrap_or_else(|| panic!("{k} missing in {json}"))
        })
        .collect()
}

fn port_error_request() -> Request {
    let mut req = Request::seed();
    req.servers[0].port = "70000".into();
    req
}

#[test]
fn error_response_json() {
    let req = port_error_request();
    let resp = respond(&req, &validate(&req), "slb.aliyuncs.com");
    assert_eq!(resp.status, 400);
    let order = key_order(
        &resp.json(),
        &["RequestId", "HostId", "Code", "Message", "Recommend"],
    );
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{}", resp.json());
    let v: Value = serde_json::from_str(&resp.json()).expect("JSON");
    let rid = v["RequestId"].as_str().expect("RequestId");
    assert!(is_request_id(rid), "{rid}");
    assert_eq!(v["HostId"], "slb.aliyuncs.com");
    assert_eq!(v["Code"], "InvalidParameter");
    assert_eq!(
        v["Message"],
        "The specified BackendServers is invalid, as the Port value should be in [1, 65535]."
    );
    assert_eq!(
        v["Recommend"],
        format!(
            "https://api.aliyun.com/troubleshoot?q=InvalidParameter&product=Slb&requestId={rid}"
        )
    );
    assert_eq!(v.as_object().map(|o| o.len()), Some(5));
}

#[test]
fn error_response_xml() {
    let req = port_error_request();
    let resp = respond(&req, &validate(&req), "slb.aliyuncs.com");
    let (rid, _) = ids(&resp.json());
    assert!(resp
        .xml()
        .starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    let body: String = resp.xml().lines().skip(1).map(str::trim).collect();
    assert_eq!(
        body,
        format!(
            "<Error><RequestId>{rid}</RequestId><HostId>slb.aliyuncs.com</HostId><Code>InvalidParameter</Code>\
<Message>The specified BackendServers is invalid, as the Port value should be in [1, 65535].</Message>\
<Recommend>https://api.aliyun.com/troubleshoot?q=InvalidParameter&amp;product=Slb&amp;requestId={rid}</Recommend></Error>"
        )
    );
}

#[test]
fn error_xml_escapes_message_and_host() {
    let error = ApiError {
        status: 503,
        code: "ServiceUnavailable",
        message: "a < b & c > d".into(),
    };
    let resp = failure(&Request::seed(), &error, "h&<>");
    assert_eq!(resp.status, 503);
    assert!(resp
        .xml()
        .contains("<Message>a &lt; b &amp; c &gt; d</Message>"));
    assert!(resp.xml().contains("<HostId>h&amp;&lt;&gt;</HostId>"));
    let v: Value = serde_json::from_str(&resp.json()).expect("JSON");
    assert_eq!(v["Message"], "a < b & c > d");
    assert_eq!(v["HostId"], "h&<>");
    assert_eq!(v["Code"], "ServiceUnavailable");
}

#[test]
fn first_api_error_wins() {
    let mut req = port_error_request();
    req[TextField::RegionId].clear();
    req.tags.push(TagRow::default());
    let problems = validate(&req);
    assert!(problems.len() >= 3);
    let resp = respond(&req, &problems, "slb.aliyuncs.com");
    assert_eq!(resp.status, 400);
    let v: Value = serde_json::from_str(&resp.json()).expect("JSON");
    assert_eq!(v["Code"], "MissingParameter");
    assert_eq!(
        v["Message"],
        "The input parameter “RegionId” that is mandatory for processing this request is not supplied."
    );
}

#[test]
fn malformed_region_is_a_404() {
    let mut req = Request::seed();
    req[TextField::RegionId] = "Hangzhou".into();
    let resp = respond(&req, &validate(&req), "slb.Hangzhou.aliyuncs.com");
    assert_eq!(resp.status, 404);
    let v: Value = serde_json::from_str(&resp.json()).expect("JSON");
    assert_eq!(v["Code"], "InvalidRegionId.NotFound");
    assert_eq!(v["HostId"], "slb.Hangzhou.aliyuncs.com");
}

#[test]
fn warnings_alone_give_success() {
    let req = Request::seed();
    let problems = validate(&req);
    assert!(!problems.is_empty(), "the seed has prefix warnings");
    assert_eq!(respond(&req, &problems, "slb.aliyuncs.com"), success(&req));
}

#[test]
fn warnings_before_an_error_are_skipped() {
    // Row 0 has a prefix warning (vm-), row 1 a weight error.
    let mut req = Request::seed();
    req.servers[1].weight = "101".into();
    let resp = respond(&req, &validate(&req), "slb.aliyuncs.com");
    assert_eq!(resp.status, 400);
    let v: Value = serde_json::from_str(&resp.json()).expect("JSON");
    assert_eq!(v["Code"], "InvalidWeight.Malformed");
    assert_eq!(v["Message"], "A specified weight is not valid.");
}

#[test]
fn too_many_servers_response() {
    let mut req = Request::seed();
    req.servers = (0..21)
        .map(|i| ServerRow::new(&format!("i-{i}"), "80", "100"))
        .collect();
    let resp = respond(&req, &validate(&req), "slb.aliyuncs.com");
    let v: Value = serde_json::from_str(&resp.json()).expect("JSON");
    assert_eq!(resp.status, 400);
    assert_eq!(v["Code"], "TooManyBackendServers");
    assert_eq!(
        v["Message"],
        "The total number of input real servers exceeds max supported number: 20"
    );
}

#[test]
fn error_request_id_is_deterministic() {
    let req = port_error_request();
    let a = respond(&req, &validate(&req), "slb.aliyuncs.com");
    let mut same = req.clone();
    same[TextField::SignatureNonce] = "other".into();
    let b = respond(&same, &validate(&same), "slb.aliyuncs.com");
    assert_eq!(a, b);
    let mut other = req.clone();
    other.servers[0].port = "70001".into();
    let c = respond(&other, &validate(&other), "slb.aliyuncs.com");
    assert_ne!(ids(&a.json()).0, ids(&c.json()).0);
}

#[test]
fn an_empty_group_has_an_empty_backend_servers_element() {
    let req = vsg_core::Request {
        servers: vec![],
        ..vsg_core::Request::seed()
    };
    let xml = success(&req).xml();
    assert!(
        xml.contains("\n  <BackendServers></BackendServers>\n</CreateVServerGroupResponse>"),
        "{xml}"
    );
    let json: serde_json::Value = serde_json::from_str(&success(&req).json()).unwrap();
    assert_eq!(
        json["BackendServers"]["BackendServer"],
        serde_json::json!([])
    );
}

#[test]
fn xml_escape_keeps_cr_and_replaces_what_xml_cannot_carry() {
    assert_eq!(xml_escape("a\tb\nc\rd"), "a\tb\nc&#xD;d");
    assert_eq!(
        xml_escape("\u{0}\u{1}\u{B}\u{1F}\u{7F}\u{85}"),
        "\u{FFFD}".repeat(6)
    );
    assert_eq!(xml_escape("vm-\u{FFFF}"), "vm-\u{FFFD}");
    assert_eq!(xml_escape("\u{FFFE}x\u{FFFF}"), "\u{FFFD}x\u{FFFD}");
    // Their UTF-8 neighbours are carried as they are.
    for kept in [
        "\u{FFFD}",
        "\u{FFFC}",
        "\u{EFBF}",
        "\u{1FFFF}",
        "\u{10FFFF}",
        "\u{E000}",
        "\u{A0}",
    ] {
        assert_eq!(xml_escape(kept), kept, "{kept:?}");
    }
}

/// The XML 1.0 `Char` production, as the spec writes it.
fn spec_char(c: char) -> bool {
    matches!(c as u32, 0x9 | 0xA | 0xD | 0x20..=0xD7FF | 0xE000..=0xFFFD | 0x10000..=0x10FFFF)
}

/// What a reader of the XML body finds for a value: the value, with every character
/// XML 1.0 cannot carry, DEL and the C1 controls read as U+FFFD (char by char, apart
/// from the byte-oriented writer).
fn as_read_from_xml(value: &str) -> String {
    value
        .chars()
        .map(|c| {
            if spec_char(c) && !('\u{7F}'..='\u{9F}').contains(&c) {
                c
            } else {
                '\u{FFFD}'
            }
        })
        .collect()
}

#[test]
fn is_xml_char_is_the_char_production_and_agrees_with_a_parser() {
    let all = || (0..=0x10FFFF).filter_map(char::from_u32);
    for c in all() {
        assert_eq!(is_xml_char(c), spec_char(c), "U+{:04X}", c as u32);
    }
    // A real parser refuses the others even as character references (the BMP and the
    // edges of the other planes: a parse per character).
    let sample = all().filter(|&c| (c as u32) < 0x10000 || (c as u32) & 0xFFFF >= 0xFFFE);
    for c in sample {
        let doc = format!("<a>&#x{:X};</a>", c as u32);
        assert_eq!(
            roxmltree::Document::parse(&doc).is_ok(),
            is_xml_char(c),
            "U+{:04X}",
            c as u32
        );
    }
}

/// Every character, in a ServerId and a Description: the success body is still
/// well-formed, and reads back as the value with what XML cannot carry replaced.
#[test]
fn every_character_reads_back_from_the_xml_body() {
    let all: String = (0..=0x10FFFF).filter_map(char::from_u32).collect();
    let row = ServerRow::from([
        all.clone(),
        "80".into(),
        "100".into(),
        "eni".into(),
        String::new(),
        all.clone(),
    ]);
    let req = Request {
        servers: vec![row],
        ..Request::seed()
    };
    let resp = mock::success(&req, &[7; 20]);
    let xml = resp.xml();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let expected = as_read_from_xml(&all);
    for name in ["ServerId", "Description"] {
        let text = doc
            .descendants()
            .find(|n| n.has_tag_name(name))
            .and_then(|n| n.text())
            .expect(name);
        assert!(text == expected, "{name} reads back differently");
    }
    let json: Value = serde_json::from_str(&resp.json()).expect("JSON");
    assert_eq!(json["BackendServers"]["BackendServer"][0]["ServerId"], all);
}

/// Parses both bodies of `resp` with real parsers: the XML root is the success's or
/// the error's, and every element of the XML reads as the JSON's value (RequestId
/// first), with what XML cannot carry replaced.
fn check_bodies(resp: &MockResponse) -> Result<(), TestCaseError> {
    let json: Value = serde_json::from_str(&resp.json())
        .map_err(|e| TestCaseError::fail(format!("JSON: {e}\n{}", resp.json())))?;
    let xml = resp.xml();
    let doc = roxmltree::Document::parse(&xml)
        .map_err(|e| TestCaseError::fail(format!("XML: {e}\n{xml:?}")))?;
    let root = doc.root_element();
    let text = |node: roxmltree::Node<'_, '_>, name: &str| {
        node.children()
            .find(|n| n.has_tag_name(name))
            .map(|n| n.text().unwrap_or("").to_string())
    };
    let json_text = |v: &Value| v.as_str().map(as_read_from_xml);
    prop_assert_eq!(text(root, "RequestId"), json_text(&json["RequestId"]));
    prop_assert!(json["RequestId"].as_str().is_some_and(|id| id.len() == 36));
    if resp.status == 200 {
        prop_assert_eq!(root.tag_name().name(), "CreateVServerGroupResponse");
        prop_assert_eq!(
            text(root, "VServerGroupId"),
            json_text(&json["VServerGroupId"])
        );
        let list = root
            .children()
            .find(|n| n.has_tag_name("BackendServers"))
            .ok_or_else(|| TestCaseError::fail("no BackendServers"))?;
        let xml_rows: Vec<_> = list.children().filter(|n| n.is_element()).collect();
        let json_rows = json["BackendServers"]["BackendServer"]
            .as_array()
            .ok_or_else(|| TestCaseError::fail("no BackendServer array"))?;
        prop_assert_eq!(xml_rows.len(), json_rows.len());
        for (x, j) in xml_rows.iter().zip(json_rows) {
            prop_assert!(x.has_tag_name("BackendServer"));
            for name in ["ServerId", "Type", "Description"] {
                prop_assert_eq!(text(*x, name), json_text(&j[name]), "{}", name);
            }
            for name in ["Port", "Weight"] {
                let n = text(*x, name).and_then(|t| t.parse::<u64>().ok());
                prop_assert_eq!(n, j[name].as_u64(), "{}", name);
            }
        }
    } else {
        prop_assert_eq!(root.tag_name().name(), "Error");
        for name in ["HostId", "Code", "Message", "Recommend"] {
            prop_assert_eq!(text(root, name), json_text(&json[name]), "{}", name);
        }
        prop_assert_eq!(json["Code"].as_str().is_some_and(|c| !c.is_empty()), true);
    }
    Ok(())
}

proptest! {
    /// Any request, any simulated runtime error, any host: every body the mock writes
    /// parses, as XML 1.0 and as JSON, whether or not validation would show it.
    #[test]
    fn both_bodies_parse_for_any_request(
        req in common::arb_request(),
        generated in common::arb_generated(),
        simulate in proptest::option::of(select(RUNTIME_ERRORS)),
        host in common::unicode(24),
        message in common::unicode(40),
    ) {
        let outcome = evaluate(&req, &generated, simulate.as_ref());
        prop_assert_eq!(
            outcome.response.is_none(),
            first_local_error(&outcome.checked.problems).is_some()
        );
        if let Some(resp) = &outcome.response {
            check_bodies(resp)?;
            if let Some(e) = &simulate {
                prop_assert_eq!(resp.status, e.status);
            }
        }
        // The writers themselves, past validation: a success for any rows, and errors
        // with any host and message.
        let digest = outcome.checked.signed.content_digest;
        check_bodies(&mock::success(&req, &digest))?;
        check_bodies(&mock::respond(&req, &outcome.checked.problems, &host, &digest))?;
        for e in RUNTIME_ERRORS.iter().filter(|e| Some(**e) == simulate).chain(Some(&RUNTIME_ERRORS[0])) {
            check_bodies(&mock::failure(&e.for_request(&req), &host, &digest))?;
        }
        check_bodies(&mock::failure(&ApiError::new(400, "InvalidParameter", message), &host, &digest))?;
    }
}

/// Every string of a JSON body.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(list) => list.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// Validation and the mock agree on what a response echoes: a character XML cannot
/// carry, typed into any value of the form, either never reaches a response (with or
/// without a simulated runtime error) or is refused at its field, and no other value
/// is refused for it.
#[test]
fn a_character_xml_cannot_carry_never_reaches_a_response_unrefused() {
    let base = Request {
        servers: vec![ServerRow::from(
            ["i-1", "80", "100", "eni", "10.0.0.1", "web"].map(String::from),
        )],
        tags: vec![TagRow {
            key: "k".into(),
            value: "v".into(),
        }],
        ..Request::seed()
    }
    .with(TextField::OwnerId, "1")
    .with(TextField::CustomEndpoint, "slb.example.com");
    let mut places: Vec<Field> = TextField::ALL.into_iter().map(Field::Text).collect();
    places.extend(ServerField::ALL.map(|field| Field::Server {
        list: ServerList::Main,
        row: 0,
        field,
    }));
    places.extend([Field::TagKey(0), Field::TagValue(0)]);
    let simulated = std::iter::once(None).chain(RUNTIME_ERRORS.iter().map(Some));
    let mut refused = Vec::new();
    for at in places {
        for found in ['\u{FFFF}', '\u{1}'] {
            for endpoint in [EndpointKind::Public, EndpointKind::Custom] {
                let mut req = Request {
                    endpoint,
                    ..base.clone()
                };
                let value = match at {
                    Field::Text(f) => &mut req[f],
                    Field::Server { list, row, field } => req.list_mut(list)[row].get_mut(field),
                    Field::TagKey(row) => &mut req.tags[row].key,
                    Field::TagValue(row) => &mut req.tags[row].value,
                    _ => unreachable!(),
                };
                value.push(found);
                for simulate in simulated.clone() {
                    let out = evaluate(&req, &Generated::default(), simulate);
                    match &out.response {
                        Some(resp) => {
                            let json: Value = serde_json::from_str(&resp.json()).expect("JSON");
                            let mut all = Vec::new();
                            strings(&json, &mut all);
                            assert!(
                                !all.iter().any(|s| s.contains(found)),
                                "{at:?} {found:?} {simulate:?} reached {}",
                                resp.json()
                            );
                        }
                        None => {
                            let local = first_local_error(&out.checked.problems).expect("local");
                            assert_eq!(local.field, at, "{:#?}", out.checked.problems);
                            if local.rule == (Rule::NotXmlCharacter { found }) {
                                refused.push(at);
                            }
                        }
                    }
                }
            }
        }
    }
    refused.dedup();
    // Every value of the operation's own parameters is refused (the family's answers
    // echo them); the common ones (credentials, nonce, time, the host) never reach a
    // body.
    let mut own: Vec<Field> = [
        TextField::RegionId,
        TextField::LoadBalancerId,
        TextField::VServerGroupName,
        TextField::ResourceOwnerAccount,
        TextField::OwnerAccount,
        TextField::OwnerId,
        TextField::ResourceOwnerId,
    ]
    .map(Field::Text)
    .to_vec();
    own.extend(ServerField::ALL.map(|field| Field::Server {
        list: ServerList::Main,
        row: 0,
        field,
    }));
    own.extend([Field::TagKey(0), Field::TagValue(0)]);
    assert_eq!(refused, own);
}
