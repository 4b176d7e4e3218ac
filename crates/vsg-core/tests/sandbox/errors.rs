//! Every error the sandbox answers, as a table: the request (against the starting
//! state, the seed group `$S`), and the status, code and exact message. Then the
//! order of the checks: a local error, a simulated runtime error, validation, the
//! group, the operation.

use vsg_core::mock::RuntimeError;
use vsg_core::params::{
    ADD_VSERVER_GROUP_BACKEND_SERVERS, CREATE_VSERVER_GROUP, DELETE_VSERVER_GROUP,
    DESCRIBE_VSERVER_GROUP_ATTRIBUTE, MODIFY_VSERVER_GROUP_BACKEND_SERVERS,
    REMOVE_VSERVER_GROUP_BACKEND_SERVERS, SET_VSERVER_GROUP_ATTRIBUTE,
};
use vsg_core::sandbox::Sandbox;
use vsg_core::{Operation, Request, ServerRow, TextField};

use super::{answer, error, on_group, readable, request, row, try_send};

const NOT_FOUND: (u16, &str, &str) = (
    404,
    "InvalidParameter",
    "The specified VServerGroupId does not exist.",
);
const EXISTS: (u16, &str, &str) = (400, "InvalidParameter", "The resource already exists.");
const INVALID: (u16, &str, &str) = (
    400,
    "InvalidParameter",
    "The specified BackendServers is invalid.",
);

/// Every operation that names a group.
const ON_A_GROUP: [&Operation; 6] = [
    &ADD_VSERVER_GROUP_BACKEND_SERVERS,
    &REMOVE_VSERVER_GROUP_BACKEND_SERVERS,
    &MODIFY_VSERVER_GROUP_BACKEND_SERVERS,
    &SET_VSERVER_GROUP_ATTRIBUTE,
    &DESCRIBE_VSERVER_GROUP_ATTRIBUTE,
    &DELETE_VSERVER_GROUP,
];

/// The seed group's ID.
fn seed_id() -> String {
    Sandbox::new().groups()[0].id.clone()
}

/// Modify of the seed group: `old` → `new`.
fn modify(old: Vec<ServerRow>, new: Vec<ServerRow>) -> Request {
    Request {
        new_servers: new,
        ..on_group(&MODIFY_VSERVER_GROUP_BACKEND_SERVERS, &seed_id(), old)
    }
}

/// An `ecs` row with a ServerIp (which an `ecs` member ignores).
fn with_ip(id: &str, ip: &str) -> ServerRow {
    ServerRow {
        server_ip: ip.into(),
        ..row(id, "80", "100")
    }
}

/// The table: what is sent, and what it gets.
fn cases() -> Vec<(String, Request, (u16, &'static str, &'static str))> {
    let seed = seed_id();
    let mut cases = Vec::new();
    for op in ON_A_GROUP {
        let servers = match op.response {
            vsg_core::params::Response::Added | vsg_core::params::Response::Removed => {
                vec![row("i-1", "80", "100")]
            }
            _ => vec![],
        };
        cases.push((
            format!("{}: an unknown group", op.action),
            on_group(op, "rsp-nosuchgroup", servers.clone()),
            NOT_FOUND,
        ));
        let mut elsewhere = on_group(op, &seed, servers);
        elsewhere[TextField::RegionId] = "cn-beijing".into();
        cases.push((
            format!("{}: the group, asked in another region", op.action),
            elsewhere,
            NOT_FOUND,
        ));
    }
    cases.extend([
        (
            "Add: a member already in the group".to_string(),
            on_group(
                &ADD_VSERVER_GROUP_BACKEND_SERVERS,
                &seed,
                vec![row("i-new", "80", "100"), row("vm-232", "90", "50")],
            ),
            EXISTS,
        ),
        (
            "Add: one port as 090 is the member on 90".to_string(),
            on_group(
                &ADD_VSERVER_GROUP_BACKEND_SERVERS,
                &seed,
                vec![row("vm-232", "090", "50")],
            ),
            EXISTS,
        ),
        (
            "Add: the same row twice (validation's DuplicateServer)".to_string(),
            on_group(
                &ADD_VSERVER_GROUP_BACKEND_SERVERS,
                &seed,
                vec![row("i-1", "80", "100"), row("i-1", "80", "100")],
            ),
            INVALID,
        ),
        (
            "Add: two ecs rows differing only in ServerIp are one member".to_string(),
            on_group(
                &ADD_VSERVER_GROUP_BACKEND_SERVERS,
                &seed,
                vec![with_ip("i-1", "10.0.0.1"), with_ip("i-1", "10.0.0.2")],
            ),
            INVALID,
        ),
        (
            "Create: two ecs rows differing only in ServerIp".to_string(),
            Request {
                servers: vec![with_ip("i-1", "10.0.0.1"), with_ip("i-1", "10.0.0.2")],
                ..request(
                    &CREATE_VSERVER_GROUP,
                    &[(TextField::LoadBalancerId, "lb-errors")],
                )
            },
            INVALID,
        ),
        (
            "Modify: Old and New of different lengths (the strict 2018 rule)".to_string(),
            modify(
                vec![row("vm-233", "80", "100")],
                vec![row("i-1", "80", "100"), row("i-2", "80", "100")],
            ),
            INVALID,
        ),
        (
            "Modify: New without Old".to_string(),
            modify(vec![], vec![row("i-1", "80", "100")]),
            INVALID,
        ),
        (
            "Modify: New twice the same member".to_string(),
            modify(
                vec![row("vm-233", "80", "100"), row("vm-232", "90", "100")],
                vec![with_ip("i-1", "10.0.0.1"), with_ip("i-1", "10.0.0.2")],
            ),
            INVALID,
        ),
        (
            "Modify: a New member already in the group and not replaced".to_string(),
            modify(
                vec![row("vm-233", "80", "100")],
                vec![row("vm-232", "90", "100")],
            ),
            EXISTS,
        ),
        (
            "Modify: a New row with a bad Port (the main list's rule)".to_string(),
            modify(
                vec![row("vm-233", "80", "100")],
                vec![row("i-1", "0", "100")],
            ),
            (
                400,
                "InvalidParameter",
                "The specified BackendServers is invalid, as the Port value should be in [1, 65535].",
            ),
        ),
        (
            "Modify: a New row with a bad Weight".to_string(),
            modify(
                vec![row("vm-233", "80", "100")],
                vec![row("i-1", "80", "101")],
            ),
            (400, "InvalidWeight.Malformed", "A specified weight is not valid."),
        ),
        (
            "Modify: a New row with a bad Type, on an unknown group: the row first".to_string(),
            Request {
                new_servers: vec![ServerRow {
                    server_type: "vm".into(),
                    ..row("i-1", "80", "100")
                }],
                ..on_group(
                    &MODIFY_VSERVER_GROUP_BACKEND_SERVERS,
                    "rsp-nosuchgroup",
                    vec![row("vm-233", "80", "100")],
                )
            },
            (400, "BackendServer.InvalidType", "The specified Type is invalid."),
        ),
        (
            "Add on an unknown group without BackendServers: validation first".to_string(),
            on_group(&ADD_VSERVER_GROUP_BACKEND_SERVERS, "rsp-nosuchgroup", vec![]),
            (
                400,
                "MissingParameter",
                "The input parameter \u{201c}BackendServers\u{201d} that is mandatory for processing this request is not supplied.",
            ),
        ),
    ]);
    cases
}

