//! What a snippet cannot say as the request says it: [`IacNote`], shown beside the
//! snippet (English [`Display`](std::fmt::Display); the app translates).

use std::fmt;

use crate::model::ServerField;

/// A semantic gap between the request and a Terraform or ROS snippet. Rows are
/// 0-based indexes into [`crate::Request::servers`], ascending (shown 1-based).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum IacNote {
    /// VServerGroupName is empty: Terraform names the group `tf-server-group` (the API
    /// would leave it unnamed). The snippet leaves `name` out.
    TerraformDefaultName,
    /// VServerGroupName is empty but ROS requires it: the template names the group
    /// after the stack (`Ref: ALIYUN::StackName`).
    RosNameFromStack,
    /// Terraform's attachment has no `server_ip`: the ServerIp of these rows is left
    /// out (an ENI/ECI member with several IPs cannot be expressed).
    ServerIpLeftOut {
        /// The rows whose ServerIp is lost.
        rows: Vec<usize>,
    },
    /// Terraform accepts `type = "eci"` only from provider 1.246.0: the snippet's
    /// `required_providers` asks for that version.
    EciNeedsProvider {
        /// The rows of Type `eci`.
        rows: Vec<usize>,
    },
    /// ROS documents only `ecs` and `eni` as Type: `eci` is written as typed, and ROS
    /// may refuse it.
    RosEciUndocumented {
        /// The rows of Type `eci`.
        rows: Vec<usize>,
    },
    /// Port or Weight is not an integer (the targets need one): it is written as the
    /// quoted text, which Terraform and ROS refuse.
    NotAnInteger {
        /// [`ServerField::Port`] or [`ServerField::Weight`].
        field: ServerField,
        /// The rows concerned.
        rows: Vec<usize>,
    },
    /// Weight is empty: it is left out, so the target's default, 100, applies (as it
    /// does in the API).
    WeightDefault {
        /// The rows concerned.
        rows: Vec<usize>,
    },
    /// The same tag key more than once: Terraform's `tags` map keeps only the last
    /// (the API refuses the request).
    TagKeyRepeated {
        /// The repeated keys, in the order of their first occurrence.
        keys: Vec<String>,
    },
    /// A ROS template has no region: the stack's region is used, not RegionId.
    RegionFromStack,
    /// A parameter the request sends that the target has no counterpart for: left out.
    LeftOut {
        /// Its wire name (`OwnerId`).
        param: &'static str,
    },
}

/// `row 2` or `rows 1, 3` (1-based).
fn rows(rows: &[usize]) -> String {
    let list: Vec<String> = rows.iter().map(|r| (r + 1).to_string()).collect();
    let noun = if rows.len() == 1 { "row" } else { "rows" };
    format!("{noun} {}", list.join(", "))
}

impl fmt::Display for IacNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IacNote::TerraformDefaultName => {
                f.write_str("VServerGroupName is empty: Terraform names the group tf-server-group")
            }
            IacNote::RosNameFromStack => f.write_str(
                "ROS requires VServerGroupName: the template names the group after the stack \
                 (Ref: ALIYUN::StackName)",
            ),
            IacNote::ServerIpLeftOut { rows: r } => write!(
                f,
                "Terraform's attachment has no server_ip: the ServerIp of {} is left out",
                rows(r)
            ),
            IacNote::EciNeedsProvider { rows: r } => write!(
                f,
                "Type eci ({}) needs the alicloud provider 1.246.0 or later",
                rows(r)
            ),
            IacNote::RosEciUndocumented { rows: r } => write!(
                f,
                "ROS documents only ecs and eni: Type eci ({}) is written as typed and may be \
                 refused",
                rows(r)
            ),
            IacNote::NotAnInteger { field, rows: r } => write!(
                f,
                "{} of {} is not an integer: it is written as text, which the tool refuses",
                field.name(),
                rows(r)
            ),
            IacNote::WeightDefault { rows: r } => write!(
                f,
                "Weight of {} is empty: left out, so the default 100 applies",
                rows(r)
            ),
            IacNote::TagKeyRepeated { keys } => write!(
                f,
                "Terraform keeps only the last tag of a repeated key ({})",
                keys.iter()
                    .map(|k| format!("{k:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            IacNote::RegionFromStack => {
                f.write_str("A ROS template has no region: the resources go to the stack's region")
            }
            IacNote::LeftOut { param } => {
                write!(f, "{param} has no counterpart here: left out")
            }
        }
    }
}
