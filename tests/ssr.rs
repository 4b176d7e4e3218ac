//! Component tests: the playground rendered to HTML natively with Yew's
//! `ServerRenderer` (as an embed: the standalone page reads the browser's storage).

use std::rc::Rc;

use vsg_core::mock::RuntimeError;
use vsg_core::model::ServerList;
use vsg_core::{permalink, sign_request, validate, Generated, Request, ServerRow, TextField};
use vsg_playground::components::server_row::server_rows;
use vsg_playground::components::signature;
use vsg_playground::i18n::Lang;
use vsg_playground::options::{Mode, Options, Panels};
use vsg_playground::{App, AppProps};
use yew::{component, html, Callback, Html, LocalServerRenderer, Properties};

fn fixed() -> Generated {
    Generated {
        nonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf".into(),
        timestamp: "2024-01-01T00:00:00Z".into(),
    }
}

fn unescape(html: &str) -> String {
    html.replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The text inside the element carrying `data-testid="{id}"`.
fn testid_text(html: &str, id: &str) -> String {
    let marker = format!("data-testid=\"{id}\"");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {id} in {html}"));
    let open_end = start + html[start..].find('>').expect("tag end");
    let rest = &html[open_end + 1..];
    let close = rest.find("</").expect("closing tag");
    // Yew's SSR writes comment markers around dynamic text; drop them.
    let mut text = rest[..close].to_string();
    while let Some(a) = text.find("<!--") {
        let b = text[a..].find("-->").map_or(text.len(), |b| a + b + 3);
        text.replace_range(a..b, "");
    }
    unescape(&text)
}

/// The opening tag of the element with this id.
fn tag_of<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id}"));
    let start = html[..at].rfind('<').expect("tag start");
    &html[start..at + html[at..].find('>').expect("tag end")]
}

fn options(lang: Lang) -> Options {
    Options {
        mode: Mode::Element,
        lang: Some(lang),
        page_url: Some("https://example.com/vsg/index.html".into()),
        ..Options::default()
    }
}

