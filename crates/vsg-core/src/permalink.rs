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
//! The first key names the operation, when it is not the default one
//! (CreateVServerGroup): `op=AddVServerGroupBackendServers`. A link without `op` (every
//! link written before operations were values) opens as the default operation. The
//! other keys are the `link` of each parameter of that operation's table in
//! [`crate::params`], written in table order:
//!
//! | key | field | value |
//! |---|---|---|
//! | `op` | the operation | its `Action` (absent: CreateVServerGroup) |
//! | `r` | RegionId | text |
//! | `lb` | LoadBalancerId | text |
//! | `g` | VServerGroupId | text |
//! | `os` | OldBackendServers rows (ModifyVServerGroupBackendServers; `s` is the main list of the others) | as `s` |
//! | `ns` | NewBackendServers rows (ModifyVServerGroupBackendServers) | as `s` |
//! | `d` | Description (DescribeVServerGroups' filter) | text |
//! | `il` | IncludeListener | text as typed (`true`, `false`; a Python SDK's `True` is kept) |
//! | `ir` | IncludeRule | text as typed, as `il` |
//! | `n` | VServerGroupName | text |
//! | `f` | Format | `XML` (absent: JSON) |
//! | `m` | HTTP method | `POST` (absent: GET) |
//! | `s` | BackendServers rows | rows separated by `;`, each `ServerId,Port,Weight,Type,ServerIp,Description`; trailing empty fields are left out, so an empty row is an empty item |
//! | `t` | tags | tags separated by `;`, each `Key,Value` (`,Value` left out when the value is empty) |
//! | `roa` | ResourceOwnerAccount | text |
//! | `oa` | OwnerAccount | text |
//! | `oid` | OwnerId | text |
//! | `roid` | ResourceOwnerId | text |
//! | `e` | endpoint | `vpc` or `custom` (absent: public) |
//! | `h` | custom endpoint | host as typed, `http://` included (kept even while another endpoint is chosen) |
//! | `ak` | AccessKeyId | text |
//! | `nonce` | SignatureNonce | text |
//! | `ts` | Timestamp | text |
//!
//! The AccessKeySecret is never written, and reading a permalink never sets it.
//! The original page's example request is
//! `#v1&r=cn-hangzhou&lb=lb-bp1qjwo61pqz3ahltv0mw&s=vm-233,80,100;vm-232,90,100;vm-231,70,100`.
//!
//! Reading is strict: another version (`v2`), an unknown operation, a key the
//! operation's table does not have, a repeated key, a value a
//! choice cannot take, a row of more than six fields, a tag of more than two, or
//! escapes that decode to something other than UTF-8 text is an error with its
//! position; empty `&&` items are ignored.

use crate::encode::percent_encode;
use crate::form::Request;
use crate::import::text::{decode as percent_decode_at, Fail, Mapped};
use crate::import::{ImportError, ImportErrorKind};
use crate::located::Located;
use crate::model::{EndpointKind, Format, Method, ServerField, ServerRow, TagRow};
use crate::params::{find, Operation, Value};

