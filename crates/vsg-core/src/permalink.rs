//! Permalinks: the whole form in the URL fragment, so that a link reproduces the page.
//!
//! ## Format, version 1
//!
//! `#v1&key=value&key=value…`: the version marker `v1` first, then `&`-separated
//! `key=value` pairs in any order. Every value is percent-encoded over UTF-8 the way
//! the request itself is (`A–Z a–z 0–9 - _ . ~` stay, everything else is `%XY`, a space
//! is `%20`), so `&`, `=`, `,`, `;` and `+` inside a value are always escaped and `+` is
//! never a space. Only what differs from the empty form is written: a key that is
//! absent means an empty field or the default choice.
//!
//! | key | field | value |
//! |---|---|---|
//! | `r` | RegionId | text |
//! | `lb` | LoadBalancerId | text |
//! | `n` | VServerGroupName | text |
//! | `s` | BackendServers rows | rows separated by `;`, each `ServerId,Port,Weight,Type,ServerIp,Description`; trailing empty fields are left out, so an empty row is an empty item |
//! | `t` | tags | tags separated by `;`, each `Key,Value` (`,Value` left out when the value is empty) |
//! | `f` | Format | `XML` (absent: JSON) |
//! | `m` | HTTP method | `POST` (absent: GET) |
//! | `e` | endpoint | `vpc` or `custom` (absent: public) |
//! | `h` | custom endpoint | host as typed (kept even while another endpoint is chosen) |
//! | `ak` | AccessKeyId | text |
//! | `nonce` | SignatureNonce | text |
//! | `ts` | Timestamp | text |
//! | `roa` | ResourceOwnerAccount | text |
//! | `oa` | OwnerAccount | text |
//! | `oid` | OwnerId | text |
//! | `roid` | ResourceOwnerId | text |
//!
//! The AccessKeySecret is never written, and reading a permalink never sets it.
//! The original page's example request is
//! `#v1&r=cn-hangzhou&lb=lb-bp1qjwo61pqz3ahltv0mw&s=vm-233,80,100;vm-232,90,100;vm-231,70,100`.
//!
//! Reading is strict: another version (`v2`), an unknown or repeated key, a value a
//! choice cannot take, a row of more than six fields, a tag of more than two, or
//! escapes that decode to something other than UTF-8 text is an error with its
//! position; empty `&&` items are ignored.

use crate::encode::percent_encode;
use crate::import::{
    decode as percent_decode_at, locate, Fail, ImportError, ImportErrorKind, Mapped,
};
use crate::model::{
    EndpointKind, Format, Method, Request, ServerField, ServerRow, TagRow, TextField,
};

/// The text fields and their keys; the first three are written before the lists.
const TEXT: [(&str, TextField); 11] = [
    ("r", TextField::RegionId),
    ("lb", TextField::LoadBalancerId),
    ("n", TextField::VServerGroupName),
    ("h", TextField::CustomEndpoint),
    ("ak", TextField::AccessKeyId),
    ("nonce", TextField::SignatureNonce),
    ("ts", TextField::Timestamp),
    ("roa", TextField::ResourceOwnerAccount),
    ("oa", TextField::OwnerAccount),
    ("oid", TextField::OwnerId),
    ("roid", TextField::ResourceOwnerId),
];

/// The other keys.
const CHOICES: [&str; 5] = ["s", "t", "f", "m", "e"];

/// Joins percent-encoded `fields` with `,`, leaving out trailing empty ones.
fn push_item(out: &mut String, fields: &[&str]) {
    let used = fields
        .iter()
        .rposition(|f| !f.is_empty())
        .map_or(0, |i| i + 1);
    for (i, f) in fields[..used].iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&percent_encode(f));
    }
}

/// The fragment (without `#`) that reproduces `req`, secret excepted.
///
/// ```
/// assert_eq!(vsg_core::permalink::encode(&vsg_core::Request::default()), "v1");
/// ```
pub fn encode(req: &Request) -> String {
    let mut out = String::from("v1");
    let key = |out: &mut String, k: &str| {
        out.push('&');
        out.push_str(k);
        out.push('=');
    };
    let text = |out: &mut String, fields: &[(&str, TextField)]| {
        for &(k, field) in fields {
            if !req.text(field).is_empty() {
                key(out, k);
                out.push_str(&percent_encode(req.text(field)));
            }
        }
    };
    text(&mut out, &TEXT[..3]);
    if !req.servers.is_empty() {
        key(&mut out, "s");
        for (i, row) in req.servers.iter().enumerate() {
            if i > 0 {
                out.push(';');
            }
            push_item(&mut out, &ServerField::ALL.map(|f| row.get(f)));
        }
    }
    if !req.tags.is_empty() {
        key(&mut out, "t");
        for (i, tag) in req.tags.iter().enumerate() {
            if i > 0 {
                out.push(';');
            }
            push_item(&mut out, &[&tag.key, &tag.value]);
        }
    }
    for (k, value, default) in [
        ("f", req.format.as_str(), Format::default().as_str()),
        ("m", req.method.as_str(), Method::default().as_str()),
        ("e", req.endpoint.as_str(), EndpointKind::default().as_str()),
    ] {
        if value != default {
            key(&mut out, k);
            out.push_str(value);
        }
    }
    text(&mut out, &TEXT[3..]);
    out
}

