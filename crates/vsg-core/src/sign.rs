//! Signature version 1 (`HMAC-SHA1`) of Alibaba Cloud RPC APIs.

use base64::Engine;
use hmac::{Hmac, Mac};
use sha1::Sha1;

use crate::encode::{canonical_query, percent_encode};
use crate::model::Method;

/// `METHOD&%2F&percentEncode(canonical query)`: what the HMAC is computed over.
pub fn string_to_sign(method: Method, canonical_query: &str) -> String {
    let mut s = String::with_capacity(canonical_query.len() * 3 / 2 + 16);
    s.push_str(method.as_str());
    s.push_str("&%2F&");
    s.push_str(&percent_encode(canonical_query));
    s
}

/// `Base64(HMAC-SHA1(secret + "&", string_to_sign))`.
pub fn signature(access_key_secret: &str, string_to_sign: &str) -> String {
    let mut key = String::with_capacity(access_key_secret.len() + 1);
    key.push_str(access_key_secret);
    key.push('&');
    // HMAC accepts keys of any length, so this never fails.
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(key.as_bytes()) else {
        return String::new();
    };
    mac.update(string_to_sign.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// Signs a parameter list (which must not contain `Signature`) and returns
/// `(canonical query, StringToSign, signature)`.
pub fn sign_params(
    method: Method,
    access_key_secret: &str,
    params: &[(String, String)],
) -> (String, String, String) {
    let query = canonical_query(params);
    let sts = string_to_sign(method, &query);
    let sig = signature(access_key_secret, &sts);
    (query, sts, sig)
}
