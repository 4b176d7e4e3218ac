//! Code snippets: every value survives its language's quoting, the secret never leaks,
//! and real interpreters read the snippets back.
//!
//! - bash parses the CLI and curl snippets (`aliyun` and `curl` are bash functions that
//!   print their arguments), and the CLI arguments are then read with the aliyun CLI's
//!   own flag rules;
//! - node evaluates the TypeScript string literals, javac compiles the Java snippet
//!   against stand-ins with the SDK's signatures and runs it;
//! - the real PyPI packages run the Python snippets up to the request object when
//!   `VSG_PYTHON` names a Python that has `tests/snippets/requirements.txt` installed
//!   (`scripts/setup.sh` makes `.venv-snippets`); without it those two tests say they
//!   were skipped, or fail under `VSG_STRICT` (`scripts/test.sh` sets both).

mod common;
#[path = "snippets/golden.rs"]
mod golden;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Map, Value};
use vsg_core::request::operation_params;
use vsg_core::snippets::{go_str, java_str, python_str, shell_quote, snippet, ts_str, Language};
use vsg_core::TextField;
use vsg_core::{sign_request, EndpointKind, Generated, Method, Request, ServerRow, TagRow};

/// The typed secret: it must appear in no snippet.
const SECRET: &str = "SeCrEt-MARKER-9f27c1d";
const TYPED_ID: &str = "LTAI5tTypedKeyId";
const NAME: &str = "it's \"quoted\" & $HOME";

fn generated() -> Generated {
    Generated {
        nonce: "3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8".into(),
        timestamp: "2024-05-01T08:00:00Z".into(),
    }
}

fn with_keys(mut req: Request) -> Request {
    req[TextField::AccessKeyId] = TYPED_ID.into();
    req[TextField::AccessKeySecret] = SECRET.into();
    req
}

fn seed() -> Request {
    with_keys(Request::seed())
}

/// Everything that breaks naive quoting: quotes of both kinds, `$`, `&`, backslashes,
/// newlines, backticks, Chinese, a leading `-`, empty values, control characters, U+2028.
fn awkward() -> Request {
    let mut req = Request::seed();
    req[TextField::VServerGroupName] = NAME.into();
    req.servers = vec![
        ServerRow {
            description: "back\\slash\nnew line 中文 `tick` $(id)".into(),
            ..ServerRow::new("vm-233", "80", "100")
        },
        ServerRow {
            server_type: "eni".into(),
            server_ip: "192.168.0.1".into(),
            description: "它's \"q\"".into(),
            ..ServerRow::new("eni-1", "90", "")
        },
    ];
    req.tags = vec![
        TagRow {
            key: "env&co".into(),
            value: "it's".into(),
        },
        TagRow {
            key: "键 \"k\"".into(),
            value: String::new(),
        },
        TagRow {
            key: "-dash".into(),
            value: "--x=y:z".into(),
        },
        TagRow {
            key: "ctl\u{1}\u{7f}\u{85}".into(),
            value: "line\u{2028}sep\r\n\t`$HOME`\\".into(),
        },
    ];
    req[TextField::OwnerId] = "123456789012".into();
    req[TextField::ResourceOwnerAccount] = "acct 'x' \\".into();
    req[TextField::OwnerAccount] = "o@example.com".into();
    req[TextField::ResourceOwnerId] = "007".into();
    req.endpoint = EndpointKind::Vpc;
    req.method = Method::Post;
    with_keys(req)
}

/// A custom endpoint whose host text is itself hostile.
fn custom_endpoint() -> Request {
    let mut req = seed();
    req.endpoint = EndpointKind::Custom;
    req[TextField::CustomEndpoint] = "https://a'b$(touch x).example.com/path".into();
    req
}

/// A custom endpoint typed with `http://`: every snippet sends over plain http.
fn http_endpoint() -> Request {
    let mut req = seed();
    req.endpoint = EndpointKind::Custom;
    req[TextField::CustomEndpoint] = "http://example.test:8080".into();
    req
}

/// `"http"` or `"https"`: the scheme of the signed URL.
fn scheme(signed: &vsg_core::SignedRequest) -> &'static str {
    if signed.url.starts_with("http://") {
        "http"
    } else {
        "https"
    }
}

/// A custom endpoint left empty: the snippets leave the host to the SDK.
fn no_host() -> Request {
    let mut req = seed();
    req.endpoint = EndpointKind::Custom;
    req
}

/// Every fixture, named.
fn fixtures() -> Vec<(&'static str, Request)> {
    let mut example_keys = Request::seed();
    example_keys.tags = vec![TagRow {
        key: "env".into(),
        value: "dev".into(),
    }];
    vec![
        ("seed", seed()),
        ("awkward", awkward()),
        ("custom endpoint", custom_endpoint()),
        ("http endpoint", http_endpoint()),
        ("example keys", example_keys),
        ("empty", with_keys(Request::default())),
        ("no host", no_host()),
    ]
}

