//! Every validation rule, as rows of tables. A row says what it checks, how it edits a
//! clean request (the original example with its servers given ECS IDs, which has no
//! problem at all) and every problem `validate` must then report, in order: the field,
//! the severity, the rule and the error the service would answer (codes and messages
//! from api-facts.md §5). A failing table names each row that failed.
//!
//! What is not one request in, problems out follows the tables as small tests: the
//! region list itself, `has_errors`, `first_local_error`, the rules' English text, the
//! characters XML cannot carry (every echoed field against every such character) and
//! the URL length (a check of the signed request).

use std::fmt::Debug;

use vsg_core::model::ServerList;
use vsg_core::validate::has_errors;
use vsg_core::{
    validate, ApiError, EndpointKind, Field, Problem, Request, Rule, ServerField, ServerRow,
    Severity, TagRow, TextField,
};

use ServerField::{Description, Port, ServerId, ServerIp, Type, Weight};
use TextField::{
    AccessKeyId, AccessKeySecret, CustomEndpoint, LoadBalancerId, OwnerId, RegionId,
    ResourceOwnerId, Timestamp, VServerGroupName,
};

// ---- the table ----

/// What the service would answer, as far as a row pins it.
#[derive(Clone, Debug)]
enum Api {
    /// Nothing: a warning, or a local error the service never sees.
    None,
    /// This status, code and message.
    Is(u16, &'static str, &'static str),
    /// This status and code, with a message that contains the text.
    Mentions(u16, &'static str, &'static str),
    /// This status and code; the message is the page's own (api-facts.md §5 leaves it
    /// to the page: "describe the rule broken").
    Code(u16, &'static str),
}

impl Api {
    fn matches(&self, api: Option<&ApiError>) -> bool {
        match (self, api) {
            (Api::None, None) => true,
            (Api::Is(status, code, message), Some(a)) => {
                (a.status, a.code, a.message.as_str()) == (*status, *code, *message)
            }
            (Api::Mentions(status, code, text), Some(a)) => {
                (a.status, a.code) == (*status, *code) && a.message.contains(text)
            }
            (Api::Code(status, code), Some(a)) => (a.status, a.code) == (*status, *code),
            _ => false,
        }
    }
}

/// One problem a row expects.
#[derive(Clone, Debug)]
struct Expect {
    field: Field,
    severity: Severity,
    rule: Rule,
    api: Api,
}

impl Expect {
    fn matches(&self, p: &Problem) -> bool {
        p.field == self.field
            && p.severity == self.severity
            && p.rule == self.rule
            && self.api.matches(p.api.as_ref())
    }
}

/// Where a problem points, or a value is typed: a text field stands for its `Field::Text`.
trait At {
    fn at(self) -> Field;
}

impl At for Field {
    fn at(self) -> Field {
        self
    }
}

impl At for TextField {
    fn at(self) -> Field {
        Field::Text(self)
    }
}

/// An error the service would answer with `api`.
fn error(at: impl At, rule: Rule, api: Api) -> Expect {
    Expect {
        field: at.at(),
        severity: Severity::Error,
        rule,
        api,
    }
}

/// An error of the page's own: the request cannot be sent (or answered) as it is.
fn local(at: impl At, rule: Rule) -> Expect {
    Expect {
        field: at.at(),
        severity: Severity::Error,
        rule,
        api: Api::None,
    }
}

fn warning(at: impl At, rule: Rule) -> Expect {
    Expect {
        field: at.at(),
        severity: Severity::Warning,
        rule,
        api: Api::None,
    }
}

/// How a row changes the clean request.
type Edit = Box<dyn Fn(&mut Request)>;

struct Row {
    what: String,
    edit: Edit,
    expect: Vec<Expect>,
}

#[derive(Default)]
struct Table(Vec<Row>);

impl Table {
    /// A row: `edit` applied to `clean()` gives exactly the problems `expect`, in order.
    fn row(
        &mut self,
        what: &str,
        edit: impl Fn(&mut Request) + 'static,
        expect: impl Into<Vec<Expect>>,
    ) -> &mut Self {
        self.0.push(Row {
            what: what.to_string(),
            edit: Box::new(edit),
            expect: expect.into(),
        });
        self
    }

    /// A row per value, named `what` and the value.
    fn each<V: Debug, E: Fn(&mut Request) + 'static, X: Into<Vec<Expect>>>(
        &mut self,
        what: &str,
        values: impl IntoIterator<Item = V>,
        edit: impl Fn(&V) -> E,
        expect: impl Fn(&V) -> X,
    ) -> &mut Self {
        for v in values {
            self.row(&format!("{what}: {v:?}"), edit(&v), expect(&v));
        }
        self
    }

