//! The operation is a value: a second operation, defined only in the tests
//! (`common::second_operation::TOUCH`, one required `VServerGroupId`, an answer of
//! `RequestId` alone), goes through every path of the crate without a line of the
//! crate's code knowing it.

mod common;

use common::second_operation::{CATALOG, TOUCH};
use vsg_core::import::{import_any, import_cli, import_url};
use vsg_core::sign_v3::{curl_v3, sign_request_v3};
use vsg_core::snippets::{snippet, Language};
use vsg_core::{
    evaluate, permalink, sign_request, validate, Field, Generated, Request, Rule, TextField,
};

fn generated() -> Generated {
    Generated {
        nonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf".into(),
        timestamp: "2024-05-01T08:00:00Z".into(),
    }
}

/// A TouchVServerGroup request: region, group, OwnerId.
fn touch() -> Request {
    Request {
        op: &TOUCH,
        ..Request::default()
    }
    .with(TextField::RegionId, "cn-hangzhou")
    .with(TextField::VServerGroupId, "rsp-bp1touch")
    .with(TextField::OwnerId, "123")
}

#[test]
fn it_is_built_from_its_own_table_and_nothing_else() {
    // Fields of other tables are kept in the form but not sent.
    let req = touch().with(TextField::LoadBalancerId, "lb-not-sent");
    let signed = sign_request(&req, &generated());
    let names: Vec<&str> = signed.params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "AccessKeyId",
            "Action",
            "Format",
            "OwnerId",
            "RegionId",
            "Signature",
            "SignatureMethod",
            "SignatureNonce",
            "SignatureVersion",
            "Timestamp",
            "VServerGroupId",
            "Version"
        ]
    );
    assert!(
        signed.url.contains("Action=TouchVServerGroup"),
        "{}",
        signed.url
    );
    assert!(!signed.url.contains("lb-not-sent"));
    // Signature v1 against the independent implementation of the tests.
    let pairs: Vec<(String, String)> = signed
        .params
        .iter()
        .filter(|p| p.name != "Signature")
        .map(|p| (p.name.clone(), p.value.clone()))
        .collect();
    let canonical = common::ref_canonical(&pairs);
    assert_eq!(signed.canonical_query, canonical);
    assert_eq!(
        signed.string_to_sign(),
        common::ref_string_to_sign("GET", &canonical)
    );
}

#[test]
fn it_is_validated_by_its_own_table() {
    assert_eq!(validate(&touch()), vec![]);
    let missing = Request {
        op: &TOUCH,
        ..Request::default()
    }
    .with(TextField::RegionId, "cn-hangzhou");
    let problems = validate(&missing);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, Field::Text(TextField::VServerGroupId));
    assert_eq!(problems[0].rule, Rule::Required);
    let api = problems[0].api.as_ref().expect("the service's answer");
    assert_eq!((api.status, api.code), (400, "MissingParameter"));
    assert!(api.message.contains("VServerGroupId"), "{}", api.message);
    // The rules of its rows follow them: OwnerId is a Long here too.
    let bad = touch().with(TextField::OwnerId, "12a");
    assert_eq!(validate(&bad)[0].rule, Rule::NotALong);
    // A LoadBalancerId, required by CreateVServerGroup, is nothing to this table.
    assert_eq!(
        validate(&touch().with(TextField::LoadBalancerId, "")),
        vec![]
    );
}

#[test]
fn it_is_signed_with_v3_under_its_own_action() {
    let v3 = sign_request_v3(&touch(), &generated());
    let header = |name: &str| {
        v3.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(header("x-acs-action"), Some("TouchVServerGroup"));
    assert_eq!(header("x-acs-version"), Some("2014-05-15"));
    assert!(v3.canonical_request.contains("VServerGroupId=rsp-bp1touch"));
    let curl = curl_v3(touch().method, &v3);
    assert!(curl.contains("x-acs-action: TouchVServerGroup"), "{curl}");
}

#[test]
fn its_answer_is_its_own_shape_in_both_formats() {
    let out = evaluate(&touch(), &generated(), None);
    let r = out.response.expect("an answer");
    assert_eq!(r.status, 200);
    let json: serde_json::Value = serde_json::from_str(&r.json()).expect("JSON");
    let keys: Vec<&String> = json.as_object().expect("an object").keys().collect();
    assert_eq!(keys, ["RequestId"]);
    let xml = r.xml();
    let doc = roxmltree::Document::parse(&xml).expect("XML");
    assert_eq!(
        doc.root_element().tag_name().name(),
        "TouchVServerGroupResponse"
    );
    let children: Vec<&str> = doc
        .root_element()
        .children()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name())
        .collect();
    assert_eq!(children, ["RequestId"]);
    assert_eq!(
        doc.root_element()
            .first_element_child()
            .and_then(|n| n.text()),
        json["RequestId"].as_str()
    );
    // A simulated RAM denial names its action.
    let denied = vsg_core::mock::RuntimeError::find("Forbidden.RAM");
    let r = evaluate(&touch(), &generated(), denied)
        .response
        .expect("an answer");
    assert!(
        r.json().contains("Action: slb:TouchVServerGroup"),
        "{}",
        r.json()
    );
}

