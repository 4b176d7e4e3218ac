//! javac compiles the Java snippet against stand-ins of the SDK and runs it.

use std::path::PathBuf;
use std::process::Command;

use serde_json::{json, Value};
use vsg_core::snippets::{snippet, Language};
use vsg_core::{sign_request, TextField};

use crate::golden::vpc;
use crate::{
    awkward, custom_endpoint, generated, http_endpoint, params_object, run, scheme, seed, tmp_dir,
};

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
    cases.push(("golden-vpc", vpc()));
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
