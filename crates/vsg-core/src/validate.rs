//! Every rule the service applies to a CreateVServerGroup request, checked locally.
//!
//! [`validate`] returns the problems in form order (required parameters first), each
//! tied to the [`Field`] it concerns and, for errors the real service would return,
//! the [`ApiError`] (HTTP status, code and message) it would answer with.

use std::fmt;

use crate::endpoint;
use crate::ids::is_valid_timestamp;
use crate::model::{
    EndpointKind, Request, ServerField, ServerRow, TextField, MAX_SERVERS, MAX_TAGS,
};
use crate::regions;

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The service would reject the request (or it cannot be sent).
    Error,
    /// The request would be accepted, but probably not as meant.
    Warning,
}

/// Which part of the form a problem belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// A scalar field.
    Text(TextField),
    /// One field of one BackendServers row (0-based row).
    Server {
        /// 0-based row index.
        row: usize,
        /// The field in the row.
        field: ServerField,
    },
    /// The key of one tag row (0-based).
    TagKey(usize),
    /// The value of one tag row (0-based).
    TagValue(usize),
    /// The BackendServers list as a whole.
    Servers,
    /// The tag list as a whole.
    Tags,
}

impl Field {
    /// The accessible name of the field's input: `RegionId`, `Port 2`, `Tag Key 1`, …
    /// (rows are 1-based). List-wide problems name the list.
    pub fn label(&self) -> String {
        match self {
            Field::Text(t) => t.name().to_string(),
            Field::Server { row, field } => format!("{} {}", field.name(), row + 1),
            Field::TagKey(row) => format!("Tag Key {}", row + 1),
            Field::TagValue(row) => format!("Tag Value {}", row + 1),
            Field::Servers => "BackendServers".into(),
            Field::Tags => "Tag".into(),
        }
    }

    /// A DOM id for the field's input, derived from [`Field::label`]: `f-Port-2`.
    pub fn dom_id(&self) -> String {
        let mut id = String::from("f-");
        for c in self.label().chars() {
            id.push(if c == ' ' { '-' } else { c });
        }
        id
    }
}

/// The HTTP status, error code and message the real service would return.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status, e.g. 400.
    pub status: u16,
    /// Error code, e.g. `InvalidParameter`.
    pub code: &'static str,
    /// The service's message.
    pub message: String,
}

impl ApiError {
    fn new(status: u16, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.status, self.code, self.message)
    }
}

/// Which rule a problem breaks, with what the message needs to say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// A required parameter is empty.
    Required,
    /// RegionId is not shaped like a region ID.
    RegionMalformed,
    /// RegionId is well shaped but not a region known to this page.
    RegionUnknown,
    /// LoadBalancerId does not look like `lb-` + lowercase letters and digits.
    LoadBalancerIdShape,
    /// Longer than allowed (in characters).
    TooLong {
        /// The most characters allowed.
        max: usize,
    },
    /// A character outside letters, digits, `-` `/` `.` `_`.
    BadCharacters {
        /// The first offending character.
        found: char,
    },
    /// More than 20 BackendServers entries.
    TooManyServers {
        /// How many there are.
        count: usize,
    },
    /// ServerId is empty.
    ServerIdMissing,
    /// ServerId does not start with the prefix its Type implies.
    ServerIdPrefix {
        /// The expected prefix, e.g. `i-`.
        expected: &'static str,
    },
    /// Port missing, not an integer, or outside 1–65535.
    PortInvalid,
    /// Weight not an integer in 0–100.
    WeightInvalid,
    /// Weight left empty: the service uses 100.
    WeightDefault,
    /// Type is not `ecs`, `eni` or `eci`.
    TypeInvalid,
    /// ServerIp is not an IPv4 or IPv6 address.
    ServerIpInvalid,
    /// ServerIp is set on an ECS entry, where it means nothing.
    ServerIpIgnored,
    /// Same (ServerId, Port, ServerIp) as an earlier row.
    DuplicateServer {
        /// 0-based index of the earlier row.
        first: usize,
    },
    /// More than 20 tags.
    TooManyTags {
        /// How many there are.
        count: usize,
    },
    /// A tag without a key.
    TagKeyMissing,
    /// A tag key or value starts with `aliyun` or `acs:`.
    TagReservedPrefix,
    /// A tag key or value contains `http://` or `https://`.
    TagContainsUrl,
    /// The same tag key as an earlier row.
    TagKeyDuplicate {
        /// 0-based index of the earlier row.
        first: usize,
    },
    /// A Long parameter with something other than digits, or too large.
    NotALong,
    /// The custom endpoint is not a host name.
    EndpointInvalid,
    /// The fixed Timestamp is not `YYYY-MM-DDThh:mm:ssZ`.
    TimestampFormat,
    /// A credential starts or ends with whitespace (usually a copy-and-paste slip, and a
    /// classic cause of `SignatureDoesNotMatch`).
    SurroundingWhitespace,
}

