//! bash reads the CLI and curl snippets, and import reads the CLI snippet back.

use std::process::Command;

use vsg_core::snippets::{snippet, Language};
use vsg_core::{sign_request, EndpointKind, Method, Request, TextField};

use crate::{fixtures, generated, run, scheme, sent_params, tmp_dir, NAME};

/// The words bash makes of `script`, with `aliyun` and `curl` replaced by functions
/// that print each argument followed by a NUL byte.
fn bash_argv(script: &str, name: &str) -> Vec<String> {
    let dir = tmp_dir("bash");
    let path = dir.join(format!("{name}.sh"));
    let prelude = "set -eu\n\
                   aliyun() { printf 'aliyun\\0'; printf '%s\\0' \"$@\"; }\n\
                   curl() { printf 'curl\\0'; printf '%s\\0' \"$@\"; }\n";
    std::fs::write(&path, format!("{prelude}{script}")).expect("write script");
    // HOME is set to a marker so that an unquoted `$HOME` would show.
    let out = run(Command::new("bash")
        .arg(&path)
        .env("HOME", "/HOME-WAS-EXPANDED")
        .current_dir(&dir));
    assert!(out.ends_with('\0'), "{out:?}");
    out[..out.len() - 1]
        .split('\0')
        .map(str::to_string)
        .collect()
}

/// Reads `aliyun` arguments the way aliyun-cli's parser does (cli/parser.go): a word
/// starting with exactly `--` is a flag, its name ends at the first `=` or `:`, and its
/// value is the rest of the word or else the next word; a word starting with `-` but
/// not `---` can never be a value.
fn aliyun_flags(args: &[String]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let word = &args[i];
        assert!(
            word.starts_with("--") && !word.starts_with("---"),
            "argument {word:?} is not a flag"
        );
        let body = &word[2..];
        match body.find(['=', ':']) {
            Some(at) if !body[at + 1..].is_empty() => {
                out.push((body[..at].to_string(), body[at + 1..].to_string()));
                i += 1;
            }
            Some(_) => panic!("{word:?}: an empty attached value takes the next word"),
            None => {
                let value = args.get(i + 1).expect("flag without value");
                assert!(
                    !value.starts_with('-') || value.starts_with("---"),
                    "{value:?} would be read as a flag"
                );
                out.push((body.to_string(), value.clone()));
                i += 2;
            }
        }
    }
    out
}

#[test]
fn bash_parses_the_cli_snippet_into_the_parameters() {
    for (fixture, req) in fixtures() {
        let signed = sign_request(&req, &generated());
        let text = snippet(Language::AliyunCli, &req, &signed);
        let argv = bash_argv(&text, &format!("cli-{}", fixture.replace(' ', "-")));
        assert_eq!(
            argv[..3],
            ["aliyun", "slb", "CreateVServerGroup"],
            "{fixture}"
        );
        // `--insecure` (plain http) is the one flag without a value.
        let mut rest = argv[3..].to_vec();
        let insecure = rest.iter().position(|w| w == "--insecure");
        assert_eq!(insecure.is_some(), scheme(&signed) == "http", "{fixture}");
        if let Some(at) = insecure {
            rest.remove(at);
        }
        let mut flags = aliyun_flags(&rest);
        if req.endpoint != EndpointKind::Public && !signed.host.is_empty() {
            assert_eq!(
                flags.remove(0),
                ("endpoint".to_string(), signed.host.clone())
            );
        }
        if req.method == vsg_core::Method::Post {
            assert_eq!(flags.remove(0), ("method".to_string(), "POST".to_string()));
        }
        assert_eq!(flags, sent_params(&req), "{fixture}:\n{text}");
    }
}

#[test]
fn bash_parses_the_curl_snippet_into_the_signed_url() {
    for (fixture, req) in fixtures() {
        let signed = sign_request(&req, &generated());
        let text = snippet(Language::Curl, &req, &signed);
        let argv = bash_argv(&text, &format!("curl-{}", fixture.replace(' ', "-")));
        let mut expected = vec!["curl".to_string()];
        if req.method == Method::Post {
            expected.extend(["-X".to_string(), "POST".to_string()]);
        }
        expected.push(signed.url.clone());
        assert_eq!(argv, expected, "{fixture}:\n{text}");
    }
}

#[test]
fn the_bash_check_can_fail() {
    // The same machinery rejects a naively quoted command.
    let naive = format!("aliyun slb CreateVServerGroup --VServerGroupName \"{NAME}\"\n");
    let dir = tmp_dir("bash");
    let path = dir.join("naive.sh");
    std::fs::write(
        &path,
        format!("aliyun() {{ printf '%s\\0' \"$@\"; }}\n{naive}"),
    )
    .unwrap();
    let out = Command::new("bash").arg(&path).output().expect("bash");
    let argv: Vec<&str> = std::str::from_utf8(&out.stdout)
        .unwrap()
        .split('\0')
        .collect();
    assert!(!argv.contains(&NAME), "{argv:?}");
}

#[test]
fn the_cli_snippet_imports_back_to_the_same_request() {
    let mut req = Request::seed();
    req.method = vsg_core::Method::Post;
    req[TextField::VServerGroupName] = "it's \"quoted\" & $HOME".into();
    req.tags = vec![vsg_core::TagRow {
        key: "env".into(),
        value: "a & 'b'".into(),
    }];
    let signed = sign_request(&req, &generated());
    let text = snippet(Language::AliyunCli, &req, &signed);
    let imported = vsg_core::import::import_cli(&text, &Request::default(), vsg_core::FAMILY)
        .expect("imports");
    assert!(imported.unmapped.is_empty(), "{:?}", imported.unmapped);
    let got = imported.request;
    assert_eq!(got.method, req.method);
    assert_eq!(got[TextField::RegionId], req[TextField::RegionId]);
    assert_eq!(
        got[TextField::LoadBalancerId],
        req[TextField::LoadBalancerId]
    );
    assert_eq!(
        got[TextField::VServerGroupName],
        req[TextField::VServerGroupName]
    );
    assert_eq!(got.servers, req.servers);
    assert_eq!(got.tags, req.tags);
}
