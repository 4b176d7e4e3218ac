//! What the API is: every operation and every parameter, described once, as data.
//!
//! An [`Operation`] is an action with its table of [`Param`]s (each parameter a row,
//! shared by every operation that takes it) and the shape of its answer
//! ([`Response`]). A [`crate::Request`] carries its operation; everything else derives
//! from the table: the request that is built and signed ([`crate::sign_request`]),
//! validation ([`crate::validate()`], which dispatches on each row's [`Check`]), import
//! ([`crate::import`], where the `Action` picks the operation out of a catalog such as
//! [`FAMILY`]), permalinks ([`crate::permalink`]), the mock responses
//! ([`crate::mock`]), the code snippets ([`crate::snippets`]) and the order and
//! sections of the form. Adding a parameter is a row here (and, if it has a rule of its
//! own, a [`Check`] and its code in [`crate::validate`]); adding an operation is a
//! table.

use std::hash::{Hash, Hasher};

use crate::model::{ServerList, TextField};

/// One action of the SLB API and its parameters.
///
/// Two operations are the same when their `Action` is (an operation is a value:
/// requests compare and hash through it, and it is shown by its `Action`).
pub struct Operation {
    /// The `Action` parameter (`CreateVServerGroup`).
    pub action: &'static str,
    /// The API version (`2014-05-15`).
    pub version: &'static str,
    /// The product code of the aliyun CLI and of the hosts (`slb`).
    pub product: &'static str,
    /// Every parameter, in form order.
    pub params: &'static [&'static Param],
    /// The parameters the service requires (`MissingParameter` when empty); a
    /// parameter may be required by one operation and optional in another.
    pub required: &'static [&'static Param],
    /// How the official SDKs name the operation's classes and methods.
    pub sdk: OperationSdk,
    /// What a success answers.
    pub response: Response,
}

impl std::fmt::Debug for Operation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.action)
    }
}

impl PartialEq for Operation {
    fn eq(&self, other: &Self) -> bool {
        self.action == other.action
    }
}

impl Eq for Operation {}

impl Hash for Operation {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.action.hash(state);
    }
}

/// The shape of a success response (the body under `RequestId`; the XML root is
/// `<{Action}Response>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Response {
    /// A new group: its `VServerGroupId` (drawn from the request's content) and the
    /// `BackendServers` it was given (CreateVServerGroup).
    Created,
    /// Members added: the group's `VServerGroupId` and its whole member list after
    /// the call (`BackendServers`; AddVServerGroupBackendServers).
    Added,
    /// Members taken out, absent ones ignored: [`Response::Added`]'s shape without
    /// the members' Description (RemoveVServerGroupBackendServers).
    Removed,
    /// Old members replaced by new ones: [`Response::Added`]'s shape
    /// (ModifyVServerGroupBackendServers).
    Replaced,
    /// [`Response::Added`]'s shape and the group's `VServerGroupName`
    /// (SetVServerGroupAttribute).
    Attribute,
    /// Everything of one group: `VServerGroupId`, `VServerGroupName`,
    /// `LoadBalancerId`, `CreateTime`, its members with `ServerIp`, its `Tags`
    /// (DescribeVServerGroupAttribute).
    Group,
    /// The groups of a load balancer, `VServerGroups` (DescribeVServerGroups).
    Groups,
    /// `RequestId` only (DeleteVServerGroup).
    RequestIdOnly,
}

/// The operation's names in the official SDKs (checked against the packages; see
/// [`crate::snippets`]).
#[derive(Debug)]
pub struct OperationSdk {
    /// The request model in every SDK: `CreateVServerGroupRequest`.
    pub request_class: &'static str,
    /// The nested model of one tag: `CreateVServerGroupRequestTag` (empty when the
    /// operation takes no tags).
    pub tag_class: &'static str,
    /// The Java response class: `CreateVServerGroupResponse`.
    pub response_class: &'static str,
    /// The client method in Python: `create_vserver_group_with_options`.
    pub python_method: &'static str,
    /// The client method in Java and TypeScript: `createVServerGroupWithOptions`
    /// (Go capitalises its first letter).
    pub method: &'static str,
    /// The getter the Java snippet prints: `getVServerGroupId`.
    pub java_result: &'static str,
}

