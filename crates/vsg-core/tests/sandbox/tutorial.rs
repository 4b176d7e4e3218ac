//! The tutorial as a table: each step a request and the answer it gets, `$G` standing
//! for the ID of the group the first step makes.

use serde_json::{json, Value};
use vsg_core::params::{
    ADD_VSERVER_GROUP_BACKEND_SERVERS, CREATE_VSERVER_GROUP, DELETE_VSERVER_GROUP,
    DESCRIBE_VSERVER_GROUPS, DESCRIBE_VSERVER_GROUP_ATTRIBUTE,
    REMOVE_VSERVER_GROUP_BACKEND_SERVERS, SET_VSERVER_GROUP_ATTRIBUTE,
};
use vsg_core::sandbox::Sandbox;
use vsg_core::{Request, ServerRow, TextField};

use super::{body, on_group, request, row, send, tag, LB, NOW};

/// One step: what is sent, and the status and body (without RequestId) it gets.
struct Step {
    what: &'static str,
    req: Request,
    status: u16,
    body: Value,
}

/// A step on the group `$G`.
fn on_g(
    what: &'static str,
    op: &'static vsg_core::Operation,
    servers: Vec<ServerRow>,
    status: u16,
    body: Value,
) -> Step {
    Step {
        what,
        req: on_group(op, "$G", servers),
        status,
        body,
    }
}

/// `row` with a Description.
fn described(id: &str, port: &str, weight: &str, description: &str) -> ServerRow {
    ServerRow {
        description: description.into(),
        ..row(id, port, weight)
    }
}

/// A member as the answers after Create show it (Type filled in).
fn member(id: &str, port: u32, weight: u32) -> Value {
    json!({"ServerId": id, "Port": port, "Weight": weight, "Type": "ecs"})
}

fn steps() -> Vec<Step> {
    let created = Request {
        servers: vec![row("i-a", "80", "100")],
        tags: vec![tag("env", "dev")],
        ..request(
            &CREATE_VSERVER_GROUP,
            &[
                (TextField::LoadBalancerId, LB),
                (TextField::VServerGroupName, "web"),
            ],
        )
    };
    let renamed = {
        let mut req = on_group(
            &SET_VSERVER_GROUP_ATTRIBUTE,
            "$G",
            // i-x is not in the group: ignored, never added.
            vec![row("i-a", "80", "10"), row("i-x", "80", "5")],
        );
        req[TextField::VServerGroupName] = "web-2".into();
        req
    };
    let tags = json!({"Tag": [{"TagKey": "env", "TagValue": "dev"}]});
    let after_set = json!([
        member("i-a", 80, 10),
        member("i-b", 80, 50),
        {"ServerId": "i-c", "Port": 8080, "Weight": 100, "Type": "ecs", "Description": "cache"},
    ]);
    let after_remove = json!([
        member("i-a", 80, 10),
        {"ServerId": "i-c", "Port": 8080, "Weight": 100, "Type": "ecs", "Description": "cache"},
    ]);
    let not_found = json!({
        "Code": "InvalidParameter",
        "Message": "The specified VServerGroupId does not exist.",
    });
    vec![
        Step {
            what: "create: the members as given",
            req: created,
            status: 200,
            body: json!({
                "VServerGroupId": "$G",
                "BackendServers": {"BackendServer": [{"ServerId": "i-a", "Port": 80, "Weight": 100}]},
            }),
        },
        on_g(
            "add: the whole group after",
            &ADD_VSERVER_GROUP_BACKEND_SERVERS,
            vec![
                row("i-b", "80", "50"),
                described("i-c", "8080", "", "cache"),
            ],
            200,
            json!({
                "VServerGroupId": "$G",
                "BackendServers": {"BackendServer": [
                    member("i-a", 80, 100),
                    member("i-b", 80, 50),
                    {"ServerId": "i-c", "Port": 8080, "Weight": 100, "Type": "ecs", "Description": "cache"},
                ]},
            }),
        ),
        Step {
            what: "set: renamed, i-a re-weighted, the unknown i-x ignored",
            req: renamed,
            status: 200,
            body: json!({
                "VServerGroupId": "$G",
                "VServerGroupName": "web-2",
                "BackendServers": {"BackendServer": after_set},
            }),
        },
        on_g(
            "describe: everything of the group",
            &DESCRIBE_VSERVER_GROUP_ATTRIBUTE,
            vec![],
            200,
            json!({
                "VServerGroupId": "$G",
                "VServerGroupName": "web-2",
                "LoadBalancerId": LB,
                "CreateTime": NOW,
                "BackendServers": {"BackendServer": after_set},
                "Tags": tags,
            }),
        ),
        on_g(
            "remove: i-b out, the absent i-z ignored; what is left, without Description",
            &REMOVE_VSERVER_GROUP_BACKEND_SERVERS,
            vec![row("i-b", "80", ""), row("i-z", "1", "")],
            200,
            json!({
                "VServerGroupId": "$G",
                "BackendServers": {"BackendServer": [
                    member("i-a", 80, 10),
                    member("i-c", 8080, 100),
                ]},
            }),
        ),
        on_g(
            "describe: the members left, with their Description",
            &DESCRIBE_VSERVER_GROUP_ATTRIBUTE,
            vec![],
            200,
            json!({
                "VServerGroupId": "$G",
                "VServerGroupName": "web-2",
                "LoadBalancerId": LB,
                "CreateTime": NOW,
                "BackendServers": {"BackendServer": after_remove},
                "Tags": tags,
            }),
        ),
        Step {
            what: "describe groups: the load balancer's groups",
            req: request(&DESCRIBE_VSERVER_GROUPS, &[(TextField::LoadBalancerId, LB)]),
            status: 200,
            body: json!({
                "VServerGroups": {"VServerGroup": [{
                    "VServerGroupId": "$G",
                    "VServerGroupName": "web-2",
                    "CreateTime": NOW,
                    "Tags": tags,
                    "AssociatedObjects": {"Listeners": {"Listener": []}, "Rules": {"Rule": []}},
                }]},
            }),
        },
        on_g(
            "delete: RequestId only",
            &DELETE_VSERVER_GROUP,
            vec![],
            200,
            json!({}),
        ),
        on_g(
            "describe after delete: 404",
            &DESCRIBE_VSERVER_GROUP_ATTRIBUTE,
            vec![],
            404,
            not_found.clone(),
        ),
        on_g(
            "delete again: 404",
            &DELETE_VSERVER_GROUP,
            vec![],
            404,
            not_found,
        ),
        Step {
            what: "describe groups: none left",
            req: request(&DESCRIBE_VSERVER_GROUPS, &[(TextField::LoadBalancerId, LB)]),
            status: 200,
            body: json!({"VServerGroups": {"VServerGroup": []}}),
        },
    ]
}

