//! Every word the page says, in English and Simplified Chinese.
//!
//! [`Tr`] holds the fixed texts of one language ([`EN`], [`ZH`]); the functions of
//! [`Lang`] word what depends on data. Messages the core gives as types (rules,
//! import notes, parse errors) are worded by their `Display` in English and by
//! [`zh`] in Chinese. API names — parameters, error codes, `Type` values — stay as
//! they are in both, and the mock error responses keep the service's own English.

use vsg_core::backend::ParseErrorKind;
use vsg_core::iac::IacNote;
use vsg_core::import::{ImportErrorKind, Note as ImportNote, Reason};
use vsg_core::mock::RuntimeError;
use vsg_core::regions::Region;
use vsg_core::request::{EXAMPLE_ACCESS_KEY_ID, EXAMPLE_ACCESS_KEY_SECRET};
use vsg_core::{EndpointKind, Located, Note, Rule, TextField};

mod zh;

pub use zh::ZH;

/// A language of the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese, as the SLB console words it.
    Zh,
}

/// Punctuation and marks the views put between their parts (the same in both
/// languages).
pub mod marks {
    /// Between a thing and what it is: `cn-hangzhou · China (Hangzhou)`.
    pub const DOT: &str = " · ";
    /// Between a name and its value.
    pub const EQUALS: &str = " = ";
    /// Before why.
    pub const DASH: &str = " — ";
    /// After a field's name.
    pub const COLON: &str = ": ";
    /// After a step's number.
    pub const STEP: &str = ". ";
    /// Between notes.
    pub const SEMICOLON: &str = "; ";
    /// Between the items of a list of numbers.
    pub const COMMA: &str = ", ";
    /// After a required parameter's name.
    pub const REQUIRED: &str = "*";
    /// The heading of the row numbers.
    pub const ROW_NUMBER: &str = "#";
    /// What is still to come.
    pub const ELLIPSIS: &str = "…";
}

/// The status line of a response: `HTTP 400 Bad Request`.
pub fn status_line(status: u16) -> String {
    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        449 => "Retry With",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "",
    };
    format!("HTTP {status} {reason}")
}

/// A service error as the summary names it: `HTTP 400 · InvalidParameter`.
pub fn api_error(status: u16, code: &str) -> String {
    format!("HTTP {status}{}{code}", marks::DOT)
}

/// A service error as a field's message names it: `400 InvalidParameter`.
pub fn status_code(status: u16, code: &str) -> String {
    format!("{status} {code}")
}

/// A name of the New list's controls, with the list: `Remove server 1 (NewBackendServers)`.
pub fn in_list(text: &str, list: &str) -> String {
    format!("{text} ({list})")
}

/// A request sent to the sandbox: `#3 AddVServerGroupBackendServers · HTTP 200 OK`.
pub fn sent_line(number: u64, action: &str, status: u16) -> String {
    format!("#{number} {action}{}{}", marks::DOT, status_line(status))
}

/// A member as the sandbox's tables list it: `vm-233:80 (100)` (ServerId, Port, Weight).
pub fn member(server_id: &str, port: &str, weight: &str) -> String {
    format!("{server_id}:{port} ({weight})")
}

/// A runtime error in the simulate menu: `Throttling · HTTP 400`.
pub fn runtime_error(e: &RuntimeError) -> String {
    format!("{}{}HTTP {}", e.code, marks::DOT, e.status)
}

/// The V3 `Authorization` header as a line, as the walkthrough shows and copies it.
pub fn authorization_line(value: &str) -> String {
    format!("Authorization: {value}")
}

