//! Python snippets, with the V2 SDK and with the V1 SDK.
//!
//! - V2: PyPI `alibabacloud-slb20140515` 3.3.31 with `alibabacloud-tea-openapi` 0.4.6 and
//!   `darabonba-core` 1.0.9 (the client's own `RuntimeOptions` import); run for real by
//!   `tests/snippets/check_python_v2.py`.
//! - V1: PyPI `aliyun-python-sdk-slb` 3.3.22 and `aliyun-python-sdk-core` 2.16.1; run for
//!   real by `tests/snippets/check_python_v1.py`.

use super::literal::{long_literal, quoted, Dialect, Hex, LINE_BREAKS_AND_TAB};
use super::{is_http, target, Field, Op, Target};
use crate::form::Request;
use crate::model::TextField;
use crate::request::SignedRequest;

/// A Python 3 string: `\xNN` up to U+00FF, `\uNNNN` beyond; in single quotes unless
/// [`python_str`] picks double ones.
const PYTHON: Dialect = Dialect {
    quote: '\'',
    short: LINE_BREAKS_AND_TAB,
    hex: Hex::CodePoint { x_below: 0x100 },
};

/// A Python 3 string literal: single quotes unless the text has `'` and no `"`;
/// backslashes, the quote and control characters escaped; other non-ASCII kept.
pub fn python_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    quoted(s, &Dialect { quote, ..PYTHON })
}

/// A parameter's value as a Python literal: an int for a Long field, `True` / `False`
/// for a Boolean one (the SDKs send them so, capitalised), a string otherwise.
fn python_value(field: &Field, value: &str) -> String {
    match super::boolean_literal(value).filter(|_| field.boolean) {
        Some(b) => if b { "True" } else { "False" }.into(),
        None if field.long => python_long(value),
        None => python_str(value),
    }
}

/// A Long value for Python: an int when it is one, otherwise the text as typed.
fn python_long(value: &str) -> String {
    match long_literal(value) {
        Some(n) => n.to_string(),
        None => python_str(value),
    }
}

/// A comment for the Booleans the Python SDKs spell otherwise than the request: they
/// send `True` / `False`, and the signature covers the case.
fn boolean_note(op: &Op) -> String {
    op.scalars
        .iter()
        .filter(|(f, v)| f.boolean && super::boolean_literal(v).is_some())
        .filter(|(_, v)| !matches!(v.as_str(), "True" | "False"))
        .map(|(f, v)| {
            let sent = if super::boolean_literal(v) == Some(true) { "True" } else { "False" };
            format!(
                "# The Python SDKs send {}={sent}, not {v} as the URL above: their signature differs.\n",
                f.api
            )
        })
        .collect()
}

/// Python with the V2 SDK (`alibabacloud_slb20140515`).
pub(super) fn python_v2(op: &Op, req: &Request, signed: &SignedRequest) -> String {
    let mut s = String::from(
        "# pip install alibabacloud_slb20140515  (checked with 3.3.31)\n\
         import os\n\
         \n\
         from alibabacloud_slb20140515 import models as slb_20140515_models\n\
         from alibabacloud_slb20140515.client import Client as Slb20140515Client\n\
         from alibabacloud_tea_openapi import models as open_api_models\n\
         from darabonba.runtime import RuntimeOptions\n\
         \n\
         config = open_api_models.Config(\n\
         \x20   access_key_id=os.environ['ALIBABA_CLOUD_ACCESS_KEY_ID'],\n\
         \x20   access_key_secret=os.environ['ALIBABA_CLOUD_ACCESS_KEY_SECRET'],\n",
    );
    s.insert_str(0, &boolean_note(op));
    match target(req, signed) {
        Target::Endpoint(host, http) => {
            s.push_str(&format!("    endpoint={},\n", python_str(host)));
            if http {
                s.push_str("    protocol='HTTP',\n");
            }
        }
        Target::Region(region) => s.push_str(&format!("    region_id={},\n", python_str(region))),
        Target::Nothing => {}
    }
    s.push_str(")\n");
    s.push_str("client = Slb20140515Client(config)\n\n");
    s.push_str(&format!(
        "request = slb_20140515_models.{}(\n",
        op.op.sdk.request_class
    ));
    for (field, value) in &op.scalars {
        s.push_str(&format!(
            "    {}={},\n",
            field.py,
            python_value(field, value)
        ));
    }
    if !op.tags.is_empty() {
        s.push_str(&format!("    {}=[\n", op.tag_field.python));
        for (key, value) in &op.tags {
            s.push_str(&format!(
                "        slb_20140515_models.{}(key={}, value={}),\n",
                op.op.sdk.tag_class,
                python_str(key),
                python_str(value)
            ));
        }
        s.push_str("    ],\n");
    }
    s.push_str(&format!(
        ")\nresponse = client.{}(request, RuntimeOptions())\nprint(response.body.to_map())\n",
        op.op.sdk.python_method
    ));
    s
}

/// Python with the V1 SDK (`aliyunsdkslb`), which sends RegionId from the client.
pub(super) fn python_v1(op: &Op, req: &Request, signed: &SignedRequest) -> String {
    let mut s = String::from(
        "# pip install aliyun-python-sdk-slb aliyun-python-sdk-core  (checked with 3.3.22 / 2.16.1)\n\
         import os\n\
         \n\
         from aliyunsdkcore.client import AcsClient\n",
    );
    s.insert_str(0, &boolean_note(op));
    let class = op.op.sdk.request_class;
    s.push_str(&format!(
        "from aliyunsdkslb.request.v20140515.{class} import {class}\n\
         \n\
         # The V1 SDK sends RegionId from the client.\n\
         client = AcsClient(\n\
         \x20   os.environ['ALIBABA_CLOUD_ACCESS_KEY_ID'],\n\
         \x20   os.environ['ALIBABA_CLOUD_ACCESS_KEY_SECRET'],\n"
    ));
    s.push_str(&format!(
        "    {},\n)\n\n",
        python_str(&req[TextField::RegionId])
    ));
    s.push_str(&format!("request = {class}()\n"));
    if !signed.host.is_empty() {
        s.push_str(&format!(
            "request.set_endpoint({})\n",
            python_str(&signed.host)
        ));
    }
    // The V1 core's default protocol is plain http: say which one the URL uses.
    s.push_str(if is_http(req) {
        "request.set_protocol_type('http')\n"
    } else {
        "request.set_protocol_type('https')\n"
    });
    s.push_str(&format!(
        "request.set_accept_format({})\n",
        python_str(&req.format.as_str().to_ascii_lowercase())
    ));
    for (setter, field, value) in op.v1_scalars() {
        s.push_str(&format!(
            "request.set_{}({})\n",
            setter,
            python_value(field, value)
        ));
    }
    if !op.tags.is_empty() {
        let setter = op.tag_field.python_v1.unwrap_or("Tags");
        s.push_str(&format!("request.set_{setter}([\n"));
        for (key, value) in &op.tags {
            s.push_str(&format!(
                "    {{'Key': {}, 'Value': {}}},\n",
                python_str(key),
                python_str(value)
            ));
        }
        s.push_str("])\n");
    }
    s.push_str(
        "\n\
         response = client.do_action_with_exception(request)\n\
         print(str(response, encoding='utf-8'))\n",
    );
    s
}