fn all(req: &Request) -> Vec<(Language, String)> {
    let signed = sign_request(req, &generated());
    Language::ALL
        .iter()
        .map(|&lang| (lang, snippet(lang, req, &signed)))
        .collect()
}

/// The operation's parameters as the CLI and the SDKs send them (no Action).
fn sent_params(req: &Request) -> Vec<(String, String)> {
    operation_params(req)
        .into_iter()
        .filter(|(name, _)| name != "Action")
        .collect()
}

fn tmp_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("snippets")
        .join(name);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\nstdout:\n{}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

// ------------------------------------------------------------------ plain checks

#[test]
fn languages_have_distinct_ids_and_labels() {
    let ids: Vec<&str> = Language::ALL.iter().map(|l| l.id()).collect();
    assert_eq!(
        ids,
        ["cli", "curl", "python", "python-v1", "java", "go", "node"]
    );
    assert_eq!(Language::AliyunCli.name(), "aliyun CLI");
    for lang in Language::ALL {
        assert_eq!(Language::parse(lang.id()), Some(lang));
        let same_name = Language::ALL.iter().filter(|l| l.name() == lang.name());
        assert_eq!(same_name.count(), 1, "{lang:?}");
    }
    assert_eq!(Language::parse("cobol"), None);
}

#[test]
fn the_typed_secret_never_appears() {
    for (fixture, req) in fixtures() {
        for (lang, text) in all(&req) {
            assert!(
                !text.contains(SECRET),
                "{fixture}/{lang:?} leaks the secret"
            );
            assert!(
                !text.contains("testsecret"),
                "{fixture}/{lang:?} shows the example secret"
            );
        }
    }
}

#[test]
fn credentials_come_from_the_environment() {
    for (fixture, req) in fixtures() {
        for (lang, text) in all(&req) {
            for var in [
                "ALIBABA_CLOUD_ACCESS_KEY_ID",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
            ] {
                assert!(text.contains(var), "{fixture}/{lang:?} lacks {var}");
            }
            if lang != Language::Curl {
                // Only the signed URL may hold the AccessKeyId.
                assert!(
                    !text.contains(TYPED_ID),
                    "{fixture}/{lang:?} hard-codes the id"
                );
            }
        }
    }
}

#[test]
fn sdk_snippets_use_the_real_names() {
    let req = awkward();
    let signed = sign_request(&req, &generated());
    let py = snippet(Language::PythonV2, &req, &signed);
    for needle in [
        "from alibabacloud_slb20140515.client import Client as Slb20140515Client",
        "from alibabacloud_tea_openapi import models as open_api_models",
        "from darabonba.runtime import RuntimeOptions",
        "slb_20140515_models.CreateVServerGroupRequest(",
        "slb_20140515_models.CreateVServerGroupRequestTag(key=",
        "client.create_vserver_group_with_options(request, RuntimeOptions())",
        "os.environ['ALIBABA_CLOUD_ACCESS_KEY_ID']",
        "    owner_id=123456789012,\n",
        // Not an exact Long: kept as typed so the wire value stays `007`.
        "    resource_owner_id='007',\n",
    ] {
        assert!(py.contains(needle), "Python V2 lacks {needle:?}:\n{py}");
    }
    let v1 = snippet(Language::PythonV1, &req, &signed);
    for needle in [
        "from aliyunsdkslb.request.v20140515.CreateVServerGroupRequest import CreateVServerGroupRequest",
        "request.set_LoadBalancerId('lb-bp1qjwo61pqz3ahltv0mw')",
        "request.set_Tags([",
        "client.do_action_with_exception(request)",
        "request.set_endpoint('slb-vpc.cn-hangzhou.aliyuncs.com')",
    ] {
        assert!(v1.contains(needle), "Python V1 lacks {needle:?}:\n{v1}");
    }
    let java = snippet(Language::Java, &req, &signed);
    for needle in [
        "import com.aliyun.slb20140515.Client;",
        "import com.aliyun.teaopenapi.models.Config;",
        "import com.aliyun.teautil.models.RuntimeOptions;",
        ".setVServerGroupName(\"it's \\\"quoted\\\" & $HOME\")",
        "new CreateVServerGroupRequest.CreateVServerGroupRequestTag().setKey(\"env&co\").setValue(\"it's\")",
        ".setOwnerId(123456789012L)",
        "client.createVServerGroupWithOptions(request, new RuntimeOptions())",
        "System.getenv(\"ALIBABA_CLOUD_ACCESS_KEY_SECRET\")",
    ] {
        assert!(java.contains(needle), "Java lacks {needle:?}:\n{java}");
    }
    let go = snippet(Language::Go, &req, &signed);
    for needle in [
        "slb20140515 \"github.com/alibabacloud-go/slb-20140515/v4/client\"",
        "openapiutil \"github.com/alibabacloud-go/darabonba-openapi/v2/utils\"",
        "VServerGroupName:     dara.String(`it's \"quoted\" & $HOME`),",
        "OwnerId:              dara.Int64(123456789012),",
        "[]*slb20140515.CreateVServerGroupRequestTag{",
        "client.CreateVServerGroupWithOptions(request, &dara.RuntimeOptions{})",
        "dara.String(os.Getenv(\"ALIBABA_CLOUD_ACCESS_KEY_ID\"))",
    ] {
        assert!(go.contains(needle), "Go lacks {needle:?}:\n{go}");
    }
    let ts = snippet(Language::NodeTs, &req, &signed);
    for needle in [
        "import Slb20140515, * as $Slb20140515 from '@alicloud/slb20140515';",
        "import { $OpenApiUtil } from '@alicloud/openapi-core';",
        "new $Slb20140515.CreateVServerGroupRequest({",
        // The TypeScript SDK's field really starts with a capital V.
        "    VServerGroupName: 'it\\'s \"quoted\" & $HOME',\n",
        "new $Slb20140515.CreateVServerGroupRequestTag({ key: 'env&co', value: 'it\\'s' })",
        "    ownerId: 123456789012,\n",
        "client.createVServerGroupWithOptions(request, new $dara.RuntimeOptions({}))",
        "process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET",
    ] {
        assert!(ts.contains(needle), "TypeScript lacks {needle:?}:\n{ts}");
    }
}

