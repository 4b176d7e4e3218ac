//! Nonces, timestamps and the deterministic IDs of mock responses.
//!
//! Nothing here reads a clock or draws random numbers: callers pass seconds and bytes in.

use sha1::{Digest, Sha1};

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Formats 16 random bytes as a lowercase version-4 UUID, the SignatureNonce form the
/// SDKs use (`3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf`).
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    uuid_shape(&bytes)
}

fn uuid_shape(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(36);
    for (i, b) in bytes.iter().take(16).enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        s.push(HEX[usize::from(b >> 4)] as char);
        s.push(HEX[usize::from(b & 0xf)] as char);
    }
    s
}

/// Formats seconds since the Unix epoch as the `Timestamp` parameter,
/// `YYYY-MM-DDThh:mm:ssZ` in UTC.
///
/// ```
/// assert_eq!(vsg_core::format_timestamp(1_704_067_200), "2024-01-01T00:00:00Z");
/// ```
pub fn format_timestamp(unix_seconds: i64) -> String {
    let days = unix_seconds.div_euclid(86_400);
    let secs = unix_seconds.rem_euclid(86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// Whether `s` is a `Timestamp` of the form `YYYY-MM-DDThh:mm:ssZ` with a real date and
/// time of day.
pub fn is_valid_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 20 {
        return false;
    }
    let shape = b"dddd-dd-ddTdd:dd:ddZ";
    if !b.iter().zip(shape).all(|(c, p)| match p {
        b'd' => c.is_ascii_digit(),
        p => c == p,
    }) {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(u32::MAX);
    let (year, month, day) = (num(0..4), num(5..7), num(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let month_days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=month_days).contains(&day) && num(11..13) < 24 && num(14..16) < 60 && num(17..19) < 60
}

/// A SHA-1 digest of `parts`, salted, the seed of every mock ID.
fn digest(salt: &str, parts: &[&[u8]]) -> [u8; 20] {
    let mut h = Sha1::new();
    h.update(salt.as_bytes());
    for part in parts {
        h.update(part);
    }
    h.finalize().into()
}

/// A RequestId in the service's shape (`9DEC9C28-AB05-4DDF-9A78-6B08EC9CE18C`),
/// derived from `content` (a digest of the request's content) so the same request
/// always shows the same ID.
pub fn mock_request_id(content: &[u8]) -> String {
    uuid_shape(&digest("RequestId\n", &[content])).to_ascii_uppercase()
}

/// A VServerGroupId in the service's shape (`rsp-` + 10 lowercase letters/digits),
/// derived from `content`.
pub fn mock_vserver_group_id(content: &[u8]) -> String {
    sandbox_vserver_group_id(content, 0)
}

/// The VServerGroupId of the `made`-th group a sandbox makes (0-based): derived from
/// `content` (the Create request's content digest) and `made`, so the same Create sent
/// twice makes two groups with two IDs, and the same sequence of requests always makes
/// the same IDs. The first group (`made == 0`) has the ID the stateless answer shows,
/// [`mock_vserver_group_id`].
///
/// ```
/// use vsg_core::ids::{mock_vserver_group_id, sandbox_vserver_group_id};
/// let content = [7u8; 20];
/// assert_eq!(sandbox_vserver_group_id(&content, 0), mock_vserver_group_id(&content));
/// assert_ne!(sandbox_vserver_group_id(&content, 1), sandbox_vserver_group_id(&content, 0));
/// ```
pub fn sandbox_vserver_group_id(content: &[u8], made: u64) -> String {
    const ALPHABET: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let count = made.to_le_bytes();
    // The count is left out for the first group, so that it keeps the stateless ID.
    let parts: &[&[u8]] = if made == 0 {
        &[content]
    } else {
        &[content, &count]
    };
    let d = digest("VServerGroupId\n", parts);
    let mut s = String::from("rsp-");
    for b in &d[..10] {
        s.push(ALPHABET[usize::from(*b) % 36] as char);
    }
    s
}
