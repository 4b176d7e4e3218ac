//! The rules of the `Tag.N.Key` / `Tag.N.Value` list.

use super::{ApiError, Field, Problem, Rule};
use crate::form::Request;
use crate::model::MAX_TAGS;

/// How many earlier tags a key is compared with (see the servers' bound).
const DUPLICATE_SCAN: usize = 1000;

/// Whether lowercased text contains `http://` or `https://`.
fn has_url(lower: &str) -> bool {
    lower.contains("http://") || lower.contains("https://")
}

/// The shared rules of a key or value: at most `max` characters, no `aliyun` / `acs:`
/// prefix, no URL. The service answers `code` (`InvalidParam.TagKey` / `…TagValue`).
fn check_text(out: &mut Vec<Problem>, field: Field, value: &str, max: usize, code: &'static str) {
    let api = |what: &str| ApiError::new(400, code, format!("The specified tag {what}."));
    let lower = value.to_ascii_lowercase();
    if value.chars().nth(max).is_some() {
        out.push(Problem::error(
            field,
            Rule::TooLong { max },
            api(&format!("is longer than {max} characters")),
        ));
    } else if lower.starts_with("aliyun") || lower.starts_with("acs:") {
        out.push(Problem::error(
            field,
            Rule::TagReservedPrefix,
            api("must not start with aliyun or acs:"),
        ));
    } else if has_url(&lower) {
        out.push(Problem::error(
            field,
            Rule::TagContainsUrl,
            api("must not contain http:// or https://"),
        ));
    }
}

/// The list: at most 20 tags (`SizeLimitExceeded.Tag`); each key present
/// (`MissingParam.TagKey`), at most 64 characters and unique; each value at most 128.
pub(crate) fn tags(req: &Request, out: &mut Vec<Problem>) {
    if req.tags.len() > MAX_TAGS {
        out.push(Problem::error(
            Field::Tags,
            Rule::TooManyTags {
                count: req.tags.len(),
            },
            ApiError::new(
                400,
                "SizeLimitExceeded.Tag",
                format!("The number of tags exceeds the limit of {MAX_TAGS}."),
            ),
        ));
    }
    for (row, tag) in req.tags.iter().enumerate() {
        if tag.key.is_empty() {
            out.push(Problem::error(
                Field::TagKey(row),
                Rule::TagKeyMissing,
                ApiError::new(
                    400,
                    "MissingParam.TagKey",
                    "The param MissingParam.TagKey is missing.",
                ),
            ));
        } else {
            check_text(out, Field::TagKey(row), &tag.key, 64, "InvalidParam.TagKey");
            let mut earlier = req.tags[..row.min(DUPLICATE_SCAN)].iter();
            if let Some(first) = earlier.position(|t| t.key == tag.key) {
                out.push(Problem::error(
                    Field::TagKey(row),
                    Rule::TagKeyDuplicate { first },
                    ApiError::new(
                        400,
                        "InvalidParam.TagKey",
                        "The specified tag key is duplicated.",
                    ),
                ));
            }
        }
        check_text(
            out,
            Field::TagValue(row),
            &tag.value,
            128,
            "InvalidParam.TagValue",
        );
    }
}