/// Whether `c` is invisible or would disturb the text around it: whitespace, controls,
/// zero-width characters and bidi marks.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// How a character is named in a message: itself, or `U+XXXX` when it is invisible.
struct ShownChar(char);

impl fmt::Display for ShownChar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = self.0;
        if c == ' ' {
            f.write_str("a space")
        } else if is_invisible(c) {
            write!(f, "U+{:04X}", c as u32)
        } else {
            write!(f, "\u{201c}{c}\u{201d}")
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::Required => f.write_str("Required."),
            Rule::RegionMalformed => {
                f.write_str("Not a region ID: expected a form like cn-hangzhou.")
            }
            Rule::RegionUnknown => f.write_str("Not a known SLB region (it may be a new one)."),
            Rule::LoadBalancerIdShape => f.write_str(
                "Does not look like an SLB instance ID (lb- followed by lowercase letters and digits).",
            ),
            Rule::TooLong { max } => write!(f, "At most {max} characters."),
            Rule::BadCharacters { found } => write!(
                f,
                "{} is not allowed: use letters, Chinese characters, digits, '-', '/', '.' and '_'.",
                ShownChar(*found)
            ),
            Rule::TooManyServers { count } => {
                write!(f, "{count} servers: at most {MAX_SERVERS} per request.")
            }
            Rule::ServerIdMissing => f.write_str("ServerId is required."),
            Rule::ServerIdPrefix { expected } => write!(
                f,
                "Does not look like an ID of this Type (expected {expected}…)."
            ),
            Rule::PortInvalid => f.write_str("Port must be an integer from 1 to 65535."),
            Rule::WeightInvalid => f.write_str("Weight must be an integer from 0 to 100."),
            Rule::WeightDefault => f.write_str("Empty: the service uses weight 100."),
            Rule::TypeInvalid => f.write_str("Type must be ecs, eni or eci."),
            Rule::ServerIpInvalid => f.write_str("Not an IPv4 or IPv6 address."),
            Rule::ServerIpIgnored => {
                f.write_str("ServerIp only applies to Type eni or eci.")
            }
            Rule::DuplicateServer { first } => write!(
                f,
                "Same ServerId, Port and ServerIp as row {}.",
                first + 1
            ),
            Rule::TooManyTags { count } => {
                write!(f, "{count} tags: at most {MAX_TAGS} per request.")
            }
            Rule::TagKeyMissing => f.write_str("A tag needs a key."),
            Rule::TagReservedPrefix => f.write_str("Must not start with aliyun or acs:."),
            Rule::TagContainsUrl => f.write_str("Must not contain http:// or https://."),
            Rule::TagKeyDuplicate { first } => {
                write!(f, "Same key as tag {}.", first + 1)
            }
            Rule::NotALong => f.write_str("Digits only (a 64-bit integer)."),
            Rule::EndpointInvalid => {
                f.write_str("Not a host name (for example slb.example.com or 127.0.0.1:8080).")
            }
            Rule::TimestampFormat => {
                f.write_str("Must be UTC in the form YYYY-MM-DDThh:mm:ssZ, or empty to generate.")
            }
            Rule::SurroundingWhitespace => f.write_str(
                "Starts or ends with whitespace, which is signed as typed: check the copy-and-paste.",
            ),
        }
    }
}

/// One thing wrong with a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where it is.
    pub field: Field,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub rule: Rule,
    /// What the service would answer, for errors it checks.
    pub api: Option<ApiError>,
}

impl Problem {
    fn error(field: Field, rule: Rule, api: ApiError) -> Problem {
        Problem {
            field,
            severity: Severity::Error,
            rule,
            api: Some(api),
        }
    }

    fn local_error(field: Field, rule: Rule) -> Problem {
        Problem {
            field,
            severity: Severity::Error,
            rule,
            api: None,
        }
    }

    fn warning(field: Field, rule: Rule) -> Problem {
        Problem {
            field,
            severity: Severity::Warning,
            rule,
            api: None,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field.label(), self.rule)
    }
}

fn missing(name: &str) -> ApiError {
    ApiError::new(
        400,
        "MissingParameter",
        format!(
            "The input parameter \u{201c}{name}\u{201d} that is mandatory for processing this request is not supplied."
        ),
    )
}

fn invalid_servers() -> ApiError {
    ApiError::new(
        400,
        "InvalidParameter",
        "The specified BackendServers is invalid.",
    )
}

fn param_length() -> ApiError {
    ApiError::new(
        400,
        "InvalidParameterLength",
        "The specified parameter length is not valid.",
    )
}

fn param_invalid() -> ApiError {
    ApiError::new(
        400,
        "InvalidParameter",
        "The specified parameter is not valid.",
    )
}

