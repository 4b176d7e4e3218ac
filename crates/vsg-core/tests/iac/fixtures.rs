//! Requests that exercise every field, every gap and every escape of the snippets.

use vsg_core::{Request, ServerRow, TagRow, TextField};

/// A tag from its key and value.
pub fn tag(key: &str, value: &str) -> TagRow {
    TagRow {
        key: key.into(),
        value: value.into(),
    }
}

/// A row with every field.
pub fn row(
    id: &str,
    port: &str,
    weight: &str,
    kind: &str,
    ip: &str,
    description: &str,
) -> ServerRow {
    ServerRow::from([id, port, weight, kind, ip, description].map(String::from))
}

/// Text that breaks naive quoting in HCL and YAML: quotes, backslashes, template
/// introducers (doubled ones too), YAML indicators, line breaks, controls, NUL,
/// noncharacters, Chinese and an emoji.
pub const HOSTILE: &str =
    "${var.x} $${y} %{if} %%{z} $ % { \"q\" 'a' \\n\\ # - : yes null ~ 0x1F\n\r\t\u{0}\u{1}\u{7f}\u{85}\u{2028}\u{feff}\u{fffe}\u{ffff} 中文 😀";

/// Every fixture, named. The Create fields and the Add field (VServerGroupId, which
/// no operation of today's catalog lists, set directly) are both filled where it
/// matters, so each fixture serves both forms.
pub fn fixtures() -> Vec<(&'static str, Request)> {
    vec![
        ("seed", Request::seed()),
        ("named with tags", named()),
        ("members of every type", members()),
        ("numbers as typed", numbers()),
        ("twin rows", twins()),
        ("owner parameters", owners()),
        ("empty", Request::default()),
        ("hostile", hostile()),
        ("add", add()),
    ]
}

fn named() -> Request {
    let mut req = Request::seed()
        .with(TextField::VServerGroupName, "web-group/前端.v1")
        .with(TextField::VServerGroupId, "rsp-cige6j5e7p");
    req.tags = vec![
        tag("env", "prod"),
        tag("app:tier", "web"),
        tag("键", "值"),
        tag("empty", ""),
        tag("true", "1"),
    ];
    req
}

fn members() -> Request {
    let mut req = Request::seed().with(TextField::VServerGroupName, "members");
    req.servers = vec![
        row("i-bp1", "80", "100", "ecs", "", "web 1"),
        row("eni-2ze1", "443", "50", "eni", "192.168.0.7", "前端-1"),
        row("eci-9x", "8080", "0", "eci", "10.0.0.9", ""),
        row("eni-v6", "81", "10", "eni", "fe80::1", "v6"),
    ];
    req
}

fn numbers() -> Request {
    let mut req = Request::seed().with(TextField::VServerGroupName, "numbers");
    req.servers = vec![
        row("i-a", "080", "007", "", "", ""),
        row("i-b", "80a", "", "", "", ""),
        row("i-c", "", "abc", "", "", ""),
        row("i-d", "-1", "1e2", "", "", ""),
        row("i-e", " 80", "100 ", "", "", ""),
        row("i-f", "70000", "150", "", "", ""),
    ];
    req
}

fn twins() -> Request {
    let mut req = Request::seed();
    req.servers = vec![
        ServerRow::new("vm-233", "80", "100"),
        ServerRow::new("vm-233", "80", "100"),
        ServerRow::new("VM-233", "80", "100"),
        ServerRow::new("vm_233_80", "2", "1"),
        ServerRow::new("", "", ""),
        ServerRow::new("前端", "1", "1"),
    ];
    req.tags = vec![tag("k", "1"), tag("k", "2"), tag("j", ""), tag("j", "3")];
    req
}

fn owners() -> Request {
    Request::seed()
        .with(TextField::OwnerId, "123456789012")
        .with(TextField::ResourceOwnerAccount, "acct")
        .with(TextField::OwnerAccount, "o@example.com")
        .with(TextField::ResourceOwnerId, "007")
}

fn hostile() -> Request {
    let mut req = Request::seed()
        .with(TextField::RegionId, HOSTILE)
        .with(TextField::LoadBalancerId, HOSTILE)
        .with(TextField::VServerGroupName, HOSTILE)
        .with(TextField::VServerGroupId, HOSTILE);
    req.servers = vec![row(HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE)];
    req.tags = vec![tag(HOSTILE, HOSTILE), tag("", HOSTILE), tag("${k}", "%{v}")];
    req
}

fn add() -> Request {
    let mut req = Request::default()
        .with(TextField::RegionId, "cn-hangzhou")
        .with(TextField::VServerGroupId, "rsp-cige6j5e7p");
    req.servers = vec![
        ServerRow::new("i-bp1", "80", "100"),
        row("eni-2ze1", "443", "", "eni", "192.168.0.7", "added"),
    ];
    req
}
