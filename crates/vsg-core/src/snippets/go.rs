//! The Go snippet.
//!
//! Checked against github.com/alibabacloud-go/slb-20140515 tag v4.0.12 (module path
//! `…/v4`, `openapiutil.Config` from darabonba-openapi v2.1.13, `dara` from tea).

use super::literal::{long_literal, needs_escape, quoted, Dialect, Hex, LINE_BREAKS_AND_TAB};
use super::{target, Op, Target};
use crate::form::Request;
use crate::request::SignedRequest;

/// `createX` → `CreateX` (Go exports its methods with a capital).
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|first| first.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// An interpreted Go string: `\xNN` is a byte in Go, so only for ASCII.
const GO: Dialect = Dialect {
    quote: '"',
    short: LINE_BREAKS_AND_TAB,
    hex: Hex::CodePoint { x_below: 0x80 },
};

/// A Go string literal: a raw `…` literal when the text has quotes or backslashes and
/// can be written raw (no backtick, no control character), else an interpreted one.
pub fn go_str(s: &str) -> String {
    let wants_raw = s.contains('"') || s.contains('\\');
    let can_raw = !s.contains('`') && !s.chars().any(needs_escape);
    if wants_raw && can_raw {
        return format!("`{s}`");
    }
    quoted(s, &GO)
}

/// A Go `main` package that sends the request.
pub(super) fn go(op: &Op, req: &Request, signed: &SignedRequest) -> String {
    let mut s = String::from(
        "// go get github.com/alibabacloud-go/slb-20140515/v4  (checked with v4.0.12)\n\
         package main\n\
         \n\
         import (\n\
         \t\"fmt\"\n\
         \t\"os\"\n\
         \n\
         \topenapiutil \"github.com/alibabacloud-go/darabonba-openapi/v2/utils\"\n\
         \tslb20140515 \"github.com/alibabacloud-go/slb-20140515/v4/client\"\n\
         \t\"github.com/alibabacloud-go/tea/dara\"\n\
         )\n\
         \n\
         func main() {\n\
         \tconfig := &openapiutil.Config{\n\
         \t\tAccessKeyId:     dara.String(os.Getenv(\"ALIBABA_CLOUD_ACCESS_KEY_ID\")),\n\
         \t\tAccessKeySecret: dara.String(os.Getenv(\"ALIBABA_CLOUD_ACCESS_KEY_SECRET\")),\n",
    );
    match target(req, signed) {
        Target::Endpoint(host, http) => {
            s.push_str(&format!(
                "\t\tEndpoint:        dara.String({}),\n",
                go_str(host)
            ));
            if http {
                s.push_str("\t\tProtocol:        dara.String(\"HTTP\"),\n");
            }
        }
        Target::Region(region) => s.push_str(&format!(
            "\t\tRegionId:        dara.String({}),\n",
            go_str(region)
        )),
        Target::Nothing => {}
    }
    s.push_str("\t}\n");
    s.push_str(&format!(
        "\tclient, err := slb20140515.NewClient(config)\n\
         \tif err != nil {{\n\
         \t\tpanic(err)\n\
         \t}}\n\
         \n\
         \trequest := &slb20140515.{}{{\n",
        op.op.sdk.request_class
    ));
    // gofmt aligns the values of consecutive one-line keys.
    let width = op
        .scalars
        .iter()
        .map(|(f, _)| f.api.len() + 1)
        .max()
        .unwrap_or(0);
    for (field, value) in &op.scalars {
        let literal = match (field.long, long_literal(value)) {
            _ if field.boolean && super::boolean_literal(value).is_some() => {
                format!("dara.Bool({})", super::boolean_literal(value) == Some(true))
            }
            (true, Some(n)) => format!("dara.Int64({n})"),
            (true, None) => format!("dara.String({}) /* not an int64 */", go_str(value)),
            (false, _) => format!("dara.String({})", go_str(value)),
        };
        let key = format!("{}:", field.api);
        s.push_str(&format!("\t\t{key:width$} {literal},\n"));
    }
    if !op.tags.is_empty() {
        s.push_str(&format!(
            "\t\t{}: []*slb20140515.{}{{\n",
            op.tag_list(),
            op.op.sdk.tag_class
        ));
        for (key, value) in &op.tags {
            s.push_str(&format!(
                "\t\t\t{{Key: dara.String({}), Value: dara.String({})}},\n",
                go_str(key),
                go_str(value)
            ));
        }
        s.push_str("\t\t},\n");
    }
    s.push_str(&format!(
        "\t}}\n\
         \tresponse, err := client.{}(request, &dara.RuntimeOptions{{}})\n\
         \tif err != nil {{\n\
         \t\tpanic(err)\n\
         \t}}\n\
         \tfmt.Println(response.Body.String())\n\
         }}\n",
        capitalised(op.op.sdk.method)
    ));
    s
}
