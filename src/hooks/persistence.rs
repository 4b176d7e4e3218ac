//! The standalone page's memory: local storage and the address bar.

use gloo::timers::callback::Timeout;
use vsg_core::permalink;
use yew::prelude::*;

use super::hashchange::use_hashchange;
use crate::browser::{host, storage};
use crate::state::State;

/// On the standalone page (`page`), once changes pause for 200 ms, remembers the
/// request (as a permalink, never the secret, made only then) and the choices, and
/// brings a link shown in the address bar in step with the edits; reads a link pasted
/// there ([`use_hashchange`]).
#[hook]
pub fn use_persistence(state: &State, page: bool, dispatcher: UseReducerDispatcher<State>) {
    // The request the address bar was last brought in step with (or left alone for):
    // a link that could not be read stays there until the request is edited.
    let followed = use_mut_ref(|| state.request.clone());
    let timer = use_mut_ref(|| None::<Timeout>);
    // Everything but the link, which is made in the timer.
    let prefs = storage::Saved {
        link: None,
        lang: state.lang.map(|l| l.tag().to_string()),
        theme: state.theme.map(|t| t.as_str().to_string()),
        tab: state.view.tab.id().to_string(),
        snippet: state.view.snippet.id().to_string(),
        signature: state.view.signature.name().to_string(),
    };
    {
        let followed = followed.clone();
        use_effect_with((state.request.clone(), prefs), move |(request, prefs)| {
            if !page {
                return;
            }
            let (request, mut saved) = (request.clone(), prefs.clone());
            *timer.borrow_mut() = Some(Timeout::new(200, move || {
                // Made once typing pauses, for a request short enough to remember.
                saved.link =
                    (request.text_len() <= storage::MAX_LINK).then(|| permalink::encode(&request));
                storage::save(&saved);
                if *followed.borrow() == request {
                    return;
                }
                followed.replace(request);
                let link = saved
                    .link
                    .as_deref()
                    .filter(|l| l.len() <= storage::MAX_LINK);
                // A link in the address bar (opened, or put there by Copy link) follows
                // the edits, so that a reload shows the last state, not the old link.
                let shown = host::fragment();
                if !shown.is_empty() && Some(shown.as_str()) != link {
                    host::set_fragment(link.unwrap_or(""));
                }
            }));
        });
    }
    use_hashchange(page, state.request.clone(), dispatcher, followed);
}