async fn render(options: Options) -> String {
    LocalServerRenderer::<App>::with_props(AppProps {
        options: Rc::new(options),
        start: Some(fixed()),
        host: None,
        prerendered: false,
        replaces: None,
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn the_seed_example_and_its_signed_url() {
    let html = render(options(Lang::En)).await;
    let expected = sign_request(&Request::seed(), &fixed());
    assert_eq!(testid_text(&html, "request-url"), expected.url);
    for (i, id) in ["vm-233", "vm-232", "vm-231"].iter().enumerate() {
        // Yew's SSR writes an input's value as its first attribute.
        let tag = format!("<input value=\"{id}\" id=\"f-ServerId-{}\"", i + 1);
        assert!(html.contains(&tag), "row {} missing", i + 1);
    }
    assert!(html.contains("data-testid=\"example-credentials\""));
    assert!(testid_text(&html, "validation-headline").contains("3 warnings"));
    // The embed links to the full playground with this request.
    let link = format!("index.html#{}", permalink::encode(&Request::seed()));
    assert!(unescape(&html).contains(&link), "{html}");
}

#[tokio::test]
async fn every_input_is_named_by_its_parameter() {
    let html = render(options(Lang::En)).await;
    for name in [
        "RegionId",
        "LoadBalancerId",
        "VServerGroupName",
        "OwnerId",
        "ResourceOwnerId",
        "ResourceOwnerAccount",
        "OwnerAccount",
        "AccessKeyId",
        "AccessKeySecret",
        "SignatureNonce",
        "Timestamp",
    ] {
        let label = format!("<label for=\"f-{name}\">{name}");
        assert!(html.contains(&label), "no label for {name}");
        assert!(
            html.contains(&format!("id=\"f-{name}\"")),
            "no input for {name}"
        );
    }
    assert!(tag_of(&html, "f-AccessKeySecret").contains("type=\"password\""));
    for n in 1..=3 {
        for f in [
            "ServerId",
            "Port",
            "Weight",
            "Type",
            "ServerIp",
            "Description",
        ] {
            assert!(html.contains(&format!("aria-label=\"{f} {n}\"")), "{f} {n}");
        }
    }
}

#[tokio::test]
async fn chinese_labels_messages_and_regions_with_api_names_kept() {
    let html = render(options(Lang::Zh)).await;
    assert!(html.contains("lang=\"zh-CN\""));
    assert!(html.contains("已知地域"));
    assert!(html.contains("+ 添加服务器"));
    assert!(html.contains("华东1（杭州）"));
    assert!(html.contains("不像此 Type 的实例 ID（应以 i- 开头）。"));
    assert!(testid_text(&html, "validation-headline").contains("没有错误，3 个警告"));
    // API names stay as they are.
    assert!(html.contains("aria-label=\"ServerId 1\""));
    assert!(html.contains("<label for=\"f-LoadBalancerId\">LoadBalancerId"));
    assert!(!html.contains("Add server"));
}

#[tokio::test]
async fn readonly_shows_the_request_and_offers_no_edit() {
    let html = render(Options {
        readonly: true,
        ..options(Lang::En)
    })
    .await;
    assert!(!html.contains("data-testid=\"add-server\""));
    assert!(!html.contains("data-testid=\"undo\""));
    assert!(!html.contains("data-testid=\"import-input\""));
    assert!(!html.contains("Remove server 1"));
    assert!(tag_of(&html, "f-ServerId-1").contains("readonly"));
    assert!(tag_of(&html, "f-Type-1").contains("disabled"));
    assert!(tag_of(&html, "f-Region").contains("disabled"));
}

#[tokio::test]
async fn panels_hide_what_is_not_asked_for() {
    let form_only = render(Options {
        panels: Panels::parse("form"),
        ..options(Lang::En)
    })
    .await;
    assert!(form_only.contains("id=\"f-RegionId\""));
    assert!(!form_only.contains("data-testid=\"request-url\""));
    assert!(!form_only.contains("data-testid=\"validation-summary\""));
    let output_only = render(Options {
        panels: Panels::parse("request,responses"),
        ..options(Lang::En)
    })
    .await;
    assert!(!output_only.contains("id=\"f-RegionId\""));
    assert!(output_only.contains("data-testid=\"request-url\""));
    assert!(output_only.contains("out-tab-response"));
    assert!(!output_only.contains("out-tab-signature"));
    assert!(!output_only.contains("out-tab-code"));
}

#[tokio::test]
async fn a_preset_is_the_request_and_a_broken_one_says_why() {
    let mut req = Request::seed();
    req[TextField::LoadBalancerId] = "lb-preset123".into();
    req.servers = vec![ServerRow::new("eni-1", "443", "50")];
    let html = render(Options {
        preset: Some(permalink::encode(&req)),
        ..options(Lang::En)
    })
    .await;
    assert_eq!(
        testid_text(&html, "request-url"),
        sign_request(&req, &fixed()).url
    );
    let broken = render(Options {
        preset: Some("v2&r=x".into()),
        ..options(Lang::En)
    })
    .await;
    assert!(unescape(&broken).contains("The link could not be read, so the example is shown"));
    assert_eq!(
        testid_text(&broken, "request-url"),
        sign_request(&Request::seed(), &fixed()).url
    );
}

#[tokio::test]
async fn an_operation_shows_its_table_and_its_example_answered_by_the_sandbox() {
    let of = |op: &str| Options {
        operation: Some(op.into()),
        ..options(Lang::En)
    };
    let modify = render(of("ModifyVServerGroupBackendServers")).await;
    let example = Request::example(&vsg_core::params::MODIFY_VSERVER_GROUP_BACKEND_SERVERS);
    assert_eq!(
        testid_text(&modify, "request-url"),
        sign_request(&example, &fixed()).url
    );
    assert!(modify.contains("<legend>OldBackendServers"));
    assert!(modify.contains("<legend>NewBackendServers"));
    assert!(modify.contains("id=\"f-ServerId-1\""));
    assert!(modify.contains("id=\"f-New-ServerId-1\""));
    assert!(modify.contains("aria-label=\"New Port 1\""));
    assert!(modify.contains("id=\"add-server-new\""));
    assert!(modify.contains("Remove server 1 (NewBackendServers)"));
    assert!(
        !modify.contains("id=\"f-LoadBalancerId\""),
        "not in Modify's table"
    );
    assert!(!modify.contains("class=\"tags\""), "Modify takes no tags");
    // The group picker lists the sandbox's starting group, picked.
    assert!(tag_of(&modify, "f-Group").starts_with("<select"));
    assert!(modify.contains("rsp-rtvald5ll1 · (no name) · 3 members"));
    let groups = render(Options {
        operation: Some("DescribeVServerGroups".into()),
        ..options(Lang::Zh)
    })
    .await;
    assert!(tag_of(&groups, "f-IncludeListener").starts_with("<select"));
    assert!(groups.contains("（不发送）"));
    assert!(groups.contains("沙箱按名称精确匹配"));
    assert!(groups.contains("DescribeVServerGroups 请求"));
}

#[tokio::test]
async fn a_simulated_runtime_error_is_the_response() {
    let html = render(Options {
        simulate: Some("Throttling".into()),
        ..options(Lang::En)
    })
    .await;
    assert!(testid_text(&html, "response-status").contains("HTTP 400"));
    let json = testid_text(&html, "response-json");
    assert!(json.contains("\"Code\": \"Throttling\""), "{json}");
    assert!(json.contains(RuntimeError::find("Throttling").unwrap().message));
}

#[derive(Properties, PartialEq)]
struct RowsProps {
    rows: Vec<ServerRow>,
}

/// Renders `server_rows` for `rows`, with the problems `validate` finds in them.
#[component]
fn Rows(props: &RowsProps) -> Html {
    let req = Request {
        servers: props.rows.clone(),
        ..Request::seed()
    };
    let problems = validate(&req);
    let per_row: Vec<Rc<Vec<_>>> = (0..req.servers.len())
        .map(|row| {
            Rc::new(
                problems
                    .iter()
                    .filter(
                        |p| matches!(p.field, vsg_core::Field::Server { row: r, .. } if r == row),
                    )
                    .cloned()
                    .collect(),
            )
        })
        .collect();
    server_rows(
        ServerList::Main,
        "BackendServers",
        String::new(),
        &req.servers,
        &per_row,
        &[],
        Lang::En,
        false,
        &Callback::noop(),
        Html::default(),
    )
}

async fn render_rows(rows: Vec<ServerRow>) -> String {
    LocalServerRenderer::<Rows>::with_props(RowsProps { rows })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn adding_is_disabled_at_twenty_rows_with_the_reason() {
    let html = render_rows(vec![ServerRow::new("i-1", "80", "100"); 20]).await;
    assert!(tag_of(&html, "add-server").contains("disabled"));
    assert!(html.contains("At most 20 servers per request"));
    assert!(html.contains("aria-label=\"ServerId 20\""));
    assert!(!html.contains("aria-label=\"ServerId 21\""));
}

#[tokio::test]
async fn errors_are_marked_on_their_row() {
    let html = render_rows(vec![ServerRow::new("i-1", "70000", "100")]).await;
    assert!(!tag_of(&html, "add-server").contains("disabled"));
    assert!(tag_of(&html, "f-Port-1").contains("aria-invalid=\"true\""));
    assert!(html.contains("400 InvalidParameter"));
    assert!(html.contains("Port must be an integer from 1 to 65535."));
}

#[derive(Properties, PartialEq)]
struct SigProps {
    secret: &'static str,
}

#[component]
fn Sig(p: &SigProps) -> Html {
    let req = Request::seed().with(TextField::AccessKeySecret, p.secret);
    let signed = sign_request(&req, &fixed());
    html! { { signature::v1(&signed, p.secret.is_empty(), None, Lang::En, &Callback::noop()) } }
}

#[tokio::test]
async fn the_v1_walkthrough_shows_each_step() {
    let html = LocalServerRenderer::<Sig>::with_props(SigProps { secret: "" })
        .hydratable(false)
        .render()
        .await;
    let expected = sign_request(&Request::seed(), &fixed());
    assert_eq!(
        testid_text(&html, "canonical-query"),
        expected.canonical_query
    );
    assert_eq!(
        testid_text(&html, "string-to-sign"),
        expected.string_to_sign()
    );
    assert_eq!(testid_text(&html, "signature"), expected.signature);
    assert_eq!(expected.signature, "3IWpMOg0WYbMg1Y086ZklbQC01k=");
    // The example secret is shown as the HMAC key; a typed one never is.
    assert!(html.contains("testsecret&amp;"));
    let typed = LocalServerRenderer::<Sig>::with_props(SigProps { secret: "s3cr3t" })
        .hydratable(false)
        .render()
        .await;
    assert!(!typed.contains("s3cr3t"));
    assert!(typed.contains("your AccessKeySecret"));
}

#[tokio::test]
async fn an_unsendable_request_has_no_response_not_even_a_simulated_one() {
    let req = Request {
        endpoint: vsg_core::EndpointKind::Custom,
        ..Request::seed()
    };
    let html = unescape(
        &render(Options {
            preset: Some(permalink::encode(&req)),
            simulate: Some("Throttling".into()),
            ..options(Lang::En)
        })
        .await,
    );
    assert!(testid_text(&html, "response-status").contains("Not sent"));
    assert!(html.contains("The request cannot be sent, so no service would answer: "));
    assert!(html.contains("Custom endpoint"), "{html}");
    assert!(!html.contains("data-testid=\"response-json\""));
    assert!(!html.contains("\"Code\": \"Throttling\""));
    assert!(testid_text(&html, "download-note").contains("The request cannot be sent"));
}

#[tokio::test]
async fn the_credentials_note_names_the_example_values_used() {
    let note = |key_id: &'static str| async move {
        let req = Request::seed().with(TextField::AccessKeyId, key_id);
        let html = render(Options {
            preset: Some(permalink::encode(&req)),
            ..options(Lang::En)
        })
        .await;
        testid_text(&html, "example-credentials")
    };
    assert!(note("")
        .await
        .contains("AccessKeyId testid and AccessKeySecret testsecret"));
    // A link never holds the secret: with a real key id, only the secret is the example's.
    let secret_only = note("LTAIreal").await;
    assert!(
        secret_only.contains("AccessKeySecret testsecret") && !secret_only.contains("testid"),
        "{secret_only}"
    );
}
