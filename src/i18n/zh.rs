//! 简体中文：页面的文字，以及核心给出的规则、导入说明和解析错误的中文说法。

use vsg_core::backend::{Expected, ParseErrorKind};
use vsg_core::iac::IacNote;
use vsg_core::import::{ImportErrorKind, Note as ImportNote, Reason};
use vsg_core::validate::is_invisible;
use vsg_core::{Note, Rule, MAX_SERVERS, MAX_TAGS};

use super::Tr;

/// `第 L 行第 C 列：` + what.
pub(super) fn at(line: usize, column: usize, what: &str) -> String {
    format!("第 {line} 行第 {column} 列：{what}")
}

/// A character as a message names it: in quotes, or `U+XXXX` (a space is 空格).
fn shown(c: char) -> String {
    if c == ' ' {
        "空格".into()
    } else if is_invisible(c) {
        format!("U+{:04X}", c as u32)
    } else {
        format!("“{c}”")
    }
}

pub(super) fn rule(rule: &Rule) -> String {
    match rule {
        Rule::Required => "必填。".into(),
        Rule::RegionMalformed => "不是地域 ID：应形如 cn-hangzhou。".into(),
        Rule::RegionUnknown => "不是已知的 SLB 地域（可能是新开放的地域）。".into(),
        Rule::LoadBalancerIdShape => "不像负载均衡实例 ID（lb- 加小写字母和数字）。".into(),
        Rule::GroupIdShape => "不像虚拟服务器组 ID（rsp- 加小写字母和数字）。".into(),
        Rule::NotABoolean => "必须是 true 或 false。".into(),
        Rule::BooleanCase => {
            "按输入原样发送：Python SDK 发送 True 和 False，其他 SDK 发送 true 和 false；签名区分大小写。".into()
        }
        Rule::TooLong { max } => format!("最多 {max} 个字符。"),
        Rule::BadCharacters { found } => format!(
            "不允许使用{}：只能包含字母、中文、数字、“-”、“/”、“.”和“_”。",
            shown(*found)
        ),
        Rule::TooManyServers { count } => {
            format!("共 {count} 台服务器：每次请求最多 {MAX_SERVERS} 台。")
        }
        Rule::ServerIdMissing => "ServerId 必填。".into(),
        Rule::ServerIdPrefix { expected } => {
            format!("不像此 Type 的实例 ID（应以 {expected} 开头）。")
        }
        Rule::PortInvalid => "Port 必须是 1 到 65535 之间的整数。".into(),
        Rule::WeightInvalid => "Weight 必须是 0 到 100 之间的整数。".into(),
        Rule::WeightDefault => "未填写：服务使用权重 100。".into(),
        Rule::TypeInvalid => "Type 必须是 ecs、eni 或 eci。".into(),
        Rule::ServerIpInvalid => "不是 IPv4 或 IPv6 地址。".into(),
        Rule::ServerIpIgnored => "ServerIp 仅适用于 Type 为 eni 或 eci 的服务器。".into(),
        Rule::DuplicateServer { first } => {
            format!("与第 {} 行的 ServerId、Port 和 ServerIp 相同。", first + 1)
        }
        Rule::TooManyTags { count } => format!("共 {count} 个标签：每次请求最多 {MAX_TAGS} 个。"),
        Rule::TagKeyMissing => "标签必须有键。".into(),
        Rule::TagReservedPrefix => "不能以 aliyun 或 acs: 开头。".into(),
        Rule::TagContainsUrl => "不能包含 http:// 或 https://。".into(),
        Rule::TagKeyDuplicate { first } => format!("与第 {} 个标签的键相同。", first + 1),
        Rule::NotALong => "只能是数字（64 位整数）。".into(),
        Rule::EndpointInvalid => "不是主机名（例如 slb.example.com 或 127.0.0.1:8080）。".into(),
        Rule::TimestampFormat => {
            "必须是 UTC 时间，格式为 YYYY-MM-DDThh:mm:ssZ；留空则自动生成。".into()
        }
        Rule::SurroundingWhitespace => {
            "首尾有空白字符，签名时会原样计入：请检查复制粘贴的内容。".into()
        }
        Rule::NulCharacter => "包含 U+0000，命令行无法传递：aliyun CLI 示例无法带上它。".into(),
        Rule::NotXmlCharacter { found } => format!(
            "包含 {}，XML 1.0 无法承载该字符：回显此值的响应将无法解析，因此不显示响应。",
            shown(*found)
        ),
        Rule::UrlTooLong { length, max } => format!(
            "签名后的 URL 长 {} 字节，超过了请求行可容纳的 {} 字节。",
            super::group_digits(*length),
            super::group_digits(*max)
        ),
    }
}

