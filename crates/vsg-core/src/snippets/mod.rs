//! Code that sends the current request: the aliyun CLI, curl and the official SDKs.
//!
//! Every snippet carries exactly the parameters of
//! [`operation_params`](crate::request::operation_params) (without `Action`, which the
//! CLI and the SDKs set themselves), each value written as a literal of the snippet's
//! language. Credentials come from `ALIBABA_CLOUD_ACCESS_KEY_ID` /
//! `ALIBABA_CLOUD_ACCESS_KEY_SECRET`; the typed AccessKeySecret never appears (the curl
//! snippet is the already signed URL, which holds the AccessKeyId but not the secret).
//!
//! This module holds what every language shares: the [`Language`]s, [`snippet`] and the
//! request as the snippets see it (`Op`, `Field`, `Target`). Each language family has
//! its own module, whose documentation names the sources its class, method and field
//! names were checked against (not guessed): `cli` (aliyun CLI and curl), `python` (V2
//! and V1 SDKs), `java`, `go` and `typescript`. `literal` holds what their literals
//! share.

mod cli;
mod go;
mod java;
pub(crate) mod literal;
mod python;
mod typescript;

pub use cli::shell_quote;
pub use go::go_str;
pub use java::java_str;
pub use python::python_str;
pub use typescript::ts_str;

use crate::endpoint;
use crate::form::Request;
use crate::model::TextField;
use crate::params::{Operation, Sdk, Sent, Value};
use crate::request::{operation_params, SignedRequest};

/// A snippet's language (one tab of the snippets panel).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    /// `aliyun slb CreateVServerGroup --RegionId …` (bash).
    AliyunCli,
    /// `curl` with the signed URL (bash).
    Curl,
    /// Python with the V2 SDK `alibabacloud_slb20140515`.
    PythonV2,
    /// Python with the V1 SDK `aliyun-python-sdk-slb`.
    PythonV1,
    /// Java with `com.aliyun:slb20140515`.
    Java,
    /// Go with `github.com/alibabacloud-go/slb-20140515/v4`.
    Go,
    /// Node.js / TypeScript with `@alicloud/slb20140515`.
    NodeTs,
}

impl Language {
    /// Every language, in tab order.
    pub const ALL: [Language; 7] = [
        Language::AliyunCli,
        Language::Curl,
        Language::PythonV2,
        Language::PythonV1,
        Language::Java,
        Language::Go,
        Language::NodeTs,
    ];

    /// The tab label.
    pub fn name(self) -> &'static str {
        match self {
            Language::AliyunCli => "aliyun CLI",
            Language::Curl => "curl",
            Language::PythonV2 => "Python",
            Language::PythonV1 => "Python (V1 SDK)",
            Language::Java => "Java",
            Language::Go => "Go",
            Language::NodeTs => "TypeScript",
        }
    }

    /// A stable short identifier (element ids, permalinks).
    pub fn id(self) -> &'static str {
        match self {
            Language::AliyunCli => "cli",
            Language::Curl => "curl",
            Language::PythonV2 => "python",
            Language::PythonV1 => "python-v1",
            Language::Java => "java",
            Language::Go => "go",
            Language::NodeTs => "node",
        }
    }

    /// Parses an identifier written by [`Language::id`].
    pub fn parse(id: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.id() == id)
    }
}

/// The snippet of `lang` for `req`; `signed` supplies the host and, for curl, the URL.
pub fn snippet(lang: Language, req: &Request, signed: &SignedRequest) -> String {
    let op = Op::new(req);
    match lang {
        Language::AliyunCli => cli::cli(&op, req, signed),
        Language::Curl => cli::curl(signed),
        Language::PythonV2 => python::python_v2(&op, req, signed),
        Language::PythonV1 => python::python_v1(&op, req, signed),
        Language::Java => java::java(&op, req, signed),
        Language::Go => go::go(&op, req, signed),
        Language::NodeTs => typescript::node_ts(&op, req, signed),
    }
}

