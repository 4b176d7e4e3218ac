//! What the sandbox holds and how each operation changes it, beyond the tutorial.

use serde_json::{json, Value};
use vsg_core::form::EXAMPLE_GROUP_ID;
use vsg_core::mock::{self, MockResponse};
use vsg_core::params::{
    ADD_VSERVER_GROUP_BACKEND_SERVERS, CREATE_VSERVER_GROUP, DELETE_VSERVER_GROUP,
    DESCRIBE_VSERVER_GROUPS, DESCRIBE_VSERVER_GROUP_ATTRIBUTE,
    MODIFY_VSERVER_GROUP_BACKEND_SERVERS, REMOVE_VSERVER_GROUP_BACKEND_SERVERS,
    SET_VSERVER_GROUP_ATTRIBUTE,
};
use vsg_core::sandbox::{Pick, Sandbox, HISTORY_LIMIT, MEMBER_QUOTA, SEED_TIMESTAMP};
use vsg_core::validate::has_errors;
use vsg_core::{permalink, Request, ServerRow, TagRow, TextField, FAMILY};

use super::common::content_digest;
use super::{
    answer, body, eni, error, group_id, on_group, outcome, request, row, send, tag, NOW, REGION,
};

const SEED_LB: &str = "lb-bp1qjwo61pqz3ahltv0mw";

/// The `ServerId:Port` of each member of group `id`, in order.
fn members(sandbox: &Sandbox, id: &str) -> Vec<String> {
    let group = sandbox.state().group(REGION, id).expect("the group");
    group
        .members
        .iter()
        .map(|m| format!("{}:{}", m.server_id, m.port))
        .collect()
}

/// A Create on load balancer `lb` with `servers`, named `name`, with `tags`.
fn create(lb: &str, name: &str, servers: Vec<ServerRow>, tags: Vec<TagRow>) -> Request {
    Request {
        servers,
        tags,
        ..request(
            &CREATE_VSERVER_GROUP,
            &[
                (TextField::LoadBalancerId, lb),
                (TextField::VServerGroupName, name),
            ],
        )
    }
}

/// Makes a group in `sandbox`: its ID.
fn make(sandbox: &mut Sandbox, lb: &str, servers: Vec<ServerRow>) -> String {
    let response = send(sandbox, &create(lb, "", servers, vec![]));
    assert_eq!(response.status, 200, "{}", response.json());
    group_id(&response)
}

/// The IDs DescribeVServerGroups lists for `lb` with the name filter and tags given.
fn listed(sandbox: &mut Sandbox, lb: &str, name: &str, tags: Vec<TagRow>) -> Vec<String> {
    let req = Request {
        tags,
        ..request(
            &DESCRIBE_VSERVER_GROUPS,
            &[
                (TextField::LoadBalancerId, lb),
                (TextField::DescriptionFilter, name),
            ],
        )
    };
    let response = send(sandbox, &req);
    assert_eq!(response.status, 200, "{}", response.json());
    body(&response)["VServerGroups"]["VServerGroup"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|g| g["VServerGroupId"].as_str().expect("an ID").to_string())
        .collect()
}

fn status(response: &MockResponse) -> u16 {
    response.status
}

// ---- the starting state ----

#[test]
fn the_starting_state_is_the_group_the_page_example_makes() {
    let sandbox = Sandbox::new();
    let seed = Request::seed();
    let stateless = mock::success(&seed, &content_digest(&seed));
    let [group] = sandbox.groups() else {
        panic!("one group: {:?}", sandbox.groups())
    };
    assert_eq!(group.id, group_id(&stateless), "the stateless answer's ID");
    assert_eq!(group.region, "cn-hangzhou");
    assert_eq!(group.load_balancer_id, SEED_LB);
    assert_eq!(group.name, "");
    assert_eq!(group.create_time, SEED_TIMESTAMP);
    assert!(group.tags.is_empty());
    let stored = |id: &str, port: &str| ServerRow {
        server_type: "ecs".into(),
        ..row(id, port, "100")
    };
    assert_eq!(
        group.members,
        [
            stored("vm-233", "80"),
            stored("vm-232", "90"),
            stored("vm-231", "70")
        ]
    );
    assert_eq!(sandbox.state().made(), 1);
    assert!(sandbox.history().is_empty());
    assert_eq!(Sandbox::default(), sandbox);
}

