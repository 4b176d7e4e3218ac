//! What the snippets say: names, escapes, endpoints, schemes, and never the secret.

use vsg_core::request::operation_params;
use vsg_core::snippets::{go_str, java_str, python_str, shell_quote, snippet, ts_str, Language};
use vsg_core::{sign_request, EndpointKind, Request, ServerRow, TagRow, TextField};

use crate::{
    all, awkward, fixtures, generated, no_host, scheme, seed, with_keys, SECRET, TYPED_ID,
};

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

/// Not a test: `cargo test -p vsg-core --test snippets -- --ignored --nocapture print`
/// shows the awkward fixture's snippets.
#[test]
#[ignore]
fn print_snippets() {
    for (lang, text) in all(&awkward()) {
        println!("===== {}\n{text}", lang.name());
    }
}
