//! A second operation that exists only in the tests: one required `VServerGroupId`,
//! an answer of `RequestId` alone. The crate's code knows nothing of it; the tests
//! run it through every path (build, validate, sign v1 and V3, mock, import, link,
//! snippets) to show that the code is the same for any operation's table.

use vsg_core::model::TextField;
use vsg_core::params::{
    Check, Operation, OperationSdk, Param, Response, Sdk, Section, Sent, Value, ACCESS_KEY_ID,
    ACCESS_KEY_SECRET, CUSTOM_ENDPOINT, ENDPOINT, FORMAT, METHOD, OWNER_ID, REGION_ID,
    SIGNATURE_NONCE, TIMESTAMP,
};

/// `VServerGroupId`, a row of this test's own.
pub static GROUP_ID: Param = Param {
    name: "VServerGroupId",
    value: Value::Text(TextField::VServerGroupId),
    sent: Sent::Query,
    link: Some("g"),
    sdk: Some(Sdk {
        python: "vserver_group_id",
        typescript: "VServerGroupId",
        python_v1: Some("VServerGroupId"),
    }),
    section: Section::Main,
    check: Check::None,
};

/// `TouchVServerGroup`: no such API exists; it only has a table.
pub static TOUCH: Operation = Operation {
    action: "TouchVServerGroup",
    version: "2014-05-15",
    product: "slb",
    sdk: OperationSdk {
        request_class: "TouchVServerGroupRequest",
        tag_class: "TouchVServerGroupRequestTag",
        response_class: "TouchVServerGroupResponse",
        python_method: "touch_vserver_group_with_options",
        method: "touchVServerGroupWithOptions",
        java_result: "getRequestId",
    },
    required: &[&REGION_ID, &GROUP_ID],
    response: Response::RequestIdOnly,
    params: &[
        &REGION_ID,
        &GROUP_ID,
        &FORMAT,
        &METHOD,
        &OWNER_ID,
        &ENDPOINT,
        &CUSTOM_ENDPOINT,
        &ACCESS_KEY_ID,
        &ACCESS_KEY_SECRET,
        &SIGNATURE_NONCE,
        &TIMESTAMP,
    ],
};

/// The family and the test's own operation: what the tests import and link with.
pub static CATALOG: &[&Operation] = &[
    vsg_core::FAMILY[0],
    vsg_core::FAMILY[1],
    vsg_core::FAMILY[2],
    vsg_core::FAMILY[3],
    vsg_core::FAMILY[4],
    vsg_core::FAMILY[5],
    vsg_core::FAMILY[6],
    vsg_core::FAMILY[7],
    &TOUCH,
];