/// Where a parameter goes in the HTTP request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sent {
    /// A parameter of the operation, in the query string (with either signature).
    Query,
    /// A common parameter: in the query of signature v1; signature V3 carries the
    /// nonce, the timestamp and the AccessKeyId in headers and leaves Format out.
    Common,
    /// Picks the host the request goes to.
    Host,
    /// The HTTP method.
    Method,
    /// Never sent: it keys the HMAC (the AccessKeySecret).
    Key,
}

/// What a parameter holds and how it is written on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// Text, sent as typed.
    Text(TextField),
    /// A Long (64-bit integer), typed as text.
    Long(TextField),
    /// The rows of a BackendServers list, sent as one JSON array string.
    ServersJson(ServerList),
    /// A Boolean, typed as text (`true`, `false`; the Python SDKs send `True`).
    Bool(TextField),
    /// The tags, sent as a repeat list `Tag.N.Key` / `Tag.N.Value` (N from 1).
    TagList,
    /// `Format`: `JSON` or `XML`.
    Format,
    /// The HTTP method.
    Method,
    /// The endpoint choice: public, VPC or custom.
    Endpoint,
}

impl Value {
    /// The text field this value is stored in, for [`Value::Text`], [`Value::Long`] and
    /// [`Value::Bool`].
    pub fn text_field(self) -> Option<TextField> {
        match self {
            Value::Text(f) | Value::Long(f) | Value::Bool(f) => Some(f),
            _ => None,
        }
    }
}

/// Which part of the form a parameter is edited in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// The main parameters at the top.
    Main,
    /// The BackendServers rows.
    Servers,
    /// The tag rows.
    Tags,
    /// Rarely used owner parameters (folded away).
    Owner,
    /// The endpoint choice and custom host (folded away).
    Endpoint,
    /// Credentials, nonce and timestamp (folded away).
    Credentials,
}

/// A parameter's names in the official SDKs. Java's setter is `set` + the wire name,
/// Go's field is the wire name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sdk {
    /// Python V2 attribute: `load_balancer_id`.
    pub python: &'static str,
    /// TypeScript field: `loadBalancerId` (the SDK really writes `VServerGroupName`).
    pub typescript: &'static str,
    /// The V1 Python SDK's setter suffix (`set_LoadBalancerId`; the tags are
    /// `set_Tags`), or `None` when the V1 client sends the value itself (RegionId).
    pub python_v1: Option<&'static str>,
}

/// Which rules a parameter's value follows (beyond being required). The rules
/// themselves, with the error the service answers for each, are in
/// [`crate::validate`]; they run only when the parameter is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// No rule of its own.
    None,
    /// A region ID, preferably a known one.
    Region,
    /// An SLB instance ID (`lb-…`).
    LoadBalancerId,
    /// A name: 1–80 letters, Chinese characters, digits, `-` `/` `.` `_`.
    Name,
    /// A Long (64-bit integer).
    Long,
    /// The endpoint choice: a custom one must be a host.
    Endpoint,
    /// A credential, signed as typed: whitespace around it is suspicious.
    Credential,
    /// `YYYY-MM-DDThh:mm:ssZ`.
    Timestamp,
    /// The BackendServers list: each entry and the list as a whole.
    Servers,
    /// The tag list: each key and value, and the list as a whole.
    Tags,
    /// A VServer group ID (`rsp-…`).
    GroupId,
    /// A Boolean: `true` or `false`.
    Bool,
}