/// The byte ranges of the `sep`-separated items of `f[start..end]`, empty ones included.
fn spans(f: &str, start: usize, end: usize, sep: char) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = start;
    for item in f[start..end].split(sep) {
        out.push((at, at + item.len()));
        at += item.len() + 1;
    }
    out
}

/// Reads a fragment written by [`encode`] (with or without the leading `#`). The
/// secret of the result is empty. Never panics; errors carry their position in
/// `fragment`.
///
/// ```
/// let r = vsg_core::permalink::decode("#v1&r=cn-hangzhou&s=vm-233,80,100").unwrap();
/// assert_eq!(r.servers[0].port, "80");
/// assert!(vsg_core::permalink::decode("v2&r=x").is_err());
/// ```
pub fn decode(fragment: &str) -> Result<Request, ImportError> {
    read(fragment).map_err(|(at, kind)| locate(fragment, at, kind))
}

fn read(f: &str) -> Result<Request, Fail> {
    let m = Mapped::raw(f);
    let items = spans(f, usize::from(f.starts_with('#')), f.len(), '&');
    let (vs, ve) = items[0];
    let version = &f[vs..ve];
    if version != "v1" {
        let numbered = version.len() > 1
            && version.starts_with('v')
            && version[1..].bytes().all(|b| b.is_ascii_digit());
        return Err(match numbered {
            true => (vs, ImportErrorKind::UnknownVersion(version.into())),
            false => (vs, ImportErrorKind::NotPermalink),
        });
    }
    let text = |(a, e): (usize, usize)| percent_decode_at(&m.slice(a, e), false).map(|d| d.text);
    let mut req = Request::default();
    let mut seen: Vec<&str> = Vec::new();
    for &(a, e) in &items[1..] {
        if a == e {
            continue;
        }
        let eq = f[a..e].find('=').map_or(e, |i| a + i);
        let v = ((eq + 1).min(e), e);
        let name = &f[a..eq];
        let known = TEXT.iter().map(|(k, _)| *k).chain(CHOICES);
        let Some(k) = known.clone().find(|k| *k == name) else {
            return Err((a, ImportErrorKind::UnknownKey(name.into())));
        };
        if seen.contains(&k) {
            return Err((a, ImportErrorKind::RepeatedKey(k.into())));
        }
        seen.push(k);
        let bad = |at: usize, value: &str| {
            let value = value.into();
            (
                at,
                ImportErrorKind::BadValue {
                    key: k.into(),
                    value,
                },
            )
        };
        match k {
            "s" | "t" => {
                for (ra, re) in spans(f, v.0, v.1, ';') {
                    let fields = spans(f, ra, re, ',');
                    let max = if k == "s" { ServerField::ALL.len() } else { 2 };
                    if fields.len() > max {
                        return Err(bad(ra, &f[ra..re]));
                    }
                    let mut values = [const { String::new() }; 6];
                    for (slot, &span) in values.iter_mut().zip(&fields) {
                        *slot = text(span)?;
                    }
                    if k == "t" {
                        let [key, value, ..] = values;
                        req.tags.push(TagRow { key, value });
                    } else {
                        let [server_id, port, weight, server_type, server_ip, description] = values;
                        req.servers.push(ServerRow {
                            server_id,
                            port,
                            weight,
                            server_type,
                            server_ip,
                            description,
                        });
                    }
                }
            }
            "f" | "m" | "e" => {
                let value = text(v)?;
                let ok = match k {
                    "f" => Format::parse(&value).map(|x| req.format = x),
                    "m" => Method::parse(&value).map(|x| req.method = x),
                    _ => EndpointKind::parse(&value).map(|x| req.endpoint = x),
                };
                ok.ok_or_else(|| bad(v.0, &value))?;
            }
            _ => {
                let field = TEXT.iter().find(|(n, _)| *n == k).map(|(_, f)| *f);
                if let Some(field) = field {
                    *req.text_mut(field) = text(v)?;
                }
            }
        }
    }
    Ok(req)
}
