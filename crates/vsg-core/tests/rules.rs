//! Every validation rule: the field it points at, its severity and the error the
//! service would return (codes and messages from api-facts.md §5).

use vsg_core::validate::has_errors;
use vsg_core::{
    validate, ApiError, EndpointKind, Field, Problem, Request, Rule, ServerField, ServerRow,
    Severity, TagRow, TextField,
};

const BACKEND_INVALID: &str = "The specified BackendServers is invalid.";
const PORT_MESSAGE: &str =
    "The specified BackendServers is invalid, as the Port value should be in [1, 65535].";

/// The seed with its servers given valid ECS IDs, so that it has no problem at all.
fn clean() -> Request {
    let mut req = Request::seed();
    for (i, s) in req.servers.iter_mut().enumerate() {
        s.server_id = format!("i-bp1{i}");
    }
    req
}

fn api(status: u16, code: &'static str, message: &str) -> Option<ApiError> {
    Some(ApiError {
        status,
        code,
        message: message.to_string(),
    })
}

/// Asserts `req` has exactly one problem and returns it.
fn single(req: &Request) -> Problem {
    let problems = validate(req);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems.into_iter().next().unwrap()
}

fn server(row: usize, field: ServerField) -> Field {
    Field::Server { row, field }
}

fn with_server(row: ServerRow) -> Request {
    Request {
        servers: vec![row],
        ..clean()
    }
}

fn with_tags(tags: &[(&str, &str)]) -> Request {
    Request {
        tags: tags
            .iter()
            .map(|(k, v)| TagRow {
                key: k.to_string(),
                value: v.to_string(),
            })
            .collect(),
        ..clean()
    }
}

#[test]
fn clean_request_has_no_problems() {
    assert_eq!(validate(&clean()), vec![]);
}

#[test]
fn seed_has_no_errors_only_prefix_warnings() {
    let problems = validate(&Request::seed());
    assert!(!has_errors(&problems), "{problems:#?}");
    assert_eq!(problems.len(), 3, "{problems:#?}");
    for (row, p) in problems.iter().enumerate() {
        assert_eq!(p.field, server(row, ServerField::ServerId));
        assert_eq!(p.severity, Severity::Warning);
        assert_eq!(p.rule, Rule::ServerIdPrefix { expected: "i-" });
        assert_eq!(p.api, None);
    }
}

#[test]
fn empty_region_is_missing_parameter() {
    let mut req = clean();
    req[TextField::RegionId].clear();
    let p = single(&req);
    assert_eq!(p.field, Field::Text(TextField::RegionId));
    assert_eq!(p.severity, Severity::Error);
    assert_eq!(p.rule, Rule::Required);
    assert_eq!(
        p.api,
        api(
            400,
            "MissingParameter",
            "The input parameter \u{201c}RegionId\u{201d} that is mandatory for processing this request is not supplied."
        )
    );
}

#[test]
fn empty_load_balancer_id_is_missing_parameter() {
    let mut req = clean();
    req[TextField::LoadBalancerId].clear();
    let p = single(&req);
    assert_eq!(p.field, Field::Text(TextField::LoadBalancerId));
    assert_eq!(p.severity, Severity::Error);
    assert_eq!(p.rule, Rule::Required);
    assert_eq!(
        p.api,
        api(
            400,
            "MissingParameter",
            "The input parameter “LoadBalancerId” that is mandatory for processing this request is not supplied."
        )
    );
}

#[test]
fn malformed_region_is_invalid_region_id_not_found() {
    for region in [
        "hangzhou",
        "CN-HANGZHOU",
        "cn_hangzhou",
        "cn-hangzhou-",
        "-cn-hangzhou",
        "cn--1",
        "cn-hang zhou",
        "cn-杭州",
        "cn-hangzhou-finance-1-2-3",
        "cn-9",
    ] {
        let mut req = clean();
        req[TextField::RegionId] = region.into();
        let p = single(&req);
        assert_eq!(p.field, Field::Text(TextField::RegionId), "{region}");
        assert_eq!(p.severity, Severity::Error, "{region}");
        assert_eq!(p.rule, Rule::RegionMalformed, "{region}");
        assert_eq!(
            p.api,
            api(
                404,
                "InvalidRegionId.NotFound",
                "The specified RegionId does not exist."
            ),
            "{region}"
        );
    }
}

#[test]
fn unknown_but_well_formed_region_is_only_a_warning() {
    for region in ["cn-mars", "xx-newregion-1", "ap-southeast-9"] {
        let mut req = clean();
        req[TextField::RegionId] = region.into();
        let p = single(&req);
        assert_eq!(p.field, Field::Text(TextField::RegionId));
        assert_eq!(p.severity, Severity::Warning, "{region}");
        assert_eq!(p.rule, Rule::RegionUnknown);
        assert_eq!(p.api, None);
        assert!(!has_errors(&[p]));
    }
}