/// One parameter of an operation.
#[derive(Debug)]
pub struct Param {
    /// The wire name (`LoadBalancerId`; `Tag` for the repeat list). Parameters that are
    /// not query parameters have a name of their own: `Method`, `Endpoint`,
    /// `CustomEndpoint`, `AccessKeySecret`.
    pub name: &'static str,
    /// What it holds and how it is serialised.
    pub value: Value,
    /// Where it goes.
    pub sent: Sent,
    /// Its key in a permalink, or `None` when a permalink never holds it (the secret).
    pub link: Option<&'static str>,
    /// Its names in the SDKs, for parameters of the operation.
    pub sdk: Option<Sdk>,
    /// Where the form edits it.
    pub section: Section,
    /// Its rules.
    pub check: Check,
}

impl Param {
    /// Whether a query parameter name is this parameter (`Tag.3.Value` is [`Value::TagList`]).
    pub fn is_wire(&self) -> bool {
        matches!(self.sent, Sent::Query | Sent::Common)
    }
}

const fn sdk(
    python: &'static str,
    typescript: &'static str,
    python_v1: &'static str,
) -> Option<Sdk> {
    Some(Sdk {
        python,
        typescript,
        python_v1: Some(python_v1),
    })
}

// ---- the parameters, each a row shared by every operation that takes it ----

/// The `RegionId` row.
pub static REGION_ID: Param = Param {
    name: "RegionId",
    value: Value::Text(TextField::RegionId),
    sent: Sent::Query,
    link: Some("r"),
    // The V1 client sends RegionId itself.
    sdk: Some(Sdk {
        python: "region_id",
        typescript: "regionId",
        python_v1: None,
    }),
    section: Section::Main,
    check: Check::Region,
};

/// The `LoadBalancerId` row.
pub static LOAD_BALANCER_ID: Param = Param {
    name: "LoadBalancerId",
    value: Value::Text(TextField::LoadBalancerId),
    sent: Sent::Query,
    link: Some("lb"),
    sdk: sdk("load_balancer_id", "loadBalancerId", "LoadBalancerId"),
    section: Section::Main,
    check: Check::LoadBalancerId,
};

/// The `VServerGroupName` row.
pub static VSERVER_GROUP_NAME: Param = Param {
    name: "VServerGroupName",
    value: Value::Text(TextField::VServerGroupName),
    sent: Sent::Query,
    link: Some("n"),
    // The TypeScript SDK really spells this field with a capital V.
    sdk: sdk("vserver_group_name", "VServerGroupName", "VServerGroupName"),
    section: Section::Main,
    check: Check::Name,
};

/// The `Format` row.
pub static FORMAT: Param = Param {
    name: "Format",
    value: Value::Format,
    sent: Sent::Common,
    link: Some("f"),
    sdk: None,
    section: Section::Main,
    check: Check::None,
};

/// The `Method` row.
pub static METHOD: Param = Param {
    name: "Method",
    value: Value::Method,
    sent: Sent::Method,
    link: Some("m"),
    sdk: None,
    section: Section::Main,
    check: Check::None,
};

/// The `BackendServers` row.
pub static BACKEND_SERVERS: Param = Param {
    name: "BackendServers",
    value: Value::ServersJson(ServerList::Main),
    sent: Sent::Query,
    link: Some("s"),
    sdk: sdk("backend_servers", "backendServers", "BackendServers"),
    section: Section::Servers,
    check: Check::Servers,
};

/// `VServerGroupId`: the group an operation acts on.
pub static VSERVER_GROUP_ID: Param = Param {
    name: "VServerGroupId",
    value: Value::Text(TextField::VServerGroupId),
    sent: Sent::Query,
    link: Some("g"),
    // Like VServerGroupName, the TypeScript SDK keeps the capital V.
    sdk: sdk("vserver_group_id", "VServerGroupId", "VServerGroupId"),
    section: Section::Main,
    check: Check::GroupId,
};

/// `OldBackendServers` of ModifyVServerGroupBackendServers: the members taken out
/// (the request's main list).
pub static OLD_BACKEND_SERVERS: Param = Param {
    name: "OldBackendServers",
    value: Value::ServersJson(ServerList::Main),
    sent: Sent::Query,
    link: Some("os"),
    sdk: sdk(
        "old_backend_servers",
        "oldBackendServers",
        "OldBackendServers",
    ),
    section: Section::Servers,
    check: Check::Servers,
};

