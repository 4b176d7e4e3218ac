// <vsg-playground>: the CreateVServerGroup playground as a custom element.
//
//   <script type="module" src=".../vsg-playground.js"></script>
//   <vsg-playground preset="v1&r=cn-hangzhou&…" lang="zh-CN" theme="dark"
//                   panels="form,request,responses" readonly compact></vsg-playground>
//
// The wasm module loads once per page, however many elements there are; each element is
// its own playground (its own state) in an open shadow root, styled by one constructed
// stylesheet shared by all of them. Changing an attribute updates the element; the
// element dispatches `vsg-change` with `detail: { preset }` when its request changes.
// `mount(element, options)` does the same from script.
//
// The build (scripts/postbuild.mjs) fills in the file names below and minifies this file.
const here = new URL('.', import.meta.url);
const GLUE = new URL('./__GLUE__', here).href;
const WASM = new URL('./__WASM__', here).href;
const CSS = new URL('./__CSS__', here).href;
const PAGE = new URL('./index.html', here).href;
const ATTRIBUTES = ['preset', 'lang', 'theme', 'panels', 'readonly', 'compact', 'simulate', 'operation', 'sandbox'];

let module;
/** The wasm module's exports, instantiated once. */
function load() {
  module ??= import(GLUE).then(async (glue) => {
    await glue.default({ module_or_path: WASM });
    return glue;
  });
  return module;
}

let sheet;
/** The playground's stylesheet, fetched once and shared by every shadow root. */
function stylesheet() {
  sheet ??= fetch(CSS)
    .then((r) => r.text())
    .then((css) => {
      const s = new CSSStyleSheet();
      s.replaceSync(css);
      return s;
    });
  return sheet;
}

/** The attributes' values in ATTRIBUTES order (null when absent), then the page. */
function options(el) {
  return [...ATTRIBUTES.map((name) => el.getAttribute(name)), PAGE];
}

// The roots of removed elements, for the next element to connect: a root is a container
// (the shadow root's `.vsg-root`) and the Yew app rendering into it (`Mounted`). Yew never
// frees an app's event delegation (its listeners on the container are forgotten closures
// that keep the app and the container), so removing an element unmounts its playground and
// parks the root here rather than making a new app for every element: a page holds only as
// many roots as it ever shows elements at once, however often elements come and go.
const parked = [];

export class VsgPlayground extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  /** This element's root while connected: { container, app }. */
  #root;

  connectedCallback() {
    // A pre-rendered element arrives with its shadow root (a declarative one, parsed
    // from `<template shadowrootmode="open">`): it is hydrated in place, never attached
    // anew (that would empty it). A template inserted by script is never parsed into a
    // shadow root: it is dropped, and the element renders as a bare one.
    if (!this.shadowRoot) this.querySelector(':scope > template[shadowrootmode]')?.remove();
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    Promise.all([load(), stylesheet()]).then(([glue, styles]) => {
      if (!this.isConnected || this.#root) return;
      shadow.adoptedStyleSheets = [styles];
      const prerendered = [...shadow.children].find((c) => c.matches('.vsg-root[data-build]'));
      const root = prerendered ? undefined : parked.pop();
      if (prerendered) {
        // The app renders into a container of its own and takes the pre-rendered one's
        // place once rendered (starting from its state when it is this build's and these
        // attributes'): nothing is painted in between.
        const container = document.createElement('div');
        container.className = 'vsg-root';
        this.#root = { container, app: glue.mount(container, this, options(this), prerendered) };
      } else if (root) {
        shadow.append(root.container);
        root.app.remount(this, options(this));
        this.#root = root;
      } else {
        const container = document.createElement('div');
        container.className = 'vsg-root';
        shadow.append(container);
        this.#root = { container, app: glue.mount(container, this, options(this), null) };
      }
      this.dispatchEvent(new CustomEvent('vsg-ready', { bubbles: true, composed: true }));
    });
  }

  disconnectedCallback() {
    const root = this.#root;
    if (!root) return;
    this.#root = undefined;
    root.app.unmount();
    // Yew frees the playground in its next run; its DOM goes now (Yew tolerates that), so
    // that the next element never shows this one's playground, even for a moment.
    root.container.replaceChildren();
    root.container.remove();
    parked.push(root);
  }

  attributeChangedCallback() {
    this.#root?.app.update(options(this));
  }
}

if (!customElements.get('vsg-playground')) customElements.define('vsg-playground', VsgPlayground);

/**
 * Renders a playground in `element` with `options` (the attributes, as an object:
 * `{ preset, lang, theme, panels, readonly, compact, simulate }`). `element` may be a
 * `<vsg-playground>` itself; otherwise one is created inside it. Returns the element:
 * change its attributes later to update it.
 */
export function mount(element, opts = {}) {
  const el = element instanceof VsgPlayground ? element : document.createElement('vsg-playground');
  for (const [name, value] of Object.entries(opts)) {
    if (!ATTRIBUTES.includes(name) || value === false || value == null) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  if (el !== element) element.append(el);
  return el;
}
