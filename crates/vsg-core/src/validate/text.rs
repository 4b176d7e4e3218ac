//! The rules of the scalar parameters, each beside the error the service answers.

use super::{is_invisible, ApiError, Field, Problem, Rule};
use crate::endpoint;
use crate::form::Request;
use crate::ids::is_valid_timestamp;
use crate::model::{EndpointKind, TextField};
use crate::regions;

/// RegionId: shaped like a region ID (else `InvalidRegionId.NotFound`), and known
/// (else only a warning: new regions appear).
pub(crate) fn region(field: TextField, region: &str, out: &mut Vec<Problem>) {
    let field = Field::Text(field);
    if !regions::is_well_formed(region) {
        out.push(Problem::error(
            field,
            Rule::RegionMalformed,
            ApiError::new(
                404,
                "InvalidRegionId.NotFound",
                "The specified RegionId does not exist.",
            ),
        ));
    } else if regions::find(region).is_none() {
        out.push(Problem::warning(field, Rule::RegionUnknown));
    }
}

/// LoadBalancerId: `lb-` + lowercase letters and digits. The docs give no formal
/// pattern, so another shape is only a warning.
pub(crate) fn load_balancer_id(field: TextField, lb: &str, out: &mut Vec<Problem>) {
    let shaped = lb.strip_prefix("lb-").is_some_and(|rest| {
        !rest.is_empty()
            && rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    });
    if !shaped {
        out.push(Problem::warning(
            Field::Text(field),
            Rule::LoadBalancerIdShape,
        ));
    }
}

/// VServerGroupId: `rsp-` + lowercase letters and digits. Like LoadBalancerId, the
/// docs give no formal pattern, so another shape is only a warning.
pub(crate) fn group_id(field: TextField, id: &str, out: &mut Vec<Problem>) {
    let shaped = id.strip_prefix("rsp-").is_some_and(|rest| {
        !rest.is_empty()
            && rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    });
    if !shaped {
        out.push(Problem::warning(Field::Text(field), Rule::GroupIdShape));
    }
}

/// A Boolean (IncludeListener, IncludeRule): `true` or `false`; another case is read
/// alike by the service (presumably) but signed as typed, so it is a warning.
pub(crate) fn boolean(name: &str, field: TextField, value: &str, out: &mut Vec<Problem>) {
    let at = Field::Text(field);
    if matches!(value, "true" | "false") {
        return;
    }
    if value.eq_ignore_ascii_case("true") || value.eq_ignore_ascii_case("false") {
        out.push(Problem::warning(at, Rule::BooleanCase));
    } else {
        out.push(Problem::error(
            at,
            Rule::NotABoolean,
            ApiError::new(
                400,
                "InvalidParameter",
                format!("The specified parameter {name} is not valid."),
            ),
        ));
    }
}

/// Whether `c` is a Chinese (Han) character: the CJK Unified Ideographs, their
/// extensions and the compatibility ideographs.
fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}'
        | '\u{30000}'..='\u{323AF}')
}

/// The most characters of a name or description.
const NAME_MAX: usize = 80;

/// A name-like value (VServerGroupName, a row's Description): at most 80 characters
/// (`InvalidParameterLength`) of letters (`A–Z a–z`), Chinese characters, digits,
/// `-` `/` `.` `_` (`InvalidParameter`), as the console states it. Empty is fine.
pub(crate) fn check_name(out: &mut Vec<Problem>, field: Field, value: &str) {
    if value.is_empty() {
        return;
    }
    if value.chars().nth(NAME_MAX).is_some() {
        out.push(Problem::error(
            field,
            Rule::TooLong { max: NAME_MAX },
            ApiError::new(
                400,
                "InvalidParameterLength",
                "The specified parameter length is not valid.",
            ),
        ));
    } else if let Some(found) = value
        .chars()
        .find(|&c| !(c.is_ascii_alphanumeric() || is_han(c) || matches!(c, '-' | '/' | '.' | '_')))
    {
        out.push(Problem::error(
            field,
            Rule::BadCharacters { found },
            ApiError::new(
                400,
                "InvalidParameter",
                "The specified parameter is not valid.",
            ),
        ));
    }
}

/// A Long parameter (OwnerId, ResourceOwnerId): digits that fit an `i64`.
pub(crate) fn long(name: &str, field: TextField, value: &str, out: &mut Vec<Problem>) {
    if !value.bytes().all(|b| b.is_ascii_digit()) || value.parse::<i64>().is_err() {
        out.push(Problem::error(
            Field::Text(field),
            Rule::NotALong,
            ApiError::new(
                400,
                "InvalidParameter",
                format!("The specified parameter {name} is not valid."),
            ),
        ));
    }
}

/// The custom endpoint, when chosen, must be a host: the request cannot be sent
/// otherwise (a local error, no service answers it).
pub(crate) fn endpoint(req: &Request, out: &mut Vec<Problem>) {
    if req.endpoint == EndpointKind::Custom
        && !endpoint::is_valid_host(endpoint::custom_host(&req[TextField::CustomEndpoint]))
    {
        out.push(Problem::local_error(
            Field::Text(TextField::CustomEndpoint),
            Rule::EndpointInvalid,
        ));
    }
}

/// AccessKeyId and AccessKeySecret are signed as typed: whitespace or an invisible
/// character at either end is a warning (a classic `SignatureDoesNotMatch`).
pub(crate) fn credential(field: TextField, v: &str, out: &mut Vec<Problem>) {
    if v.starts_with(is_invisible) || v.ends_with(is_invisible) {
        out.push(Problem::warning(
            Field::Text(field),
            Rule::SurroundingWhitespace,
        ));
    }
}

/// A typed Timestamp must be `YYYY-MM-DDThh:mm:ssZ` (`InvalidTimeStamp.Format`).
pub(crate) fn timestamp(field: TextField, value: &str, out: &mut Vec<Problem>) {
    if !is_valid_timestamp(value) {
        out.push(Problem::error(
            Field::Text(field),
            Rule::TimestampFormat,
            ApiError::new(
                400,
                "InvalidTimeStamp.Format",
                "Specified time stamp or date value is not well formatted.",
            ),
        ));
    }
}
