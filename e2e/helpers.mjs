// Shared set-up for the end-to-end tests: one static server and one headless Chromium per
// test file (every Chromium of the tests comes from `launchBrowser`), a fresh browser context
// per test, the fixtures and reference files, the form's controls, and an independent
// signature v1 implementation (node:crypto) to check what the page computes.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { serve, DEFAULT_DIST } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root (the folder holding e2e/, src/, dist/). */
export const repoRoot = path.resolve(here, '..');
/** The build under test: ../dist, or $VSG_DIST_DIR when set. */
export const distDir = process.env.VSG_DIST_DIR ? path.resolve(process.env.VSG_DIST_DIR) : DEFAULT_DIST;

/** Per-test time limit for browser tests: a guard against hangs, far above normal run times. */
export const TEST_TIMEOUT = 120_000;

/** The Chromium the tests drive. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The flags every Chromium of the tests runs with. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The seed example's BackendServers as the page must emit it. */
export const SEED_BACKEND_SERVERS =
  '[{"ServerId":"vm-233","Port":"80","Weight":"100"},{"ServerId":"vm-232","Port":"90","Weight":"100"},{"ServerId":"vm-231","Port":"70","Weight":"100"}]';

/** The seed example's rows, as `formRows` reads them. */
export const SEED_ROWS = JSON.parse(SEED_BACKEND_SERVERS);

/** e2e/fixtures/: host pages, their styles and scripts, texts to import. */
export const fixturesDir = path.join(here, 'fixtures');

/** A fixture file's text. */
export function fixture(name) {
  return fs.readFileSync(path.join(fixturesDir, name), 'utf8');
}

/** Fails with a clear message when the release build is missing. */
export function assertDist() {
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) {
    assert.fail(
      `The release build is missing: ${index} does not exist. ` +
        'Run `bash scripts/build.sh` (trunk build --release) from the repository root first ' +
        '(or point VSG_DIST_DIR at a build).',
    );
  }
}

/**
 * The text of a reference file (api-facts.md, signature-vectors.json, …) from the
 * repository's copies in crates/vsg-core/tests/data/ — the same files the Rust tests read,
 * checked against ../shared/reference by crates/vsg-core/tests/reference_copies.rs.
 */
export function referenceText(name) {
  const file = path.join(repoRoot, 'crates', 'vsg-core', 'tests', 'data', name);
  if (!fs.existsSync(file)) {
    assert.fail(
      `The reference file ${name} is missing: ${file} does not exist. The repository keeps ` +
        'copies of the shared reference files in crates/vsg-core/tests/data/ ' +
        '(crates/vsg-core/tests/reference_copies.rs checks them against ../shared/reference); ' +
        'restore it from there or from git.',
    );
  }
  return fs.readFileSync(file, 'utf8');
}

/** The signature vectors computed by the official Python SDK signer. */
export function loadVectors() {
  return JSON.parse(referenceText('signature-vectors.json')).vectors;
}

/**
 * Launches the tests' Chromium: CHROMIUM_PATH with CHROMIUM_ARGS and then `args` (e.g.
 * `['--js-flags=--expose-gc']`); other `options` go to playwright's `chromium.launch`.
 */
export function launchBrowser({ args = [], ...options } = {}) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    timeout: 60_000,
    ...options,
    args: [...CHROMIUM_ARGS, ...args],
  });
}

/**
 * Registers before/after hooks for the current test file: a static server on dist/ (adding
 * `headers` to every answer) and one Chromium (`launchBrowser`, with `args` added to its
 * flags). Returns an object filled in by the `before` hook: { server, browser }.
 */
export function useApp({ args = [], headers = {} } = {}) {
  const env = { server: null, browser: null };
  before(async () => {
    assertDist();
    env.server = await serve(distDir, { headers });
    env.browser = await launchBrowser({ args });
  });
  after(async () => {
    await env.browser?.close().catch(() => {});
    await env.server?.close();
  });
  return env;
}

const CRASH = /panicked|unreachable|RuntimeError/i;

/**
 * A fresh context and page with the usual error capture; the page is not navigated.
 * `contextOptions` go to newContext (locale, viewport, …). The context is closed after
 * the test when `t` is given.
 */
