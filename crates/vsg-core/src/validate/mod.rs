//! Every rule the service applies to a CreateVServerGroup request, checked locally.
//!
//! [`validate`] walks the parameter table ([`crate::params`]) in form order: a required
//! parameter left empty is `MissingParameter`, a set one is checked by its own rules
//! (in [`text`], [`servers`] and [`tags`], each rule beside the error code and
//! message the service would answer). Then come the checks of the request as a whole
//! ([`request`]). Each [`Problem`] is tied to the [`Field`] it concerns.

use std::fmt;

use crate::form::Request;
use crate::model::{ServerField, ServerList, TextField, MAX_SERVERS, MAX_TAGS};
use crate::params::{Check, Param, Value};

pub(crate) mod request;
pub(crate) mod servers;
pub(crate) mod tags;
pub(crate) mod text;

pub use request::MAX_URL;

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
        /// The list the row is in.
        list: ServerList,
        /// 0-based row index.
        row: usize,
        /// The field in the row.
        field: ServerField,
    },
    /// The key of one tag row (0-based).
    TagKey(usize),
    /// The value of one tag row (0-based).
    TagValue(usize),
    /// A BackendServers list as a whole.
    Servers(ServerList),
    /// The tag list as a whole.
    Tags,
    /// The request as a whole (its size).
    Request,
}

/// The HTTP status, error code and message the real service would return.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status, e.g. 400.
    pub status: u16,
    /// Error code, e.g. `InvalidParameter`.
    pub code: &'static str,
    /// The service's message (English, as the service writes it).
    pub message: String,
}

impl ApiError {
    /// An error as the service answers it.
    pub fn new(status: u16, code: &'static str, message: impl Into<String>) -> ApiError {
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

impl std::error::Error for ApiError {}

/// Which rule a problem breaks, with what the message needs to say it. `Display`
/// writes the English sentence; the page translates the rule itself.
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
    /// VServerGroupId does not look like `rsp-` + lowercase letters and digits.
    GroupIdShape,
    /// A Boolean that is not `true` or `false`.
    NotABoolean,
    /// A Boolean in another case than `true` / `false` (the Python SDKs send `True`):
    /// the service presumably reads it alike, but the signature covers the case.
    BooleanCase,
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
    /// The value holds U+0000, which no command-line argument can carry: the aliyun CLI
    /// snippet cannot pass it (the request URL and the SDK snippets can).
    NulCharacter,
    /// The value holds a character XML 1.0 cannot carry (a C0 control other than tab,
    /// LF and CR, U+FFFE or U+FFFF; see [`crate::mock::is_xml_char`]), and a response
    /// echoes the value (ServerId, Type, Description, ServerIp, RegionId,
    /// LoadBalancerId).
    ///
    /// A local error, not the service's: what the service answers to such a value is
    /// not documented, and no answer that echoes it could be read anyway: as XML it is
    /// not well-formed (the C0 controls cannot be written even as character
    /// references), so every XML reader, the SDKs' included, refuses the whole body.
    /// Rather than invent an answer, the page names the character at its field and
    /// shows no response.
    NotXmlCharacter {
        /// The first such character.
        found: char,
    },
    /// The signed URL is longer than a request line can carry.
    UrlTooLong {
        /// Its length in bytes.
        length: usize,
        /// The limit ([`MAX_URL`]).
        max: usize,
    },
}

/// Whether `c` is invisible or would disturb the text around it: whitespace, controls,
/// zero-width characters, bidi marks and the noncharacters (U+FDD0–U+FDEF and the
/// last two code points of every plane, U+FFFE and U+FFFF among them), which have no
/// glyph.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FDD0}'..='\u{FDEF}')
        || (c as u32) & 0xFFFE == 0xFFFE
}

