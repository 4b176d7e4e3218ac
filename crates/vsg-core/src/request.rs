//! Turning a [`Request`] into the exact signed request: parameters, URL, StringToSign.
//!
//! The parameters come from the table ([`crate::params`]); [`Prepared`] builds them
//! once, and [`Signing`] encodes, signs and assembles the URL in one pass that also
//! digests the request's content for the mock IDs. A huge request can be signed a
//! slice at a time ([`Signing::step`]), so that a page never stalls on it.

use std::ops::Range;

use sha1::{Digest, Sha1};

use crate::backend::encode_backend_servers;
use crate::encode::{encoded_len, push_encoded};
use crate::endpoint;
use crate::form::Request;
use crate::model::{Method, TextField};
use crate::params::{tag_name, Sent, TagPart, Value};
use crate::sign::{string_to_sign, Key, SIGNATURE_METHOD, SIGNATURE_VERSION};

/// The parameters every request carries whatever the table holds: the operation's
/// name and version, and signature v1's own.
pub const FIXED_PARAMS: [&str; 5] = [
    "Action",
    "Version",
    "SignatureMethod",
    "SignatureVersion",
    "Signature",
];
/// The documented example AccessKeyId, used when none is typed.
pub const EXAMPLE_ACCESS_KEY_ID: &str = "testid";
/// The documented example secret, used when none is typed.
pub const EXAMPLE_ACCESS_KEY_SECRET: &str = "testsecret";

/// The nonce and timestamp the caller generated, used where the form leaves them empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Generated {
    /// A fresh `SignatureNonce` (see [`crate::uuid_v4`]).
    pub nonce: String,
    /// The current `Timestamp` (see [`crate::format_timestamp`]).
    pub timestamp: String,
}

/// One query parameter as sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryParam {
    /// Parameter name.
    pub name: String,
    /// Value, unencoded.
    pub value: String,
    /// Value as it appears in the URL.
    pub encoded: String,
}

/// The complete signed request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedRequest {
    /// HTTP method.
    pub method: Method,
    /// Host the request goes to.
    pub host: String,
    /// Every parameter, `Signature` included, sorted by name.
    pub params: Vec<QueryParam>,
    /// The canonical query string that is signed (without `Signature`).
    pub canonical_query: String,
    /// Base64 HMAC-SHA1.
    pub signature: String,
    /// The full URL: `https://host/?` (or `http://` for a custom endpoint typed so) +
    /// sorted query including `Signature`.
    pub url: String,
    /// SHA-1 of the operation's own parameters, sorted by name (no credentials,
    /// nonce or time): each name and value prefixed with its length as a little-endian
    /// `u64`. What the mock IDs derive from.
    pub content_digest: [u8; 20],
    /// True when the documented `testid` or `testsecret` stood in for an empty field.
    pub example_credentials: bool,
    /// True when `testid` stood in for an empty AccessKeyId.
    pub example_key_id: bool,
    /// True when `testsecret` stood in for an empty AccessKeySecret.
    pub example_secret: bool,
}

impl SignedRequest {
    /// `METHOD&%2F&percentEncode(canonical query)`: what the HMAC was computed over
    /// (built on demand: the signature streams it).
    pub fn string_to_sign(&self) -> String {
        string_to_sign(self.method, &self.canonical_query)
    }
}

/// The operation's own parameters (no common ones), in table order, `Action` first.
/// Empty optional values are left out; tags are sent as `Tag.N.Key` / `Tag.N.Value`.
pub fn operation_params(req: &Request) -> Vec<(String, String)> {
    let op = req.op;
    let mut p: Vec<(String, String)> = vec![("Action".into(), op.action.into())];
    for param in op.params.iter().filter(|p| p.sent == Sent::Query) {
        push_param(&mut p, param.name, param.value, req);
    }
    p
}

/// Appends what one parameter of the table sends, if it is set.
fn push_param(out: &mut Vec<(String, String)>, name: &str, value: Value, req: &Request) {
    match value {
        Value::Text(f) | Value::Long(f) | Value::Bool(f) if !req[f].is_empty() => {
            out.push((name.into(), req[f].clone()));
        }
        Value::ServersJson(list) if !req.list(list).is_empty() => {
            out.push((name.into(), encode_backend_servers(req.list(list))));
        }
        Value::TagList => {
            for (i, tag) in req.tags.iter().enumerate() {
                out.push((tag_name(name, i + 1, TagPart::Key), tag.key.clone()));
                out.push((tag_name(name, i + 1, TagPart::Value), tag.value.clone()));
            }
        }
        Value::Format => out.push((name.into(), req.format.as_str().into())),
        _ => {}
    }
}