#[test]
fn a_docs_page_about_the_other_operations_answers_200_out_of_the_box() {
    let id = Sandbox::new().groups()[0].id.clone();
    let mut sandbox = Sandbox::new();
    let describe = on_group(&DESCRIBE_VSERVER_GROUP_ATTRIBUTE, &id, vec![]);
    let response = send(&mut sandbox, &describe);
    assert_eq!(status(&response), 200);
    assert_eq!(body(&response)["LoadBalancerId"], SEED_LB);
    assert_eq!(body(&response)["CreateTime"], SEED_TIMESTAMP);
    let add = on_group(
        &ADD_VSERVER_GROUP_BACKEND_SERVERS,
        &id,
        vec![row("vm-234", "80", "100")],
    );
    assert_eq!(status(&send(&mut sandbox, &add)), 200);
    assert_eq!(
        listed(&mut sandbox, SEED_LB, "", vec![]),
        std::slice::from_ref(&id)
    );
    let delete = on_group(&DELETE_VSERVER_GROUP, &id, vec![]);
    assert_eq!(status(&send(&mut sandbox, &delete)), 200);
    assert!(sandbox.groups().is_empty());
}

#[test]
fn each_operations_example_acts_on_the_starting_group_and_succeeds() {
    assert_eq!(Sandbox::new().groups()[0].id, EXAMPLE_GROUP_ID);
    assert_eq!(Request::example(FAMILY[0]), Request::seed());
    for op in FAMILY {
        let req = Request::example(op);
        assert_eq!(req.op, *op);
        let out = outcome(&req);
        assert!(!has_errors(&out.problems), "{op:?}: {:?}", out.problems);
        // Each on a fresh sandbox, and all in the order of FAMILY on one.
        let fresh = answer(&Sandbox::new(), &req, None);
        assert_eq!(fresh.response.map(|r| r.status), Some(200), "{op:?}");
        assert!(
            fresh.ignored.is_empty(),
            "{op:?} names members of the group"
        );
        // Every parameter the example sets is one its operation sends.
        let link = permalink::encode(&req);
        assert_eq!(
            permalink::decode(&link, FAMILY).as_ref(),
            Ok(&req),
            "{link}"
        );
    }
    let mut sandbox = Sandbox::new();
    for op in FAMILY {
        assert_eq!(
            status(&send(&mut sandbox, &Request::example(op))),
            200,
            "{op:?}"
        );
    }
    assert_eq!(
        sandbox.groups().len(),
        1,
        "the example group was deleted last"
    );
}

#[test]
fn reset_returns_to_the_starting_state_with_no_history() {
    let mut sandbox = Sandbox::new();
    let id = sandbox.groups()[0].id.clone();
    make(&mut sandbox, "lb-other", vec![row("i-1", "80", "100")]);
    send(&mut sandbox, &on_group(&DELETE_VSERVER_GROUP, &id, vec![]));
    assert_ne!(sandbox, Sandbox::new());
    sandbox.reset();
    assert_eq!(sandbox, Sandbox::new());
    assert!(sandbox.history().is_empty());
    // The numbering starts again too.
    send(&mut sandbox, &on_group(&DELETE_VSERVER_GROUP, &id, vec![]));
    assert_eq!(sandbox.history()[0].number, 1);
}

// ---- identity ----

