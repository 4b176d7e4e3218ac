//! Import: shell words against bash itself, the signature vectors, URL / HTTP / curl /
//! aliyun CLI examples, and round trips of valid requests through the URL and the CLI.

mod common;

use common::{re, ref_position, text_of};

use std::process::Command;

use proptest::prelude::*;
use proptest::sample::select;

use vsg_core::import::{
    import_any, import_cli, import_url, split_shell_words, ImportError, ImportErrorKind, Imported,
};
use vsg_core::request::host;
use vsg_core::validate::has_errors;
use vsg_core::TextField;
use vsg_core::{
    encode_backend_servers, format_timestamp, parse_backend_servers, percent_decode, sign_request,
    validate, EndpointKind, Format, Generated, Method, Request, ServerRow, TagRow,
};

// ---- helpers ----

/// An empty directory for bash to run in, so that glob characters match nothing.
fn empty_dir() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("import-bash-cwd");
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The words bash makes of `line` (as arguments of a command), or None when bash
/// refuses the line.
fn bash_words(line: &str) -> Option<Vec<String>> {
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!("printf '%s\\0' X {line}"))
        .env("LC_ALL", "C.UTF-8")
        .current_dir(empty_dir())
        .output()
        .expect("bash runs");
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).expect("UTF-8 output");
    let mut words: Vec<String> = text.split('\0').map(String::from).collect();
    assert_eq!(words.pop().as_deref(), Some(""), "output ends with NUL");
    assert_eq!(words.remove(0), "X");
    Some(words)
}

fn base() -> Request {
    Request::default()
}

