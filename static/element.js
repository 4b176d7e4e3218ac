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
const ATTRIBUTES = ['preset', 'lang', 'theme', 'panels', 'readonly', 'compact', 'simulate', 'operation', 'sandbox', 'controls'];

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

/**
 * The attributes' values in ATTRIBUTES order (null when absent), then the page; the theme
 * is `theme`, the one the element resolved (`themeOf`).
 */
function options(el, theme) {
  return [...ATTRIBUTES.map((name) => (name === 'theme' ? theme : el.getAttribute(name))), PAGE];
}

// ---- The host page's theme ----
//
// Pages mark their theme in one of two ways. Most set `color-scheme` (mkdocs-material's
// dark scheme on <body>, VitePress on <html class="dark">); the element reads it on its
// parent, since the shadow stylesheet's `:host { all: initial }` resets its own. Others
// only change colours (Sphinx's Furo: `body[data-theme]`): then the background behind the
// element decides. A page that marks neither leaves the app on `auto`.

const DARK_SCHEME = matchMedia('(prefers-color-scheme: dark)');

/** The node the element sits in: its parent element, or the host of its shadow root. */
function up(node) {
  return node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
}

let probe;
/** A CSS colour as [r, g, b, a] (0–255, alpha 0–1), whatever syntax the browser computes. */
function rgba(color) {
  const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(color);
  if (m) return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
  // oklch(), color(srgb …), …: painted on a pixel and read back.
  probe ??= new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** WCAG relative luminance of an sRGB colour (0–255 channels). */
function luminance([r, g, b]) {
  const lin = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * `light` or `dark` as the page marks it around `el`, or null when it marks neither: the
 * `color-scheme` its parent computes when that names one scheme only, else the background
 * behind it (the ancestors' backgrounds composited from the nearest outwards until opaque;
 * over white when they never are) when there is one: dark when white text would read better
 * on it than black (luminance below 0.179).
 */
function pageTheme(el) {
  const parent = up(el);
  if (!parent) return null;
  const scheme = getComputedStyle(parent).colorScheme.split(/\s+/);
  const light = scheme.includes('light');
  const dark = scheme.includes('dark');
  if (light !== dark) return dark ? 'dark' : 'light';
  // Front-to-back compositing: `color` is premultiplied, `alpha` what is covered so far.
  const color = [0, 0, 0];
  let alpha = 0;
  for (let node = parent; node && alpha < 0.999; node = up(node)) {
    const [r, g, b, a] = rgba(getComputedStyle(node).backgroundColor);
    if (a === 0) continue;
    const w = (1 - alpha) * a;
    color[0] += r * w;
    color[1] += g * w;
    color[2] += b * w;
    alpha += w;
  }
  if (alpha === 0) return null;
  const rest = (1 - alpha) * 255;
  return luminance(color.map((c) => c + rest)) < 0.179 ? 'dark' : 'light';
}

/** The theme the app is given: the attribute's `light` or `dark`, else the page's, else `auto`. */
function themeOf(el) {
  const value = el.getAttribute('theme')?.trim().toLowerCase();
  if (value === 'light' || value === 'dark') return value;
  return pageTheme(el) ?? 'auto';
}

// The connected elements' `#followPage`, called when the page may have changed its theme:
// on a change of an attribute of <html> or <body> (class, style, data-*: where sites keep
// their toggle's state), of the system's scheme (pages that follow it in CSS), and at the
// end of a colour transition on the page (a background read mid-way is neither). One
// observer and two listeners for all of them, there only while an element is connected.
const following = new Set();
let watcher;

function pageChanged() {
  for (const followPage of following) followPage();
}

function onTransition(e) {
  if (/color|background/.test(e.propertyName)) pageChanged();
}

function follow(followPage) {
  following.add(followPage);
  if (watcher) return;
  watcher = new MutationObserver(pageChanged);
  for (const node of [document.documentElement, document.body]) if (node) watcher.observe(node, { attributes: true });
  DARK_SCHEME.addEventListener('change', pageChanged);
  document.addEventListener('transitionend', onTransition, true);
}

function unfollow(followPage) {
  following.delete(followPage);
  if (following.size > 0 || !watcher) return;
  watcher.disconnect();
  watcher = undefined;
  DARK_SCHEME.removeEventListener('change', pageChanged);
  document.removeEventListener('transitionend', onTransition, true);
}

/**
 * About how tall a bare element will be (its compact layout; measured on the build of
 * December 2026) in a docs column (688–760 px wide), or on a phone (under 480 px): its bar,
 * then the form (its fields, folds and a line pair per server of the preset; the example's
 * 3 each with a warning under it, a card each on a phone) and the output (summary, URL,
 * one answer).
 */
function reserved(el) {
  const panels = (el.getAttribute('panels') ?? '').split(/[\s,]+/).filter(Boolean);
  const all = panels.length === 0;
  const form = all || panels.includes('form');
  const output = all || panels.some((p) => p !== 'form');
  const servers = /(?:^|&)s=([^&]*)/.exec(el.getAttribute('preset') ?? '');
  const rows = servers ? servers[1].split(';').length : 3;
  const narrow = el.clientWidth > 0 && el.clientWidth < 480;
  const row = narrow ? (servers ? 322 : 353) : servers ? 62 : 80;
  return 46 + (form ? (narrow ? 422 : 254) + rows * row : 0) + (output ? (narrow ? 620 : 396) + (form ? 8 : 0) : 0);
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
  /** The theme the app was last given (`themeOf`). */
  #theme;

  connectedCallback() {
    // A pre-rendered element arrives with its shadow root (a declarative one, parsed
    // from `<template shadowrootmode="open">`): it is taken over in place, never attached
    // anew (that would empty it). A template inserted by script is never parsed into a
    // shadow root: it is dropped, and the element renders as a bare one.
    if (!this.shadowRoot) this.querySelector(':scope > template[shadowrootmode]')?.remove();
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    // A bare element reserves about the height its attributes imply until the playground
    // shows, so that the page around it barely moves.
    if (!shadow.firstChild && !this.#root) this.style.minHeight = `${reserved(this)}px`;
    follow(this.#followPage);
    Promise.all([load(), stylesheet()]).then(([glue, styles]) => {
      if (!this.isConnected || this.#root) return;
      shadow.adoptedStyleSheets = [styles];
      this.#theme = themeOf(this);
      const prerendered = [...shadow.children].find((c) => c.matches('.vsg-root[data-build]'));
      const root = prerendered ? undefined : parked.pop();
      if (prerendered) {
        // The app renders into a container of its own and takes the pre-rendered one's
        // place once rendered (starting from its state when it is this build's and these
        // attributes'): nothing is painted in between.
        const container = document.createElement('div');
        container.className = 'vsg-root';
        this.#root = { container, app: glue.mount(container, this, options(this, this.#theme), prerendered) };
      } else if (root) {
        shadow.append(root.container);
        root.app.remount(this, options(this, this.#theme));
        this.#root = root;
      } else {
        const container = document.createElement('div');
        container.className = 'vsg-root';
        shadow.append(container);
        this.#root = { container, app: glue.mount(container, this, options(this, this.#theme), null) };
      }
      requestAnimationFrame(() => this.style.removeProperty('min-height'));
      this.dispatchEvent(new CustomEvent('vsg-ready', { bubbles: true, composed: true }));
    });
  }

  disconnectedCallback() {
    unfollow(this.#followPage);
    // An element moved within the page (removed and inserted again in the same task, as
    // frameworks do when they re-order nodes) keeps its playground: the teardown waits for
    // the end of the task and is skipped if the element is back by then.
    queueMicrotask(() => {
      if (!this.isConnected) this.#teardown();
    });
  }

  /** Unmounts the playground and parks its root for the next element. */
  #teardown() {
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
    if (!this.#root) return;
    this.#theme = themeOf(this);
    this.#root.app.update(options(this, this.#theme));
  }

  /** The page may have changed its theme: the app is told when the resolved one did. */
  #followPage = () => {
    if (!this.#root) return;
    const theme = themeOf(this);
    if (theme === this.#theme) return;
    this.#theme = theme;
    this.#root.app.update(options(this, theme));
  };
}

if (!customElements.get('vsg-playground')) customElements.define('vsg-playground', VsgPlayground);

/**
 * Renders a playground in `element` with `options` (the attributes, as an object:
 * `{ preset, lang, theme, panels, readonly, compact, simulate, operation, sandbox, controls }`;
 * `true` sets an attribute empty, `false` or `null` leaves it out). `element` may be a
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
