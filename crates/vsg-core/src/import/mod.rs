//! Import: fill the form from a pasted request URL, HTTP request, `curl` command or
//! `aliyun slb CreateVServerGroup …` command line.
//!
//! Rules, in short:
//!
//! - **What resets.** The result starts from [`Request::default`]: a field the text
//!   does not mention is empty / default afterwards (GET, JSON, public endpoint, no
//!   rows, no tags, empty nonce and timestamp). Only the AccessKeySecret comes from the
//!   `base` request: it is never taken from imported text (a secret found there is
//!   listed as unmapped, its value hidden).
//! - **Parameters** are mapped through the operation's table ([`crate::params`]):
//!   every query parameter of the table, `Tag.N.Key` / `Tag.N.Value`, and the common
//!   ones (Format, AccessKeyId, SignatureNonce, Timestamp).
//! - **`+`.** In a URL's query string `+` stays a plus sign (Alibaba Cloud encodes a
//!   space as `%20`); only in a POST form body (or `curl -d` data) is `+` a space.
//! - **`AccessKeyId=testid`** is the documented example the playground sends when the
//!   field is empty, so it is imported as an empty field (with a note).
//! - **Host → endpoint.** The host is the public endpoint if it equals, byte for byte,
//!   the one the playground derives from the imported RegionId (over https), the VPC
//!   endpoint likewise, and a custom endpoint otherwise, in the case it was written
//!   in — with its `http://` when the URL had one — so that signing the imported form
//!   gives back the URL that was pasted.
//! - **BackendServers** is read with [`parse_backend_servers`]; what it normalised
//!   becomes notes. If it cannot be read, the whole import fails with the position of
//!   the bad character inside the pasted text, so the form (and its rows) stays as it
//!   was.
//! - `Version`, `SignatureMethod`, `SignatureVersion` and `Signature` are recognised
//!   and recomputed (notes; a `Signature` is kept to be verified, see
//!   [`Imported::verify`]); unknown parameters, repeated ones (all but the last),
//!   options of `aliyun` or `curl` that do not change the request, and anything else
//!   that could not be mapped are listed in [`Imported::unmapped`].
//! - A wrong `Action`, product or API is an error, as is a quote that is never closed.
//!
//! The readers, along their seams: [`shell`] words, [`url`] queries and HTTP requests,
//! [`curl`] and [`cli`] command lines, over [`text`] that remembers where each byte
//! came from; [`builder`] maps what they read onto the form. Every error is a
//! [`Located`] [`ImportErrorKind`].

use std::fmt;

use crate::backend;
use crate::form::Request;
use crate::located::Located;
use crate::model::Method;
use crate::params::Operation;
use crate::sign::sign_params;

mod builder;
mod cli;
mod curl;
mod shell;
pub(crate) mod text;
mod url;

pub use shell::split_shell_words;

use builder::Builder;
use text::{Fail, Mapped};

/// The form filled from imported text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The request read from the text (the secret comes from `base`).
    pub request: Request,
    /// Everything in the text that could not be mapped onto the form.
    pub unmapped: Vec<Unmapped>,
    /// What was normalised or recomputed on the way.
    pub notes: Vec<Note>,
    /// The signature the text carried, with what it signed, if it had one.
    pub signed: Option<Signed>,
}

/// A signature found in imported text, and the request it was computed over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signed {
    /// The method that was signed.
    pub method: Method,
    /// Every parameter of the text but `Signature`, as it was (unmapped ones too).
    pub params: Vec<(String, String)>,
    /// The `Signature` value.
    pub signature: String,
}

impl Imported {
    /// Checks the signature the text carried against `secret`: `Some(true)` when it
    /// is what signature v1 gives over exactly the pasted parameters, `Some(false)` when
    /// not, `None` when the text was not signed.
    pub fn verify(&self, secret: &str) -> Option<bool> {
        let s = self.signed.as_ref()?;
        let (_, _, signature) = sign_params(s.method, secret, &s.params);
        Some(signature == s.signature)
    }
}

/// A parameter or option of the imported text that is not in the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmapped {
    /// The parameter or option as written (`Foo`, `--profile`, `-o`).
    pub name: String,
    /// Its value (`(hidden)` for secrets).
    pub value: String,
    /// Why it was not mapped.
    pub reason: Reason,
}

