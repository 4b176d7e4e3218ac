//! Component tests: components rendered to HTML natively with Yew's `ServerRenderer`.

use vsg_core::{sign_request, validate, Generated, Request, ServerRow};
use vsg_playground::components::responses::responses;
use vsg_playground::components::server_rows::server_rows;
use vsg_playground::components::summary::summary;
use vsg_playground::{App, AppProps};
use yew::{component, Callback, Html, LocalServerRenderer, Properties};

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

async fn render_app() -> String {
    LocalServerRenderer::<App>::with_props(AppProps {
        start: Some(fixed()),
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn app_renders_the_seed_example_and_its_signed_url() {
    let html = render_app().await;
    let expected = sign_request(&Request::seed(), &fixed());
    assert_eq!(testid_text(&html, "request-url"), expected.url);
    assert_eq!(
        testid_text(&html, "string-to-sign"),
        expected.string_to_sign
    );
    assert_eq!(
        testid_text(&html, "canonical-query"),
        expected.canonical_query
    );
    assert_eq!(testid_text(&html, "signature"), expected.signature);
    assert_eq!(expected.signature, "3IWpMOg0WYbMg1Y086ZklbQC01k=");
    // The example secret is shown as the HMAC key; a typed one never would be.
    assert!(html.contains("testsecret&amp;"));
    for (i, id) in ["vm-233", "vm-232", "vm-231"].iter().enumerate() {
        // Yew's SSR writes an input's value as its first attribute.
        let tag = format!("<input value=\"{id}\" id=\"f-ServerId-{}\"", i + 1);
        assert!(html.contains(&tag), "row {} missing", i + 1);
    }
    assert!(html.contains("data-testid=\"example-credentials\""));
    assert!(testid_text(&html, "response-status").contains("HTTP 200 OK"));
}

#[tokio::test]
async fn every_input_is_named_by_its_parameter() {
    let html = render_app().await;
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
    assert!(html.contains("id=\"f-AccessKeySecret\" type=\"password\""));
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
    server_rows(&req.servers, &validate(&req), &Callback::noop())
}

async fn render_rows(rows: Vec<ServerRow>) -> String {
    LocalServerRenderer::<Rows>::with_props(RowsProps { rows })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn adding_is_disabled_at_twenty_rows_with_the_reason() {
    let rows = vec![ServerRow::new("i-1", "80", "100"); 20];
    let html = render_rows(rows).await;
    let button = &html[html.find("data-testid=\"add-server\"").expect("button")..];
    let tag_end = button.find('>').expect("tag end");
    assert!(
        button[..tag_end].contains("disabled"),
        "{}",
        &button[..tag_end]
    );
    assert!(html.contains("At most 20 servers per request"));
    assert!(html.contains("aria-label=\"ServerId 20\""));
    assert!(!html.contains("aria-label=\"ServerId 21\""));
}

#[tokio::test]
async fn adding_is_enabled_below_the_limit_and_errors_are_marked() {
    let rows = vec![ServerRow::new("i-1", "70000", "100")];
    let html = render_rows(rows).await;
    let button = &html[html.find("data-testid=\"add-server\"").expect("button")..];
    assert!(!button[..button.find('>').expect("end")].contains("disabled"));
    let port = &html[html.find("id=\"f-Port-1\"").expect("port")..];
    assert!(port[..port.find('>').expect("end")].contains("aria-invalid=\"true\""));
    assert!(html.contains("400 InvalidParameter"));
}

#[derive(Properties, PartialEq)]
struct ReqProps {
    req: Request,
    xml_tab: bool,
}

/// Renders the summary and the responses of `req`.
#[component]
fn Output(props: &ReqProps) -> Html {
    let problems = validate(&props.req);
    let response = vsg_core::mock::respond(&props.req, &problems, "slb.aliyuncs.com", &[0; 20]);
    let tab = if props.xml_tab {
        vsg_core::Format::Xml
    } else {
        vsg_core::Format::Json
    };
    yew::html! { <>{ summary(&problems) }{ responses(&response, vsg_core::first_local_error(&problems), tab, &Callback::noop()) }</> }
}

async fn render_output(req: Request, xml_tab: bool) -> String {
    LocalServerRenderer::<Output>::with_props(ReqProps { req, xml_tab })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn summary_lists_service_errors_with_code_and_message() {
    let req = Request {
        servers: vec![ServerRow::new("i-1", "70000", "100")],
        ..Request::seed()
    };
    let html = unescape(&render_output(req, false).await);
    assert!(html.contains("1 error"));
    assert!(html.contains("HTTP 400 · InvalidParameter"));
    assert!(html.contains("as the Port value should be in [1, 65535]."));
    assert!(html.contains("HTTP 400 Bad Request"));
}

#[tokio::test]
async fn responses_show_the_picked_tab_and_hide_the_other() {
    let req = Request::seed();
    let response = vsg_core::mock::success(&req, &[0; 20]);
    let html = render_output(req, true).await;
    let json_panel = &html[html.find("id=\"panel-JSON\"").expect("json panel")..];
    assert!(json_panel[..json_panel.find('>').expect("end")].contains("hidden"));
    let xml_panel = &html[html.find("id=\"panel-XML\"").expect("xml panel")..];
    assert!(!xml_panel[..xml_panel.find('>').expect("end")].contains("hidden"));
    assert_eq!(testid_text(&html, "response-xml"), response.xml);
}

#[tokio::test]
async fn an_unsendable_request_shows_no_service_response() {
    let req = Request {
        endpoint: vsg_core::EndpointKind::Custom,
        ..Request::seed()
    };
    let html = unescape(&render_output(req, false).await);
    assert!(html.contains("the request cannot be sent."), "{html}");
    assert!(testid_text(&html, "response-status").contains("Not sent"));
    assert!(!html.contains("data-testid=\"response-json\""));
    assert!(html.contains("Custom endpoint"));
}

#[tokio::test]
async fn the_credentials_note_names_the_example_value_used() {
    #[derive(Properties, PartialEq)]
    struct NoteProps {
        key_id: &'static str,
        secret: &'static str,
    }
    #[component]
    fn Note(p: &NoteProps) -> Html {
        let req = (Request::seed())
            .with(vsg_core::TextField::AccessKeyId, p.key_id)
            .with(vsg_core::TextField::AccessKeySecret, p.secret);
        let signed = sign_request(&req, &fixed());
        vsg_playground::components::request_view::request_view(
            &signed,
            None,
            &Callback::noop(),
            None,
        )
    }
    let note = |key_id, secret| async move {
        let html = LocalServerRenderer::<Note>::with_props(NoteProps { key_id, secret })
            .hydratable(false)
            .render()
            .await;
        html.contains("data-testid=\"example-credentials\"")
            .then(|| testid_text(&html, "example-credentials"))
    };
    let both = note("", "").await.expect("note");
    assert!(both.contains("AccessKeyId testid and AccessKeySecret testsecret"));
    let id_only = note("", "real-secret").await.expect("note");
    assert!(id_only.contains("example AccessKeyId testid:"), "{id_only}");
    let secret_only = note("LTAIreal", "").await.expect("note");
    assert!(
        secret_only.contains("example AccessKeySecret testsecret:"),
        "{secret_only}"
    );
    assert_eq!(note("LTAIreal", "real-secret").await, None);
}