/// `NewBackendServers` of ModifyVServerGroupBackendServers: the members put in.
pub static NEW_BACKEND_SERVERS: Param = Param {
    name: "NewBackendServers",
    value: Value::ServersJson(ServerList::New),
    sent: Sent::Query,
    link: Some("ns"),
    sdk: sdk(
        "new_backend_servers",
        "newBackendServers",
        "NewBackendServers",
    ),
    section: Section::Servers,
    check: Check::Servers,
};

/// `Description` of DescribeVServerGroups: despite its wire name, the name of the
/// groups to list (an exact match in the sandbox).
pub static DESCRIPTION_FILTER: Param = Param {
    name: "Description",
    value: Value::Text(TextField::DescriptionFilter),
    sent: Sent::Query,
    link: Some("d"),
    sdk: sdk("description", "description", "Description"),
    section: Section::Main,
    check: Check::None,
};

/// `IncludeListener` of DescribeVServerGroups.
pub static INCLUDE_LISTENER: Param = Param {
    name: "IncludeListener",
    value: Value::Bool(TextField::IncludeListener),
    sent: Sent::Query,
    link: Some("il"),
    sdk: sdk("include_listener", "includeListener", "IncludeListener"),
    section: Section::Main,
    check: Check::Bool,
};

/// `IncludeRule` of DescribeVServerGroups.
pub static INCLUDE_RULE: Param = Param {
    name: "IncludeRule",
    value: Value::Bool(TextField::IncludeRule),
    sent: Sent::Query,
    link: Some("ir"),
    sdk: sdk("include_rule", "includeRule", "IncludeRule"),
    section: Section::Main,
    check: Check::Bool,
};

/// The `Tag` row.
pub static TAG: Param = Param {
    name: "Tag",
    value: Value::TagList,
    sent: Sent::Query,
    link: Some("t"),
    sdk: sdk("tag", "tag", "Tags"),
    section: Section::Tags,
    check: Check::Tags,
};

/// The `ResourceOwnerAccount` row.
pub static RESOURCE_OWNER_ACCOUNT: Param = Param {
    name: "ResourceOwnerAccount",
    value: Value::Text(TextField::ResourceOwnerAccount),
    sent: Sent::Query,
    link: Some("roa"),
    sdk: sdk(
        "resource_owner_account",
        "resourceOwnerAccount",
        "ResourceOwnerAccount",
    ),
    section: Section::Owner,
    check: Check::None,
};

/// The `OwnerAccount` row.
pub static OWNER_ACCOUNT: Param = Param {
    name: "OwnerAccount",
    value: Value::Text(TextField::OwnerAccount),
    sent: Sent::Query,
    link: Some("oa"),
    sdk: sdk("owner_account", "ownerAccount", "OwnerAccount"),
    section: Section::Owner,
    check: Check::None,
};

/// The `OwnerId` row.
pub static OWNER_ID: Param = Param {
    name: "OwnerId",
    value: Value::Long(TextField::OwnerId),
    sent: Sent::Query,
    link: Some("oid"),
    sdk: sdk("owner_id", "ownerId", "OwnerId"),
    section: Section::Owner,
    check: Check::Long,
};

/// The `ResourceOwnerId` row.
pub static RESOURCE_OWNER_ID: Param = Param {
    name: "ResourceOwnerId",
    value: Value::Long(TextField::ResourceOwnerId),
    sent: Sent::Query,
    link: Some("roid"),
    sdk: sdk("resource_owner_id", "resourceOwnerId", "ResourceOwnerId"),
    section: Section::Owner,
    check: Check::Long,
};