/// Why something of the imported text was not mapped onto the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Not a parameter of the operation.
    NotAParameter,
    /// A parameter's name in the wrong case (names are case-sensitive).
    WrongCase,
    /// Given again; the last value was kept.
    Repeated,
    /// The AccessKeySecret is never imported.
    Secret,
    /// STS tokens are not supported.
    StsToken,
    /// A tag number outside 1–1000.
    TagNumber,
    /// A method other than GET or POST.
    Method,
    /// A Format other than JSON or XML.
    Format,
    /// User info (`user:pass@`) in a URL.
    UserInfo,
    /// A path other than `/`.
    Path,
    /// A URL fragment.
    Fragment,
    /// A curl option that does not change the request.
    CurlOption,
    /// A curl option that reads a file.
    CurlFile,
    /// `--data-urlencode` without `name=value`.
    CurlUrlencode,
    /// A word of the curl command after its URL.
    CurlExtraWord,
    /// An option of the aliyun CLI that does not change the request.
    CliOption,
    /// A word of the aliyun command that is not an option.
    CliExtraWord,
    /// `--region` when `--RegionId` is given too.
    RegionTwice,
    /// An HTTP header the request does not need (the page sends none but Host).
    Header,
    /// A V3 `Authorization` header that is not `ACS3-HMAC-SHA256 Credential=…`.
    Authorization,
}

impl Reason {
    /// The reason in English.
    pub fn message(self) -> &'static str {
        match self {
            Reason::NotAParameter => "not a parameter of this operation",
            Reason::WrongCase => "parameter names are case-sensitive",
            Reason::Repeated => "repeated; the last value was kept",
            Reason::Secret => "the AccessKeySecret is never imported; type it in the form",
            Reason::StsToken => "STS tokens are not supported by the playground",
            Reason::TagNumber => "a tag number must be 1 to 1000",
            Reason::Method => "the method must be GET or POST",
            Reason::Format => "Format must be JSON or XML",
            Reason::UserInfo => "credentials in a URL are not used",
            Reason::Path => "RPC requests are sent to /",
            Reason::Fragment => "a URL fragment is not sent",
            Reason::CurlOption => "a curl option that does not change the request",
            Reason::CurlFile => "curl would read this from a file",
            Reason::CurlUrlencode => "only --data-urlencode name=value is read",
            Reason::CurlExtraWord => "an extra word of the curl command",
            Reason::CliOption => "an aliyun CLI option that does not change the request",
            Reason::CliExtraWord => "an extra word that is not an option",
            Reason::RegionTwice => "--RegionId was given too; it was kept",
            Reason::Header => "a header the request does not use",
            Reason::Authorization => "not an ACS3-HMAC-SHA256 Authorization header",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

/// Something the import normalised or recomputed. Values are the text as written
/// (at most 40 characters of it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// `$` and backticks were kept as typed: nothing is expanded.
    NotExpanded,
    /// More notes than are listed.
    MoreNotes,
    /// `Format` in another case was read as JSON / XML.
    FormatCase {
        /// As written.
        from: String,
        /// As read.
        to: &'static str,
    },
    /// A fixed parameter had another value and was replaced.
    Replaced {
        /// `Version`, `SignatureMethod` or `SignatureVersion`.
        name: &'static str,
        /// As written.
        from: String,
        /// The value the playground sends.
        to: &'static str,
    },
    /// The Signature was not imported: the page signs again.
    SignatureRecomputed,
    /// `+` in a query stays a plus sign.
    PlusKept,
    /// What reading BackendServers normalised.
    BackendServers(backend::Note),
    /// `Tag.N` has a Value but no Key.
    TagWithoutKey(usize),
    /// Tag numbers had gaps and were renumbered.
    TagsRenumbered,
    /// `--region` was read as RegionId.
    RegionFlag(String),
    /// The URL named no host: the public endpoint is used.
    NoHost,
    /// An `slb…aliyuncs.com` host that is not the region's endpoint: kept as custom.
    OtherSlbHost {
        /// The host.
        host: String,
        /// The RegionId.
        region: String,
    },
    /// `AccessKeyId=testid`, the documented example, is shown as an empty field.
    ExampleKeyId,
    /// Accept, Content-Type, User-Agent and the like were not used: they describe how
    /// the request travels, which the page decides.
    TransportHeaders,
    /// A V3 request's headers were read (x-acs-date as Timestamp, x-acs-signature-nonce
    /// as SignatureNonce, the Authorization credential as AccessKeyId); its signature is
    /// not checked: the page signs again.
    V3Headers,
    /// A form body was given, so the method is POST.
    BodyMeansPost,
    /// `--Name` with no value was read as empty.
    FlagWithoutValue(String),
    /// The API name in another case was read as the operation's.
    ApiCase {
        /// As written.
        from: String,
        /// The operation's `Action`.
        to: &'static str,
    },
    /// `--endpoint` with a scheme or path: only the host was kept.
    EndpointFlag {
        /// As written.
        from: String,
        /// The host read.
        to: String,
    },
}

/// At most 40 characters of `s`, for messages.
pub(crate) fn short(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Note::NotExpanded => {
                f.write_str("$ and ` were kept as typed: variables and commands are not expanded")
            }
            Note::MoreNotes => f.write_str("further notes were left out"),
            Note::FormatCase { from, to } => write!(f, "Format {from} was read as {to}"),
            Note::Replaced { name, from, to } => write!(f, "{name} {from} was replaced by {to}"),
            Note::SignatureRecomputed => {
                f.write_str("Signature was not imported: the playground signs the request again")
            }
            Note::PlusKept => f.write_str(
                "+ in the query was kept as a plus sign (a space is %20 there; only a form body uses + for a space)",
            ),
            Note::BackendServers(n) => write!(f, "BackendServers: {n}"),
            Note::TagWithoutKey(n) => write!(f, "Tag.{n} has a Value but no Key"),
            Note::TagsRenumbered => {
                f.write_str("tag numbers had gaps; the tags were renumbered 1, 2, 3, …")
            }
            Note::RegionFlag(r) => write!(f, "--region {r} was read as RegionId"),
            Note::NoHost => f.write_str("the URL has no host; the public endpoint is used"),
            Note::OtherSlbHost { host, region } => write!(
                f,
                "{host} is not the playground's endpoint for RegionId {region}; it was kept as a custom endpoint"
            ),
            Note::ExampleKeyId => f.write_str(
                "AccessKeyId testid is the documented example, shown as an empty field",
            ),
            Note::TransportHeaders => f.write_str(
                "Accept, Content-Type, User-Agent and similar headers were not used: the page \
                 decides how the request travels",
            ),
            Note::V3Headers => f.write_str(
                "V3 headers were read: x-acs-date as Timestamp, x-acs-signature-nonce as \
                 SignatureNonce, the Authorization credential as AccessKeyId; the V3 signature \
                 is not checked (the page signs again)",
            ),
            Note::BodyMeansPost => f.write_str("a form body was given, so the method is POST"),
            Note::FlagWithoutValue(n) => write!(f, "--{n} has no value; it was read as empty"),
            Note::ApiCase { from, to } => write!(f, "{from} was read as {to}"),
            Note::EndpointFlag { from, to } => {
                write!(f, "--endpoint {from} was read as the host {to}")
            }
        }
    }
}