/// How many earlier rows a row is compared with when looking for duplicates. Lists
/// longer than 20 are already rejected for their length; the bound keeps the
/// pairwise comparison cheap whatever was pasted.
const DUPLICATE_SCAN: usize = 1000;

/// The earlier row with the same (ServerId, Port, ServerIp) as `servers[row]`, if any.
/// Rows with an empty ServerId or an invalid Port have their own error and never count.
fn first_duplicate_server(servers: &[ServerRow], row: usize) -> Option<usize> {
    fn key(s: &ServerRow) -> Option<(u32, &str, &str)> {
        let port = parse_small_int(&s.port)?;
        (!s.server_id.trim().is_empty()).then_some((port, &s.server_id, &s.server_ip))
    }
    let this = key(&servers[row])?;
    servers[..row.min(DUPLICATE_SCAN)]
        .iter()
        .position(|s| key(s) == Some(this))
}

/// Parses a non-negative decimal integer of at most 9 digits ("080" is 80).
pub fn parse_small_int(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
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

/// The alphabet of VServerGroupName and Description, as the console states it: letters
/// (`A–Z a–z`), Chinese characters, digits, `-` `/` `.` `_`. Returns the first
/// character outside it.
fn first_bad_char(s: &str) -> Option<char> {
    s.chars()
        .find(|&c| !(c.is_ascii_alphanumeric() || is_han(c) || matches!(c, '-' | '/' | '.' | '_')))
}

/// Checks a name-like field (1–80 characters of the allowed alphabet); empty is fine.
fn check_name(out: &mut Vec<Problem>, field: Field, value: &str) {
    if value.is_empty() {
        return;
    }
    if value.chars().count() > 80 {
        out.push(Problem::error(
            field,
            Rule::TooLong { max: 80 },
            param_length(),
        ));
    } else if let Some(found) = first_bad_char(value) {
        out.push(Problem::error(
            field,
            Rule::BadCharacters { found },
            param_invalid(),
        ));
    }
}

/// The prefix a ServerId should have for a Type (empty Type = ecs).
fn expected_prefix(server_type: &str) -> Option<&'static str> {
    match server_type {
        "" | "ecs" => Some("i-"),
        "eni" => Some("eni-"),
        "eci" => Some("eci-"),
        _ => None,
    }
}

fn check_server(out: &mut Vec<Problem>, row: usize, s: &ServerRow) {
    let at = |field| Field::Server { row, field };
    if s.server_id.trim().is_empty() {
        out.push(Problem::error(
            at(ServerField::ServerId),
            Rule::ServerIdMissing,
            invalid_servers(),
        ));
    } else if let Some(expected) = expected_prefix(&s.server_type) {
        if !s.server_id.starts_with(expected) {
            out.push(Problem::warning(
                at(ServerField::ServerId),
                Rule::ServerIdPrefix { expected },
            ));
        }
    }
    if parse_small_int(&s.port).is_none_or(|p| !(1..=65535).contains(&p)) {
        out.push(Problem::error(
            at(ServerField::Port),
            Rule::PortInvalid,
            ApiError::new(
                400,
                "InvalidParameter",
                "The specified BackendServers is invalid, as the Port value should be in [1, 65535].",
            ),
        ));
    }
    if s.weight.is_empty() {
        out.push(Problem::warning(
            at(ServerField::Weight),
            Rule::WeightDefault,
        ));
    } else if parse_small_int(&s.weight).is_none_or(|w| w > 100) {
        out.push(Problem::error(
            at(ServerField::Weight),
            Rule::WeightInvalid,
            ApiError::new(
                400,
                "InvalidWeight.Malformed",
                "A specified weight is not valid.",
            ),
        ));
    }
    if expected_prefix(&s.server_type).is_none() {
        out.push(Problem::error(
            at(ServerField::Type),
            Rule::TypeInvalid,
            ApiError::new(
                400,
                "BackendServer.InvalidType",
                "The specified Type is invalid.",
            ),
        ));
    }
    if !s.server_ip.is_empty() {
        if !crate::ip::is_ip(&s.server_ip) {
            out.push(Problem::error(
                at(ServerField::ServerIp),
                Rule::ServerIpInvalid,
                invalid_servers(),
            ));
        } else if matches!(s.server_type.as_str(), "" | "ecs") {
            out.push(Problem::warning(
                at(ServerField::ServerIp),
                Rule::ServerIpIgnored,
            ));
        }
    }
    check_name(out, at(ServerField::Description), &s.description);
}

/// Whether lowercased text contains `http://` or `https://`.
fn has_url(lower: &str) -> bool {
    let b = lower.as_bytes();
    b.windows(7).any(|w| w == b"http://") || b.windows(8).any(|w| w == b"https://")
}

