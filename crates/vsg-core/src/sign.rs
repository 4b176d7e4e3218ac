//! Signature version 1 (`HMAC-SHA1`) of Alibaba Cloud RPC APIs.

use base64::Engine;
use hmac::{Hmac, Mac};
use sha1::Sha1;

use crate::encode::{canonical_query, push_reencoded};
use crate::model::Method;

/// `SignatureMethod` of signature v1.
pub const SIGNATURE_METHOD: &str = "HMAC-SHA1";
/// `SignatureVersion` of signature v1.
pub const SIGNATURE_VERSION: &str = "1.0";

/// `METHOD&%2F&percentEncode(canonical query)`: what the HMAC is computed over.
pub fn string_to_sign(method: Method, canonical_query: &str) -> String {
    let mut s = String::with_capacity(canonical_query.len() * 5 / 3 + 16);
    s.push_str(method.as_str());
    s.push_str("&%2F&");
    push_reencoded(&mut s, canonical_query);
    s
}

/// An HMAC-SHA1 keyed with `AccessKeySecret + "&"`, fed a piece at a time.
#[derive(Clone)]
pub struct Key(Hmac<Sha1>);

impl Key {
    /// The HMAC of signature v1 for `access_key_secret`.
    pub fn new(access_key_secret: &str) -> Key {
        let mut key = Vec::with_capacity(access_key_secret.len() + 1);
        key.extend_from_slice(access_key_secret.as_bytes());
        key.push(b'&');
        // HMAC accepts keys of any length: `new_from_slice` cannot fail.
        Key(<Hmac<Sha1> as hmac::digest::KeyInit>::new_from_slice(&key)
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length")))
    }

    /// Feeds the next bytes of the StringToSign.
    pub fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    /// `Base64(HMAC-SHA1(key, everything fed))`.
    pub fn signature(&self) -> String {
        base64::engine::general_purpose::STANDARD.encode(self.0.clone().finalize().into_bytes())
    }
}

/// `Base64(HMAC-SHA1(secret + "&", string_to_sign))`.
pub fn signature(access_key_secret: &str, string_to_sign: &str) -> String {
    let mut key = Key::new(access_key_secret);
    key.update(string_to_sign.as_bytes());
    key.signature()
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
