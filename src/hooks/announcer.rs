//! The live region that announces validation.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// What the live region says: `prefix` and `headline` once typing has paused for
/// 1.2 s, not at every keystroke (a screen reader would read each one).
#[hook]
pub fn use_announcer(prefix: &'static str, headline: AttrValue) -> AttrValue {
    let announced = use_state(AttrValue::default);
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let announced = announced.clone();
        use_effect_with((prefix, headline), move |(prefix, headline)| {
            let text = AttrValue::from(format!("{prefix}{headline}"));
            *timer.borrow_mut() = Some(Timeout::new(1200, move || {
                if *announced != text {
                    announced.set(text);
                }
            }));
        });
    }
    (*announced).clone()
}
