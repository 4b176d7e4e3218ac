//! The browser's clock and random numbers: the only impure inputs of the page.

use vsg_core::{format_timestamp, uuid_v4, Generated};

/// A fresh SignatureNonce (UUID v4 from `crypto.getRandomValues`) and the current
/// Timestamp.
pub fn fresh() -> Generated {
    let mut bytes = [0u8; 16];
    let crypto_ok = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !crypto_ok {
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    let seconds = (js_sys::Date::now() / 1000.0).floor() as i64;
    Generated {
        nonce: uuid_v4(bytes),
        timestamp: format_timestamp(seconds),
    }
}
