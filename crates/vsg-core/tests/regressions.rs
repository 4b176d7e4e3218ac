//! Regression tests for bugs found by the first review of `src/` (custom endpoint
//! scheme case, `+` in a host port, false duplicates between rows with bad ports).

use vsg_core::endpoint::{custom_host, is_valid_host};
use vsg_core::TextField;
use vsg_core::{
    sign_request, validate, EndpointKind, Field, Generated, Request, Rule, ServerField, ServerRow,
};

#[test]
fn custom_endpoint_scheme_is_case_insensitive() {
    // URI schemes are case-insensitive (RFC 3986 §3.1); today this yields host "HTTPS:".
    assert_eq!(custom_host("HTTPS://slb.example.com/"), "slb.example.com");
    assert_eq!(custom_host("Http://slb.example.com"), "slb.example.com");
    let req = Request {
        endpoint: EndpointKind::Custom,
        ..Request::seed()
    }
    .with(TextField::CustomEndpoint, "HTTPS://slb.example.com/");
    assert!(!validate(&req)
        .iter()
        .any(|p| p.rule == Rule::EndpointInvalid));
    assert!(sign_request(&req, &Generated::default())
        .url
        .starts_with("https://slb.example.com/?"));
}

#[test]
fn host_port_must_be_digits_only() {
    assert!(!is_valid_host("example.com:+80"));
}

#[test]
fn different_invalid_ports_are_not_duplicates() {
    let req = Request {
        servers: vec![
            ServerRow::new("i-1", "abc", "1"),
            ServerRow::new("i-1", "xyz", "1"),
        ],
        ..Request::seed()
    };
    let problems = validate(&req);
    // Each row has its own Port error; the rows are not "the same (ServerId, Port, ServerIp)".
    assert!(
        !problems
            .iter()
            .any(|p| matches!(p.rule, Rule::DuplicateServer { .. })),
        "{problems:#?}"
    );
    assert!(problems.iter().any(|p| p.field
        == Field::Server {
            list: vsg_core::model::ServerList::Main,
            row: 1,
            field: ServerField::Port
        }));
}
