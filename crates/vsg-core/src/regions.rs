//! The SLB regions known when this playground was built.

/// A region ID with its Chinese and English display names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    /// The `RegionId` value, e.g. `cn-hangzhou`.
    pub id: &'static str,
    /// The name on the Chinese console, e.g. `华东1（杭州）`.
    pub name_zh: &'static str,
    /// An English name, e.g. `China (Hangzhou)`.
    pub name_en: &'static str,
}

const fn r(id: &'static str, name_zh: &'static str, name_en: &'static str) -> Region {
    Region {
        id,
        name_zh,
        name_en,
    }
}

/// Every known SLB region, in the order of the endpoint page.
pub const REGIONS: &[Region] = &[
    r("cn-qingdao", "华北1（青岛）", "China (Qingdao)"),
    r("cn-beijing", "华北2（北京）", "China (Beijing)"),
    r("cn-zhangjiakou", "华北3（张家口）", "China (Zhangjiakou)"),
    r("cn-huhehaote", "华北5（呼和浩特）", "China (Hohhot)"),
    r("cn-wulanchabu", "华北6（乌兰察布）", "China (Ulanqab)"),
    r("cn-hangzhou", "华东1（杭州）", "China (Hangzhou)"),
    r("cn-shanghai", "华东2（上海）", "China (Shanghai)"),
    r(
        "cn-nanjing",
        "华东5（南京）",
        "China (Nanjing - Local Region)",
    ),
    r(
        "cn-fuzhou",
        "华东6（福州）",
        "China (Fuzhou - Local Region)",
    ),
    r("cn-shenzhen", "华南1（深圳）", "China (Shenzhen)"),
    r("cn-heyuan", "华南2（河源）", "China (Heyuan)"),
    r("cn-guangzhou", "华南3（广州）", "China (Guangzhou)"),
    r("cn-chengdu", "西南1（成都）", "China (Chengdu)"),
    r("cn-hongkong", "中国香港", "China (Hong Kong)"),
    r("ap-northeast-1", "日本（东京）", "Japan (Tokyo)"),
    r("ap-northeast-2", "韩国（首尔）", "South Korea (Seoul)"),
    r("ap-southeast-1", "新加坡", "Singapore"),
    r(
        "ap-southeast-2",
        "澳大利亚（悉尼，已关停）",
        "Australia (Sydney, closed)",
    ),
    r(
        "ap-southeast-3",
        "马来西亚（吉隆坡）",
        "Malaysia (Kuala Lumpur)",
    ),
    r(
        "ap-southeast-5",
        "印度尼西亚（雅加达）",
        "Indonesia (Jakarta)",
    ),
    r("ap-southeast-6", "菲律宾（马尼拉）", "Philippines (Manila)"),
    r("ap-southeast-7", "泰国（曼谷）", "Thailand (Bangkok)"),
    r("ap-south-1", "印度（孟买）", "India (Mumbai)"),
    r("us-east-1", "美国（弗吉尼亚）", "US (Virginia)"),
    r("us-west-1", "美国（硅谷）", "US (Silicon Valley)"),
    r("eu-central-1", "德国（法兰克福）", "Germany (Frankfurt)"),
    r("eu-west-1", "英国（伦敦）", "UK (London)"),
    r("me-east-1", "阿联酋（迪拜）", "UAE (Dubai)"),
    r("me-central-1", "沙特（利雅得）", "Saudi Arabia (Riyadh)"),
    r("na-south-1", "墨西哥", "Mexico"),
];

/// The known region with this ID, if any.
pub fn find(id: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.id == id)
}

/// Whether `id` has the shape of a region ID, known or not: two to five `-`-separated
/// parts of lowercase letters and digits, the first two letters only (`cn-hangzhou`,
/// `ap-southeast-1`, `cn-shanghai-finance-1`). A well-shaped unknown ID is only a
/// warning; anything else is `InvalidRegionId.NotFound`.
pub fn is_well_formed(id: &str) -> bool {
    let parts: Vec<&str> = id.split('-').collect();
    let alnum = |s: &&str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    };
    let alpha = |s: &&str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase());
    (2..=5).contains(&parts.len()) && parts[..2].iter().all(alpha) && parts[2..].iter().all(alnum)
}
