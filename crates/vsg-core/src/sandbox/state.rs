//! What the sandbox remembers ([`State`]: its groups) and what each operation does to
//! it: the semantics of family facts §9, one function per [`Response`] shape.

use super::Answer;
use crate::form::Request;
use crate::ids::{mock_request_id, sandbox_vserver_group_id};
use crate::mock::{failure, success_of, GroupBody, MockResponse, RuntimeError};
use crate::model::{parse_small_int, ServerRow, TagRow, TextField};
use crate::outcome::{gate, Gate};
use crate::params::{Response, TIMESTAMP};
use crate::request::SignedRequest;
use crate::validate::servers::invalid_servers;
use crate::validate::{ApiError, Problem};

/// Most members the groups of one load balancer hold together (family facts §1.7:
/// `slb_quota_backendservers_num`, 200 by default): every member of every group of
/// the load balancer counts once; the sandbox has no default server group.
pub const MEMBER_QUOTA: usize = 200;

/// One VServer group the sandbox holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// `VServerGroupId`: `rsp-` and 10 letters or digits, unique in the sandbox.
    pub id: String,
    /// The `RegionId` it was created in: requests in another region do not see it.
    pub region: String,
    /// The load balancer it belongs to.
    pub load_balancer_id: String,
    /// `VServerGroupName` (empty when it was created without one).
    pub name: String,
    /// When it was created: the Create request's signed `Timestamp`.
    pub create_time: String,
    /// The tags it was created with, in request order.
    pub tags: Vec<TagRow>,
    /// Its members in insertion order, stored as the service would hold them: Port
    /// and Weight as numbers (`080` is `80`; no Weight is 100), no Type is `ecs`.
    pub members: Vec<ServerRow>,
}

impl Group {
    /// The group as a success body tells of it.
    fn body(&self) -> GroupBody<'_> {
        GroupBody {
            id: &self.id,
            name: &self.name,
            load_balancer_id: &self.load_balancer_id,
            create_time: &self.create_time,
            tags: &self.tags,
            members: &self.members,
        }
    }

    /// Where a member with `key` is.
    fn find(&self, key: &Key<'_>) -> Option<usize> {
        self.members.iter().position(|m| Key::of(m) == *key)
    }

    /// Whether the group is on load balancer `load_balancer_id` of `region`.
    fn on(&self, region: &str, load_balancer_id: &str) -> bool {
        self.region == region && self.load_balancer_id == load_balancer_id
    }
}

/// What identifies a member (family facts §2.4): ServerId and Port, and ServerIp too
/// for Type `eni` or `eci`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Key<'a> {
    server_id: &'a str,
    /// The Port as a number (`None` for a Port that is not one, which validation
    /// refuses).
    port: Option<u32>,
    /// The ServerIp of an `eni` or `eci` member.
    server_ip: Option<&'a str>,
}

impl<'a> Key<'a> {
    fn of(row: &'a ServerRow) -> Key<'a> {
        Key {
            server_id: &row.server_id,
            port: parse_small_int(&row.port),
            server_ip: matches!(row.server_type.as_str(), "eni" | "eci")
                .then_some(row.server_ip.as_str()),
        }
    }
}

/// A member as the group stores it (Add's defaults: Weight 100, Type `ecs`).
fn stored(row: &ServerRow) -> ServerRow {
    let number = |text: &str, default: u32| parse_small_int(text).unwrap_or(default).to_string();
    let server_type = if row.server_type.is_empty() {
        "ecs"
    } else {
        &row.server_type
    };
    ServerRow {
        server_id: row.server_id.clone(),
        port: number(&row.port, 0),
        weight: number(&row.weight, 100),
        server_type: server_type.into(),
        server_ip: row.server_ip.clone(),
        description: row.description.clone(),
    }
}

/// Whether two rows of `rows` are the same member. (Compared pairwise: a group holds
/// at most [`MEMBER_QUOTA`] members, and a hash set would cost the page more code
/// than the comparisons cost time.)
fn has_duplicates(rows: &[ServerRow]) -> bool {
    let keys: Vec<Key<'_>> = rows.iter().map(Key::of).collect();
    (1..keys.len()).any(|i| keys[..i].contains(&keys[i]))
}

/// 404 `InvalidParameter`: the request names a group the sandbox does not have
/// (family facts §1.6).
fn no_such_group() -> ApiError {
    ApiError::new(
        404,
        "InvalidParameter",
        "The specified VServerGroupId does not exist.",
    )
}

/// 400 `InvalidParameter`: a member already in the group (family facts §2.4).
fn already_exists() -> ApiError {
    ApiError::new(400, "InvalidParameter", "The resource already exists.")
}

/// 400 `OverQuota`: past [`MEMBER_QUOTA`] (family facts §1.6, §1.7).
fn over_quota() -> ApiError {
    ApiError::new(400, "OverQuota", "The Total is over the quota.")
}

/// What a call that succeeds comes to.
struct Done {
    /// The state after a write (`None` for a read).
    next: Option<State>,
    /// The answer.
    response: MockResponse,
    /// Rows of the request's main list that matched no member.
    ignored: Vec<usize>,
}

/// What the request a call answers carries: the request, and what signing gave.
struct Call<'a> {
    req: &'a Request,
    signed: &'a SignedRequest,
}

