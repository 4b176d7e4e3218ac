//! The core's work per keystroke: validate + sign + both mock responses.
//!
//! `cargo bench -p vsg-core` prints, for each case, the median and the 99th percentile
//! of the time one [`evaluate`] takes (over batches, after a warm-up). The goal for the
//! page is ≤ 30 µs per edit at 20 full rows (see README, Performance).

use std::hint::black_box;
use std::time::{Duration, Instant};

use vsg_core::{evaluate, Generated, Request, ServerRow, TagRow, TextField};

/// 20 rows with every field filled, a name and two tags: the page's heaviest valid form.
fn full_rows() -> Request {
    let mut req = Request::seed();
    req[TextField::VServerGroupName] = "生产-web/api_v2".into();
    req.servers = (0..20)
        .map(|i| ServerRow {
            server_id: format!("eni-bp1{i:017}"),
            port: format!("{}", 8000 + i),
            weight: format!("{}", 10 + i),
            server_type: "eni".into(),
            server_ip: format!("192.168.1.{}", 10 + i),
            description: format!("后端服务器-{i}号/web_v2.1"),
        })
        .collect();
    req.tags = vec![
        TagRow {
            key: "env".into(),
            value: "prod".into(),
        },
        TagRow {
            key: "team".into(),
            value: "负载均衡".into(),
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

fn main() {
    let generated = Generated {
        nonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf".into(),
        timestamp: "2024-05-01T08:00:00Z".into(),
    };
    let cases = [
        ("seed (3 rows)", Request::seed()),
        ("20 full rows", full_rows()),
    ];
    println!("{:<16} {:>12} {:>12}", "case", "median", "p99");
    for (name, req) in cases {
        let (median, p99) = measure(|| {
            black_box(evaluate(black_box(&req), black_box(&generated), None));
        });
        println!("{name:<16} {median:>12.2?} {p99:>12.2?}");
    }
}