pub(super) fn note(note: &Note) -> String {
    match note {
        Note::SingleQuotes => "单引号已改为双引号".into(),
        Note::UnquotedKeys => "没有引号的键已加上引号".into(),
        Note::BareNumbers => "数字已写成字符串".into(),
        Note::TrailingCommas => "已删除末尾多余的逗号".into(),
        Note::NullIgnored(k) => format!("{k}：null 已忽略"),
        Note::Renamed { from, to } => format!("键“{from}”已按 {to} 读取"),
        Note::UnknownField(k) => format!("未知字段“{k}”已删除"),
        Note::DuplicateField(k) => format!("{k} 在同一项中出现两次，保留最后一个"),
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Array => "“[”（服务器的 JSON 数组）",
        Expected::Object => "“{”（一台服务器的对象）",
        Expected::CommaOrBracket => "“,”或“]”",
        Expected::CommaOrBrace => "“,”或“}”",
        Expected::Colon => "键后面的“:”",
        Expected::Key => "带引号的键或“}”",
        Expected::Scalar => "字符串或数字",
    }
}

pub(super) fn parse_error(kind: &ParseErrorKind) -> String {
    match kind {
        ParseErrorKind::UnexpectedEnd => "文本提前结束".into(),
        ParseErrorKind::Unexpected { found, expected: e } => {
            format!("此处应为{}，实际为“{found}”", expected(*e))
        }
        ParseErrorKind::UnterminatedString => "字符串没有结束".into(),
        ParseErrorKind::BadEscape => "无效的转义序列".into(),
        ParseErrorKind::BadNumber => "无效的数字".into(),
        ParseErrorKind::NotScalar(k) => format!("{k} 的值必须是字符串或数字"),
        ParseErrorKind::TrailingText => "结尾的“]”之后还有文本".into(),
    }
}

/// `第 2 行` or `第 1、3 行` (1-based).
fn rows(rows: &[usize]) -> String {
    let list: Vec<String> = rows.iter().map(|r| (r + 1).to_string()).collect();
    format!("第 {} 行", list.join("、"))
}

pub(super) fn iac_note(note: &IacNote) -> String {
    match note {
        IacNote::TerraformDefaultName => {
            "VServerGroupName 为空：Terraform 将服务器组命名为 tf-server-group".into()
        }
        IacNote::RosNameFromStack => {
            "ROS 要求 VServerGroupName：模板以资源栈名称为服务器组命名（Ref: ALIYUN::StackName）"
                .into()
        }
        IacNote::ServerIpLeftOut { rows: r } => format!(
            "Terraform 的 attachment 没有 server_ip：{} 的 ServerIp 未写入",
            rows(r)
        ),
        IacNote::EciNeedsProvider { rows: r } => format!(
            "Type eci（{}）需要 1.246.0 或更高版本的 alicloud 提供程序",
            rows(r)
        ),
        IacNote::RosEciUndocumented { rows: r } => format!(
            "ROS 文档只列出 ecs 和 eni：Type eci（{}）按原样写入，可能被拒绝",
            rows(r)
        ),
        IacNote::NotAnInteger { field, rows: r } => format!(
            "{} 的 {} 不是整数：按文本写入，工具会拒绝",
            rows(r),
            field.name()
        ),
        IacNote::WeightDefault { rows: r } => {
            format!("{} 的 Weight 为空：未写入，使用默认值 100", rows(r))
        }
        IacNote::TagKeyRepeated { keys } => {
            let keys: Vec<String> = keys.iter().map(|k| format!("{k:?}")).collect();
            format!(
                "Terraform 对重复的标签键只保留最后一个（{}）",
                keys.join("、")
            )
        }
        IacNote::RegionFromStack => "ROS 模板没有地域：资源创建在资源栈所在的地域".into(),
        IacNote::LeftOut { param } => format!("{param} 在此没有对应项：未写入"),
    }
}