/// The version marker every permalink starts with.
const VERSION: &str = "v1";
/// The key of the operation (its `Action`); absent, the default operation.
const OP_KEY: &str = "op";

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
    let op = req.op;
    let mut out = String::from(VERSION);
    if op != Request::default().op {
        out.push('&');
        out.push_str(OP_KEY);
        out.push('=');
        out.push_str(&percent_encode(op.action));
    }
    for param in op.params {
        let Some(key) = param.link else { continue };
        let mut value = String::new();
        match param.value {
            Value::Text(f) | Value::Long(f) | Value::Bool(f) => value = percent_encode(&req[f]),
            Value::ServersJson(list) => {
                for (i, row) in req.list(list).iter().enumerate() {
                    if i > 0 {
                        value.push(';');
                    }
                    push_item(&mut value, &ServerField::ALL.map(|f| row.get(f)));
                }
            }
            Value::TagList => {
                for (i, tag) in req.tags.iter().enumerate() {
                    if i > 0 {
                        value.push(';');
                    }
                    push_item(&mut value, &[&tag.key, &tag.value]);
                }
            }
            Value::Format if req.format != Format::default() => value = req.format.as_str().into(),
            Value::Method if req.method != Method::default() => value = req.method.as_str().into(),
            Value::Endpoint if req.endpoint != EndpointKind::default() => {
                value = req.endpoint.as_str().into()
            }
            Value::Format | Value::Method | Value::Endpoint => {}
        }
        // An empty list still has to be written when it is a list of one empty item.
        let present = match param.value {
            Value::ServersJson(list) => !req.list(list).is_empty(),
            Value::TagList => !req.tags.is_empty(),
            _ => !value.is_empty(),
        };
        if present {
            out.push('&');
            out.push_str(key);
            out.push('=');
            out.push_str(&value);
        }
    }
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
/// The operation is looked up by its `Action` in `catalog` (absent: the default
/// operation, [`Request::default`]'s).
///
/// ```
/// use vsg_core::{permalink::decode, FAMILY};
/// let r = decode("#v1&r=cn-hangzhou&s=vm-233,80,100", FAMILY).unwrap();
/// assert_eq!(r.servers[0].port, "80");
/// assert!(decode("v2&r=x", FAMILY).is_err());
/// ```
pub fn decode(fragment: &str, catalog: &[&'static Operation]) -> Result<Request, ImportError> {
    decode_as(fragment, catalog, Request::default().op)
}

/// [`decode`], reading a fragment without `op` as a request of `default` (an embed's
/// `operation` under a preset that names none); an `op` in the fragment wins.
///
/// ```
/// use vsg_core::{permalink::decode_as, params::DELETE_VSERVER_GROUP, FAMILY, TextField};
/// let r = decode_as("v1&g=rsp-1", FAMILY, &DELETE_VSERVER_GROUP).unwrap();
/// assert_eq!((r.op.action, r[TextField::VServerGroupId].as_str()), ("DeleteVServerGroup", "rsp-1"));
/// let r = decode_as("v1&op=DescribeVServerGroupAttribute&g=rsp-1", FAMILY, &DELETE_VSERVER_GROUP);
/// assert_eq!(r.unwrap().op.action, "DescribeVServerGroupAttribute");
/// ```
pub fn decode_as(
    fragment: &str,
    catalog: &[&'static Operation],
    default: &'static Operation,
) -> Result<Request, ImportError> {
    read(catalog, fragment, default).map_err(|(at, kind)| Located::at(fragment, at, kind))
}

fn read(
    catalog: &[&'static Operation],
    f: &str,
    default: &'static Operation,
) -> Result<Request, Fail> {
    let m = Mapped::raw(f);
    let items = spans(f, usize::from(f.starts_with('#')), f.len(), '&');
    let (vs, ve) = items[0];
    let version = &f[vs..ve];
    if version != VERSION {
        let numbered = version.len() > 1
            && version.starts_with('v')
            && version[1..].bytes().all(|b| b.is_ascii_digit());
        return Err(match numbered {
            true => (vs, ImportErrorKind::UnknownVersion(version.into())),
            false => (vs, ImportErrorKind::NotPermalink),
        });
    }
    let text = |(a, e): (usize, usize)| percent_decode_at(&m.slice(a, e), false).map(|d| d.text);
    let mut req = Request {
        op: default,
        ..Request::default()
    };
    // The operation first: it says which keys the others are.
    let split = |(a, e): (usize, usize)| {
        let eq = f[a..e].find('=').map_or(e, |i| a + i);
        (&f[a..eq], ((eq + 1).min(e), e))
    };
    let ops: Vec<_> = items[1..]
        .iter()
        .map(|&span| split(span))
        .filter(|(name, _)| *name == OP_KEY)
        .collect();
    if let Some((_, v)) = ops.get(1) {
        return Err((
            v.0 - OP_KEY.len() - 1,
            ImportErrorKind::RepeatedKey(OP_KEY.into()),
        ));
    }
    if let Some(&(_, v)) = ops.first() {
        let action = text(v)?;
        req.op = find(catalog, &action)
            .ok_or((v.0, ImportErrorKind::UnknownOperation(action.clone())))?;
    }
    let op = req.op;
    let mut seen: Vec<&str> = Vec::new();
    for &(a, e) in &items[1..] {
        if a == e {
            continue;
        }
        let (name, v) = split((a, e));
        if name == OP_KEY {
            continue;
        }
        let Some((k, param)) = op
            .params
            .iter()
            .find_map(|p| p.link.filter(|k| *k == name).map(|k| (k, p)))
        else {
            return Err((a, ImportErrorKind::UnknownKey(name.into())));
        };
        if seen.contains(&k) {
            return Err((a, ImportErrorKind::RepeatedKey(k.into())));
        }
        seen.push(k);
        let bad = |at: usize, value: &str| {
            (
                at,
                ImportErrorKind::BadValue {
                    key: k.into(),
                    value: value.into(),
                },
            )
        };
        match param.value {
            Value::ServersJson(_) | Value::TagList => {
                let servers = param.value != Value::TagList;
                for (ra, re) in spans(f, v.0, v.1, ';') {
                    let fields = spans(f, ra, re, ',');
                    let max = if servers { ServerField::ALL.len() } else { 2 };
                    if fields.len() > max {
                        return Err(bad(ra, &f[ra..re]));
                    }
                    let mut values = [const { String::new() }; 6];
                    for (slot, &span) in values.iter_mut().zip(&fields) {
                        *slot = text(span)?;
                    }
                    if let Value::ServersJson(list) = param.value {
                        req.list_mut(list).push(ServerRow::from(values));
                    } else {
                        let [key, value, ..] = values;
                        req.tags.push(TagRow { key, value });
                    }
                }
            }
            Value::Format | Value::Method | Value::Endpoint => {
                let value = text(v)?;
                let ok = match param.value {
                    Value::Format => Format::parse(&value).map(|x| req.format = x),
                    Value::Method => Method::parse(&value).map(|x| req.method = x),
                    _ => EndpointKind::parse(&value).map(|x| req.endpoint = x),
                };
                ok.ok_or_else(|| bad(v.0, &value))?;
            }
            Value::Text(field) | Value::Long(field) | Value::Bool(field) => req[field] = text(v)?,
        }
    }
    Ok(req)
}
