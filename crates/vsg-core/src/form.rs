//! The form a user composes: an operation and every field exactly as typed.
//!
//! Values are kept as the text the user typed (a port is `"80"`, not `80`) so that
//! validation can point at what is wrong instead of losing it in a parse. What each
//! field means on the wire is described once, in [`crate::params`].

use std::ops::{Index, IndexMut};

use crate::model::{
    EndpointKind, Format, Method, ServerField, ServerList, ServerRow, TagRow, TextField,
};
use crate::params::{Operation, Param, Response, Value, FAMILY};

/// The VServerGroupId of the group the original page's example Create makes: the
/// group [`crate::sandbox::Sandbox`] starts with, which the examples of the other
/// operations act on ([`Request::example`]).
pub const EXAMPLE_GROUP_ID: &str = "rsp-rtvald5ll1";

/// The text of every [`TextField`], reached by index: `texts[TextField::RegionId]`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Texts([String; TextField::COUNT]);

impl Index<TextField> for Texts {
    type Output = String;

    fn index(&self, field: TextField) -> &String {
        &self.0[field as usize]
    }
}

impl IndexMut<TextField> for Texts {
    fn index_mut(&mut self, field: TextField) -> &mut String {
        &mut self.0[field as usize]
    }
}

/// A whole request as composed in the form: an operation and its fields.
///
/// The text fields are reached by index: `req[TextField::LoadBalancerId]`. Fields the
/// operation's table does not list are kept (so that switching operations loses
/// nothing) but neither sent nor checked.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Request {
    /// The operation the request calls.
    pub op: &'static Operation,
    /// The free-text fields (also reached as `req[field]`).
    pub texts: Texts,
    /// The BackendServers list ([`ServerList::Main`]); empty = parameter not sent.
    pub servers: Vec<ServerRow>,
    /// ModifyVServerGroupBackendServers' `NewBackendServers` ([`ServerList::New`]).
    pub new_servers: Vec<ServerRow>,
    /// `Tag.N` pairs, sent 1-based in this order.
    pub tags: Vec<TagRow>,
    /// `Format`.
    pub format: Format,
    /// HTTP method.
    pub method: Method,
    /// Which endpoint the URL uses.
    pub endpoint: EndpointKind,
}

impl Default for Request {
    /// An empty form for the default operation ([`FAMILY`]'s first).
    fn default() -> Self {
        Request {
            op: FAMILY[0],
            texts: Texts::default(),
            servers: Vec::new(),
            new_servers: Vec::new(),
            tags: Vec::new(),
            format: Format::default(),
            method: Method::default(),
            endpoint: EndpointKind::default(),
        }
    }
}

impl Index<TextField> for Request {
    type Output = String;

    fn index(&self, field: TextField) -> &String {
        &self.texts[field]
    }
}

impl IndexMut<TextField> for Request {
    fn index_mut(&mut self, field: TextField) -> &mut String {
        &mut self.texts[field]
    }
}

impl Request {
    /// Whether `param` is set: non-empty text, any row, any tag. The choices (Format,
    /// method, endpoint) always have a value.
    pub fn is_set(&self, param: &Param) -> bool {
        match param.value {
            Value::Text(f) | Value::Long(f) | Value::Bool(f) => !self[f].is_empty(),
            Value::ServersJson(list) => !self.list(list).is_empty(),
            Value::TagList => !self.tags.is_empty(),
            Value::Format | Value::Method | Value::Endpoint => true,
        }
    }

    /// The rows of one BackendServers list.
    pub fn list(&self, list: ServerList) -> &Vec<ServerRow> {
        match list {
            ServerList::Main => &self.servers,
            ServerList::New => &self.new_servers,
        }
    }

    /// The rows of one BackendServers list, to change them.
    pub fn list_mut(&mut self, list: ServerList) -> &mut Vec<ServerRow> {
        match list {
            ServerList::Main => &mut self.servers,
            ServerList::New => &mut self.new_servers,
        }
    }

