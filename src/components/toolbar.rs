//! The bar above the form: language, theme, undo and redo, link, reset, downloads and
//! the simulated runtime error.

use vsg_core::mock::RUNTIME_ERRORS;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlSelectElement};
use yew::prelude::*;

use super::copy_status;
use super::select::shown;
use crate::i18n::{runtime_error, Lang};
use crate::labels::copy_shown;
use crate::options::{Controls, Theme};
use crate::state::{Copied, CopyTarget, Download};
use crate::ui::Ui;

/// Properties of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The toolbar's accessible name: the request's (`CreateVServerGroup request`).
    pub name: AttrValue,
    /// The page's language.
    pub lang: Lang,
    /// The theme shown.
    pub theme: Theme,
    /// Nothing editable: no undo, redo or reset.
    pub readonly: bool,
    /// Whether undo and redo have something to do.
    pub can_undo: bool,
    /// See `can_undo`.
    pub can_redo: bool,
    /// The simulated runtime error's code, if any.
    pub simulate: Option<&'static str>,
    /// The last copy.
    pub copied: Option<Copied>,
    /// What the user does.
    pub on: Callback<Ui>,
    /// The link, shown to be selected when copying it failed.
    pub link: Option<AttrValue>,
    /// From an embed: the standalone page with this request.
    pub open_full: Option<String>,
    /// Whether there is a response to download (none when the request cannot be sent).
    pub has_response: bool,
    /// The controls shown besides the bar (an embed shows language, theme and the
    /// simulated failure only when asked).
    pub controls: Controls,
    /// An embed's bar: one line, the less used actions (reset, downloads) in a menu.
    pub compact_bar: bool,
}

/// A select's change as a message: `make(value)`, when there is one.
fn on_select(cb: &Callback<Ui>, make: fn(&str) -> Option<Ui>) -> Callback<Event> {
    let cb = cb.clone();
    Callback::from(move |e: Event| {
        if let Some(ui) = make(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
            cb.emit(ui);
        }
    })
}

/// A button's click as a message.
fn on_click(cb: &Callback<Ui>, ui: Ui) -> Callback<MouseEvent> {
    let cb = cb.clone();
    Callback::from(move |_| cb.emit(ui.clone()))
}

/// A click in the menu: an item chosen (a button) closes it, the focus back on its
/// summary.
fn on_choose(e: MouseEvent) {
    let item = e.target_unchecked_into::<Element>();
    if let (Ok(Some(_)), Ok(Some(menu))) = (item.closest("button"), item.closest("details")) {
        let _ = menu.remove_attribute("open");
        if let Some(summary) = menu.first_element_child() {
            let _ = summary.unchecked_into::<HtmlElement>().focus();
        }
    }
}

/// The toolbar.
#[component]
pub fn Toolbar(p: &ToolbarProps) -> Html {
    let t = p.lang.tr();
    let history = |ui: Ui, label: &'static str, testid: &'static str, enabled: bool| {
        let keys = if matches!(ui, Ui::Undo) {
            "Control+Z"
        } else {
            "Control+Shift+Z"
        };
        html! {
            <button type="button" data-testid={testid} disabled={!enabled} aria-keyshortcuts={keys}
                    onclick={on_click(&p.on, ui)}>{ label }</button>
        }
    };
    let download = |what: Download, label: &'static str| {
        let none = matches!(what, Download::Json | Download::Xml) && !p.has_response;
        html! {
            <li><button type="button" class="link" disabled={none} onclick={on_click(&p.on, Ui::Download(what))}>{ label }</button></li>
        }
    };
    let simulate = p.simulate.unwrap_or_default();
    let reset = (!p.readonly).then(|| html! {
        <button type="button" data-testid="reset" onclick={on_click(&p.on, Ui::Reset)}>{ t.reset }</button>
    });
    html! {
        <div class="toolbar" role="toolbar" aria-label={p.name.clone()} data-compact={p.compact_bar.then_some("true")}>
            if p.controls.language {
            <label class="inline">
                <span>{ t.language }</span>
                <select data-testid="language" ~value={shown(p.lang.tag())} onchange={on_select(&p.on, |v| Lang::parse(v).map(Ui::Lang))}>
                    <option value={Lang::En.tag()} lang={Lang::En.tag()} selected={p.lang == Lang::En}>{ Lang::En.name() }</option>
                    <option value={Lang::Zh.tag()} lang={Lang::Zh.tag()} selected={p.lang == Lang::Zh}>{ Lang::Zh.name() }</option>
                </select>
            </label>
            }
            if p.controls.theme {
            <label class="inline">
                <span>{ t.theme }</span>
                <select data-testid="theme" ~value={shown(p.theme.as_str())} onchange={on_select(&p.on, |v| Theme::parse(v).map(Ui::Theme))}>
                    <option value={Theme::Auto.as_str()} selected={p.theme == Theme::Auto}>{ t.theme_auto }</option>
                    <option value={Theme::Light.as_str()} selected={p.theme == Theme::Light}>{ t.theme_light }</option>
                    <option value={Theme::Dark.as_str()} selected={p.theme == Theme::Dark}>{ t.theme_dark }</option>
                </select>
            </label>
            }
            if !p.readonly {
                <span class="group">
                    { history(Ui::Undo, t.undo, "undo", p.can_undo) }
                    { history(Ui::Redo, t.redo, "redo", p.can_redo) }
                </span>
            }
            <span class="group">
                <button type="button" data-testid="copy-link" onclick={on_click(&p.on, Ui::Copy(CopyTarget::Link))}>{ t.copy_link }</button>
                { copy_status(CopyTarget::Link, p.copied, p.lang) }
                if let Some(link) = &p.link {
                    <input class="link-text" data-testid={copy_shown(CopyTarget::Link)} readonly=true aria-label={t.copy_link} value={link.clone()} />
                }
            </span>
            if let Some(href) = &p.open_full {
                <a href={href.clone()} target="_blank" rel="noopener" data-testid="open-full">{ t.open_full }</a>
            }
            if !p.compact_bar {
                { reset.clone().unwrap_or_default() }
            }
            <details class="menu">
                <summary data-testid="download">{ if p.compact_bar { t.more } else { t.download } }</summary>
                <ul onclick={on_choose}>
                    if p.compact_bar {
                        if let Some(reset) = reset {
                            <li>{ reset }</li>
                        }
                    }
                    { download(Download::Url, t.download_url) }
                    { download(Download::Cli, t.download_cli) }
                    { download(Download::Json, t.download_json) }
                    { download(Download::Xml, t.download_xml) }
                    if !p.has_response {
                        <li class="hint" data-testid="download-note">{ t.not_sent_note }</li>
                    }
                </ul>
            </details>
            if p.controls.simulate || p.simulate.is_some() {
            <label class="inline">
                <span>{ t.simulate }</span>
                <select data-testid="simulate" ~value={shown(simulate)} onchange={on_select(&p.on, |v| Some(Ui::Simulate(v.to_string())))}>
                    <option value="" selected={p.simulate.is_none()}>{ t.simulate_none }</option>
                    { for RUNTIME_ERRORS.iter().map(|e| html! {
                        <option value={e.code} selected={simulate == e.code}>{ runtime_error(e) }</option>
                    }) }
                </select>
            </label>
            }
        </div>
    }
}
