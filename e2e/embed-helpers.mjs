// Shared set-up for the embedding tests (embed, isolation, i18n-theme, a11y-embed): host
// pages served from the same origin as dist/ (intercepted URLs, built from the fixtures in
// e2e/fixtures/), the playground inside a <vsg-playground> element, the iframe mode.

import assert from 'node:assert/strict';
import path from 'node:path';
import { createRequire } from 'node:module';

import { eventually, newPage, fixture, takenOver } from './helpers.mjs';

export { newPage };
import { MIME } from './server.mjs';

/** The strict policy a docs site may impose. */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** The element's script, as a host page loads it. */
export const SCRIPT_TAG = '<script type="module" src="vsg-playground.js"></script>';

export const LIGHT_BG = 'rgb(246, 247, 249)';
export const DARK_BG = 'rgb(20, 23, 28)';

export const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** A fixture page with its <!--HEAD--> and <!--BODY--> markers filled in. */
export function hostHtml({ head = SCRIPT_TAG, body = '', file = 'host.html' } = {}) {
  return fixture(file).replace('<!--HEAD-->', head).replace('<!--BODY-->', body);
}

/**
 * Serves `html` at `<server>/<name>` (default host.html) and the fixture files at
 * `<server>/<fixture name>` for the fixtures the page links (rich-host.css, hostile.css,
 * iframe-host.js, …), all from the origin of dist/ (with `headers`, e.g. a CSP).
 */
export async function routeHost(page, server, html, { name = 'host.html', headers = {} } = {}) {
  const origin = new URL(server.url).origin;
  const at = (file) => (url) => url.origin === origin && url.pathname === '/' + file;
  await page.route(at(name), (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html, headers }),
  );
  for (const file of ['rich-host.css', 'hostile.css', 'iframe-host.js']) {
    await page.route(at(file), (route) =>
      route.fulfill({
        contentType: MIME[path.extname(file)],
        body: fixture(file),
        headers,
      }),
    );
  }
}

/** Waits until every <vsg-playground> of the page has rendered its playground. */
export async function elementsReady(page, count) {
  await eventually(
    async () => {
      const n = await page.evaluate(() =>
        [...document.querySelectorAll('vsg-playground')].filter((el) => el.shadowRoot?.querySelector('.vsg')).length,
      );
      if (count === undefined) {
        const total = await page.locator('vsg-playground').count();
        assert.ok(total > 0 && n === total, `${n} of ${total} elements rendered`);
      } else {
        assert.equal(n, count, `${n} of ${count} elements rendered`);
      }
    },
    { timeout: 30_000 },
  );
  await takenOver(page);
}

/**
 * Opens a host page (fixture `file`, default host.html) whose <main> holds `body` (e.g.
 * `<vsg-playground id="a"></vsg-playground>`), and waits for its elements to render.
 */
export async function openHost(env, t, { body = '', head = SCRIPT_TAG, file, headers, contextOptions, beforeGoto, wait = true } = {}) {
  const app = await newPage(env, t, { contextOptions });
  if (beforeGoto) await beforeGoto(app.context, app.page);
  await routeHost(app.page, env.server, hostHtml({ head, body, file }), { headers });
  await app.page.goto(env.server.url + 'host.html');
  if (wait && body.includes('<vsg-playground')) await elementsReady(app.page);
  return app;
}

/** The standalone page (index.html plus `query`), rendered. */
export async function openPage(env, t, { query = '', contextOptions, beforeGoto } = {}) {
  const app = await newPage(env, t, { contextOptions });
  if (beforeGoto) await beforeGoto(app.context, app.page);
  await app.page.goto(env.server.url + 'index.html' + query);
  await app.page.locator('.vsg').waitFor({ state: 'attached', timeout: 30_000 });
  await takenOver(app.page);
  return app;
}

/** `index.html?embed&…` with these query parameters (values encoded). */
export function embedUrl(server, params = {}) {
  const q = new URLSearchParams(params).toString();
  return `${server.url}index.html?embed${q ? '&' + q : ''}`;
}

/** The attributes of an element as an object (the .vsg root by default). */
export async function attributes(locator) {
  return locator.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
}

/** The computed background colour of the playground's root `.vsg` under `scope`. */
export async function rootBackground(scope) {
  return scope.locator('.vsg').first().evaluate((el) => getComputedStyle(el).backgroundColor);
}

/** The output tabs' names under `scope`, in order. */
export const tabNames = (scope) => scope.getByRole('tablist').first().getByRole('tab').allTextContents();

/** Runs axe on the page's document (it pierces open shadow roots); violations as lines. */
export async function axe(page, { disableRules = [] } = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(
    (disableRules) =>
      window.axe.run(document, {
        resultTypes: ['violations'],
        rules: Object.fromEntries(disableRules.map((r) => [r, { enabled: false }])),
      }),
    disableRules,
  );
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.map(String).join(' > ')).join(', ')})`,
  );
}

/** The attributes of the document's <html> and <body>. */
export async function htmlBodyAttributes(page) {
  return page.evaluate(() => {
    const of = (el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
    return { html: of(document.documentElement), body: of(document.body) };
  });
}

/** An element <vsg-playground id="…"> with attributes (values escaped). */
export function element(id, attrs = {}) {
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const list = Object.entries(attrs)
    .filter(([, v]) => v !== false && v != null)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(v)}"`))
    .join('');
  return `<vsg-playground id="${id}"${list}></vsg-playground>`;
}
