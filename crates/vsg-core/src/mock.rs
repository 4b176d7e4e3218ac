//! The responses the service would return, in JSON and XML.
//!
//! The bodies are typed: JSON comes from their `Serialize` derive (serde_json, keys in
//! field order), XML from a small writer over the same types. IDs derive from the
//! request's content ([`crate::SignedRequest::content_digest`]), never from the nonce or
//! the time, so the same request always shows the same response.

use serde::Serialize;

use crate::ids::{mock_request_id, mock_vserver_group_id};
use crate::model::{Request, ServerField, ServerRow, TextField};
use crate::validate::{parse_small_int, ApiError, Field, Problem};

/// A mock HTTP response in both formats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MockResponse {
    /// HTTP status: 200, or the error's.
    pub status: u16,
    /// The body with `Format=JSON`.
    pub json: String,
    /// The body with `Format=XML`.
    pub xml: String,
}

/// One BackendServer of a success response. Type and Description appear only when the
/// request set them, so that the seed reproduces the original page's response.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Entry<'a> {
    server_id: &'a str,
    port: u32,
    weight: u32,
    #[serde(skip_serializing_if = "str::is_empty")]
    r#type: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
}

impl<'a> From<&'a ServerRow> for Entry<'a> {
    fn from(row: &'a ServerRow) -> Self {
        Entry {
            server_id: &row.server_id,
            port: parse_small_int(&row.port).unwrap_or(0),
            // An omitted weight is the service default, 100.
            weight: parse_small_int(&row.weight).unwrap_or(100),
            r#type: &row.server_type,
            description: &row.description,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Servers<'a> {
    backend_server: Vec<Entry<'a>>,
}

/// The body of a success.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Success<'a> {
    request_id: &'a str,
    #[serde(rename = "VServerGroupId")]
    vserver_group_id: &'a str,
    backend_servers: Servers<'a>,
}

/// The body of an error.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Failure<'a> {
    request_id: &'a str,
    host_id: &'a str,
    code: &'a str,
    message: &'a str,
    recommend: &'a str,
}

/// Whether XML 1.0 can carry `c` at all, raw or as a character reference: its `Char`
/// production, `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
/// [#x10000-#x10FFFF]` (a Rust `char` is never a surrogate). The other C0 controls
/// and U+FFFE, U+FFFF are refused by every XML 1.0 parser, even as character
/// references (`&#x1;`).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{FFFD}' | '\u{10000}'..)
        && !matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Every value of `req` that a body can carry as text: each row's ServerId, Type and
/// Description (a success lists them) and ServerIp (the simulated
/// `InvalidBackendServers.ServerIpConflict` names the first), RegionId and
/// LoadBalancerId (`Forbidden.RAM` names them). Port and Weight are written as
/// numbers; the host (`HostId`) is the region's endpoint or a custom endpoint that
/// validation has found to be a host name; nothing else of the request is echoed.
/// Validation refuses a character XML cannot carry in any of these.
pub(crate) fn echoed(req: &Request) -> impl Iterator<Item = (Field, &str)> {
    let texts =
        [TextField::RegionId, TextField::LoadBalancerId].map(|f| (Field::Text(f), req[f].as_str()));
    let rows = req.servers.iter().enumerate().flat_map(|(row, s)| {
        [
            ServerField::ServerId,
            ServerField::Type,
            ServerField::ServerIp,
            ServerField::Description,
        ]
        .map(|field| (Field::Server { row, field }, s.get(field)))
    });
    texts.into_iter().chain(rows)
}

/// Escapes text for XML element content, so that the body is well-formed XML 1.0
/// whatever the text: the five specials become entities, CR becomes `&#xD;` (a
/// parser would read a raw one as LF), and every character XML 1.0 cannot carry
/// ([`is_xml_char`]: the C0 controls but tab, LF and CR; U+FFFE; U+FFFF) becomes
/// U+FFFD, as do DEL and the C1 controls, which XML 1.0 allows but discourages.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_xml(&mut out, s);
    out
}

