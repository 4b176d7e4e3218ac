//! The root component: owns the state, derives everything shown from it.

use std::rc::Rc;

use vsg_core::{mock, request, sign_request, validate, Format, Generated};
use yew::prelude::*;

use crate::clock;
use crate::components::request_form::RequestForm;
use crate::components::request_view::RequestView;
use crate::components::responses::Responses;
use crate::components::summary::Summary;
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
    let problems = use_memo(req.clone(), |r| validate(r));
    let signed = Rc::new(sign_request(&req, &state.generated));
    let response = use_memo((req.clone(), problems.clone()), |(r, p)| {
        mock::respond(r, p, &request::host(r))
    });

    let onedit = {
        let state = state.dispatcher();
        Callback::from(move |edit: Edit| state.dispatch(Action::Edit(edit, clock::fresh())))
    };
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
                    <RequestForm request={req} problems={problems.clone()} {onedit} />
                </div>
                <div class="col-output">
                    <Summary problems={problems} />
                    <RequestView signed={signed} />
                    <Responses response={response} tab={state.shown_tab()} {onshow} />
                </div>
            </main>
        </div>
    }
}