#[test]
fn it_is_imported_from_its_url_curl_and_cli_where_the_action_picks_it() {
    // Fixed nonce and time, so that the text carries what the form holds.
    let g = generated();
    let req = touch()
        .with(TextField::SignatureNonce, g.nonce.clone())
        .with(TextField::Timestamp, g.timestamp.clone());
    let signed = sign_request(&req, &g);
    // The form was on CreateVServerGroup: the Action of the text picks the operation.
    let base = Request::seed();
    let from_url = import_url(&signed.url, &base, CATALOG).expect("URL");
    assert_eq!(from_url.request.op, &TOUCH);
    assert_eq!(from_url.request, req);
    assert!(from_url.unmapped.is_empty(), "{:?}", from_url.unmapped);
    let curl = snippet(Language::Curl, &req, &signed);
    assert_eq!(
        import_any(&curl, &base, CATALOG).expect("curl").request,
        req
    );
    let cli = snippet(Language::AliyunCli, &req, &signed);
    assert!(cli.contains("aliyun slb TouchVServerGroup"), "{cli}");
    let from_cli = import_cli(&cli, &base, CATALOG).expect("CLI").request;
    assert_eq!(from_cli[TextField::VServerGroupId], "rsp-bp1touch");
    assert_eq!(from_cli.op, &TOUCH);
    // Another case of the API name is read as the operation, with a note.
    let cased = import_cli(
        "aliyun slb touchvservergroup --RegionId cn-hangzhou --VServerGroupId rsp-1",
        &base,
        CATALOG,
    )
    .expect("CLI");
    assert_eq!(cased.request.op, &TOUCH);
    assert!(!cased.notes.is_empty());
    // Without an Action the form's own operation stays, and its table maps the text.
    let bare = import_url(
        "RegionId=cn-hangzhou&VServerGroupId=rsp-2",
        &touch(),
        CATALOG,
    )
    .expect("bare query");
    assert_eq!(bare.request.op, &TOUCH);
    assert_eq!(bare.request[TextField::VServerGroupId], "rsp-2");
    // The family alone does not know it.
    assert!(import_url(&signed.url, &base, vsg_core::FAMILY).is_err());
}

#[test]
fn it_is_linked_with_its_operation_and_old_links_open_as_the_default() {
    let req = touch();
    let link = permalink::encode(&req);
    assert!(link.starts_with("v1&op=TouchVServerGroup&"), "{link}");
    assert!(link.contains("&g=rsp-bp1touch"), "{link}");
    assert_eq!(permalink::decode(&link, CATALOG), Ok(req));
    // A link without `op` is the default operation's, as every link written before.
    let old = "v1&r=cn-hangzhou&lb=lb-bp1qjwo61pqz3ahltv0mw&s=vm-233,80,100";
    let opened = permalink::decode(old, CATALOG).expect("an old link");
    assert_eq!(opened.op, vsg_core::FAMILY[0]);
    assert_eq!(opened.op.action, "CreateVServerGroup");
    assert_eq!(permalink::encode(&opened), old);
    // A key of another table is not this operation's.
    assert!(permalink::decode("v1&op=TouchVServerGroup&lb=x", CATALOG).is_err());
    // An operation the catalog lacks is an error at its value.
    let e = permalink::decode("v1&op=TouchVServerGroup&g=x", vsg_core::FAMILY).unwrap_err();
    assert_eq!(e.offset, "v1&op=".len());
}

#[test]
fn every_snippet_calls_it_by_its_sdk_names() {
    let req = touch();
    let signed = sign_request(&req, &generated());
    let expect = [
        (Language::AliyunCli, "aliyun slb TouchVServerGroup"),
        (Language::Curl, "Action=TouchVServerGroup"),
        (Language::PythonV2, "touch_vserver_group_with_options"),
        (Language::PythonV1, "TouchVServerGroupRequest"),
        (Language::Java, "touchVServerGroupWithOptions"),
        (Language::Go, "TouchVServerGroupWithOptions"),
        (Language::NodeTs, "touchVServerGroupWithOptions"),
    ];
    for (lang, needle) in expect {
        let code = snippet(lang, &req, &signed);
        assert!(code.contains(needle), "{lang:?} lacks {needle}\n{code}");
        assert!(code.contains("rsp-bp1touch"), "{lang:?}\n{code}");
        assert!(!code.contains("CreateVServerGroup"), "{lang:?}\n{code}");
    }
}
