//! Arbitrary sequences of arbitrary requests of every operation: the sandbox never
//! panics, every answer reads as XML and as JSON, and its invariants hold after each
//! request (no member twice in a group, at most 200 members per load balancer,
//! unique IDs, a failure changes nothing).

use std::collections::{HashMap, HashSet};

use proptest::prelude::*;
use proptest::sample::{select, subsequence, Index};
use vsg_core::mock::{RuntimeError, RUNTIME_ERRORS};
use vsg_core::params::{
    Operation, ADD_VSERVER_GROUP_BACKEND_SERVERS, CREATE_VSERVER_GROUP, DELETE_VSERVER_GROUP,
    DESCRIBE_VSERVER_GROUPS, DESCRIBE_VSERVER_GROUP_ATTRIBUTE,
    MODIFY_VSERVER_GROUP_BACKEND_SERVERS, REMOVE_VSERVER_GROUP_BACKEND_SERVERS,
    SET_VSERVER_GROUP_ATTRIBUTE,
};
use vsg_core::sandbox::{Sandbox, State, HISTORY_LIMIT, MEMBER_QUOTA};
use vsg_core::{parse_small_int, Request, ServerRow, TagRow, TextField, FAMILY, MAX_SERVERS};

use super::common::{arb_request, arb_server, unicode};
use super::{outcome, readable, REGION};

/// One request of a sequence: the request, the group it names (picked among those
/// the sandbox has when it is sent, if any), and a runtime error to simulate.
#[derive(Clone, Debug)]
struct Step {
    req: Request,
    pick: Option<Index>,
    simulate: Option<&'static RuntimeError>,
}

/// A row that validation lets through, mostly with a ServerId of its own.
fn clean_row() -> impl Strategy<Value = ServerRow> {
    (
        prop_oneof![
            3 => (0..400u32).prop_map(|n| format!("i-{n}")),
            1 => select(vec!["i-1", "i-2", "eni-1", "eci-1"]).prop_map(String::from),
        ],
        select(vec!["80", "81", "080", "65535"]),
        select(vec!["", "0", "50", "100"]),
        select(vec!["", "ecs", "eni", "eci"]),
        select(vec!["", "10.0.0.1", "10.0.0.2", "fe80::1"]),
        select(vec!["", "d", "前端/1"]),
    )
        .prop_map(
            |(id, port, weight, server_type, ip, description)| ServerRow {
                server_id: id,
                port: port.into(),
                weight: weight.into(),
                server_type: server_type.into(),
                server_ip: ip.into(),
                description: description.into(),
            },
        )
}

/// Rows, mostly clean, now and then anything; now and then one too many.
fn rows() -> impl Strategy<Value = Vec<ServerRow>> {
    let row = || prop_oneof![30 => clean_row(), 1 => arb_server()];
    prop_oneof![
        19 => proptest::collection::vec(row(), 0..=MAX_SERVERS),
        1 => proptest::collection::vec(row(), MAX_SERVERS + 1),
    ]
}

/// Tags from a small pool (each key once), so that filters match.
fn tags() -> impl Strategy<Value = Vec<TagRow>> {
    let pool = |env: &str| -> Vec<TagRow> {
        [("env", env), ("team", "a"), ("k", "")]
            .into_iter()
            .map(|(key, value)| TagRow {
                key: key.into(),
                value: value.into(),
            })
            .collect()
    };
    prop_oneof![
        subsequence(pool("dev"), 0..=3),
        subsequence(pool("prod"), 0..=3)
    ]
}

/// An operation of the family, the writes that add members more often.
fn operation() -> impl Strategy<Value = &'static Operation> {
    prop_oneof![
        3 => Just(&CREATE_VSERVER_GROUP),
        4 => Just(&ADD_VSERVER_GROUP_BACKEND_SERVERS),
        1 => Just(&REMOVE_VSERVER_GROUP_BACKEND_SERVERS),
        2 => Just(&MODIFY_VSERVER_GROUP_BACKEND_SERVERS),
        1 => Just(&SET_VSERVER_GROUP_ATTRIBUTE),
        1 => Just(&DESCRIBE_VSERVER_GROUP_ATTRIBUTE),
        1 => Just(&DESCRIBE_VSERVER_GROUPS),
        1 => Just(&DELETE_VSERVER_GROUP),
    ]
}

/// A runtime error to simulate, now and then.
fn simulate() -> impl Strategy<Value = Option<&'static RuntimeError>> {
    prop_oneof![12 => Just(None), 1 => select(RUNTIME_ERRORS.iter().collect::<Vec<_>>()).prop_map(Some)]
}

/// A plausible request of any operation of the family.
fn plausible() -> impl Strategy<Value = Step> {
    (
        operation(),
        (
            prop_oneof![6 => Just(REGION), 1 => Just("cn-beijing")],
            select(vec!["lb-p1", "lb-p2"]),
            select(vec!["", "web", "web-2"]),
            select(vec!["", "web", "nomatch"]),
            select(vec!["", "true", "True", "yes"]),
        ),
        rows(),
        rows(),
        tags(),
        proptest::option::weighted(0.9, any::<Index>()),
        simulate(),
        proptest::bool::weighted(0.75),
    )
        .prop_map(
            |(
                op,
                (region, lb, name, filter, flag),
                mut servers,
                mut new_servers,
                tags,
                pick,
                simulate,
                paired,
            )| {
                // Modify's lists are mostly as long as each other.
                if paired {
                    let n = servers.len().min(new_servers.len());
                    servers.truncate(n);
                    new_servers.truncate(n);
                }
                let mut req = Request {
                    op,
                    servers,
                    new_servers,
                    tags,
                    ..Request::default()
                };
                for (field, value) in [
                    (TextField::RegionId, region),
                    (TextField::LoadBalancerId, lb),
                    (TextField::VServerGroupName, name),
                    (TextField::VServerGroupId, "rsp-nosuchgroup"),
                    (TextField::DescriptionFilter, filter),
                    (TextField::IncludeListener, flag),
                    (TextField::IncludeRule, flag),
                ] {
                    req[field] = value.into();
                }
                Step {
                    req,
                    pick,
                    simulate,
                }
            },
        )
}

