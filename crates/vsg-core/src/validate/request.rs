//! The checks of the request as a whole, after every parameter's own rules.

use super::{Field, Problem, Rule, Severity};
use crate::encode::is_xml_char;
use crate::form::Request;
use crate::model::ServerField;
use crate::params::{Sent, Value};

/// The longest signed URL the page accepts without a warning, in bytes: 64 KiB.
///
/// Why: the largest request the API's own rules allow (20 rows with 80-character
/// Chinese descriptions, 20 tags of 64 + 128 Chinese characters) is about 56 KB once
/// encoded, so a valid request never needs more; and HTTP front ends cap the request
/// line well below what a browser would send (nginx and Tengine, which Alibaba Cloud's
/// gateways run on, answer `414` beyond their 8 KB header buffer by default). Past
/// this length the page also shows the URL cut (its copy button copies all of it).
pub const MAX_URL: usize = 65_536;

/// The values of the request's own parameters (its text fields, every row's fields,
/// every tag's key and value) and of the common ones, each with its field and whether
/// it is one of the operation's own parameters.
fn values(req: &Request) -> Vec<(Field, &str, bool)> {
    let mut out = Vec::new();
    for param in req.op.params.iter().filter(|p| p.is_wire()) {
        let own = param.sent == Sent::Query;
        match param.value {
            Value::Text(f) | Value::Long(f) | Value::Bool(f) => {
                out.push((Field::Text(f), req[f].as_str(), own))
            }
            Value::ServersJson(list) => {
                for (row, s) in req.list(list).iter().enumerate() {
                    for field in ServerField::ALL {
                        out.push((Field::Server { list, row, field }, s.get(field), own));
                    }
                }
            }
            Value::TagList => {
                for (row, t) in req.tags.iter().enumerate() {
                    out.push((Field::TagKey(row), t.key.as_str(), own));
                    out.push((Field::TagValue(row), t.value.as_str(), own));
                }
            }
            Value::Format | Value::Method | Value::Endpoint => {}
        }
    }
    out
}

/// A character XML 1.0 cannot carry in a value of the operation's own parameters: a
/// local error at the field ([`Rule::NotXmlCharacter`] says why: the family's
/// responses echo these values, as the sandbox's later answers do). Otherwise U+0000
/// in any value a command line would carry: a warning at the field (the CLI snippet
/// cannot pass it; nothing else is affected), unless the field already has an error.
/// The XML error is given even beside another error of the field: a simulated
/// failure echoes some values whatever else is wrong.
pub(crate) fn check(req: &Request, out: &mut Vec<Problem>) {
    let has_error = |out: &[Problem], field: Field| {
        out.iter()
            .any(|p| p.field == field && p.severity == Severity::Error)
    };
    for (field, value, own) in values(req) {
        // Only a value that holds such a character is looked at again (a pasted
        // megabyte of rows stays linear).
        let Some(found) = value.chars().find(|&c| !is_xml_char(c) || c == '\0') else {
            continue;
        };
        if own && !is_xml_char(found) {
            out.push(Problem::local_error(field, Rule::NotXmlCharacter { found }));
        } else if value.contains('\0') && !has_error(out, field) {
            out.push(Problem::warning(field, Rule::NulCharacter));
        }
    }
}