    /// How many bytes of text the form holds in its fields (but the AccessKeySecret,
    /// which is never written out), rows and tags: a lower bound of the length of its
    /// permalink, found without reading the text.
    pub fn text_len(&self) -> usize {
        let texts: usize = self.texts.0.iter().map(String::len).sum::<usize>()
            - self[TextField::AccessKeySecret].len();
        let rows: usize = self
            .servers
            .iter()
            .chain(&self.new_servers)
            .map(|r| {
                ServerField::ALL
                    .iter()
                    .map(|&f| r.get(f).len())
                    .sum::<usize>()
            })
            .sum();
        let tags: usize = self.tags.iter().map(|t| t.key.len() + t.value.len()).sum();
        texts + rows + tags
    }

    /// The example of the original API page: cn-hangzhou, `lb-bp1qjwo61pqz3ahltv0mw`,
    /// servers vm-233:80, vm-232:90, vm-231:70, all weight 100.
    pub fn seed() -> Request {
        let mut req = Request {
            servers: vec![
                ServerRow::new("vm-233", "80", "100"),
                ServerRow::new("vm-232", "90", "100"),
                ServerRow::new("vm-231", "70", "100"),
            ],
            ..Request::default()
        };
        req[TextField::RegionId] = "cn-hangzhou".into();
        req[TextField::LoadBalancerId] = "lb-bp1qjwo61pqz3ahltv0mw".into();
        req
    }

    /// A sensible request of `op` that the sandbox answers with a success from its
    /// starting state ([`crate::sandbox::Sandbox::new`]), all in cn-hangzhou:
    ///
    /// | operation | the example |
    /// |---|---|
    /// | Create | [`Request::seed`] |
    /// | Add | one new member, vm-234:80 at weight 100, to [`EXAMPLE_GROUP_ID`] |
    /// | Remove | vm-231:70, one of the group's members |
    /// | Modify | Old vm-232:90 → New vm-235:90, weight 100 |
    /// | Set | rename to `web-renamed`, vm-233:80 to weight 50 |
    /// | DescribeVServerGroupAttribute, Delete | the group |
    /// | DescribeVServerGroups | the group's load balancer |
    ///
    /// ```
    /// use vsg_core::{params::ADD_VSERVER_GROUP_BACKEND_SERVERS, Request, TextField};
    /// let add = Request::example(&ADD_VSERVER_GROUP_BACKEND_SERVERS);
    /// assert_eq!(add[TextField::VServerGroupId], "rsp-rtvald5ll1");
    /// assert_eq!(add.servers[0].server_id, "vm-234");
    /// ```
    pub fn example(op: &'static Operation) -> Request {
        let row = ServerRow::new;
        let seed = Request::seed();
        let mut req = Request {
            op,
            ..Request::default()
        }
        .with(TextField::RegionId, seed[TextField::RegionId].clone())
        .with(TextField::VServerGroupId, EXAMPLE_GROUP_ID);
        match op.response {
            Response::Created => return seed,
            Response::Added => req.servers = vec![row("vm-234", "80", "100")],
            Response::Removed => req.servers = vec![row("vm-231", "70", "100")],
            Response::Replaced => {
                req.servers = vec![row("vm-232", "90", "100")];
                req.new_servers = vec![row("vm-235", "90", "100")];
            }
            Response::Attribute => {
                req.servers = vec![row("vm-233", "80", "50")];
                req[TextField::VServerGroupName] = "web-renamed".into();
            }
            Response::Groups => {
                req[TextField::VServerGroupId].clear();
                req[TextField::LoadBalancerId] = seed[TextField::LoadBalancerId].clone();
            }
            Response::Group | Response::RequestIdOnly => {}
        }
        req
    }

    /// Sets a text field, builder style: `Request::default().with(TextField::RegionId, "cn-beijing")`.
    pub fn with(mut self, field: TextField, value: impl Into<String>) -> Request {
        self[field] = value.into();
        self
    }
}
