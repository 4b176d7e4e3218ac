//! The Java snippet.
//!
//! Checked against the `com.aliyun:slb20140515` sources in aliyun/alibabacloud-java-sdk
//! (pom 3.3.28; `Client.createVServerGroupWithOptions`, nested
//! `CreateVServerGroupRequestTag`) and `com.aliyun.teaopenapi.models.Config` in
//! aliyun/darabonba-openapi.

use super::literal::{long_literal, quoted, Dialect, Hex};
use super::{target, Op, Target};
use crate::form::Request;
use crate::request::SignedRequest;

/// A Java string: `\b` and `\f` besides the common short escapes, every other
/// character as `\uNNNN`.
const JAVA: Dialect = Dialect {
    quote: '"',
    short: &[
        ('\n', "\\n"),
        ('\r', "\\r"),
        ('\t', "\\t"),
        ('\u{8}', "\\b"),
        ('\u{c}', "\\f"),
    ],
    hex: Hex::CodePoint { x_below: 0 },
};

/// A Java string literal. Control characters use `\uXXXX` escapes except CR and LF
/// (which javac would turn back into line breaks before lexing); every backslash of the
/// text is doubled, so none of it can start a Unicode escape.
pub fn java_str(s: &str) -> String {
    quoted(s, &JAVA)
}

/// A Long value for Java: `123L`, or the text as a string (which does not compile:
/// the value is not a Long, as validation says).
fn java_long(value: &str) -> String {
    match long_literal(value) {
        Some(n) => format!("{n}L"),
        None => format!("{} /* not a Long */", java_str(value)),
    }
}

/// A Java class whose `main` sends the request.
pub(super) fn java(op: &Op, req: &Request, signed: &SignedRequest) -> String {
    let sdk = &op.op.sdk;
    let (request, response) = (sdk.request_class, sdk.response_class);
    let mut s = format!(
        "// Maven: com.aliyun:slb20140515 (checked with 3.3.28)\n\
         import com.aliyun.slb20140515.Client;\n\
         import com.aliyun.slb20140515.models.{request};\n\
         import com.aliyun.slb20140515.models.{response};\n\
         import com.aliyun.teaopenapi.models.Config;\n\
         import com.aliyun.teautil.models.RuntimeOptions;\n\
         \n\
         public class {}Sample {{\n\
         \x20   public static void main(String[] args) throws Exception {{\n\
         \x20       Config config = new Config()\n\
         \x20               .setAccessKeyId(System.getenv(\"ALIBABA_CLOUD_ACCESS_KEY_ID\"))\n\
         \x20               .setAccessKeySecret(System.getenv(\"ALIBABA_CLOUD_ACCESS_KEY_SECRET\"))",
        op.op.action
    );
    match target(req, signed) {
        Target::Endpoint(host, http) => {
            s.push_str(&format!(
                "\n                .setEndpoint({})",
                java_str(host)
            ));
            if http {
                s.push_str("\n                .setProtocol(\"HTTP\")");
            }
        }
        Target::Region(region) => s.push_str(&format!(
            "\n                .setRegionId({})",
            java_str(region)
        )),
        Target::Nothing => {}
    }
    s.push_str(&format!(
        ";\n\
         \x20       Client client = new Client(config);\n\
         \n\
         \x20       {request} request = new {request}()"
    ));
    for (field, value) in &op.scalars {
        let literal = match super::boolean_literal(value).filter(|_| field.boolean) {
            Some(b) => b.to_string(),
            None if field.long => java_long(value),
            None => java_str(value),
        };
        s.push_str(&format!("\n                .set{}({})", field.api, literal));
    }
    if !op.tags.is_empty() {
        s.push_str(&format!(
            "\n                .set{}(java.util.Arrays.asList(",
            op.tag_list()
        ));
        for (i, (key, value)) in op.tags.iter().enumerate() {
            s.push_str(if i == 0 { "\n" } else { ",\n" });
            s.push_str(&format!(
                "                        new {request}.{}().setKey({}).setValue({})",
                sdk.tag_class,
                java_str(key),
                java_str(value)
            ));
        }
        s.push_str("))");
    }
    s.push_str(&format!(
        ";\n\
         \x20       {response} response =\n\
         \x20               client.{}(request, new RuntimeOptions());\n\
         \x20       System.out.println(response.getBody().{}());\n\
         \x20   }}\n\
         }}\n",
        sdk.method, sdk.java_result
    ));
    s
}