#[test]
fn two_sandboxes_are_independent() {
    let mut a = Sandbox::new();
    let b = Sandbox::new();
    let id = a.groups()[0].id.clone();
    send(&mut a, &on_group(&DELETE_VSERVER_GROUP, &id, vec![]));
    make(&mut a, "lb-a", vec![]);
    assert_eq!(b, Sandbox::new());
    assert_eq!(b.groups()[0].id, id);
    // A clone goes its own way too.
    let mut c = a.clone();
    make(&mut c, "lb-c", vec![]);
    assert_eq!(a.groups().len(), 1);
    assert_eq!(c.groups().len(), 2);
}

#[test]
fn the_same_create_twice_makes_two_groups() {
    let mut sandbox = Sandbox::new();
    let req = create("lb-twice", "twin", vec![row("i-1", "80", "100")], vec![]);
    let first = group_id(&send(&mut sandbox, &req));
    let second = group_id(&send(&mut sandbox, &req));
    assert_ne!(first, second);
    assert_eq!(
        listed(&mut sandbox, "lb-twice", "twin", vec![]),
        [first, second]
    );
    // Even the seed's own Create makes a new group: the count differs.
    let seed = group_id(&send(&mut sandbox, &Request::seed()));
    assert_ne!(seed, sandbox.groups()[0].id);
    assert_eq!(sandbox.state().made(), 4);
}

#[test]
fn the_same_requests_give_the_same_sandbox() {
    let run = || {
        let mut sandbox = Sandbox::new();
        let id = make(&mut sandbox, "lb-det", vec![row("i-1", "80", "100")]);
        send(
            &mut sandbox,
            &on_group(
                &ADD_VSERVER_GROUP_BACKEND_SERVERS,
                &id,
                vec![row("i-2", "80", "100")],
            ),
        );
        make(&mut sandbox, "lb-det", vec![]);
        sandbox
    };
    assert_eq!(run(), run());
}

#[test]
fn create_time_is_the_signed_timestamp() {
    let mut sandbox = Sandbox::new();
    let id = make(&mut sandbox, "lb-time", vec![]);
    assert_eq!(sandbox.state().group(REGION, &id).unwrap().create_time, NOW);
    // A Timestamp typed in the form is what is signed.
    let typed =
        create("lb-time", "", vec![], vec![]).with(TextField::Timestamp, "2025-05-05T05:05:05Z");
    let id = group_id(&send(&mut sandbox, &typed));
    let group = sandbox.state().group(REGION, &id).unwrap();
    assert_eq!(group.create_time, "2025-05-05T05:05:05Z");
}

// ---- the picker and the target ----

#[test]
fn picks_list_every_group_and_target_finds_the_one_named() {
    let mut sandbox = Sandbox::new();
    let seed = sandbox.groups()[0].id.clone();
    let id = make(
        &mut sandbox,
        "lb-pick",
        vec![row("i-1", "80", "100"), row("i-2", "80", "100")],
    );
    assert_eq!(
        sandbox.picks(),
        [
            Pick {
                id: seed.clone(),
                name: String::new(),
                region: REGION.into(),
                load_balancer_id: SEED_LB.into(),
                members: 3,
            },
            Pick {
                id: id.clone(),
                name: String::new(),
                region: REGION.into(),
                load_balancer_id: "lb-pick".into(),
                members: 2,
            },
        ]
    );
    let add = on_group(&ADD_VSERVER_GROUP_BACKEND_SERVERS, &id, vec![]);
    assert_eq!(
        sandbox.target(&add).map(|g| g.id.as_str()),
        Some(id.as_str())
    );
    let unknown = on_group(
        &ADD_VSERVER_GROUP_BACKEND_SERVERS,
        "rsp-nosuchgroup",
        vec![],
    );
    assert!(sandbox.target(&unknown).is_none());
    let elsewhere = add.clone().with(TextField::RegionId, "cn-beijing");
    assert!(sandbox.target(&elsewhere).is_none());
    // Create and DescribeVServerGroups take no VServerGroupId, whatever the form kept.
    for op in [&CREATE_VSERVER_GROUP, &DESCRIBE_VSERVER_GROUPS] {
        let req = Request { op, ..add.clone() };
        assert!(sandbox.target(&req).is_none(), "{}", op.action);
    }
}