#[test]
fn every_documented_region_is_known() {
    // The list of api-facts.md §6.
    let documented = [
        "cn-qingdao",
        "cn-beijing",
        "cn-zhangjiakou",
        "cn-huhehaote",
        "cn-wulanchabu",
        "cn-hangzhou",
        "cn-shanghai",
        "cn-nanjing",
        "cn-fuzhou",
        "cn-shenzhen",
        "cn-heyuan",
        "cn-guangzhou",
        "cn-chengdu",
        "cn-hongkong",
        "ap-northeast-1",
        "ap-northeast-2",
        "ap-southeast-1",
        "ap-southeast-2",
        "ap-southeast-3",
        "ap-southeast-5",
        "ap-southeast-6",
        "ap-southeast-7",
        "ap-south-1",
        "us-east-1",
        "us-west-1",
        "eu-central-1",
        "eu-west-1",
        "me-east-1",
        "me-central-1",
        "na-south-1",
    ];
    for region in documented {
        let mut req = clean();
        req[TextField::RegionId] = region.into();
        assert_eq!(validate(&req), vec![], "{region}");
        assert!(vsg_core::regions::find(region).is_some(), "{region}");
    }
    assert_eq!(vsg_core::regions::REGIONS.len(), documented.len());
    assert_eq!(
        vsg_core::regions::find("cn-hangzhou").map(|r| r.name_zh),
        Some("华东1（杭州）")
    );
}

#[test]
fn odd_load_balancer_id_is_a_warning() {
    for lb in [
        "LB-ABC",
        "lb-",
        "lb-ABC123",
        "i-bp1",
        "lb-abc_def",
        "lb-abc-def",
    ] {
        let mut req = clean();
        req[TextField::LoadBalancerId] = lb.into();
        let p = single(&req);
        assert_eq!(p.field, Field::Text(TextField::LoadBalancerId), "{lb}");
        assert_eq!(p.severity, Severity::Warning, "{lb}");
        assert_eq!(p.rule, Rule::LoadBalancerIdShape, "{lb}");
        assert_eq!(p.api, None);
    }
}

#[test]
fn group_name_too_long() {
    let mut req = clean();
    req[TextField::VServerGroupName] = "a".repeat(81);
    let p = single(&req);
    assert_eq!(p.field, Field::Text(TextField::VServerGroupName));
    assert_eq!(p.severity, Severity::Error);
    assert_eq!(p.rule, Rule::TooLong { max: 80 });
    assert_eq!(
        p.api,
        api(
            400,
            "InvalidParameterLength",
            "The specified parameter length is not valid."
        )
    );
}

#[test]
fn group_name_limit_counts_characters_not_bytes() {
    let mut req = clean();
    req[TextField::VServerGroupName] = "组".repeat(80);
    assert_eq!(validate(&req), vec![]);
    req[TextField::VServerGroupName] = "a".repeat(80);
    assert_eq!(validate(&req), vec![]);
    req[TextField::VServerGroupName] = "组".repeat(81);
    assert_eq!(single(&req).rule, Rule::TooLong { max: 80 });
}

#[test]
fn group_name_bad_characters() {
    for (name, found) in [
        ("web group", ' '),
        ("a*b", '*'),
        ("g@1", '@'),
        ("组,1", ','),
    ] {
        let mut req = clean();
        req[TextField::VServerGroupName] = name.into();
        let p = single(&req);
        assert_eq!(p.field, Field::Text(TextField::VServerGroupName), "{name}");
        assert_eq!(p.severity, Severity::Error);
        assert_eq!(p.rule, Rule::BadCharacters { found }, "{name}");
        assert_eq!(
            p.api,
            api(
                400,
                "InvalidParameter",
                "The specified parameter is not valid."
            )
        );
    }
}

#[test]
fn group_name_allowed_alphabet() {
    for name in ["Group1", "华北服务器组", "a-b/c.d_e", "x"] {
        let mut req = clean();
        req[TextField::VServerGroupName] = name.into();
        assert_eq!(validate(&req), vec![], "{name}");
    }
}

fn servers(n: usize) -> Vec<ServerRow> {
    (0..n)
        .map(|i| ServerRow::new(&format!("i-bp{i}"), "80", "100"))
        .collect()
}

#[test]
fn twenty_servers_are_fine() {
    let req = Request {
        servers: servers(20),
        ..clean()
    };
    assert_eq!(validate(&req), vec![]);
}

#[test]
fn twenty_one_servers_are_too_many() {
    let req = Request {
        servers: servers(21),
        ..clean()
    };
    let p = single(&req);
    assert_eq!(p.field, Field::Servers);
    assert_eq!(p.severity, Severity::Error);
    assert_eq!(p.rule, Rule::TooManyServers { count: 21 });
    assert_eq!(
        p.api,
        api(
            400,
            "TooManyBackendServers",
            "The total number of input real servers exceeds max supported number: 20"
        )
    );
}