    /// Runs every row; fails naming each row that failed, with what it got.
    fn check(&self) {
        assert!(!self.0.is_empty(), "a table without rows checks nothing");
        let mut names = std::collections::HashSet::new();
        for row in &self.0 {
            assert!(names.insert(&row.what), "two rows named {:?}", row.what);
        }
        let failed: Vec<String> = self
            .0
            .iter()
            .filter_map(|row| {
                let mut req = clean();
                (row.edit)(&mut req);
                let got = validate(&req);
                let ok = got.len() == row.expect.len()
                    && got.iter().zip(&row.expect).all(|(p, e)| e.matches(p));
                (!ok).then(|| {
                    format!(
                        "row {:?}\n  expected: {:#?}\n  got: {:#?}",
                        row.what, row.expect, got
                    )
                })
            })
            .collect();
        assert!(
            failed.is_empty(),
            "{} of {} rows failed:\n{}",
            failed.len(),
            self.0.len(),
            failed.join("\n")
        );
    }
}

// ---- requests and edits ----

/// The seed with its servers given valid ECS IDs, so that it has no problem at all.
fn clean() -> Request {
    let mut req = Request::seed();
    for (i, s) in req.servers.iter_mut().enumerate() {
        s.server_id = format!("i-bp1{i}");
    }
    req
}

fn server(row: usize, field: ServerField) -> Field {
    Field::Server {
        list: ServerList::Main,
        row,
        field,
    }
}

/// Where a value can be typed, the text it gets and where a problem about it points.
fn type_at(req: &mut Request, at: Field, value: &str) {
    match at {
        Field::Text(f) => req[f] = value.into(),
        Field::Server { list, row, field } => {
            *req.list_mut(list)[row].get_mut(field) = value.into()
        }
        Field::TagKey(row) => req.tags[row].key = value.into(),
        Field::TagValue(row) => req.tags[row].value = value.into(),
        Field::Servers(_) | Field::Tags | Field::Request => unreachable!("not a value"),
    }
}

/// Types `value` at `at`.
fn set(at: impl At, value: impl Into<String>) -> impl Fn(&mut Request) {
    let (at, value) = (at.at(), value.into());
    move |req: &mut Request| type_at(req, at, &value)
}

/// The custom endpoint chosen, with `host` typed.
fn custom(host: &str) -> impl Fn(&mut Request) {
    let host = host.to_string();
    move |req: &mut Request| {
        req.endpoint = EndpointKind::Custom;
        req[CustomEndpoint] = host.clone();
    }
}

/// These BackendServers rows instead of the example's.
fn servers(rows: Vec<ServerRow>) -> impl Fn(&mut Request) {
    move |req: &mut Request| req.servers = rows.clone()
}

/// `n` ECS rows with distinct IDs.
fn n_servers(n: usize) -> impl Fn(&mut Request) {
    servers(
        (0..n)
            .map(|i| ServerRow::new(&format!("i-bp{i}"), "80", "100"))
            .collect(),
    )
}

/// One row, of Type `ty` with `ip` (`""`: not set).
fn typed(id: &str, ty: &str, ip: &str) -> ServerRow {
    ServerRow {
        server_type: ty.into(),
        server_ip: ip.into(),
        ..ServerRow::new(id, "80", "100")
    }
}

fn described(description: &str) -> ServerRow {
    ServerRow {
        description: description.into(),
        ..ServerRow::new("i-1", "80", "100")
    }
}

/// These tags (key, value).
fn tags(list: &[(&str, &str)]) -> impl Fn(&mut Request) {
    let list: Vec<TagRow> = list
        .iter()
        .map(|(key, value)| TagRow {
            key: key.to_string(),
            value: value.to_string(),
        })
        .collect();
    move |req: &mut Request| req.tags = list.clone()
}

// ---- the service's answers (api-facts.md §5) ----