// ---- Modify, Set, Remove ----

/// A group of i-a, i-b, i-c on port 80 in a fresh sandbox.
fn abc() -> (Sandbox, String) {
    let mut sandbox = Sandbox::new();
    let id = make(
        &mut sandbox,
        "lb-abc",
        vec![
            row("i-a", "80", "100"),
            row("i-b", "80", "100"),
            row("i-c", "80", "100"),
        ],
    );
    (sandbox, id)
}

fn modify(id: &str, old: Vec<ServerRow>, new: Vec<ServerRow>) -> Request {
    Request {
        new_servers: new,
        ..on_group(&MODIFY_VSERVER_GROUP_BACKEND_SERVERS, id, old)
    }
}

/// One Modify of [`abc`]'s group: the Old and New ServerIds (port 80), the members
/// after it and the rows of Old ignored.
struct Pairing {
    old: &'static [&'static str],
    new: &'static [&'static str],
    after: &'static [&'static str],
    ignored: &'static [usize],
}

#[test]
fn modify_pairs_old_with_new() {
    let table = [
        // Each in its place.
        Pairing {
            old: &["i-b"],
            new: &["i-d"],
            after: &["i-a", "i-d", "i-c"],
            ignored: &[],
        },
        // An absent Old is ignored, its New appended.
        Pairing {
            old: &["i-b", "i-x"],
            new: &["i-d", "i-e"],
            after: &["i-a", "i-d", "i-c", "i-e"],
            ignored: &[1],
        },
        // A swap: Old is looked for among the members before the call.
        Pairing {
            old: &["i-a", "i-b"],
            new: &["i-b", "i-a"],
            after: &["i-b", "i-a", "i-c"],
            ignored: &[],
        },
        // Both lists empty: nothing changes.
        Pairing {
            old: &[],
            new: &[],
            after: &["i-a", "i-b", "i-c"],
            ignored: &[],
        },
    ];
    for p in table {
        let (mut sandbox, id) = abc();
        let rows = |ids: &[&str]| ids.iter().map(|s| row(s, "80", "100")).collect();
        let req = modify(&id, rows(p.old), rows(p.new));
        let what = format!("{:?} → {:?}", p.old, p.new);
        assert_eq!(answer(&sandbox, &req, None).ignored, p.ignored, "{what}");
        let response = send(&mut sandbox, &req);
        assert_eq!(status(&response), 200, "{}", response.json());
        let expected: Vec<String> = p.after.iter().map(|s| format!("{s}:80")).collect();
        assert_eq!(members(&sandbox, &id), expected, "{what}");
        let listed = body(&response)["BackendServers"]["BackendServer"]
            .as_array()
            .map_or(0, Vec::len);
        assert_eq!(listed, p.after.len(), "{what}");
    }
}

#[test]
fn modify_can_change_a_weight_and_takes_adds_defaults() {
    let (mut sandbox, id) = abc();
    let req = modify(
        &id,
        vec![row("i-a", "80", "100")],
        vec![row("i-a", "80", "")],
    );
    send(&mut sandbox, &req);
    let req = modify(
        &id,
        vec![row("i-b", "80", "100")],
        vec![row("i-b", "80", "30")],
    );
    send(&mut sandbox, &req);
    let group = sandbox.state().group(REGION, &id).unwrap();
    assert_eq!(group.members[0].weight, "100");
    assert_eq!(group.members[0].server_type, "ecs");
    assert_eq!(group.members[1].weight, "30");
}