/// The host the request goes to.
pub fn host(req: &Request) -> String {
    endpoint::host(
        req.endpoint,
        &req[TextField::RegionId],
        &req[TextField::CustomEndpoint],
    )
}

/// What actually signs a request: the typed credentials, nonce and timestamp, or their
/// fallbacks (the documented example pair; the caller's generated values).
pub struct Effective<'a> {
    /// AccessKeyId, or `testid`.
    pub access_key_id: &'a str,
    /// AccessKeySecret, or `testsecret`.
    pub access_key_secret: &'a str,
    /// SignatureNonce, or the generated one.
    pub nonce: &'a str,
    /// Timestamp, or the generated one.
    pub timestamp: &'a str,
}

impl<'a> Effective<'a> {
    /// The values that sign `req` (shared by signature v1 and V3).
    pub fn of(req: &'a Request, generated: &'a Generated) -> Self {
        let or = |field: TextField, fallback: &'a str| {
            let typed = req[field].as_str();
            if typed.is_empty() {
                fallback
            } else {
                typed
            }
        };
        Effective {
            access_key_id: or(TextField::AccessKeyId, EXAMPLE_ACCESS_KEY_ID),
            access_key_secret: or(TextField::AccessKeySecret, EXAMPLE_ACCESS_KEY_SECRET),
            nonce: or(TextField::SignatureNonce, &generated.nonce),
            timestamp: or(TextField::Timestamp, &generated.timestamp),
        }
    }
}

/// A request's parameters, built once and sorted: what signature v1 covers.
#[derive(Clone, Debug)]
pub struct Prepared {
    method: Method,
    scheme: &'static str,
    host: String,
    /// Every signed parameter (all but `Signature`), sorted by name, and whether it is
    /// one of the operation's own (part of the content digest).
    params: Vec<(String, String, bool)>,
    /// The length of the canonical query, counted once.
    canonical_len: usize,
    secret: String,
    example_key_id: bool,
    example_secret: bool,
}

impl Prepared {
    /// The parameters of `req` for its operation, with the common ones (credentials
    /// and nonce/timestamp fallbacks as [`Effective`] decides).
    pub fn new(req: &Request, generated: &Generated) -> Prepared {
        let op = req.op;
        let used = Effective::of(req, generated);
        let mut ops = operation_params(req);
        let own = ops.len();
        for param in op.params.iter().filter(|p| p.sent == Sent::Common) {
            match param.value.text_field() {
                Some(TextField::AccessKeyId) => {
                    ops.push((param.name.into(), used.access_key_id.into()))
                }
                Some(TextField::SignatureNonce) => ops.push((param.name.into(), used.nonce.into())),
                Some(TextField::Timestamp) => ops.push((param.name.into(), used.timestamp.into())),
                _ => push_param(&mut ops, param.name, param.value, req),
            }
        }
        ops.extend([
            ("Version".into(), op.version.into()),
            ("SignatureMethod".into(), SIGNATURE_METHOD.into()),
            ("SignatureVersion".into(), SIGNATURE_VERSION.into()),
        ]);
        let mut tagged: Vec<(String, String, bool)> = ops
            .into_iter()
            .enumerate()
            .map(|(i, (n, v))| (n, v, i < own))
            .collect();
        tagged.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let canonical_len = tagged
            .iter()
            .map(|(n, v, _)| encoded_len(n) + 1 + encoded_len(v) + 1)
            .sum();
        Prepared {
            method: req.method,
            scheme: endpoint::scheme(req.endpoint, &req[TextField::CustomEndpoint]),
            host: host(req),
            params: tagged,
            canonical_len,
            secret: used.access_key_secret.into(),
            example_key_id: req[TextField::AccessKeyId].is_empty(),
            example_secret: req[TextField::AccessKeySecret].is_empty(),
        }
    }

    /// HTTP method.
    pub fn method(&self) -> Method {
        self.method
    }