impl Call<'_> {
    /// The answer of the request's operation telling of `groups`.
    fn success(&self, groups: &[GroupBody<'_>]) -> MockResponse {
        let request_id = mock_request_id(&self.signed.content_digest);
        success_of(self.req.op, &request_id, groups)
    }

    /// The request's text in `field`.
    fn text(&self, field: TextField) -> &str {
        &self.req[field]
    }

    /// The ID of the group the request names: its `VServerGroupId`, when its
    /// operation takes one (empty otherwise).
    fn group_id(&self) -> &str {
        match self.req.op.text_param(TextField::VServerGroupId) {
            Some(_) => self.text(TextField::VServerGroupId),
            None => "",
        }
    }

    /// The `Timestamp` the request was signed with: what the service's clock says.
    fn timestamp(&self) -> &str {
        self.signed
            .params
            .iter()
            .find(|p| p.name == TIMESTAMP.name)
            .map_or("", |p| p.value.as_str())
    }
}

/// What the sandbox remembers: its groups, in creation order, and how many it has
/// made (the IDs derive from that count). Only the operations change it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    groups: Vec<Group>,
    made: u64,
}

impl State {
    /// Every group, in creation order.
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// How many groups were ever made (deleted ones included): the count the next
    /// group's ID derives from.
    pub fn made(&self) -> u64 {
        self.made
    }

    /// The group `id` of `region`.
    pub fn group(&self, region: &str, id: &str) -> Option<&Group> {
        self.groups.get(self.position(region, id)?)
    }

    /// Where the group `id` of `region` is.
    fn position(&self, region: &str, id: &str) -> Option<usize> {
        self.groups
            .iter()
            .position(|g| g.id == id && g.region == region)
    }

    /// How many members the groups of load balancer `load_balancer_id` of `region`
    /// hold together (what [`MEMBER_QUOTA`] bounds).
    pub fn load(&self, region: &str, load_balancer_id: &str) -> usize {
        self.groups
            .iter()
            .filter(|g| g.on(region, load_balancer_id))
            .map(|g| g.members.len())
            .sum()
    }

    /// The sandbox's answer to `req` (see [`super::Sandbox::answer`]).
    pub fn answer(
        &self,
        req: &Request,
        signed: &SignedRequest,
        problems: &[Problem],
        simulate: Option<&RuntimeError>,
    ) -> Answer {
        match gate(req, problems, signed, simulate) {
            Gate::Unsent => Answer::default(),
            Gate::Refused(failure) => Answer {
                response: Some(failure),
                ..Answer::default()
            },
            Gate::Passed => match self.run(&Call { req, signed }) {
                Ok(done) => Answer {
                    response: Some(done.response),
                    next: done.next,
                    ignored: done.ignored,
                },
                Err(e) => Answer {
                    response: Some(failure(&e, &signed.host, &signed.content_digest)),
                    ..Answer::default()
                },
            },
        }
    }