export async function newPage(env, t, { contextOptions = {} } = {}) {
  const context = await env.browser.newContext(contextOptions);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const pageErrors = [];
  const consoleErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e?.stack ?? e)));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  if (t) t.after(() => context.close().catch(() => {}));
  return {
    page,
    context,
    pageErrors,
    consoleErrors,
    /** Asserts the page threw nothing and logged no Rust panic / wasm trap. */
    assertHealthy() {
      assert.deepEqual(pageErrors, [], 'uncaught page errors');
      assert.deepEqual(
        consoleErrors.filter((m) => CRASH.test(m)),
        [],
        'console errors reporting a panic or a wasm trap',
      );
    },
  };
}

/**
 * The request URL of a live playground: pre-rendered markup is `inert` until the wasm has
 * taken it over.
 */
export const LIVE_URL = '[data-testid="request-url"]:not([inert] *)';

/**
 * Waits until every playground of `page` is live: pre-rendered markup is `inert` until
 * the wasm has taken it over (the locator pierces shadow roots).
 */
export async function takenOver(page) {
  await page.locator('[inert]').first().waitFor({ state: 'detached', timeout: 30_000 });
}

/** Waits until the app in `page` has rendered (its request URL is there) and is live. */
export async function appReady(page) {
  await page.locator('[data-testid="request-url"]').waitFor({ state: 'attached', timeout: 30_000 });
  await takenOver(page);
}

/**
 * Opens the page (or `url`, e.g. a permalink) in a fresh context — no storage, nothing
 * shared with another test's or this test's other pages — and waits until the app has
 * rendered. `beforeGoto(context, page)` runs before navigation (to attach listeners).
 * The context is closed after the test when `t` is given.
 */
export async function openApp(env, t, { url = env.server.url, beforeGoto } = {}) {
  const app = await newPage(env, t);
  if (beforeGoto) await beforeGoto(app.context, app.page);
  await app.page.goto(url);
  await appReady(app.page);
  return app;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Retries `fn` (which throws while not yet true) until it passes or `timeout` ms passed. */
export async function eventually(fn, { timeout = 5000, interval = 40 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > deadline) throw e;
    }
    await sleep(interval);
  }
}

/** The text of a data-testid element. */
export async function text(page, testid) {
  return page.getByTestId(testid).textContent();
}

export const requestUrl = (page) => text(page, 'request-url');

/** Waits until request-url satisfies `pred` and returns it. */
export async function urlWhere(page, pred, timeout = 5000) {
  let last;
  try {
    return await eventually(async () => {
      last = await requestUrl(page);
      assert.ok(pred(last));
      return last;
    }, { timeout });
  } catch {
    assert.fail(`request-url never satisfied the expectation within ${timeout} ms; last value: ${last?.slice(0, 2000)}`);
  }
}

/**
 * Shows an output tab (`Parameters`, `Signature`, `Response`, `Code`): only the tab
 * shown is rendered.
 */
export async function showTab(page, name) {
  const tab = page.getByRole('tab', { name, exact: true });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await eventually(async () => assert.equal(await tab.getAttribute('aria-selected'), 'true'));
}

/** The v1 signature step's text (Signature tab, v1). */
export async function signatureV1(page, testid = 'signature') {
  await showTab(page, 'Signature');
  const v1 = page.getByRole('radio', { name: 'v1', exact: true });
  if ((await v1.getAttribute('aria-checked')) !== 'true') await v1.click();
  return text(page, testid);
}

/** A mock response body (`JSON` or `XML`), from the Response tab. */
export async function responseBody(page, format = 'JSON') {
  await showTab(page, 'Response');
  const tab = page.getByRole('tab', { name: format, exact: true });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  return text(page, format === 'JSON' ? 'response-json' : 'response-xml');
}

/** The response status line (Response tab). */
export async function responseStatus(page) {
  await showTab(page, 'Response');
  return (await text(page, 'response-status')).trim();
}

/** Opens the "advanced" fold (a closed <details class="advanced">). */
export async function openAdvanced(page) {
  const details = page.locator('details.advanced');
  if ((await details.getAttribute('open')) === null) {
    await details.locator('summary').first().click();
  }
  await eventually(async () => assert.notEqual(await details.getAttribute('open'), null));
}

/** The signature v1 percent-encoding: keep A-Za-z0-9-_.~, everything else %XY uppercase. */
export function percentEncode(s) {
  return encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'),
  );
}

/** Splits the URL's query into [name, value] pairs, both still encoded. */
export function rawQueryPairs(url) {
  const q = url.slice(url.indexOf('?') + 1);
  if (q === '') return [];
  return q.split('&').map((part) => {
    const i = part.indexOf('=');
    return i < 0 ? [part, ''] : [part.slice(0, i), part.slice(i + 1)];
  });
}

