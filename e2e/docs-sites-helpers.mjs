// Shared set-up for the documentation-site tests (docs-sites.test.mjs) and their pictures
// (scripts/screenshot-docs-sites.mjs): the two sites scripts/build-docs-sites.sh builds
// into target/docs-sites/, each served by the tests' static server and opened at the
// origin it is published on (the browser's requests to that origin are answered from the
// server; any other origin is refused and recorded), their pages, toggles and links, and
// the measures taken on them (layout shifts, memory after garbage collection).

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { repoRoot, launchBrowser, newPage } from './helpers.mjs';
import { serve } from './server.mjs';

/** Where scripts/build-docs-sites.sh puts the sites. */
export const sitesDir = path.join(repoRoot, 'target', 'docs-sites');

/**
 * The two sites: their origin (mkdocs-material's instant navigation only takes the links
 * its sitemap names, written from `site_url`, so that site is opened there), the paths of
 * their pages, how a reader switches the theme, their content column and their own header
 * and navigation.
 */
export const SITES = {
  mkdocs: {
    name: 'mkdocs-material',
    origin: 'https://docs.example.com',
    pages: { overview: '/', element: '/element/', iframe: '/iframe/', prerendered: '/prerendered/' },
    /** The palette toggle shown (one per scheme, the other hidden). */
    toggle: (page) => page.locator('form[data-md-component="palette"] label.md-header__button:not([hidden])'),
    /** Whether the site shows its dark scheme. */
    isDark: (page) => page.evaluate(() => document.body.getAttribute('data-md-color-scheme') === 'slate'),
    content: 'article.md-content__inner',
    /** The site's own header and navigation. */
    chrome: ['header.md-header', '.md-sidebar--primary', '.md-nav__link'],
  },
  vitepress: {
    name: 'VitePress',
    origin: 'https://vitepress.example.com',
    pages: { overview: '/', element: '/element.html', iframe: '/iframe.html', prerendered: '/prerendered.html' },
    /** The appearance switch of the navigation bar (the mobile menu has another). */
    toggle: (page) => page.locator('.VPNavBarAppearance button.VPSwitchAppearance'),
    isDark: (page) => page.evaluate(() => document.documentElement.classList.contains('dark')),
    content: '.vp-doc',
    chrome: ['.VPNavBar', '.VPSidebar', '.VPSidebarItem .link'],
  },
};

/** The links every page of both sites has in its prose (docs-sites/*: index, element, …). */
export const TO_ELEMENT = 'Try the playground';
export const TO_IFRAME = 'in a frame';
/** The element's script, as the sites load it. */
export const ELEMENT_SCRIPT = '/vsg-playground/vsg-playground.js';
export const TO_OVERVIEW = 'Back to the overview';

/** The ServerIds of the sites' preset: 22 characters each, an ECS instance's length. */
export const SERVER_IDS = ['i-bp1a2b3c4d5e6f7g8h9i', 'i-bp1h8g7f6e5d4c3b2a1j'];

/** Fails with a clear message when the sites are not built. */
export function assertSites() {
  for (const [site, { pages }] of Object.entries(SITES)) {
    const file = path.join(sitesDir, site, pages.element.endsWith('/') ? pages.element + 'index.html' : pages.element);
    if (!fs.existsSync(file)) {
      assert.fail(
        `The ${site} site is not built: ${file} does not exist. Run \`bash scripts/build-docs-sites.sh\` ` +
          '(after the release build, scripts/build.sh) from the repository root first.',
      );
    }
  }
}

/**
 * Registers before/after hooks for the current test file: a static server on each site's
 * folder and one Chromium (`launchBrowser`, with `args`). Returns { browser, servers }.
 */
export function useSites({ args = [] } = {}) {
  const env = { browser: null, servers: {} };
  before(async () => {
    assertSites();
    for (const site of Object.keys(SITES)) env.servers[site] = await serve(path.join(sitesDir, site));
    env.browser = await launchBrowser({ args });
  });
  after(async () => {
    await env.browser?.close().catch(() => {});
    for (const server of Object.values(env.servers)) await server.close();
  });
  return env;
}

/**
 * A fresh context and page (helpers' newPage: error capture, closed after `t`) whose
 * requests to the site's origin are answered by its server, and any other request is
 * refused and recorded in `foreign`. `beforeGoto(context, page)` runs before navigation;
 * `block` is a list of paths answered with 404 (e.g. the element's script). Opens `page`
 * (a key of the site's pages, or a path) and returns the page object with `site`,
 * `origin`, `foreign`.
 */
export async function openSite(env, t, site, pageName = 'element', { contextOptions = {}, beforeGoto, block = [] } = {}) {
  const { origin, pages } = SITES[site];
  const server = env.servers[site];
  const app = await newPage(env, t, { contextOptions: { viewport: { width: 1280, height: 900 }, ...contextOptions } });
  const foreign = [];
  await app.context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) {
      foreign.push(url.href);
      return route.abort();
    }
    if (block.includes(url.pathname)) return route.fulfill({ status: 404, body: 'blocked by the test\n' });
    const response = await route.fetch({ url: server.url + url.pathname.slice(1) + url.search });
    return route.fulfill({ response });
  });
  if (beforeGoto) await beforeGoto(app.context, app.page);
  await app.page.goto(origin + (pages[pageName] ?? pageName));
  return { ...app, site, origin, foreign };
}

