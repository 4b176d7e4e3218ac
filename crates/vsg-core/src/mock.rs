//! The responses the service would return, in JSON and XML.
//!
//! A body is a tree of [`Node`]s in the service's order, written on demand as JSON
//! (serde_json) or XML (a small writer over the same tree); the XML root is
//! `<{Action}Response>`, and what a success holds is the operation's
//! [`Response`](crate::params::Response) shape. IDs derive from the
//! request's content ([`crate::SignedRequest::content_digest`]), never from the nonce or
//! the time, so the same request always shows the same response.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use crate::form::Request;
use crate::ids::{mock_request_id, mock_vserver_group_id};
use crate::model::{parse_small_int, ServerRow, TagRow, TextField};
use crate::params::{Operation, Response};
use crate::validate::{ApiError, Problem};

/// A value of a response body: text, a number, an object (its members in order) or a
/// list. Both formats are written from it: a list is an object holding one array in
/// JSON (`"BackendServers": {"BackendServer": [...]}`) and a wrapper element repeating
/// one child in XML (`<BackendServers><BackendServer>…`), as the service writes them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// A string.
    Text(String),
    /// A number.
    Number(u64),
    /// Named members, in order.
    Object(Vec<(&'static str, Node)>),
    /// Repeated items, each named `item` in XML.
    List {
        /// The name of one item (`BackendServer`).
        item: &'static str,
        /// The items.
        items: Vec<Node>,
    },
}

impl Serialize for Node {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Node::Text(t) => s.serialize_str(t),
            Node::Number(n) => s.serialize_u64(*n),
            Node::Object(members) => {
                let mut map = s.serialize_map(Some(members.len()))?;
                for (name, value) in members {
                    map.serialize_entry(name, value)?;
                }
                map.end()
            }
            Node::List { item, items } => {
                struct Items<'a>(&'a [Node]);
                impl Serialize for Items<'_> {
                    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                        let mut seq = s.serialize_seq(Some(self.0.len()))?;
                        for n in self.0 {
                            seq.serialize_element(n)?;
                        }
                        seq.end()
                    }
                }
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry(item, &Items(items))?;
                map.end()
            }
        }
    }
}

impl Node {
    /// About how many bytes the node takes written out (so that bodies are written
    /// without growing their buffers).
    fn size(&self) -> usize {
        match self {
            Node::Text(t) => t.len() + t.len() / 4 + 4,
            Node::Number(_) => 8,
            Node::Object(m) => m.iter().map(|(n, v)| 2 * n.len() + 16 + v.size()).sum(),
            Node::List { item, items } => {
                items
                    .iter()
                    .map(|n| 2 * item.len() + 16 + n.size())
                    .sum::<usize>()
                    + 16
            }
        }
    }

    /// Writes `<name>…</name>` at `indent` (an object or list over several lines).
    fn xml(&self, out: &mut String, indent: usize, name: &str) {
        let pad = |out: &mut String, n: usize| (0..n).for_each(|_| out.push_str("  "));
        pad(out, indent);
        out.push('<');
        out.push_str(name);
        out.push('>');
        match self {
            Node::Text(t) => push_xml(out, t),
            Node::Number(n) => out.push_str(&n.to_string()),
            // An empty object or list: `<Name></Name>` on one line.
            Node::Object(m) if m.is_empty() => {}
            Node::List { items, .. } if items.is_empty() => {}
            Node::Object(members) => {
                out.push('\n');
                for (n, v) in members {
                    v.xml(out, indent + 1, n);
                }
                pad(out, indent);
            }
            Node::List { item, items } => {
                out.push('\n');
                for v in items {
                    v.xml(out, indent + 1, item);
                }
                pad(out, indent);
            }
        }
        out.push_str("</");
        out.push_str(name);
        out.push_str(">\n");
    }
}

/// A mock HTTP response: its status and its body, written in either format on demand
/// (a page shows one at a time).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MockResponse {
    /// HTTP status: 200, or the error's.
    pub status: u16,
    /// The XML root element: `{Action}Response`, or `Error`.
    pub root: String,
    /// The body's members.
    pub body: Node,
}

