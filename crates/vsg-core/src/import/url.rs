//! Request URLs, bare queries and HTTP requests (request line, headers, form body).

use super::builder::{Builder, HIDDEN};
use super::text::{header, Fail, Mapped};
use super::{Note, Reason};
use crate::model::Method;

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.get(..prefix.len())
        .filter(|head| head.eq_ignore_ascii_case(prefix))
        .map(|_| &s[prefix.len()..])
}

/// Reads a URL, `/path?query`, `?query` or a bare `query` (the target of a request line).
pub(crate) fn target(t: &Mapped, b: &mut Builder, header_host: Option<String>) -> Result<(), Fail> {
    let s = t.text.as_str();
    let http = strip_prefix_ci(s, "http://").is_some();
    let scheme = match (http, strip_prefix_ci(s, "https://")) {
        (true, _) => 7,
        (false, Some(_)) => 8,
        (false, None) => 0,
    };
    // The host ends at `/`, `?` or `#`; without a scheme there is one only when what
    // precedes `?` is not itself a query (`slb.aliyuncs.com/?…`).
    let authority = match s.find('?') {
        _ if scheme > 0 => Some(
            s[scheme..]
                .find(['/', '?', '#'])
                .map_or(s.len(), |i| scheme + i),
        ),
        Some(q) if q > 0 && !s.starts_with('/') && !s[..q].contains(['=', '&']) => {
            Some(s[..q].find('/').unwrap_or(q))
        }
        _ => None,
    };
    let rest = match authority {
        Some(end) => {
            let authority = &s[scheme..end];
            let host = match authority.rfind('@') {
                Some(at) => {
                    b.unmapped("(user info)", HIDDEN, Reason::UserInfo);
                    &authority[at + 1..]
                }
                None => authority,
            };
            b.host = Some(host.to_string());
            b.http = http;
            end
        }
        None => {
            b.host = header_host;
            if !s.starts_with(['/', '?']) {
                return b.query(t, false);
            }
            0
        }
    };
    let frag = s[rest..].find('#').map_or(s.len(), |i| rest + i);
    let query = s[rest..frag].find('?').map(|i| rest + i);
    let path = &s[rest..query.unwrap_or(frag)];
    if !path.is_empty() && path != "/" {
        b.unmapped("(path)", path, Reason::Path);
    }
    if frag < s.len() {
        b.unmapped("(fragment)", &s[frag + 1..], Reason::Fragment);
    }
    match query {
        Some(q) => b.query(&t.slice(q + 1, frag), false),
        None => Ok(()),
    }
}

/// Reads `[METHOD ]target[ HTTP/1.1]`, optional headers, and an optional form body.
pub(crate) fn http(m: &Mapped, b: &mut Builder) -> Result<(), Fail> {
    let text = m.text.as_str();
    let line_end = text.find('\n').unwrap_or(text.len());
    let line = text[..line_end].trim_end();
    let mut start = 0;
    let word = line.split([' ', '\t']).next().unwrap_or("");
    let explicit = word.len() < line.len()
        && word.len() >= 3
        && word.bytes().all(|c| c.is_ascii_alphabetic())
        && (Method::parse(word).is_some() || word.bytes().all(|c| c.is_ascii_uppercase()));
    if explicit {
        match Method::parse(word) {
            Some(method) => b.req.method = method,
            None => b.unmapped("(method)", word, Reason::Method),
        }
        start = line.len() - line[word.len()..].trim_start().len();
    }
    let mut end = line.len();
    if let Some(sp) = line[start..].rfind([' ', '\t']) {
        if line[start + sp + 1..].starts_with("HTTP/") {
            end = line[..start + sp].trim_end().len();
        }
    }
    // Headers, then a blank line or not, then the body.
    let mut host = None;
    let mut pos = (line_end + 1).min(text.len());
    while pos < text.len() {
        let next = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..next].trim_end();
        if header(line).is_none() {
            break;
        }
        if let Some(h) = b.header(&m.slice(pos, pos + line.len()))? {
            host = Some(h);
        }
        pos = (next + 1).min(text.len());
    }
    let body = m.slice(pos, text.len()).trim();
    if !body.text.is_empty() {
        if !explicit {
            b.req.method = Method::Post;
            b.note(Note::BodyMeansPost);
        }
        b.query(&body, true)?;
    }
    target(&m.slice(start, end.max(start)), b, host)
}
