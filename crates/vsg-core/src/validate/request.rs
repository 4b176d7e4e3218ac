//! The checks of the request as a whole, after every parameter's own rules.

use super::{Field, Problem, Rule, Severity};
use crate::mock::{echoed, is_xml_char};
use crate::model::{Request, ServerField};
use crate::params::Operation;
use crate::request::SignedRequest;

/// The longest signed URL the page accepts without a warning, in bytes: 64 KiB.
///
/// Why: the largest request the API's own rules allow (20 rows with 80-character
/// Chinese descriptions, 20 tags of 64 + 128 Chinese characters) is about 56 KB once
/// encoded, so a valid request never needs more; and HTTP front ends cap the request
/// line well below what a browser would send (nginx and Tengine, which Alibaba Cloud's
/// gateways run on, answer `414` beyond their 8 KB header buffer by default). Past
/// this length the page also shows the URL cut (its copy button copies all of it).
pub const MAX_URL: usize = 65_536;

/// A character XML 1.0 cannot carry in a value a response echoes
/// ([`crate::mock`]): a local error at the field ([`Rule::NotXmlCharacter`] says
/// why). Then U+0000 in any value a command line would carry: a warning at the field
/// (the CLI snippet cannot pass it; nothing else is affected). Fields that already
/// have an error are left alone.
pub(crate) fn check(op: &'static Operation, req: &Request, out: &mut Vec<Problem>) {
    for (field, value) in echoed(req) {
        if let Some(found) = value.chars().find(|&c| !is_xml_char(c)) {
            out.push(Problem::local_error(field, Rule::NotXmlCharacter { found }));
        }
    }
    let has_error = |out: &[Problem], field: Field| {
        out.iter()
            .any(|p| p.field == field && p.severity == Severity::Error)
    };
    let mut nul = Vec::new();
    for param in op.params {
        if let Some(f) = param.value.text_field() {
            if param.is_wire() && req[f].contains('\0') {
                nul.push(Field::Text(f));
            }
        }
    }
    for (row, s) in req.servers.iter().enumerate() {
        for field in ServerField::ALL {
            if s.get(field).contains('\0') {
                nul.push(Field::Server { row, field });
            }
        }
    }
    for (row, t) in req.tags.iter().enumerate() {
        if t.key.contains('\0') {
            nul.push(Field::TagKey(row));
        }
        if t.value.contains('\0') {
            nul.push(Field::TagValue(row));
        }
    }
    for field in nul {
        if !has_error(out, field) {
            out.push(Problem::warning(field, Rule::NulCharacter));
        }
    }
}

/// A warning when the signed URL is longer than [`MAX_URL`].
pub fn url_length(signed: &SignedRequest) -> Option<Problem> {
    (signed.url.len() > MAX_URL).then(|| {
        Problem::warning(
            Field::Request,
            Rule::UrlTooLong {
                length: signed.url.len(),
                max: MAX_URL,
            },
        )
    })
}