    /// `https`, or `http` for a custom endpoint typed with `http://`.
    pub fn scheme(&self) -> &'static str {
        self.scheme
    }

    /// The host the request is sent to.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The signed parameters (all but `Signature`), sorted by name, unencoded.
    pub fn params(&self) -> impl Iterator<Item = (&str, &str)> {
        self.params.iter().map(|(n, v, _)| (n.as_str(), v.as_str()))
    }

    /// The length of the canonical query: how much there is to encode and sign.
    pub fn canonical_len(&self) -> usize {
        self.canonical_len
    }

    /// Signs the whole request now.
    pub fn sign(self) -> SignedRequest {
        let mut signing = self.signing();
        loop {
            if let Some(done) = signing.step(usize::MAX) {
                return done;
            }
        }
    }

    /// Starts signing, to be driven a slice at a time by [`Signing::step`].
    pub fn signing(self) -> Signing {
        let key = Key::new(&self.secret);
        Signing {
            canonical: String::with_capacity(self.canonical_len()),
            ranges: Vec::with_capacity(self.params.len()),
            stage: Stage::Canonical {
                param: 0,
                offset: 0,
            },
            content: Sha1::new(),
            key,
            prepared: self,
        }
    }
}

/// Feeds the percent-encoding of a piece of canonical query (the rest of the
/// StringToSign) to the HMAC through a small buffer, and returns how many bytes that
/// was. A canonical query holds unreserved characters and `%` `=` `&` only, whose
/// encodings are `%25` `%3D` `%26`: the same bytes as [`crate::encode::push_reencoded`]
/// (which `sign::string_to_sign` uses), without building the string.
fn feed_reencoded(key: &mut Key, canonical: &[u8]) -> usize {
    let mut buf = [0u8; 4096];
    let mut n = 0;
    let mut fed = 0;
    for &b in canonical {
        let escaped: &[u8] = match b {
            b'%' => b"%25",
            b'=' => b"%3D",
            b'&' => b"%26",
            _ => {
                buf[n] = b;
                n += 1;
                if n >= buf.len() - 3 {
                    key.update(&buf[..n]);
                    fed += n;
                    n = 0;
                }
                continue;
            }
        };
        buf[n..n + 3].copy_from_slice(escaped);
        n += 3;
        if n >= buf.len() - 3 {
            key.update(&buf[..n]);
            fed += n;
            n = 0;
        }
    }
    key.update(&buf[..n]);
    fed + n
}

/// Where a [`Signing`] is.
#[derive(Clone, Copy, Debug)]
enum Stage {
    /// Encoding parameter `param` from byte `offset` of its value.
    Canonical { param: usize, offset: usize },
    /// Encoding the canonical query into the StringToSign (and the HMAC) from `offset`.
    StringToSign { offset: usize },
}

/// Signature v1 under way: the canonical query, then the StringToSign and its HMAC,
/// then the URL. Each [`Signing::step`] does about as much work as it is allowed.
pub struct Signing {
    prepared: Prepared,
    stage: Stage,
    canonical: String,
    /// Where each parameter's encoded value sits in `canonical`.
    ranges: Vec<Range<usize>>,
    content: Sha1,
    key: Key,
}

/// The shortest slice worth a step: shorter budgets are raised to it.
const MIN_STEP: usize = 4096;

impl Signing {
    /// How far along it is: bytes done and bytes in all (roughly; for a progress bar).
    pub fn progress(&self) -> (usize, usize) {
        let total = self.canonical.capacity().max(1);
        match self.stage {
            Stage::Canonical { .. } => (self.canonical.len() / 2, total),
            Stage::StringToSign { offset } => (total / 2 + offset / 2, total),
        }
    }