/// The `Endpoint` row.
pub static ENDPOINT: Param = Param {
    name: "Endpoint",
    value: Value::Endpoint,
    sent: Sent::Host,
    link: Some("e"),
    sdk: None,
    section: Section::Endpoint,
    check: Check::Endpoint,
};

/// The `CustomEndpoint` row.
pub static CUSTOM_ENDPOINT: Param = Param {
    name: "CustomEndpoint",
    value: Value::Text(TextField::CustomEndpoint),
    sent: Sent::Host,
    link: Some("h"),
    sdk: None,
    section: Section::Endpoint,
    check: Check::None,
};

/// The `AccessKeyId` row.
pub static ACCESS_KEY_ID: Param = Param {
    name: "AccessKeyId",
    value: Value::Text(TextField::AccessKeyId),
    sent: Sent::Common,
    link: Some("ak"),
    sdk: None,
    section: Section::Credentials,
    check: Check::Credential,
};

/// The `AccessKeySecret` row.
pub static ACCESS_KEY_SECRET: Param = Param {
    name: "AccessKeySecret",
    value: Value::Text(TextField::AccessKeySecret),
    sent: Sent::Key,
    link: None,
    sdk: None,
    section: Section::Credentials,
    check: Check::Credential,
};

/// The `SignatureNonce` row.
pub static SIGNATURE_NONCE: Param = Param {
    name: "SignatureNonce",
    value: Value::Text(TextField::SignatureNonce),
    sent: Sent::Common,
    link: Some("nonce"),
    sdk: None,
    section: Section::Credentials,
    check: Check::None,
};

/// The `Timestamp` row.
pub static TIMESTAMP: Param = Param {
    name: "Timestamp",
    value: Value::Text(TextField::Timestamp),
    sent: Sent::Common,
    link: Some("ts"),
    sdk: None,
    section: Section::Credentials,
    check: Check::Timestamp,
};

/// CreateVServerGroup of SLB 2014-05-15: its parameters in form order, as
/// `api-facts.md` §2 and §6 give them.
pub static CREATE_VSERVER_GROUP: Operation = Operation {
    action: "CreateVServerGroup",
    version: "2014-05-15",
    product: "slb",
    sdk: OperationSdk {
        request_class: "CreateVServerGroupRequest",
        tag_class: "CreateVServerGroupRequestTag",
        response_class: "CreateVServerGroupResponse",
        python_method: "create_vserver_group_with_options",
        method: "createVServerGroupWithOptions",
        java_result: "getVServerGroupId",
    },
    required: &[&REGION_ID, &LOAD_BALANCER_ID],
    response: Response::Created,
    params: &[
        &REGION_ID,
        &LOAD_BALANCER_ID,
        &VSERVER_GROUP_NAME,
        &FORMAT,
        &METHOD,
        &BACKEND_SERVERS,
        &TAG,
        &RESOURCE_OWNER_ACCOUNT,
        &OWNER_ACCOUNT,
        &OWNER_ID,
        &RESOURCE_OWNER_ID,
        &ENDPOINT,
        &CUSTOM_ENDPOINT,
        &ACCESS_KEY_ID,
        &ACCESS_KEY_SECRET,
        &SIGNATURE_NONCE,
        &TIMESTAMP,
    ],
};

/// AddVServerGroupBackendServers of SLB 2014-05-15: adds members to a group (family facts §2).
pub static ADD_VSERVER_GROUP_BACKEND_SERVERS: Operation = Operation {
    action: "AddVServerGroupBackendServers",
    version: "2014-05-15",
    product: "slb",
    sdk: OperationSdk {
        request_class: "AddVServerGroupBackendServersRequest",
        tag_class: "",
        response_class: "AddVServerGroupBackendServersResponse",
        python_method: "add_vserver_group_backend_servers_with_options",
        method: "addVServerGroupBackendServersWithOptions",
        java_result: "getVServerGroupId",
    },
    required: &[&REGION_ID, &VSERVER_GROUP_ID, &BACKEND_SERVERS],
    response: Response::Added,
    params: &[
        &REGION_ID,
        &VSERVER_GROUP_ID,
        &BACKEND_SERVERS,
        &FORMAT,
        &METHOD,
        &RESOURCE_OWNER_ACCOUNT,
        &OWNER_ACCOUNT,
        &OWNER_ID,
        &RESOURCE_OWNER_ID,
        &ENDPOINT,
        &CUSTOM_ENDPOINT,
        &ACCESS_KEY_ID,
        &ACCESS_KEY_SECRET,
        &SIGNATURE_NONCE,
        &TIMESTAMP,
    ],
};

