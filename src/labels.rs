//! How the page names things: accessible names, DOM ids, and the attributes a copy
//! button and the text it copies are found by.
//!
//! An input's accessible name is its API name wherever it has one (`RegionId`,
//! `Port 2`, `Tag.1.Key`): the same in both languages, as the console keeps parameter
//! names. DOM ids never depend on the language, and the views take every id from here.

use vsg_core::params::{tag_name, TagPart};
use vsg_core::FAMILY;
use vsg_core::{Field, TextField};

use crate::i18n::Lang;
use crate::state::{CopyTarget, Direction, FocusTarget};

/// The button that adds a server row.
pub const ADD_SERVER: &str = "add-server";
/// Why adding a server is disabled (at the limit).
pub const ADD_SERVER_WHY: &str = "add-server-why";
/// The button that adds a tag.
pub const ADD_TAG: &str = "add-tag";
/// Why adding a tag is disabled (at the limit).
pub const ADD_TAG_WHY: &str = "add-tag-why";
/// The known-regions select.
pub const REGION_SELECT: &str = "f-Region";
/// The raw BackendServers editor's hint.
pub const RAW_HINT: &str = "raw-hint";
/// The import box's hint.
pub const IMPORT_HINT: &str = "import-hint";
/// The validation summary's heading.
pub const SUMMARY_TITLE: &str = "summary-title";
/// The output column's heading.
pub const REQUEST_TITLE: &str = "request-title";
/// The prefix of the output tabs' ids (see [`tab_id`]).
pub const OUTPUT_TABS: &str = "out";
/// The prefix of the response format tabs' ids.
pub const FORMAT_TABS: &str = "format";
/// The prefix of the snippet language tabs' ids.
pub const CODE_TABS: &str = "code";

/// The name of a text field's input: its parameter name (the custom endpoint, which
/// has none, is named in the page's language).
pub fn text_label(field: TextField, lang: Lang) -> &'static str {
    match field {
        TextField::CustomEndpoint => lang.tr().custom_endpoint,
        // A text field is the same row in every table that has it.
        f => FAMILY
            .iter()
            .find_map(|op| op.text_param(f))
            .map_or("", |p| p.name),
    }
}

/// The accessible name of the field's input: `RegionId`, `Port 2`, `Tag.1.Key`, …
/// (rows are 1-based). List-wide problems name the list; the request as a whole is
/// named in the page's language.
pub fn label(field: &Field, lang: Lang) -> String {
    match field {
        Field::Text(t) => text_label(*t, lang).to_string(),
        Field::Server { row, field } => format!("{} {}", field.name(), row + 1),
        Field::TagKey(row) => tag_name("Tag", row + 1, TagPart::Key),
        Field::TagValue(row) => tag_name("Tag", row + 1, TagPart::Value),
        Field::Servers => "BackendServers".into(),
        Field::Tags => "Tag".into(),
        Field::Request => lang.tr().request.into(),
    }
}

/// A DOM id for the field's input: `f-RegionId`, `f-Port-2`, `f-Tag-1-Key`.
pub fn dom_id(field: &Field) -> String {
    match field {
        Field::Text(TextField::CustomEndpoint) => "f-CustomEndpoint".into(),
        Field::Request => "f-Request".into(),
        f => {
            let mut id = String::from("f-");
            for c in label(f, Lang::En).chars() {
                id.push(if c == ' ' || c == '.' { '-' } else { c });
            }
            id
        }
    }
}

/// The id of the element holding a field's messages (for `aria-describedby`).
pub fn messages_id(field: &Field) -> String {
    format!("{}-msg", dom_id(field))
}

/// The id of a field's hint (for `aria-describedby`).
pub fn hint_id(field: &Field) -> String {
    format!("{}-hint", dom_id(field))
}

/// The select of the `Format` parameter (named like a text parameter's input,
/// `f-RegionId`).
pub const FORMAT_SELECT: &str = "f-Format";
/// The select of the HTTP method.
pub const METHOD_SELECT: &str = "f-Method";
/// The select of the endpoint.
pub const ENDPOINT_SELECT: &str = "f-Endpoint";

/// The id of a server row's move button: `move-up-2` (rows are 1-based).
pub fn move_id(row: usize, direction: Direction) -> String {
    let dir = match direction {
        Direction::Up => "up",
        Direction::Down => "down",
    };
    format!("move-{dir}-{}", row + 1)
}

/// The DOM id of the element focus goes to.
pub fn focus_id(target: &FocusTarget) -> String {
    match *target {
        FocusTarget::Field(field) => dom_id(&field),
        FocusTarget::AddServer => ADD_SERVER.into(),
        FocusTarget::AddTag => ADD_TAG.into(),
        FocusTarget::Move(row, direction) => move_id(row, direction),
    }
}

