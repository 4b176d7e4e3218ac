//! A mock SLB that remembers: the VServer groups the requests sent to it made, and
//! the history of those requests. Pure and deterministic like the rest of the crate:
//! the time a group is created is the request's signed `Timestamp`, its ID derives
//! from the request's content and the count of groups made
//! ([`crate::ids::sandbox_vserver_group_id`]), so the same sequence of requests
//! always gives the same answers.
//!
//! [`Sandbox::answer`] answers in the order of [`crate::Checked::respond`]: a local error
//! (the request cannot be sent) → no answer; a simulated runtime error → that failure;
//! a problem the service checks → its error; then the operation runs against the
//! state ([`State`]), dispatched on the shape of its answer
//! ([`crate::params::Response`]), as family facts §9 describes:
//!
//! | shape | operation | effect | the answer lists |
//! |---|---|---|---|
//! | `Created` | Create | a new group | the members given |
//! | `Added` | Add | new members appended; one already in the group → 400 | the whole group after |
//! | `Removed` | Remove | members named taken out, absent ones ignored | the members left, without Description |
//! | `Replaced` | Modify | Old\[i\] → New\[i\] in place; absent Old ignored, its New appended | the whole group after |
//! | `Attribute` | Set | renamed when a name is given; members named take Weight (and Description) | the whole group after and its name |
//! | `Group` | DescribeVServerGroupAttribute | none | everything of the group |
//! | `Groups` | DescribeVServerGroups | none | the load balancer's groups |
//! | `RequestIdOnly` | Delete | the group is gone | nothing |
//!
//! [`Sandbox::send`] applies a successful answer and records the request.
//!
//! ## Decisions where the facts are uncertain or only suggest
//!
//! - **Members** are kept in insertion order and keyed by (ServerId, Port), and by
//!   (ServerId, ServerIp, Port) for Type `eni`/`eci` (§2.4). They are stored with
//!   Add's defaults (Weight 100, Type `ecs`), so the answers after Create show
//!   `Type`; Create's own answer lists the members as given (`api-facts.md` §4).
//! - **Add** of a member already in the group: 400 `InvalidParameter` "The resource
//!   already exists." (§2.4's Suggestion). Two rows of one request naming the same
//!   member are validation's `DuplicateServer` error; rows validation tells apart but
//!   the key does not (two `ecs` rows differing only in ServerIp, which an `ecs`
//!   member ignores) get the same error from the sandbox, 400 `InvalidParameter`
//!   "The specified BackendServers is invalid.", in Create, Add and Modify's New list.
//! - **Modify** follows the strict 2018 rule (§4.2): Old and New of different lengths
//!   → 400 `InvalidParameter` "The specified BackendServers is invalid.". An Old entry
//!   not in the group is ignored and its New entry appended; both lists empty change
//!   nothing. A New entry that would then be in the group twice → "The resource
//!   already exists.". The New list's rows are validated like the main list's, at
//!   their own rows, before the sandbox sees the request.
//! - **Set**: unknown members are ignored, never added (§5.3), and listed in
//!   [`Answer::ignored`] for the page to warn about (no strict switch); a row without
//!   Weight keeps the member's weight.
//! - **Describe**: XML and JSON members in the order of §6.1 (RequestId,
//!   VServerGroupId, VServerGroupName, LoadBalancerId, CreateTime, BackendServers,
//!   Tags) and §7.2 (VServerGroupId, VServerGroupName, CreateTime, Tags,
//!   AssociatedObjects; no ServerCount); `Tags` is left out when a group has none;
//!   `AssociatedObjects` always holds empty Listeners and Rules (the sandbox has no
//!   listeners), whatever IncludeListener and IncludeRule say (either case is
//!   accepted). The name filter (`Description`) is an exact match; several tags must
//!   all match (AND), key and value exactly (a value is always sent, even empty).
//! - **DescribeVServerGroups** of a load balancer with no group lists none rather
//!   than 404 `InvalidLoadBalancerId.NotFound` (\[uncertain\] in §1.6): the sandbox
//!   knows load balancers only through their groups, so it cannot tell an unknown
//!   one from one whose groups were all deleted, which the service answers with an
//!   empty list. Likewise Create accepts any LoadBalancerId.
//! - **Unknown group**: any request naming a VServerGroupId the sandbox does not have
//!   in the request's region → 404 `InvalidParameter` "The specified VServerGroupId
//!   does not exist." (§1.6, §6.2).
//! - **Quota** (§1.7): at most [`MEMBER_QUOTA`] members per load balancer, every
//!   member of every group counted once (a (ServerId, Port) pair in two groups
//!   counts twice; there is no default group); past it, 400 `OverQuota` "The Total is
//!   over the quota.".
//! - **Delete** always succeeds on a known group (no listener or rule can use it).
//! - **Starting state**: the issue says "Reset clears the sandbox"; the sandbox
//!   instead starts, and [`Sandbox::reset`] returns, with the group the original
//!   page's example Create makes ([`crate::Request::seed`], signed at
//!   [`SEED_TIMESTAMP`]) and an empty history, so that a docs page about Add,
//!   Describe or Delete answers 200 out of the box. That group is `rsp-rtvald5ll1`
//!   (the ID the stateless Create answer shows for the seed) on
//!   `lb-bp1qjwo61pqz3ahltv0mw` in cn-hangzhou, with vm-233:80, vm-232:90 and
//!   vm-231:70 at weight 100:
//!
//! ```
//! use vsg_core::sandbox::Sandbox;
//! let sandbox = Sandbox::new();
//! let group = &sandbox.groups()[0];
//! assert_eq!(group.id, "rsp-rtvald5ll1");
//! assert_eq!(group.members.len(), 3);
//! assert!(sandbox.history().is_empty());
//! ```
//!
//! - **History** keeps the last [`HISTORY_LIMIT`] requests sent: each one's
//!   operation, permalink and signed URL (neither holds the AccessKeySecret, which
//!   is never stored), its answer and the state after it.

