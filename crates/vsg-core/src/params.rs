//! What the API is: every parameter of the operation, described once.
//!
//! An [`Operation`] is an action with its table of [`Param`]s. Everything else derives
//! from the table: the request that is built and signed ([`crate::sign_request`]),
//! validation ([`crate::validate()`]), import ([`crate::import`]), permalinks
//! ([`crate::permalink`]), the code snippets ([`crate::snippets`]) and the order and
//! sections of the form. Adding a parameter is a row here (and, if it has one, its
//! rule in [`crate::validate`]); a sibling operation of the same API
//! (AddVServerGroupBackendServers shares BackendServers) would be a second table.

use crate::model::{Request, TextField};
use crate::validate::{self, Problem};

/// One action of the SLB API and its parameters.
#[derive(Debug)]
pub struct Operation {
    /// The `Action` parameter (`CreateVServerGroup`).
    pub action: &'static str,
    /// The API version (`2014-05-15`).
    pub version: &'static str,
    /// The product code of the aliyun CLI and of the hosts (`slb`).
    pub product: &'static str,
    /// Every parameter, in form order.
    pub params: &'static [Param],
    /// How the official SDKs name the operation's classes and methods.
    pub sdk: OperationSdk,
}

/// The operation's names in the official SDKs (checked against the packages; see
/// [`crate::snippets`]).
#[derive(Debug)]
pub struct OperationSdk {
    /// The request model in every SDK: `CreateVServerGroupRequest`.
    pub request_class: &'static str,
    /// The nested model of one tag: `CreateVServerGroupRequestTag`.
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
    /// The BackendServers rows, sent as one JSON array string.
    ServersJson,
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
    /// The text field this value is stored in, for [`Value::Text`] and [`Value::Long`].
    pub fn text_field(self) -> Option<TextField> {
        match self {
            Value::Text(f) | Value::Long(f) => Some(f),
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

/// The rules of one parameter: adds its problems for `req` to the list. Only called
/// when the parameter is set (a required one left empty is reported for it).
pub type Check = fn(&Param, &Request, &mut Vec<Problem>);

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
    /// Whether the service requires it (`MissingParameter` when empty).
    pub required: bool,
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
    /// Whether the parameter is set in `req`: non-empty text, any row, any tag. The
    /// choices (Format, method, endpoint) always have a value.
    pub fn is_set(&self, req: &Request) -> bool {
        match self.value {
            Value::Text(f) | Value::Long(f) => !req[f].is_empty(),
            Value::ServersJson => !req.servers.is_empty(),
            Value::TagList => !req.tags.is_empty(),
            Value::Format | Value::Method | Value::Endpoint => true,
        }
    }

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

fn no_rules(_: &Param, _: &Request, _: &mut Vec<Problem>) {}

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
    params: &[
        Param {
            name: "RegionId",
            value: Value::Text(TextField::RegionId),
            sent: Sent::Query,
            required: true,
            link: Some("r"),
            // The V1 client sends RegionId itself.
            sdk: Some(Sdk {
                python: "region_id",
                typescript: "regionId",
                python_v1: None,
            }),
            section: Section::Main,
            check: validate::text::region,
        },
        Param {
            name: "LoadBalancerId",
            value: Value::Text(TextField::LoadBalancerId),
            sent: Sent::Query,
            required: true,
            link: Some("lb"),
            sdk: sdk("load_balancer_id", "loadBalancerId", "LoadBalancerId"),
            section: Section::Main,
            check: validate::text::load_balancer_id,
        },
        Param {
            name: "VServerGroupName",
            value: Value::Text(TextField::VServerGroupName),
            sent: Sent::Query,
            required: false,
            link: Some("n"),
            // The TypeScript SDK really spells this field with a capital V.
            sdk: sdk("vserver_group_name", "VServerGroupName", "VServerGroupName"),
            section: Section::Main,
            check: validate::text::name,
        },
        Param {
            name: "Format",
            value: Value::Format,
            sent: Sent::Common,
            required: false,
            link: Some("f"),
            sdk: None,
            section: Section::Main,
            check: no_rules,
        },
        Param {
            name: "Method",
            value: Value::Method,
            sent: Sent::Method,
            required: false,
            link: Some("m"),
            sdk: None,
            section: Section::Main,
            check: no_rules,
        },
        Param {
            name: "BackendServers",
            value: Value::ServersJson,
            sent: Sent::Query,
            required: false,
            link: Some("s"),
            sdk: sdk("backend_servers", "backendServers", "BackendServers"),
            section: Section::Servers,
            check: validate::servers::servers,
        },
        Param {
            name: "Tag",
            value: Value::TagList,
            sent: Sent::Query,
            required: false,
            link: Some("t"),
            sdk: sdk("tag", "tag", "Tags"),
            section: Section::Tags,
            check: validate::tags::tags,
        },
        Param {
            name: "ResourceOwnerAccount",
            value: Value::Text(TextField::ResourceOwnerAccount),
            sent: Sent::Query,
            required: false,
            link: Some("roa"),
            sdk: sdk(
                "resource_owner_account",
                "resourceOwnerAccount",
                "ResourceOwnerAccount",
            ),
            section: Section::Owner,
            check: no_rules,
        },
        Param {
            name: "OwnerAccount",
            value: Value::Text(TextField::OwnerAccount),
            sent: Sent::Query,
            required: false,
            link: Some("oa"),
            sdk: sdk("owner_account", "ownerAccount", "OwnerAccount"),
            section: Section::Owner,
            check: no_rules,
        },
        Param {
            name: "OwnerId",
            value: Value::Long(TextField::OwnerId),
            sent: Sent::Query,
            required: false,
            link: Some("oid"),
            sdk: sdk("owner_id", "ownerId", "OwnerId"),
            section: Section::Owner,
            check: validate::text::long,
        },
        Param {
            name: "ResourceOwnerId",
            value: Value::Long(TextField::ResourceOwnerId),
            sent: Sent::Query,
            required: false,
            link: Some("roid"),
            sdk: sdk("resource_owner_id", "resourceOwnerId", "ResourceOwnerId"),
            section: Section::Owner,
            check: validate::text::long,
        },
        Param {
            name: "Endpoint",
            value: Value::Endpoint,
            sent: Sent::Host,
            required: false,
            link: Some("e"),
            sdk: None,
            section: Section::Endpoint,
            check: validate::text::endpoint,
        },
        Param {
            name: "CustomEndpoint",
            value: Value::Text(TextField::CustomEndpoint),
            sent: Sent::Host,
            required: false,
            link: Some("h"),
            sdk: None,
            section: Section::Endpoint,
            check: no_rules,
        },
        Param {
            name: "AccessKeyId",
            value: Value::Text(TextField::AccessKeyId),
            sent: Sent::Common,
            required: false,
            link: Some("ak"),
            sdk: None,
            section: Section::Credentials,
            check: validate::text::credential,
        },
        Param {
            name: "AccessKeySecret",
            value: Value::Text(TextField::AccessKeySecret),
            sent: Sent::Key,
            required: false,
            link: None,
            sdk: None,
            section: Section::Credentials,
            check: validate::text::credential,
        },
        Param {
            name: "SignatureNonce",
            value: Value::Text(TextField::SignatureNonce),
            sent: Sent::Common,
            required: false,
            link: Some("nonce"),
            sdk: None,
            section: Section::Credentials,
            check: no_rules,
        },
        Param {
            name: "Timestamp",
            value: Value::Text(TextField::Timestamp),
            sent: Sent::Common,
            required: false,
            link: Some("ts"),
            sdk: None,
            section: Section::Credentials,
            check: validate::text::timestamp,
        },
    ],
};

impl Operation {
    /// The parameter stored in a text field.
    pub fn text_param(&'static self, field: TextField) -> Option<&'static Param> {
        self.params
            .iter()
            .find(|p| p.value.text_field() == Some(field))
    }

    /// The parameters edited in one section of the form, in order.
    pub fn section(&'static self, section: Section) -> impl Iterator<Item = &'static Param> {
        self.params.iter().filter(move |p| p.section == section)
    }

    /// The parameter a query parameter name stands for, with the tag number and part
    /// for the repeat list (`Tag.2.Key` → the tags, `Some((2, TagPart::Key))`).
    pub fn wire_param(
        &'static self,
        name: &str,
    ) -> Option<(&'static Param, Option<(usize, TagPart)>)> {
        self.params.iter().filter(|p| p.is_wire()).find_map(|p| {
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