const MISSING_REGION_ID: Api = Api::Is(
    400,
    "MissingParameter",
    "The input parameter \u{201c}RegionId\u{201d} that is mandatory for processing this request is not supplied.",
);
const MISSING_LOAD_BALANCER_ID: Api = Api::Is(
    400,
    "MissingParameter",
    "The input parameter \u{201c}LoadBalancerId\u{201d} that is mandatory for processing this request is not supplied.",
);
const REGION_NOT_FOUND: Api = Api::Is(
    404,
    "InvalidRegionId.NotFound",
    "The specified RegionId does not exist.",
);
const TOO_LONG: Api = Api::Is(
    400,
    "InvalidParameterLength",
    "The specified parameter length is not valid.",
);
const NOT_VALID: Api = Api::Is(
    400,
    "InvalidParameter",
    "The specified parameter is not valid.",
);
const SERVERS_INVALID: Api = Api::Is(
    400,
    "InvalidParameter",
    "The specified BackendServers is invalid.",
);
const PORT_MESSAGE: &str =
    "The specified BackendServers is invalid, as the Port value should be in [1, 65535].";
const PORT_INVALID: Api = Api::Is(400, "InvalidParameter", PORT_MESSAGE);
const WEIGHT_INVALID: Api = Api::Is(
    400,
    "InvalidWeight.Malformed",
    "A specified weight is not valid.",
);
const TYPE_INVALID: Api = Api::Is(
    400,
    "BackendServer.InvalidType",
    "The specified Type is invalid.",
);
const TAG_KEY_MISSING: Api = Api::Is(
    400,
    "MissingParam.TagKey",
    "The param MissingParam.TagKey is missing.",
);
const TAG_KEY: Api = Api::Code(400, "InvalidParam.TagKey");
const TAG_VALUE: Api = Api::Code(400, "InvalidParam.TagValue");
const TIMESTAMP_FORMAT: Api = Api::Code(400, "InvalidTimeStamp.Format");

