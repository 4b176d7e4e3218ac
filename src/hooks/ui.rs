//! The one callback every child gets.

use std::cell::RefCell;

use vsg_core::mock::RuntimeError;
use vsg_core::Request;
use yew::prelude::*;

use crate::app::texts::{copy, save, send, Sources};
use crate::browser::{clock, dom};
use crate::labels::dom_id;
use crate::state::{Action, State};
use crate::ui::Ui;

/// Does what the user asked: most messages are actions of the reducer (with a fresh
/// nonce and time where the request changes); focus, copies and downloads happen
/// here, with what the latest render showed.
fn handle(
    ui: Ui,
    d: &UseReducerDispatcher<State>,
    latest: &RefCell<Option<Sources>>,
    root: &NodeRef,
) {
    let action = match ui {
        Ui::Edit(edit) => Action::Edit(edit, clock::fresh()),
        Ui::Raw(list, text) => Action::Raw(list, text, clock::fresh()),
        Ui::Undo => Action::Undo(clock::fresh()),
        Ui::Redo => Action::Redo(clock::fresh()),
        Ui::Reset => {
            let Some(s) = latest.borrow().clone() else {
                return;
            };
            s.sandbox.change(|sandbox| sandbox.reset());
            Action::Replace(Box::new(Request::example(s.request.op)), clock::fresh())
        }
        Ui::Send => {
            let Some(s) = latest.borrow().clone() else {
                return;
            };
            // A nonce is used once: the next request gets a fresh one (unless typed).
            if !send(&s) || s.options.readonly {
                return;
            }
            Action::Regenerate(clock::fresh())
        }
        Ui::Lang(l) => Action::Lang(Some(l)),
        Ui::Theme(t) => Action::Theme(Some(t)),
        Ui::Simulate(code) => Action::Simulate(RuntimeError::find(&code)),
        Ui::Show(tab) => Action::Show(tab),
        Ui::Response(f) => Action::ShowResponse(f),
        Ui::Signature(v) => Action::Signature(v),
        Ui::Snippet(l) => Action::Snippet(l),
        Ui::Regenerate => Action::Regenerate(clock::fresh()),
        Ui::ImportText(text) => Action::ImportText(text),
        Ui::Import => Action::Import(clock::fresh()),
        Ui::Focus(field) => {
            if let Some(root) = root.cast::<web_sys::Element>() {
                dom::focus(&root, &dom_id(&field));
            }
            return;
        }
        Ui::Copy(target) => {
            if let Some(s) = latest.borrow().clone() {
                copy(target, d, &s, root);
            }
            return;
        }
        Ui::Download(what) => {
            if let Some(s) = latest.borrow().clone() {
                save(what, &s);
            }
            return;
        }
    };
    d.dispatch(action);
}

/// Undo (Ctrl+Z, ⌘Z) and redo (Ctrl+Shift+Z, Ctrl+Y) inside the playground, unless
/// it is read-only.
pub fn history_keys(on: &Callback<Ui>, readonly: bool) -> Callback<KeyboardEvent> {
    let on = on.clone();
    Callback::from(move |e: KeyboardEvent| {
        let ctrl = (e.ctrl_key() || e.meta_key()) && !e.alt_key() && !readonly;
        let ui = match e.key().as_str() {
            "z" | "Z" if ctrl && e.shift_key() => Ui::Redo,
            "z" | "Z" if ctrl => Ui::Undo,
            "y" | "Y" if ctrl => Ui::Redo,
            _ => return,
        };
        e.prevent_default();
        on.emit(ui);
    })
}

/// The callback for every child, made once (so that the children's props compare
/// equal and skip re-rendering); `now` is what this render shows, for the copies and
/// downloads, and `root` the playground's element, for focus.
#[hook]
pub fn use_ui(
    dispatcher: UseReducerDispatcher<State>,
    root: NodeRef,
    now: Sources,
) -> Callback<Ui> {
    let latest = use_mut_ref(|| None::<Sources>);
    *latest.borrow_mut() = Some(now);
    use_callback((), move |ui: Ui, _| handle(ui, &dispatcher, &latest, &root))
}