#[test]
fn empty_server_id() {
    for id in ["", "  "] {
        let p = single(&with_server(ServerRow::new(id, "80", "100")));
        assert_eq!(p.field, server(0, ServerField::ServerId), "{id:?}");
        assert_eq!(p.severity, Severity::Error);
        assert_eq!(p.rule, Rule::ServerIdMissing);
        assert_eq!(p.api, api(400, "InvalidParameter", BACKEND_INVALID));
    }
}

#[test]
fn server_id_prefix_follows_type() {
    for (id, ty, expected) in [
        ("vm-233", "", "i-"),
        ("eni-1", "ecs", "i-"),
        ("i-1", "eni", "eni-"),
        ("eni-1", "eci", "eci-"),
    ] {
        let row = ServerRow {
            server_type: ty.into(),
            ..ServerRow::new(id, "80", "100")
        };
        let p = single(&with_server(row));
        assert_eq!(p.field, server(0, ServerField::ServerId));
        assert_eq!(p.severity, Severity::Warning);
        assert_eq!(p.rule, Rule::ServerIdPrefix { expected }, "{id} {ty}");
        assert_eq!(p.api, None);
    }
    for (id, ty) in [
        ("i-1", ""),
        ("i-1", "ecs"),
        ("eni-1", "eni"),
        ("eci-1", "eci"),
    ] {
        let row = ServerRow {
            server_type: ty.into(),
            ..ServerRow::new(id, "80", "100")
        };
        assert_eq!(validate(&with_server(row)), vec![], "{id} {ty}");
    }
}

#[test]
fn port_out_of_range_or_not_an_integer() {
    for port in [
        "70000",
        "65536",
        "0",
        "",
        "abc",
        "-1",
        "80.5",
        " 80",
        "8 0",
        "1e3",
        "9999999999",
    ] {
        let p = single(&with_server(ServerRow::new("i-1", port, "100")));
        assert_eq!(p.field, server(0, ServerField::Port), "{port:?}");
        assert_eq!(p.severity, Severity::Error);
        assert_eq!(p.rule, Rule::PortInvalid);
        assert_eq!(p.api, api(400, "InvalidParameter", PORT_MESSAGE));
    }
}

#[test]
fn port_70000_in_second_row_points_at_that_row() {
    let mut req = clean();
    req.servers[1].port = "70000".into();
    let p = single(&req);
    assert_eq!(p.field, server(1, ServerField::Port));
    assert_eq!(p.field, server(1, ServerField::Port));
}

#[test]
fn port_bounds_are_inclusive() {
    for port in ["1", "65535", "080"] {
        assert_eq!(
            validate(&with_server(ServerRow::new("i-1", port, "100"))),
            vec![],
            "{port}"
        );
    }
}

#[test]
fn weight_out_of_range_or_not_an_integer() {
    for weight in ["101", "-1", "abc", "1.5", "1000000000000"] {
        let p = single(&with_server(ServerRow::new("i-1", "80", weight)));
        assert_eq!(p.field, server(0, ServerField::Weight), "{weight}");
        assert_eq!(p.severity, Severity::Error);
        assert_eq!(p.rule, Rule::WeightInvalid);
        assert_eq!(
            p.api,
            api(
                400,
                "InvalidWeight.Malformed",
                "A specified weight is not valid."
            )
        );
    }
    for weight in ["0", "100", "50"] {
        assert_eq!(
            validate(&with_server(ServerRow::new("i-1", "80", weight))),
            vec![],
            "{weight}"
        );
    }
}

#[test]
fn empty_weight_is_a_default_warning() {
    let p = single(&with_server(ServerRow::new("i-1", "80", "")));
    assert_eq!(p.field, server(0, ServerField::Weight));
    assert_eq!(p.severity, Severity::Warning);
    assert_eq!(p.rule, Rule::WeightDefault);
    assert_eq!(p.api, None);
}

#[test]
fn invalid_type() {
    for ty in ["ECS", "vm", "eni ", "slb"] {
        let row = ServerRow {
            server_type: ty.into(),
            ..ServerRow::new("i-1", "80", "100")
        };
        let p = single(&with_server(row));
        assert_eq!(p.field, server(0, ServerField::Type), "{ty}");
        assert_eq!(p.severity, Severity::Error);
        assert_eq!(p.rule, Rule::TypeInvalid);
        assert_eq!(
            p.api,
            api(
                400,
                "BackendServer.InvalidType",
                "The specified Type is invalid."
            )
        );
    }
}

#[test]
fn invalid_server_ip() {
    for ip in ["999.1.1.1", "abc", "192.168.0", "fe80::1::2", " 10.0.0.1"] {
        let row = ServerRow {
            server_type: "eni".into(),
            server_ip: ip.into(),
            ..ServerRow::new("eni-1", "80", "100")
        };
        let p = single(&with_server(row));
        assert_eq!(p.field, server(0, ServerField::ServerIp), "{ip}");
        assert_eq!(p.severity, Severity::Error);
        assert_eq!(p.rule, Rule::ServerIpInvalid);
        assert_eq!(p.api, api(400, "InvalidParameter", BACKEND_INVALID));
    }
    for ip in ["192.168.0.7", "fe80::1", "2001:db8::8a2e:370:7334"] {
        for ty in ["eni", "eci"] {
            let row = ServerRow {
                server_type: ty.into(),
                server_ip: ip.into(),
                ..ServerRow::new(&format!("{ty}-1"), "80", "100")
            };
            assert_eq!(validate(&with_server(row)), vec![], "{ip} {ty}");
        }
    }
}

