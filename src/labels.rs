//! Presentation of the core's fields: accessible names and DOM ids.

use vsg_core::params::CREATE_VSERVER_GROUP;
use vsg_core::{Field, TextField};

/// The name of a text field's input: its parameter name (the custom endpoint's own).
pub fn text_label(field: TextField) -> &'static str {
    match field {
        TextField::CustomEndpoint => "Custom endpoint",
        f => CREATE_VSERVER_GROUP.text_param(f).map_or("", |p| p.name),
    }
}

/// The accessible name of the field's input: `RegionId`, `Port 2`, `Tag Key 1`, …
/// (rows are 1-based). List-wide problems name the list.
pub fn label(field: &Field) -> String {
    match field {
        Field::Text(t) => text_label(*t).to_string(),
        Field::Server { row, field } => format!("{} {}", field.name(), row + 1),
        Field::TagKey(row) => format!("Tag Key {}", row + 1),
        Field::TagValue(row) => format!("Tag Value {}", row + 1),
        Field::Servers => "BackendServers".into(),
        Field::Tags => "Tag".into(),
        Field::Request => "Request".into(),
    }
}

/// A DOM id for the field's input, derived from [`label`]: `f-Port-2`.
pub fn dom_id(field: &Field) -> String {
    let mut id = String::from("f-");
    for c in label(field).chars() {
        id.push(if c == ' ' { '-' } else { c });
    }
    id
}