impl MockResponse {
    /// The body with `Format=JSON` (pretty, keys in the service's order).
    pub fn json(&self) -> String {
        let mut out = Vec::with_capacity(self.body.size());
        // Writing strings and integers to a Vec cannot fail, and serde_json writes UTF-8.
        match serde_json::to_writer_pretty(&mut out, &self.body) {
            Ok(()) => String::from_utf8(out).unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// The body with `Format=XML` (an error carries the XML declaration, as the
    /// service's do).
    pub fn xml(&self) -> String {
        let mut x = String::with_capacity(self.body.size() + 64);
        if self.status != 200 {
            x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        self.body.xml(&mut x, 0, &self.root);
        x.pop();
        x
    }
}

/// What a response's BackendServer holds beyond ServerId, Port, Weight and Type: the
/// operations differ (Remove lists no Description, only DescribeVServerGroupAttribute
/// lists ServerIp).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown {
    /// `Description`, when set.
    pub description: bool,
    /// `ServerIp`, when set.
    pub server_ip: bool,
}

/// The BackendServers list of a response: `rows` as `shown`.
pub fn members(rows: &[ServerRow], shown: Shown) -> Node {
    Node::List {
        item: "BackendServer",
        items: rows.iter().map(|r| member(r, shown)).collect(),
    }
}

/// One BackendServer of a success response. Type, Description and ServerIp appear only
/// when set, so that the seed reproduces the original page's response.
pub fn member(row: &ServerRow, shown: Shown) -> Node {
    let mut m = vec![
        ("ServerId", Node::Text(row.server_id.clone())),
        (
            "Port",
            Node::Number(parse_small_int(&row.port).unwrap_or(0).into()),
        ),
        // An omitted weight is the service default, 100.
        (
            "Weight",
            Node::Number(parse_small_int(&row.weight).unwrap_or(100).into()),
        ),
    ];
    if !row.server_type.is_empty() {
        m.push(("Type", Node::Text(row.server_type.clone())));
    }
    if shown.description && !row.description.is_empty() {
        m.push(("Description", Node::Text(row.description.clone())));
    }
    if shown.server_ip && !row.server_ip.is_empty() {
        m.push(("ServerIp", Node::Text(row.server_ip.clone())));
    }
    Node::Object(m)
}

/// Escapes text for XML element content, so that the body is well-formed XML 1.0
/// whatever the text: the five specials become entities, CR becomes `&#xD;` (a
/// parser would read a raw one as LF), and every character XML 1.0 cannot carry
/// ([`crate::encode::is_xml_char`]: the C0 controls but tab, LF and CR; U+FFFE;
/// U+FFFF) becomes U+FFFD, as do DEL and the C1 controls, which XML 1.0 allows but
/// discourages.
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

/// How the members of an answer of this shape are shown.
pub fn shown(response: Response) -> Shown {
    Shown {
        description: response != Response::Removed,
        server_ip: response == Response::Group,
    }
}

/// One group as a success body tells of it: what each [`Response`] shape takes from
/// it. An empty `create_time` and empty `tags` are left out of the body (the stateless
/// answer knows neither; the sandbox always has a time).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GroupBody<'a> {
    /// `VServerGroupId`.
    pub id: &'a str,
    /// `VServerGroupName`.
    pub name: &'a str,
    /// `LoadBalancerId` (DescribeVServerGroupAttribute).
    pub load_balancer_id: &'a str,
    /// `CreateTime`, `YYYY-MM-DDThh:mm:ssZ` (the Describe operations).
    pub create_time: &'a str,
    /// `Tags`, as `TagKey` / `TagValue` (the Describe operations).
    pub tags: &'a [TagRow],
    /// The members listed (`BackendServers`), shown as the shape shows them
    /// ([`shown`]).
    pub members: &'a [ServerRow],
}

/// The success response of `op`, with `request_id`, telling of `groups`: the first of
/// them (an empty group when there is none) for every shape but
/// [`Response::Groups`], which lists them all. The one way a success body is written,
/// by the stateless answer ([`success`]) and by the sandbox ([`crate::sandbox`]).
pub fn success_of(op: &Operation, request_id: &str, groups: &[GroupBody<'_>]) -> MockResponse {
    let request_id = Node::Text(request_id.into());
    let group = groups.first().copied().unwrap_or_default();
    let body = match op.response {
        Response::Groups => vec![
            (
                "VServerGroups",
                Node::List {
                    item: "VServerGroup",
                    items: groups.iter().map(listed_group).collect(),
                },
            ),
            ("RequestId", request_id),
        ],
        Response::RequestIdOnly => vec![("RequestId", request_id)],
        response => one_group(response, request_id, &group),
    };
    MockResponse {
        status: 200,
        root: format!("{}Response", op.action),
        body: Node::Object(body),
    }
}

/// The body of a shape that tells of one group.
fn one_group(response: Response, request_id: Node, g: &GroupBody<'_>) -> Vec<(&'static str, Node)> {
    let id = Node::Text(g.id.into());
    let list = members(g.members, shown(response));
    match response {
        // The order of the documentation's examples: the list first.
        Response::Attribute => vec![
            ("BackendServers", list),
            ("RequestId", request_id),
            ("VServerGroupId", id),
            ("VServerGroupName", Node::Text(g.name.into())),
        ],
        // The model's order (family facts §6.1).
        Response::Group => {
            let mut body = vec![
                ("RequestId", request_id),
                ("VServerGroupId", id),
                ("VServerGroupName", Node::Text(g.name.into())),
                ("LoadBalancerId", Node::Text(g.load_balancer_id.into())),
            ];
            body.extend(create_time(g));
            body.push(("BackendServers", list));
            body.extend(tags(g.tags));
            body
        }
        _ => vec![
            ("RequestId", request_id),
            ("VServerGroupId", id),
            ("BackendServers", list),
        ],
    }
}

/// One `VServerGroup` of DescribeVServerGroups, in the model's order (family facts
/// §7.2; `ServerCount` is left out, as the service does by default). No listener or
/// rule exists here, so `AssociatedObjects` always holds two empty lists.
fn listed_group(g: &GroupBody<'_>) -> Node {
    let empty = |item| Node::List {
        item,
        items: Vec::new(),
    };
    let mut m = vec![
        ("VServerGroupId", Node::Text(g.id.into())),
        ("VServerGroupName", Node::Text(g.name.into())),
    ];
    m.extend(create_time(g));
    m.extend(tags(g.tags));
    m.push((
        "AssociatedObjects",
        Node::Object(vec![
            ("Listeners", empty("Listener")),
            ("Rules", empty("Rule")),
        ]),
    ));
    Node::Object(m)
}

/// `CreateTime`, when known.
fn create_time(g: &GroupBody<'_>) -> Option<(&'static str, Node)> {
    (!g.create_time.is_empty()).then(|| ("CreateTime", Node::Text(g.create_time.into())))
}

/// `Tags` (`TagKey` / `TagValue`, as responses name them), when there are any.
fn tags(tags: &[TagRow]) -> Option<(&'static str, Node)> {
    let tag = |t: &TagRow| {
        Node::Object(vec![
            ("TagKey", Node::Text(t.key.clone())),
            ("TagValue", Node::Text(t.value.clone())),
        ])
    };
    (!tags.is_empty()).then(|| {
        (
            "Tags",
            Node::List {
                item: "Tag",
                items: tags.iter().map(tag).collect(),
            },
        )
    })
}

/// The success response of `req`'s operation, answered from the request alone (the
/// sandbox, [`crate::sandbox`], answers from its state): a new group for Create; for
/// the other operations, the group `VServerGroupId` names as if it held what the
/// request gives it (Add and Set: the members given; Modify: the new ones; Remove:
/// none left), an empty group for DescribeVServerGroupAttribute and no groups for
/// DescribeVServerGroups. `content` is the request's
/// [`content_digest`](crate::SignedRequest::content_digest).
pub fn success(req: &Request, content: &[u8; 20]) -> MockResponse {
    let response = req.op.response;
    let id = match response {
        Response::Created => mock_vserver_group_id(content),
        _ => req[TextField::VServerGroupId].clone(),
    };
    let members: &[ServerRow] = match response {
        Response::Created | Response::Added | Response::Attribute => &req.servers,
        Response::Replaced => &req.new_servers,
        _ => &[],
    };
    let name = match response {
        Response::Attribute => req[TextField::VServerGroupName].as_str(),
        _ => "",
    };
    let group = GroupBody {
        id: &id,
        name,
        members,
        ..GroupBody::default()
    };
    let groups = match response {
        Response::Groups => &[][..],
        _ => std::slice::from_ref(&group),
    };
    success_of(req.op, &mock_request_id(content), groups)
}

/// The error response for `error`, as returned by `host`.
pub fn failure(error: &ApiError, host: &str, content: &[u8; 20]) -> MockResponse {
    let request_id = mock_request_id(content);
    let recommend = format!(
        "https://api.aliyun.com/troubleshoot?q={}&product=Slb&requestId={request_id}",
        error.code
    );
    MockResponse {
        status: error.status,
        root: "Error".into(),
        body: Node::Object(vec![
            ("RequestId", Node::Text(request_id)),
            ("HostId", Node::Text(host.into())),
            ("Code", Node::Text(error.code.into())),
            ("Message", Node::Text(error.message.clone())),
            ("Recommend", Node::Text(recommend)),
        ]),
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
                "Action: slb:{}, Resource: acs:slb:{}:*:loadbalancer/{}",
                req.op.action,
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