/// `value` with every string `$G` replaced by `id`.
fn with_id(value: Value, id: &str) -> Value {
    match value {
        Value::String(s) if s == "$G" => Value::String(id.into()),
        Value::Array(items) => Value::Array(items.into_iter().map(|v| with_id(v, id)).collect()),
        Value::Object(members) => Value::Object(
            members
                .into_iter()
                .map(|(k, v)| (k, with_id(v, id)))
                .collect(),
        ),
        other => other,
    }
}

#[test]
fn the_tutorial_step_by_step() {
    let mut sandbox = Sandbox::new();
    let mut id = String::new();
    let mut failures = Vec::new();
    for (n, mut step) in steps().into_iter().enumerate() {
        if step.req[TextField::VServerGroupId] == "$G" {
            step.req[TextField::VServerGroupId] = id.clone();
        }
        let response = send(&mut sandbox, &step.req);
        if n == 0 {
            id = super::group_id(&response);
        }
        let expected = with_id(step.body, &id);
        let got = body(&response);
        if response.status != step.status || got != expected {
            failures.push(format!(
                "step {} ({}): got {} {got:#}\nexpected {} {expected:#}",
                n + 1,
                step.what,
                response.status,
                step.status
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    // Every step was recorded; the starting group is still there.
    assert_eq!(sandbox.history().len(), steps().len());
    assert_eq!(sandbox.groups().len(), 1);
}

#[test]
fn each_step_leaves_the_state_its_answer_shows() {
    let mut sandbox = Sandbox::new();
    let mut id = String::new();
    for (n, mut step) in steps().into_iter().enumerate() {
        if step.req[TextField::VServerGroupId] == "$G" {
            step.req[TextField::VServerGroupId] = id.clone();
        }
        let response = send(&mut sandbox, &step.req);
        if n == 0 {
            id = super::group_id(&response);
        }
        let entry = sandbox.history().back().expect("recorded");
        assert_eq!(entry.response, response, "step {}", n + 1);
        assert_eq!(entry.state.as_ref(), sandbox.state(), "step {}", n + 1);
        // The members an answer lists are the group's members after the request.
        let listed = body(&response)["BackendServers"]["BackendServer"]
            .as_array()
            .map(Vec::len);
        if let (Some(listed), Some(group)) = (listed, sandbox.state().group(super::REGION, &id)) {
            assert_eq!(listed, group.members.len(), "step {}", n + 1);
        }
    }
}