#[test]
fn set_changes_weights_and_descriptions_of_members_only() {
    let (mut sandbox, id) = abc();
    let mut req = on_group(
        &SET_VSERVER_GROUP_ATTRIBUTE,
        &id,
        vec![
            // No Weight: the weight stays; a Description: it is set.
            ServerRow {
                description: "primary".into(),
                ..row("i-a", "80", "")
            },
            row("i-b", "80", "0"),
            // Not a member: ignored, never added.
            row("i-x", "80", "5"),
            row("i-c", "81", "5"),
        ],
    );
    let a = answer(&sandbox, &req, None);
    assert_eq!(a.ignored, [2, 3]);
    send(&mut sandbox, &req);
    let group = sandbox.state().group(REGION, &id).unwrap().clone();
    assert_eq!(members(&sandbox, &id), ["i-a:80", "i-b:80", "i-c:80"]);
    assert_eq!(group.members[0].weight, "100");
    assert_eq!(group.members[0].description, "primary");
    assert_eq!(group.members[1].weight, "0");
    assert_eq!(group.name, "", "no name given: kept");
    // A name alone renames.
    req.servers.clear();
    req[TextField::VServerGroupName] = "renamed".into();
    let response = send(&mut sandbox, &req);
    assert_eq!(body(&response)["VServerGroupName"], "renamed");
    assert_eq!(sandbox.state().group(REGION, &id).unwrap().name, "renamed");
}

#[test]
fn remove_ignores_absent_members_and_lists_no_description() {
    let mut sandbox = Sandbox::new();
    let id = make(
        &mut sandbox,
        "lb-rm",
        vec![
            ServerRow {
                description: "kept".into(),
                ..row("i-a", "80", "100")
            },
            row("i-b", "80", "100"),
        ],
    );
    let req = on_group(
        &REMOVE_VSERVER_GROUP_BACKEND_SERVERS,
        &id,
        vec![
            row("i-b", "80", ""),
            row("i-a", "81", ""),
            row("i-z", "80", ""),
        ],
    );
    assert_eq!(answer(&sandbox, &req, None).ignored, [1, 2]);
    let response = send(&mut sandbox, &req);
    assert_eq!(
        body(&response)["BackendServers"],
        json!({"BackendServer": [{"ServerId": "i-a", "Port": 80, "Weight": 100, "Type": "ecs"}]})
    );
    // The Description is still held: Describe shows it.
    let describe = send(
        &mut sandbox,
        &on_group(&DESCRIBE_VSERVER_GROUP_ATTRIBUTE, &id, vec![]),
    );
    assert_eq!(
        body(&describe)["BackendServers"]["BackendServer"][0]["Description"],
        "kept"
    );
}

#[test]
fn eni_members_are_told_apart_by_server_ip() {
    let mut sandbox = Sandbox::new();
    let id = make(
        &mut sandbox,
        "lb-eni",
        vec![
            eni("eni-1", "10.0.0.1", "80"),
            eni("eni-1", "10.0.0.2", "80"),
        ],
    );
    assert_eq!(members(&sandbox, &id), ["eni-1:80", "eni-1:80"]);
    let add = on_group(
        &ADD_VSERVER_GROUP_BACKEND_SERVERS,
        &id,
        vec![eni("eni-1", "10.0.0.2", "80")],
    );
    assert_eq!(
        error(&send(&mut sandbox, &add)).2,
        "The resource already exists."
    );
    let remove = on_group(
        &REMOVE_VSERVER_GROUP_BACKEND_SERVERS,
        &id,
        vec![eni("eni-1", "10.0.0.1", "80")],
    );
    send(&mut sandbox, &remove);
    let group = sandbox.state().group(REGION, &id).unwrap();
    assert_eq!(group.members.len(), 1);
    assert_eq!(group.members[0].server_ip, "10.0.0.2");
    // Describe shows the ServerIp.
    let describe = send(
        &mut sandbox,
        &on_group(&DESCRIBE_VSERVER_GROUP_ATTRIBUTE, &id, vec![]),
    );
    assert_eq!(
        body(&describe)["BackendServers"]["BackendServer"][0]["ServerIp"],
        "10.0.0.2"
    );
}