impl Lang {
    /// Both languages, in the order the switch offers them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The language's name in itself, as the switch offers it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "简体中文",
        }
    }

    /// A region's name.
    pub fn region_name(self, region: &Region) -> &'static str {
        match self {
            Lang::En => region.name_en,
            Lang::Zh => region.name_zh,
        }
    }

    /// What an empty text field shows: an example value, or that it is generated.
    pub fn placeholder(self, field: TextField) -> Option<&'static str> {
        Some(match field {
            TextField::LoadBalancerId => "lb-…",
            TextField::VServerGroupName => "Group1",
            TextField::CustomEndpoint => "slb.example.com",
            TextField::AccessKeyId => EXAMPLE_ACCESS_KEY_ID,
            TextField::AccessKeySecret => EXAMPLE_ACCESS_KEY_SECRET,
            TextField::SignatureNonce | TextField::Timestamp => self.tr().generated,
            _ => return None,
        })
    }

    /// An endpoint choice.
    pub fn endpoint_kind(self, kind: EndpointKind) -> &'static str {
        let t = self.tr();
        match kind {
            EndpointKind::Public => t.endpoint_public,
            EndpointKind::Vpc => t.endpoint_vpc,
            EndpointKind::Custom => t.endpoint_custom,
        }
    }

    /// The note under a URL signed with the documented example key: which of the pair
    /// it used.
    pub fn example_note(self, key_id: bool, secret: bool) -> String {
        let t = self.tr();
        // The names and the example values, as the API's documentation writes them
        // (`EXAMPLE_ACCESS_KEY_ID`, `EXAMPLE_ACCESS_KEY_SECRET`).
        let which = match (key_id, secret) {
            (true, true) => t.example_both,
            (true, false) => "AccessKeyId testid",
            _ => "AccessKeySecret testsecret",
        };
        t.example_note.replace("{which}", which)
    }

    /// The HMAC key shown in the v1 walkthrough: the example secret's
    /// (`EXAMPLE_ACCESS_KEY_SECRET` and `&`), or the typed one masked.
    pub fn hmac_key(self, example_secret: bool) -> &'static str {
        if example_secret {
            "testsecret&"
        } else {
            self.tr().secret_masked
        }
    }

    /// The BCP 47 tag (`en`, `zh-CN`): the `lang` attribute and the embed option.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    /// The language a tag (`zh`, `zh-CN`, `zh-Hans-CN`, `en-US`, …) asks for, if any.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("zh") {
            Some(Lang::Zh)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The fixed texts.
    pub fn tr(self) -> &'static Tr {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }

    /// A rule broken, as a sentence.
    pub fn rule(self, rule: &Rule) -> String {
        match self {
            Lang::En => rule.to_string(),
            Lang::Zh => zh::rule(rule),
        }
    }

    /// What reading BackendServers normalised.
    pub fn note(self, note: &Note) -> String {
        match self {
            Lang::En => note.to_string(),
            Lang::Zh => zh::note(note),
        }
    }

    /// Why BackendServers could not be read, with its place.
    pub fn parse_error(self, e: &Located<ParseErrorKind>) -> String {
        match self {
            Lang::En => e.to_string(),
            Lang::Zh => zh::at(e.line, e.column, &zh::parse_error(&e.kind)),
        }
    }

    /// What a Terraform or ROS snippet cannot say as the request does.
    pub fn iac_note(self, note: &IacNote) -> String {
        match self {
            Lang::En => note.to_string(),
            Lang::Zh => zh::iac_note(note),
        }
    }

    /// What an import normalised.
    pub fn import_note(self, note: &ImportNote) -> String {
        match self {
            Lang::En => note.to_string(),
            Lang::Zh => zh::import_note(note),
        }
    }

    /// Why something imported was not mapped.
    pub fn reason(self, reason: Reason) -> String {
        match self {
            Lang::En => reason.to_string(),
            Lang::Zh => zh::reason(reason).into(),
        }
    }

    /// Why an import (or a permalink) could not be read, with its place.
    pub fn import_error(self, e: &Located<ImportErrorKind>) -> String {
        match self {
            Lang::En => e.to_string(),
            Lang::Zh => zh::at(e.line, e.column, &zh::import_error(&e.kind)),
        }
    }

    /// The validation headline: how many errors and warnings, and what follows.
    pub fn headline(self, errors: usize, warnings: usize, local: bool) -> String {
        let t = self.tr();
        let verdict = if local {
            t.cannot_send
        } else if errors > 0 {
            t.would_reject
        } else {
            t.would_accept
        };
        match self {
            Lang::En => {
                let s = |n: usize| if n == 1 { "" } else { "s" };
                match (errors, warnings) {
                    (0, 0) => format!("No problems: {verdict}"),
                    (0, w) => format!("No errors, {w} warning{}: {verdict}", s(w)),
                    (e, w) => format!("{e} error{}, {w} warning{}: {verdict}", s(e), s(w)),
                }
            }
            Lang::Zh => match (errors, warnings) {
                (0, 0) => format!("没有问题：{verdict}"),
                (0, w) => format!("没有错误，{w} 个警告：{verdict}"),
                (e, w) => format!("{e} 个错误，{w} 个警告：{verdict}"),
            },
        }
    }

    /// `(3/20)` after a list's name.
    pub fn count(self, n: usize, max: usize) -> String {
        format!(" ({n}/{max})")
    }

    /// "Move server 3 up", "Remove tag 2", …: the accessible name of a row button.
    pub fn row_button(self, what: RowButton, n: usize) -> String {
        let t = self.tr();
        let verb = match what {
            RowButton::Up => t.move_up,
            RowButton::Down => t.move_down,
            RowButton::Duplicate => t.duplicate,
            RowButton::Remove => t.remove,
            RowButton::RemoveTag => t.remove_tag,
        };
        verb.replace("{n}", &n.to_string())
    }

    /// How much of a long text is left out of what is shown.
    pub fn cut(self, left_out: usize) -> String {
        self.tr().cut.replace("{n}", &group_digits(left_out))
    }

    /// The signature job's progress.
    pub fn signing(self, percent: usize, bytes: usize) -> String {
        self.tr()
            .signing
            .replace("{p}", &percent.to_string())
            .replace("{n}", &group_digits(bytes))
    }

    /// "At most 20 servers per request (TooManyBackendServers beyond)."
    pub fn limit(self, text: &str, max: usize) -> String {
        text.replace("{n}", &max.to_string())
    }
}

