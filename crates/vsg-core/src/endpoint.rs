//! Which host a request for a region goes to.

use crate::model::EndpointKind;
use crate::regions;

/// The public host for `region_id`: `slb.aliyuncs.com` for cn-hangzhou (and when the
/// region is empty or malformed, which validation reports), `slb.<RegionId>.aliyuncs.com`
/// for every other region.
pub fn public_host(region_id: &str) -> String {
    if region_id == "cn-hangzhou" || !regions::is_well_formed(region_id) {
        "slb.aliyuncs.com".into()
    } else {
        format!("slb.{region_id}.aliyuncs.com")
    }
}

/// The VPC host for `region_id`: `slb-vpc.<RegionId>.aliyuncs.com`.
/// An empty or malformed region falls back to cn-hangzhou's.
pub fn vpc_host(region_id: &str) -> String {
    if !regions::is_well_formed(region_id) {
        "slb-vpc.cn-hangzhou.aliyuncs.com".into()
    } else {
        format!("slb-vpc.{region_id}.aliyuncs.com")
    }
}

/// The host the request is sent to. A custom endpoint may be typed with a scheme and
/// a trailing slash (`https://example.com/`); only the host part is kept (and at most
/// 253 bytes of it).
pub fn host(kind: EndpointKind, region_id: &str, custom: &str) -> String {
    match kind {
        EndpointKind::Public => public_host(region_id),
        EndpointKind::Vpc => vpc_host(region_id),
        EndpointKind::Custom => {
            // A DNS name has at most 253 characters; a longer host is already an error
            // (EndpointInvalid), and is cut so no one lays out megabytes of it.
            let host = custom_host(custom);
            let mut end = host.len().min(253);
            while !host.is_char_boundary(end) {
                end -= 1;
            }
            host[..end].to_string()
        }
    }
}

/// The URL scheme: `http` only for a custom endpoint typed with `http://` (a local mock
/// server, say); `https` otherwise.
pub fn scheme(kind: EndpointKind, custom: &str) -> &'static str {
    let typed = custom.trim_start();
    let http = typed
        .get(..7)
        .is_some_and(|head| head.eq_ignore_ascii_case("http://"));
    if kind == EndpointKind::Custom && http {
        "http"
    } else {
        "https"
    }
}

/// Strips an `http://` / `https://` scheme (in any case) and anything from the first
/// `/`, `?` or `#`.
pub fn custom_host(custom: &str) -> &str {
    let s = custom.trim();
    let s = ["https://", "http://"]
        .iter()
        .find_map(|scheme| {
            s.get(..scheme.len())
                .filter(|head| head.eq_ignore_ascii_case(scheme))
                .map(|_| &s[scheme.len()..])
        })
        .unwrap_or(s);
    match s.find(['/', '?', '#']) {
        Some(i) => &s[..i],
        None => s,
    }
}

/// Whether `host` is a plausible DNS name, IPv4 address or bracketed IPv6 address
/// (`[::1]`), with an optional `:port`.
pub fn is_valid_host(host: &str) -> bool {
    if host.is_empty() || host.len() > 253 {
        return false;
    }
    if let Some(rest) = host.strip_prefix('[') {
        let Some((ip, after)) = rest.split_once(']') else {
            return false;
        };
        let port_ok = after.is_empty()
            || after.strip_prefix(':').is_some_and(|p| {
                !p.is_empty()
                    && p.bytes().all(|b| b.is_ascii_digit())
                    && p.parse::<u16>().is_ok_and(|p| p != 0)
            });
        return ip.parse::<core::net::Ipv6Addr>().is_ok() && port_ok;
    }
    let (name, port) = match host.rsplit_once(':') {
        Some((n, p)) if !n.contains(':') => (n, Some(p)),
        _ => (host, None),
    };
    if let Some(p) = port {
        let digits = !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        if !digits || p.parse::<u16>().map_or(true, |p| p == 0) {
            return false;
        }
    }
    // A fully qualified name may end in a dot (`slb.example.com.`).
    let name = name.strip_suffix('.').unwrap_or(name);
    name.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    })
}
