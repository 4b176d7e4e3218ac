//! The Go literals read back.

use vsg_core::snippets::go_str;

use crate::{awkward, sent_params};

/// Reads a Go string literal per the Go spec (an independent decoder: no Go toolchain
/// on this machine).
fn go_unquote(lit: &str) -> String {
    if let Some(raw) = lit.strip_prefix('`') {
        return raw.strip_suffix('`').expect("closing backtick").to_string();
    }
    let body = lit
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .expect("quoted");
    let mut bytes: Vec<u8> = Vec::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        assert!(c != '\n' && c != '"', "raw {c:?} in an interpreted literal");
        if c != '\\' {
            let mut buf = [0; 4];
            bytes.extend(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let hex = |chars: &mut std::str::Chars, n: usize| {
            let h: String = chars.take(n).collect();
            u32::from_str_radix(&h, 16).expect("hex escape")
        };
        match chars.next().expect("escape") {
            'n' => bytes.push(b'\n'),
            'r' => bytes.push(b'\r'),
            't' => bytes.push(b'\t'),
            '\\' => bytes.push(b'\\'),
            '"' => bytes.push(b'"'),
            'x' => bytes.push(hex(&mut chars, 2) as u8),
            'u' => {
                let c = char::from_u32(hex(&mut chars, 4)).expect("code point");
                let mut buf = [0; 4];
                bytes.extend(c.encode_utf8(&mut buf).as_bytes());
            }
            other => panic!("escape \\{other} not used by go_str"),
        }
    }
    String::from_utf8(bytes).expect("valid UTF-8")
}

#[test]
fn go_literals_read_back() {
    let mut texts: Vec<String> = sent_params(&awkward())
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    texts.extend(["\0".into(), "\u{feff}".into(), "`".into(), "\u{85}".into()]);
    for t in texts {
        let lit = go_str(&t);
        assert!(!lit.contains('\n') && !lit.contains('\r'), "{lit}");
        assert!(
            !lit.contains('\u{feff}'),
            "Go forbids a BOM inside the source"
        );
        assert_eq!(go_unquote(&lit), t, "{lit}");
    }
}
