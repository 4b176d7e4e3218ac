//! Links pasted into the address bar of the open page.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use vsg_core::FAMILY;
use vsg_core::{permalink, Request, TextField};
use yew::prelude::*;

use crate::browser::{clock, host};
use crate::state::{Action, State};

/// On the standalone page (`page`), a permalink put into the address bar opens
/// (undoably), keeping the secret typed (a link never holds one); one that cannot be
/// read says why and stays there: `followed` (see
/// [`super::persistence::use_persistence`]) takes the request as it is, so that the
/// save of an edit made just before does not replace it.
#[hook]
pub fn use_hashchange(
    page: bool,
    request: Rc<Request>,
    dispatcher: UseReducerDispatcher<State>,
    followed: Rc<RefCell<Rc<Request>>>,
) {
    // The request shown, for the listener made once.
    let shown = use_mut_ref(|| request.clone());
    *shown.borrow_mut() = request;
    use_effect_with(page, move |page| {
        let listener = page.then(|| {
            EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let fragment = host::fragment();
                let now = shown.borrow().clone();
                if fragment.is_empty() || permalink::encode(&now) == fragment {
                    return;
                }
                match permalink::decode(&fragment, FAMILY) {
                    Ok(mut req) => {
                        req[TextField::AccessKeySecret] = now[TextField::AccessKeySecret].clone();
                        dispatcher.dispatch(Action::Replace(Box::new(req), clock::fresh()))
                    }
                    Err(e) => {
                        followed.replace(now);
                        dispatcher.dispatch(Action::BadLink(e))
                    }
                }
            })
        });
        move || drop(listener)
    });
}
