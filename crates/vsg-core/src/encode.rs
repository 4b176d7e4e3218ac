//! Alibaba Cloud's percent-encoding and the canonical query string of signature v1.

use percent_encoding::{
    percent_encode as encode_bytes, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC,
};

/// Everything but `A–Z a–z 0–9 - _ . ~` is escaped, as RFC 3986 unreserved characters
/// are; space becomes `%20`, `*` becomes `%2A`, and `~` stays.
const ALIYUN: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Whether a byte stays as it is under [`percent_encode`].
pub fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~')
}

/// Percent-encodes `s` over UTF-8 the way Alibaba Cloud's signers do (uppercase hex).
///
/// ```
/// assert_eq!(vsg_core::percent_encode("a b*~/:"), "a%20b%2A~%2F%3A");
/// ```
pub fn percent_encode(s: &str) -> String {
    utf8_percent_encode(s, ALIYUN).to_string()
}

/// Appends the percent-encoding of `bytes` (any slice of UTF-8 text: the encoding is
/// byte by byte) to `out`.
pub fn push_encoded(out: &mut String, bytes: &[u8]) {
    for piece in encode_bytes(bytes, ALIYUN) {
        out.push_str(piece);
    }
}

/// Appends the percent-encoding of a piece of canonical query to `out`. A canonical
/// query holds only unreserved characters and the `%` `=` `&` it was built with, so
/// its encoding (the StringToSign of signature v1 encodes it a second time) turns
/// exactly those three into `%25` `%3D` `%26`. The same as [`push_encoded`] for such
/// text, in one pass without per-byte pieces.
pub fn push_reencoded(out: &mut String, canonical: &str) {
    let mut plain = 0;
    for (i, b) in canonical.bytes().enumerate() {
        let escaped = match b {
            b'%' => "%25",
            b'=' => "%3D",
            b'&' => "%26",
            _ => continue,
        };
        out.push_str(&canonical[plain..i]);
        out.push_str(escaped);
        plain = i + 1;
    }
    out.push_str(&canonical[plain..]);
}

/// How long the percent-encoding of `s` is, without building it.
pub fn encoded_len(s: &str) -> usize {
    s.bytes()
        .map(|b| if is_unreserved(b) { 1 } else { 3 })
        .sum()
}

/// Sorts parameters by name in byte order, as signature v1 requires.
///
/// Parameter names are unique in a request, so the order of equal names (which an
/// unstable sort does not keep) never matters.
pub fn sort_params(params: &mut [(String, String)]) {
    params.sort_unstable_by(|a, b| a.0.cmp(&b.0));
}

/// Joins already sorted parameters as encoded `name=value` pairs separated by `&`.
pub fn join_encoded(sorted: &[(String, String)]) -> String {
    let mut out = String::new();
    for (i, (name, value)) in sorted.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        push_encoded(&mut out, name.as_bytes());
        out.push('=');
        push_encoded(&mut out, value.as_bytes());
    }
    out
}

/// Sorts `params` by name (byte order) and joins the encoded `name=value` pairs with
/// `&`: the canonical query string of signature v1.
pub fn canonical_query(params: &[(String, String)]) -> String {
    let mut sorted = params.to_vec();
    sort_params(&mut sorted);
    join_encoded(&sorted)
}

/// Decodes `%XY` escapes (and nothing else: `+` stays `+`) into UTF-8 text.
/// Returns `None` when the bytes are not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .ok()
        .map(|c| c.into_owned())
}

/// Whether XML 1.0 can carry `c` at all, raw or as a character reference: its `Char`
/// production, `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
/// [#x10000-#x10FFFF]` (a Rust `char` is never a surrogate). The other C0 controls
/// and U+FFFE, U+FFFF are refused by every XML 1.0 parser, even as character
/// references (`&#x1;`).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{FFFD}' | '\u{10000}'..)
        && !matches!(c, '\u{FFFE}' | '\u{FFFF}')
}