#[test]
fn server_ip_on_ecs_is_ignored_with_a_warning() {
    for ty in ["", "ecs"] {
        let row = ServerRow {
            server_type: ty.into(),
            server_ip: "10.0.0.1".into(),
            ..ServerRow::new("i-1", "80", "100")
        };
        let p = single(&with_server(row));
        assert_eq!(p.field, server(0, ServerField::ServerIp));
        assert_eq!(p.severity, Severity::Warning);
        assert_eq!(p.rule, Rule::ServerIpIgnored);
        assert_eq!(p.api, None);
    }
}

#[test]
fn description_rules() {
    let row = |d: &str| ServerRow {
        description: d.into(),
        ..ServerRow::new("i-1", "80", "100")
    };
    let p = single(&with_server(row(&"d".repeat(81))));
    assert_eq!(p.field, server(0, ServerField::Description));
    assert_eq!(p.severity, Severity::Error);
    assert_eq!(p.rule, Rule::TooLong { max: 80 });
    assert_eq!(
        p.api,
        api(
            400,
            "InvalidParameterLength",
            "The specified parameter length is not valid."
        )
    );

    let p = single(&with_server(row("front end")));
    assert_eq!(p.field, server(0, ServerField::Description));
    assert_eq!(p.rule, Rule::BadCharacters { found: ' ' });
    assert_eq!(
        p.api,
        api(
            400,
            "InvalidParameter",
            "The specified parameter is not valid."
        )
    );

    for ok in ["前端-1", &"d".repeat(80), "a/b.c_d"] {
        assert_eq!(validate(&with_server(row(ok))), vec![], "{ok}");
    }
}

#[test]
fn duplicate_servers() {
    let mut req = clean();
    req.servers = vec![
        ServerRow::new("i-1", "80", "100"),
        ServerRow::new("i-2", "80", "100"),
        ServerRow::new("i-1", "80", "50"),
        ServerRow::new("i-1", "080", "10"),
    ];
    let problems = validate(&req);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    for (p, row) in problems.iter().zip([2, 3]) {
        assert_eq!(p.field, server(row, ServerField::ServerId));
        assert_eq!(p.severity, Severity::Error);
        assert_eq!(p.rule, Rule::DuplicateServer { first: 0 });
        assert_eq!(p.api, api(400, "InvalidParameter", BACKEND_INVALID));
    }
}

#[test]
fn same_server_on_another_port_or_ip_is_not_a_duplicate() {
    let eni = |port: &str, ip: &str| ServerRow {
        server_type: "eni".into(),
        server_ip: ip.into(),
        ..ServerRow::new("eni-1", port, "100")
    };
    let mut req = clean();
    req.servers = vec![
        ServerRow::new("i-1", "80", "100"),
        ServerRow::new("i-1", "81", "100"),
        eni("80", "10.0.0.1"),
        eni("80", "10.0.0.2"),
        eni("81", "10.0.0.1"),
    ];
    assert_eq!(validate(&req), vec![]);
    req.servers.push(eni("80", "10.0.0.2"));
    let problems = validate(&req);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].rule, Rule::DuplicateServer { first: 3 });
    assert_eq!(problems[0].field, server(5, ServerField::ServerId));
}

#[test]
fn twenty_tags_are_fine_twenty_one_are_too_many() {
    let names: Vec<String> = (0..21).map(|i| format!("k{i}")).collect();
    let pairs: Vec<(&str, &str)> = names.iter().map(|k| (k.as_str(), "v")).collect();
    assert_eq!(validate(&with_tags(&pairs[..20])), vec![]);
    let p = single(&with_tags(&pairs));
    assert_eq!(p.field, Field::Tags);
    assert_eq!(p.severity, Severity::Error);
    assert_eq!(p.rule, Rule::TooManyTags { count: 21 });
    let api = p.api.expect("an API error");
    assert_eq!((api.status, api.code), (400, "SizeLimitExceeded.Tag"));
    assert!(api.message.contains("20"), "{}", api.message);
}

#[test]
fn tag_without_key() {
    let p = single(&with_tags(&[("env", "dev"), ("", "orphan")]));
    assert_eq!(p.field, Field::TagKey(1));
    assert_eq!(p.field, Field::TagKey(1));
    assert_eq!(p.severity, Severity::Error);
    assert_eq!(p.rule, Rule::TagKeyMissing);
    assert_eq!(
        p.api,
        api(
            400,
            "MissingParam.TagKey",
            "The param MissingParam.TagKey is missing."
        )
    );
}

