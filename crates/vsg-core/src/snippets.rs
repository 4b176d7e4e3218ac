//! Code that sends the current request: the aliyun CLI, curl and the official SDKs.
//!
//! Every snippet carries exactly the parameters of [`operation_params`] (without
//! `Action`, which the CLI and the SDKs set themselves), each value written as a literal
//! of the snippet's language. Credentials come from `ALIBABA_CLOUD_ACCESS_KEY_ID` /
//! `ALIBABA_CLOUD_ACCESS_KEY_SECRET`; the typed AccessKeySecret never appears (the curl
//! snippet is the already signed URL, which holds the AccessKeyId but not the secret).
//!
//! Class, method and field names were checked against these sources (not guessed):
//! - Python V2: PyPI `alibabacloud-slb20140515` 3.3.31 with `alibabacloud-tea-openapi`
//!   0.4.6 and `darabonba-core` 1.0.9 (the client's own `RuntimeOptions` import); run
//!   for real by `tests/snippets/check_python_v2.py`.
//! - Python V1: PyPI `aliyun-python-sdk-slb` 3.3.22 and `aliyun-python-sdk-core` 2.16.1;
//!   run for real by `tests/snippets/check_python_v1.py`.
//! - Java: `com.aliyun:slb20140515` sources in aliyun/alibabacloud-java-sdk (pom 3.3.28;
//!   `Client.createVServerGroupWithOptions`, nested `CreateVServerGroupRequestTag`) and
//!   `com.aliyun.teaopenapi.models.Config` in aliyun/darabonba-openapi.
//! - Go: github.com/alibabacloud-go/slb-20140515 tag v4.0.12 (module path `…/v4`,
//!   `openapiutil.Config` from darabonba-openapi v2.1.13, `dara` from tea).
//! - Node.js/TypeScript: `@alicloud/slb20140515` sources in aliyun/alibabacloud-typescript-sdk
//!   (darabonba generation: default export `Client`, `CreateVServerGroupRequest` with the
//!   field `VServerGroupName`, `CreateVServerGroupRequestTag`) and the npm packages
//!   `@alicloud/openapi-core` 1.0.8 (`$OpenApiUtil.Config`) and `@darabonba/typescript`
//!   1.0.5 (`RuntimeOptions`).
//! - aliyun CLI: aliyun/aliyun-cli v3.4.11 — RPC parameters are `--Name value` flags,
//!   repeat lists `--Tag.1.Key`, `--endpoint` picks the host, and an argument that starts
//!   with `-` is read as a flag (so such values are written `--Name=value`).

use crate::endpoint;
use crate::form::Request;
use crate::model::{EndpointKind, Method, TextField};
use crate::params::{Operation, Sdk, Sent, Value};
use crate::request::{operation_params, SignedRequest, EXAMPLE_ACCESS_KEY_ID};

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
        Language::AliyunCli => cli(&op, req, signed),
        Language::Curl => curl(signed),
        Language::PythonV2 => python_v2(&op, req, signed),
        Language::PythonV1 => python_v1(&op, req, signed),
        Language::Java => java(&op, req, signed),
        Language::Go => go(&op, req, signed),
        Language::NodeTs => node_ts(&op, req, signed),
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
}