fn check_tag_text(
    out: &mut Vec<Problem>,
    field: Field,
    value: &str,
    max: usize,
    code: &'static str,
) {
    let api = |what: &str| ApiError::new(400, code, format!("The specified tag {what}."));
    let lower = value.to_ascii_lowercase();
    if value.chars().count() > max {
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

fn check_long(out: &mut Vec<Problem>, field: TextField, value: &str) {
    if !value.is_empty()
        && (!value.bytes().all(|b| b.is_ascii_digit()) || value.parse::<i64>().is_err())
    {
        out.push(Problem::error(
            Field::Text(field),
            Rule::NotALong,
            ApiError::new(
                400,
                "InvalidParameter",
                format!("The specified parameter {} is not valid.", field.name()),
            ),
        ));
    }
}

/// Checks every rule of the API against `req`, in form order.
///
/// Linear in the size of the request, so it can run on every keystroke whatever was
/// pasted.
pub fn validate(req: &Request) -> Vec<Problem> {
    let mut out = Vec::new();

    let region = req.region_id.as_str();
    if region.is_empty() {
        out.push(Problem::error(
            Field::Text(TextField::RegionId),
            Rule::Required,
            missing("RegionId"),
        ));
    } else if !regions::is_well_formed(region) {
        out.push(Problem::error(
            Field::Text(TextField::RegionId),
            Rule::RegionMalformed,
            ApiError::new(
                404,
                "InvalidRegionId.NotFound",
                "The specified RegionId does not exist.",
            ),
        ));
    } else if regions::find(region).is_none() {
        out.push(Problem::warning(
            Field::Text(TextField::RegionId),
            Rule::RegionUnknown,
        ));
    }

    let lb = req.load_balancer_id.as_str();
    if lb.is_empty() {
        out.push(Problem::error(
            Field::Text(TextField::LoadBalancerId),
            Rule::Required,
            missing("LoadBalancerId"),
        ));
    } else if !lb.strip_prefix("lb-").is_some_and(|rest| {
        !rest.is_empty()
            && rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    }) {
        out.push(Problem::warning(
            Field::Text(TextField::LoadBalancerId),
            Rule::LoadBalancerIdShape,
        ));
    }

    check_name(
        &mut out,
        Field::Text(TextField::VServerGroupName),
        &req.vserver_group_name,
    );

    if req.servers.len() > MAX_SERVERS {
        out.push(Problem::error(
            Field::Servers,
            Rule::TooManyServers {
                count: req.servers.len(),
            },
            ApiError::new(
                400,
                "TooManyBackendServers",
                format!("The total number of input real servers exceeds max supported number: {MAX_SERVERS}"),
            ),
        ));
    }
    for (row, s) in req.servers.iter().enumerate() {
        check_server(&mut out, row, s);
        if let Some(first) = first_duplicate_server(&req.servers, row) {
            out.push(Problem::error(
                Field::Server {
                    row,
                    field: ServerField::ServerId,
                },
                Rule::DuplicateServer { first },
                invalid_servers(),
            ));
        }
    }

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
            check_tag_text(
                &mut out,
                Field::TagKey(row),
                &tag.key,
                64,
                "InvalidParam.TagKey",
            );
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
        check_tag_text(
            &mut out,
            Field::TagValue(row),
            &tag.value,
            128,
            "InvalidParam.TagValue",
        );
    }

    check_long(&mut out, TextField::OwnerId, &req.owner_id);
    check_long(&mut out, TextField::ResourceOwnerId, &req.resource_owner_id);

    if req.endpoint == EndpointKind::Custom
        && !endpoint::is_valid_host(endpoint::custom_host(&req.custom_endpoint))
    {
        out.push(Problem::local_error(
            Field::Text(TextField::CustomEndpoint),
            Rule::EndpointInvalid,
        ));
    }

    for field in [TextField::AccessKeyId, TextField::AccessKeySecret] {
        let v = req.text(field);
        if v.starts_with(is_invisible) || v.ends_with(is_invisible) {
            out.push(Problem::warning(
                Field::Text(field),
                Rule::SurroundingWhitespace,
            ));
        }
    }

    if !req.timestamp.is_empty() && !is_valid_timestamp(&req.timestamp) {
        out.push(Problem::error(
            Field::Text(TextField::Timestamp),
            Rule::TimestampFormat,
            ApiError::new(
                400,
                "InvalidTimeStamp.Format",
                "Specified time stamp or date value is not well formatted.",
            ),
        ));
    }
    out
}

/// The first error the page itself finds and the service never sees, because the
/// request cannot be sent at all (an invalid custom endpoint).
pub fn first_local_error(problems: &[Problem]) -> Option<&Problem> {
    problems
        .iter()
        .find(|p| p.severity == Severity::Error && p.api.is_none())
}

/// Whether any problem is an error (a warning alone still sends).
pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}