fn url(text: &str) -> Imported {
    import_url(text, &base(), vsg_core::FAMILY).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

fn cli(text: &str) -> Imported {
    import_cli(text, &base(), vsg_core::FAMILY).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

fn check_position(text: &str, e: &ImportError) {
    assert!(e.offset <= text.len(), "{e:?} beyond {}", text.len());
    assert!(text.is_char_boundary(e.offset));
    assert_eq!((e.line, e.column), ref_position(text, e.offset), "{e:?}");
    assert!(e
        .to_string()
        .starts_with(&format!("line {}, column {}: ", e.line, e.column)));
}

fn reasons(i: &Imported) -> Vec<(&str, &str, &str)> {
    i.unmapped
        .iter()
        .map(|u| (u.name.as_str(), u.value.as_str(), u.reason.message()))
        .collect()
}

// ---- split_shell_words against bash ----

const BASH_CASES: &[&str] = &[
    "a b  c",
    "'a b' \"c d\"",
    "'it'\\''s'",
    r#""a\"b\\c\$d\`e\q""#,
    r#"a\ b\'c\"d\\e"#,
    "a\\\nb",
    "a \\\n  b",
    "a\\",
    r#"$'a\nb\tc\x41\101\u4e2d\U0001F600\e\E\a\b\f\v\r\\\'\"\?'"#,
    r#"$'\cA\c?\c\\'"#,
    r#"$'\x' $'\xzz' $'\q' $'\c' $'\u' $'\u00e9x'"#,
    r#"$'a\0b'c $'x\u0000y'z"#,
    r#"a"b"'c'$'d'e"#,
    "'' \"\" $''",
    r#"--BackendServers '[{"ServerId":"i-1","Port":"80"}]'"#,
    r#"--BackendServers "[{\"ServerId\":\"i-1\",\"Port\":\"80\"}]""#,
    r#"--BackendServers=[{\"ServerId\":\"i-1\"}]"#,
    "a#b #comment 'unclosed",
    "a # comment\\",
    r#"$"locale" $"a\"b""#,
    "中文 'é' \"😀\" a\\中",
    "\ta\t",
    "\"a\nb\" 'c\nd'",
    "\"a\\\nb\"",
    r#""$" a$ "a$""#,
    "* ? [x] a*b",
    "--Tag.1.Key=env --Tag.1.Value ''",
    r#"'a'"b"\c$'d'"#,
    r#"$'\'' "'" '"'"#,
    r#""\a\n\t""#,
];

#[test]
fn shell_words_agree_with_bash() {
    for case in BASH_CASES {
        let expected = bash_words(case).unwrap_or_else(|| panic!("bash refused {case:?}"));
        let got = split_shell_words(case).unwrap_or_else(|e| panic!("{case:?}: {e}"));
        assert_eq!(got, expected, "{case:?}");
    }
}

#[test]
fn shell_errors_carry_positions() {
    let cases: &[(&str, usize, usize, usize, ImportErrorKind)] = &[
        ("a 'b", 2, 1, 3, ImportErrorKind::Unclosed("'")),
        ("a \\\n \"b", 5, 2, 2, ImportErrorKind::Unclosed("\"")),
        ("é $'x", 3, 1, 3, ImportErrorKind::Unclosed("$'")),
        ("a | b", 2, 1, 3, ImportErrorKind::ShellOperator('|')),
        ("a;b", 1, 1, 2, ImportErrorKind::ShellOperator(';')),
        ("x $'\\ud800'", 4, 1, 5, ImportErrorKind::BadEscape),
        ("x $'\\xff'", 4, 1, 5, ImportErrorKind::NotUtf8),
    ];
    for (text, offset, line, column, kind) in cases {
        let e = split_shell_words(text).unwrap_err();
        assert_eq!(
            (e.offset, e.line, e.column, &e.kind),
            (*offset, *line, *column, kind),
            "{text:?}"
        );
        check_position(text, &e);
        // bash refuses the unclosed ones too
        if matches!(kind, ImportErrorKind::Unclosed(_)) {
            assert_eq!(bash_words(text), None, "{text:?}");
        }
    }
    assert_eq!(
        split_shell_words("a 'b").unwrap_err().to_string(),
        "line 1, column 3: the quote ' opened here is never closed"
    );
}

#[test]
fn variables_stay_literal_with_a_note() {
    assert_eq!(
        split_shell_words(r#"$HOME "$(date)" `x` '$y'"#).unwrap(),
        ["$HOME", "$(date)", "`x`", "$y"]
    );
    let i = cli("aliyun slb CreateVServerGroup --RegionId $REGION --LoadBalancerId lb-1");
    assert_eq!(i.request[TextField::RegionId], "$REGION");
    assert!(
        i.notes
            .iter()
            .any(|n| n.to_string().contains("not expanded")),
        "{:?}",
        i.notes
    );
    let i = cli("aliyun slb CreateVServerGroup --RegionId '$REGION'");
    assert!(!i
        .notes
        .iter()
        .any(|n| n.to_string().contains("not expanded")));
}

/// Balanced pieces of shell text; any concatenation is a complete line. (`#` only
/// inside a word: a comment followed by a newline would end the command in bash,
/// where the splitter joins the lines of one pasted command; no `,` either, so that
/// bash finds no brace expansion to do.)
fn shell_soup() -> impl Strategy<Value = String> {
    let tokens = vec![
        "a",
        "b c",
        "  ",
        "\t",
        "'x y'",
        "'it'\\''s'",
        "\"q \\\" r\"",
        "\"\\\\\"",
        "\\ ",
        "\\'",
        "\\\"",
        "\\\n",
        "$'\\n'",
        "$'\\x41'",
        "$'\\101'",
        "$'\\u4e2d'",
        "$'\\''",
        "''",
        "\"\"",
        "é",
        "中",
        "😀",
        "x#y",
        "'#'",
        "\"$\"",
        "'$'",
        "=",
        "--Name",
        ":",
        "[",
        "]",
        "{",
        "}",
        "*",
        "?",
        "\"a\nb\"",
        "$\"l\"",
        "%",
        "\\q",
        "\\中",
        "\"\\q\"",
    ];
    proptest::collection::vec(select(tokens), 0..24).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn shell_words_agree_with_bash_on_soup(line in shell_soup()) {
        let ours = split_shell_words(&line).ok();
        prop_assert_eq!(ours, bash_words(&line), "{:?}", line);
    }
}

// ---- URL import: the signature vectors ----

/// The request a vector describes.
fn vector_request(v: &common::Vector) -> Request {
    let get = |name: &str| {
        v.params
            .iter()
            .find(|(n, _)| n == name)
            .map_or(String::new(), |(_, value)| value.clone())
    };
    let mut tags = Vec::new();
    for n in 1.. {
        if !v
            .params
            .iter()
            .any(|(name, _)| *name == format!("Tag.{n}.Key"))
        {
            break;
        }
        tags.push(TagRow {
            key: get(&format!("Tag.{n}.Key")),
            value: get(&format!("Tag.{n}.Value")),
        });
    }
    // `testid` is shown as an empty AccessKeyId.
    Request {
        servers: parse_backend_servers(&get("BackendServers")).unwrap().rows,
        tags,
        format: Format::parse(&get("Format")).unwrap(),
        method: Method::parse(&v.method).unwrap(),
        ..Request::default()
    }
    .with(TextField::RegionId, get("RegionId"))
    .with(TextField::LoadBalancerId, get("LoadBalancerId"))
    .with(TextField::VServerGroupName, get("VServerGroupName"))
    .with(TextField::SignatureNonce, get("SignatureNonce"))
    .with(TextField::Timestamp, get("Timestamp"))
}

#[test]
fn imports_every_signature_vector() {
    let vectors = common::vectors();
    assert!(vectors.len() >= 4);
    for v in vectors {
        let expected = vector_request(&v);
        let query = &v.canonical_query_with_signature;
        let prefix = if v.method == "POST" { "POST " } else { "" };
        let url_text = format!("{prefix}https://{}/?{query}", host(&expected));
        for text in [
            format!("{prefix}{query}"),
            format!("{prefix}?{query}"),
            url_text,
        ] {
            let i = url(&text);
            assert_eq!(i.request, expected, "{}: {text}", v.name);
            assert_eq!(i.unmapped, [], "{}", v.name);
            assert!(i
                .notes
                .iter()
                .any(|n| n.to_string().starts_with("Signature was not imported")));
            assert!(i.notes.iter().any(|n| n.to_string().contains("testid")));
        }
        // Where the vector's BackendServers is already canonical, the imported request
        // signs to exactly the vector's signature.
        let raw_servers = v.params.iter().find(|(n, _)| n == "BackendServers");
        if raw_servers.is_none_or(|(_, s)| encode_backend_servers(&expected.servers) == *s) {
            let signed = sign_request(
                &(url(&format!("{prefix}{query}")).request)
                    .with(TextField::AccessKeySecret, v.secret.clone()),
                &Generated::default(),
            );
            assert_eq!(signed.signature, v.signature, "{}", v.name);
        }
    }
}

#[test]
fn bare_numbers_in_a_vector_are_noted() {
    let v = common::vector("star, tilde");
    let i = url(&v.canonical_query_with_signature);
    assert_eq!(i.request.servers[0].port, "8080");
    assert!(
        i.notes
            .iter()
            .any(|n| n.to_string() == "BackendServers: bare numbers were written as strings"),
        "{:?}",
        i.notes
    );
}

// ---- URL import: examples ----

#[test]
fn signed_seed_url_round_trips() {
    let seed = (Request::seed())
        .with(TextField::SignatureNonce, "n-1")
        .with(TextField::Timestamp, "2024-01-01T00:00:00Z");
    let signed = sign_request(&seed, &Generated::default());
    assert_eq!(url(&signed.url).request, seed);
}

#[test]
fn host_maps_to_endpoint() {
    let q = "?Action=CreateVServerGroup&RegionId=";
    let cases = [
        (
            "https://slb.aliyuncs.com/",
            "cn-hangzhou",
            EndpointKind::Public,
            "",
        ),
        (
            "https://slb.cn-shanghai.aliyuncs.com/",
            "cn-shanghai",
            EndpointKind::Public,
            "",
        ),
        // The same server in another case signs to another URL: kept as typed.
        (
            "https://SLB.cn-shanghai.aliyuncs.com",
            "cn-shanghai",
            EndpointKind::Custom,
            "SLB.cn-shanghai.aliyuncs.com",
        ),
        (
            "https://slb-vpc.CN-SHANGHAI.aliyuncs.com/",
            "cn-shanghai",
            EndpointKind::Custom,
            "slb-vpc.CN-SHANGHAI.aliyuncs.com",
        ),
        (
            "https://slb-vpc.cn-shanghai.aliyuncs.com/",
            "cn-shanghai",
            EndpointKind::Vpc,
            "",
        ),
        (
            "https://slb.aliyuncs.com/",
            "cn-beijing",
            EndpointKind::Custom,
            "slb.aliyuncs.com",
        ),
        (
            "https://slb.cn-beijing.aliyuncs.com/",
            "cn-shanghai",
            EndpointKind::Custom,
            "slb.cn-beijing.aliyuncs.com",
        ),
        (
            "https://example.com:8443/",
            "cn-hangzhou",
            EndpointKind::Custom,
            "example.com:8443",
        ),
        (
            "slb-vpc.cn-qingdao.aliyuncs.com/",
            "cn-qingdao",
            EndpointKind::Vpc,
            "",
        ),
    ];
    for (prefix, region, kind, custom) in cases {
        let i = url(&format!("{prefix}{q}{region}"));
        assert_eq!(i.request[TextField::RegionId], region);
        assert_eq!(i.request.endpoint, kind, "{prefix} {region}");
        assert_eq!(i.request[TextField::CustomEndpoint], custom);
        assert_eq!(i.unmapped, []);
        if prefix.contains("aliyuncs") && kind == EndpointKind::Custom {
            assert!(
                i.notes
                    .iter()
                    .any(|n| n.to_string().contains("custom endpoint")),
                "{:?}",
                i.notes
            );
        }
    }
    // An http:// URL keeps its scheme, so that signing the import gives it back.
    let i = url("http://u:p@example.com/api?RegionId=x#frag");
    assert_eq!(i.request.endpoint, EndpointKind::Custom);
    assert_eq!(i.request[TextField::CustomEndpoint], "http://example.com");
    assert_eq!(
        reasons(&i),
        [
            (
                "(user info)",
                "(hidden)",
                "credentials in a URL are not used"
            ),
            ("(path)", "/api", "RPC requests are sent to /"),
            ("(fragment)", "frag", "a URL fragment is not sent"),
        ]
    );
    // Even to the region's own public host: that endpoint is https only.
    let i = url("http://slb.aliyuncs.com/?RegionId=cn-hangzhou");
    assert_eq!(i.request.endpoint, EndpointKind::Custom);
    assert_eq!(
        i.request[TextField::CustomEndpoint],
        "http://slb.aliyuncs.com"
    );
}

#[test]
fn plus_is_a_space_only_in_form_bodies() {
    let i = url("VServerGroupName=a+b%20c");
    assert_eq!(i.request[TextField::VServerGroupName], "a+b c");
    assert_eq!(i.request.method, Method::Get);
    assert!(i.notes.iter().any(|n| n.to_string().contains("plus sign")));

    for text in [
        "POST https://slb.aliyuncs.com/\n\nRegionId=cn-hangzhou&VServerGroupName=a+b%2Bc",
        "POST https://slb.aliyuncs.com/\r\nRegionId=cn-hangzhou&VServerGroupName=a+b%2Bc\r\n",
        "POST /?RegionId=cn-hangzhou HTTP/1.1\nHost: slb.aliyuncs.com\nContent-Type: application/x-www-form-urlencoded\n\nVServerGroupName=a+b%2Bc",
    ] {
        let i = url(text);
        assert_eq!(i.request.method, Method::Post, "{text:?}");
        assert_eq!(i.request[TextField::RegionId], "cn-hangzhou", "{text:?}");
        assert_eq!(i.request[TextField::VServerGroupName], "a b+c", "{text:?}");
        assert_eq!(i.request.endpoint, EndpointKind::Public);
        assert_eq!(i.unmapped, [], "{text:?}");
    }
    let i = url("https://slb.aliyuncs.com/\n\nRegionId=x");
    assert_eq!(i.request.method, Method::Post);
    assert!(i.notes.iter().any(|n| n.to_string().contains("form body")));
}

#[test]
fn curl_commands() {
    let i = url(
        "curl -s -X POST 'https://slb-vpc.cn-hangzhou.aliyuncs.com/?Action=CreateVServerGroup&RegionId=cn-hangzhou&LoadBalancerId=lb-1'",
    );
    assert_eq!(i.request.method, Method::Post);
    assert_eq!(i.request.endpoint, EndpointKind::Vpc);
    assert_eq!(i.request[TextField::LoadBalancerId], "lb-1");
    assert_eq!(i.unmapped, []);

    let i = url(
        "$ curl https://slb.aliyuncs.com/ \\\n  -H 'Accept: application/json' \\\n  -d 'RegionId=cn-hangzhou&VServerGroupName=a+b' --data-urlencode 'OwnerAccount=x y+z' -o out.json",
    );
    assert_eq!(i.request.method, Method::Post);
    assert_eq!(i.request[TextField::VServerGroupName], "a b");
    assert_eq!(i.request[TextField::OwnerAccount], "x y+z");
    assert_eq!(
        reasons(&i),
        [(
            "-o",
            "out.json",
            "a curl option that does not change the request"
        )]
    );

    let e = import_url("curl -s", &base(), vsg_core::FAMILY).unwrap_err();
    assert_eq!(e.kind, ImportErrorKind::MissingUrl);
    let e = import_url("curl https://x/?a=1&b=2", &base(), vsg_core::FAMILY).unwrap_err();
    assert_eq!(
        (e.offset, e.kind),
        (19, ImportErrorKind::ShellOperator('&'))
    );
}

#[test]
fn unknown_repeated_and_recognised_parameters() {
    let i = url(
        "RegionId=a&regionid=b&Foo=1&RegionId=c&Version=2014-05-16&SignatureMethod=HMAC-SHA1&Signature=x&Format=xml&Format=JSON&Format=YAML&Tag.0.Key=z&Tag.x.Value=y&tag.1.key=w",
    );
    assert_eq!(i.request[TextField::RegionId], "c");
    assert_eq!(i.request.format, Format::Json);
    assert_eq!(
        reasons(&i),
        [
            ("regionid", "b", "parameter names are case-sensitive"),
            ("Foo", "1", "not a parameter of this operation"),
            ("RegionId", "a", "repeated; the last value was kept"),
            ("Format", "XML", "repeated; the last value was kept"),
            ("Format", "YAML", "Format must be JSON or XML"),
            ("Tag.0.Key", "z", "a tag number must be 1 to 1000"),
            ("Tag.x.Value", "y", "a tag number must be 1 to 1000"),
            ("tag.1.key", "w", "parameter names are case-sensitive"),
        ]
    );
    assert!(i
        .notes
        .iter()
        .any(|n| n.to_string().contains("Version 2014-05-16 was replaced")));
    assert!(i
        .notes
        .iter()
        .any(|n| n.to_string() == "Format xml was read as XML"));
    assert!(!i
        .notes
        .iter()
        .any(|n| n.to_string().contains("SignatureMethod")));
}

#[test]
fn secret_comes_only_from_base() {
    let base = Request {
        servers: vec![ServerRow::new("i-1", "80", "100")],
        ..Request::default()
    }
    .with(TextField::AccessKeySecret, "typed")
    .with(TextField::RegionId, "cn-beijing");
    let i = import_url(
        "AccessKeyId=LTAI1&AccessKeySecret=leaked&SecurityToken=t",
        &base,
        vsg_core::FAMILY,
    )
    .unwrap();
    assert_eq!(i.request[TextField::AccessKeySecret], "typed");
    assert_eq!(i.request[TextField::AccessKeyId], "LTAI1");
    // everything else resets
    assert_eq!(i.request[TextField::RegionId], "");
    assert_eq!(i.request.servers, []);
    assert_eq!(
        reasons(&i),
        [
            (
                "AccessKeySecret",
                "(hidden)",
                "the AccessKeySecret is never imported; type it in the form"
            ),
            (
                "SecurityToken",
                "(hidden)",
                "STS tokens are not supported by the playground"
            ),
        ]
    );
    assert!(!format!("{i:?}").contains("leaked"));
    let i = import_cli(
        "aliyun slb CreateVServerGroup --access-key-id AK --access-key-secret leaked",
        &base,
        vsg_core::FAMILY,
    )
    .unwrap();
    assert_eq!(
        (
            i.request[TextField::AccessKeyId].as_str(),
            i.request[TextField::AccessKeySecret].as_str()
        ),
        ("AK", "typed")
    );
    assert!(!format!("{i:?}").contains("leaked"));
}

#[test]
fn tags_are_ordered_by_number() {
    let i = url("Tag.5.Value=v5&Tag.2.Key=b&Tag.5.Key=e&Tag.7.Value=only&Tag.2.Key=b2");
    assert_eq!(
        i.request.tags,
        [
            TagRow {
                key: "b2".into(),
                value: "".into()
            },
            TagRow {
                key: "e".into(),
                value: "v5".into()
            },
            TagRow {
                key: "".into(),
                value: "only".into()
            },
        ]
    );
    assert!(i.notes.iter().any(|n| n.to_string().contains("renumbered")));
    assert!(i
        .notes
        .iter()
        .any(|n| n.to_string() == "Tag.7 has a Value but no Key"));
    assert_eq!(
        reasons(&i),
        [("Tag.2.Key", "b", "repeated; the last value was kept")]
    );
}

#[test]
fn backend_servers_notes_and_errors() {
    let i = cli(
        "aliyun slb CreateVServerGroup --BackendServers \"[{'ServerId':'vm-233','Port':'80','Weight':'100'}]\"",
    );
    assert_eq!(i.request.servers, [ServerRow::new("vm-233", "80", "100")]);
    assert!(i
        .notes
        .iter()
        .any(|n| n.to_string().contains("single quotes")));

    // The error points at the bad character inside the pasted text.
    let text = "RegionId=x&BackendServers=%5B%7B%22ServerId%22%3Ax%7D%5D";
    let e = import_url(text, &base(), vsg_core::FAMILY).unwrap_err();
    assert!(text[e.offset..].starts_with("x%7D"), "{e:?}");
    assert!(matches!(e.kind, ImportErrorKind::BackendServers(_)));
    check_position(text, &e);

    let text =
        "aliyun slb CreateVServerGroup \\\n  --BackendServers '[{\"ServerId\": \"i-1\",, }]'";
    let e = import_cli(text, &base(), vsg_core::FAMILY).unwrap_err();
    assert_eq!(&text[e.offset..e.offset + 3], ", }");
    assert_eq!((e.line, e.column), (2, 41));
    assert!(
        e.to_string()
            .starts_with("line 2, column 41: BackendServers: expected"),
        "{e}"
    );
}

#[test]
fn wrong_action_is_an_error_with_position() {
    let text = "https://slb.aliyuncs.com/?Action=DescribeLoadBalancers&RegionId=x";
    let e = import_url(text, &base(), vsg_core::FAMILY).unwrap_err();
    assert_eq!(e.offset, text.find("Describe").unwrap());
    assert_eq!(
        e.kind,
        ImportErrorKind::UnknownOperation("DescribeLoadBalancers".into())
    );
    assert_eq!(
        e.to_string(),
        "line 1, column 34: DescribeLoadBalancers is not an operation this playground knows"
    );
    assert_eq!(
        import_url("  \n ", &base(), vsg_core::FAMILY)
            .unwrap_err()
            .kind,
        ImportErrorKind::Empty
    );
    let e = import_url("RegionId=%FF", &base(), vsg_core::FAMILY).unwrap_err();
    assert_eq!((e.offset, e.kind), (9, ImportErrorKind::NotUtf8));
}

// ---- CLI import ----

#[test]
fn cli_examples() {
    let i = cli(
        r#"aliyun slb CreateVServerGroup --RegionId cn-hangzhou --LoadBalancerId lb-bp1 --VServerGroupName Group1 --BackendServers '[{"ServerId":"i-1","Port":"80","Weight":"100"}]' --Tag.1.Key env --Tag.1.Value dev"#,
    );
    assert_eq!(
        i.request,
        Request {
            servers: vec![ServerRow::new("i-1", "80", "100")],
            tags: vec![TagRow {
                key: "env".into(),
                value: "dev".into()
            }],
            ..Request::default()
        }
        .with(TextField::RegionId, "cn-hangzhou")
        .with(TextField::LoadBalancerId, "lb-bp1")
        .with(TextField::VServerGroupName, "Group1")
    );
    assert_eq!(i.unmapped, []);

    let i = cli(
        "$ aliyun --profile work slb CreateVServerGroup \\\n    --region=cn-beijing --LoadBalancerId:lb-2 \\\n    --Tag.1.Key=a --Tag.1.Value= --method POST --vpc --output cols=A rows=B --quiet",
    );
    assert_eq!(i.request[TextField::RegionId], "cn-beijing");
    assert_eq!(i.request[TextField::LoadBalancerId], "lb-2");
    assert_eq!(
        i.request.tags,
        [TagRow {
            key: "a".into(),
            value: "".into()
        }]
    );
    assert_eq!(i.request.method, Method::Post);
    assert_eq!(i.request.endpoint, EndpointKind::Vpc);
    let option = "an aliyun CLI option that does not change the request";
    assert_eq!(
        reasons(&i),
        [
            ("--profile", "work", option),
            ("--output", "cols=A", option),
            ("--output", "rows=B", option),
            ("--quiet", "", option),
        ]
    );
    assert!(i
        .notes
        .iter()
        .any(|n| n.to_string() == "--region cn-beijing was read as RegionId"));

    let i = cli(
        "aliyun slb CreateVServerGroup --RegionId cn-shanghai --region cn-beijing --endpoint https://slb.cn-shanghai.aliyuncs.com/ --VServerGroupName --Bogus 1 extra",
    );
    assert_eq!(i.request[TextField::RegionId], "cn-shanghai");
    assert_eq!(i.request.endpoint, EndpointKind::Public);
    assert_eq!(i.request[TextField::VServerGroupName], "");
    assert_eq!(
        reasons(&i),
        [
            ("Bogus", "1", "not a parameter of this operation"),
            ("extra", "", "an extra word that is not an option"),
            (
                "--region",
                "cn-beijing",
                "--RegionId was given too; it was kept"
            ),
        ]
    );
    assert!(i
        .notes
        .iter()
        .any(|n| n.to_string().contains("--VServerGroupName has no value")));

    let i = cli("aliyun slb CreateVServerGroup --VServerGroupName -web- --OwnerId -1");
    assert_eq!(i.request[TextField::VServerGroupName], "-web-");
    assert_eq!(i.request[TextField::OwnerId], "-1");

    let i = cli("/usr/local/bin/aliyun SLB createvservergroup --endpoint example.com:8080");
    assert_eq!(i.request.endpoint, EndpointKind::Custom);
    assert_eq!(i.request[TextField::CustomEndpoint], "example.com:8080");
}

#[test]
fn cli_errors_carry_positions() {
    let cases: &[(&str, usize, ImportErrorKind)] = &[
        (
            "aliyun ecs DescribeInstances",
            7,
            ImportErrorKind::WrongProduct("ecs".into()),
        ),
        (
            "aliyun slb \\\n DescribeLoadBalancers",
            14,
            ImportErrorKind::WrongApi("DescribeLoadBalancers".into()),
        ),
        ("aliyun slb", 10, ImportErrorKind::MissingApi),
        ("aliyun --region x", 17, ImportErrorKind::MissingProduct),
        (
            "kubectl get pods",
            0,
            ImportErrorKind::NotAliyun("kubectl".into()),
        ),
        ("", 0, ImportErrorKind::Empty),
        (
            "aliyun slb CreateVServerGroup --Name 'x",
            37,
            ImportErrorKind::Unclosed("'"),
        ),
    ];
    for (text, offset, kind) in cases {
        let e = import_cli(text, &base(), vsg_core::FAMILY).unwrap_err();
        assert_eq!((e.offset, &e.kind), (*offset, kind), "{text:?}");
        check_position(text, &e);
    }
    let e = import_cli(
        "aliyun slb \\\n DescribeLoadBalancers",
        &base(),
        vsg_core::FAMILY,
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 2, column 2: this calls DescribeLoadBalancers, which is not an operation this playground knows"
    );
}

#[test]
fn import_any_dispatches() {
    assert_eq!(
        import_any(
            "  aliyun slb CreateVServerGroup --RegionId a",
            &base(),
            vsg_core::FAMILY
        )
        .unwrap()
        .request[TextField::RegionId],
        "a"
    );
    assert_eq!(
        import_any(
            "$ aliyun slb CreateVServerGroup --RegionId b",
            &base(),
            vsg_core::FAMILY
        )
        .unwrap()
        .request[TextField::RegionId],
        "b"
    );
    assert_eq!(
        import_any("RegionId=c", &base(), vsg_core::FAMILY)
            .unwrap()
            .request[TextField::RegionId],
        "c"
    );
    // Generated snippets start with comment lines.
    let i = import_any(
        "# aliyun CLI 3.x. Credentials come from `aliyun configure`\n\n# or: export X=…\naliyun slb CreateVServerGroup \\\n  --RegionId e",
        &base(), vsg_core::FAMILY,
    )
    .unwrap();
    assert_eq!(
        (i.request[TextField::RegionId].as_str(), i.unmapped.len()),
        ("e", 0)
    );
    let i = import_any(
        "# signed above\ncurl -X POST 'https://x/?RegionId=f'",
        &base(),
        vsg_core::FAMILY,
    )
    .unwrap();
    assert_eq!(i.request[TextField::RegionId], "f");
    assert_eq!(i.request.method, Method::Post);
    assert_eq!(
        import_any("curl 'https://x/?RegionId=d'", &base(), vsg_core::FAMILY)
            .unwrap()
            .request[TextField::RegionId],
        "d"
    );
    assert_eq!(
        import_any("aliyun ecs X", &base(), vsg_core::FAMILY)
            .unwrap_err()
            .kind,
        ImportErrorKind::WrongProduct("ecs".into())
    );
}

// ---- round trips ----

/// From `min` to `max` characters of any kind.
fn unicode(min: usize, max: usize) -> BoxedStrategy<String> {
    text_of(any::<char>(), min..=max)
}

fn valid_server() -> impl Strategy<Value = ServerRow> {
    (
        prop_oneof![re("(i|eni|eci)-[a-z0-9]{1,10}"), unicode(1, 8)],
        (1u32..=65535, any::<bool>()),
        prop_oneof![
            Just(String::new()),
            (0u32..=100).prop_map(|w| w.to_string())
        ],
        select(vec!["", "ecs", "eni", "eci"]),
        prop_oneof![
            Just(String::new()),
            any::<[u8; 4]>().prop_map(|b| format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3])),
            re("fe80::[0-9a-f]{1,4}"),
        ],
        re("[A-Za-z0-9华北服务器/._-]{0,20}"),
    )
        .prop_map(
            |(server_id, (port, zero), weight, kind, server_ip, description)| ServerRow {
                server_id,
                port: if zero {
                    format!("0{port}")
                } else {
                    port.to_string()
                },
                weight,
                server_type: kind.into(),
                server_ip,
                description,
            },
        )
}

/// Requests that `validate` accepts without errors, with a nonce and a timestamp and
/// without a secret.
fn valid_request() -> impl Strategy<Value = Request> {
    let regions: Vec<&str> = vsg_core::regions::REGIONS.iter().map(|r| r.id).collect();
    let optional = |s: BoxedStrategy<String>| prop_oneof![Just(String::new()), s].boxed();
    common::requests(
        move |f| match f {
            TextField::RegionId => prop_oneof![
                select(regions.clone()).prop_map(String::from),
                re("[a-z]{2}-[a-z]{3,8}(-[0-9])?")
            ]
            .boxed(),
            TextField::LoadBalancerId => {
                prop_oneof![re("lb-[a-z0-9]{4,20}"), unicode(1, 12)].boxed()
            }
            TextField::VServerGroupName => re("[A-Za-z0-9华北服务器/._-]{0,80}"),
            TextField::VServerGroupId => re("rsp-[a-z0-9]{1,20}"),
            TextField::DescriptionFilter => optional(unicode(1, 10)),
            TextField::IncludeListener | TextField::IncludeRule => {
                optional(re("true|false|True|False"))
            }
            TextField::ResourceOwnerAccount | TextField::OwnerAccount => optional(unicode(1, 10)),
            TextField::OwnerId => optional(any::<u32>().prop_map(|n| n.to_string()).boxed()),
            TextField::ResourceOwnerId => optional(
                any::<i64>()
                    .prop_map(|n| n.unsigned_abs().to_string())
                    .boxed(),
            ),
            TextField::CustomEndpoint => {
                re("[A-Za-z0-9]{1,8}(\\.[a-z0-9]{1,8}){0,2}(:[1-9][0-9]{0,3})?")
            }
            TextField::AccessKeyId => prop_oneof![
                Just(String::new()),
                re("LTAI[A-Za-z0-9]{8,16}"),
                unicode(1, 10)
            ]
            .boxed(),
            TextField::AccessKeySecret => Just(String::new()).boxed(),
            TextField::SignatureNonce => unicode(1, 20),
            TextField::Timestamp => (0i64..4_000_000_000).prop_map(format_timestamp).boxed(),
        },
        proptest::collection::vec(valid_server(), 0..=20),
        proptest::collection::vec(
            (unicode(1, 12), unicode(0, 20)).prop_map(|(key, value)| TagRow { key, value }),
            0..=20,
        ),
    )
    // A custom host only where the endpoint is custom.
    .prop_map(|mut r| {
        if r.endpoint != EndpointKind::Custom {
            r[TextField::CustomEndpoint].clear();
        }
        r
    })
    .prop_filter(
        "valid, and a custom host that is not the region's own",
        |r| {
            let own = |h: String| r[TextField::CustomEndpoint].eq_ignore_ascii_case(&h);
            !has_errors(&validate(r))
                && r[TextField::AccessKeyId] != "testid"
                && !own(vsg_core::endpoint::public_host(&r[TextField::RegionId]))
                && !own(vsg_core::endpoint::vpc_host(&r[TextField::RegionId]))
        },
    )
}

/// Single-quotes a word for the shell.
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// The aliyun command line for `req`: `--Name value` or `--Name='value'` (always the
/// latter when the value starts with `--`), words separated by spaces or continuations.
fn cli_line(req: &Request, equals: &[bool], breaks: &[bool]) -> String {
    let mut args: Vec<(String, String)> = Vec::new();
    let mut opt = |name: &str, value: &str| {
        if !value.is_empty() {
            args.push((name.into(), value.into()));
        }
    };
    opt("RegionId", &req[TextField::RegionId]);
    opt("LoadBalancerId", &req[TextField::LoadBalancerId]);
    opt("VServerGroupName", &req[TextField::VServerGroupName]);
    opt(
        "ResourceOwnerAccount",
        &req[TextField::ResourceOwnerAccount],
    );
    opt("OwnerAccount", &req[TextField::OwnerAccount]);
    opt("OwnerId", &req[TextField::OwnerId]);
    opt("ResourceOwnerId", &req[TextField::ResourceOwnerId]);
    opt("access-key-id", &req[TextField::AccessKeyId]);
    if !req.servers.is_empty() {
        opt("BackendServers", &encode_backend_servers(&req.servers));
    }
    if req.method == Method::Post {
        opt("method", "POST");
    }
    if req.endpoint != EndpointKind::Public {
        opt("endpoint", &host(req));
    }
    for (i, tag) in req.tags.iter().enumerate() {
        args.push((format!("Tag.{}.Key", i + 1), tag.key.clone()));
        args.push((format!("Tag.{}.Value", i + 1), tag.value.clone()));
    }
    let mut line = String::from("aliyun slb CreateVServerGroup");
    for (i, (name, value)) in args.iter().enumerate() {
        let sep = if breaks[i % breaks.len()] {
            " \\\n  "
        } else {
            " "
        };
        line.push_str(sep);
        if equals[i % equals.len()] || value.starts_with("--") {
            line.push_str(&format!("--{name}={}", sh_quote(value)));
        } else {
            line.push_str(&format!("--{name} {}", sh_quote(value)));
        }
    }
    line
}

proptest! {
    #[test]
    fn valid_request_url_import_round_trips(req in valid_request()) {
        let signed = sign_request(&req, &Generated::default());
        let text = match req.method {
            Method::Post => format!("POST {}", signed.url),
            Method::Get => signed.url,
        };
        let i = import_url(&text, &Request::default(), vsg_core::FAMILY).map_err(|e| TestCaseError::fail(format!("{e}")))?;
        prop_assert_eq!(&i.request, &req);
        prop_assert_eq!(i.unmapped, []);
    }

    #[test]
    fn valid_request_cli_import_round_trips(
        req in valid_request(),
        equals in proptest::collection::vec(any::<bool>(), 1..8),
        breaks in proptest::collection::vec(any::<bool>(), 1..8),
    ) {
        let line = cli_line(&req, &equals, &breaks);
        let i = import_cli(&line, &Request::default(), vsg_core::FAMILY).map_err(|e| TestCaseError::fail(format!("{e}\n{line}")))?;
        // The CLI carries neither Format nor nonce nor timestamp.
        let expected = Request {
            format: Format::Json,
            ..req
        }
        .with(TextField::SignatureNonce, String::new())
        .with(TextField::Timestamp, String::new());
        prop_assert_eq!(&i.request, &expected, "{}", line);
        prop_assert_eq!(i.unmapped, [], "{}", line);
    }
}

// ---- never panics ----

/// Text made of the pieces the importers look for, so they get deep into their grammar.
fn import_soup() -> impl Strategy<Value = String> {
    let tokens = vec![
        "aliyun",
        "slb",
        "CreateVServerGroup",
        " ",
        "\n",
        "\r\n",
        "\\\n",
        "\\",
        "'",
        "\"",
        "$'",
        "$\"",
        "--RegionId",
        "--Tag.1.Key",
        "=",
        ":",
        "--BackendServers",
        "[{",
        "}]",
        "'ServerId'",
        "\"Port\"",
        ",",
        "%",
        "%2",
        "%41",
        "%E4%B8%AD",
        "%FF",
        "%5B%7B",
        "&",
        "?",
        "#",
        "https://",
        "http://",
        "slb.aliyuncs.com",
        "@",
        "/",
        "Tag.1.Key",
        "Tag.0.Value",
        "Tag.99999.Key",
        "Action=",
        "DescribeX",
        "BackendServers=",
        "POST ",
        "GET ",
        "PUT ",
        "curl ",
        "-X",
        "-d",
        "--data-urlencode",
        "-H",
        "Host: x",
        " HTTP/1.1",
        "\u{feff}",
        "é",
        "中",
        "😀",
        "$x",
        "`",
        "\\u12",
        "\\x4",
        "\\c",
        "+",
        ";",
        "|",
        "(",
        "\t",
        "$ ",
        "--region",
        "--endpoint",
        "--vpc",
        "-p",
        "--output",
        "a=b",
        "AccessKeyId=testid",
    ];
    proptest::collection::vec(select(tokens), 0..40).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![unicode(0, 200), import_soup()]
}

proptest! {
    #[test]
    fn importers_never_panic_and_errors_have_positions(text in any_text()) {
        for result in [
            import_any(&text, &Request::default(), vsg_core::FAMILY),
            import_url(&text, &Request::default(), vsg_core::FAMILY),
            import_cli(&text, &Request::default(), vsg_core::FAMILY),
        ] {
            if let Err(e) = result {
                check_position(&text, &e);
            }
        }
        if let Err(e) = split_shell_words(&text) {
            check_position(&text, &e);
        }
    }

    #[test]
    fn query_values_decode_like_percent_decode(
        value in proptest::collection::vec(
            select(vec!["%", "%2", "%41", "%e4%b8%ad", "%E4", "%FF", "a", "+", "%2B", "%%", "x=y", "é", "%C3%A9"]),
            0..12,
        ).prop_map(|v| v.concat())
    ) {
        let text = format!("RegionId={value}");
        match (percent_decode(&value), import_url(&text, &Request::default(), vsg_core::FAMILY)) {
            (Some(decoded), Ok(i)) => prop_assert_eq!(&i.request[TextField::RegionId], &decoded),
            (None, Err(e)) => {
                prop_assert_eq!(&e.kind, &ImportErrorKind::NotUtf8);
                check_position(&text, &e);
            }
            (d, i) => prop_assert!(false, "{:?} vs {:?}", d, i),
        }
    }
}

#[test]
fn megabytes_of_input_stay_bounded() {
    let text: String = (0..20_000).map(|i| format!("Version={i}&")).collect();
    let i = url(&text);
    assert_eq!(i.notes.len(), 50);
    assert_eq!(i.notes.last(), Some(&vsg_core::import::Note::MoreNotes));
    let text = format!(
        "aliyun slb CreateVServerGroup {}",
        (0..20_000).map(|i| format!("--a{i} ")).collect::<String>()
    );
    let i = cli(&text);
    assert_eq!((i.notes.len(), i.unmapped.len()), (50, 20_000));
}

#[test]
fn v3_headers_fill_what_they_stand_for_and_other_headers_are_listed() {
    let i = url(
        "curl -X POST 'https://slb.aliyuncs.com/?RegionId=cn-hangzhou' \\\n  \
         -H 'x-acs-action: CreateVServerGroup' -H 'x-acs-version: 2014-05-15' \\\n  \
         -H 'x-acs-date: 2026-01-02T03:04:05Z' -H 'x-acs-signature-nonce: n-1' \\\n  \
         -H 'x-acs-content-sha256: e3b0' -H 'X-Trace: 7' -H 'Accept: */*' \\\n  \
         -H 'Authorization: ACS3-HMAC-SHA256 Credential=LTAI5tV3Import,SignedHeaders=host,Signature=ab'",
    );
    assert_eq!(i.request.method, Method::Post);
    assert_eq!(i.request[TextField::Timestamp], "2026-01-02T03:04:05Z");
    assert_eq!(i.request[TextField::SignatureNonce], "n-1");
    assert_eq!(i.request[TextField::AccessKeyId], "LTAI5tV3Import");
    assert_eq!(
        reasons(&i),
        [("X-Trace", "7", "a header the request does not use")]
    );
    let said: Vec<String> = i.notes.iter().map(|n| n.to_string()).collect();
    assert!(
        said.iter().any(|n| n.contains("x-acs-date as Timestamp")),
        "{said:?}"
    );
    assert!(
        said.iter().any(|n| n.contains("Accept, Content-Type")),
        "{said:?}"
    );

    // An operation the catalog does not have is refused, at its header.
    let text = "curl 'https://slb.aliyuncs.com/' -H 'x-acs-action: DescribeLoadBalancers'";
    let e = import_url(text, &base(), vsg_core::FAMILY).unwrap_err();
    assert_eq!(
        e.kind,
        ImportErrorKind::UnknownOperation("DescribeLoadBalancers".into())
    );
    assert_eq!(e.offset, text.find("DescribeLoadBalancers").unwrap());
    // A V1-style Authorization header is listed, not read.
    let i = url("curl 'https://slb.aliyuncs.com/' -H 'Authorization: Bearer x'");
    assert_eq!(
        reasons(&i),
        [(
            "Authorization",
            "Bearer x",
            "not an ACS3-HMAC-SHA256 Authorization header"
        )]
    );
}