/// `1234567` → `1,234,567`.
pub fn group_digits(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The buttons of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowButton {
    /// Move a server up.
    Up,
    /// Move a server down.
    Down,
    /// Duplicate a server.
    Duplicate,
    /// Remove a server.
    Remove,
    /// Remove a tag.
    RemoveTag,
}

impl RowButton {
    /// What the button shows (its accessible name is [`Lang::row_button`]).
    pub fn icon(self) -> &'static str {
        match self {
            RowButton::Up => "↑",
            RowButton::Down => "↓",
            RowButton::Duplicate => "❐",
            RowButton::Remove | RowButton::RemoveTag => "✕",
        }
    }
}

/// The fixed texts of one language. `{n}` stands for a number.
#[derive(Debug)]
pub struct Tr {
    /// The page title's subtitle.
    pub subtitle: &'static str,
    /// The page's one-line description.
    pub lede: &'static str,
    /// The language switch.
    pub language: &'static str,
    /// The theme switch.
    pub theme: &'static str,
    /// Follow the system's light or dark.
    pub theme_auto: &'static str,
    /// Light theme.
    pub theme_light: &'static str,
    /// Dark theme.
    pub theme_dark: &'static str,
    /// Undo.
    pub undo: &'static str,
    /// Redo.
    pub redo: &'static str,
    /// Copy link.
    pub copy_link: &'static str,
    /// Reset to the example.
    pub reset: &'static str,
    /// Downloads menu.
    pub download: &'static str,
    /// The embed's menu of the less used actions (reset, downloads).
    pub more: &'static str,
    /// Download the URL.
    pub download_url: &'static str,
    /// Download the CLI command.
    pub download_cli: &'static str,
    /// Download the JSON response.
    pub download_json: &'static str,
    /// Download the XML response.
    pub download_xml: &'static str,
    /// The simulate menu.
    pub simulate: &'static str,
    /// No simulated error.
    pub simulate_none: &'static str,
    /// Open the full playground (from an embed).
    pub open_full: &'static str,
    /// The form's accessible name (`{op}`: its Action).
    pub form: &'static str,
    /// The known-regions select.
    pub known_regions: &'static str,
    /// "Other" region.
    pub other_region: &'static str,
    /// Hint when RegionId is empty.
    pub region_empty: &'static str,
    /// Hint when RegionId is unknown.
    pub region_unknown: &'static str,
    /// The HTTP method select.
    pub http_method: &'static str,
    /// Rows heading's hint when there are none.
    pub no_servers: &'static str,
    /// A list other than Create's BackendServers is empty (`{list}`: its name).
    pub no_rows: &'static str,
    /// Add a server.
    pub add_server: &'static str,
    /// At the row limit.
    pub servers_full: &'static str,
    /// Move server up (`{n}`).
    pub move_up: &'static str,
    /// Move server down.
    pub move_down: &'static str,
    /// Duplicate server.
    pub duplicate: &'static str,
    /// Remove server.
    pub remove: &'static str,
    /// Remove tag.
    pub remove_tag: &'static str,
    /// Row actions column.
    pub actions: &'static str,
    /// The Type select's empty choice.
    pub type_default: &'static str,
    /// Add a tag.
    pub add_tag: &'static str,
    /// At the tag limit.
    pub tags_full: &'static str,
    /// Tag key placeholder.
    pub key: &'static str,
    /// Tag value placeholder.
    pub value: &'static str,
    /// The raw editor fold (`{list}`: the list's parameter name).
    pub raw_title: &'static str,
    /// The raw editor's hint.
    pub raw_hint: &'static str,
    /// The raw text was read, with these changes.
    pub raw_normalised: &'static str,
    /// The raw text cannot be read: rows kept.
    pub raw_rows_kept: &'static str,
    /// Rows changed since the raw text broke.
    pub raw_stale: &'static str,
    /// Show the rows' JSON again.
    pub raw_discard: &'static str,
    /// The advanced fold.
    pub advanced: &'static str,
    /// The endpoint select.
    pub endpoint: &'static str,
    /// Public endpoint.
    pub endpoint_public: &'static str,
    /// VPC endpoint.
    pub endpoint_vpc: &'static str,
    /// Custom host.
    pub endpoint_custom: &'static str,
    /// The custom endpoint input.
    pub custom_endpoint: &'static str,
    /// Credentials legend.
    pub credentials: &'static str,
    /// Credentials hint.
    pub credentials_hint: &'static str,
    /// Placeholder of generated fields.
    pub generated: &'static str,
    /// Nonce hint.
    pub nonce_hint: &'static str,
    /// Timestamp hint.
    pub timestamp_hint: &'static str,
    /// The import fold.
    pub import_title: &'static str,
    /// The import box's accessible name.
    pub import_label: &'static str,
    /// Import hint.
    pub import_hint: &'static str,
    /// Import button.
    pub import_apply: &'static str,
    /// Import done.
    pub import_done: &'static str,
    /// Import failed: the form is unchanged.
    pub import_failed: &'static str,
    /// Not mapped (heading).
    pub import_unmapped: &'static str,
    /// Everything was mapped.
    pub import_all_mapped: &'static str,
    /// Notes (heading).
    pub import_notes: &'static str,
    /// The signature matches the typed secret.
    pub signature_ok: &'static str,
    /// The signature does not match.
    pub signature_bad: &'static str,
    /// The text was signed but no secret is typed.
    pub signature_unchecked: &'static str,
    /// Validation heading.
    pub validation: &'static str,
    /// The request cannot be sent.
    pub cannot_send: &'static str,
    /// The service would reject it.
    pub would_reject: &'static str,
    /// The service would accept it.
    pub would_accept: &'static str,
    /// Error tag.
    pub error: &'static str,
    /// Warning tag.
    pub warning: &'static str,
    /// Request heading.
    pub request: &'static str,
    /// Copy.
    pub copy: &'static str,
    /// Copied.
    pub copied: &'static str,
    /// Copy failed.
    pub copy_failed: &'static str,
    /// Copy the request URL.
    pub copy_url: &'static str,
    /// New nonce and time.
    pub regenerate: &'static str,
    /// Generated fields hint.
    pub regenerate_hint: &'static str,
    /// POST note.
    pub post_note: &'static str,
    /// The example key signed (`{which}`).
    pub example_note: &'static str,
    /// testid and testsecret.
    pub example_both: &'static str,
    /// The output tabs' name.
    pub output: &'static str,
    /// Parameters tab.
    pub tab_params: &'static str,
    /// Signature tab.
    pub tab_signature: &'static str,
    /// Response tab.
    pub tab_response: &'static str,
    /// Code tab.
    pub tab_code: &'static str,
    /// Name column.
    pub name: &'static str,
    /// Value column.
    pub value_col: &'static str,
    /// Encoded column.
    pub encoded: &'static str,
    /// The signature switch.
    pub signature: &'static str,
    /// v1 steps.
    pub v1_steps: [&'static str; 5],
    /// V3 steps.
    pub v3_steps: [&'static str; 6],
    /// Copy a step (its title follows).
    pub copy_step: &'static str,
    /// The masked secret.
    pub secret_masked: &'static str,
    /// V3 note: what the SDKs send.
    pub v3_note: &'static str,
    /// Mock response heading.
    pub response: &'static str,
    /// The response format tabs' name.
    pub response_format: &'static str,
    /// Not sent.
    pub not_sent: &'static str,
    /// Why nothing answers.
    pub not_sent_why: &'static str,
    /// Why nothing can be downloaded yet, as a note of its own.
    pub not_sent_note: &'static str,
    /// A simulated response.
    pub simulated: &'static str,
    /// The snippet tabs' name.
    pub snippet_language: &'static str,
    /// Copy the snippet.
    pub copy_snippet: &'static str,
    /// Which signature a snippet's SDK uses (per language, in tab order).
    pub snippet_notes: [&'static str; 7],
    /// Text cut (`{n}` characters left out).
    pub cut: &'static str,
    /// Signing a huge request (`{p}` percent of `{n}` bytes).
    pub signing: &'static str,
    /// Signing a huge request, before the first slice.
    pub signing_pending: &'static str,
    /// The live region's prefix.
    pub announce: &'static str,
    /// The permalink the page was opened with could not be read.
    pub link_error: &'static str,
    /// A permalink given later could not be read.
    pub link_error_kept: &'static str,
    /// Readonly banner.
    pub readonly: &'static str,
    /// A Boolean's empty choice: not sent.
    pub bool_unset: &'static str,
    /// The select of the sandbox's groups.
    pub sandbox_groups: &'static str,
    /// The group select's empty choice.
    pub pick_group: &'static str,
    /// How many members a group has (`{n}`).
    pub members: &'static str,
    /// A group without a name.
    pub unnamed: &'static str,
    /// The hint of DescribeVServerGroups' Description.
    pub name_filter_hint: &'static str,
    /// Send the request to the sandbox.
    pub send: &'static str,
    /// What the sandbox is, and that it lives in memory only.
    pub sandbox_note: &'static str,
    /// Before the last request sent.
    pub last_sent: &'static str,
    /// The sandbox fold: its groups and history.
    pub history: &'static str,
    /// The caption of the groups now.
    pub groups_now: &'static str,
    /// The caption of the groups after request `{n}`.
    pub groups_after: &'static str,
    /// The sandbox holds no group.
    pub no_groups: &'static str,
    /// Rows (`{rows}`) of a list (`{list}`) that name no member: ignored.
    pub ignored: &'static str,
    /// The infrastructure-as-code heading.
    pub iac_title: &'static str,
    /// Why no IaC is offered for this operation.
    pub iac_none: &'static str,
    /// The Terraform snippet's heading.
    pub terraform: &'static str,
    /// The ROS template's heading.
    pub ros: &'static str,
    /// Copy the Terraform snippet.
    pub copy_terraform: &'static str,
    /// Copy the ROS template.
    pub copy_ros: &'static str,
}

/// English.
pub static EN: Tr = Tr {
    subtitle: " playground · Alibaba Cloud SLB API 2014-05-15",
    lede: "Compose the request, see every rule checked as you type, the exact signed URL, and what the service would answer. Nothing leaves this page.",
    language: "Language",
    theme: "Theme",
    theme_auto: "Auto",
    theme_light: "Light",
    theme_dark: "Dark",
    undo: "Undo",
    redo: "Redo",
    copy_link: "Copy link",
    reset: "Reset to the example",
    download: "Download",
    more: "More",
    download_url: "Request URL (.txt)",
    download_cli: "aliyun CLI command (.sh)",
    download_json: "JSON response (.json)",
    download_xml: "XML response (.xml)",
    simulate: "Simulate a runtime error",
    simulate_none: "None: the response to this request",
    open_full: "Open in the full playground",
    form: "{op} request",
    known_regions: "Known regions",
    other_region: "Other: type it in RegionId",
    region_empty: "Pick a known region above, or type its ID.",
    region_unknown: "Not a known region: check the ID, or go ahead if it is new.",
    http_method: "HTTP method",
    no_servers: "No servers: the BackendServers parameter is not sent and the group is created empty.",
    no_rows: "No servers: {list} is not sent.",
    add_server: "+ Add server",
    servers_full: "At most {n} servers per request (TooManyBackendServers beyond).",
    move_up: "Move server {n} up",
    move_down: "Move server {n} down",
    duplicate: "Duplicate server {n}",
    remove: "Remove server {n}",
    remove_tag: "Remove tag {n}",
    actions: "Actions",
    type_default: "(default)",
    add_tag: "+ Add tag",
    tags_full: "At most {n} tags per request (SizeLimitExceeded.Tag beyond).",
    key: "Key",
    value: "Value",
    raw_title: "{list} as JSON",
    raw_hint: "Edit the JSON or paste the original page's example: the rows follow as soon as it reads. Single quotes and bare numbers are fine.",
    raw_normalised: "Read, and normalised: ",
    raw_rows_kept: "The rows stay as they were until the text reads: ",
    raw_stale: "The rows were changed since; fix the text or show the rows' JSON again.",
    raw_discard: "Show the rows' JSON",
    advanced: "Advanced: owner, endpoint, credentials",
    endpoint: "Endpoint",
    endpoint_public: "Public (by region)",
    endpoint_vpc: "VPC (by region)",
    endpoint_custom: "Custom host",
    custom_endpoint: "Custom endpoint",
    credentials: "Credentials",
    credentials_hint: "Everything stays in this page: nothing is sent anywhere, and the secret is never stored or linked. Leave empty to sign with the documented example pair testid / testsecret.",
    generated: "generated",
    nonce_hint: "Empty: a fresh UUID for every change. Fill it for a stable URL.",
    timestamp_hint: "Empty: the current UTC time. Form: 2024-01-01T00:00:00Z.",
    import_title: "Import a URL, curl or aliyun command",
    import_label: "Request to import",
    import_hint: "Paste a request URL (signed or not, GET or POST with its form body), a curl command or an aliyun slb command line (aliyun slb CreateVServerGroup …): its Action picks the operation.",
    import_apply: "Import",
    import_done: "Imported into the form.",
    import_failed: "Not imported, the form is unchanged: ",
    import_unmapped: "Not mapped",
    import_all_mapped: "Everything was mapped.",
    import_notes: "Notes",
    signature_ok: "The signature matches the AccessKeySecret you typed.",
    signature_bad: "The signature does not match the AccessKeySecret you typed.",
    signature_unchecked: "The text was signed: type its AccessKeySecret under Advanced, then import again to check the signature.",
    validation: "Validation",
    cannot_send: "the request cannot be sent.",
    would_reject: "the service would reject this request.",
    would_accept: "the service would accept this request.",
    error: "Error",
    warning: "Warning",
    request: "Request",
    copy: "Copy",
    copied: "Copied",
    copy_failed: "Copy failed: the text is selected, press Ctrl+C",
    copy_url: "Copy request URL",
    regenerate: "New nonce and time",
    regenerate_hint: "Empty SignatureNonce / Timestamp fields are generated (the service accepts a Timestamp for about 15 minutes, and each nonce once).",
    post_note: "POST with an empty body: every parameter stays in the query string, as the SDKs send it.",
    example_note: "Signed with the documented example {which}: the URL has the shape of a real request, but the service would reject its signature. Enter your own AccessKey under Advanced (it never leaves this page).",
    example_both: "AccessKeyId testid and AccessKeySecret testsecret",
    output: "Request details",
    tab_params: "Parameters",
    tab_signature: "Signature",
    tab_response: "Response",
    tab_code: "Code",
    name: "Name",
    value_col: "Value",
    encoded: "Encoded",
    signature: "Signature",
    v1_steps: [
        "Parameters sorted by name (all but Signature)",
        "Canonical query: name=value, percent-encoded, joined by &",
        "StringToSign = METHOD&%2F&percentEncode(canonical query)",
        "HMAC-SHA1 key = AccessKeySecret + \"&\"",
        "Signature = Base64(HMAC-SHA1(key, StringToSign))",
    ],
    v3_steps: [
        "Canonical request: method, path, sorted query, headers, signed headers, body hash",
        "HashedCanonicalRequest = hex(SHA-256(canonical request))",
        "StringToSign = ACS3-HMAC-SHA256 + \\n + HashedCanonicalRequest",
        "Signature = hex(HMAC-SHA256(AccessKeySecret, StringToSign))",
        "Authorization header",
        "The request as curl, with its headers",
    ],
    copy_step: "Copy step",
    secret_masked: "•••••• (your AccessKeySecret) + &",
    v3_note: "Signature V3 is what today's SDKs send by default: the parameters stay in the query, the action, version, time and nonce travel in x-acs-* headers.",
    response: "Mock response",
    response_format: "Response format",
    not_sent: "Not sent",
    not_sent_why: "The request cannot be sent, so no service would answer: ",
    not_sent_note: "The request cannot be sent, so no service would answer",
    simulated: "Simulated: the response the service gives at run time for ",
    snippet_language: "Snippet language",
    copy_snippet: "Copy code",
    snippet_notes: [
        "The CLI signs with its own profile; it sends the same parameters.",
        "The exact request above (signature v1), ready to send until its Timestamp expires.",
        "The V2 SDK signs with signature V3 by default.",
        "The V1 SDK signs with signature v1, like the URL above.",
        "The V2 SDK signs with signature V3 by default.",
        "The V2 SDK signs with signature V3 by default.",
        "The V2 SDK signs with signature V3 by default.",
    ],
    cut: "… {n} more characters not shown (Copy copies all of it)",
    signing: "Signing a large request: {p}% of {n} bytes…",
    signing_pending: "Signing a large request…",
    announce: "Validation: ",
    link_error: "The link could not be read, so the example is shown: ",
    link_error_kept: "The link could not be read, so the request is unchanged: ",
    readonly: "Read-only: this request is shown as it is.",
    bool_unset: "(not sent)",
    sandbox_groups: "Groups in the sandbox",
    pick_group: "Pick a group…",
    members: "{n} members",
    unnamed: "(no name)",
    name_filter_hint: "The name of the groups to list; the sandbox matches it exactly.",
    send: "Send to the sandbox",
    sandbox_note: "The response above is what the sandbox, a mock SLB in this page's memory, answers now; Send applies the request to it. A reload starts again from its example group.",
    last_sent: "Last sent: ",
    history: "The sandbox: groups and requests sent",
    groups_now: "The groups now",
    groups_after: "The groups after #{n}",
    no_groups: "No groups.",
    ignored: "{list} rows {rows} name no member of the group: the service ignores them.",
    iac_title: "Infrastructure as code",
    iac_none: "Terraform and ROS are written for CreateVServerGroup and AddVServerGroupBackendServers only.",
    terraform: "Terraform",
    ros: "ROS template",
    copy_terraform: "Copy Terraform",
    copy_ros: "Copy ROS template",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_parse_from_browser_tags() {
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("zh_TW"), Some(Lang::Zh));
        assert_eq!(Lang::parse("en-US"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(Lang::Zh.tag()), Some(Lang::Zh));
    }

    #[test]
    fn digits_are_grouped() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(1000), "1,000");
        assert_eq!(group_digits(1_048_576), "1,048,576");
    }

    #[test]
    fn a_character_xml_cannot_carry_is_named_by_its_code_point_in_both_languages() {
        let rule = Rule::NotXmlCharacter { found: '\u{FFFF}' };
        assert_eq!(
            Lang::En.rule(&rule),
            "Holds U+FFFF, which XML 1.0 cannot carry: a response echoing this value could not be read, so none is shown."
        );
        assert_eq!(
            Lang::Zh.rule(&rule),
            "包含 U+FFFF，XML 1.0 无法承载该字符：回显此值的响应将无法解析，因此不显示响应。"
        );
    }

    #[test]
    fn the_example_key_is_named_as_the_core_has_it() {
        assert_eq!(
            Lang::En.hmac_key(true),
            format!("{EXAMPLE_ACCESS_KEY_SECRET}&")
        );
        let key_id = Lang::En.example_note(true, false);
        assert!(key_id.contains(&format!("AccessKeyId {EXAMPLE_ACCESS_KEY_ID}:")));
        let secret = Lang::Zh.example_note(false, true);
        assert!(secret.contains(&format!("AccessKeySecret {EXAMPLE_ACCESS_KEY_SECRET}")));
    }

    #[test]
    fn headlines_say_counts_and_verdict_in_both_languages() {
        assert_eq!(
            Lang::En.headline(1, 2, false),
            "1 error, 2 warnings: the service would reject this request."
        );
        assert_eq!(
            Lang::Zh.headline(0, 0, false),
            "没有问题：服务将接受此请求。"
        );
        assert!(Lang::Zh.headline(0, 1, false).contains("1 个警告"));
    }
}