/** The URL's query decoded: [name, value] pairs in URL order. */
export function queryPairs(url) {
  return rawQueryPairs(url).map(([k, v]) => [decodeURIComponent(k), decodeURIComponent(v)]);
}

/** The URL's query decoded into an object (names must be unique). */
export function queryObject(url) {
  const out = {};
  for (const [k, v] of queryPairs(url)) {
    assert.ok(!(k in out), `parameter ${k} appears twice in the URL`);
    out[k] = v;
  }
  return out;
}

/** Signature v1 of decoded parameters (Signature excluded), computed independently. */
export function signV1(method, params, secret) {
  const pairs = (Array.isArray(params) ? params : Object.entries(params)).filter(([k]) => k !== 'Signature');
  pairs.sort(([a], [b]) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
  const canonical = pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonical)}`;
  const signature = crypto.createHmac('sha1', secret + '&').update(stringToSign, 'utf8').digest('base64');
  return { canonical, stringToSign, signature };
}

/** The BackendServers entries of the URL (decoded and parsed), or null when not sent. */
export function urlServers(url) {
  const p = queryObject(url);
  return 'BackendServers' in p ? JSON.parse(p.BackendServers) : null;
}

/**
 * A form control inside `scope` (a page, an element's locator, a frame) by its accessible
 * name (the API parameter name, `ServerId 2`, `Tag.1.Key`, `Custom endpoint`, …): a textbox
 * (the AccessKeySecret password input included), or a combobox (Format, HTTP method,
 * Endpoint and Type N are selects). Controls in a closed fold count too: their values can
 * be read (filling one needs its fold open).
 */
export function field(scope, name) {
  const options = { name, exact: true, includeHidden: true };
  return scope.getByRole('textbox', options).or(scope.getByRole('combobox', options));
}

/** Server-row inputs by accessible name, e.g. row(page, 'Port', 1). */
export function rowInput(page, field, n) {
  return page.getByLabel(`${field} ${n}`, { exact: true });
}

/** How many server rows the form under `scope` shows (counted by their ServerId inputs). */
export async function rowCount(scope) {
  return scope.getByRole('textbox', { name: /^ServerId \d+$/ }).count();
}

/** ServerId/Port/Weight of every row as typed in the form. */
export async function formRows(page) {
  const n = await rowCount(page);
  const rows = [];
  for (let i = 1; i <= n; i++) {
    rows.push({
      ServerId: await rowInput(page, 'ServerId', i).inputValue(),
      Port: await rowInput(page, 'Port', i).inputValue(),
      Weight: await rowInput(page, 'Weight', i).inputValue(),
    });
  }
  return rows;
}

/**
 * Collects garbage until what the last removals released is gone: each round collects,
 * then waits until a finalizer registered before it has run (wasm-bindgen frees a Rust
 * closure in the finalizer of its JS function, which may in turn release JS objects for
 * the next round).
 */
export async function settle(page, cdp) {
  for (let round = 0; round < 4; round++) {
    await page.evaluate(() => {
      window.__collected = false;
      window.__registry = new FinalizationRegistry(() => (window.__collected = true));
      window.__registry.register({}, 0);
    });
    for (;;) {
      await cdp.send('HeapProfiler.collectGarbage');
      // A task later, the finalizers of what the collection found have run.
      const collected = await page.evaluate(() => new Promise((r) => setTimeout(r)).then(() => window.__collected));
      if (collected) break;
    }
  }
}

/**
 * The JS heap in use after garbage collection (`settle`), and, given a path of the page to
 * the wasm-bindgen glue, the wasm linear memory's size (through the glue's exports: the
 * module the element's script instantiated); without `glue` `wasm` is null.
 */
export async function memory(page, cdp, glue) {
  await settle(page, cdp);
  const wasm = glue
    ? await page.evaluate(async (glue) => {
        // Already instantiated: the glue's init returns its exports.
        const exports = await (await import(glue)).default();
        return exports.memory.buffer.byteLength;
      }, glue)
    : null;
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { wasm, heap: usedSize };
}

/**
 * An init script (`page.addInitScript`): records the value of every layout shift without
 * recent input from the navigation on (PerformanceObserver, buffered) in `window.__shifts`.
 * `cumulativeShift` sums them.
 */
export function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The layout shift recorded by `recordShifts` so far (CLS). */
export async function cumulativeShift(page) {
  return (await page.evaluate(() => window.__shifts)).reduce((a, b) => a + b, 0);
}
