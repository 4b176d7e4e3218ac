//! The rules of BackendServers: the list and each of its rows.

use core::net::IpAddr;

use super::text::check_name;
use super::{ApiError, Field, Problem, Rule};
use crate::form::Request;
use crate::model::{parse_small_int, ServerField, ServerList, ServerRow, MAX_SERVERS};

/// 400 `InvalidParameter` for BackendServers as a whole: an empty ServerId, a duplicate
/// entry, a bad ServerIp; in the sandbox, Modify's two lists of different lengths
/// (family facts §4.2).
pub(crate) fn invalid_servers() -> ApiError {
    ApiError::new(
        400,
        "InvalidParameter",
        "The specified BackendServers is invalid.",
    )
}

/// How many earlier rows a row is compared with when looking for duplicates. Lists
/// longer than 20 are already rejected for their length; the bound keeps the
/// pairwise comparison cheap whatever was pasted.
const DUPLICATE_SCAN: usize = 1000;

/// The prefix a ServerId should have for a Type (empty Type = ecs); `None` for a Type
/// the service does not know.
fn expected_prefix(server_type: &str) -> Option<&'static str> {
    match server_type {
        "" | "ecs" => Some("i-"),
        "eni" => Some("eni-"),
        "eci" => Some("eci-"),
        _ => None,
    }
}

/// The list: at most 20 rows (`TooManyBackendServers`), then every row, then
/// duplicates.
pub(crate) fn servers(req: &Request, list: ServerList, out: &mut Vec<Problem>) {
    let rows = req.list(list);
    if rows.len() > MAX_SERVERS {
        out.push(Problem::error(
            Field::Servers(list),
            Rule::TooManyServers { count: rows.len() },
            ApiError::new(
                400,
                "TooManyBackendServers",
                format!("The total number of input real servers exceeds max supported number: {MAX_SERVERS}"),
            ),
        ));
    }
    for (row, s) in rows.iter().enumerate() {
        check_row(out, list, row, s);
        if let Some(first) = first_duplicate(rows, row) {
            out.push(Problem::error(
                Field::Server {
                    list,
                    row,
                    field: ServerField::ServerId,
                },
                Rule::DuplicateServer { first },
                invalid_servers(),
            ));
        }
    }
}

/// The earlier row with the same (ServerId, Port, ServerIp) as `servers[row]`, if any.
/// Rows with an empty ServerId or an invalid Port have their own error and never count.
fn first_duplicate(servers: &[ServerRow], row: usize) -> Option<usize> {
    fn key(s: &ServerRow) -> Option<(u32, &str, &str)> {
        let port = parse_small_int(&s.port)?;
        (!s.server_id.trim().is_empty()).then_some((port, &s.server_id, &s.server_ip))
    }
    let this = key(&servers[row])?;
    servers[..row.min(DUPLICATE_SCAN)]
        .iter()
        .position(|s| key(s) == Some(this))
}

/// One row, field by field.
fn check_row(out: &mut Vec<Problem>, list: ServerList, row: usize, s: &ServerRow) {
    let at = |field| Field::Server { list, row, field };
    // ServerId: required (`InvalidParameter`); a prefix that does not fit the Type is
    // only a warning (the seed's own example uses `vm-233`).
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
    // Port: an integer in 1–65535.
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
    // Weight: an integer in 0–100; empty means the service default, 100.
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
    // Type: ecs, eni or eci (empty: ecs).
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
    // ServerIp: an IPv4 or IPv6 address, meaningful only for eni / eci.
    if !s.server_ip.is_empty() {
        if s.server_ip.parse::<IpAddr>().is_err() {
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
    // Description: the name rules.
    check_name(out, at(ServerField::Description), &s.description);
}