/// RemoveVServerGroupBackendServers of SLB 2014-05-15: takes members out of a group; absent ones are ignored (§3).
pub static REMOVE_VSERVER_GROUP_BACKEND_SERVERS: Operation = Operation {
    action: "RemoveVServerGroupBackendServers",
    version: "2014-05-15",
    product: "slb",
    sdk: OperationSdk {
        request_class: "RemoveVServerGroupBackendServersRequest",
        tag_class: "",
        response_class: "RemoveVServerGroupBackendServersResponse",
        python_method: "remove_vserver_group_backend_servers_with_options",
        method: "removeVServerGroupBackendServersWithOptions",
        java_result: "getVServerGroupId",
    },
    required: &[&REGION_ID, &VSERVER_GROUP_ID, &BACKEND_SERVERS],
    response: Response::Removed,
    params: &[
        &REGION_ID,
        &VSERVER_GROUP_ID,
        &BACKEND_SERVERS,
        &FORMAT,
        &METHOD,
        &RESOURCE_OWNER_ACCOUNT,
        &OWNER_ACCOUNT,
        &OWNER_ID,
        &RESOURCE_OWNER_ID,
        &ENDPOINT,
        &CUSTOM_ENDPOINT,
        &ACCESS_KEY_ID,
        &ACCESS_KEY_SECRET,
        &SIGNATURE_NONCE,
        &TIMESTAMP,
    ],
};

/// ModifyVServerGroupBackendServers of SLB 2014-05-15: replaces members, Old[i] by New[i] (§4).
pub static MODIFY_VSERVER_GROUP_BACKEND_SERVERS: Operation = Operation {
    action: "ModifyVServerGroupBackendServers",
    version: "2014-05-15",
    product: "slb",
    sdk: OperationSdk {
        request_class: "ModifyVServerGroupBackendServersRequest",
        tag_class: "",
        response_class: "ModifyVServerGroupBackendServersResponse",
        python_method: "modify_vserver_group_backend_servers_with_options",
        method: "modifyVServerGroupBackendServersWithOptions",
        java_result: "getVServerGroupId",
    },
    required: &[&REGION_ID, &VSERVER_GROUP_ID],
    response: Response::Replaced,
    params: &[
        &REGION_ID,
        &VSERVER_GROUP_ID,
        &OLD_BACKEND_SERVERS,
        &NEW_BACKEND_SERVERS,
        &FORMAT,
        &METHOD,
        &RESOURCE_OWNER_ACCOUNT,
        &OWNER_ACCOUNT,
        &OWNER_ID,
        &RESOURCE_OWNER_ID,
        &ENDPOINT,
        &CUSTOM_ENDPOINT,
        &ACCESS_KEY_ID,
        &ACCESS_KEY_SECRET,
        &SIGNATURE_NONCE,
        &TIMESTAMP,
    ],
};