#[test]
fn tag_key_reserved_prefix() {
    for key in ["aliyun", "aliyunTag", "Aliyun-x", "acs:env", "ACS:env"] {
        let p = single(&with_tags(&[(key, "v")]));
        assert_eq!(p.field, Field::TagKey(0), "{key}");
        assert_eq!(p.severity, Severity::Error);
        assert_eq!(p.rule, Rule::TagReservedPrefix, "{key}");
        let api = p.api.expect("an API error");
        assert_eq!((api.status, api.code), (400, "InvalidParam.TagKey"));
    }
    // Only a prefix is reserved.
    assert_eq!(validate(&with_tags(&[("my-aliyun", "x-acs:")])), vec![]);
}

#[test]
fn tag_value_reserved_prefix() {
    let p = single(&with_tags(&[("env", "aliyun-prod")]));
    assert_eq!(p.field, Field::TagValue(0));
    assert_eq!(p.field, Field::TagValue(0));
    assert_eq!(p.rule, Rule::TagReservedPrefix);
    let api = p.api.expect("an API error");
    assert_eq!((api.status, api.code), (400, "InvalidParam.TagValue"));
}

#[test]
fn tag_url_rule() {
    let p = single(&with_tags(&[("see http://x", "v")]));
    assert_eq!(p.field, Field::TagKey(0));
    assert_eq!(p.rule, Rule::TagContainsUrl);
    assert_eq!(p.api.expect("api").code, "InvalidParam.TagKey");

    let p = single(&with_tags(&[("k", "go to HTTPS://example.com")]));
    assert_eq!(p.field, Field::TagValue(0));
    assert_eq!(p.severity, Severity::Error);
    assert_eq!(p.rule, Rule::TagContainsUrl);
    assert_eq!(p.api.expect("api").code, "InvalidParam.TagValue");

    assert_eq!(validate(&with_tags(&[("http", "example.com")])), vec![]);
}

#[test]
fn tag_lengths() {
    let k64 = "k".repeat(64);
    let v128 = "v".repeat(128);
    assert_eq!(validate(&with_tags(&[(&k64, &v128)])), vec![]);
    assert_eq!(
        validate(&with_tags(&[("键".repeat(64).as_str(), "")])),
        vec![]
    );

    let p = single(&with_tags(&[(&"k".repeat(65), "v")]));
    assert_eq!(p.field, Field::TagKey(0));
    assert_eq!(p.rule, Rule::TooLong { max: 64 });
    let api = p.api.expect("api");
    assert_eq!((api.status, api.code), (400, "InvalidParam.TagKey"));

    let p = single(&with_tags(&[("k", &"v".repeat(129))]));
    assert_eq!(p.field, Field::TagValue(0));
    assert_eq!(p.rule, Rule::TooLong { max: 128 });
    let api = p.api.expect("api");
    assert_eq!((api.status, api.code), (400, "InvalidParam.TagValue"));
}

#[test]
fn tag_value_may_be_empty() {
    assert_eq!(validate(&with_tags(&[("owner", "")])), vec![]);
}

#[test]
fn duplicate_tag_key() {
    let p = single(&with_tags(&[("env", "a"), ("team", "b"), ("env", "c")]));
    assert_eq!(p.field, Field::TagKey(2));
    assert_eq!(p.severity, Severity::Error);
    assert_eq!(p.rule, Rule::TagKeyDuplicate { first: 0 });
    assert_eq!(
        p.api,
        api(
            400,
            "InvalidParam.TagKey",
            "The specified tag key is duplicated."
        )
    );
    // Keys are case-sensitive.
    assert_eq!(validate(&with_tags(&[("env", "a"), ("Env", "b")])), vec![]);
}

#[test]
fn owner_ids_must_be_digits() {
    for (field, set) in [
        (
            TextField::OwnerId,
            (|r: &mut Request, v: &str| r[TextField::OwnerId] = v.into()) as fn(&mut Request, &str),
        ),
        (TextField::ResourceOwnerId, |r: &mut Request, v: &str| {
            r[TextField::ResourceOwnerId] = v.into()
        }),
    ] {
        for bad in ["12a", "-1", "+1", " 1", "1.0", "99999999999999999999"] {
            let mut req = clean();
            set(&mut req, bad);
            let p = single(&req);
            assert_eq!(p.field, Field::Text(field), "{bad}");
            assert_eq!(p.severity, Severity::Error);
            assert_eq!(p.rule, Rule::NotALong);
            let api = p.api.expect("api");
            assert_eq!((api.status, api.code), (400, "InvalidParameter"));
            let name = req.op.text_param(field).unwrap().name;
            assert!(api.message.contains(name), "{}", api.message);
        }
        for good in ["", "0", "1234567890", "9223372036854775807"] {
            let mut req = clean();
            set(&mut req, good);
            assert_eq!(validate(&req), vec![], "{good}");
        }
    }
}

