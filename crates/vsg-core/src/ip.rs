//! IP address syntax, as `ServerIp` accepts it.
//!
//! The same language as `std::net::IpAddr`'s parser (the tests check the two agree on
//! arbitrary input), written out because std's parser costs ~1 KB of gzip in the page.

/// Whether `s` is a dotted-quad IPv4 address (`192.168.0.7`; no leading zeros).
pub fn is_ipv4(s: &str) -> bool {
    let mut parts = 0;
    for part in s.split('.') {
        parts += 1;
        let ok = !part.is_empty()
            && part.len() <= 3
            && part.bytes().all(|b| b.is_ascii_digit())
            && !(part.len() > 1 && part.starts_with('0'))
            && part.parse::<u16>().is_ok_and(|n| n <= 255);
        if !ok || parts > 4 {
            return false;
        }
    }
    parts == 4
}

/// Whether `s` is an IPv6 address: eight groups of 1–4 hex digits, at most one `::`
/// standing for one or more zero groups, and optionally an IPv4 address in place of the
/// last two groups.
pub fn is_ipv6(s: &str) -> bool {
    let (head, tail, compressed) = match s.find("::") {
        Some(i) => (&s[..i], &s[i + 2..], true),
        None => (s, "", false),
    };
    if tail.contains("::") {
        return false;
    }
    // Groups on each side of `::` (an empty side has none); the last one may be IPv4.
    let groups = |side: &str, may_end_in_v4: bool| -> Option<usize> {
        if side.is_empty() {
            return Some(0);
        }
        let parts: Vec<&str> = side.split(':').collect();
        let mut count = 0;
        for (i, part) in parts.iter().enumerate() {
            let last = i + 1 == parts.len();
            if last && may_end_in_v4 && part.contains('.') {
                if !is_ipv4(part) {
                    return None;
                }
                count += 2;
            } else if !part.is_empty()
                && part.len() <= 4
                && part.bytes().all(|b| b.is_ascii_hexdigit())
            {
                count += 1;
            } else {
                return None;
            }
        }
        Some(count)
    };
    let (Some(h), Some(t)) = (groups(head, !compressed), groups(tail, true)) else {
        return false;
    };
    if compressed {
        h + t < 8
    } else {
        h == 8
    }
}

/// Whether `s` is an IPv4 or IPv6 address.
pub fn is_ip(s: &str) -> bool {
    is_ipv4(s) || is_ipv6(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn std_accepts(s: &str) -> bool {
        s.parse::<std::net::IpAddr>().is_ok()
    }

    #[test]
    fn agrees_with_std_on_examples() {
        for s in [
            "192.168.0.7",
            "0.0.0.0",
            "255.255.255.255",
            "256.0.0.1",
            "01.2.3.4",
            "1.2.3",
            "1.2.3.4.5",
            "1..2.3",
            "",
            ".",
            "1.2.3.4 ",
            "::",
            "::1",
            "1::",
            "fe80::1",
            "2001:db8::8a2e:370:7334",
            "2001:0db8:0000:0000:0000:ff00:0042:8329",
            "1:2:3:4:5:6:7:8",
            "1:2:3:4:5:6:7:8:9",
            "1:2:3:4:5:6:7",
            "1::2::3",
            ":::",
            "::ffff:192.168.0.7",
            "::192.168.0.7",
            "1:2:3:4:5:6:1.2.3.4",
            "1:2:3:4:5:6:7:1.2.3.4",
            "1:2:3:4:5::1.2.3.4",
            "1.2.3.4::",
            "12345::",
            "g::1",
            ":1",
            "1:",
            "1::2:",
            "[::1]",
            "::1%eth0",
            "::1.2.3",
            "1:2:3:4:5:6:7::",
            "::2:3:4:5:6:7:8",
            "1:2:3:4:5:6:7:8::",
            "١.٢.٣.٤",
        ] {
            assert_eq!(is_ip(s), std_accepts(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_std_on_ip_like_text(s in "[0-9a-fA-F:.]{0,45}") {
            proptest::prop_assert_eq!(is_ip(&s), std_accepts(&s), "{:?}", s);
        }

        #[test]
        fn agrees_with_std_on_structured_addresses(
            groups in proptest::collection::vec("[0-9a-fA-F]{0,5}", 0..10),
            compress_at in proptest::option::of(0usize..10),
            v4 in proptest::option::of(proptest::collection::vec(0u32..300, 3..6)),
            lead_zero in proptest::bool::ANY,
        ) {
            let mut text = String::new();
            for (i, g) in groups.iter().enumerate() {
                if compress_at == Some(i) {
                    text.push_str("::");
                } else if i > 0 {
                    text.push(':');
                }
                text.push_str(g);
            }
            if compress_at.is_some_and(|c| c >= groups.len()) {
                text.push_str("::");
            }
            if let Some(v4) = v4 {
                let quad: Vec<String> = v4
                    .iter()
                    .map(|n| if lead_zero { format!("0{n}") } else { n.to_string() })
                    .collect();
                if !text.is_empty() && !text.ends_with(':') {
                    text.push(':');
                }
                text.push_str(&quad.join("."));
            }
            proptest::prop_assert_eq!(is_ip(&text), std_accepts(&text), "{:?}", text);
        }

        #[test]
        fn agrees_with_std_on_any_text(s in "\\PC{0,40}") {
            proptest::prop_assert_eq!(is_ip(&s), std_accepts(&s), "{:?}", s);
        }
    }
}