mod state;

use std::collections::VecDeque;
use std::sync::Arc;

pub use state::{Group, State, MEMBER_QUOTA};

use crate::form::Request;
use crate::mock::{MockResponse, RuntimeError};
use crate::model::TextField;
use crate::params::Operation;
use crate::permalink;
use crate::request::{sign_request, Generated, SignedRequest};
use crate::validate::Problem;

/// How many requests the history keeps: the oldest goes when a request is sent past
/// it.
pub const HISTORY_LIMIT: usize = 100;

/// The `Timestamp` the starting group is created at (that of the signature vectors):
/// its `CreateTime`.
pub const SEED_TIMESTAMP: &str = "2024-01-01T00:00:00Z";

/// What the sandbox answers a request.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answer {
    /// The response, or `None` when a local error keeps the request from being sent.
    pub response: Option<MockResponse>,
    /// The state after the request, for a write that succeeded (`None` for a read
    /// or a failure: nothing changes).
    pub next: Option<State>,
    /// The rows of the request's main list that named no member of the group and
    /// were ignored (Remove, Modify's Old list, Set), for the page to say so.
    pub ignored: Vec<usize>,
}

/// One request sent to the sandbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Its number: 1 for the first request sent since the sandbox started or was
    /// reset (a stable key as older entries go).
    pub number: u64,
    /// Its operation.
    pub op: &'static Operation,
    /// Its permalink fragment ([`crate::permalink::encode`]; never the secret).
    pub link: String,
    /// Its signed URL (the signature, never the secret).
    pub url: String,
    /// Its answer: status and body.
    pub response: MockResponse,
    /// The state after it.
    pub state: Arc<State>,
}

/// A group as a VServerGroupId picker shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pick {
    /// `VServerGroupId`.
    pub id: String,
    /// `VServerGroupName` (may be empty).
    pub name: String,
    /// Its region.
    pub region: String,
    /// Its load balancer.
    pub load_balancer_id: String,
    /// How many members it has.
    pub members: usize,
}