pub(super) fn import_note(note: &ImportNote) -> String {
    use ImportNote as N;
    match note {
        N::NotExpanded => "$ 和 ` 按原样保留：不展开变量和命令".into(),
        N::MoreNotes => "其余说明未列出".into(),
        N::FormatCase { from, to } => format!("Format {from} 已按 {to} 读取"),
        N::Replaced { name, from, to } => format!("{name} {from} 已替换为 {to}"),
        N::SignatureRecomputed => "未导入 Signature：页面会重新签名".into(),
        N::PlusKept => {
            "查询字符串中的 + 按加号保留（空格在其中写作 %20，只有表单正文用 + 表示空格）".into()
        }
        N::BackendServers(n) => format!("BackendServers：{}", self::note(n)),
        N::TagWithoutKey(n) => format!("Tag.{n} 有 Value 但没有 Key"),
        N::TagsRenumbered => "标签序号不连续，已重新编号为 1、2、3……".into(),
        N::RegionFlag(r) => format!("--region {r} 已作为 RegionId 读取"),
        N::NoHost => "URL 没有主机名：使用公网接入点".into(),
        N::OtherSlbHost { host, region } => {
            format!("{host} 不是 RegionId {region} 对应的接入点，已作为自定义接入点保留")
        }
        N::ExampleKeyId => "AccessKeyId testid 是文档中的示例值，显示为空".into(),
        N::TransportHeaders => "未使用 Accept、Content-Type、User-Agent 等请求头：请求如何传输由页面决定".into(),
        N::V3Headers => "已读取 V3 请求头：x-acs-date 作为 Timestamp，x-acs-signature-nonce 作为 SignatureNonce，Authorization 中的凭证作为 AccessKeyId；未校验 V3 签名（页面会重新签名）".into(),
        N::BodyMeansPost => "带有表单正文，因此方法为 POST".into(),
        N::FlagWithoutValue(n) => format!("--{n} 没有值，按空值读取"),
        N::ApiCase { from, to } => format!("{from} 已按 {to} 读取"),
        N::EndpointFlag { from, to } => format!("--endpoint {from} 已按主机名 {to} 读取"),
    }
}

pub(super) fn reason(reason: Reason) -> &'static str {
    match reason {
        Reason::NotAParameter => "不是此操作的参数",
        Reason::WrongCase => "参数名区分大小写",
        Reason::Repeated => "重复出现，保留最后一个值",
        Reason::Secret => "从不导入 AccessKeySecret，请在表单中填写",
        Reason::StsToken => "本页不支持 STS 令牌",
        Reason::TagNumber => "标签序号必须在 1 到 1000 之间",
        Reason::Method => "方法必须是 GET 或 POST",
        Reason::Format => "Format 必须是 JSON 或 XML",
        Reason::UserInfo => "不使用 URL 中的用户凭据",
        Reason::Path => "RPC 请求发送到 /",
        Reason::Fragment => "URL 片段不会被发送",
        Reason::CurlOption => "不改变请求的 curl 选项",
        Reason::CurlFile => "curl 会从文件中读取此项",
        Reason::CurlUrlencode => "只读取 --data-urlencode name=value 形式",
        Reason::CurlExtraWord => "curl 命令中多余的词",
        Reason::CliOption => "不改变请求的 aliyun CLI 选项",
        Reason::CliExtraWord => "多余的词，不是选项",
        Reason::RegionTwice => "同时给出了 --RegionId，已保留它",
        Reason::Header => "请求不使用此请求头",
        Reason::Authorization => "不是 ACS3-HMAC-SHA256 的 Authorization 请求头",
    }
}