fn push_xml(out: &mut String, s: &str) {
    // By bytes: every character that is escaped or replaced starts with an ASCII byte
    // (C0 controls, DEL, the five specials), is a C1 control, U+0080–U+009F, which
    // UTF-8 writes as 0xC2 0x80–0x9F, or is U+FFFE / U+FFFF, 0xEF 0xBF 0xBE / 0xBF.
    // Any other byte is copied as it is (a `str` holds no surrogates).
    let bytes = s.as_bytes();
    let mut plain = 0;
    let mut i = 0;
    while i < bytes.len() {
        let (escaped, len) = match bytes[i] {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\'' => ("&apos;", 1),
            b'\r' => ("&#xD;", 1),
            b'\t' | b'\n' => {
                i += 1;
                continue;
            }
            0..=0x1f | 0x7f => ("\u{fffd}", 1),
            0xc2 if matches!(bytes.get(i + 1), Some(0x80..=0x9f)) => ("\u{fffd}", 2),
            0xef if bytes.get(i + 1) == Some(&0xbf)
                && matches!(bytes.get(i + 2), Some(0xbe | 0xbf)) =>
            {
                ("\u{fffd}", 3)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&s[plain..i]);
        out.push_str(escaped);
        i += len;
        plain = i;
    }
    out.push_str(&s[plain..]);
}

/// `<Name>text</Name>` on its own line, indented.
fn element(out: &mut String, indent: usize, name: &str, text: &str) {
    for _ in 0..indent {
        out.push_str("  ");
    }
    out.push('<');
    out.push_str(name);
    out.push('>');
    push_xml(out, text);
    out.push_str("</");
    out.push_str(name);
    out.push_str(">\n");
}

fn json(body: &impl Serialize, capacity: usize) -> String {
    let mut out = Vec::with_capacity(capacity);
    // Serialising plain strings and integers cannot fail, and serde_json writes UTF-8.
    match serde_json::to_writer_pretty(&mut out, body) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// About how long a body with these servers is (so that it is written without growing).
fn body_capacity(servers: &[Entry<'_>]) -> usize {
    let text: usize = servers
        .iter()
        .map(|e| e.server_id.len() + e.r#type.len() + e.description.len())
        .sum();
    256 + servers.len() * 160 + text + text / 4
}

/// `<Name>number</Name>` on its own line, indented.
fn number_element(out: &mut String, indent: usize, name: &str, n: u32) {
    use std::fmt::Write;
    for _ in 0..indent {
        out.push_str("  ");
    }
    // Writing to a String cannot fail.
    let _ = writeln!(out, "<{name}>{n}</{name}>");
}

impl Success<'_> {
    fn xml(&self) -> String {
        let mut x = String::with_capacity(body_capacity(&self.backend_servers.backend_server));
        x.push_str("<CreateVServerGroupResponse>\n");
        element(&mut x, 1, "RequestId", self.request_id);
        element(&mut x, 1, "VServerGroupId", self.vserver_group_id);
        let entries = &self.backend_servers.backend_server;
        // An empty group: `<BackendServers></BackendServers>` on one line.
        if entries.is_empty() {
            x.push_str("  <BackendServers></BackendServers>\n");
        } else {
            x.push_str("  <BackendServers>\n");
            for e in entries {
                x.push_str("    <BackendServer>\n");
                element(&mut x, 3, "ServerId", e.server_id);
                number_element(&mut x, 3, "Port", e.port);
                number_element(&mut x, 3, "Weight", e.weight);
                if !e.r#type.is_empty() {
                    element(&mut x, 3, "Type", e.r#type);
                }
                if !e.description.is_empty() {
                    element(&mut x, 3, "Description", e.description);
                }
                x.push_str("    </BackendServer>\n");
            }
            x.push_str("  </BackendServers>\n");
        }
        x.push_str("</CreateVServerGroupResponse>");
        x
    }
}

impl Failure<'_> {
    fn xml(&self) -> String {
        let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n");
        element(&mut x, 1, "RequestId", self.request_id);
        element(&mut x, 1, "HostId", self.host_id);
        element(&mut x, 1, "Code", self.code);
        element(&mut x, 1, "Message", self.message);
        element(&mut x, 1, "Recommend", self.recommend);
        x.push_str("</Error>");
        x
    }
}

/// The success response for a valid request. `content` is the request's
/// [`content_digest`](crate::SignedRequest::content_digest).
pub fn success(req: &Request, content: &[u8; 20]) -> MockResponse {
    let request_id = mock_request_id(content);
    let group_id = mock_vserver_group_id(content);
    let body = Success {
        request_id: &request_id,
        vserver_group_id: &group_id,
        backend_servers: Servers {
            backend_server: req.servers.iter().map(Entry::from).collect(),
        },
    };
    let capacity = body_capacity(&body.backend_servers.backend_server);
    MockResponse {
        status: 200,
        json: json(&body, capacity),
        xml: body.xml(),
    }
}

/// The error response for `error`, as returned by `host`.
pub fn failure(error: &ApiError, host: &str, content: &[u8; 20]) -> MockResponse {
    let request_id = mock_request_id(content);
    let recommend = format!(
        "https://api.aliyun.com/troubleshoot?q={}&product=Slb&requestId={request_id}",
        error.code
    );
    let body = Failure {
        request_id: &request_id,
        host_id: host,
        code: error.code,
        message: &error.message,
        recommend: &recommend,
    };
    MockResponse {
        status: error.status,
        json: json(&body, 1024),
        xml: body.xml(),
    }
}

/// The response the service would give: the error of the first problem the service
/// checks, or success when there is none.
pub fn respond(
    req: &Request,
    problems: &[Problem],
    host: &str,
    content: &[u8; 20],
) -> MockResponse {
    match problems.iter().find_map(|p| p.api.as_ref()) {
        Some(error) => failure(error, host, content),
        None => success(req, content),
    }
}

/// An error only the running service can give (`api-facts.md` §8): what the
/// "simulate" menu previews.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RuntimeError {
    /// HTTP status.
    pub status: u16,
    /// Error code, also the menu's key.
    pub code: &'static str,
    /// The message, verbatim; `%s` is filled with a detail of the request.
    pub message: &'static str,
}

/// Every error of `api-facts.md` §8, in its order.
pub const RUNTIME_ERRORS: &[RuntimeError] = &[
    rt(400, "InvalidServerId.NotExist", "The specified ServerId is not exist."),
    rt(404, "InvalidServerId.NotFound", "The specified ServerId does not exist."),
    rt(400, "ObtainIpFail", "The specified BackendServers is invalid; some of the specified backend servers do not exist or are not running."),
    rt(400, "InvalidBackendServers.Inconsistent", "All BackendServers on one Specified LoadBalancer have to be in the same vpc or all classic"),
    rt(400, "InvalidBackendServers.ServerIpConflict", "%s."),
    rt(400, "LBNotSupportIpv6Backend", "The specified loadbalancer does not support ipv6 backend."),
    rt(400, "VServerGroupProcessing", "A previous configuration of the VServer group is pending; please try again later."),
    rt(400, "ServiceIsConfiguring", "A previous configuration is pending; please try again later."),
    rt(400, "OperationBusy", "A previous operation is pending."),
    rt(400, "VpcSystemBusy", "Invoke vpc system busy, please retry later."),
    rt(400, "TagCountLimit", "Tags count limit exceeded."),
    rt(400, "InvalidAccessKeyId.NotFound", "The specified Access Key ID does not exist."),
    rt(400, "SignatureNonceUsed", "The request signature nonce has been used."),
    rt(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards."),
    rt(400, "Throttling", "You have made too many requests within a short time; your request is denied due to request throttling."),
    rt(403, "Forbidden", "User not authorized to operate on the specified resource."),
    rt(403, "Forbidden.RAM", "User not authorized to operate on the specified resource, or this API doesn't support RAM. %s"),
    rt(403, "UnauthorizedRegion", "The specified region of is not authorized."),
    rt(449, "SystemBusy", "The system is busy."),
    rt(500, "InternalError", "The request processing has failed due to some unknown error, exception or failure."),
    rt(503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server."),
];

const fn rt(status: u16, code: &'static str, message: &'static str) -> RuntimeError {
    RuntimeError {
        status,
        code,
        message,
    }
}

impl RuntimeError {
    /// The runtime error with this code.
    pub fn find(code: &str) -> Option<&'static RuntimeError> {
        RUNTIME_ERRORS.iter().find(|e| e.code == code)
    }

    /// The error as the service would answer `req`: `%s` becomes a plausible detail
    /// taken from the request (the first ServerIp, the resource the RAM policy
    /// denies).
    pub fn for_request(&self, req: &Request) -> ApiError {
        let detail = match self.code {
            "Forbidden.RAM" => format!(
                "Action: slb:CreateVServerGroup, Resource: acs:slb:{}:*:loadbalancer/{}",
                req[TextField::RegionId],
                req[TextField::LoadBalancerId]
            ),
            _ => {
                let ip = req
                    .servers
                    .iter()
                    .find(|s| !s.server_ip.is_empty())
                    .map_or("192.168.0.1", |s| s.server_ip.as_str());
                format!("The ServerIp {ip} is already used by another backend server of this load balancer")
            }
        };
        ApiError::new(self.status, self.code, self.message.replace("%s", &detail))
    }
}