/// Why imported text (or a permalink) could not be read, and where.
pub type ImportError = Located<ImportErrorKind>;

/// What was wrong with imported text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportErrorKind {
    /// Nothing but white space.
    Empty,
    /// A quote (`'`, `"` or `$'`) is never closed.
    Unclosed(&'static str),
    /// An unquoted shell operator (`|`, `;`, `&`, `<`, `>`, `(`, `)`).
    ShellOperator(char),
    /// A `$'\u…'` escape that names no Unicode character.
    BadEscape,
    /// Percent-decoded (or escaped) bytes that are not UTF-8 text.
    NotUtf8,
    /// The command is not an `aliyun` command.
    NotAliyun(String),
    /// The `aliyun` command names no product.
    MissingProduct,
    /// The `aliyun` command is for another product.
    WrongProduct(String),
    /// The `aliyun` command names no API.
    MissingApi,
    /// The `aliyun` command calls an API this page does not know.
    WrongApi(String),
    /// A `curl` command without a URL.
    MissingUrl,
    /// BackendServers could not be read.
    BackendServers(backend::ParseErrorKind),
    /// A permalink that does not start with a version marker.
    NotPermalink,
    /// A permalink of a version this page cannot read.
    UnknownVersion(String),
    /// A permalink field this version does not have.
    UnknownKey(String),
    /// A permalink field appears twice.
    RepeatedKey(String),
    /// An `Action` (or a permalink's operation) that is not an operation this page
    /// knows.
    UnknownOperation(String),
    /// A permalink field with a value it cannot take.
    BadValue {
        /// The field.
        key: String,
        /// The value found.
        value: String,
    },
}