#[test]
fn custom_endpoint_must_be_a_host() {
    for bad in [
        "",
        "not a host",
        "https://",
        "-bad-.com/",
        "http://exa mple.com",
    ] {
        let mut req = clean();
        req.endpoint = EndpointKind::Custom;
        req[TextField::CustomEndpoint] = bad.into();
        let p = single(&req);
        assert_eq!(p.field, Field::Text(TextField::CustomEndpoint), "{bad:?}");
        assert_eq!(p.severity, Severity::Error);
        assert_eq!(p.rule, Rule::EndpointInvalid);
        assert_eq!(p.api, None, "a local error: the service never sees it");
    }
    for good in [
        "slb.example.com",
        "https://slb.example.com/",
        "127.0.0.1:8080",
    ] {
        let mut req = clean();
        req.endpoint = EndpointKind::Custom;
        req[TextField::CustomEndpoint] = good.into();
        assert_eq!(validate(&req), vec![], "{good}");
    }
    // The custom text does not matter unless the custom endpoint is chosen.
    let mut req = clean();
    req[TextField::CustomEndpoint] = "not a host".into();
    assert_eq!(validate(&req), vec![]);
}

#[test]
fn fixed_timestamp_must_be_well_formed() {
    for bad in ["2024-01-01 00:00:00", "2024-02-30T00:00:00Z", "now"] {
        let mut req = clean();
        req[TextField::Timestamp] = bad.into();
        let p = single(&req);
        assert_eq!(p.field, Field::Text(TextField::Timestamp));
        assert_eq!(p.severity, Severity::Error);
        assert_eq!(p.rule, Rule::TimestampFormat);
        let api = p.api.expect("api");
        assert_eq!((api.status, api.code), (400, "InvalidTimeStamp.Format"));
    }
    let mut req = clean();
    req[TextField::Timestamp] = "2024-01-01T00:00:00Z".into();
    assert_eq!(validate(&req), vec![]);
}

#[test]
fn problems_come_in_form_order() {
    let req = Request {
        servers: vec![ServerRow::new("i-1", "0", "101")],
        tags: vec![TagRow::default()],
        ..Request::default()
    }
    .with(TextField::RegionId, String::new())
    .with(TextField::LoadBalancerId, String::new())
    .with(TextField::VServerGroupName, "bad name")
    .with(TextField::OwnerId, "x")
    .with(TextField::Timestamp, "x");
    let fields: Vec<Field> = validate(&req).into_iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        vec![
            Field::Text(TextField::RegionId),
            Field::Text(TextField::LoadBalancerId),
            Field::Text(TextField::VServerGroupName),
            server(0, ServerField::Port),
            server(0, ServerField::Weight),
            Field::TagKey(0),
            Field::Text(TextField::OwnerId),
            Field::Text(TextField::Timestamp),
        ]
    );
}

#[test]
fn one_row_can_have_several_problems() {
    let row = ServerRow {
        server_type: "vm".into(),
        server_ip: "nope".into(),
        description: "a b".into(),
        ..ServerRow::new("", "0", "x")
    };
    let rules: Vec<(Field, Rule)> = validate(&with_server(row))
        .into_iter()
        .map(|p| (p.field, p.rule))
        .collect();
    assert_eq!(
        rules,
        vec![
            (server(0, ServerField::ServerId), Rule::ServerIdMissing),
            (server(0, ServerField::Port), Rule::PortInvalid),
            (server(0, ServerField::Weight), Rule::WeightInvalid),
            (server(0, ServerField::Type), Rule::TypeInvalid),
            (server(0, ServerField::ServerIp), Rule::ServerIpInvalid),
            (
                server(0, ServerField::Description),
                Rule::BadCharacters { found: ' ' }
            ),
        ]
    );
}

#[test]
fn has_errors_ignores_warnings() {
    assert!(!has_errors(&validate(&Request::seed())));
    assert!(!has_errors(&[]));
    let mut req = Request::seed();
    req.servers[0].port = "70000".into();
    assert!(has_errors(&validate(&req)));
}

#[test]
fn rule_and_api_error_display() {
    let mut req = clean();
    req.servers[0].port = "70000".into();
    let p = single(&req);
    assert_eq!(
        p.rule.to_string(),
        "Port must be an integer from 1 to 65535."
    );
    let api = p.api.expect("api");
    assert_eq!(
        api.to_string(),
        format!("400 InvalidParameter: {PORT_MESSAGE}")
    );
}

#[test]
fn finance_and_other_multi_part_regions_are_only_warnings() {
    for region in [
        "cn-shanghai-finance-1",
        "cn-hangzhou-finance",
        "cn-beijing-finance-1",
    ] {
        let mut req = clean();
        req[TextField::RegionId] = region.into();
        let p = single(&req);
        assert_eq!(p.severity, Severity::Warning, "{region}");
        assert_eq!(p.rule, Rule::RegionUnknown, "{region}");
    }
}

#[test]
fn names_allow_ascii_letters_and_chinese_but_not_other_scripts() {
    for ok in ["Group1", "华北服务器组", "前端-1/a.b_c", "𠀀组"] {
        let mut req = clean();
        req[TextField::VServerGroupName] = ok.into();
        assert!(validate(&req).is_empty(), "{ok}: {:?}", validate(&req));
    }
    for (bad, found) in [("café", 'é'), ("группа", 'г'), ("a b", ' '), ("x😀", '😀')] {
        let mut req = clean();
        req[TextField::VServerGroupName] = bad.into();
        let p = single(&req);
        assert_eq!(p.rule, Rule::BadCharacters { found }, "{bad}");
    }
}

