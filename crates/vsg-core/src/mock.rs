//! The responses the service would return, in JSON and XML.

use crate::ids::{mock_request_id, mock_vserver_group_id};
use crate::json::{pretty, Value};
use crate::model::{Request, ServerRow};
use crate::request::content_key;
use crate::validate::{parse_small_int, ApiError, Problem};

/// A mock HTTP response in both formats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MockResponse {
    /// HTTP status: 200, or the first error's.
    pub status: u16,
    /// The body with `Format=JSON`.
    pub json: String,
    /// The body with `Format=XML`.
    pub xml: String,
}

/// One BackendServer of a success response.
struct Entry<'a> {
    server_id: &'a str,
    port: u32,
    weight: u32,
    server_type: &'a str,
    description: &'a str,
}

/// Escapes text for XML element content. Control characters XML 1.0 cannot carry
/// become U+FFFD.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

fn entry(row: &ServerRow) -> Entry<'_> {
    Entry {
        server_id: &row.server_id,
        port: parse_small_int(&row.port).unwrap_or(0),
        // An omitted weight is the service default, 100.
        weight: parse_small_int(&row.weight).unwrap_or(100),
        server_type: &row.server_type,
        description: &row.description,
    }
}

/// The success response for a valid `req`. IDs derive from the request's content.
pub fn success(req: &Request) -> MockResponse {
    let key = content_key(req);
    let request_id = mock_request_id(&key);
    let group_id = mock_vserver_group_id(&key);
    let entries: Vec<Entry<'_>> = req.servers.iter().map(entry).collect();

    let mut xml = String::from("<CreateVServerGroupResponse>\n");
    xml.push_str(&format!("  <RequestId>{request_id}</RequestId>\n"));
    xml.push_str(&format!("  <VServerGroupId>{group_id}</VServerGroupId>\n"));
    // An empty group: `<BackendServers></BackendServers>` on one line.
    xml.push_str(if entries.is_empty() {
        "  <BackendServers>"
    } else {
        "  <BackendServers>\n"
    });
    for e in &entries {
        xml.push_str("    <BackendServer>\n");
        xml.push_str(&format!(
            "      <ServerId>{}</ServerId>\n",
            xml_escape(e.server_id)
        ));
        xml.push_str(&format!("      <Port>{}</Port>\n", e.port));
        xml.push_str(&format!("      <Weight>{}</Weight>\n", e.weight));
        if !e.server_type.is_empty() {
            xml.push_str(&format!(
                "      <Type>{}</Type>\n",
                xml_escape(e.server_type)
            ));
        }
        if !e.description.is_empty() {
            xml.push_str(&format!(
                "      <Description>{}</Description>\n",
                xml_escape(e.description)
            ));
        }
        xml.push_str("    </BackendServer>\n");
    }
    xml.push_str(if entries.is_empty() { "" } else { "  " });
    xml.push_str("</BackendServers>\n</CreateVServerGroupResponse>");

    let servers = entries
        .iter()
        .map(|e| {
            let mut fields = vec![
                ("ServerId", Value::Str(e.server_id)),
                ("Port", Value::Num(e.port)),
                ("Weight", Value::Num(e.weight)),
            ];
            if !e.server_type.is_empty() {
                fields.push(("Type", Value::Str(e.server_type)));
            }
            if !e.description.is_empty() {
                fields.push(("Description", Value::Str(e.description)));
            }
            Value::Object(fields)
        })
        .collect();
    let body = Value::Object(vec![
        ("RequestId", Value::Str(&request_id)),
        ("VServerGroupId", Value::Str(&group_id)),
        (
            "BackendServers",
            Value::Object(vec![("BackendServer", Value::Array(servers))]),
        ),
    ]);
    MockResponse {
        status: 200,
        json: pretty(&body),
        xml,
    }
}

/// The error response for `error`, as returned by `host`.
pub fn failure(req: &Request, error: &ApiError, host: &str) -> MockResponse {
    let request_id = mock_request_id(&content_key(req));
    let recommend = format!(
        "https://api.aliyun.com/troubleshoot?q={}&product=Slb&requestId={request_id}",
        error.code
    );
    let body = Value::Object(vec![
        ("RequestId", Value::Str(&request_id)),
        ("HostId", Value::Str(host)),
        ("Code", Value::Str(error.code)),
        ("Message", Value::Str(&error.message)),
        ("Recommend", Value::Str(&recommend)),
    ]);
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <RequestId>{}</RequestId>\n  <HostId>{}</HostId>\n  <Code>{}</Code>\n  <Message>{}</Message>\n  <Recommend>{}</Recommend>\n</Error>",
        request_id,
        xml_escape(host),
        error.code,
        xml_escape(&error.message),
        xml_escape(&recommend),
    );
    MockResponse {
        status: error.status,
        json: pretty(&body),
        xml,
    }
}

/// The response the service would give: the error of the first problem the service
/// checks, or success when there is none.
pub fn respond(req: &Request, problems: &[Problem], host: &str) -> MockResponse {
    match problems.iter().find_map(|p| p.api.as_ref()) {
        Some(error) => failure(req, error, host),
        None => success(req),
    }
}