/// The id of a tab of the tab list `prefix` ([`OUTPUT_TABS`], …): `out-tab-params`.
pub fn tab_id(prefix: &str, tab: &str) -> String {
    format!("{prefix}-tab-{tab}")
}

/// The id of the panel a tab shows: `out-panel-params`.
pub fn panel_id(prefix: &str, tab: &str) -> String {
    format!("{prefix}-panel-{tab}")
}

/// A copy button's `data-copy` and the `data-testid` of the element that shows what
/// it copies (selected when copying fails, so that Ctrl+C copies it).
fn copy_names(target: CopyTarget) -> (&'static str, &'static str) {
    match target {
        CopyTarget::Link => ("link", "link-text"),
        CopyTarget::Url => ("url", "request-url"),
        CopyTarget::CanonicalQuery => ("canon", "canonical-query"),
        CopyTarget::StringToSign => ("sts", "string-to-sign"),
        CopyTarget::Signature => ("sig", "signature"),
        CopyTarget::V3CanonicalRequest => ("v3-creq", "v3-canonical-request"),
        CopyTarget::V3Hash => ("v3-hash", "v3-hash"),
        CopyTarget::V3StringToSign => ("v3-sts", "v3-string-to-sign"),
        CopyTarget::V3Signature => ("v3-sig", "v3-signature"),
        CopyTarget::V3Authorization => ("v3-auth", "v3-authorization"),
        CopyTarget::V3Curl => ("v3-curl", "v3-curl"),
        CopyTarget::Snippet => ("snippet", "snippet"),
        CopyTarget::Json => ("json", "response-json"),
        CopyTarget::Xml => ("xml", "response-xml"),
    }
}

/// A copy button's `data-copy` attribute.
pub fn copy_key(target: CopyTarget) -> &'static str {
    copy_names(target).0
}

/// The `data-testid` of the element showing what a copy button copies.
pub fn copy_shown(target: CopyTarget) -> &'static str {
    copy_names(target).1
}

#[cfg(test)]
mod tests {
    use super::*;
    use vsg_core::ServerField;

    #[test]
    fn labels_are_api_names() {
        let port2 = Field::Server {
            row: 1,
            field: ServerField::Port,
        };
        for lang in [Lang::En, Lang::Zh] {
            assert_eq!(label(&port2, lang), "Port 2");
            assert_eq!(label(&Field::TagKey(0), lang), "Tag.1.Key");
            assert_eq!(label(&Field::TagValue(1), lang), "Tag.2.Value");
            assert_eq!(label(&Field::Text(TextField::RegionId), lang), "RegionId");
            assert_eq!(label(&Field::Servers, lang), "BackendServers");
        }
        assert_eq!(
            label(&Field::Text(TextField::CustomEndpoint), Lang::En),
            "Custom endpoint"
        );
        assert_eq!(
            label(&Field::Text(TextField::CustomEndpoint), Lang::Zh),
            "自定义接入点"
        );
    }

    #[test]
    fn dom_ids_do_not_depend_on_the_language() {
        let port2 = Field::Server {
            row: 1,
            field: ServerField::Port,
        };
        assert_eq!(dom_id(&port2), "f-Port-2");
        assert_eq!(dom_id(&Field::TagKey(0)), "f-Tag-1-Key");
        assert_eq!(dom_id(&Field::Text(TextField::RegionId)), "f-RegionId");
        assert_eq!(
            dom_id(&Field::Text(TextField::CustomEndpoint)),
            "f-CustomEndpoint"
        );
        assert_eq!(messages_id(&Field::Servers), "f-BackendServers-msg");
    }

    #[test]
    fn focus_targets_are_the_ids_the_views_give() {
        let server = FocusTarget::Field(Field::Server {
            row: 3,
            field: ServerField::ServerId,
        });
        assert_eq!(focus_id(&server), "f-ServerId-4");
        assert_eq!(
            focus_id(&FocusTarget::Move(1, Direction::Down)),
            "move-down-2"
        );
        assert_eq!(focus_id(&FocusTarget::Move(2, Direction::Up)), "move-up-3");
        assert_eq!(focus_id(&FocusTarget::AddServer), ADD_SERVER);
        assert_eq!(focus_id(&FocusTarget::AddTag), "add-tag");
        assert_eq!(
            focus_id(&FocusTarget::Field(Field::TagKey(0))),
            "f-Tag-1-Key"
        );
    }

    #[test]
    fn copy_buttons_keep_their_attributes() {
        assert_eq!(copy_key(CopyTarget::StringToSign), "sts");
        assert_eq!(copy_shown(CopyTarget::StringToSign), "string-to-sign");
        assert_eq!(copy_shown(CopyTarget::Link), "link-text");
    }
}