/// How a character is named in an English message: itself in quotes, "a space", or
/// `U+XXXX` when it is invisible.
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
            Rule::GroupIdShape => f.write_str(
                "Does not look like a VServer group ID (rsp- followed by lowercase letters and digits).",
            ),
            Rule::NotABoolean => f.write_str("Must be true or false."),
            Rule::BooleanCase => f.write_str(
                "Sent as typed: the Python SDKs send True and False, the others true and false; the signature covers the case.",
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
            Rule::ServerIpIgnored => f.write_str("ServerIp only applies to Type eni or eci."),
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
            Rule::TagKeyDuplicate { first } => write!(f, "Same key as tag {}.", first + 1),
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
            Rule::NulCharacter => f.write_str(
                "Holds U+0000, which no command line can carry: the aliyun CLI snippet cannot pass it.",
            ),
            Rule::NotXmlCharacter { found } => write!(
                f,
                "Holds {}, which XML 1.0 cannot carry: a response echoing this value could not be read, so none is shown.",
                ShownChar(*found)
            ),
            Rule::UrlTooLong { length, max } => write!(
                f,
                "The signed URL is {length} bytes, longer than the {max} bytes a request line may have."
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
    /// An error the service reports with `api`.
    pub(crate) fn error(field: Field, rule: Rule, api: ApiError) -> Problem {
        Problem {
            field,
            severity: Severity::Error,
            rule,
            api: Some(api),
        }
    }

    /// An error the page finds and shows no service answer for (the request cannot be
    /// sent, or no answer to it could be read).
    pub(crate) fn local_error(field: Field, rule: Rule) -> Problem {
        Problem {
            field,
            severity: Severity::Error,
            rule,
            api: None,
        }
    }

    /// A warning: the request would be accepted.
    pub(crate) fn warning(field: Field, rule: Rule) -> Problem {
        Problem {
            field,
            severity: Severity::Warning,
            rule,
            api: None,
        }
    }
}

/// `MissingParameter`, as the service words it.
fn missing(name: &str) -> ApiError {
    ApiError::new(
        400,
        "MissingParameter",
        format!(
            "The input parameter \u{201c}{name}\u{201d} that is mandatory for processing this request is not supplied."
        ),
    )
}

/// Checks every rule of the request's operation against `req`, in form order.
///
/// Linear in the size of the request, so it can run on every keystroke whatever was
/// pasted.
pub fn validate(req: &Request) -> Vec<Problem> {
    let mut out = Vec::new();
    for param in req.op.params {
        if req.is_set(param) {
            check(param, req, &mut out);
        } else if req.op.requires(param) {
            let field = match param.value {
                Value::ServersJson(list) => Field::Servers(list),
                Value::TagList => Field::Tags,
                _ => param.value.text_field().map_or(Field::Request, Field::Text),
            };
            out.push(Problem::error(field, Rule::Required, missing(param.name)));
        }
    }
    request::check(req, &mut out);
    out
}

/// Whether a parameter holding `value` can follow the rule `check` (the text rules
/// need a text; the list rules their list). The tables are checked with it.
pub fn fits(check: Check, value: Value) -> bool {
    match check {
        Check::None | Check::Endpoint => true,
        Check::Region
        | Check::LoadBalancerId
        | Check::Name
        | Check::Long
        | Check::Credential
        | Check::Timestamp => value.text_field().is_some(),
        Check::Servers => matches!(value, Value::ServersJson(_)),
        Check::GroupId | Check::Bool => value.text_field().is_some(),
        Check::Tags => value == Value::TagList,
    }
}

/// Runs the rule of one parameter that is set.
fn check(param: &Param, req: &Request, out: &mut Vec<Problem>) {
    // A text rule on a parameter without text does not fit its table: `fits` says so.
    let text = param.value.text_field().map(|f| (f, req[f].as_str()));
    match (param.check, text) {
        (Check::Region, Some((f, v))) => text::region(f, v, out),
        (Check::LoadBalancerId, Some((f, v))) => text::load_balancer_id(f, v, out),
        (Check::Name, Some((f, v))) => text::check_name(out, Field::Text(f), v),
        (Check::Long, Some((f, v))) => text::long(param.name, f, v, out),
        (Check::Credential, Some((f, v))) => text::credential(f, v, out),
        (Check::Timestamp, Some((f, v))) => text::timestamp(f, v, out),
        (Check::GroupId, Some((f, v))) => text::group_id(f, v, out),
        (Check::Bool, Some((f, v))) => text::boolean(param.name, f, v, out),
        (Check::Endpoint, _) => text::endpoint(req, out),
        (Check::Servers, _) => {
            if let Value::ServersJson(list) = param.value {
                servers::servers(req, list, out)
            }
        }
        (Check::Tags, _) => tags::tags(req, out),
        (Check::None, _)
        | (
            Check::Region
            | Check::LoadBalancerId
            | Check::Name
            | Check::Long
            | Check::Credential
            | Check::Timestamp
            | Check::GroupId
            | Check::Bool,
            None,
        ) => {}
    }
}

/// The first error the page itself finds and the service never sees, because the
/// request cannot be sent at all (an invalid custom endpoint) or no answer to it
/// could be shown (a character XML cannot carry in a value a response echoes).
pub fn first_local_error(problems: &[Problem]) -> Option<&Problem> {
    problems
        .iter()
        .find(|p| p.severity == Severity::Error && p.api.is_none())
}

/// Whether any problem is an error (a warning alone still sends).
pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}