/// A mock SLB with a memory: its state and the requests sent to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sandbox {
    state: Arc<State>,
    history: VecDeque<Entry>,
    sent: u64,
}

impl Default for Sandbox {
    /// The starting state ([`Sandbox::new`]).
    fn default() -> Self {
        Sandbox::new()
    }
}

impl Sandbox {
    /// A sandbox in its starting state: the group the original page's example Create
    /// makes, and no history.
    pub fn new() -> Sandbox {
        Sandbox {
            state: Arc::new(start()),
            history: VecDeque::new(),
            sent: 0,
        }
    }

    /// Back to the starting state, with an empty history.
    pub fn reset(&mut self) {
        *self = Sandbox::new();
    }

    /// What the sandbox holds now.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// Every group, in creation order.
    pub fn groups(&self) -> &[Group] {
        self.state.groups()
    }

    /// The groups as a VServerGroupId picker lists them, in creation order.
    pub fn picks(&self) -> Vec<Pick> {
        self.groups()
            .iter()
            .map(|g| Pick {
                id: g.id.clone(),
                name: g.name.clone(),
                region: g.region.clone(),
                load_balancer_id: g.load_balancer_id.clone(),
                members: g.members.len(),
            })
            .collect()
    }

    /// The group `req` acts on: the one its `VServerGroupId` names in its region,
    /// when its operation takes a VServerGroupId and the sandbox has that group.
    pub fn target(&self, req: &Request) -> Option<&Group> {
        req.op.text_param(TextField::VServerGroupId)?;
        self.state
            .group(&req[TextField::RegionId], &req[TextField::VServerGroupId])
    }

    /// The requests sent, oldest first (at most [`HISTORY_LIMIT`]).
    pub fn history(&self) -> &VecDeque<Entry> {
        &self.history
    }

    /// What the sandbox would answer `req`, signed as `signed`, with `problems` (from
    /// [`crate::validate()`] or [`crate::Checked::problems`]) and `simulate` (a
    /// runtime error to answer instead), without changing anything.
    pub fn answer(
        &self,
        req: &Request,
        signed: &SignedRequest,
        problems: &[Problem],
        simulate: Option<&RuntimeError>,
    ) -> Answer {
        self.state.answer(req, signed, problems, simulate)
    }

    /// Sends `req`: answers it ([`Sandbox::answer`]), takes the state after a write
    /// that succeeded, and records the request in the history, failed or not. A
    /// request a local error keeps from being sent changes nothing, is not recorded
    /// and gives `None`; otherwise the entry recorded.
    pub fn send(
        &mut self,
        req: &Request,
        signed: &SignedRequest,
        problems: &[Problem],
        simulate: Option<&RuntimeError>,
    ) -> Option<&Entry> {
        let answer = self.answer(req, signed, problems, simulate);
        let response = answer.response?;
        if let Some(next) = answer.next.filter(|_| is_success(&response)) {
            self.state = Arc::new(next);
        }
        self.sent += 1;
        if self.history.len() >= HISTORY_LIMIT {
            self.history.pop_front();
        }
        self.history.push_back(Entry {
            number: self.sent,
            op: req.op,
            link: permalink::encode(req),
            url: signed.url.clone(),
            response,
            state: Arc::clone(&self.state),
        });
        self.history.back()
    }
}

/// Whether a response is a success (2xx).
fn is_success(response: &MockResponse) -> bool {
    (200..300).contains(&response.status)
}

/// The starting state: what the original page's example Create makes.
fn start() -> State {
    let req = Request::seed();
    let generated = Generated {
        timestamp: SEED_TIMESTAMP.into(),
        ..Generated::default()
    };
    let signed = sign_request(&req, &generated);
    let empty = State::default();
    empty.answer(&req, &signed, &[], None).next.unwrap_or(empty)
}