#[test]
fn values_are_escaped_for_each_language() {
    let req = awkward();
    let signed = sign_request(&req, &generated());
    let backend = operation_params(&req)
        .into_iter()
        .find(|(n, _)| n == "BackendServers")
        .expect("BackendServers")
        .1;
    // The JSON itself escapes the description's backslash and newline once…
    assert!(backend.contains(r#""Description":"back\\slash\nnew line 中文 `tick` $(id)""#));
    // …and every language escapes that text again.
    let py = snippet(Language::PythonV2, &req, &signed);
    assert!(
        py.contains(r#"vserver_group_name='it\'s "quoted" & $HOME',"#),
        "{py}"
    );
    assert!(py.contains(r#""Description":"back\\\\slash\\nnew line 中文 `tick` $(id)""#));
    assert!(py.contains(r#"key='ctl\x01\x7f\x85', value='line\u2028sep\r\n\t`$HOME`\\'"#));
    let java = snippet(Language::Java, &req, &signed);
    assert!(java.contains(r#"\"Description\":\"back\\\\slash\\nnew line 中文 `tick` $(id)\""#));
    assert!(java
        .contains(r#".setKey("ctl\u0001\u007f\u0085").setValue("line\u2028sep\r\n\t`$HOME`\\")"#));
    let go = snippet(Language::Go, &req, &signed);
    assert!(
        go.contains(r#"ResourceOwnerAccount: dara.String(`acct 'x' \`),"#),
        "{go}"
    );
    assert!(go.contains(r#"{Key: dara.String("ctl\x01\x7f\u0085"), Value: dara.String("line\u2028sep\r\n\t`$HOME`\\")}"#));
    let ts = snippet(Language::NodeTs, &req, &signed);
    assert!(ts.contains(r#"key: 'ctl\x01\x7f\x85', value: 'line\u2028sep\r\n\t`$HOME`\\'"#));
    let cli = snippet(Language::AliyunCli, &req, &signed);
    assert!(
        cli.contains(r#"--VServerGroupName 'it'\''s "quoted" & $HOME'"#),
        "{cli}"
    );
    assert!(cli.contains("--Tag.3.Key=-dash"));
    assert!(cli.contains("--Tag.3.Value=--x=y:z"));
    assert!(cli.contains("--Tag.2.Value ''"));
    assert!(cli.contains("--endpoint slb-vpc.cn-hangzhou.aliyuncs.com"));
    // Chinese stays readable everywhere.
    for (lang, text) in all(&req) {
        if lang != Language::Curl {
            assert!(text.contains("中文"), "{lang:?}");
        }
    }
}

#[test]
fn literal_helpers() {
    assert_eq!(shell_quote("cn-hangzhou"), "cn-hangzhou");
    assert_eq!(shell_quote(""), "''");
    assert_eq!(shell_quote("a b"), "'a b'");
    assert_eq!(shell_quote("it's"), r"'it'\''s'");
    assert_eq!(shell_quote("~root"), "'~root'");
    assert_eq!(shell_quote("{a,b}"), "'{a,b}'");
    assert_eq!(
        shell_quote("a'\\\r\n\u{1}\u{2028}$`"),
        r"$'a\'\\\r\n\x01\xe2\x80\xa8$`'"
    );
    assert_eq!(python_str("it's"), r#""it's""#);
    assert_eq!(python_str(r#"it's "q""#), r#"'it\'s "q"'"#);
    assert_eq!(python_str("\0"), r"'\x00'");
    assert_eq!(java_str("\\u0022"), r#""\\u0022""#);
    assert_eq!(go_str(r#"{"a":"b"}"#), r#"`{"a":"b"}`"#);
    assert_eq!(go_str("`\"`"), r#""`\"`""#);
    assert_eq!(go_str("\u{feff}"), r#""\ufeff""#);
    assert_eq!(ts_str("</script>"), "'</script>'");
}

#[test]
fn curl_uses_the_signed_url_and_method() {
    let get = seed();
    let signed = sign_request(&get, &generated());
    let text = snippet(Language::Curl, &get, &signed);
    assert!(text.contains(&format!("curl '{}'\n", signed.url)), "{text}");
    assert!(text.contains("2024-05-01T08:00:00Z"), "{text}");
    assert!(!text.contains("example key"));
    let post = awkward();
    let signed = sign_request(&post, &generated());
    let text = snippet(Language::Curl, &post, &signed);
    assert!(text.contains(&format!("curl -X POST '{}'\n", signed.url)));
    let mut example = Request::seed();
    example[TextField::Timestamp] = "x\n rm -rf ~".into();
    let signed = sign_request(&example, &generated());
    let text = snippet(Language::Curl, &example, &signed);
    assert!(text.contains("documented example key (testid)"), "{text}");
    // A typed timestamp is never copied into a comment, where a newline would escape it.
    assert!(!text.contains("rm -rf"), "{text}");
}

#[test]
fn endpoint_is_the_signed_host() {
    for (fixture, req) in fixtures() {
        let signed = sign_request(&req, &generated());
        let py = snippet(Language::PythonV2, &req, &signed);
        assert_eq!(
            py.contains(&format!("    endpoint={},\n", python_str(&signed.host))),
            !signed.host.is_empty(),
            "{fixture}: {py}"
        );
        let cli = snippet(Language::AliyunCli, &req, &signed);
        assert_eq!(
            cli.contains("--endpoint"),
            req.endpoint != EndpointKind::Public && !signed.host.is_empty(),
            "{fixture}: {cli}"
        );
    }
}

/// A custom endpoint typed `http://` is reached over http by every snippet (the V2
/// SDKs default to https, the V1 core to http); any other endpoint over https.
#[test]
fn every_snippet_uses_the_urls_scheme() {
    for (fixture, req) in fixtures() {
        let signed = sign_request(&req, &generated());
        let http = scheme(&signed) == "http";
        assert_eq!(http, fixture == "http endpoint", "{fixture}");
        let has = |lang: Language, needle: &str| snippet(lang, &req, &signed).contains(needle);
        assert_eq!(has(Language::AliyunCli, "--insecure"), http, "{fixture}");
        assert_eq!(has(Language::Curl, "'http://"), http, "{fixture}");
        assert_eq!(
            has(Language::PythonV2, "protocol='HTTP'"),
            http,
            "{fixture}"
        );
        assert!(
            has(
                Language::PythonV1,
                if http {
                    "set_protocol_type('http')"
                } else {
                    "set_protocol_type('https')"
                }
            ),
            "{fixture}"
        );
        assert_eq!(
            has(Language::Java, ".setProtocol(\"HTTP\")"),
            http,
            "{fixture}"
        );
        assert_eq!(
            has(Language::Go, "Protocol:        dara.String(\"HTTP\")"),
            http,
            "{fixture}"
        );
        assert_eq!(has(Language::NodeTs, "protocol: 'HTTP'"), http, "{fixture}");
    }
}

#[test]
fn an_empty_custom_endpoint_leaves_the_host_to_the_sdk() {
    let req = no_host();
    let signed = sign_request(&req, &generated());
    assert_eq!(signed.host, "");
    for (lang, text) in all(&req) {
        if lang != Language::Curl {
            assert!(
                !text.to_ascii_lowercase().contains("endpoint"),
                "{lang:?}:\n{text}"
            );
        }
    }
    // The V2 SDKs then derive the host from the region (the Python check runs this).
    let text = |lang| snippet(lang, &req, &signed);
    assert!(text(Language::PythonV2).contains("    region_id='cn-hangzhou',\n)"));
    assert!(text(Language::Java).contains(".setRegionId(\"cn-hangzhou\");\n"));
    assert!(text(Language::Go).contains("\t\tRegionId:        dara.String(\"cn-hangzhou\"),\n\t}"));
    assert!(text(Language::NodeTs).contains("    regionId: 'cn-hangzhou',\n  });"));
}

#[test]
fn only_set_parameters_appear() {
    let req = seed();
    let signed = sign_request(&req, &generated());
    for (lang, text) in all(&req) {
        if lang == Language::Curl {
            continue;
        }
        for absent in ["VServerGroupName", "OwnerAccount", "OwnerId", "Tag"] {
            let lower = absent.to_ascii_lowercase();
            let found = text.contains(&format!("--{absent}"))
                || text.contains(&format!("set{absent}("))
                || text.contains(&format!("set_{absent}("))
                || text.contains(&format!("\t{absent}:"))
                || text.contains(&format!("    {absent}:"))
                || text
                    .lines()
                    .any(|l| l.trim_start().starts_with(&format!("{lower}=")));
            assert!(!found, "{lang:?} mentions {absent}:\n{text}");
        }
    }
    let empty = with_keys(Request::default());
    let signed_empty = sign_request(&empty, &generated());
    let cli = snippet(Language::AliyunCli, &empty, &signed_empty);
    assert!(
        cli.trim_end().ends_with("aliyun slb CreateVServerGroup"),
        "{cli}"
    );
    let _ = signed;
}

#[test]
fn no_panic_on_arbitrary_text() {
    let texts = [
        "",
        "\0",
        "'",
        "\\",
        "`",
        "\u{10ffff}",
        "-",
        "--",
        "---BEGIN",
        "9223372036854775808",
        "-9223372036854775808",
        "\r\n\u{2028}\u{feff}",
    ];
    for t in texts {
        let mut req = Request::seed();
        req[TextField::VServerGroupName] = t.into();
        req[TextField::OwnerId] = t.into();
        req[TextField::ResourceOwnerId] = t.into();
        req[TextField::CustomEndpoint] = t.into();
        req.endpoint = EndpointKind::Custom;
        req.tags = vec![TagRow {
            key: t.into(),
            value: t.into(),
        }];
        req.servers = vec![ServerRow::new(t, t, t)];
        for (_, text) in all(&req) {
            assert!(!text.is_empty());
        }
    }
}

// ------------------------------------------------------------------ bash

/// The words bash makes of `script`, with `aliyun` and `curl` replaced by functions
/// that print each argument followed by a NUL byte.
fn bash_argv(script: &str, name: &str) -> Vec<String> {
    let dir = tmp_dir("bash");
    let path = dir.join(format!("{name}.sh"));
    let prelude = "set -eu\n\
                   aliyun() { printf 'aliyun\\0'; printf '%s\\0' \"$@\"; }\n\
                   curl() { printf 'curl\\0'; printf '%s\\0' \"$@\"; }\n";
    std::fs::write(&path, format!("{prelude}{script}")).expect("write script");
    // HOME is set to a marker so that an unquoted `$HOME` would show.
    let out = run(Command::new("bash")
        .arg(&path)
        .env("HOME", "/HOME-WAS-EXPANDED")
        .current_dir(&dir));
    assert!(out.ends_with('\0'), "{out:?}");
    out[..out.len() - 1]
        .split('\0')
        .map(str::to_string)
        .collect()
}

/// Reads `aliyun` arguments the way aliyun-cli's parser does (cli/parser.go): a word
/// starting with exactly `--` is a flag, its name ends at the first `=` or `:`, and its
/// value is the rest of the word or else the next word; a word starting with `-` but
/// not `---` can never be a value.
fn aliyun_flags(args: &[String]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let word = &args[i];
        assert!(
            word.starts_with("--") && !word.starts_with("---"),
            "argument {word:?} is not a flag"
        );
        let body = &word[2..];
        match body.find(['=', ':']) {
            Some(at) if !body[at + 1..].is_empty() => {
                out.push((body[..at].to_string(), body[at + 1..].to_string()));
                i += 1;
            }
            Some(_) => panic!("{word:?}: an empty attached value takes the next word"),
            None => {
                let value = args.get(i + 1).expect("flag without value");
                assert!(
                    !value.starts_with('-') || value.starts_with("---"),
                    "{value:?} would be read as a flag"
                );
                out.push((body.to_string(), value.clone()));
                i += 2;
            }
        }
    }
    out
}

#[test]
fn bash_parses_the_cli_snippet_into_the_parameters() {
    for (fixture, req) in fixtures() {
        let signed = sign_request(&req, &generated());
        let text = snippet(Language::AliyunCli, &req, &signed);
        let argv = bash_argv(&text, &format!("cli-{}", fixture.replace(' ', "-")));
        assert_eq!(
            argv[..3],
            ["aliyun", "slb", "CreateVServerGroup"],
            "{fixture}"
        );
        // `--insecure` (plain http) is the one flag without a value.
        let mut rest = argv[3..].to_vec();
        let insecure = rest.iter().position(|w| w == "--insecure");
        assert_eq!(insecure.is_some(), scheme(&signed) == "http", "{fixture}");
        if let Some(at) = insecure {
            rest.remove(at);
        }
        let mut flags = aliyun_flags(&rest);
        if req.endpoint != EndpointKind::Public && !signed.host.is_empty() {
            assert_eq!(
                flags.remove(0),
                ("endpoint".to_string(), signed.host.clone())
            );
        }
        if req.method == vsg_core::Method::Post {
            assert_eq!(flags.remove(0), ("method".to_string(), "POST".to_string()));
        }
        assert_eq!(flags, sent_params(&req), "{fixture}:\n{text}");
    }
}

#[test]
fn bash_parses_the_curl_snippet_into_the_signed_url() {
    for (fixture, req) in fixtures() {
        let signed = sign_request(&req, &generated());
        let text = snippet(Language::Curl, &req, &signed);
        let argv = bash_argv(&text, &format!("curl-{}", fixture.replace(' ', "-")));
        let mut expected = vec!["curl".to_string()];
        if req.method == Method::Post {
            expected.extend(["-X".to_string(), "POST".to_string()]);
        }
        expected.push(signed.url.clone());
        assert_eq!(argv, expected, "{fixture}:\n{text}");
    }
}

#[test]
fn the_bash_check_can_fail() {
    // The same machinery rejects a naively quoted command.
    let naive = format!("aliyun slb CreateVServerGroup --VServerGroupName \"{NAME}\"\n");
    let dir = tmp_dir("bash");
    let path = dir.join("naive.sh");
    std::fs::write(
        &path,
        format!("aliyun() {{ printf '%s\\0' \"$@\"; }}\n{naive}"),
    )
    .unwrap();
    let out = Command::new("bash").arg(&path).output().expect("bash");
    let argv: Vec<&str> = std::str::from_utf8(&out.stdout)
        .unwrap()
        .split('\0')
        .collect();
    assert!(!argv.contains(&NAME), "{argv:?}");
}

// ------------------------------------------------------------------ node

/// node evaluates every TypeScript string literal of the awkward fixture back to its text.
#[test]
fn node_reads_the_typescript_literals_back() {
    let mut texts: Vec<String> = sent_params(&awkward())
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    texts.extend(["\0".into(), "\u{feff}".into(), "a\u{2029}b".into()]);
    let program = format!(
        "process.stdout.write(JSON.stringify([{}]));\n",
        texts
            .iter()
            .map(|t| ts_str(t))
            .collect::<Vec<_>>()
            .join(",\n")
    );
    let path = tmp_dir("node").join("literals.js");
    std::fs::write(&path, program).unwrap();
    let out = run(Command::new("node").arg(&path));
    let back: Vec<String> = serde_json::from_str(&out).expect("JSON from node");
    assert_eq!(back, texts);
}

// ------------------------------------------------------------------ Java

/// Stand-ins for the SDK classes the Java snippet uses, with the signatures of
/// com.aliyun:slb20140515 (Client, models) and tea-openapi / tea-util (Config,
/// RuntimeOptions). `createVServerGroupWithOptions` prints the request as JSON.
const JAVA_STUBS: &[(&str, &str)] = &[
    (
        "com/aliyun/teaopenapi/models/Config.java",
        "package com.aliyun.teaopenapi.models;
public class Config {
    public String accessKeyId, accessKeySecret, endpoint, protocol;
    public Config setAccessKeyId(String v) { accessKeyId = v; return this; }
    public Config setProtocol(String v) { protocol = v; return this; }
    public Config setAccessKeySecret(String v) { accessKeySecret = v; return this; }
    public Config setEndpoint(String v) { endpoint = v; return this; }
}",
    ),
    (
        "com/aliyun/teautil/models/RuntimeOptions.java",
        "package com.aliyun.teautil.models;
public class RuntimeOptions {}",
    ),
    (
        "com/aliyun/slb20140515/models/CreateVServerGroupResponse.java",
        "package com.aliyun.slb20140515.models;
public class CreateVServerGroupResponse {
    public CreateVServerGroupResponseBody body = new CreateVServerGroupResponseBody();
    public CreateVServerGroupResponseBody getBody() { return body; }
}",
    ),
    (
        "com/aliyun/slb20140515/models/CreateVServerGroupResponseBody.java",
        "package com.aliyun.slb20140515.models;
public class CreateVServerGroupResponseBody {
    public String VServerGroupId = \"rsp-stub\";
    public String getVServerGroupId() { return VServerGroupId; }
}",
    ),
    (
        "com/aliyun/slb20140515/models/CreateVServerGroupRequest.java",
        "package com.aliyun.slb20140515.models;
public class CreateVServerGroupRequest {
    public java.util.LinkedHashMap<String, Object> set = new java.util.LinkedHashMap<>();
    public java.util.List<CreateVServerGroupRequestTag> tag;
    public CreateVServerGroupRequest setBackendServers(String v) { set.put(\"BackendServers\", v); return this; }
    public CreateVServerGroupRequest setLoadBalancerId(String v) { set.put(\"LoadBalancerId\", v); return this; }
    public CreateVServerGroupRequest setOwnerAccount(String v) { set.put(\"OwnerAccount\", v); return this; }
    public CreateVServerGroupRequest setOwnerId(Long v) { set.put(\"OwnerId\", v); return this; }
    public CreateVServerGroupRequest setRegionId(String v) { set.put(\"RegionId\", v); return this; }
    public CreateVServerGroupRequest setResourceOwnerAccount(String v) { set.put(\"ResourceOwnerAccount\", v); return this; }
    public CreateVServerGroupRequest setResourceOwnerId(Long v) { set.put(\"ResourceOwnerId\", v); return this; }
    public CreateVServerGroupRequest setTag(java.util.List<CreateVServerGroupRequestTag> v) { tag = v; return this; }
    public CreateVServerGroupRequest setVServerGroupName(String v) { set.put(\"VServerGroupName\", v); return this; }
    public static class CreateVServerGroupRequestTag {
        public String key, value;
        public CreateVServerGroupRequestTag setKey(String v) { key = v; return this; }
        public CreateVServerGroupRequestTag setValue(String v) { value = v; return this; }
    }
}",
    ),
    (
        "com/aliyun/slb20140515/Client.java",
        "package com.aliyun.slb20140515;
import com.aliyun.slb20140515.models.*;
public class Client {
    private final com.aliyun.teaopenapi.models.Config config;
    public Client(com.aliyun.teaopenapi.models.Config config) throws Exception { this.config = config; }
    static String q(Object o) {
        if (!(o instanceof String)) return String.valueOf(o);
        StringBuilder b = new StringBuilder(\"\\\"\");
        for (char c : ((String) o).toCharArray()) {
            if (c == '\"' || c == '\\\\' || c < 0x20 || c > 0x7e) b.append(String.format(\"\\\\u%04x\", (int) c));
            else b.append(c);
        }
        return b.append('\"').toString();
    }
    public CreateVServerGroupResponse createVServerGroupWithOptions(CreateVServerGroupRequest request,
            com.aliyun.teautil.models.RuntimeOptions runtime) throws Exception {
        StringBuilder b = new StringBuilder(\"{\\\"endpoint\\\":\" + q(config.endpoint));
        b.append(\",\\\"protocol\\\":\" + q(config.protocol == null ? \"HTTPS\" : config.protocol));
        b.append(\",\\\"accessKeyId\\\":\" + q(config.accessKeyId) + \",\\\"params\\\":{\");
        String sep = \"\";
        for (java.util.Map.Entry<String, Object> e : request.set.entrySet()) {
            b.append(sep + q(e.getKey()) + \":\" + q(e.getValue() instanceof Long ? e.getValue().toString() : e.getValue()));
            sep = \",\";
        }
        if (request.tag != null) {
            int n = 1;
            for (CreateVServerGroupRequest.CreateVServerGroupRequestTag t : request.tag) {
                b.append(sep + q(\"Tag.\" + n + \".Key\") + \":\" + q(t.key));
                sep = \",\";
                b.append(sep + q(\"Tag.\" + n + \".Value\") + \":\" + q(t.value));
                n++;
            }
        }
        System.out.print(b.append(\"}}\"));
        return new CreateVServerGroupResponse();
    }
}",
    ),
];

/// The snippet compiles against the stand-ins and sets exactly the request's
/// parameters. (The awkward fixture's `007` is no Long, as validation says, so its
/// snippet does not compile by design; the check uses an exact one.)
#[test]
fn javac_compiles_and_runs_the_java_snippet() {
    let mut awkward_ok = awkward();
    awkward_ok[TextField::ResourceOwnerId] = "42".into();
    let mut cases = vec![("seed", seed()), ("awkward", awkward_ok)];
    cases.push(("custom", custom_endpoint()));
    cases.push(("http", http_endpoint()));
    for (fixture, req) in cases {
        let signed = sign_request(&req, &generated());
        let dir = tmp_dir(&format!("java-{fixture}"));
        for (path, source) in JAVA_STUBS {
            let file = dir.join("src").join(path);
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, source).unwrap();
        }
        let main = dir.join("src/CreateVServerGroupSample.java");
        std::fs::write(&main, snippet(Language::Java, &req, &signed)).unwrap();
        let mut sources: Vec<PathBuf> = JAVA_STUBS
            .iter()
            .map(|(p, _)| dir.join("src").join(p))
            .collect();
        sources.push(main);
        let classes = dir.join("classes");
        run(Command::new("javac")
            .args(["-encoding", "UTF-8", "-d"])
            .arg(&classes)
            .args(&sources));
        let out = run(Command::new("java")
            .arg("-cp")
            .arg(&classes)
            .arg("-Dfile.encoding=UTF-8")
            .arg("CreateVServerGroupSample")
            .env("ALIBABA_CLOUD_ACCESS_KEY_ID", "id-from-env")
            .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret-from-env"));
        let json_end = out.rfind('}').expect("JSON") + 1;
        let got: Value = serde_json::from_str(&out[..json_end]).expect("JSON from java");
        assert_eq!(got["endpoint"], json!(signed.host), "{fixture}");
        assert_eq!(
            got["protocol"],
            json!(scheme(&signed).to_ascii_uppercase()),
            "{fixture}"
        );
        assert_eq!(got["accessKeyId"], json!("id-from-env"), "{fixture}");
        assert_eq!(got["params"], params_object(&req), "{fixture}");
        assert_eq!(out[json_end..].trim(), "rsp-stub");
    }
}

fn params_object(req: &Request) -> Value {
    let mut m = Map::new();
    for (k, v) in sent_params(req) {
        m.insert(k, Value::String(v));
    }
    Value::Object(m)
}

// ------------------------------------------------------------------ Go

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

// ------------------------------------------------------------------ Python (real SDKs)

/// The Python that has `tests/snippets/requirements.txt` installed, if any.
fn python() -> Option<String> {
    match std::env::var("VSG_PYTHON") {
        Ok(p) if !p.is_empty() => Some(p),
        _ => {
            common::skip_or_fail(
                "VSG_PYTHON is not set (scripts/setup.sh --test makes .venv-snippets)",
            );
            None
        }
    }
}

/// Writes the snippet and what it must produce, then runs `tests/snippets/<checker>`.
fn check_python(checker: &str, lang: Language, python: &str) {
    for (fixture, req) in fixtures() {
        let signed = sign_request(&req, &generated());
        let dir = tmp_dir(&format!("{}-{}", lang.id(), fixture.replace(' ', "-")));
        let code = dir.join("snippet.py");
        std::fs::write(&code, snippet(lang, &req, &signed)).unwrap();
        let expected = json!({
            "endpoint": signed.host,
            "protocol": scheme(&signed),
            "region": req[TextField::RegionId],
            "params": params_object(&req),
            "format": req.format.as_str(),
        });
        let expected_path = dir.join("expected.json");
        std::fs::write(&expected_path, expected.to_string()).unwrap();
        let out = run(Command::new(python)
            .arg(repo_root().join("tests/snippets").join(checker))
            .arg(&code)
            .arg(&expected_path));
        assert!(out.contains("OK"), "{fixture}: {out}");
    }
}

#[test]
fn python_v2_snippet_builds_the_request_with_the_real_sdk() {
    if let Some(py) = python() {
        check_python("check_python_v2.py", Language::PythonV2, &py);
    }
}

#[test]
fn python_v1_snippet_builds_the_request_with_the_real_sdk() {
    if let Some(py) = python() {
        check_python("check_python_v1.py", Language::PythonV1, &py);
    }
}

/// Not a test: `cargo test -p vsg-core --test snippets -- --ignored --nocapture print`
/// shows the awkward fixture's snippets.
#[test]
#[ignore]
fn print_snippets() {
    for (lang, text) in all(&awkward()) {
        println!("===== {}\n{text}", lang.name());
    }
}

#[test]
fn the_cli_snippet_imports_back_to_the_same_request() {
    let mut req = Request::seed();
    req.method = vsg_core::Method::Post;
    req[TextField::VServerGroupName] = "it's \"quoted\" & $HOME".into();
    req.tags = vec![vsg_core::TagRow {
        key: "env".into(),
        value: "a & 'b'".into(),
    }];
    let signed = sign_request(&req, &generated());
    let text = snippet(Language::AliyunCli, &req, &signed);
    let imported = vsg_core::import::import_cli(&text, &Request::default()).expect("imports");
    assert!(imported.unmapped.is_empty(), "{:?}", imported.unmapped);
    let got = imported.request;
    assert_eq!(got.method, req.method);
    assert_eq!(got[TextField::RegionId], req[TextField::RegionId]);
    assert_eq!(
        got[TextField::LoadBalancerId],
        req[TextField::LoadBalancerId]
    );
    assert_eq!(
        got[TextField::VServerGroupName],
        req[TextField::VServerGroupName]
    );
    assert_eq!(got.servers, req.servers);
    assert_eq!(got.tags, req.tags);
}
