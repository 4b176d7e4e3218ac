use std::time::Instant;
use vsg_core::{evaluate, Generated, Request, TextField};
fn main() {
    let big = "1".repeat(1 << 20);
    for (name, f) in [("port", 0), ("weight", 1), ("roid", 2), ("desc", 3)] {
        let mut r = Request::seed();
        match f {
            0 => r.servers[0].port = big.clone(),
            1 => r.servers[0].weight = big.clone(),
            2 => r[TextField::ResourceOwnerId] = big.clone(),
            _ => r.servers[0].description = big.clone(),
        }
        let t = Instant::now();
        let o = evaluate(&r, &Generated::default(), None);
        let t1 = t.elapsed();
        let t = Instant::now();
        let j = o.response.as_ref().map(|r| r.json().len());
        println!("{name}: evaluate {:?}, json {:?} {:?}", t1, t.elapsed(), j);
    }
}