/// One parameter of the operation and its names in the SDKs (from the table).
#[derive(Clone, Copy)]
struct Field {
    /// The API name (`LoadBalancerId`), also the CLI flag, the Go field and Java's
    /// setter suffix.
    api: &'static str,
    /// Python V2 attribute.
    py: &'static str,
    /// TypeScript field.
    ts: &'static str,
    /// The V1 Python setter suffix, or `None` when the V1 client sends it itself.
    v1: Option<&'static str>,
    /// `Long` in the API (OwnerId, ResourceOwnerId).
    long: bool,
    /// `Boolean` in the API (IncludeListener, IncludeRule).
    boolean: bool,
}

/// A Boolean value as typed, when it is one (`true`, `False`, … in any case).
fn boolean_literal(value: &str) -> Option<bool> {
    if value.eq_ignore_ascii_case("true") {
        Some(true)
    } else if value.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

/// The request's parameters as the snippets need them.
struct Op {
    /// Every parameter the request sends, as name and wire value in table order (the
    /// tags as `Tag.N.Key` / `Tag.N.Value`), without `Action`.
    sent: Vec<(String, String)>,
    /// Scalar parameters (BackendServers as its JSON string) in table order.
    scalars: Vec<(Field, String)>,
    /// Tag pairs, in order.
    tags: Vec<(String, String)>,
    /// The names of the tag list: the SDK field (`tag`), the V1 setter (`Tags`).
    tag_field: Sdk,
    /// The operation (its CLI names, SDK classes and methods).
    op: &'static Operation,
}

impl Op {
    /// The parameters of `req`, built once and read by every language.
    fn new(req: &Request) -> Op {
        // The operation is the request's own.
        let op = req.op;
        // `operation_params` lists `Action` first; the CLI and the SDKs set it.
        let sent: Vec<(String, String)> = operation_params(req).into_iter().skip(1).collect();
        let mut scalars = Vec::new();
        let mut tag_field = None;
        for param in op.params.iter().filter(|p| p.sent == Sent::Query) {
            let Some(sdk) = param.sdk else { continue };
            if param.value == Value::TagList {
                tag_field = Some(sdk);
                continue;
            }
            if let Some((_, value)) = sent.iter().find(|(n, _)| n == param.name) {
                let field = Field {
                    api: param.name,
                    py: sdk.python,
                    ts: sdk.typescript,
                    v1: sdk.python_v1,
                    long: matches!(param.value, Value::Long(_)),
                    boolean: matches!(param.value, Value::Bool(_)),
                };
                scalars.push((field, value.clone()));
            }
        }
        let tags = req
            .tags
            .iter()
            .map(|t| (t.key.clone(), t.value.clone()))
            .collect();
        Op {
            sent,
            scalars,
            tags,
            tag_field: tag_field.unwrap_or(Sdk {
                python: "tag",
                typescript: "tag",
                python_v1: Some("Tags"),
            }),
            op,
        }
    }

    /// The wire name of the tag list (`Tag`), also its Java setter suffix and Go field.
    fn tag_list(&self) -> &'static str {
        self.op
            .params
            .iter()
            .find(|p| p.value == Value::TagList)
            .map_or("Tag", |p| p.name)
    }

    /// The scalars the V1 SDK sets on the request (it sends RegionId from the client).
    fn v1_scalars(&self) -> impl Iterator<Item = (&'static str, &Field, &String)> {
        self.scalars
            .iter()
            .filter_map(|(f, v)| f.v1.map(|setter| (setter, f, v)))
    }
}

/// What a V2 SDK client is pointed at.
enum Target<'a> {
    /// The signed host, and whether it is reached over plain http (a custom endpoint
    /// typed with `http://`; the V2 SDKs' default is https).
    Endpoint(&'a str, bool),
    /// No host (an empty custom endpoint): the region, from which the SDK derives one.
    Region(&'a str),
    /// Neither: left to the SDK's defaults.
    Nothing,
}

/// Whether the request is sent over plain http (a custom endpoint typed `http://`).
fn is_http(req: &Request) -> bool {
    endpoint::scheme(req.endpoint, &req[TextField::CustomEndpoint]) == "http"
}

/// Where the V2 SDK snippets point their client.
fn target<'a>(req: &'a Request, signed: &'a SignedRequest) -> Target<'a> {
    if !signed.host.is_empty() {
        Target::Endpoint(&signed.host, is_http(req))
    } else if !req[TextField::RegionId].is_empty() {
        Target::Region(&req[TextField::RegionId])
    } else {
        Target::Nothing
    }
}