/// Any request (every field mostly plausible, sometimes arbitrary Unicode) of any
/// operation of the family.
fn arbitrary() -> impl Strategy<Value = Step> {
    (
        arb_request(),
        select(FAMILY),
        proptest::collection::vec(arb_server(), 0..=25),
        unicode(16),
        proptest::option::of(any::<Index>()),
        simulate(),
    )
        .prop_map(|(mut req, op, new_servers, id, pick, simulate)| {
            req.op = op;
            req.new_servers = new_servers;
            req[TextField::VServerGroupId] = id;
            Step {
                req,
                pick,
                simulate,
            }
        })
}

/// Sequences of requests, mostly plausible ones.
fn sequences() -> impl Strategy<Value = Vec<Step>> {
    proptest::collection::vec(prop_oneof![4 => plausible(), 1 => arbitrary()], 1..=60)
}

/// What identifies a member: ServerId, Port, and ServerIp for eni/eci (family facts
/// §2.4), written independently of the crate.
fn key(m: &ServerRow) -> (String, Option<u32>, Option<String>) {
    let ip = matches!(m.server_type.as_str(), "eni" | "eci").then(|| m.server_ip.clone());
    (m.server_id.clone(), parse_small_int(&m.port), ip)
}

/// The invariants of a state.
fn check_invariants(state: &State) -> Result<(), TestCaseError> {
    let mut ids = HashSet::new();
    let mut load: HashMap<(&str, &str), usize> = HashMap::new();
    for g in state.groups() {
        prop_assert!(ids.insert(&g.id), "the ID {} twice", g.id);
        let mut keys = HashSet::new();
        for m in &g.members {
            prop_assert!(keys.insert(key(m)), "{:?} twice in {}", key(m), g.id);
        }
        *load.entry((&g.region, &g.load_balancer_id)).or_default() += g.members.len();
    }
    for ((region, lb), n) in load {
        prop_assert!(n <= MEMBER_QUOTA, "{n} members on {region}/{lb}");
        prop_assert_eq!(state.load(region, lb), n);
    }
    Ok(())
}

/// Sends each step; checks every answer and the state after it.
fn run(steps: Vec<Step>) -> Result<(), TestCaseError> {
    let mut sandbox = Sandbox::new();
    let mut sent = 0usize;
    for mut step in steps {
        if let Some(pick) = step.pick.filter(|_| !sandbox.groups().is_empty()) {
            let group = pick.get(sandbox.groups());
            step.req[TextField::VServerGroupId] = group.id.clone();
        }
        let req = &step.req;
        let out = outcome(req);
        let before = sandbox.clone();
        let answer = sandbox.answer(req, &out.signed, &out.problems, step.simulate);
        prop_assert_eq!(&sandbox, &before, "answering changes nothing");
        // Before the operation runs, the sandbox answers as the stateless page does.
        match &out.respond(req, step.simulate) {
            Some(r) if r.status == 200 => {}
            other => prop_assert_eq!(&answer.response, other),
        }
        let entry = sandbox
            .send(req, &out.signed, &out.problems, step.simulate)
            .cloned();
        prop_assert_eq!(
            entry.as_ref().map(|e| &e.response),
            answer.response.as_ref()
        );
        let Some(entry) = entry else {
            prop_assert_eq!(&sandbox, &before, "an unsent request changes nothing");
            continue;
        };
        sent += 1;
        readable(&entry.response, req.op);
        prop_assert!(!entry.link.is_empty() && !entry.url.is_empty());
        if entry.response.status == 200 {
            if let Some(next) = &answer.next {
                prop_assert_eq!(sandbox.state(), next);
            } else {
                prop_assert_eq!(sandbox.state(), before.state());
            }
        } else {
            prop_assert!(answer.next.is_none());
            prop_assert_eq!(sandbox.state(), before.state(), "a failure changes nothing");
        }
        prop_assert_eq!(entry.state.as_ref(), sandbox.state());
        prop_assert_eq!(sandbox.history().len(), sent.min(HISTORY_LIMIT));
        check_invariants(sandbox.state())?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_of_requests_keeps_the_invariants(steps in sequences()) {
        run(steps)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// Long runs of plausible writes on one load balancer, to reach the quota.
    #[test]
    fn long_runs_reach_the_quota_and_stop_there(
        steps in proptest::collection::vec(plausible(), 120..=160)
    ) {
        let steps: Vec<Step> = steps
            .into_iter()
            .map(|mut s| {
                s.req[TextField::RegionId] = REGION.into();
                s.req[TextField::LoadBalancerId] = "lb-p1".into();
                s.simulate = None;
                s
            })
            .collect();
        run(steps)?;
    }
}
