//! Signature V3 (`ACS3-HMAC-SHA256`), what Alibaba Cloud now recommends.
//!
//! The operation's parameters stay in the query string; the action, version, date and
//! nonce travel as `x-acs-*` headers, and the request is signed over a canonical request
//! (method, path, sorted query, canonical headers, signed header names, body hash).

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::encode::{join_encoded, sort_params};
use crate::endpoint;
use crate::form::Request;
use crate::model::{Method, TextField};
use crate::request::{host, operation_params, Effective, Generated};

/// The algorithm name that starts the StringToSign and the Authorization header.
pub const ALGORITHM: &str = "ACS3-HMAC-SHA256";

/// What a V3 signature covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct V3Input<'a> {
    /// HTTP method.
    pub method: Method,
    /// Host header.
    pub host: &'a str,
    /// Query parameters (unencoded, any order).
    pub query: Vec<(String, String)>,
    /// Request body (empty for the RPC style used here).
    pub body: &'a [u8],
    /// `x-acs-action`.
    pub action: &'a str,
    /// `x-acs-version`.
    pub version: &'a str,
    /// `x-acs-date`, `YYYY-MM-DDThh:mm:ssZ`.
    pub date: &'a str,
    /// `x-acs-signature-nonce`.
    pub nonce: &'a str,
    /// AccessKeyId named in the Authorization header.
    pub access_key_id: &'a str,
    /// The secret that keys the HMAC.
    pub access_key_secret: &'a str,
    /// `https`, or `http` for a custom endpoint typed so.
    pub scheme: &'a str,
}

/// Every intermediate value of a V3 signature, for the walkthrough.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct V3Signed {
    /// The canonical request (six parts joined by `\n`).
    pub canonical_request: String,
    /// Lowercase hex SHA-256 of the canonical request.
    pub hashed_canonical_request: String,
    /// `ACS3-HMAC-SHA256\n` + the hashed canonical request.
    pub string_to_sign: String,
    /// Lowercase hex HMAC-SHA256 of the StringToSign keyed with the secret.
    pub signature: String,
    /// The signed header names, sorted and joined by `;`.
    pub signed_headers: String,
    /// The headers to send (Authorization last), names in lowercase.
    pub headers: Vec<(String, String)>,
    /// `https://host/?` + the canonical query (or `https://host/` without parameters;
    /// `http://` for a custom endpoint typed so).
    pub url: String,
}

fn hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(HEX[usize::from(b >> 4)] as char);
        s.push(HEX[usize::from(b & 0xf)] as char);
    }
    s
}

/// Signs `input` with ACS3-HMAC-SHA256.
pub fn sign_v3(input: &V3Input<'_>) -> V3Signed {
    let mut query = input.query.clone();
    sort_params(&mut query);
    let canonical_query = join_encoded(&query);
    let content_sha256 = hex(&Sha256::digest(input.body));
    // Already in byte order: host < x-acs-action < x-acs-content-sha256 < x-acs-date <
    // x-acs-signature-nonce < x-acs-version.
    let mut headers: Vec<(String, String)> = [
        ("host", input.host),
        ("x-acs-action", input.action),
        ("x-acs-content-sha256", &content_sha256),
        ("x-acs-date", input.date),
        ("x-acs-signature-nonce", input.nonce),
        ("x-acs-version", input.version),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.trim().to_string()))
    .collect();
    let signed_headers = headers
        .iter()
        .map(|(k, _)| k.as_str())
        .collect::<Vec<_>>()
        .join(";");
    let mut canonical_request = String::new();
    canonical_request.push_str(input.method.as_str());
    canonical_request.push_str("\n/\n");
    canonical_request.push_str(&canonical_query);
    canonical_request.push('\n');
    for (k, v) in &headers {
        canonical_request.push_str(k);
        canonical_request.push(':');
        canonical_request.push_str(v);
        canonical_request.push('\n');
    }
    canonical_request.push('\n');
    canonical_request.push_str(&signed_headers);
    canonical_request.push('\n');
    canonical_request.push_str(&content_sha256);

    let hashed_canonical_request = hex(&Sha256::digest(canonical_request.as_bytes()));
    let string_to_sign = format!("{ALGORITHM}\n{hashed_canonical_request}");
    let signature = match Hmac::<Sha256>::new_from_slice(input.access_key_secret.as_bytes()) {
        Ok(mut mac) => {
            mac.update(string_to_sign.as_bytes());
            hex(&mac.finalize().into_bytes())
        }
        // HMAC takes keys of any length; this branch is unreachable.
        Err(_) => String::new(),
    };
    headers.push((
        "authorization".into(),
        format!(
            "{ALGORITHM} Credential={},SignedHeaders={signed_headers},Signature={signature}",
            input.access_key_id
        ),
    ));
    let url = if canonical_query.is_empty() {
        format!("{}://{}/", input.scheme, input.host)
    } else {
        format!("{}://{}/?{canonical_query}", input.scheme, input.host)
    };
    V3Signed {
        canonical_request,
        hashed_canonical_request,
        string_to_sign,
        signature,
        signed_headers,
        headers,
        url,
    }
}