    /// Does at most about `budget` bytes of encoding and hashing (at least a few KB);
    /// returns the signed request when it is done.
    pub fn step(&mut self, budget: usize) -> Option<SignedRequest> {
        let mut left = budget.max(MIN_STEP);
        loop {
            match self.stage {
                Stage::Canonical { param, offset } => {
                    let Some((name, value, own)) = self.prepared.params.get(param) else {
                        self.key.update(self.prepared.method.as_str().as_bytes());
                        self.key.update(b"&%2F&");
                        self.stage = Stage::StringToSign { offset: 0 };
                        continue;
                    };
                    let bytes = value.as_bytes();
                    let start_len = self.canonical.len();
                    if offset == 0 {
                        if param > 0 {
                            self.canonical.push('&');
                        }
                        push_encoded(&mut self.canonical, name.as_bytes());
                        self.canonical.push('=');
                        self.ranges.push(self.canonical.len()..self.canonical.len());
                    }
                    let end = bytes.len().min(offset.saturating_add(left / 3 + 1));
                    push_encoded(&mut self.canonical, &bytes[offset..end]);
                    if let Some(r) = self.ranges.last_mut() {
                        r.end = self.canonical.len();
                    }
                    if *own {
                        // The content: each of the operation's own parameters as its
                        // name and value, both prefixed with their lengths.
                        if offset == 0 {
                            self.content.update((name.len() as u64).to_le_bytes());
                            self.content.update(name.as_bytes());
                            self.content.update((bytes.len() as u64).to_le_bytes());
                        }
                        self.content.update(&bytes[offset..end]);
                    }
                    left = left.saturating_sub(self.canonical.len() - start_len);
                    self.stage = if end == bytes.len() {
                        Stage::Canonical {
                            param: param + 1,
                            offset: 0,
                        }
                    } else {
                        Stage::Canonical { param, offset: end }
                    };
                }
                Stage::StringToSign { offset } => {
                    let end = self
                        .canonical
                        .len()
                        .min(offset.saturating_add(left / 3 + 1));
                    let fed =
                        feed_reencoded(&mut self.key, &self.canonical.as_bytes()[offset..end]);
                    left = left.saturating_sub(fed);
                    if end < self.canonical.len() {
                        self.stage = Stage::StringToSign { offset: end };
                    } else {
                        return Some(self.finish());
                    }
                }
            }
            if left == 0 {
                return None;
            }
        }
    }

    /// Assembles the signed request once the HMAC has seen the whole StringToSign.
    fn finish(&mut self) -> SignedRequest {
        let signature = self.key.signature();
        let p = &mut self.prepared;
        let canonical = std::mem::take(&mut self.canonical);
        let ranges = std::mem::take(&mut self.ranges);
        // `Signature` goes where it sorts (after `ResourceOwnerId`, before
        // `SignatureMethod`): in the URL, just before that parameter's name.
        let at = p
            .params
            .partition_point(|(n, _, _)| n.as_str() < "Signature");
        let split = match (p.params.get(at), ranges.get(at)) {
            (Some((name, _, _)), Some(r)) => r.start - encoded_len(name) - 1,
            _ => canonical.len(),
        };
        let mut sig_encoded = String::new();
        push_encoded(&mut sig_encoded, signature.as_bytes());
        let mut url = String::with_capacity(canonical.len() + p.host.len() + 48);
        url.push_str(p.scheme);
        url.push_str("://");
        url.push_str(&p.host);
        url.push_str("/?");
        url.push_str(&canonical[..split]);
        if split == canonical.len() && split > 0 {
            url.push('&');
        }
        url.push_str("Signature=");
        url.push_str(&sig_encoded);
        if split < canonical.len() {
            url.push('&');
            url.push_str(&canonical[split..]);
        }
        let mut params: Vec<QueryParam> = std::mem::take(&mut p.params)
            .into_iter()
            .zip(ranges)
            .map(|((name, value, _), r)| QueryParam {
                encoded: canonical[r].to_string(),
                name,
                value,
            })
            .collect();
        params.insert(
            at,
            QueryParam {
                name: "Signature".into(),
                value: signature.clone(),
                encoded: sig_encoded,
            },
        );
        SignedRequest {
            method: p.method,
            host: std::mem::take(&mut p.host),
            url,
            params,
            canonical_query: canonical,
            signature,
            content_digest: std::mem::take(&mut self.content).finalize().into(),
            example_credentials: p.example_key_id || p.example_secret,
            example_key_id: p.example_key_id,
            example_secret: p.example_secret,
        }
    }
}

/// Builds and signs the request with signature v1. Empty credentials fall back to the
/// documented example pair; an empty nonce or timestamp to `generated`.
pub fn sign_request(req: &Request, generated: &Generated) -> SignedRequest {
    Prepared::new(req, generated).sign()
}