// ---- DescribeVServerGroups ----

#[test]
fn describe_groups_filters_by_exact_name_and_all_tags() {
    let mut sandbox = Sandbox::new();
    let mut ids = Vec::new();
    for (name, tags) in [
        ("web", vec![tag("env", "dev"), tag("team", "a")]),
        ("web", vec![tag("env", "dev")]),
        ("web-2", vec![]),
        ("", vec![tag("env", "")]),
    ] {
        ids.push(group_id(&send(
            &mut sandbox,
            &create("lb-f", name, vec![], tags),
        )));
    }
    let table: Vec<(&str, Vec<TagRow>, Vec<usize>)> = vec![
        ("", vec![], vec![0, 1, 2, 3]),
        ("web", vec![], vec![0, 1]),
        ("we", vec![], vec![]),
        ("WEB", vec![], vec![]),
        ("", vec![tag("env", "dev")], vec![0, 1]),
        ("", vec![tag("env", "dev"), tag("team", "a")], vec![0]),
        ("", vec![tag("env", "prod")], vec![]),
        ("", vec![tag("env", "")], vec![3]),
        ("web-2", vec![tag("env", "dev")], vec![]),
    ];
    for (name, tags, expected) in table {
        let expected: Vec<String> = expected.iter().map(|&i| ids[i].clone()).collect();
        assert_eq!(
            listed(&mut sandbox, "lb-f", name, tags.clone()),
            expected,
            "{name:?} {tags:?}"
        );
    }
    // Another load balancer, another region: none (not InvalidLoadBalancerId.NotFound).
    assert!(listed(&mut sandbox, "lb-none", "", vec![]).is_empty());
    let elsewhere = request(
        &DESCRIBE_VSERVER_GROUPS,
        &[(TextField::LoadBalancerId, "lb-f")],
    )
    .with(TextField::RegionId, "cn-beijing");
    let response = send(&mut sandbox, &elsewhere);
    assert_eq!(
        body(&response),
        json!({"VServerGroups": {"VServerGroup": []}})
    );
}

#[test]
fn include_listener_and_include_rule_are_accepted_in_either_case() {
    let mut sandbox = Sandbox::new();
    for value in ["true", "false", "True", "FALSE"] {
        let req = request(
            &DESCRIBE_VSERVER_GROUPS,
            &[
                (TextField::LoadBalancerId, SEED_LB),
                (TextField::IncludeListener, value),
                (TextField::IncludeRule, value),
            ],
        );
        let response = send(&mut sandbox, &req);
        assert_eq!(status(&response), 200, "{value}");
        assert_eq!(
            body(&response)["VServerGroups"]["VServerGroup"][0]["AssociatedObjects"],
            json!({"Listeners": {"Listener": []}, "Rules": {"Rule": []}}),
            "{value}"
        );
    }
}

// ---- the order of the members of the bodies ----

/// The names of the children of the XML root (or of the element at `path` below it).
fn children(xml: &str, path: &[&str]) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("XML");
    let mut node = doc.root_element();
    for name in path {
        node = node
            .children()
            .find(|n| n.tag_name().name() == *name)
            .unwrap_or_else(|| panic!("{name} in {xml}"));
    }
    node.children()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name().to_string())
        .collect()
}

/// The keys of a JSON object in the order written.
fn json_keys(json: &str) -> Vec<String> {
    // serde_json's Value sorts keys: read the order from the text's top level.
    let v: Value = serde_json::from_str(json).expect("JSON");
    let mut keys: Vec<(usize, String)> = v
        .as_object()
        .expect("an object")
        .keys()
        .map(|k| {
            (
                json.find(&format!("\n  \"{k}\"")).expect("a top key"),
                k.clone(),
            )
        })
        .collect();
    keys.sort();
    keys.into_iter().map(|(_, k)| k).collect()
}

