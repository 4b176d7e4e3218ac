//! How the page names things: accessible names, DOM ids, and the attributes a copy
//! button and the text it copies are found by.
//!
//! An input's accessible name is its API name wherever it has one (`RegionId`,
//! `Port 2`, `Tag.1.Key`): the same in both languages, as the console keeps parameter
//! names. DOM ids never depend on the language, and the views take every id from here.

use vsg_core::model::ServerList;
use vsg_core::params::{tag_name, Operation, TagPart, Value, BACKEND_SERVERS, NEW_BACKEND_SERVERS};
use vsg_core::FAMILY;
use vsg_core::{Field, TextField};

use crate::i18n::Lang;
use crate::state::{CopyTarget, Direction, FocusTarget};

/// The button that adds a row to the main server list (also its `data-testid`).
pub const ADD_SERVER: &str = "add-server";
/// The button that adds a row to the New list (also its `data-testid`).
pub const ADD_SERVER_NEW: &str = "add-server-new";
/// The button that adds a tag.
pub const ADD_TAG: &str = "add-tag";
/// Why adding a tag is disabled (at the limit).
pub const ADD_TAG_WHY: &str = "add-tag-why";
/// The known-regions select.
pub const REGION_SELECT: &str = "f-Region";
/// The operation picker (the `Action`).
pub const ACTION_SELECT: &str = "f-Action";
/// The operation picker's name: the parameter it sets.
pub const ACTION: &str = "Action";
/// The VServerGroupId picker of the sandbox's groups.
pub const GROUP_SELECT: &str = "f-Group";
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
/// The heading of Terraform and ROS.
pub const IAC_TITLE: &str = "iac-title";

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
        Field::Server {
            list: ServerList::Main,
            row,
            field,
        } => format!("{} {}", field.name(), row + 1),
        Field::Server { row, field, .. } => format!("New {} {}", field.name(), row + 1),
        Field::TagKey(row) => tag_name("Tag", row + 1, TagPart::Key),
        Field::TagValue(row) => tag_name("Tag", row + 1, TagPart::Value),
        Field::Servers(list) => list_param(*list).into(),
        Field::Tags => "Tag".into(),
        Field::Request => lang.tr().request.into(),
    }
}

/// The parameter a list is named by when no operation says otherwise:
/// `BackendServers`, `NewBackendServers`.
fn list_param(list: ServerList) -> &'static str {
    match list {
        ServerList::Main => BACKEND_SERVERS.name,
        ServerList::New => NEW_BACKEND_SERVERS.name,
    }
}

/// A list's name in `op`'s table: `BackendServers`, `OldBackendServers` or
/// `NewBackendServers` (the legend of its rows, the summary's name of its problems).
pub fn list_name(op: &Operation, list: ServerList) -> &'static str {
    op.params
        .iter()
        .find(|p| p.value == Value::ServersJson(list))
        .map_or(list_param(list), |p| p.name)
}

/// How the summary names a field: as [`label`] does, a list by `op`'s name of it.
pub fn field_name(field: &Field, op: &Operation, lang: Lang) -> String {
    match field {
        Field::Servers(list) => list_name(op, *list).into(),
        f => label(f, lang),
    }
}

/// The `-new` that tells the New list's ids from the main list's.
fn new_suffix(list: ServerList) -> &'static str {
    match list {
        ServerList::Main => "",
        ServerList::New => "-new",
    }
}

/// The button that adds a row to `list`: [`ADD_SERVER`], [`ADD_SERVER_NEW`].
pub fn add_server(list: ServerList) -> &'static str {
    match list {
        ServerList::Main => ADD_SERVER,
        ServerList::New => ADD_SERVER_NEW,
    }
}

/// Why adding to `list` is disabled: `add-server-why`, `add-server-new-why`.
pub fn add_server_why(list: ServerList) -> String {
    format!("{}-why", add_server(list))
}

/// The raw editor's hint of `list`: `raw-hint`, `raw-new-hint`.
pub fn raw_hint(list: ServerList) -> String {
    format!("raw{}-hint", new_suffix(list))
}