impl fmt::Display for ImportErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ImportErrorKind as K;
        match self {
            K::Empty => f.write_str("there is nothing to import"),
            K::Unclosed(q) => write!(f, "the quote {q} opened here is never closed"),
            K::ShellOperator(c) => write!(
                f,
                "\u{201c}{c}\u{201d} is a shell operator: quote it, or paste a single command"
            ),
            K::BadEscape => f.write_str("this escape names no Unicode character"),
            K::NotUtf8 => f.write_str("the decoded bytes are not UTF-8 text"),
            K::NotAliyun(w) => write!(
                f,
                "expected an aliyun command, found \u{201c}{}\u{201d}",
                short(w)
            ),
            K::MissingProduct => f.write_str("the command names no product (expected slb)"),
            K::WrongProduct(p) => write!(
                f,
                "this is a command for product \u{201c}{}\u{201d}, not slb",
                short(p)
            ),
            K::MissingApi => f.write_str("the command names no API (such as CreateVServerGroup)"),
            K::WrongApi(a) => write!(
                f,
                "this calls {}, which is not an operation this playground knows",
                short(a)
            ),
            K::MissingUrl => f.write_str("the curl command has no URL"),
            K::BackendServers(k) => write!(f, "BackendServers: {k}"),
            K::NotPermalink => f.write_str("not a permalink: it must start with v1"),
            K::UnknownVersion(v) => write!(
                f,
                "permalink version {} is not supported (this page reads v1)",
                short(v)
            ),
            K::UnknownKey(k) => write!(f, "\u{201c}{}\u{201d} is not a permalink field", short(k)),
            K::RepeatedKey(k) => write!(f, "the permalink field {k} appears twice"),
            K::UnknownOperation(a) => {
                write!(f, "{} is not an operation this playground knows", short(a))
            }
            K::BadValue { key, value } => write!(
                f,
                "\u{201c}{}\u{201d} is not a valid value for {key}",
                short(value)
            ),
        }
    }
}

/// The first word of `text`, skipping blank lines, `#` comment lines and a `$ ` prompt.
fn first_word(text: &str) -> &str {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    let mut words = line.split_whitespace();
    match words.next() {
        Some("$") => words.next().unwrap_or(""),
        w => w.unwrap_or(""),
    }
}

/// Runs a reader over `text` and places its error.
fn run(
    text: &str,
    base: &Request,
    catalog: &'static [&'static Operation],
    read: impl FnOnce(&mut Builder) -> Result<(), Fail>,
) -> Result<Imported, ImportError> {
    let mut b = Builder::new(base, catalog);
    read(&mut b)
        .and_then(|()| b.finish())
        .map_err(|(at, kind)| Located::at(text, at, kind))
}

/// Imports a request URL: `https://host/?query`, `http://…`, `?query` or a bare query,
/// optionally after `GET ` / `POST `; an HTTP request (`POST /?… HTTP/1.1`, headers
/// such as `Host:`, a blank line, a form body); `POST https://host/` with a form body
/// on the following lines; or `curl [-X POST] [-d body] 'url'`.
///
/// ```
/// use vsg_core::TextField;
/// let r = vsg_core::import::import_url(
///     "https://slb.aliyuncs.com/?Action=CreateVServerGroup&RegionId=cn-hangzhou&LoadBalancerId=lb-1",
///     &vsg_core::Request::default(),
///     vsg_core::FAMILY,
/// ).unwrap();
/// assert_eq!(r.request[TextField::LoadBalancerId], "lb-1");
/// ```
pub fn import_url(
    text: &str,
    base: &Request,
    catalog: &'static [&'static Operation],
) -> Result<Imported, ImportError> {
    run(text, base, catalog, |b| {
        if text.trim().is_empty() {
            return Err((0, ImportErrorKind::Empty));
        }
        if first_word(text) == "curl" {
            let words = shell::words(text, b)?;
            let skip = usize::from(words.first().is_some_and(|w| w.text == "$"));
            curl::read(words.get(skip..).unwrap_or_default(), b, text.len())
        } else {
            url::http(&Mapped::raw(text).trim(), b)
        }
    })
}

/// Imports an `aliyun slb CreateVServerGroup --Name value …` command line (see
/// [`cli`] for the options it maps).
///
/// ```
/// let r = vsg_core::import::import_cli(
///     "aliyun slb CreateVServerGroup --RegionId cn-hangzhou --Tag.1.Key=env",
///     &vsg_core::Request::default(),
///     vsg_core::FAMILY,
/// ).unwrap();
/// assert_eq!(r.request.tags[0].key, "env");
/// ```
pub fn import_cli(
    text: &str,
    base: &Request,
    catalog: &'static [&'static Operation],
) -> Result<Imported, ImportError> {
    run(text, base, catalog, |b| cli::read(text, b))
}

/// Imports either an `aliyun …` command line (when the first word, after blank lines,
/// `#` comment lines and an optional `$` prompt, is `aliyun`) or anything
/// [`import_url`] reads (a `curl` command is recognised the same way).
pub fn import_any(
    text: &str,
    base: &Request,
    catalog: &'static [&'static Operation],
) -> Result<Imported, ImportError> {
    let first = first_word(text);
    let program = first.rsplit(['/', '\\']).next().unwrap_or("");
    if program == "aliyun" || program == "aliyun.exe" {
        import_cli(text, base, catalog)
    } else {
        import_url(text, base, catalog)
    }
}