#[test]
fn bodies_follow_the_orders_of_the_facts() {
    let mut sandbox = Sandbox::new();
    let id = group_id(&send(
        &mut sandbox,
        &create(
            "lb-o",
            "ordered",
            vec![row("i-a", "80", "100")],
            vec![tag("k", "v")],
        ),
    ));
    // §6.1: RequestId, VServerGroupId, VServerGroupName, LoadBalancerId, CreateTime,
    // BackendServers, Tags.
    let group = send(
        &mut sandbox,
        &on_group(&DESCRIBE_VSERVER_GROUP_ATTRIBUTE, &id, vec![]),
    );
    let order = [
        "RequestId",
        "VServerGroupId",
        "VServerGroupName",
        "LoadBalancerId",
        "CreateTime",
        "BackendServers",
        "Tags",
    ];
    assert_eq!(children(&group.xml(), &[]), order);
    assert_eq!(json_keys(&group.json()), order);
    assert_eq!(
        children(&group.xml(), &["Tags", "Tag"]),
        ["TagKey", "TagValue"]
    );
    // §7.2: each group's VServerGroupId, VServerGroupName, CreateTime, Tags,
    // AssociatedObjects; RequestId last.
    let req = request(
        &DESCRIBE_VSERVER_GROUPS,
        &[(TextField::LoadBalancerId, "lb-o")],
    );
    let groups = send(&mut sandbox, &req);
    assert_eq!(children(&groups.xml(), &[]), ["VServerGroups", "RequestId"]);
    assert_eq!(
        children(&groups.xml(), &["VServerGroups", "VServerGroup"]),
        [
            "VServerGroupId",
            "VServerGroupName",
            "CreateTime",
            "Tags",
            "AssociatedObjects"
        ]
    );
    assert_eq!(
        children(
            &groups.xml(),
            &["VServerGroups", "VServerGroup", "AssociatedObjects"]
        ),
        ["Listeners", "Rules"]
    );
    // §5.2: the list first.
    let set = send(
        &mut sandbox,
        &on_group(&SET_VSERVER_GROUP_ATTRIBUTE, &id, vec![]),
    );
    assert_eq!(
        children(&set.xml(), &[]),
        [
            "BackendServers",
            "RequestId",
            "VServerGroupId",
            "VServerGroupName"
        ]
    );
    // A group without tags has no Tags.
    let seed = sandbox.groups()[0].id.clone();
    let plain = send(
        &mut sandbox,
        &on_group(&DESCRIBE_VSERVER_GROUP_ATTRIBUTE, &seed, vec![]),
    );
    assert!(!children(&plain.xml(), &[]).contains(&"Tags".to_string()));
}

// ---- the quota ----

