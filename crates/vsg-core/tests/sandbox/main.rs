//! The sandbox, a mock SLB that remembers:
//!
//! - `tutorial`: the tutorial walked as a table of requests and the answers each one
//!   gets (create → add → set → describe → remove → describe → delete → 404);
//! - `errors`: every error the sandbox answers, with its status, code and message,
//!   and the order of the checks;
//! - `state`: the starting state and reset, the history, independence, the picker,
//!   Modify's pairing, Set, the Describe filters and shapes, member keys, the quota;
//! - `props`: arbitrary sequences of arbitrary requests of every operation never
//!   panic, every answer reads as XML and JSON, and the invariants hold.

#[path = "../common/mod.rs"]
mod common;

mod errors;
mod props;
mod state;
mod tutorial;

use serde_json::Value;
use vsg_core::mock::{MockResponse, RuntimeError};
use vsg_core::params::Operation;
use vsg_core::sandbox::{Answer, Sandbox};
use vsg_core::{check, Checked, Generated, Request, ServerRow, TagRow, TextField};

/// The region every request here is sent to, unless it says otherwise.
pub const REGION: &str = "cn-hangzhou";
/// The load balancer of the tutorial.
pub const LB: &str = "lb-tutorial1";
/// The time every request here is signed at: the `CreateTime` of the groups made.
pub const NOW: &str = "2026-03-01T10:00:00Z";

/// A request for `op` in [`REGION`] with `texts` set.
pub fn request(op: &'static Operation, texts: &[(TextField, &str)]) -> Request {
    let mut req = Request {
        op,
        ..Request::default()
    }
    .with(TextField::RegionId, REGION);
    for (field, value) in texts {
        req[*field] = (*value).to_string();
    }
    req
}

/// A request for `op` on group `id` with `servers`.
pub fn on_group(op: &'static Operation, id: &str, servers: Vec<ServerRow>) -> Request {
    Request {
        servers,
        ..request(op, &[(TextField::VServerGroupId, id)])
    }
}

/// An `ecs` row (Type left empty).
pub fn row(id: &str, port: &str, weight: &str) -> ServerRow {
    ServerRow::new(id, port, weight)
}

/// An `eni` row with its ServerIp.
pub fn eni(id: &str, ip: &str, port: &str) -> ServerRow {
    ServerRow {
        server_type: "eni".into(),
        server_ip: ip.into(),
        ..ServerRow::new(id, port, "100")
    }
}

/// A tag.
pub fn tag(key: &str, value: &str) -> TagRow {
    TagRow {
        key: key.into(),
        value: value.into(),
    }
}

/// What the page derives from `req` signed at [`NOW`]: its problems and signed request.
pub fn outcome(req: &Request) -> Checked {
    let generated = Generated {
        nonce: "9b4b1a2c-7d5e-4f60-8a91-0c2d3e4f5a6b".into(),
        timestamp: NOW.into(),
    };
    check(req, &generated)
}

/// What `sandbox` would answer `req` (with `simulate`), changing nothing.
pub fn answer(sandbox: &Sandbox, req: &Request, simulate: Option<&RuntimeError>) -> Answer {
    let out = outcome(req);
    sandbox.answer(req, &out.signed, &out.problems, simulate)
}

/// Sends `req` to `sandbox`: its answer, or `None` when it could not be sent.
pub fn try_send(sandbox: &mut Sandbox, req: &Request) -> Option<MockResponse> {
    let out = outcome(req);
    let entry = sandbox.send(req, &out.signed, &out.problems, None)?;
    Some(entry.response.clone())
}

/// Sends `req` to `sandbox`, which must answer it; both bodies are checked to read
/// as XML (root `{Action}Response`, or `Error`) and as JSON.
pub fn send(sandbox: &mut Sandbox, req: &Request) -> MockResponse {
    let response = try_send(sandbox, req).unwrap_or_else(|| panic!("{req:?} was not sent"));
    readable(&response, req.op);
    response
}

/// Checks that `response` reads as XML with the right root and as JSON.
pub fn readable(response: &MockResponse, op: &Operation) {
    let xml = response.xml();
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}: {xml}"));
    let root = if response.status == 200 {
        format!("{}Response", op.action)
    } else {
        "Error".to_string()
    };
    assert_eq!(doc.root_element().tag_name().name(), root, "{xml}");
    serde_json::from_str::<Value>(&response.json())
        .unwrap_or_else(|e| panic!("{e}: {}", response.json()));
}

/// The JSON body without what varies per request (RequestId; an error's HostId and
/// Recommend).
pub fn body(response: &MockResponse) -> Value {
    let mut v: Value = serde_json::from_str(&response.json()).expect("JSON");
    if let Some(object) = v.as_object_mut() {
        for key in ["RequestId", "HostId", "Recommend"] {
            object.remove(key);
        }
    }
    v
}

/// The `VServerGroupId` of a success body.
pub fn group_id(response: &MockResponse) -> String {
    body(response)["VServerGroupId"]
        .as_str()
        .expect("a VServerGroupId")
        .to_string()
}

/// The error an error response carries: status, code, message.
pub fn error(response: &MockResponse) -> (u16, String, String) {
    let b = body(response);
    let text = |k: &str| b[k].as_str().unwrap_or_default().to_string();
    (response.status, text("Code"), text("Message"))
}
