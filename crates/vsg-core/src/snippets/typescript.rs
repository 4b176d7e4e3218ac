//! The Node.js / TypeScript snippet.
//!
//! Checked against the `@alicloud/slb20140515` sources in
//! aliyun/alibabacloud-typescript-sdk (darabonba generation: default export `Client`,
//! `CreateVServerGroupRequest` with the field `VServerGroupName`,
//! `CreateVServerGroupRequestTag`) and the npm packages `@alicloud/openapi-core` 1.0.8
//! (`$OpenApiUtil.Config`) and `@darabonba/typescript` 1.0.5 (`RuntimeOptions`).

use super::literal::{long_literal, quoted, Dialect, Hex, LINE_BREAKS_AND_TAB};
use super::{target, Op, Target};
use crate::form::Request;
use crate::request::SignedRequest;

/// A JavaScript string in single quotes: `\xNN` up to U+00FF, `\uNNNN` beyond.
const TYPESCRIPT: Dialect = Dialect {
    quote: '\'',
    short: LINE_BREAKS_AND_TAB,
    hex: Hex::CodePoint { x_below: 0x100 },
};

/// A JavaScript/TypeScript string literal in single quotes.
pub fn ts_str(s: &str) -> String {
    quoted(s, &TYPESCRIPT)
}

/// Largest integer a JavaScript number holds exactly.
const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// A TypeScript `main` that sends the request.
pub(super) fn node_ts(op: &Op, req: &Request, signed: &SignedRequest) -> String {
    let mut s = String::from(
        "// npm install @alicloud/slb20140515 @alicloud/openapi-core @darabonba/typescript\n\
         import Slb20140515, * as $Slb20140515 from '@alicloud/slb20140515';\n\
         import { $OpenApiUtil } from '@alicloud/openapi-core';\n\
         import * as $dara from '@darabonba/typescript';\n\
         \n\
         async function main(): Promise<void> {\n\
         \x20 const config = new $OpenApiUtil.Config({\n\
         \x20   accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,\n\
         \x20   accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,\n",
    );
    match target(req, signed) {
        Target::Endpoint(host, http) => {
            s.push_str(&format!("    endpoint: {},\n", ts_str(host)));
            if http {
                s.push_str("    protocol: 'HTTP',\n");
            }
        }
        Target::Region(region) => s.push_str(&format!("    regionId: {},\n", ts_str(region))),
        Target::Nothing => {}
    }
    s.push_str("  });\n");
    s.push_str(&format!(
        "  const client = new Slb20140515(config);\n\
         \n\
         \x20 const request = new $Slb20140515.{}({{\n",
        op.op.sdk.request_class
    ));
    for (field, value) in &op.scalars {
        let literal = match (field.long, long_literal(value)) {
            _ if field.boolean && super::boolean_literal(value).is_some() => {
                (super::boolean_literal(value) == Some(true)).to_string()
            }
            (true, Some(n)) if n.unsigned_abs() <= MAX_SAFE_INTEGER => n.to_string(),
            (true, Some(n)) => format!("{n} /* beyond Number.MAX_SAFE_INTEGER */"),
            (true, None) => format!("{} /* not a number */", ts_str(value)),
            (false, _) => ts_str(value),
        };
        s.push_str(&format!("    {}: {},\n", field.ts, literal));
    }
    if !op.tags.is_empty() {
        s.push_str(&format!("    {}: [\n", op.tag_field.typescript));
        for (key, value) in &op.tags {
            s.push_str(&format!(
                "      new $Slb20140515.{}({{ key: {}, value: {} }}),\n",
                op.op.sdk.tag_class,
                ts_str(key),
                ts_str(value)
            ));
        }
        s.push_str("    ],\n");
    }
    s.push_str(&format!(
        "  }});\n\
         \x20 const response = await client.{}(request, new $dara.RuntimeOptions({{}}));\n\
         \x20 console.log(JSON.stringify(response.body, null, 2));\n\
         }}\n\
         \n\
         main();\n",
        op.op.sdk.method
    ));
    s
}