    /// Carries out a request nothing stopped: the group it names, then its
    /// operation's semantics, by the shape of its answer.
    fn run(&self, call: &Call<'_>) -> Result<Done, ApiError> {
        let at = || self.named(call);
        match call.req.op.response {
            Response::Created => self.create(call),
            Response::Added => self.add(call, at()?),
            Response::Removed => Ok(self.remove(call, at()?)),
            Response::Replaced => self.modify(call, at()?),
            Response::Attribute => Ok(self.set(call, at()?)),
            Response::Group => Ok(self.describe(call, at()?)),
            Response::Groups => Ok(self.list(call)),
            Response::RequestIdOnly => Ok(self.delete(call, at()?)),
        }
    }

    /// Where the group the request names is: 404 when the sandbox has no such group
    /// in the request's region.
    fn named(&self, call: &Call<'_>) -> Result<usize, ApiError> {
        self.position(call.text(TextField::RegionId), call.group_id())
            .ok_or_else(no_such_group)
    }

    /// Refuses a change of the load balancer `group` is on that takes the group from
    /// `before` members to `after` past [`MEMBER_QUOTA`].
    fn quota(&self, group: &Group, before: usize, after: usize) -> Result<(), ApiError> {
        let others = self
            .load(&group.region, &group.load_balancer_id)
            .saturating_sub(before);
        if others + after > MEMBER_QUOTA {
            return Err(over_quota());
        }
        Ok(())
    }

    /// The state with group `at`'s members replaced by `members`, and its answer.
    fn with_members(&self, call: &Call<'_>, at: usize, members: Vec<ServerRow>) -> Done {
        let mut next = self.clone();
        next.groups[at].members = members;
        Done {
            response: call.success(&[next.groups[at].body()]),
            next: Some(next),
            ignored: Vec::new(),
        }
    }

    /// CreateVServerGroup: a new group with the members given; the answer lists them
    /// as given.
    fn create(&self, call: &Call<'_>) -> Result<Done, ApiError> {
        let req = call.req;
        if has_duplicates(&req.servers) {
            return Err(invalid_servers());
        }
        let mut group = Group {
            id: String::new(),
            region: call.text(TextField::RegionId).into(),
            load_balancer_id: call.text(TextField::LoadBalancerId).into(),
            name: call.text(TextField::VServerGroupName).into(),
            create_time: call.timestamp().into(),
            tags: req.tags.clone(),
            members: req.servers.iter().map(stored).collect(),
        };
        self.quota(&group, 0, group.members.len())?;
        let mut next = self.clone();
        group.id = next.draw_id(&call.signed.content_digest);
        let response = call.success(&[GroupBody {
            id: &group.id,
            members: &req.servers,
            ..GroupBody::default()
        }]);
        next.groups.push(group);
        Ok(Done {
            next: Some(next),
            response,
            ignored: Vec::new(),
        })
    }

    /// The ID of the next group: from the request's content and the count of groups
    /// made, counted on past an ID the sandbox already has (a digest collision).
    fn draw_id(&mut self, content: &[u8; 20]) -> String {
        loop {
            let id = sandbox_vserver_group_id(content, self.made);
            self.made += 1;
            if self.groups.iter().all(|g| g.id != id) {
                return id;
            }
        }
    }

    /// AddVServerGroupBackendServers: the new members appended; a member already in
    /// the group is refused.
    fn add(&self, call: &Call<'_>, at: usize) -> Result<Done, ApiError> {
        let group = &self.groups[at];
        let rows = &call.req.servers;
        if has_duplicates(rows) {
            return Err(invalid_servers());
        }
        if rows.iter().any(|r| group.find(&Key::of(r)).is_some()) {
            return Err(already_exists());
        }
        let mut members = group.members.clone();
        members.extend(rows.iter().map(stored));
        self.quota(group, group.members.len(), members.len())?;
        Ok(self.with_members(call, at, members))
    }

    /// RemoveVServerGroupBackendServers: the members named taken out, the others
    /// named ignored.
    fn remove(&self, call: &Call<'_>, at: usize) -> Done {
        let group = &self.groups[at];
        let rows = &call.req.servers;
        let named: Vec<Key<'_>> = rows.iter().map(Key::of).collect();
        let members = group
            .members
            .iter()
            .filter(|m| !named.contains(&Key::of(m)))
            .cloned()
            .collect();
        let ignored = absent(group, rows);
        Done {
            ignored,
            ..self.with_members(call, at, members)
        }
    }