#[test]
fn at_most_200_members_per_load_balancer() {
    let mut sandbox = Sandbox::new();
    let rows = |group: usize, n: usize| -> Vec<ServerRow> {
        (0..n)
            .map(|k| row(&format!("i-{group}-{k}"), "80", "100"))
            .collect()
    };
    let mut ids = Vec::new();
    for g in 0..10 {
        ids.push(make(&mut sandbox, "lb-q", rows(g, 20)));
    }
    assert_eq!(sandbox.state().load(REGION, "lb-q"), MEMBER_QUOTA);
    let over = |sandbox: &mut Sandbox, req: &Request| {
        let response = send(sandbox, req);
        assert_eq!(
            error(&response),
            (
                400,
                "OverQuota".into(),
                "The Total is over the quota.".into()
            ),
            "{}",
            req.op.action
        );
    };
    let add = |id: &str, servers| on_group(&ADD_VSERVER_GROUP_BACKEND_SERVERS, id, servers);
    // Past it, by Create, Add and Modify (an absent Old: its New appended).
    over(&mut sandbox, &create("lb-q", "", rows(10, 1), vec![]));
    over(&mut sandbox, &add(&ids[0], rows(11, 1)));
    over(
        &mut sandbox,
        &modify(&ids[0], vec![row("i-absent", "80", "")], rows(12, 1)),
    );
    // The same server and port in another group counts again.
    let other = make(&mut sandbox, "lb-q", vec![]);
    over(&mut sandbox, &add(&other, vec![row("i-0-0", "80", "100")]));
    // At it: an empty group, a swap, another load balancer, another region.
    make(&mut sandbox, "lb-q", vec![]);
    let swap = modify(&ids[0], vec![row("i-0-0", "80", "")], rows(13, 1));
    assert_eq!(status(&send(&mut sandbox, &swap)), 200);
    make(&mut sandbox, "lb-q2", rows(14, 20));
    let elsewhere =
        create("lb-q", "", rows(15, 20), vec![]).with(TextField::RegionId, "cn-beijing");
    assert_eq!(status(&send(&mut sandbox, &elsewhere)), 200);
    // Room made by Remove is room again.
    let remove = on_group(&REMOVE_VSERVER_GROUP_BACKEND_SERVERS, &ids[1], rows(1, 1));
    send(&mut sandbox, &remove);
    assert_eq!(status(&send(&mut sandbox, &add(&ids[2], rows(16, 1)))), 200);
    assert_eq!(sandbox.state().load(REGION, "lb-q"), MEMBER_QUOTA);
}

// ---- the history ----

#[test]
fn the_history_records_every_request_sent_failed_or_not() {
    let mut sandbox = Sandbox::new();
    let seed = sandbox.groups()[0].id.clone();
    let start = sandbox.state().clone();
    let failed = on_group(&DELETE_VSERVER_GROUP, "rsp-nosuchgroup", vec![]);
    send(&mut sandbox, &failed);
    let deleted = on_group(&DELETE_VSERVER_GROUP, &seed, vec![]);
    send(&mut sandbox, &deleted);
    let [first, second] = [&sandbox.history()[0], &sandbox.history()[1]];
    assert_eq!((first.number, second.number), (1, 2));
    assert_eq!(first.op, &DELETE_VSERVER_GROUP);
    assert_eq!(first.response.status, 404);
    assert_eq!(first.state.as_ref(), &start, "a failure changes nothing");
    assert_eq!(second.response.status, 200);
    assert!(second.state.groups().is_empty());
    assert_eq!(first.link, vsg_core::permalink::encode(&failed));
    assert_eq!(first.url, super::outcome(&failed).signed.url);
    assert!(first.url.contains("Action=DeleteVServerGroup"));
}

#[test]
fn the_history_keeps_the_last_100() {
    let mut sandbox = Sandbox::new();
    let describe = on_group(
        &DESCRIBE_VSERVER_GROUP_ATTRIBUTE,
        &sandbox.groups()[0].id.clone(),
        vec![],
    );
    for _ in 0..HISTORY_LIMIT + 5 {
        send(&mut sandbox, &describe);
    }
    assert_eq!(HISTORY_LIMIT, 100);
    assert_eq!(sandbox.history().len(), HISTORY_LIMIT);
    assert_eq!(sandbox.history()[0].number, 6);
    assert_eq!(sandbox.history().back().map(|e| e.number), Some(105));
}

#[test]
fn the_secret_is_never_stored() {
    let mut sandbox = Sandbox::new();
    let secret = "Zq8sEcReT0nlyH3re";
    let seed = sandbox.groups()[0].id.clone();
    for req in [
        create("lb-s", "", vec![row("i-1", "80", "100")], vec![]),
        on_group(&DELETE_VSERVER_GROUP, "rsp-nosuchgroup", vec![]),
        on_group(&DELETE_VSERVER_GROUP, &seed, vec![]),
    ] {
        send(&mut sandbox, &req.with(TextField::AccessKeySecret, secret));
    }
    assert_eq!(sandbox.history().len(), 3);
    assert!(!format!("{sandbox:?}").contains(secret));
}