/// SetVServerGroupAttribute of SLB 2014-05-15: renames a group and re-weights its members (§5).
pub static SET_VSERVER_GROUP_ATTRIBUTE: Operation = Operation {
    action: "SetVServerGroupAttribute",
    version: "2014-05-15",
    product: "slb",
    sdk: OperationSdk {
        request_class: "SetVServerGroupAttributeRequest",
        tag_class: "",
        response_class: "SetVServerGroupAttributeResponse",
        python_method: "set_vserver_group_attribute_with_options",
        method: "setVServerGroupAttributeWithOptions",
        java_result: "getVServerGroupName",
    },
    required: &[&REGION_ID, &VSERVER_GROUP_ID],
    response: Response::Attribute,
    params: &[
        &REGION_ID,
        &VSERVER_GROUP_ID,
        &VSERVER_GROUP_NAME,
        &BACKEND_SERVERS,
        &FORMAT,
        &METHOD,
        &RESOURCE_OWNER_ACCOUNT,
        &OWNER_ACCOUNT,
        &OWNER_ID,
        &RESOURCE_OWNER_ID,
        &ENDPOINT,
        &CUSTOM_ENDPOINT,
        &ACCESS_KEY_ID,
        &ACCESS_KEY_SECRET,
        &SIGNATURE_NONCE,
        &TIMESTAMP,
    ],
};

/// DescribeVServerGroupAttribute of SLB 2014-05-15: everything of one group (§6).
pub static DESCRIBE_VSERVER_GROUP_ATTRIBUTE: Operation = Operation {
    action: "DescribeVServerGroupAttribute",
    version: "2014-05-15",
    product: "slb",
    sdk: OperationSdk {
        request_class: "DescribeVServerGroupAttributeRequest",
        tag_class: "",
        response_class: "DescribeVServerGroupAttributeResponse",
        python_method: "describe_vserver_group_attribute_with_options",
        method: "describeVServerGroupAttributeWithOptions",
        java_result: "getVServerGroupName",
    },
    required: &[&REGION_ID, &VSERVER_GROUP_ID],
    response: Response::Group,
    params: &[
        &REGION_ID,
        &VSERVER_GROUP_ID,
        &FORMAT,
        &METHOD,
        &RESOURCE_OWNER_ACCOUNT,
        &OWNER_ACCOUNT,
        &OWNER_ID,
        &RESOURCE_OWNER_ID,
        &ENDPOINT,
        &CUSTOM_ENDPOINT,
        &ACCESS_KEY_ID,
        &ACCESS_KEY_SECRET,
        &SIGNATURE_NONCE,
        &TIMESTAMP,
    ],
};

/// DescribeVServerGroups of SLB 2014-05-15: the groups of a load balancer (§7).
pub static DESCRIBE_VSERVER_GROUPS: Operation = Operation {
    action: "DescribeVServerGroups",
    version: "2014-05-15",
    product: "slb",
    sdk: OperationSdk {
        request_class: "DescribeVServerGroupsRequest",
        tag_class: "DescribeVServerGroupsRequestTag",
        response_class: "DescribeVServerGroupsResponse",
        python_method: "describe_vserver_groups_with_options",
        method: "describeVServerGroupsWithOptions",
        java_result: "getRequestId",
    },
    required: &[&REGION_ID, &LOAD_BALANCER_ID],
    response: Response::Groups,
    params: &[
        &REGION_ID,
        &LOAD_BALANCER_ID,
        &DESCRIPTION_FILTER,
        &INCLUDE_LISTENER,
        &INCLUDE_RULE,
        &TAG,
        &FORMAT,
        &METHOD,
        &RESOURCE_OWNER_ACCOUNT,
        &OWNER_ACCOUNT,
        &OWNER_ID,
        &RESOURCE_OWNER_ID,
        &ENDPOINT,
        &CUSTOM_ENDPOINT,
        &ACCESS_KEY_ID,
        &ACCESS_KEY_SECRET,
        &SIGNATURE_NONCE,
        &TIMESTAMP,
    ],
};