#[test]
fn invisible_characters_are_named_by_code_point() {
    for (bad, shown) in [
        ("a b", "a space"),
        ("a\u{200B}b", "U+200B"),
        ("a\u{202E}b", "U+202E"),
        ("a\tb", "U+0009"),
        // Noncharacters have no glyph either.
        ("a\u{FFFF}b", "U+FFFF"),
        ("a\u{FDD0}b", "U+FDD0"),
        ("a\u{10FFFE}b", "U+10FFFE"),
        ("a!b", "\u{201c}!\u{201d}"),
    ] {
        let mut req = clean();
        req[TextField::VServerGroupName] = bad.into();
        // The name's own rule comes first (a character XML cannot carry is also an
        // error of its own, after it).
        let message = validate(&req)[0].rule.to_string();
        assert!(message.starts_with(shown), "{bad:?}: {message}");
    }
}

#[test]
fn credentials_with_surrounding_whitespace_are_warned_about() {
    let mut req = clean();
    req[TextField::AccessKeyId] = " LTAIkey".into();
    req[TextField::AccessKeySecret] = "secret\n".into();
    let problems = validate(&req);
    assert_eq!(problems.len(), 2, "{problems:?}");
    for (p, field) in problems
        .iter()
        .zip([TextField::AccessKeyId, TextField::AccessKeySecret])
    {
        assert_eq!(p.field, Field::Text(field));
        assert_eq!(p.severity, Severity::Warning);
        assert_eq!(p.rule, Rule::SurroundingWhitespace);
    }
}

#[test]
fn an_invalid_custom_endpoint_is_a_local_error() {
    let mut req = clean();
    req.endpoint = vsg_core::EndpointKind::Custom;
    req[TextField::CustomEndpoint] = String::new();
    let problems = validate(&req);
    let local = vsg_core::first_local_error(&problems).expect("a local error");
    assert_eq!(local.rule, Rule::EndpointInvalid);
    assert!(local.api.is_none());
    req[TextField::CustomEndpoint] = "http://127.0.0.1:8080".into();
    assert!(vsg_core::first_local_error(&validate(&req)).is_none());
}

#[test]
fn invisible_characters_around_credentials_are_warned_about() {
    for v in ["LTAIkey\u{200B}", "\u{FEFF}LTAIkey", "LTAIkey\u{A0}"] {
        let mut req = clean();
        req[TextField::AccessKeyId] = v.into();
        assert_eq!(single(&req).rule, Rule::SurroundingWhitespace, "{v:?}");
    }
}

#[test]
fn nul_in_a_value_is_a_warning_for_the_command_line() {
    let mut req = clean();
    req.tags = vec![TagRow {
        key: "k".into(),
        value: "a\0b".into(),
    }];
    req[TextField::SignatureNonce] = "n\0x".into();
    // In a value of the operation's own parameters, U+0000 is an error of its own
    // (XML cannot carry it), and not warned about again.
    req.servers[0].server_id = "i-\0".into();
    let problems = validate(&req);
    let nul: Vec<Field> = problems
        .iter()
        .filter(|p| p.rule == Rule::NulCharacter)
        .map(|p| p.field)
        .collect();
    assert_eq!(nul, [Field::Text(TextField::SignatureNonce)]);
    for at in [server(0, ServerField::ServerId), Field::TagValue(0)] {
        assert!(
            problems
                .iter()
                .any(|p| p.field == at && p.rule == Rule::NotXmlCharacter { found: '\0' }),
            "{at:?}: {problems:#?}"
        );
    }
    assert!(problems
        .iter()
        .filter(|p| p.rule == Rule::NulCharacter)
        .all(|p| p.severity == Severity::Warning && p.api.is_none()));
    // A field whose NUL is already an error is not warned about for the command line.
    let mut req = clean();
    req[TextField::VServerGroupName] = "a\0".into();
    let rules: Vec<Rule> = validate(&req).into_iter().map(|p| p.rule).collect();
    assert_eq!(
        rules,
        [
            Rule::BadCharacters { found: '\0' },
            Rule::NotXmlCharacter { found: '\0' }
        ]
    );
}

/// Where a value can be typed, the text it gets and where a problem about it points.
fn set(req: &mut Request, at: Field, value: &str) {
    match at {
        Field::Text(f) => req[f] = value.into(),
        Field::Server { row, field } => *req.servers[row].get_mut(field) = value.into(),
        Field::TagKey(row) => req.tags[row].key = value.into(),
        Field::TagValue(row) => req.tags[row].value = value.into(),
        Field::Servers | Field::Tags | Field::Request => unreachable!("not a value"),
    }
}

