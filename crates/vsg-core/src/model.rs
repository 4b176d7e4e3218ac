//! The request a user composes: every field exactly as typed.
//!
//! Values are kept as the text the user typed (a port is `"80"`, not `80`) so that
//! validation can point at what is wrong instead of losing it in a parse. What each
//! field means on the wire is described once, in [`crate::params`].

/// Most entries a BackendServers list may hold (`TooManyBackendServers` beyond).
pub const MAX_SERVERS: usize = 20;
/// Most `Tag.N` pairs a request may carry (`SizeLimitExceeded.Tag` beyond).
pub const MAX_TAGS: usize = 20;

/// Parses a non-negative decimal integer of at most 9 digits ("080" is 80): how Port
/// and Weight are read.
pub fn parse_small_int(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The `Format` common parameter: the response format asked for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Format {
    /// `Format=JSON` (the playground's default; always sent explicitly).
    #[default]
    Json,
    /// `Format=XML`.
    Xml,
}

impl Format {
    /// Every format, in the order the page offers them.
    pub const ALL: [Format; 2] = [Format::Json, Format::Xml];

    /// The value sent on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Xml => "XML",
        }
    }

    /// Parses a wire value, case-insensitively.
    pub fn parse(s: &str) -> Option<Format> {
        [Format::Json, Format::Xml]
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(s))
    }
}

/// The HTTP method. It is part of the StringToSign.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET` (default).
    #[default]
    Get,
    /// `POST` with an empty body; all parameters stay in the query string.
    Post,
}

impl Method {
    /// Every method, in the order the page offers them.
    pub const ALL: [Method; 2] = [Method::Get, Method::Post];

    /// The method name as sent and signed.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }

    /// Parses `GET` / `POST`, case-insensitively.
    pub fn parse(s: &str) -> Option<Method> {
        [Method::Get, Method::Post]
            .into_iter()
            .find(|m| m.as_str().eq_ignore_ascii_case(s))
    }
}

/// Which host the request goes to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum EndpointKind {
    /// The public endpoint for the region (`slb.aliyuncs.com` / `slb.<region>.aliyuncs.com`).
    #[default]
    Public,
    /// The VPC endpoint `slb-vpc.<region>.aliyuncs.com`.
    Vpc,
    /// A host typed by the user ([`TextField::CustomEndpoint`]).
    Custom,
}

impl EndpointKind {
    /// Every kind, in the order the page offers them.
    pub const ALL: [EndpointKind; 3] = [
        EndpointKind::Public,
        EndpointKind::Vpc,
        EndpointKind::Custom,
    ];

    /// A stable short name (`public`, `vpc`, `custom`), used by selects and permalinks.
    pub fn as_str(self) -> &'static str {
        match self {
            EndpointKind::Public => "public",
            EndpointKind::Vpc => "vpc",
            EndpointKind::Custom => "custom",
        }
    }

    /// Parses the short name written by [`EndpointKind::as_str`].
    pub fn parse(s: &str) -> Option<EndpointKind> {
        [
            EndpointKind::Public,
            EndpointKind::Vpc,
            EndpointKind::Custom,
        ]
        .into_iter()
        .find(|e| e.as_str() == s)
    }
}

/// A BackendServers `Type` the service knows, with the prefix of its instance IDs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ServerType {
    /// The value sent: `ecs`, `eni` or `eci`.
    pub name: &'static str,
    /// How this type's `ServerId`s begin: `i-`, `eni-`, `eci-`.
    pub id_prefix: &'static str,
}

/// Every `Type` a BackendServers row may name, the service default (`ecs`) first.
pub const SERVER_TYPES: [ServerType; 3] = [
    ServerType {
        name: "ecs",
        id_prefix: "i-",
    },
    ServerType {
        name: "eni",
        id_prefix: "eni-",
    },
    ServerType {
        name: "eci",
        id_prefix: "eci-",
    },
];

/// The type a row's `Type` text names: an empty one is the service default, `ecs`;
/// `None` for a type the service does not know.
pub fn server_type(text: &str) -> Option<&'static ServerType> {
    if text.is_empty() {
        return SERVER_TYPES.first();
    }
    SERVER_TYPES.iter().find(|t| t.name == text)
}

/// One entry of the BackendServers list, every field as typed.
///
/// An empty field is left out of the JSON sent (for `server_id` and `port`, which are
/// required, validation reports it).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ServerRow {
    /// `ServerId`: ECS `i-…`, ENI `eni-…` or ECI `eci-…` instance ID.
    pub server_id: String,
    /// `Port`: 1–65535.
    pub port: String,
    /// `Weight`: 0–100.
    pub weight: String,
    /// `Type`: `ecs`, `eni`, `eci`, or empty for the service default (`ecs`).
    pub server_type: String,
    /// `ServerIp`: IPv4/IPv6 address of an ENI/ECI.
    pub server_ip: String,
    /// `Description`: 1–80 characters.
    pub description: String,
}

/// Which BackendServers list of a request: the one every operation has
/// (`BackendServers`, or `OldBackendServers` of ModifyVServerGroupBackendServers), or
/// Modify's `NewBackendServers`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ServerList {
    /// `BackendServers` (`OldBackendServers` in ModifyVServerGroupBackendServers).
    #[default]
    Main,
    /// `NewBackendServers` of ModifyVServerGroupBackendServers.
    New,
}

impl ServerList {
    /// Both lists.
    pub const ALL: [ServerList; 2] = [ServerList::Main, ServerList::New];
}