/// Signs the request with V3: the operation's parameters (without `Action`) in the
/// query, the same credentials, nonce and timestamp fallbacks as signature v1.
pub fn sign_request_v3(req: &Request, generated: &Generated) -> V3Signed {
    let used = Effective::of(req, generated);
    let host = host(req);
    let query: Vec<(String, String)> = operation_params(req)
        .into_iter()
        .filter(|(k, _)| k != "Action")
        .collect();
    sign_v3(&V3Input {
        method: req.method,
        host: &host,
        query,
        body: b"",
        action: req.op.action,
        version: req.op.version,
        date: used.timestamp,
        nonce: used.nonce,
        access_key_id: used.access_key_id,
        access_key_secret: used.access_key_secret,
        scheme: endpoint::scheme(req.endpoint, &req[TextField::CustomEndpoint]),
    })
}

/// The V3 request as a curl command line (every value single-quoted for the shell).
pub fn curl_v3(method: Method, signed: &V3Signed) -> String {
    let q = |s: &str| format!("'{}'", s.replace('\'', "'\\''"));
    let mut out = format!("curl -X {} {}", method.as_str(), q(&signed.url));
    for (k, v) in &signed.headers {
        if k != "host" {
            out.push_str(" \\\n  -H ");
            out.push_str(&q(&format!("{k}: {v}")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The official vector of the V3 signature docs (api-facts.md §6).
    #[test]
    fn official_vector() {
        let s = sign_v3(&V3Input {
            method: Method::Post,
            host: "ecs.cn-shanghai.aliyuncs.com",
            query: vec![
                ("RegionId".into(), "cn-shanghai".into()),
                (
                    "ImageId".into(),
                    "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd".into(),
                ),
            ],
            body: b"",
            action: "RunInstances",
            version: "2014-05-26",
            date: "2023-10-26T10:22:32Z",
            nonce: "3156853299f313e23d1673dc12e1703d",
            access_key_id: "YourAccessKeyId",
            access_key_secret: "YourAccessKeySecret",
            scheme: "https",
        });
        assert_eq!(
            s.hashed_canonical_request,
            "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"
        );
        assert_eq!(
            s.signature,
            "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
        );
        assert_eq!(
            s.signed_headers,
            "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version"
        );
        assert!(s.string_to_sign.starts_with("ACS3-HMAC-SHA256\n7ea06492"));
        let auth = &s.headers.last().unwrap().1;
        assert_eq!(
            auth,
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
        );
    }

    #[test]
    fn request_v3_puts_operation_params_in_the_query_and_action_in_a_header() {
        let mut req = Request::seed();
        req[TextField::SignatureNonce] = "n1".into();
        req[TextField::Timestamp] = "2024-01-01T00:00:00Z".into();
        let s = sign_request_v3(&req, &Generated::default());
        assert!(s
            .url
            .starts_with("https://slb.aliyuncs.com/?BackendServers=%5B"));
        assert!(!s.url.contains("Action="));
        assert!(s
            .headers
            .contains(&("x-acs-action".into(), "CreateVServerGroup".into())));
        assert!(s
            .headers
            .contains(&("x-acs-version".into(), "2014-05-15".into())));
        assert!(s
            .headers
            .contains(&("x-acs-signature-nonce".into(), "n1".into())));
        // A different secret gives a different signature; the secret appears nowhere.
        req[TextField::AccessKeySecret] = "s3cr3t-marker".into();
        req[TextField::AccessKeyId] = "AK".into();
        let t = sign_request_v3(&req, &Generated::default());
        assert_ne!(s.signature, t.signature);
        let curl = curl_v3(req.method, &t);
        assert!(!curl.contains("s3cr3t-marker"));
        assert!(curl.contains("-H 'authorization: ACS3-HMAC-SHA256 Credential=AK,"));
    }
}