/// The `data-testid` of `list`'s raw editor: `raw-backend-servers`,
/// `raw-new-backend-servers`.
pub fn raw_testid(list: ServerList) -> String {
    format!("raw{}-backend-servers", new_suffix(list))
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

/// The id of a server row's move button: `move-up-2`, `move-new-up-2` in the New list
/// (rows are 1-based).
pub fn move_id(list: ServerList, row: usize, direction: Direction) -> String {
    let dir = match direction {
        Direction::Up => "up",
        Direction::Down => "down",
    };
    format!("move{}-{dir}-{}", new_suffix(list), row + 1)
}

/// The DOM id of the element focus goes to.
pub fn focus_id(target: &FocusTarget) -> String {
    match *target {
        FocusTarget::Field(field) => dom_id(&field),
        FocusTarget::AddServer(list) => add_server(list).into(),
        FocusTarget::AddTag => ADD_TAG.into(),
        FocusTarget::Move(list, row, direction) => move_id(list, row, direction),
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
        CopyTarget::Terraform => ("terraform", "iac-terraform"),
        CopyTarget::Ros => ("ros", "iac-ros"),
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
            list: ServerList::Main,
            row: 1,
            field: ServerField::Port,
        };
        for lang in [Lang::En, Lang::Zh] {
            assert_eq!(label(&port2, lang), "Port 2");
            assert_eq!(label(&Field::TagKey(0), lang), "Tag.1.Key");
            assert_eq!(label(&Field::TagValue(1), lang), "Tag.2.Value");
            assert_eq!(label(&Field::Text(TextField::RegionId), lang), "RegionId");
            assert_eq!(
                label(&Field::Servers(ServerList::Main), lang),
                "BackendServers"
            );
            let new_port2 = Field::Server {
                list: ServerList::New,
                row: 1,
                field: ServerField::Port,
            };
            assert_eq!(label(&new_port2, lang), "New Port 2");
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
            list: ServerList::Main,
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
        assert_eq!(
            messages_id(&Field::Servers(ServerList::Main)),
            "f-BackendServers-msg"
        );
        let new_id = Field::Server {
            list: ServerList::New,
            row: 1,
            field: ServerField::ServerId,
        };
        assert_eq!(dom_id(&new_id), "f-New-ServerId-2");
        assert_eq!(
            dom_id(&Field::Servers(ServerList::New)),
            "f-NewBackendServers"
        );
        assert_eq!(raw_testid(ServerList::Main), "raw-backend-servers");
        assert_eq!(raw_testid(ServerList::New), "raw-new-backend-servers");
        assert_eq!(add_server_why(ServerList::New), "add-server-new-why");
    }

    #[test]
    fn focus_targets_are_the_ids_the_views_give() {
        let server = FocusTarget::Field(Field::Server {
            list: ServerList::Main,
            row: 3,
            field: ServerField::ServerId,
        });
        assert_eq!(focus_id(&server), "f-ServerId-4");
        assert_eq!(
            focus_id(&FocusTarget::Move(ServerList::Main, 1, Direction::Down)),
            "move-down-2"
        );
        assert_eq!(
            focus_id(&FocusTarget::Move(ServerList::Main, 2, Direction::Up)),
            "move-up-3"
        );
        assert_eq!(
            focus_id(&FocusTarget::Move(ServerList::New, 2, Direction::Up)),
            "move-new-up-3"
        );
        assert_eq!(
            focus_id(&FocusTarget::AddServer(ServerList::Main)),
            "add-server"
        );
        assert_eq!(
            focus_id(&FocusTarget::AddServer(ServerList::New)),
            "add-server-new"
        );
        assert_eq!(focus_id(&FocusTarget::AddTag), "add-tag");
        assert_eq!(
            focus_id(&FocusTarget::Field(Field::TagKey(0))),
            "f-Tag-1-Key"
        );
    }

    #[test]
    fn lists_are_named_by_the_operations_table() {
        use vsg_core::params::{
            ADD_VSERVER_GROUP_BACKEND_SERVERS, MODIFY_VSERVER_GROUP_BACKEND_SERVERS,
        };
        let modify = &MODIFY_VSERVER_GROUP_BACKEND_SERVERS;
        assert_eq!(list_name(modify, ServerList::Main), "OldBackendServers");
        assert_eq!(list_name(modify, ServerList::New), "NewBackendServers");
        let add = &ADD_VSERVER_GROUP_BACKEND_SERVERS;
        assert_eq!(list_name(add, ServerList::Main), "BackendServers");
        assert_eq!(
            field_name(&Field::Servers(ServerList::Main), modify, Lang::En),
            "OldBackendServers"
        );
    }

    #[test]
    fn copy_buttons_keep_their_attributes() {
        assert_eq!(copy_key(CopyTarget::StringToSign), "sts");
        assert_eq!(copy_shown(CopyTarget::StringToSign), "string-to-sign");
        assert_eq!(copy_shown(CopyTarget::Link), "link-text");
    }
}