/// The request's parameters as the snippets need them.
struct Op {
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
    fn new(req: &Request) -> Op {
        let op = req.op;
        let mut scalars = Vec::new();
        let mut tag_field = None;
        let wire = operation_params(req);
        for param in op.params.iter().filter(|p| p.sent == Sent::Query) {
            let Some(sdk) = param.sdk else { continue };
            if param.value == Value::TagList {
                tag_field = Some(sdk);
                continue;
            }
            if let Some((_, value)) = wire.iter().find(|(n, _)| n == param.name) {
                let field = Field {
                    api: param.name,
                    py: sdk.python,
                    ts: sdk.typescript,
                    v1: sdk.python_v1,
                    long: matches!(param.value, Value::Long(_)),
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

fn target<'a>(req: &'a Request, signed: &'a SignedRequest) -> Target<'a> {
    if !signed.host.is_empty() {
        Target::Endpoint(&signed.host, is_http(req))
    } else if !req[TextField::RegionId].is_empty() {
        Target::Region(&req[TextField::RegionId])
    } else {
        Target::Nothing
    }
}

/// A Long parameter's value as an integer literal, when it is one exactly (no sign
/// other than `-`, no leading zeros, within `i64`), so the wire value stays as typed.
fn long_literal(value: &str) -> Option<i64> {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let canonical = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'))
        && value != "-0";
    if canonical {
        value.parse().ok()
    } else {
        None
    }
}

/// Characters every language writes as an escape rather than raw: C0 and C1 controls,
/// DEL, the Unicode line/paragraph separators and the byte-order mark.
fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}')
}

fn push_hex(out: &mut String, prefix: &str, value: u32, width: usize) {
    out.push_str(prefix);
    let hex = format!("{value:0width$x}");
    out.push_str(&hex);
}

// ---------------------------------------------------------------- shell

/// A bash word for `s`: bare when it is made only of characters that bash never
/// interprets; `$'…'` with escapes when it holds control characters; otherwise in
/// single quotes, with `'` written as `'\''`.
pub fn shell_quote(s: &str) -> String {
    let plain = !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./:@%+=,".contains(&b));
    if plain {
        return s.to_string();
    }
    if s.chars().any(needs_escape) {
        // Raw control characters would not survive a copy from the page (a CR, say):
        // bash's `$'…'` writes them as escapes, as UTF-8 bytes whatever the locale.
        let mut out = String::from("$'");
        for c in s.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\'' => out.push_str("\\'"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if needs_escape(c) => {
                    let mut buf = [0; 4];
                    for b in c.encode_utf8(&mut buf).bytes() {
                        push_hex(&mut out, "\\x", b.into(), 2);
                    }
                }
                c => out.push(c),
            }
        }
        out.push('\'');
        return out;
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        if c == '\'' {
            out.push_str("'\\''");
        } else {
            out.push(c);
        }
    }
    out.push('\'');
    out
}

/// One `--Name value` pair of the aliyun CLI. A value starting with `-` would be read
/// as a flag of its own, so it is attached: `--Name=value`.
fn cli_flag(out: &mut String, name: &str, value: &str) {
    out.push_str(" \\\n  --");
    out.push_str(name);
    out.push(if value.starts_with('-') { '=' } else { ' ' });
    out.push_str(&shell_quote(value));
}

fn cli(op: &Op, req: &Request, signed: &SignedRequest) -> String {
    let mut s = String::from(
        "# aliyun CLI 3.x. Credentials come from the CLI profile (`aliyun configure`) or from\n\
         # the environment: export ALIBABA_CLOUD_ACCESS_KEY_ID=… ALIBABA_CLOUD_ACCESS_KEY_SECRET=…\n",
    );
    s.push_str(&format!("aliyun {} {}", op.op.product, op.op.action));
    if req.endpoint != EndpointKind::Public && !signed.host.is_empty() {
        cli_flag(&mut s, "endpoint", &signed.host);
        // A custom endpoint typed with http:// is sent over http.
        if is_http(req) {
            s.push_str(" \\\n  --insecure");
        }
    }
    if req.method == Method::Post {
        cli_flag(&mut s, "method", "POST");
    }
    // Every parameter of the operation, in table order, as `--Name value`.
    for (name, value) in operation_params(req).iter().skip(1) {
        cli_flag(&mut s, name, value);
    }
    s.push('\n');
    s
}

// ---------------------------------------------------------------- curl

fn curl(signed: &SignedRequest) -> String {
    let mut s = String::from(
        "# The request signed above (signature v1). It is valid for about 15 minutes after its\n\
         # Timestamp",
    );
    let timestamp = signed
        .params
        .iter()
        .find(|p| p.name == "Timestamp")
        .map(|p| p.value.as_str())
        .unwrap_or_default();
    if !timestamp.is_empty()
        && timestamp
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-:.+".contains(&b))
    {
        s.push_str(" (");
        s.push_str(timestamp);
        s.push(')');
    }
    s.push_str(
        " and each SignatureNonce is accepted once: sign again to send it again.\n\
         # The URL holds the AccessKeyId, never the secret. To sign in your own code, use an\n\
         # SDK tab: they read ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.\n",
    );
    if signed.example_credentials {
        s.push_str(&format!(
            "# Signed with the documented example key ({EXAMPLE_ACCESS_KEY_ID}): the service rejects it.\n"
        ));
    }
    s.push_str("curl ");
    if signed.method == Method::Post {
        s.push_str("-X POST ");
    }
    s.push_str(&shell_quote(&signed.url));
    s.push('\n');
    s
}

// ---------------------------------------------------------------- Python

/// A Python 3 string literal: single quotes unless the text has `'` and no `"`;
/// backslashes, the quote and control characters escaped; other non-ASCII kept.
pub fn python_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x100 && needs_escape(c) => push_hex(&mut out, "\\x", c as u32, 2),
            c if needs_escape(c) => push_hex(&mut out, "\\u", c as u32, 4),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// A parameter's value as a Python literal: an int for a Long field, a string otherwise.
fn python_value(field: &Field, value: &str) -> String {
    if field.long {
        python_long(value)
    } else {
        python_str(value)
    }
}

/// A Long value for Python: an int when it is one, otherwise the text as typed.
fn python_long(value: &str) -> String {
    match long_literal(value) {
        Some(n) => n.to_string(),
        None => python_str(value),
    }
}

fn python_v2(op: &Op, req: &Request, signed: &SignedRequest) -> String {
    let mut s = String::from(
        "# pip install alibabacloud_slb20140515  (checked with 3.3.31)\n\
         import os\n\
         \n\
         from alibabacloud_slb20140515 import models as slb_20140515_models\n\
         from alibabacloud_slb20140515.client import Client as Slb20140515Client\n\
         from alibabacloud_tea_openapi import models as open_api_models\n\
         from darabonba.runtime import RuntimeOptions\n\
         \n\
         config = open_api_models.Config(\n\
         \x20   access_key_id=os.environ['ALIBABA_CLOUD_ACCESS_KEY_ID'],\n\
         \x20   access_key_secret=os.environ['ALIBABA_CLOUD_ACCESS_KEY_SECRET'],\n",
    );
    match target(req, signed) {
        Target::Endpoint(host, http) => {
            s.push_str(&format!("    endpoint={},\n", python_str(host)));
            if http {
                s.push_str("    protocol='HTTP',\n");
            }
        }
        Target::Region(region) => s.push_str(&format!("    region_id={},\n", python_str(region))),
        Target::Nothing => {}
    }
    s.push_str(")\n");
    s.push_str("client = Slb20140515Client(config)\n\n");
    s.push_str(&format!(
        "request = slb_20140515_models.{}(\n",
        op.op.sdk.request_class
    ));
    for (field, value) in &op.scalars {
        s.push_str(&format!(
            "    {}={},\n",
            field.py,
            python_value(field, value)
        ));
    }
    if !op.tags.is_empty() {
        s.push_str(&format!("    {}=[\n", op.tag_field.python));
        for (key, value) in &op.tags {
            s.push_str(&format!(
                "        slb_20140515_models.{}(key={}, value={}),\n",
                op.op.sdk.tag_class,
                python_str(key),
                python_str(value)
            ));
        }
        s.push_str("    ],\n");
    }
    s.push_str(&format!(
        ")\nresponse = client.{}(request, RuntimeOptions())\nprint(response.body.to_map())\n",
        op.op.sdk.python_method
    ));
    s
}

fn python_v1(op: &Op, req: &Request, signed: &SignedRequest) -> String {
    let mut s = String::from(
        "# pip install aliyun-python-sdk-slb aliyun-python-sdk-core  (checked with 3.3.22 / 2.16.1)\n\
         import os\n\
         \n\
         from aliyunsdkcore.client import AcsClient\n",
    );
    let class = op.op.sdk.request_class;
    s.push_str(&format!(
        "from aliyunsdkslb.request.v20140515.{class} import {class}\n\
         \n\
         # The V1 SDK sends RegionId from the client.\n\
         client = AcsClient(\n\
         \x20   os.environ['ALIBABA_CLOUD_ACCESS_KEY_ID'],\n\
         \x20   os.environ['ALIBABA_CLOUD_ACCESS_KEY_SECRET'],\n"
    ));
    s.push_str(&format!(
        "    {},\n)\n\n",
        python_str(&req[TextField::RegionId])
    ));
    s.push_str(&format!("request = {class}()\n"));
    if !signed.host.is_empty() {
        s.push_str(&format!(
            "request.set_endpoint({})\n",
            python_str(&signed.host)
        ));
    }
    // The V1 core's default protocol is plain http: say which one the URL uses.
    s.push_str(if is_http(req) {
        "request.set_protocol_type('http')\n"
    } else {
        "request.set_protocol_type('https')\n"
    });
    s.push_str(&format!(
        "request.set_accept_format({})\n",
        python_str(&req.format.as_str().to_ascii_lowercase())
    ));
    for (setter, field, value) in op.v1_scalars() {
        s.push_str(&format!(
            "request.set_{}({})\n",
            setter,
            python_value(field, value)
        ));
    }
    if !op.tags.is_empty() {
        let setter = op.tag_field.python_v1.unwrap_or("Tags");
        s.push_str(&format!("request.set_{setter}([\n"));
        for (key, value) in &op.tags {
            s.push_str(&format!(
                "    {{'Key': {}, 'Value': {}}},\n",
                python_str(key),
                python_str(value)
            ));
        }
        s.push_str("])\n");
    }
    s.push_str(
        "\n\
         response = client.do_action_with_exception(request)\n\
         print(str(response, encoding='utf-8'))\n",
    );
    s
}

// ---------------------------------------------------------------- Java

/// A Java string literal. Control characters use `\uXXXX` escapes except CR and LF
/// (which javac would turn back into line breaks before lexing); every backslash of the
/// text is doubled, so none of it can start a Unicode escape.
pub fn java_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if needs_escape(c) => push_hex(&mut out, "\\u", c as u32, 4),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A Long value for Java: `123L`, or the text as a string (which does not compile:
/// the value is not a Long, as validation says).
fn java_long(value: &str) -> String {
    match long_literal(value) {
        Some(n) => format!("{n}L"),
        None => format!("{} /* not a Long */", java_str(value)),
    }
}

fn java(op: &Op, req: &Request, signed: &SignedRequest) -> String {
    let sdk = &op.op.sdk;
    let (request, response) = (sdk.request_class, sdk.response_class);
    let mut s = format!(
        "// Maven: com.aliyun:slb20140515 (checked with 3.3.28)\n\
         import com.aliyun.slb20140515.Client;\n\
         import com.aliyun.slb20140515.models.{request};\n\
         import com.aliyun.slb20140515.models.{response};\n\
         import com.aliyun.teaopenapi.models.Config;\n\
         import com.aliyun.teautil.models.RuntimeOptions;\n\
         \n\
         public class {}Sample {{\n\
         \x20   public static void main(String[] args) throws Exception {{\n\
         \x20       Config config = new Config()\n\
         \x20               .setAccessKeyId(System.getenv(\"ALIBABA_CLOUD_ACCESS_KEY_ID\"))\n\
         \x20               .setAccessKeySecret(System.getenv(\"ALIBABA_CLOUD_ACCESS_KEY_SECRET\"))",
        op.op.action
    );
    match target(req, signed) {
        Target::Endpoint(host, http) => {
            s.push_str(&format!(
                "\n                .setEndpoint({})",
                java_str(host)
            ));
            if http {
                s.push_str("\n                .setProtocol(\"HTTP\")");
            }
        }
        Target::Region(region) => s.push_str(&format!(
            "\n                .setRegionId({})",
            java_str(region)
        )),
        Target::Nothing => {}
    }
    s.push_str(&format!(
        ";\n\
         \x20       Client client = new Client(config);\n\
         \n\
         \x20       {request} request = new {request}()"
    ));
    for (field, value) in &op.scalars {
        let literal = if field.long {
            java_long(value)
        } else {
            java_str(value)
        };
        s.push_str(&format!("\n                .set{}({})", field.api, literal));
    }
    if !op.tags.is_empty() {
        s.push_str(&format!(
            "\n                .set{}(java.util.Arrays.asList(",
            op.tag_list()
        ));
        for (i, (key, value)) in op.tags.iter().enumerate() {
            s.push_str(if i == 0 { "\n" } else { ",\n" });
            s.push_str(&format!(
                "                        new {request}.{}().setKey({}).setValue({})",
                sdk.tag_class,
                java_str(key),
                java_str(value)
            ));
        }
        s.push_str("))");
    }
    s.push_str(&format!(
        ";\n\
         \x20       {response} response =\n\
         \x20               client.{}(request, new RuntimeOptions());\n\
         \x20       System.out.println(response.getBody().{}());\n\
         \x20   }}\n\
         }}\n",
        sdk.method, sdk.java_result
    ));
    s
}

// ---------------------------------------------------------------- Go

/// `createX` → `CreateX` (Go exports its methods with a capital).
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|first| first.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// A Go string literal: a raw `…` literal when the text has quotes or backslashes and
/// can be written raw (no backtick, no control character), else an interpreted one.
pub fn go_str(s: &str) -> String {
    let wants_raw = s.contains('"') || s.contains('\\');
    let can_raw = !s.contains('`') && !s.chars().any(needs_escape);
    if wants_raw && can_raw {
        return format!("`{s}`");
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // `\xNN` is a byte in Go: only for ASCII.
            c if (c as u32) < 0x80 && needs_escape(c) => push_hex(&mut out, "\\x", c as u32, 2),
            c if needs_escape(c) => push_hex(&mut out, "\\u", c as u32, 4),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn go(op: &Op, req: &Request, signed: &SignedRequest) -> String {
    let mut s = String::from(
        "// go get github.com/alibabacloud-go/slb-20140515/v4  (checked with v4.0.12)\n\
         package main\n\
         \n\
         import (\n\
         \t\"fmt\"\n\
         \t\"os\"\n\
         \n\
         \topenapiutil \"github.com/alibabacloud-go/darabonba-openapi/v2/utils\"\n\
         \tslb20140515 \"github.com/alibabacloud-go/slb-20140515/v4/client\"\n\
         \t\"github.com/alibabacloud-go/tea/dara\"\n\
         )\n\
         \n\
         func main() {\n\
         \tconfig := &openapiutil.Config{\n\
         \t\tAccessKeyId:     dara.String(os.Getenv(\"ALIBABA_CLOUD_ACCESS_KEY_ID\")),\n\
         \t\tAccessKeySecret: dara.String(os.Getenv(\"ALIBABA_CLOUD_ACCESS_KEY_SECRET\")),\n",
    );
    match target(req, signed) {
        Target::Endpoint(host, http) => {
            s.push_str(&format!(
                "\t\tEndpoint:        dara.String({}),\n",
                go_str(host)
            ));
            if http {
                s.push_str("\t\tProtocol:        dara.String(\"HTTP\"),\n");
            }
        }
        Target::Region(region) => s.push_str(&format!(
            "\t\tRegionId:        dara.String({}),\n",
            go_str(region)
        )),
        Target::Nothing => {}
    }
    s.push_str("\t}\n");
    s.push_str(&format!(
        "\tclient, err := slb20140515.NewClient(config)\n\
         \tif err != nil {{\n\
         \t\tpanic(err)\n\
         \t}}\n\
         \n\
         \trequest := &slb20140515.{}{{\n",
        op.op.sdk.request_class
    ));
    // gofmt aligns the values of consecutive one-line keys.
    let width = op
        .scalars
        .iter()
        .map(|(f, _)| f.api.len() + 1)
        .max()
        .unwrap_or(0);
    for (field, value) in &op.scalars {
        let literal = match (field.long, long_literal(value)) {
            (true, Some(n)) => format!("dara.Int64({n})"),
            (true, None) => format!("dara.String({}) /* not an int64 */", go_str(value)),
            (false, _) => format!("dara.String({})", go_str(value)),
        };
        let key = format!("{}:", field.api);
        s.push_str(&format!("\t\t{key:width$} {literal},\n"));
    }
    if !op.tags.is_empty() {
        s.push_str(&format!(
            "\t\t{}: []*slb20140515.{}{{\n",
            op.tag_list(),
            op.op.sdk.tag_class
        ));
        for (key, value) in &op.tags {
            s.push_str(&format!(
                "\t\t\t{{Key: dara.String({}), Value: dara.String({})}},\n",
                go_str(key),
                go_str(value)
            ));
        }
        s.push_str("\t\t},\n");
    }
    s.push_str(&format!(
        "\t}}\n\
         \tresponse, err := client.{}(request, &dara.RuntimeOptions{{}})\n\
         \tif err != nil {{\n\
         \t\tpanic(err)\n\
         \t}}\n\
         \tfmt.Println(response.Body.String())\n\
         }}\n",
        capitalised(op.op.sdk.method)
    ));
    s
}

// ---------------------------------------------------------------- TypeScript

/// A JavaScript/TypeScript string literal in single quotes.
pub fn ts_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x100 && needs_escape(c) => push_hex(&mut out, "\\x", c as u32, 2),
            c if needs_escape(c) => push_hex(&mut out, "\\u", c as u32, 4),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// Largest integer a JavaScript number holds exactly.
const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

fn node_ts(op: &Op, req: &Request, signed: &SignedRequest) -> String {
    let mut s = String::from(
        "// npm install @alicloud/slb20140515 @alicloud/openapi-core @darabonba/typescript\n\
         import Slb20140515, * as $Slb20140515 from '@alicloud/slb20140515';\n\
         import { $OpenApiUtil } from '@alicloud/openapi-core';\n\
         import * as $dara from '@darabonba/typescript';\n\
         \n\
         async function main(): Promise<void> {\n\
         \x20 const config = new $OpenApiUtil.Config({\n\
         \x20   accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,\n\
         \x20   accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,\n",
    );
    match target(req, signed) {
        Target::Endpoint(host, http) => {
            s.push_str(&format!("    endpoint: {},\n", ts_str(host)));
            if http {
                s.push_str("    protocol: 'HTTP',\n");
            }
        }
        Target::Region(region) => s.push_str(&format!("    regionId: {},\n", ts_str(region))),
        Target::Nothing => {}
    }
    s.push_str("  });\n");
    s.push_str(&format!(
        "  const client = new Slb20140515(config);\n\
         \n\
         \x20 const request = new $Slb20140515.{}({{\n",
        op.op.sdk.request_class
    ));
    for (field, value) in &op.scalars {
        let literal = match (field.long, long_literal(value)) {
            (true, Some(n)) if n.unsigned_abs() <= MAX_SAFE_INTEGER => n.to_string(),
            (true, Some(n)) => format!("{n} /* beyond Number.MAX_SAFE_INTEGER */"),
            (true, None) => format!("{} /* not a number */", ts_str(value)),
            (false, _) => ts_str(value),
        };
        s.push_str(&format!("    {}: {},\n", field.ts, literal));
    }
    if !op.tags.is_empty() {
        s.push_str(&format!("    {}: [\n", op.tag_field.typescript));
        for (key, value) in &op.tags {
            s.push_str(&format!(
                "      new $Slb20140515.{}({{ key: {}, value: {} }}),\n",
                op.op.sdk.tag_class,
                ts_str(key),
                ts_str(value)
            ));
        }
        s.push_str("    ],\n");
    }
    s.push_str(&format!(
        "  }});\n\
         \x20 const response = await client.{}(request, new $dara.RuntimeOptions({{}}));\n\
         \x20 console.log(JSON.stringify(response.body, null, 2));\n\
         }}\n\
         \n\
         main();\n",
        op.op.sdk.method
    ));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_literal_keeps_only_exact_integers() {
        assert_eq!(long_literal("123"), Some(123));
        assert_eq!(long_literal("0"), Some(0));
        assert_eq!(long_literal("-5"), Some(-5));
        for s in [
            "",
            "-",
            "-0",
            "007",
            "+1",
            "1.0",
            "1e3",
            "99999999999999999999",
            "١٢",
        ] {
            assert_eq!(long_literal(s), None, "{s:?}");
        }
    }
}