/// The characters outside XML 1.0's `Char`, those at its edges that it can carry.
const NOT_XML: [char; 8] = [
    '\u{0}', '\u{1}', '\u{8}', '\u{B}', '\u{C}', '\u{1F}', '\u{FFFE}', '\u{FFFF}',
];
const XML: [char; 9] = [
    '\t',
    '\n',
    '\r',
    '\u{7F}',
    '\u{85}',
    '\u{D7FF}',
    '\u{FFFD}',
    '\u{FDD0}',
    '\u{10FFFF}',
];

#[test]
fn a_character_xml_cannot_carry_in_an_echoed_value_is_a_local_error_naming_it() {
    let echoed = [
        (Field::Text(TextField::RegionId), "cn-hangzhou"),
        (Field::Text(TextField::LoadBalancerId), "lb-1"),
        (server(1, ServerField::ServerId), "vm-"),
        (server(1, ServerField::Type), "eni"),
        (server(1, ServerField::ServerIp), "10.0.0.1"),
        (server(1, ServerField::Description), "web"),
    ];
    for (at, typed) in echoed {
        for found in NOT_XML {
            let mut req = clean();
            let value = format!("{typed}{found}{found}");
            set(&mut req, at, &value);
            let problems = validate(&req);
            let local = vsg_core::first_local_error(&problems).expect("a local error");
            assert_eq!(
                (local.field, &local.rule, local.severity, &local.api),
                (at, &Rule::NotXmlCharacter { found }, Severity::Error, &None),
                "{value:?}"
            );
            let shown = format!("Holds U+{:04X}, which XML 1.0 cannot carry", found as u32);
            assert!(local.rule.to_string().starts_with(&shown), "{}", local.rule);
            // Reported once, and U+0000 is not warned about for the command line too.
            let about = |rule: fn(&Rule) -> bool| {
                problems
                    .iter()
                    .filter(|p| p.field == at && rule(&p.rule))
                    .count()
            };
            assert_eq!(
                about(|r| matches!(r, Rule::NotXmlCharacter { .. })),
                1,
                "{problems:#?}"
            );
            assert_eq!(about(|r| *r == Rule::NulCharacter), 0, "{problems:#?}");
            let out = vsg_core::evaluate(&req, &vsg_core::Generated::default(), None);
            assert_eq!(out.response, None, "{value:?}");
        }
        for kept in XML {
            let mut req = clean();
            set(&mut req, at, &format!("{typed}{kept}"));
            assert!(
                !validate(&req)
                    .iter()
                    .any(|p| matches!(p.rule, Rule::NotXmlCharacter { .. })),
                "{kept:?}"
            );
        }
    }
}

#[test]
fn the_fuzzed_server_id_is_refused_at_its_field() {
    let mut req = clean();
    req.servers[0].server_id = "vm-\u{FFFF}".into();
    let problems = validate(&req);
    assert_eq!(
        problems
            .iter()
            .map(|p| (p.field, p.rule.clone(), p.severity))
            .collect::<Vec<_>>(),
        [
            (
                server(0, ServerField::ServerId),
                Rule::ServerIdPrefix { expected: "i-" },
                Severity::Warning
            ),
            (
                server(0, ServerField::ServerId),
                Rule::NotXmlCharacter { found: '\u{FFFF}' },
                Severity::Error
            ),
        ]
    );
}

#[test]
fn common_parameters_and_the_secret_may_hold_any_character() {
    let mut req = clean();
    req.tags = vec![TagRow {
        key: "k".into(),
        value: "v".into(),
    }];
    // Not the operation's own parameters: no response echoes them.
    let not_echoed = [
        Field::Text(TextField::AccessKeyId),
        Field::Text(TextField::AccessKeySecret),
        Field::Text(TextField::SignatureNonce),
    ];
    for at in not_echoed {
        for found in NOT_XML {
            let mut req = req.clone();
            set(&mut req, at, &format!("a{found}"));
            let rules: Vec<Rule> = validate(&req).into_iter().map(|p| p.rule).collect();
            assert!(
                !rules
                    .iter()
                    .any(|r| matches!(r, Rule::NotXmlCharacter { .. })),
                "{at:?} {found:?}: {rules:?}"
            );
        }
    }
}

#[test]
fn a_url_longer_than_64_kib_is_a_warning() {
    let mut req = clean();
    req.servers[0].description = "a".repeat(70_000);
    let out = vsg_core::evaluate(&req, &vsg_core::Generated::default(), None);
    let signed = &out.signed;
    let warning = out
        .problems
        .iter()
        .find(|p| p.field == Field::Request)
        .expect("a warning");
    assert_eq!(warning.field, Field::Request);
    assert_eq!(warning.severity, Severity::Warning);
    assert_eq!(
        warning.rule,
        Rule::UrlTooLong {
            length: signed.url.len(),
            max: vsg_core::validate::MAX_URL
        }
    );
    assert!(
        !vsg_core::evaluate(&clean(), &vsg_core::Generated::default(), None)
            .problems
            .iter()
            .any(|p| p.field == Field::Request)
    );
}
