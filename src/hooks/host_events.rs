//! What the page around the playground hears from it: `vsg-change` from the custom
//! element, the iframe's height.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use vsg_core::{permalink, Request};
use yew::prelude::*;

use crate::browser::host;
use crate::options::{Mode, Options};

/// The custom element (`host`) tells its page when the user changed the request — not
/// on mount, not for a choice of tab or language, not for the page's own preset — once
/// typing pauses, and keeps the link it told in `told_link` (see
/// [`super::embed_options::use_embed_options`]); the iframe reports its height to the
/// origin its embedder named.
#[hook]
pub fn use_host_events(
    request: Rc<Request>,
    host: Option<web_sys::Element>,
    options: &Options,
    told_link: Rc<RefCell<Option<String>>>,
) {
    let timer = use_mut_ref(|| None::<Timeout>);
    let told = use_mut_ref(|| request.clone());
    {
        let preset = options.preset.clone();
        use_effect_with(request, move |request| {
            let Some(el) = host else { return };
            let request = request.clone();
            *timer.borrow_mut() = Some(Timeout::new(200, move || {
                if *told.borrow() == request {
                    return;
                }
                told.replace(request.clone());
                // Made once typing pauses, however long the request.
                let link = permalink::encode(&request);
                if preset.as_deref() != Some(link.as_str()) {
                    host::dispatch_change(&el, &link);
                    told_link.replace(Some(link));
                }
            }));
        });
    }
    let origin = (options.mode == Mode::Iframe)
        .then(|| options.parent_origin.clone())
        .flatten();
    use_effect_with(origin, move |origin| {
        let reporter = origin.clone().and_then(host::HeightReporter::start);
        move || drop(reporter)
    });
}