pub(super) fn import_error(kind: &ImportErrorKind) -> String {
    use ImportErrorKind as K;
    let short = |s: &str| -> String {
        match s.char_indices().nth(40) {
            Some((i, _)) => format!("{}…", &s[..i]),
            None => s.to_string(),
        }
    };
    match kind {
        K::Empty => "没有可导入的内容".into(),
        K::Unclosed(q) => format!("此处开始的引号 {q} 没有结束"),
        K::ShellOperator(c) => format!("“{c}”是 shell 操作符：请加引号，或只粘贴一条命令"),
        K::BadEscape => "此转义不代表任何 Unicode 字符".into(),
        K::NotUtf8 => "解码后的字节不是 UTF-8 文本".into(),
        K::NotAliyun(w) => format!("应为 aliyun 命令，实际为“{}”", short(w)),
        K::MissingProduct => "命令中没有产品名（应为 slb）".into(),
        K::WrongProduct(p) => format!("这是产品“{}”的命令，不是 slb", short(p)),
        K::MissingApi => "命令中没有 API 名（例如 CreateVServerGroup）".into(),
        K::WrongApi(a) => format!("调用的是 {}，本页不认识这个操作", short(a)),
        K::MissingUrl => "curl 命令中没有 URL".into(),
        K::BackendServers(k) => format!("BackendServers：{}", parse_error(k)),
        K::NotPermalink => "不是永久链接：必须以 v1 开头".into(),
        K::UnknownVersion(v) => format!("不支持永久链接版本 {}（本页读取 v1）", short(v)),
        K::UnknownKey(k) => format!("“{}”不是永久链接的字段", short(k)),
        K::RepeatedKey(k) => format!("永久链接字段 {k} 出现了两次"),
        K::UnknownOperation(a) => format!("{} 不是本页认识的操作", short(a)),
        K::BadValue { key, value } => format!("“{}”不是 {key} 的有效值", short(value)),
    }
}

