//! The bash snippets: the aliyun CLI command and curl with the signed URL.
//!
//! aliyun CLI: checked against aliyun/aliyun-cli v3.4.11 — RPC parameters are
//! `--Name value` flags, repeat lists `--Tag.1.Key`, `--endpoint` picks the host, and an
//! argument that starts with `-` is read as a flag (so such values are written
//! `--Name=value`).

use super::literal::{needs_escape, quoted, Dialect, Hex, LINE_BREAKS_AND_TAB};
use super::{is_http, Op};
use crate::form::Request;
use crate::model::{EndpointKind, Method};
use crate::request::{SignedRequest, EXAMPLE_ACCESS_KEY_ID};

/// Inside bash's `$'…'`: the other characters as UTF-8 bytes, whatever the locale.
const BASH_ANSI_C: Dialect = Dialect {
    quote: '\'',
    short: LINE_BREAKS_AND_TAB,
    hex: Hex::Utf8Bytes,
};

/// A bash word for `s`: bare when it is made only of characters that bash never
/// interprets; `$'…'` with escapes when it holds control characters; otherwise in
/// single quotes, with `'` written as `'\''`.
pub fn shell_quote(s: &str) -> String {
    let plain = !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./:@%+=,".contains(&b));
    if plain {
        return s.to_string();
    }
    if s.chars().any(needs_escape) {
        // Raw control characters would not survive a copy from the page (a CR, say):
        // bash's `$'…'` writes them as escapes.
        return format!("${}", quoted(s, &BASH_ANSI_C));
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        if c == '\'' {
            out.push_str("'\\''");
        } else {
            out.push(c);
        }
    }
    out.push('\'');
    out
}

/// One `--Name value` pair of the aliyun CLI. A value starting with `-` would be read
/// as a flag of its own, so it is attached: `--Name=value`.
fn cli_flag(out: &mut String, name: &str, value: &str) {
    out.push_str(" \\\n  --");
    out.push_str(name);
    out.push(if value.starts_with('-') { '=' } else { ' ' });
    out.push_str(&shell_quote(value));
}

/// The `aliyun slb CreateVServerGroup …` command.
pub(super) fn cli(op: &Op, req: &Request, signed: &SignedRequest) -> String {
    let mut s = String::from(
        "# aliyun CLI 3.x. Credentials come from the CLI profile (`aliyun configure`) or from\n\
         # the environment: export ALIBABA_CLOUD_ACCESS_KEY_ID=… ALIBABA_CLOUD_ACCESS_KEY_SECRET=…\n",
    );
    s.push_str(&format!("aliyun {} {}", op.op.product, op.op.action));
    if req.endpoint != EndpointKind::Public && !signed.host.is_empty() {
        cli_flag(&mut s, "endpoint", &signed.host);
        // A custom endpoint typed with http:// is sent over http.
        if is_http(req) {
            s.push_str(" \\\n  --insecure");
        }
    }
    if req.method == Method::Post {
        cli_flag(&mut s, "method", "POST");
    }
    // Every parameter of the operation, in table order, as `--Name value`.
    for (name, value) in &op.sent {
        cli_flag(&mut s, name, value);
    }
    s.push('\n');
    s
}

/// `curl` with the signed URL, and what that URL holds and for how long.
pub(super) fn curl(signed: &SignedRequest) -> String {
    let mut s = String::from(
        "# The request signed above (signature v1). It is valid for about 15 minutes after its\n\
         # Timestamp",
    );
    let timestamp = signed
        .params
        .iter()
        .find(|p| p.name == "Timestamp")
        .map(|p| p.value.as_str())
        .unwrap_or_default();
    if !timestamp.is_empty()
        && timestamp
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-:.+".contains(&b))
    {
        s.push_str(" (");
        s.push_str(timestamp);
        s.push(')');
    }
    s.push_str(
        " and each SignatureNonce is accepted once: sign again to send it again.\n\
         # The URL holds the AccessKeyId, never the secret. To sign in your own code, use an\n\
         # SDK tab: they read ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.\n",
    );
    if signed.example_credentials {
        s.push_str(&format!(
            "# Signed with the documented example key ({EXAMPLE_ACCESS_KEY_ID}): the service rejects it.\n"
        ));
    }
    s.push_str("curl ");
    if signed.method == Method::Post {
        s.push_str("-X POST ");
    }
    s.push_str(&shell_quote(&signed.url));
    s.push('\n');
    s
}
