//! The request a user composes: every field exactly as typed.
//!
//! Values are kept as the text the user typed (a port is `"80"`, not `80`) so that
//! validation can point at what is wrong instead of losing it in a parse.

/// Most entries a BackendServers list may hold (`TooManyBackendServers` beyond).
pub const MAX_SERVERS: usize = 20;
/// Most `Tag.N` pairs a request may carry (`SizeLimitExceeded.Tag` beyond).
pub const MAX_TAGS: usize = 20;

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
    /// The value sent on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Xml => "XML",
        }
    }

    /// Parses a wire value, case-insensitively.
    pub fn parse(s: &str) -> Option<Format> {
        match s.to_ascii_uppercase().as_str() {
            "JSON" => Some(Format::Json),
            "XML" => Some(Format::Xml),
            _ => None,
        }
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
    /// The method name as sent and signed.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }

    /// Parses `GET` / `POST`, case-insensitively.
    pub fn parse(s: &str) -> Option<Method> {
        match s.to_ascii_uppercase().as_str() {
            "GET" => Some(Method::Get),
            "POST" => Some(Method::Post),
            _ => None,
        }
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
    /// A host typed by the user ([`Request::custom_endpoint`]).
    Custom,
}

impl EndpointKind {
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
        match s {
            "public" => Some(EndpointKind::Public),
            "vpc" => Some(EndpointKind::Vpc),
            "custom" => Some(EndpointKind::Custom),
            _ => None,
        }
    }
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

/// The scalar (non-list) fields of a [`Request`], named by their API parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    /// `RegionId`
    RegionId,
    /// `LoadBalancerId`
    LoadBalancerId,
    /// `VServerGroupName`
    VServerGroupName,
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
    /// The parameter name, which is also the input's accessible name.
    pub fn name(self) -> &'static str {
        match self {
            TextField::RegionId => "RegionId",
            TextField::LoadBalancerId => "LoadBalancerId",
            TextField::VServerGroupName => "VServerGroupName",
            TextField::ResourceOwnerAccount => "ResourceOwnerAccount",
            TextField::OwnerAccount => "OwnerAccount",
            TextField::OwnerId => "OwnerId",
            TextField::ResourceOwnerId => "ResourceOwnerId",
            TextField::CustomEndpoint => "Custom endpoint",
            TextField::AccessKeyId => "AccessKeyId",
            TextField::AccessKeySecret => "AccessKeySecret",
            TextField::SignatureNonce => "SignatureNonce",
            TextField::Timestamp => "Timestamp",
        }
    }
}

/// A whole CreateVServerGroup request as composed in the form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Request {
    /// `RegionId` (required).
    pub region_id: String,
    /// `LoadBalancerId` (required).
    pub load_balancer_id: String,
    /// `VServerGroupName` (optional; empty = not sent).
    pub vserver_group_name: String,
    /// The BackendServers list; empty = parameter not sent.
    pub servers: Vec<ServerRow>,
    /// `Tag.N` pairs, sent 1-based in this order.
    pub tags: Vec<TagRow>,
    /// `Format`.
    pub format: Format,
    /// HTTP method.
    pub method: Method,
    /// `ResourceOwnerAccount` (advanced; empty = not sent).
    pub resource_owner_account: String,
    /// `OwnerAccount` (advanced; empty = not sent).
    pub owner_account: String,
    /// `OwnerId` (advanced, Long; empty = not sent).
    pub owner_id: String,
    /// `ResourceOwnerId` (advanced, Long; empty = not sent).
    pub resource_owner_id: String,
    /// Which endpoint the URL uses.
    pub endpoint: EndpointKind,
    /// The host used when [`EndpointKind::Custom`] is chosen.
    pub custom_endpoint: String,
    /// `AccessKeyId`; empty = the documented example `testid`.
    pub access_key_id: String,
    /// The secret that keys the signature; empty = the documented example `testsecret`.
    pub access_key_secret: String,
    /// `SignatureNonce`; empty = generated by the caller.
    pub signature_nonce: String,
    /// `Timestamp`; empty = generated by the caller.
    pub timestamp: String,
}

impl Request {
    /// The example of the original API page: cn-hangzhou, `lb-bp1qjwo61pqz3ahltv0mw`,
    /// servers vm-233:80, vm-232:90, vm-231:70, all weight 100.
    pub fn seed() -> Request {
        Request {
            region_id: "cn-hangzhou".into(),
            load_balancer_id: "lb-bp1qjwo61pqz3ahltv0mw".into(),
            servers: vec![
                ServerRow::new("vm-233", "80", "100"),
                ServerRow::new("vm-232", "90", "100"),
                ServerRow::new("vm-231", "70", "100"),
            ],
            ..Request::default()
        }
    }

    /// The text of a scalar field.
    pub fn text(&self, field: TextField) -> &str {
        match field {
            TextField::RegionId => &self.region_id,
            TextField::LoadBalancerId => &self.load_balancer_id,
            TextField::VServerGroupName => &self.vserver_group_name,
            TextField::ResourceOwnerAccount => &self.resource_owner_account,
            TextField::OwnerAccount => &self.owner_account,
            TextField::OwnerId => &self.owner_id,
            TextField::ResourceOwnerId => &self.resource_owner_id,
            TextField::CustomEndpoint => &self.custom_endpoint,
            TextField::AccessKeyId => &self.access_key_id,
            TextField::AccessKeySecret => &self.access_key_secret,
            TextField::SignatureNonce => &self.signature_nonce,
            TextField::Timestamp => &self.timestamp,
        }
    }

    /// Mutable access to a scalar field.
    pub fn text_mut(&mut self, field: TextField) -> &mut String {
        match field {
            TextField::RegionId => &mut self.region_id,
            TextField::LoadBalancerId => &mut self.load_balancer_id,
            TextField::VServerGroupName => &mut self.vserver_group_name,
            TextField::ResourceOwnerAccount => &mut self.resource_owner_account,
            TextField::OwnerAccount => &mut self.owner_account,
            TextField::OwnerId => &mut self.owner_id,
            TextField::ResourceOwnerId => &mut self.resource_owner_id,
            TextField::CustomEndpoint => &mut self.custom_endpoint,
            TextField::AccessKeyId => &mut self.access_key_id,
            TextField::AccessKeySecret => &mut self.access_key_secret,
            TextField::SignatureNonce => &mut self.signature_nonce,
            TextField::Timestamp => &mut self.timestamp,
        }
    }
}
