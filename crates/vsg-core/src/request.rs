//! Turning a [`Request`] into the exact signed request: parameters, URL, StringToSign.

use crate::backend::encode_backend_servers;
use crate::encode::{canonical_query, join_encoded, percent_encode, sort_params};
use crate::endpoint;
use crate::model::{Method, Request};
use crate::sign::{signature, string_to_sign};

/// `Action` of this operation.
pub const ACTION: &str = "CreateVServerGroup";
/// `Version` of the SLB API.
pub const API_VERSION: &str = "2014-05-15";
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
pub struct Param {
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
    pub params: Vec<Param>,
    /// The canonical query string that is signed (without `Signature`).
    pub canonical_query: String,
    /// `METHOD&%2F&…`.
    pub string_to_sign: String,
    /// Base64 HMAC-SHA1.
    pub signature: String,
    /// The full URL: `https://host/?` (or `http://` for a custom endpoint typed so) +
    /// sorted query including `Signature`.
    pub url: String,
    /// True when the documented `testid` or `testsecret` stood in for an empty field.
    pub example_credentials: bool,
    /// True when `testid` stood in for an empty AccessKeyId.
    pub example_key_id: bool,
    /// True when `testsecret` stood in for an empty AccessKeySecret.
    pub example_secret: bool,
}

/// The operation's own parameters (no common ones), in form order. Empty optional
/// values are left out; tags are always sent as `Tag.N.Key` / `Tag.N.Value` pairs.
pub fn operation_params(req: &Request) -> Vec<(String, String)> {
    let mut p: Vec<(String, String)> = vec![("Action".into(), ACTION.into())];
    let mut opt = |name: &str, value: &str| {
        if !value.is_empty() {
            p.push((name.into(), value.into()));
        }
    };
    opt("RegionId", &req.region_id);
    opt("LoadBalancerId", &req.load_balancer_id);
    opt("VServerGroupName", &req.vserver_group_name);
    opt("ResourceOwnerAccount", &req.resource_owner_account);
    opt("OwnerAccount", &req.owner_account);
    opt("OwnerId", &req.owner_id);
    opt("ResourceOwnerId", &req.resource_owner_id);
    if !req.servers.is_empty() {
        p.push((
            "BackendServers".into(),
            encode_backend_servers(&req.servers),
        ));
    }
    for (i, tag) in req.tags.iter().enumerate() {
        p.push((format!("Tag.{}.Key", i + 1), tag.key.clone()));
        p.push((format!("Tag.{}.Value", i + 1), tag.value.clone()));
    }
    p
}

/// What identifies the request's content, for deterministic mock IDs: the canonical
/// query of the operation's parameters (no credentials, nonce or timestamp).
pub fn content_key(req: &Request) -> String {
    canonical_query(&operation_params(req))
}

/// The host the request goes to.
pub fn host(req: &Request) -> String {
    endpoint::host(req.endpoint, &req.region_id, &req.custom_endpoint)
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
        let or =
            |typed: &'a str, fallback: &'a str| if typed.is_empty() { fallback } else { typed };
        Effective {
            access_key_id: or(&req.access_key_id, EXAMPLE_ACCESS_KEY_ID),
            access_key_secret: or(&req.access_key_secret, EXAMPLE_ACCESS_KEY_SECRET),
            nonce: or(&req.signature_nonce, &generated.nonce),
            timestamp: or(&req.timestamp, &generated.timestamp),
        }
    }
}

/// Builds and signs the request with signature v1. Empty credentials fall back to the
/// documented example pair; an empty nonce or timestamp to `generated`.
pub fn sign_request(req: &Request, generated: &Generated) -> SignedRequest {
    let example_key_id = req.access_key_id.is_empty();
    let example_secret = req.access_key_secret.is_empty();
    let used = Effective::of(req, generated);
    let mut params = operation_params(req);
    params.extend([
        ("Version".into(), API_VERSION.into()),
        ("Format".into(), req.format.as_str().into()),
        ("AccessKeyId".into(), used.access_key_id.into()),
        ("SignatureMethod".into(), "HMAC-SHA1".into()),
        ("SignatureVersion".into(), "1.0".into()),
        ("SignatureNonce".into(), used.nonce.into()),
        ("Timestamp".into(), used.timestamp.into()),
    ]);
    sort_params(&mut params);
    let canonical = join_encoded(&params);
    let sts = string_to_sign(req.method, &canonical);
    let sig = signature(used.access_key_secret, &sts);

    // `Signature` goes where it sorts: after `ResourceOwnerId`, before `SignatureMethod`.
    let at = params.partition_point(|(name, _)| name.as_str() < "Signature");
    params.insert(at, ("Signature".into(), sig.clone()));
    let params: Vec<Param> = params
        .into_iter()
        .map(|(name, value)| Param {
            encoded: percent_encode(&value),
            name,
            value,
        })
        .collect();
    let host = host(req);
    let mut url = format!(
        "{}://{host}/?",
        endpoint::scheme(req.endpoint, &req.custom_endpoint)
    );
    for (i, p) in params.iter().enumerate() {
        if i > 0 {
            url.push('&');
        }
        url.push_str(&p.name);
        url.push('=');
        url.push_str(&p.encoded);
    }
    SignedRequest {
        method: req.method,
        host,
        params,
        canonical_query: canonical,
        string_to_sign: sts,
        signature: sig,
        url,
        example_credentials: example_key_id || example_secret,
        example_key_id,
        example_secret,
    }
}