/** The <vsg-playground> of the page (the sites' pages have one at most). */
export const playground = (page) => page.locator('vsg-playground');

/**
 * Waits until the page's element shows its playground (the signed request URL of the
 * sites' preset is in its shadow root) and returns that URL.
 */
export async function elementRendered(page, timeout = 30_000) {
  const handle = await page.waitForFunction(
    (id) => {
      const url = document.querySelector('vsg-playground')?.shadowRoot?.querySelector('[data-testid="request-url"]');
      const text = url?.textContent ?? '';
      return text.includes('Action=CreateVServerGroup') && text.includes(id) && text;
    },
    SERVER_IDS[0],
    { timeout, polling: 'raf' },
  );
  return handle.jsonValue();
}

/**
 * Resolves once the page's clock (performance.now(), from the navigation) reads `until`
 * ms, counting animation frames: the quiet period after a state, for measures that cover
 * "until so long after" it (layout shifts are reported in the frame that makes them).
 * Returns the time reached.
 */
export function framesUntil(page, until) {
  return page.evaluate(
    (until) =>
      new Promise((resolve) => {
        const tick = (now) => (now >= until ? resolve(now) : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    until,
  );
}

/** The page's clock now (ms since the navigation started). */
export const pageClock = (page) => page.evaluate(() => performance.now());

/** Waits until no animation or transition of the document is running (e.g. a site's fade-ins). */
export async function animationsDone(page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { polling: 'raf' });
}

/**
 * An init script: records every layout shift from the navigation on (PerformanceObserver,
 * `layout-shift`, buffered) in `window.__shifts`: value, time, whether input preceded it,
 * the shifted nodes with their top and height before → after, and whether the element
 * can have caused it (`byElement`): a shift is the site's own only when every node it moved
 * comes before the page's <vsg-playground> in the document or contains it, or (outside the
 * element) appeared from or vanished to an empty box: a box that grows moves what follows
 * it, never what precedes or holds it, and it never makes a node appear or vanish (the site
 * showing or hiding its own content, as mkdocs-material does on a loaded machine). Any other
 * shift, one without nodes, or one on a page without the element counts as the element's.
 */
export function recordLayoutShifts() {
  window.__shifts = [];
  // The node of the document `n` is in: itself, or the host of its shadow root(s).
  const inDocument = (n) => {
    while (n.getRootNode() instanceof ShadowRoot) n = n.getRootNode().host;
    return n;
  };
  new PerformanceObserver((list) => {
    const el = document.querySelector('vsg-playground');
    for (const e of list.getEntries()) {
      const sources = e.sources ?? [];
      const siteOwn =
        el != null &&
        sources.length > 0 &&
        sources.every((s) => {
          if (!s.node) return false;
          const n = inDocument(s.node);
          if (n === el) return false;
          const empty = (r) => r.width === 0 && r.height === 0;
          return n.contains(el) || (el.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_PRECEDING) !== 0 ||
            empty(s.previousRect) || empty(s.currentRect);
        });
      window.__shifts.push({
        value: e.value,
        time: e.startTime,
        input: e.hadRecentInput,
        byElement: !siteOwn,
        nodes: sources.map((s) => {
          const n = s.node;
          const name = !n || n.nodeType !== 1
            ? n?.nodeName ?? '?'
            : n.localName + (n.id ? '#' + n.id : '') + (typeof n.className === 'string' && n.className.trim() ? '.' + n.className.trim().split(/\s+/).join('.') : '');
          const r = (b) => `${Math.round(b.y)}+${Math.round(b.height)}`;
          return `${name} ${r(s.previousRect)}→${r(s.currentRect)}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * The layout shifts recorded so far, those after recent input left out: `cls` the page's
 * (their sum), `element` the sum of those the element can have caused, and each shift.
 */
export async function layoutShifts(page) {
  const shifts = (await page.evaluate(() => window.__shifts)).filter((s) => !s.input);
  const sum = (list) => list.reduce((total, s) => total + s.value, 0);
  return { cls: sum(shifts), element: sum(shifts.filter((s) => s.byElement)), shifts };
}


/** The site's copy of the playground's wasm-bindgen glue, as a path of the site. */
export function glueOf(site) {
  const dir = path.join(sitesDir, site, 'vsg-playground');
  const name = fs.readdirSync(dir).find((f) => /^vsg-playground-[0-9a-f]+\.js$/.test(f));
  assert.ok(name, `no wasm-bindgen glue (vsg-playground-<hash>.js) in ${dir}`);
  return `/vsg-playground/${name}`;
}


/** WCAG relative luminance of a computed `rgb(…)` colour. */
export function luminance(color) {
  const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(color);
  assert.ok(m, `not an rgb() colour: ${color}`);
  const lin = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(+m[1]) + 0.7152 * lin(+m[2]) + 0.0722 * lin(+m[3]);
}