/// The six fields of a [`ServerRow`], in the order they are sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ServerField {
    /// `ServerId`
    ServerId,
    /// `Port`
    Port,
    /// `Weight`
    Weight,
    /// `Type`
    Type,
    /// `ServerIp`
    ServerIp,
    /// `Description`
    Description,
}

impl ServerField {
    /// All fields, in wire order.
    pub const ALL: [ServerField; 6] = [
        ServerField::ServerId,
        ServerField::Port,
        ServerField::Weight,
        ServerField::Type,
        ServerField::ServerIp,
        ServerField::Description,
    ];

    /// The JSON key of the field.
    pub fn name(self) -> &'static str {
        match self {
            ServerField::ServerId => "ServerId",
            ServerField::Port => "Port",
            ServerField::Weight => "Weight",
            ServerField::Type => "Type",
            ServerField::ServerIp => "ServerIp",
            ServerField::Description => "Description",
        }
    }
}

impl From<[String; 6]> for ServerRow {
    /// A row from its fields in [`ServerField::ALL`] order.
    fn from([server_id, port, weight, server_type, server_ip, description]: [String; 6]) -> Self {
        ServerRow {
            server_id,
            port,
            weight,
            server_type,
            server_ip,
            description,
        }
    }
}

impl ServerRow {
    /// A row with the three fields the seed example uses.
    pub fn new(server_id: &str, port: &str, weight: &str) -> ServerRow {
        ServerRow {
            server_id: server_id.into(),
            port: port.into(),
            weight: weight.into(),
            ..ServerRow::default()
        }
    }

    /// The text of one field.
    pub fn get(&self, field: ServerField) -> &str {
        match field {
            ServerField::ServerId => &self.server_id,
            ServerField::Port => &self.port,
            ServerField::Weight => &self.weight,
            ServerField::Type => &self.server_type,
            ServerField::ServerIp => &self.server_ip,
            ServerField::Description => &self.description,
        }
    }

    /// Mutable access to one field.
    pub fn get_mut(&mut self, field: ServerField) -> &mut String {
        match field {
            ServerField::ServerId => &mut self.server_id,
            ServerField::Port => &mut self.port,
            ServerField::Weight => &mut self.weight,
            ServerField::Type => &mut self.server_type,
            ServerField::ServerIp => &mut self.server_ip,
            ServerField::Description => &mut self.description,
        }
    }
}

/// One `Tag.N.Key` / `Tag.N.Value` pair.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct TagRow {
    /// `Tag.N.Key`: 1–64 characters.
    pub key: String,
    /// `Tag.N.Value`: 0–128 characters.
    pub value: String,
}

/// The free-text (scalar) fields of a [`Request`]. A request is indexed by them:
/// `req[TextField::RegionId]`. What each one is on the wire is in [`crate::params`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextField {
    /// `RegionId`
    RegionId,
    /// `LoadBalancerId`
    LoadBalancerId,
    /// `VServerGroupName`
    VServerGroupName,
    /// `VServerGroupId` (of the group an operation acts on)
    VServerGroupId,
    /// `Description` of DescribeVServerGroups: the name of the groups to list.
    DescriptionFilter,
    /// `IncludeListener` of DescribeVServerGroups (`true` / `false`).
    IncludeListener,
    /// `IncludeRule` of DescribeVServerGroups (`true` / `false`).
    IncludeRule,
    /// `ResourceOwnerAccount`
    ResourceOwnerAccount,
    /// `OwnerAccount`
    OwnerAccount,
    /// `OwnerId`
    OwnerId,
    /// `ResourceOwnerId`
    ResourceOwnerId,
    /// The custom endpoint host.
    CustomEndpoint,
    /// `AccessKeyId`
    AccessKeyId,
    /// The AccessKeySecret (never sent; it keys the HMAC).
    AccessKeySecret,
    /// `SignatureNonce` (empty = generated)
    SignatureNonce,
    /// `Timestamp` (empty = generated)
    Timestamp,
}

impl TextField {
    /// How many text fields a request has.
    pub const COUNT: usize = 16;

    /// Every text field, in declaration order (`ALL[f as usize] == f`).
    pub const ALL: [TextField; TextField::COUNT] = [
        TextField::RegionId,
        TextField::LoadBalancerId,
        TextField::VServerGroupName,
        TextField::VServerGroupId,
        TextField::DescriptionFilter,
        TextField::IncludeListener,
        TextField::IncludeRule,
        TextField::ResourceOwnerAccount,
        TextField::OwnerAccount,
        TextField::OwnerId,
        TextField::ResourceOwnerId,
        TextField::CustomEndpoint,
        TextField::AccessKeyId,
        TextField::AccessKeySecret,
        TextField::SignatureNonce,
        TextField::Timestamp,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_is_listed_once_and_reads_back() {
        for f in Format::ALL {
            assert_eq!(Format::parse(f.as_str()), Some(f));
        }
        for m in Method::ALL {
            assert_eq!(Method::parse(m.as_str()), Some(m));
        }
        for e in EndpointKind::ALL {
            assert_eq!(EndpointKind::parse(e.as_str()), Some(e));
        }
    }

    #[test]
    fn an_empty_type_is_the_default_and_an_unknown_one_is_none() {
        assert_eq!(server_type("").map(|t| t.name), Some("ecs"));
        assert_eq!(server_type("eni").map(|t| t.id_prefix), Some("eni-"));
        assert_eq!(server_type("ECS"), None);
        assert_eq!(server_type("vm"), None);
    }
}
