//! The root component: owns the state, derives everything shown from it.

use vsg_core::{first_local_error, mock, sign_request, validate, Format, Generated, TextField};
use yew::prelude::*;

use crate::clock;
use crate::components::request_form::request_form;
use crate::components::request_view::request_view;
use crate::components::responses::responses;
use crate::components::signature_view::SignatureView;
use crate::components::summary::summary;
use crate::components::{focus, sync_selects};
use crate::state::{Action, Edit, State};

/// Properties of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The nonce and timestamp of the first render; `None` reads the browser's clock
    /// and random numbers. Edits always generate fresh ones.
    #[prop_or_default]
    pub start: Option<Generated>,
}

/// The playground page.
#[component]
pub fn App(props: &AppProps) -> Html {
    let start = props.start.clone();
    let state = use_reducer(move || State::seed(start.unwrap_or_else(clock::fresh)));
    let req = state.request.clone();
    // Every render follows a change of the request (or of the tab, which is cheap to
    // recompute): nothing is worth memoising here.
    let problems = validate(&req);
    let signed = sign_request(&req, &state.generated);
    let response = mock::respond(&req, &problems, &signed.host, &signed.content_digest);

    // Selects show what the state says, whatever the user picked before (see sync_selects).
    use_effect(sync_selects);
    // After a row was added, removed, moved or duplicated, keyboard focus follows it.
    use_effect_with(state.focus.0, {
        let target = state.focus.1.clone();
        move |_| {
            if let Some(id) = target {
                focus(&id);
            }
        }
    });
    let onedit = {
        let state = state.dispatcher();
        Callback::from(move |edit: Edit| state.dispatch(Action::Edit(edit, clock::fresh())))
    };
    let oncopied = {
        let state = state.dispatcher();
        Callback::from(move |(id, ok)| state.dispatch(Action::Copied(id, ok)))
    };
    let signature = SignatureView {
        v1: &signed,
        example_secret: req[TextField::AccessKeySecret].is_empty(),
        copied: state.copied,
        oncopied: &oncopied,
    }
    .view();
    let onregenerate = {
        let state = state.dispatcher();
        Callback::from(move |()| state.dispatch(Action::Regenerate(clock::fresh())))
    };
    let generated =
        req[TextField::SignatureNonce].is_empty() || req[TextField::Timestamp].is_empty();
    let onshow = {
        let state = state.dispatcher();
        Callback::from(move |tab: Format| state.dispatch(Action::ShowTab(tab)))
    };
    html! {
        <div class="app">
            <header class="top">
                <h1>{ "CreateVServerGroup" }<span class="sub">{ " playground · Alibaba Cloud SLB API 2014-05-15" }</span></h1>
                <p class="lede">{ "Compose the request, see every rule checked as you type, the exact signed URL, and what the service would answer. Nothing leaves this page." }</p>
            </header>
            <main class="columns">
                <div class="col-form">
                    { request_form(&req, &problems, &onedit) }
                </div>
                <div class="col-output">
                    { summary(&problems) }
                    { request_view(&signed, state.copied, &oncopied, generated.then_some(&onregenerate)) }
                    { signature }
                    { responses(&response, first_local_error(&problems), state.shown_tab(), &onshow) }
                </div>
            </main>
        </div>
    }
}
