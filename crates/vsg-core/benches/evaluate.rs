//! The core's work per keystroke, roughly: validate + sign + the stateless mock response
//! (the page answers with the sandbox's, [`vsg_core::Sandbox::answer`], instead).
//!
//! `cargo bench -p vsg-core --bench evaluate` prints, for each request, the median and
//! the 99th percentile of one [`evaluate`] (over 400 batches of 50, after a warm-up),
//! then the same for each part of it. The goal is ≤ 30 µs per edit at 20 full rows
//! (README, Performance). Run it on a quiet machine: it measures wall time.

use std::hint::black_box;
use std::time::{Duration, Instant};

use vsg_core::{
    evaluate, mock, validate, Generated, Prepared, Request, ServerRow, TagRow, TextField,
};

/// 20 rows with every field filled, a name and two tags. `chinese` descriptions are
/// the heaviest to encode (9 bytes per character once encoded).
fn full_rows(chinese: bool) -> Request {
    let mut req = Request::seed();
    req[TextField::VServerGroupName] = "web-api_v2".into();
    req.servers = (0..20)
        .map(|i| ServerRow {
            server_id: format!("eni-bp1{i:017}"),
            port: format!("{}", 8000 + i),
            weight: format!("{}", 10 + i),
            server_type: "eni".into(),
            server_ip: format!("192.168.1.{}", 10 + i),
            description: if chinese {
                format!("后端服务器-{i}号/web_v2.1")
            } else {
                format!("web-server-{i}/v2.1")
            },
        })
        .collect();
    req.tags = vec![
        TagRow {
            key: "env".into(),
            value: "prod".into(),
        },
        TagRow {
            key: "team".into(),
            value: "slb".into(),
        },
    ];
    req
}

/// Times `f` in batches long enough to measure; returns (median, p99) per call.
fn measure(mut f: impl FnMut()) -> (Duration, Duration) {
    for _ in 0..200 {
        f();
    }
    let per_batch = 50;
    let mut samples: Vec<Duration> = (0..400)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..per_batch {
                f();
            }
            t.elapsed() / per_batch
        })
        .collect();
    samples.sort();
    (
        samples[samples.len() / 2],
        samples[samples.len() * 99 / 100],
    )
}

type Part = fn(&Request, &Generated);

fn part_validate(req: &Request, _: &Generated) {
    black_box(validate(req));
}

fn part_prepare(req: &Request, g: &Generated) {
    black_box(Prepared::new(req, g));
}

fn part_sign(req: &Request, g: &Generated) {
    black_box(Prepared::new(req, g).sign());
}

fn part_respond(req: &Request, g: &Generated) {
    let signed = Prepared::new(req, g).sign();
    let problems = validate(req);
    black_box(mock::respond(
        req,
        &problems,
        &signed.host,
        &signed.content_digest,
    ));
}

fn main() {
    let generated = Generated {
        nonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf".into(),
        timestamp: "2024-05-01T08:00:00Z".into(),
    };
    let cases = [
        ("seed (3 rows)", Request::seed()),
        ("20 full rows", full_rows(false)),
        ("20 rows, Chinese", full_rows(true)),
    ];
    let parts: [(&str, Part); 4] = [
        ("validate", part_validate),
        ("prepare", part_prepare),
        ("prepare+sign", part_sign),
        ("sign+respond", part_respond),
    ];
    println!("{:<20} {:>10} {:>10}", "evaluate", "median", "p99");
    for (name, req) in &cases {
        let (median, p99) = measure(|| {
            black_box(evaluate(black_box(req), black_box(&generated), None));
        });
        println!("{name:<20} {median:>10.2?} {p99:>10.2?}");
        for (part, f) in parts {
            let (m, p) = measure(|| f(black_box(req), &generated));
            println!("  {part:<18} {m:>10.2?} {p:>10.2?}");
        }
    }
}
