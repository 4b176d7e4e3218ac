//! An embedder's later changes of the element's attributes.

use std::cell::RefCell;
use std::rc::Rc;

use vsg_core::mock::RuntimeError;
use vsg_core::permalink;
use vsg_core::{Request, FAMILY};
use yew::prelude::*;

use crate::browser::clock;
use crate::options::Options;
use crate::state::{Action, State};

/// Turns new options into actions: a new preset or operation replaces the request
/// (or says why the preset cannot be read; without one, the operation's example), a new simulated error is shown, a new language or theme
/// overrides the toggles. Returns where to keep the last link the element told its page
/// ([`super::host_events::use_host_events`]): a page that sets it back as the preset
/// echoes what the user typed a moment ago, and must not take back what was typed
/// since.
#[hook]
pub fn use_embed_options(
    options: Rc<Options>,
    dispatcher: UseReducerDispatcher<State>,
) -> Rc<RefCell<Option<String>>> {
    let told = use_mut_ref(|| None::<String>);
    let seen = use_mut_ref(|| None::<Rc<Options>>);
    let told_link = told.clone();
    use_effect_with(options, move |now| {
        let told = told_link;
        let Some(before) = seen.replace(Some(now.clone())) else {
            return;
        };
        let d = dispatcher;
        let echo = now.preset.is_some() && *told.borrow() == now.preset;
        let op = now.op();
        let new_op = before.op() != op;
        if (before.preset != now.preset && !echo) || new_op {
            match now
                .preset
                .as_deref()
                .map(|l| permalink::decode_as(l, FAMILY, op))
            {
                Some(Ok(req)) => d.dispatch(Action::Replace(Box::new(req), clock::fresh())),
                Some(Err(e)) => d.dispatch(Action::BadLink(e)),
                None if new_op => {
                    let req = Box::new(Request::example(op));
                    d.dispatch(Action::Replace(req, clock::fresh()))
                }
                None => {}
            }
        }
        if before.simulate != now.simulate {
            let e = now.simulate.as_deref().and_then(RuntimeError::find);
            d.dispatch(Action::Simulate(e));
        }
        if before.lang != now.lang {
            d.dispatch(Action::Lang(None));
        }
        if before.theme != now.theme {
            d.dispatch(Action::Theme(None));
        }
    });
    told
}