/// The regions of api-facts.md §6.
const DOCUMENTED_REGIONS: [&str; 30] = [
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

// ---- the tables ----

#[test]
fn the_example() {
    Table::default()
        .row("the clean request", |_| {}, [])
        .row(
            "the original example: its IDs vm-… are not ECS IDs, only a warning each",
            |req| *req = Request::seed(),
            [0, 1, 2].map(|row| {
                warning(
                    server(row, ServerId),
                    Rule::ServerIdPrefix { expected: "i-" },
                )
            }),
        )
        .check();
}

#[test]
fn region_and_load_balancer() {
    Table::default()
        .row(
            "RegionId empty",
            set(RegionId, ""),
            [error(RegionId, Rule::Required, MISSING_REGION_ID)],
        )
        .each(
            "RegionId not shaped like a region",
            [
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
            ],
            |v| set(RegionId, *v),
            |_| [error(RegionId, Rule::RegionMalformed, REGION_NOT_FOUND)],
        )
        .each(
            "RegionId well shaped but unknown: only a warning",
            ["cn-mars", "xx-newregion-1", "ap-southeast-9"],
            |v| set(RegionId, *v),
            |_| [warning(RegionId, Rule::RegionUnknown)],
        )
        .each(
            "RegionId of a finance or other multi-part region: only a warning",
            [
                "cn-shanghai-finance-1",
                "cn-hangzhou-finance",
                "cn-beijing-finance-1",
            ],
            |v| set(RegionId, *v),
            |_| [warning(RegionId, Rule::RegionUnknown)],
        )
        .each(
            "RegionId documented (api-facts.md §6)",
            DOCUMENTED_REGIONS,
            |v| set(RegionId, *v),
            |_| [],
        )
        .row(
            "LoadBalancerId empty",
            set(LoadBalancerId, ""),
            [error(
                LoadBalancerId,
                Rule::Required,
                MISSING_LOAD_BALANCER_ID,
            )],
        )
        .each(
            "LoadBalancerId not shaped like lb-…: only a warning",
            [
                "LB-ABC",
                "lb-",
                "lb-ABC123",
                "i-bp1",
                "lb-abc_def",
                "lb-abc-def",
            ],
            |v| set(LoadBalancerId, *v),
            |_| [warning(LoadBalancerId, Rule::LoadBalancerIdShape)],
        )
        .check();
}

#[test]
fn group_name() {
    Table::default()
        .row(
            "VServerGroupName of 81 ASCII letters",
            set(VServerGroupName, "a".repeat(81)),
            [error(VServerGroupName, Rule::TooLong { max: 80 }, TOO_LONG)],
        )
        .row(
            "VServerGroupName of 81 Chinese characters",
            set(VServerGroupName, "组".repeat(81)),
            [error(VServerGroupName, Rule::TooLong { max: 80 }, TOO_LONG)],
        )
        .row(
            "VServerGroupName of 80 ASCII letters",
            set(VServerGroupName, "a".repeat(80)),
            [],
        )
        .row(
            "VServerGroupName of 80 Chinese characters (characters, not bytes)",
            set(VServerGroupName, "组".repeat(80)),
            [],
        )
        .each(
            "VServerGroupName allowed: ASCII letters, digits, Chinese, - / . _",
            [
                "Group1",
                "华北服务器组",
                "a-b/c.d_e",
                "x",
                "前端-1/a.b_c",
                "𠀀组",
            ],
            |v| set(VServerGroupName, *v),
            |_| [],
        )
        .each(
            "VServerGroupName with a character outside the alphabet",
            [
                ("web group", ' '),
                ("a*b", '*'),
                ("g@1", '@'),
                ("组,1", ','),
                ("café", 'é'),
                ("группа", 'г'),
                ("a b", ' '),
                ("x😀", '😀'),
            ],
            |(v, _)| set(VServerGroupName, *v),
            |(_, found)| {
                [error(
                    VServerGroupName,
                    Rule::BadCharacters { found: *found },
                    NOT_VALID,
                )]
            },
        )
        .row(
            // A NUL is also a character XML cannot carry (a simulated failure would echo
            // the value whatever else is wrong), but not also a warning for the command
            // line.
            "VServerGroupName with a NUL",
            set(VServerGroupName, "a\0"),
            [
                error(
                    VServerGroupName,
                    Rule::BadCharacters { found: '\0' },
                    NOT_VALID,
                ),
                local(VServerGroupName, Rule::NotXmlCharacter { found: '\0' }),
            ],
        )
        .check();
}

#[test]
fn backend_servers() {
    // Rows that share a ServerId and differ in Port or ServerIp.
    let distinct = || {
        vec![
            ServerRow::new("i-1", "80", "100"),
            ServerRow::new("i-1", "81", "100"),
            typed("eni-1", "eni", "10.0.0.1"),
            typed("eni-1", "eni", "10.0.0.2"),
            ServerRow {
                port: "81".into(),
                ..typed("eni-1", "eni", "10.0.0.1")
            },
        ]
    };
    Table::default()
        .row("20 servers", n_servers(20), [])
        .row(
            "21 servers",
            n_servers(21),
            [error(
                Field::Servers(ServerList::Main),
                Rule::TooManyServers { count: 21 },
                Api::Is(
                    400,
                    "TooManyBackendServers",
                    "The total number of input real servers exceeds max supported number: 20",
                ),
            )],
        )
        // ServerId
        .each(
            "ServerId empty",
            ["", "  "],
            |id| servers(vec![ServerRow::new(id, "80", "100")]),
            |_| {
                [error(
                    server(0, ServerId),
                    Rule::ServerIdMissing,
                    SERVERS_INVALID,
                )]
            },
        )
        .each(
            "ServerId (with Type) without the prefix its Type implies: only a warning",
            [
                ("vm-233", "", "i-"),
                ("eni-1", "ecs", "i-"),
                ("i-1", "eni", "eni-"),
                ("eni-1", "eci", "eci-"),
            ],
            |(id, ty, _)| servers(vec![typed(id, ty, "")]),
            |&(_, _, expected)| {
                [warning(
                    server(0, ServerId),
                    Rule::ServerIdPrefix { expected },
                )]
            },
        )
        .each(
            "ServerId (with Type) with the prefix its Type implies",
            [
                ("i-1", ""),
                ("i-1", "ecs"),
                ("eni-1", "eni"),
                ("eci-1", "eci"),
            ],
            |(id, ty)| servers(vec![typed(id, ty, "")]),
            |_| [],
        )
        .row(
            "ServerId vm-\u{FFFF} (found by fuzzing): a warning and an error at the field",
            set(server(0, ServerId), "vm-\u{FFFF}"),
            [
                warning(server(0, ServerId), Rule::ServerIdPrefix { expected: "i-" }),
                local(
                    server(0, ServerId),
                    Rule::NotXmlCharacter { found: '\u{FFFF}' },
                ),
            ],
        )
        // Port
        .each(
            "Port not an integer from 1 to 65535",
            [
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
            ],
            |port| servers(vec![ServerRow::new("i-1", port, "100")]),
            |_| [error(server(0, Port), Rule::PortInvalid, PORT_INVALID)],
        )
        .row(
            "Port 70000 in the second row points at that row",
            set(server(1, Port), "70000"),
            [error(server(1, Port), Rule::PortInvalid, PORT_INVALID)],
        )
        .each(
            "Port at the bounds, or with a leading zero",
            ["1", "65535", "080"],
            |port| servers(vec![ServerRow::new("i-1", port, "100")]),
            |_| [],
        )
        // Weight
        .each(
            "Weight not an integer from 0 to 100",
            ["101", "-1", "abc", "1.5", "1000000000000"],
            |weight| servers(vec![ServerRow::new("i-1", "80", weight)]),
            |_| {
                [error(
                    server(0, Weight),
                    Rule::WeightInvalid,
                    WEIGHT_INVALID,
                )]
            },
        )
        .each(
            "Weight from 0 to 100",
            ["0", "100", "50"],
            |weight| servers(vec![ServerRow::new("i-1", "80", weight)]),
            |_| [],
        )
        .row(
            "Weight empty: the service uses 100, a warning",
            servers(vec![ServerRow::new("i-1", "80", "")]),
            [warning(server(0, Weight), Rule::WeightDefault)],
        )
        // Type
        .each(
            "Type not ecs, eni or eci",
            ["ECS", "vm", "eni ", "slb"],
            |ty| servers(vec![typed("i-1", ty, "")]),
            |_| [error(server(0, Type), Rule::TypeInvalid, TYPE_INVALID)],
        )
        // ServerIp
        .each(
            "ServerIp of an eni row not an IP address",
            ["999.1.1.1", "abc", "192.168.0", "fe80::1::2", " 10.0.0.1"],
            |ip| servers(vec![typed("eni-1", "eni", ip)]),
            |_| {
                [error(
                    server(0, ServerIp),
                    Rule::ServerIpInvalid,
                    SERVERS_INVALID,
                )]
            },
        )
        .each(
            "ServerIp (IPv4 or IPv6) of an eni or eci row",
            [
                ("192.168.0.7", "eni"),
                ("192.168.0.7", "eci"),
                ("fe80::1", "eni"),
                ("fe80::1", "eci"),
                ("2001:db8::8a2e:370:7334", "eni"),
                ("2001:db8::8a2e:370:7334", "eci"),
            ],
            |(ip, ty)| servers(vec![typed(&format!("{ty}-1"), ty, ip)]),
            |_| [],
        )
        .each(
            "ServerIp of an ECS row (Type empty or ecs): ignored, a warning",
            ["", "ecs"],
            |ty| servers(vec![typed("i-1", ty, "10.0.0.1")]),
            |_| [warning(server(0, ServerIp), Rule::ServerIpIgnored)],
        )
        // Description
        .row(
            "Description of 81 characters",
            servers(vec![described(&"d".repeat(81))]),
            [error(
                server(0, Description),
                Rule::TooLong { max: 80 },
                TOO_LONG,
            )],
        )
        .row(
            "Description with a space",
            servers(vec![described("front end")]),
            [error(
                server(0, Description),
                Rule::BadCharacters { found: ' ' },
                NOT_VALID,
            )],
        )
        .each(
            "Description allowed",
            ["前端-1".to_string(), "d".repeat(80), "a/b.c_d".to_string()],
            |d| servers(vec![described(d)]),
            |_| [],
        )
        // The list
        .row(
            "the same ServerId and Port (080 = 80) again: each repeat an error",
            servers(vec![
                ServerRow::new("i-1", "80", "100"),
                ServerRow::new("i-2", "80", "100"),
                ServerRow::new("i-1", "80", "50"),
                ServerRow::new("i-1", "080", "10"),
            ]),
            [2, 3].map(|row| {
                error(
                    server(row, ServerId),
                    Rule::DuplicateServer { first: 0 },
                    SERVERS_INVALID,
                )
            }),
        )
        .row(
            "the same server on another Port or ServerIp",
            servers(distinct()),
            [],
        )
        .row(
            "the same eni server, Port and ServerIp again",
            servers([distinct(), vec![typed("eni-1", "eni", "10.0.0.2")]].concat()),
            [error(
                server(5, ServerId),
                Rule::DuplicateServer { first: 3 },
                SERVERS_INVALID,
            )],
        )
        .row(
            "one row can have a problem in every field, in field order",
            servers(vec![ServerRow {
                server_type: "vm".into(),
                server_ip: "nope".into(),
                description: "a b".into(),
                ..ServerRow::new("", "0", "x")
            }]),
            [
                error(server(0, ServerId), Rule::ServerIdMissing, SERVERS_INVALID),
                error(server(0, Port), Rule::PortInvalid, PORT_INVALID),
                error(server(0, Weight), Rule::WeightInvalid, WEIGHT_INVALID),
                error(server(0, Type), Rule::TypeInvalid, TYPE_INVALID),
                error(server(0, ServerIp), Rule::ServerIpInvalid, SERVERS_INVALID),
                error(
                    server(0, Description),
                    Rule::BadCharacters { found: ' ' },
                    NOT_VALID,
                ),
            ],
        )
        .check();
}

#[test]
fn tag_rules() {
    let keys: Vec<String> = (0..21).map(|i| format!("k{i}")).collect();
    let first =
        |n: usize| -> Vec<(&str, &str)> { keys[..n].iter().map(|k| (k.as_str(), "v")).collect() };
    Table::default()
        .row("20 tags", tags(&first(20)), [])
        .row(
            "21 tags",
            tags(&first(21)),
            [error(
                Field::Tags,
                Rule::TooManyTags { count: 21 },
                Api::Mentions(400, "SizeLimitExceeded.Tag", "20"),
            )],
        )
        .row(
            "a tag without key",
            tags(&[("env", "dev"), ("", "orphan")]),
            [error(
                Field::TagKey(1),
                Rule::TagKeyMissing,
                TAG_KEY_MISSING,
            )],
        )
        .row("a tag with an empty value", tags(&[("owner", "")]), [])
        .each(
            "a key starting with aliyun or acs:, in any case",
            ["aliyun", "aliyunTag", "Aliyun-x", "acs:env", "ACS:env"],
            |k| tags(&[(k, "v")]),
            |_| [error(Field::TagKey(0), Rule::TagReservedPrefix, TAG_KEY)],
        )
        .row(
            "a key and a value with aliyun and acs: not at the start",
            tags(&[("my-aliyun", "x-acs:")]),
            [],
        )
        .row(
            "a value starting with aliyun",
            tags(&[("env", "aliyun-prod")]),
            [error(
                Field::TagValue(0),
                Rule::TagReservedPrefix,
                TAG_VALUE,
            )],
        )
        .row(
            "a key with http://",
            tags(&[("see http://x", "v")]),
            [error(Field::TagKey(0), Rule::TagContainsUrl, TAG_KEY)],
        )
        .row(
            "a value with HTTPS://",
            tags(&[("k", "go to HTTPS://example.com")]),
            [error(Field::TagValue(0), Rule::TagContainsUrl, TAG_VALUE)],
        )
        .row(
            "a key http and a value with a host but no scheme",
            tags(&[("http", "example.com")]),
            [],
        )
        .row(
            "a key of 64 and a value of 128 characters",
            tags(&[(&"k".repeat(64), &"v".repeat(128))]),
            [],
        )
        .row(
            "a key of 64 Chinese characters",
            tags(&[(&"键".repeat(64), "")]),
            [],
        )
        .row(
            "a key of 65 characters",
            tags(&[(&"k".repeat(65), "v")]),
            [error(Field::TagKey(0), Rule::TooLong { max: 64 }, TAG_KEY)],
        )
        .row(
            "a value of 129 characters",
            tags(&[("k", &"v".repeat(129))]),
            [error(
                Field::TagValue(0),
                Rule::TooLong { max: 128 },
                TAG_VALUE,
            )],
        )
        .row(
            "a key used twice",
            tags(&[("env", "a"), ("team", "b"), ("env", "c")]),
            [error(
                Field::TagKey(2),
                Rule::TagKeyDuplicate { first: 0 },
                Api::Is(
                    400,
                    "InvalidParam.TagKey",
                    "The specified tag key is duplicated.",
                ),
            )],
        )
        .row(
            "keys that differ in case only (keys are case-sensitive)",
            tags(&[("env", "a"), ("Env", "b")]),
            [],
        )
        .check();
}

#[test]
fn advanced_fields() {
    let long = |field: TextField, name| {
        error(
            field,
            Rule::NotALong,
            Api::Mentions(400, "InvalidParameter", name),
        )
    };
    let not_a_long = ["12a", "-1", "+1", " 1", "1.0", "99999999999999999999"];
    let longs = ["", "0", "1234567890", "9223372036854775807"];
    Table::default()
        .each(
            "OwnerId not a Long",
            not_a_long,
            |v| set(OwnerId, *v),
            |_| [long(OwnerId, "OwnerId")],
        )
        .each(
            "OwnerId a Long, or empty",
            longs,
            |v| set(OwnerId, *v),
            |_| [],
        )
        .each(
            "ResourceOwnerId not a Long",
            not_a_long,
            |v| set(ResourceOwnerId, *v),
            |_| [long(ResourceOwnerId, "ResourceOwnerId")],
        )
        .each(
            "ResourceOwnerId a Long, or empty",
            longs,
            |v| set(ResourceOwnerId, *v),
            |_| [],
        )
        .each(
            "the custom endpoint chosen, not a host: a local error",
            [
                "",
                "not a host",
                "https://",
                "-bad-.com/",
                "http://exa mple.com",
            ],
            |v| custom(v),
            |_| [local(CustomEndpoint, Rule::EndpointInvalid)],
        )
        .each(
            "the custom endpoint chosen, a host (with scheme, path or port)",
            [
                "slb.example.com",
                "https://slb.example.com/",
                "127.0.0.1:8080",
            ],
            |v| custom(v),
            |_| [],
        )
        .row(
            "the custom endpoint not a host but not chosen",
            set(CustomEndpoint, "not a host"),
            [],
        )
        .each(
            "a fixed Timestamp not YYYY-MM-DDThh:mm:ssZ",
            ["2024-01-01 00:00:00", "2024-02-30T00:00:00Z", "now"],
            |v| set(Timestamp, *v),
            |_| [error(Timestamp, Rule::TimestampFormat, TIMESTAMP_FORMAT)],
        )
        .row(
            "a fixed Timestamp",
            set(Timestamp, "2024-01-01T00:00:00Z"),
            [],
        )
        .row(
            "AccessKeyId and AccessKeySecret with whitespace around them: warnings",
            |req| {
                req[AccessKeyId] = " LTAIkey".into();
                req[AccessKeySecret] = "secret\n".into();
            },
            [AccessKeyId, AccessKeySecret].map(|field| warning(field, Rule::SurroundingWhitespace)),
        )
        .each(
            "AccessKeyId with an invisible character at one end: a warning",
            ["LTAIkey\u{200B}", "\u{FEFF}LTAIkey", "LTAIkey\u{A0}"],
            |v| set(AccessKeyId, *v),
            |_| [warning(AccessKeyId, Rule::SurroundingWhitespace)],
        )
        .check();
}

#[test]
fn several_problems() {
    Table::default()
        .row(
            "problems come in form order",
            |req| {
                *req = Request {
                    servers: vec![ServerRow::new("i-1", "0", "101")],
                    tags: vec![TagRow::default()],
                    ..Request::default()
                }
                .with(RegionId, String::new())
                .with(LoadBalancerId, String::new())
                .with(VServerGroupName, "bad name")
                .with(OwnerId, "x")
                .with(Timestamp, "x")
            },
            [
                error(RegionId, Rule::Required, MISSING_REGION_ID),
                error(LoadBalancerId, Rule::Required, MISSING_LOAD_BALANCER_ID),
                error(
                    VServerGroupName,
                    Rule::BadCharacters { found: ' ' },
                    NOT_VALID,
                ),
                error(server(0, Port), Rule::PortInvalid, PORT_INVALID),
                error(server(0, Weight), Rule::WeightInvalid, WEIGHT_INVALID),
                error(Field::TagKey(0), Rule::TagKeyMissing, TAG_KEY_MISSING),
                error(
                    OwnerId,
                    Rule::NotALong,
                    Api::Mentions(400, "InvalidParameter", "OwnerId"),
                ),
                error(Timestamp, Rule::TimestampFormat, TIMESTAMP_FORMAT),
            ],
        )
        .row(
            "a NUL in a value only the command line carries (a common parameter) is a \
             warning; in a value of the operation's own parameters (which responses \
             echo) it is an error, and not also a warning",
            |req| {
                req.tags = vec![TagRow {
                    key: "k".into(),
                    value: "a\0b".into(),
                }];
                req[TextField::SignatureNonce] = "n\0x".into();
                req.servers[0].server_id = "i-\0".into();
            },
            [
                local(server(0, ServerId), Rule::NotXmlCharacter { found: '\0' }),
                local(Field::TagValue(0), Rule::NotXmlCharacter { found: '\0' }),
                warning(TextField::SignatureNonce, Rule::NulCharacter),
            ],
        )
        .check();
}

// ---- what is not one request in, problems out ----

#[test]
fn every_documented_region_is_known() {
    for region in DOCUMENTED_REGIONS {
        assert!(vsg_core::regions::find(region).is_some(), "{region}");
    }
    assert_eq!(vsg_core::regions::REGIONS.len(), DOCUMENTED_REGIONS.len());
    assert_eq!(
        vsg_core::regions::find("cn-hangzhou").map(|r| r.name_zh),
        Some("华东1（杭州）")
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
    let problems = validate(&req);
    let [p] = problems.as_slice() else {
        panic!("one problem: {problems:#?}")
    };
    assert_eq!(
        p.rule.to_string(),
        "Port must be an integer from 1 to 65535."
    );
    let api = p.api.as_ref().expect("api");
    assert_eq!(
        api.to_string(),
        format!("400 InvalidParameter: {PORT_MESSAGE}")
    );
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
        req[VServerGroupName] = bad.into();
        let problems = validate(&req);
        // The name's rule first; a character XML cannot carry is an error of its own
        // after it.
        let (p, rest) = problems.split_first().expect("a problem");
        assert!(
            rest.iter()
                .all(|q| matches!(q.rule, Rule::NotXmlCharacter { .. })),
            "{bad:?}: {problems:#?}"
        );
        let message = p.rule.to_string();
        assert!(message.starts_with(shown), "{bad:?}: {message}");
    }
}

#[test]
fn an_invalid_custom_endpoint_is_a_local_error() {
    let mut req = clean();
    req.endpoint = EndpointKind::Custom;
    req[CustomEndpoint] = String::new();
    let problems = validate(&req);
    let local = vsg_core::first_local_error(&problems).expect("a local error");
    assert_eq!(local.rule, Rule::EndpointInvalid);
    assert!(local.api.is_none());
    req[CustomEndpoint] = "http://127.0.0.1:8080".into();
    assert!(vsg_core::first_local_error(&validate(&req)).is_none());
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
        (Field::Text(RegionId), "cn-hangzhou"),
        (Field::Text(LoadBalancerId), "lb-1"),
        (server(1, ServerId), "vm-"),
        (server(1, Type), "eni"),
        (server(1, ServerIp), "10.0.0.1"),
        (server(1, Description), "web"),
    ];
    for (at, typed) in echoed {
        for found in NOT_XML {
            let mut req = clean();
            let value = format!("{typed}{found}{found}");
            type_at(&mut req, at, &value);
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
            type_at(&mut req, at, &format!("{typed}{kept}"));
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
fn common_parameters_and_the_secret_may_hold_any_character() {
    let mut req = clean();
    req.tags = vec![TagRow {
        key: "k".into(),
        value: "v".into(),
    }];
    // Not the operation's own parameters: no response echoes them.
    let not_echoed = [
        Field::Text(AccessKeyId),
        Field::Text(AccessKeySecret),
        Field::Text(TextField::SignatureNonce),
    ];
    for at in not_echoed {
        for found in NOT_XML {
            let mut req = req.clone();
            type_at(&mut req, at, &format!("a{found}"));
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
    let out = vsg_core::check(&req, &vsg_core::Generated::default());
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
    assert!(!vsg_core::check(&clean(), &vsg_core::Generated::default())
        .problems
        .iter()
        .any(|p| p.field == Field::Request));
}

#[test]
fn modify_checks_both_lists_each_at_its_own_rows() {
    let op = vsg_core::FAMILY
        .iter()
        .copied()
        .find(|o| o.action == "ModifyVServerGroupBackendServers")
        .expect("Modify");
    let mut req = Request {
        op,
        ..Request::default()
    }
    .with(RegionId, "cn-hangzhou")
    .with(TextField::VServerGroupId, "rsp-bp1modify");
    req.servers = vec![ServerRow::new("i-old", "80", "100")];
    req.new_servers = vec![
        ServerRow::new("i-new", "80", "100"),
        ServerRow::new("i-new2", "99999", "100"),
    ];
    let problems = validate(&req);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(
        problems[0].field,
        Field::Server {
            list: ServerList::New,
            row: 1,
            field: Port
        }
    );
    assert_eq!(problems[0].rule, Rule::PortInvalid);
    // 21 new rows are too many for that list alone.
    req.new_servers = (0..21)
        .map(|i| ServerRow::new(&format!("i-n{i}"), "80", "100"))
        .collect();
    let problems = validate(&req);
    assert!(
        problems
            .iter()
            .any(|p| p.field == Field::Servers(ServerList::New)
                && matches!(p.rule, Rule::TooManyServers { count: 21 })),
        "{problems:#?}"
    );
}