/// 简体中文。
pub static ZH: Tr = Tr {
    subtitle: " 调试台 · 阿里云负载均衡 SLB API 2014-05-15",
    lede: "编写请求，输入时逐项校验 API 规则，查看签名后的完整 URL 以及服务会返回的响应。所有内容都不会离开本页面。",
    language: "语言",
    theme: "主题",
    theme_auto: "跟随系统",
    theme_light: "浅色",
    theme_dark: "深色",
    undo: "撤销",
    redo: "重做",
    copy_link: "复制链接",
    reset: "重置为示例",
    download: "下载",
    more: "更多",
    download_url: "请求 URL（.txt）",
    download_cli: "aliyun CLI 命令（.sh）",
    download_json: "JSON 响应（.json）",
    download_xml: "XML 响应（.xml）",
    simulate: "模拟运行时错误",
    simulate_none: "无：显示此请求的响应",
    open_full: "在完整调试台中打开",
    form: "{op} 请求",
    known_regions: "已知地域",
    other_region: "其他：在 RegionId 中输入",
    region_empty: "在上方选择已知地域，或输入地域 ID。",
    region_unknown: "不是已知地域：请检查 ID；如果是新地域，可以继续。",
    http_method: "HTTP 方法",
    no_servers: "没有服务器：不发送 BackendServers 参数，创建一个空的服务器组。",
    no_rows: "没有服务器：不发送 {list} 参数。",
    add_server: "+ 添加服务器",
    servers_full: "每次请求最多 {n} 台服务器（超过则返回 TooManyBackendServers）。",
    move_up: "上移服务器 {n}",
    move_down: "下移服务器 {n}",
    duplicate: "复制服务器 {n}",
    remove: "删除服务器 {n}",
    remove_tag: "删除标签 {n}",
    actions: "操作",
    type_default: "（默认）",
    add_tag: "+ 添加标签",
    tags_full: "每次请求最多 {n} 个标签（超过则返回 SizeLimitExceeded.Tag）。",
    key: "键",
    value: "值",
    raw_title: "{list} 的 JSON",
    raw_hint: "编辑 JSON，或粘贴原文档中的示例：能读取时各行随之更新。单引号和不加引号的数字均可。",
    raw_normalised: "已读取，并做了以下规范化：",
    raw_rows_kept: "文本能读取之前，各行保持不变：",
    raw_stale: "此后各行已被修改；请修正文本，或重新显示各行的 JSON。",
    raw_discard: "显示各行的 JSON",
    advanced: "高级：所有者、接入点、凭据",
    endpoint: "接入点",
    endpoint_public: "公网（按地域）",
    endpoint_vpc: "VPC 内网（按地域）",
    endpoint_custom: "自定义主机",
    custom_endpoint: "自定义接入点",
    credentials: "凭据",
    credentials_hint: "所有内容都留在本页面：不会发送到任何地方，AccessKeySecret 不会被保存或写入链接。留空则使用文档中的示例 testid / testsecret 签名。",
    generated: "自动生成",
    nonce_hint: "留空：每次修改都生成新的 UUID。填写后 URL 保持不变。",
    timestamp_hint: "留空：当前 UTC 时间。格式：2024-01-01T00:00:00Z。",
    import_title: "导入 URL、curl 或 aliyun 命令",
    import_label: "要导入的请求",
    import_hint: "粘贴请求 URL（已签名或未签名；GET，或带表单正文的 POST）、curl 命令，或 aliyun slb CreateVServerGroup … 这样的命令行：按其中的 Action 选择操作。",
    import_apply: "导入",
    import_done: "已导入到表单。",
    import_failed: "未导入，表单保持不变：",
    import_unmapped: "未映射",
    import_all_mapped: "全部已映射。",
    import_notes: "说明",
    signature_ok: "签名与您填写的 AccessKeySecret 一致。",
    signature_bad: "签名与您填写的 AccessKeySecret 不一致。",
    signature_unchecked: "文本带有签名：在“高级”中填写它的 AccessKeySecret，再次导入即可校验签名。",
    validation: "校验",
    cannot_send: "请求无法发送。",
    would_reject: "服务将拒绝此请求。",
    would_accept: "服务将接受此请求。",
    error: "错误",
    warning: "警告",
    request: "请求",
    copy: "复制",
    copied: "已复制",
    copy_failed: "复制失败：文本已选中，请按 Ctrl+C",
    copy_url: "复制请求 URL",
    regenerate: "重新生成随机数和时间",
    regenerate_hint: "留空的 SignatureNonce / Timestamp 会自动生成（服务接受约 15 分钟内的 Timestamp，每个随机数只能使用一次）。",
    post_note: "POST 且正文为空：所有参数仍在查询字符串中，与 SDK 的发送方式相同。",
    example_note: "使用文档中的示例 {which} 签名：URL 的形式与真实请求相同，但服务会拒绝其签名。请在“高级”中填写您自己的 AccessKey（它不会离开本页面）。",
    example_both: "AccessKeyId testid 和 AccessKeySecret testsecret",
    output: "请求详情",
    tab_params: "参数",
    tab_signature: "签名",
    tab_response: "响应",
    tab_code: "代码",
    name: "名称",
    value_col: "值",
    encoded: "编码后",
    signature: "签名",
    v1_steps: [
        "按名称排序的参数（Signature 除外）",
        "规范化查询字符串：name=value，百分号编码，用 & 连接",
        "StringToSign = METHOD&%2F&percentEncode(规范化查询字符串)",
        "HMAC-SHA1 密钥 = AccessKeySecret + \"&\"",
        "Signature = Base64(HMAC-SHA1(密钥, StringToSign))",
    ],
    v3_steps: [
        "规范化请求：方法、路径、排序后的查询、请求头、签名头、正文哈希",
        "HashedCanonicalRequest = hex(SHA-256(规范化请求))",
        "StringToSign = ACS3-HMAC-SHA256 + \\n + HashedCanonicalRequest",
        "Signature = hex(HMAC-SHA256(AccessKeySecret, StringToSign))",
        "Authorization 请求头",
        "以 curl 表示的请求，带上请求头",
    ],
    copy_step: "复制步骤",
    secret_masked: "••••••（您的 AccessKeySecret）+ &",
    v3_note: "签名 V3 是当前 SDK 默认的签名方式：参数保留在查询字符串中，操作、版本、时间和随机数放在 x-acs-* 请求头中。",
    response: "模拟响应",
    response_format: "响应格式",
    not_sent: "未发送",
    not_sent_why: "请求无法发送，因此不会有服务应答：",
    not_sent_note: "请求无法发送，因此不会有服务应答",
    simulated: "模拟：服务在运行时对此错误返回的响应 ",
    snippet_language: "示例语言",
    copy_snippet: "复制代码",
    snippet_notes: [
        "CLI 使用自己的配置签名，发送相同的参数。",
        "即上面的请求（签名 v1），在 Timestamp 过期前可以直接发送。",
        "V2 SDK 默认使用签名 V3。",
        "V1 SDK 使用签名 v1，与上面的 URL 相同。",
        "V2 SDK 默认使用签名 V3。",
        "V2 SDK 默认使用签名 V3。",
        "V2 SDK 默认使用签名 V3。",
    ],
    cut: "……另有 {n} 个字符未显示（“复制”会复制全部内容）",
    signing: "正在为大请求签名：{n} 字节已完成 {p}%……",
    signing_pending: "正在为大请求签名……",
    announce: "校验：",
    link_error: "无法读取链接，已显示示例：",
    link_error_kept: "无法读取链接，请求保持不变：",
    readonly: "只读：按原样展示此请求。",
    bool_unset: "（不发送）",
    sandbox_groups: "沙箱中的服务器组",
    pick_group: "选择服务器组…",
    members: "{n} 个成员",
    unnamed: "（无名称）",
    name_filter_hint: "要列出的服务器组的名称；沙箱按名称精确匹配。",
    send: "发送到沙箱",
    sandbox_note: "上面的响应是沙箱（本页内存中的模拟 SLB）此刻的回答；“发送到沙箱”会把请求应用到沙箱。重新加载页面后，沙箱回到示例服务器组。",
    last_sent: "上次发送：",
    history: "沙箱：服务器组和已发送的请求",
    groups_now: "当前的服务器组",
    groups_after: "#{n} 之后的服务器组",
    no_groups: "没有服务器组。",
    ignored: "{list} 的第 {rows} 行不是该服务器组的成员：服务会忽略它们。",
    iac_title: "基础设施即代码",
    iac_none: "仅为 CreateVServerGroup 和 AddVServerGroupBackendServers 提供 Terraform 和 ROS 写法。",
    terraform: "Terraform",
    ros: "ROS 模板",
    copy_terraform: "复制 Terraform",
    copy_ros: "复制 ROS 模板",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_messages_keep_api_names_and_numbers() {
        assert_eq!(
            rule(&Rule::PortInvalid),
            "Port 必须是 1 到 65535 之间的整数。"
        );
        assert!(rule(&Rule::DuplicateServer { first: 1 }).contains("第 2 行"));
        assert!(rule(&Rule::BadCharacters { found: ' ' }).contains("空格"));
        assert!(rule(&Rule::BadCharacters { found: '\u{200b}' }).contains("U+200B"));
        assert!(rule(&Rule::NotXmlCharacter { found: '\u{ffff}' }).starts_with("包含 U+FFFF，"));
        assert!(rule(&Rule::NotXmlCharacter { found: '\u{1}' }).contains("U+0001"));
        assert_eq!(at(3, 14, "x"), "第 3 行第 14 列：x");
    }
}