    /// ModifyVServerGroupBackendServers: Old[i] replaced by New[i] in its place; an
    /// absent Old[i] is ignored and New[i] appended. The lists must be as long as
    /// each other (the strict 2018 rule).
    fn modify(&self, call: &Call<'_>, at: usize) -> Result<Done, ApiError> {
        let group = &self.groups[at];
        let (old, new) = (&call.req.servers, &call.req.new_servers);
        if old.len() != new.len() {
            return Err(invalid_servers());
        }
        if has_duplicates(new) {
            return Err(invalid_servers());
        }
        let mut members = group.members.clone();
        let mut taken = vec![false; members.len()];
        let mut appended = Vec::new();
        let mut ignored = Vec::new();
        for (i, (o, n)) in old.iter().zip(new).enumerate() {
            // Old entries are looked for among the members before the call.
            let key = Key::of(o);
            let place =
                (0..group.members.len()).find(|&j| !taken[j] && Key::of(&group.members[j]) == key);
            match place {
                Some(j) => {
                    taken[j] = true;
                    members[j] = stored(n);
                }
                None => {
                    ignored.push(i);
                    appended.push(stored(n));
                }
            }
        }
        members.extend(appended);
        if has_duplicates(&members) {
            return Err(already_exists());
        }
        self.quota(group, group.members.len(), members.len())?;
        Ok(Done {
            ignored,
            ..self.with_members(call, at, members)
        })
    }

    /// SetVServerGroupAttribute: a new name when one is given; the members named take
    /// their Weight (and Description) when given; others named are ignored, never
    /// added.
    fn set(&self, call: &Call<'_>, at: usize) -> Done {
        let group = &self.groups[at];
        let rows = &call.req.servers;
        let mut next = self.clone();
        let changed = &mut next.groups[at];
        let name = call.text(TextField::VServerGroupName);
        if !name.is_empty() {
            changed.name = name.into();
        }
        for row in rows {
            let Some(j) = group.find(&Key::of(row)) else {
                continue;
            };
            let member = &mut changed.members[j];
            if let Some(weight) = parse_small_int(&row.weight) {
                member.weight = weight.to_string();
            }
            if !row.description.is_empty() {
                member.description = row.description.clone();
            }
        }
        Done {
            response: call.success(&[next.groups[at].body()]),
            ignored: absent(group, rows),
            next: Some(next),
        }
    }

    /// DescribeVServerGroupAttribute: everything of the group.
    fn describe(&self, call: &Call<'_>, at: usize) -> Done {
        Done {
            next: None,
            response: call.success(&[self.groups[at].body()]),
            ignored: Vec::new(),
        }
    }

    /// DescribeVServerGroups: the groups of the load balancer, in creation order,
    /// with the name given (exactly) and every tag given (key and value exactly).
    /// A load balancer without groups lists none.
    fn list(&self, call: &Call<'_>) -> Done {
        let region = call.text(TextField::RegionId);
        let load_balancer_id = call.text(TextField::LoadBalancerId);
        let name = call.text(TextField::DescriptionFilter);
        let wanted = |g: &&Group| {
            g.on(region, load_balancer_id)
                && (name.is_empty() || g.name == name)
                && call.req.tags.iter().all(|t| g.tags.contains(t))
        };
        let groups: Vec<GroupBody<'_>> =
            self.groups.iter().filter(wanted).map(Group::body).collect();
        Done {
            next: None,
            response: call.success(&groups),
            ignored: Vec::new(),
        }
    }

    /// DeleteVServerGroup: the group is gone (no listener or rule can hold it here).
    fn delete(&self, call: &Call<'_>, at: usize) -> Done {
        let mut next = self.clone();
        next.groups.remove(at);
        Done {
            next: Some(next),
            response: call.success(&[]),
            ignored: Vec::new(),
        }
    }
}

/// The rows of `rows` that name no member of `group`.
fn absent(group: &Group, rows: &[ServerRow]) -> Vec<usize> {
    (0..rows.len())
        .filter(|&i| group.find(&Key::of(&rows[i])).is_none())
        .collect()
}