/// DeleteVServerGroup of SLB 2014-05-15: deletes a group (§8).
pub static DELETE_VSERVER_GROUP: Operation = Operation {
    action: "DeleteVServerGroup",
    version: "2014-05-15",
    product: "slb",
    sdk: OperationSdk {
        request_class: "DeleteVServerGroupRequest",
        tag_class: "",
        response_class: "DeleteVServerGroupResponse",
        python_method: "delete_vserver_group_with_options",
        method: "deleteVServerGroupWithOptions",
        java_result: "getRequestId",
    },
    required: &[&REGION_ID, &VSERVER_GROUP_ID],
    response: Response::RequestIdOnly,
    params: &[
        &REGION_ID,
        &VSERVER_GROUP_ID,
        &FORMAT,
        &METHOD,
        &RESOURCE_OWNER_ACCOUNT,
        &OWNER_ACCOUNT,
        &OWNER_ID,
        &RESOURCE_OWNER_ID,
        &ENDPOINT,
        &CUSTOM_ENDPOINT,
        &ACCESS_KEY_ID,
        &ACCESS_KEY_SECRET,
        &SIGNATURE_NONCE,
        &TIMESTAMP,
    ],
};

/// Every operation this playground knows, the default (the one a request without
/// other instructions is for) first, then in the order of a group's life.
pub static FAMILY: &[&Operation] = &[
    &CREATE_VSERVER_GROUP,
    &ADD_VSERVER_GROUP_BACKEND_SERVERS,
    &REMOVE_VSERVER_GROUP_BACKEND_SERVERS,
    &MODIFY_VSERVER_GROUP_BACKEND_SERVERS,
    &SET_VSERVER_GROUP_ATTRIBUTE,
    &DESCRIBE_VSERVER_GROUP_ATTRIBUTE,
    &DESCRIBE_VSERVER_GROUPS,
    &DELETE_VSERVER_GROUP,
];

/// The operation of `catalog` whose `Action` is `action` (exactly).
pub fn find(catalog: &[&'static Operation], action: &str) -> Option<&'static Operation> {
    catalog.iter().copied().find(|op| op.action == action)
}

impl Operation {
    /// Whether the operation requires `param`.
    pub fn requires(&self, param: &Param) -> bool {
        self.required.iter().any(|r| std::ptr::eq(*r, param))
    }

    /// The parameter stored in a text field.
    pub fn text_param(&'static self, field: TextField) -> Option<&'static Param> {
        self.params
            .iter()
            .copied()
            .find(|p| p.value.text_field() == Some(field))
    }

    /// The parameters edited in one section of the form, in order.
    pub fn section(&'static self, section: Section) -> impl Iterator<Item = &'static Param> {
        self.params
            .iter()
            .copied()
            .filter(move |p| p.section == section)
    }

    /// The parameter a query parameter name stands for, with the tag number and part
    /// for the repeat list (`Tag.2.Key` → the tags, `Some((2, TagPart::Key))`).
    pub fn wire_param(
        &'static self,
        name: &str,
    ) -> Option<(&'static Param, Option<(usize, TagPart)>)> {
        self.params
            .iter()
            .copied()
            .filter(|p| p.is_wire())
            .find_map(|p| {
                if p.value == Value::TagList {
                    let rest = name.strip_prefix(p.name)?.strip_prefix('.')?;
                    let (n, part) = rest.split_once('.')?;
                    let part = TagPart::parse(part)?;
                    let digits = !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
                    let n = if digits && !n.starts_with('0') {
                        n.parse().unwrap_or(0)
                    } else {
                        0
                    };
                    Some((p, Some((n, part))))
                } else {
                    (p.name == name).then_some((p, None))
                }
            })
    }
}

/// The two halves of one tag of a repeat list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TagPart {
    /// `Tag.N.Key`
    Key,
    /// `Tag.N.Value`
    Value,
}

impl TagPart {
    /// `Key` or `Value`.
    pub fn as_str(self) -> &'static str {
        match self {
            TagPart::Key => "Key",
            TagPart::Value => "Value",
        }
    }

    fn parse(s: &str) -> Option<TagPart> {
        [TagPart::Key, TagPart::Value]
            .into_iter()
            .find(|p| p.as_str() == s)
    }
}

/// The wire name of one half of tag `n` (1-based): `Tag.3.Key`.
pub fn tag_name(list: &str, n: usize, part: TagPart) -> String {
    format!("{list}.{n}.{}", part.as_str())
}