#[test]
fn every_error_with_its_status_code_and_message() {
    let mut failures = Vec::new();
    for (what, req, (status, code, message)) in cases() {
        let mut sandbox = Sandbox::new();
        let before = sandbox.state().clone();
        let Some(response) = try_send(&mut sandbox, &req) else {
            failures.push(format!("{what}: not sent"));
            continue;
        };
        readable(&response, req.op);
        let got = error(&response);
        if got != (status, code.to_string(), message.to_string()) {
            failures.push(format!("{what}: got {got:?}"));
        }
        // A failure changes nothing, and is recorded.
        if sandbox.state() != &before || sandbox.history().len() != 1 {
            failures.push(format!(
                "{what}: the state changed or the request went unrecorded"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn past_the_quota_over_quota() {
    // The quota's own table is in state.rs; here, the error itself.
    let mut sandbox = Sandbox::new();
    let mut id = String::new();
    for n in 0..10 {
        let servers = (0..20)
            .map(|k| row(&format!("i-{n}-{k}"), "80", "100"))
            .collect();
        let req = Request {
            servers,
            ..request(
                &CREATE_VSERVER_GROUP,
                &[(TextField::LoadBalancerId, "lb-full")],
            )
        };
        let response = super::send(&mut sandbox, &req);
        assert_eq!(response.status, 200, "group {n}");
        id = super::group_id(&response);
    }
    let req = on_group(
        &ADD_VSERVER_GROUP_BACKEND_SERVERS,
        &id,
        vec![row("i-201", "80", "100")],
    );
    let response = super::send(&mut sandbox, &req);
    assert_eq!(
        error(&response),
        (
            400,
            "OverQuota".into(),
            "The Total is over the quota.".into()
        )
    );
}

#[test]
fn a_simulated_runtime_error_comes_first() {
    let sandbox = Sandbox::new();
    let throttling = RuntimeError::find("Throttling").expect("Throttling");
    // Even for an unknown group, a request validation refuses, or one that would pass.
    for req in [
        on_group(&DELETE_VSERVER_GROUP, "rsp-nosuchgroup", vec![]),
        on_group(
            &ADD_VSERVER_GROUP_BACKEND_SERVERS,
            "rsp-nosuchgroup",
            vec![],
        ),
        on_group(&DELETE_VSERVER_GROUP, &seed_id(), vec![]),
    ] {
        let a = answer(&sandbox, &req, Some(throttling));
        let response = a.response.expect("an answer");
        assert_eq!(
            error(&response),
            (400, "Throttling".into(), throttling.message.into())
        );
        assert!(a.next.is_none());
    }
}

#[test]
fn a_local_error_gets_no_answer_and_is_not_recorded() {
    let mut sandbox = Sandbox::new();
    // U+0001 in a value the answers echo: no answer could be read.
    let req = on_group(&DELETE_VSERVER_GROUP, "rsp-\u{1}", vec![]);
    let a = answer(&sandbox, &req, RuntimeError::find("Throttling"));
    assert_eq!(a, vsg_core::sandbox::Answer::default());
    assert_eq!(try_send(&mut sandbox, &req), None);
    assert!(sandbox.history().is_empty());
    assert_eq!(sandbox, Sandbox::new());
}

#[test]
fn an_answer_changes_nothing_until_sent() {
    let mut sandbox = Sandbox::new();
    let delete = on_group(&DELETE_VSERVER_GROUP, &seed_id(), vec![]);
    let a = answer(&sandbox, &delete, None);
    assert_eq!(a.response.as_ref().map(|r| r.status), Some(200));
    assert_eq!(a.next.as_ref().map(|s| s.groups().len()), Some(0));
    assert_eq!(sandbox, Sandbox::new());
    super::send(&mut sandbox, &delete);
    assert!(sandbox.groups().is_empty());
}
