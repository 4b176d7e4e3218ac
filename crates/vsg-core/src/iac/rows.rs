//! The BackendServers rows as both targets write them: which fields a row has, how a
//! Port or Weight is written, and the notes the two targets share about the rows.

use super::note::IacNote;
use crate::model::{parse_small_int, ServerField, ServerRow};

/// `field` of `row` as the target writes it, or `None` when the field is empty (left
/// out, as the API request leaves it out). Port and Weight are bare integers when
/// they read as one ([`parse_small_int`]: `080` is written `80`), else the text
/// quoted by `quote`, as is every other field.
pub(super) fn written(
    row: &ServerRow,
    field: ServerField,
    quote: fn(&str) -> String,
) -> Option<String> {
    let text = row.get(field);
    if text.is_empty() {
        return None;
    }
    match (is_number(field), parse_small_int(text)) {
        (true, Some(n)) => Some(n.to_string()),
        _ => Some(quote(text)),
    }
}

/// Whether the targets type `field` as an integer.
fn is_number(field: ServerField) -> bool {
    matches!(field, ServerField::Port | ServerField::Weight)
}

/// The indexes of the rows for which `pred` holds.
pub(super) fn rows_where(servers: &[ServerRow], pred: impl Fn(&ServerRow) -> bool) -> Vec<usize> {
    servers
        .iter()
        .enumerate()
        .filter(|(_, row)| pred(row))
        .map(|(i, _)| i)
        .collect()
}

/// `note(rows)` when some row is concerned.
pub(super) fn note_rows(
    rows: Vec<usize>,
    note: impl FnOnce(Vec<usize>) -> IacNote,
) -> Option<IacNote> {
    (!rows.is_empty()).then(|| note(rows))
}

/// Whether a row is of Type `eci` (exactly as the API spells it).
pub(super) fn is_eci(row: &ServerRow) -> bool {
    row.server_type == "eci"
}

/// What both targets say about the rows' numbers: a Port or Weight that is not an
/// integer, then the empty Weights.
pub(super) fn number_notes(servers: &[ServerRow]) -> Vec<IacNote> {
    let not_integer = |field: ServerField| {
        let rows = rows_where(servers, |row| {
            let text = row.get(field);
            !text.is_empty() && parse_small_int(text).is_none()
        });
        note_rows(rows, |rows| IacNote::NotAnInteger { field, rows })
    };
    let empty_weight = rows_where(servers, |row| row.weight.is_empty());
    [
        not_integer(ServerField::Port),
        not_integer(ServerField::Weight),
        note_rows(empty_weight, |rows| IacNote::WeightDefault { rows }),
    ]
    .into_iter()
    .flatten()
    .collect()
}
