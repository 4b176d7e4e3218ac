// Isolation: host page styles do not reach into the element, the element's styles do not
// reach out; a strict CSP breaks nothing and no request leaves the origin (page, iframe,
// element, demo); small screens do not scroll sideways (page, iframe, element, demo).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { useApp, TEST_TIMEOUT, eventually, distDir, rowCount, LIVE_URL } from './helpers.mjs';
import { serve } from './server.mjs';
import {
  CSP, SCRIPT_TAG, openHost, openPage, newPage, elementsReady, embedUrl, element, htmlBodyAttributes,
  routeHost, hostHtml, rootBackground, DARK_BG,
} from './embed-helpers.mjs';

const env = useApp();
/** The same build served with the strict CSP on every answer. */
const csp = { server: null, get browser() { return env.browser; } };

before(async () => {
  csp.server = await serve(distDir, { headers: { 'Content-Security-Policy': CSP } });
});
after(async () => {
  await csp.server?.close();
});

const ROWS_PRESET = 'v1&r=cn-hangzhou&lb=lb-1&s=vm-233,80,100;vm-232,70000,100&t=env,prod';

/**
 * Every computed property of every element of the shadow root of `host` (and of its
 * ::before / ::after when they have content), keyed by position and tag. The offsets of
 * absolutely positioned boxes (top, bottom, inset-*, …) are left out: their used values
 * say where the host page put the element, not how it is styled.
 */
function shadowStyles(host) {
  const skip = new Set(['top', 'right', 'bottom', 'left', 'inset-block-start', 'inset-block-end', 'inset-inline-start', 'inset-inline-end']);
  const out = {};
  const els = host.shadowRoot.querySelectorAll('*');
  let names = null;
  els.forEach((el, i) => {
    for (const pseudo of [null, '::before', '::after']) {
      const cs = getComputedStyle(el, pseudo);
      if (pseudo && (cs.content === 'none' || cs.content === 'normal')) continue;
      names ??= [...cs].filter((p) => !skip.has(p));
      out[`${i} ${el.localName}${el.className ? '.' + String(el.className).replace(/ /g, '.') : ''}${pseudo ?? ''}`] =
        names.map((p) => cs.getPropertyValue(p)).join('\u0001');
    }
  });
  return { names, out };
}

/** The differences between two shadowStyles snapshots, as lines (at most `max`). */
function styleDiff(a, b, max = 40) {
  const lines = [];
  for (const k of new Set([...Object.keys(a.out), ...Object.keys(b.out)])) {
    if (!(k in a.out) || !(k in b.out)) {
      lines.push(`${k}: only ${k in a.out ? 'without' : 'with'} the host styles`);
      continue;
    }
    if (a.out[k] === b.out[k]) continue;
    const va = a.out[k].split('\u0001');
    const vb = b.out[k].split('\u0001');
    a.names.forEach((p, j) => {
      if (va[j] !== vb[j]) lines.push(`${k} ${p}: ${va[j]} → ${vb[j]}`);
    });
  }
  return lines.length > max ? [...lines.slice(0, max), `… ${lines.length - max} more`] : lines;
}

/** The differences between two style snapshots, as lines (at most `max`). */
function diff(a, b, max = 40) {
  const lines = [];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (!(k in a) || !(k in b)) {
      lines.push(`${k}: only ${k in a ? 'before' : 'after'}`);
      continue;
    }
    for (const p of new Set([...Object.keys(a[k]), ...Object.keys(b[k])])) {
      if (a[k][p] !== b[k][p]) lines.push(`${k} ${p}: ${a[k][p]} → ${b[k][p]}`);
    }
  }
  return lines.length > max ? [...lines.slice(0, max), `… ${lines.length - max} more`] : lines;
}

/** Opens a host page with one element (`attrs`) and extra host CSS `css`; returns the shadow styles. */
async function stylesInside(t, { css = '', attrs = { preset: ROWS_PRESET } } = {}) {
  // Both pages have the same body margin, so the element gets the same width in both.
  const head = `<style>body { margin: 0 }</style>${css}${SCRIPT_TAG}`;
  const app = await openHost(env, t, { head, body: element('a', attrs), contextOptions: { viewport: { width: 1280, height: 900 } } });
  const a = app.page.locator('vsg-playground#a');
  await a.locator(LIVE_URL).waitFor();
  await a.locator('details.advanced > summary').click();
  await a.getByRole('button', { name: '+ Add tag', exact: true }).click();
  await eventually(async () => assert.equal(await a.getByLabel('Tag.2.Key', { exact: true }).count(), 1));
  // The host element's own box may differ (the host styles it); what is inside must not.
  const styles = await a.evaluate(shadowStyles);
  const named = await a.evaluate((host) => {
    const r = host.shadowRoot;
    const cs = (sel, ...props) => {
      const s = getComputedStyle(r.querySelector(sel));
      return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
    };
    return {
      input: cs('input[aria-label="Port 1"]', 'border-top-width', 'border-top-style', 'padding-top', 'padding-left', 'font-size', 'box-sizing', 'display'),
      table: cs('table.rows', 'display'),
      thead: cs('table.rows thead', 'display'),
      button: cs('[data-testid="add-server"]', 'padding-top', 'padding-left', 'border-top-width', 'font-size', 'cursor', 'display'),
      select: cs('select[aria-label="Type 1"]', 'appearance', 'padding-left', 'border-top-width', 'font-size'),
      root: cs('.vsg', 'font-size', 'line-height', 'padding-top', 'background-color'),
    };
  });
  return { app, styles, named };
}

// ---------------------------------------------------------------------------------------
// Styles in

test('a hostile host stylesheet changes no computed style inside the element', { timeout: TEST_TIMEOUT }, async (t) => {
  const plain = await stylesInside(t);
  const hostile = await stylesInside(t, { css: '<link rel="stylesheet" href="hostile.css">' });
  // The hostile sheet did apply to the host page itself.
  assert.equal(await hostile.app.page.locator('main h1').evaluate((h) => getComputedStyle(h).marginTop), '0px');
  assert.equal(await hostile.app.page.locator('body').evaluate((b) => getComputedStyle(b).fontSize), '24px');

  assert.ok(Object.keys(plain.styles.out).length > 300, 'many elements compared');
  assert.deepEqual(hostile.named, plain.named, 'input, table, button, select and root styles');
  assert.equal(plain.named.table.display, 'table');
  assert.equal(plain.named.thead.display, 'table-header-group');
  assert.notEqual(plain.named.input['border-top-width'], '0px');
  assert.notEqual(plain.named.button['padding-left'], '0px');
  assert.equal(plain.named.root['font-size'], '14px');
  assert.deepEqual(styleDiff(plain.styles, hostile.styles), [], 'every computed style inside the shadow root');
  plain.app.assertHealthy();
  hostile.app.assertHealthy();
});

test('inherited properties set on the host page\'s html and body do not reach inside the element', { timeout: TEST_TIMEOUT }, async (t) => {
  const plain = await stylesInside(t);
  const css = `<style>html, body { color: red; font: italic small-caps 30px/3 cursive; letter-spacing: 4px; word-spacing: 9px;
    text-transform: uppercase; text-indent: 3em; white-space: pre; text-shadow: 0 0 2px red; cursor: crosshair;
    text-align: right; word-break: break-all; overflow-wrap: anywhere; tab-size: 2; hyphens: auto; font-weight: 900;
    line-break: anywhere; quotes: "<" ">"; list-style: square inside; caret-color: red; accent-color: red; }</style>`;
  const inherited = await stylesInside(t, { css });
  assert.equal(await inherited.app.page.locator('body').evaluate((b) => getComputedStyle(b).textTransform), 'uppercase');
  assert.deepEqual(styleDiff(plain.styles, inherited.styles), [], 'every computed style inside the shadow root');
});

test('inherited properties a host `*` rule sets on the element itself do not reach inside', {
  timeout: TEST_TIMEOUT,
}, async (t) => {
  const plain = await stylesInside(t);
  const css = '<style>* { cursor: crosshair; white-space: pre; text-indent: 3em; word-break: break-all; text-shadow: 0 0 2px red; }</style>';
  const star = await stylesInside(t, { css });
  assert.equal(await star.app.page.locator('vsg-playground').evaluate((e) => getComputedStyle(e).whiteSpace), 'pre',
    'the host rule applies to the element');
  assert.deepEqual(styleDiff(plain.styles, star.styles), [], 'every computed style inside the shadow root');
});

// ---------------------------------------------------------------------------------------
// Styles out

/** getComputedStyle of every host element (and ::before, ::after, ::marker) but <vsg-playground> itself. */
function hostStyles() {
  const out = {};
  const all = [...document.querySelectorAll('*')].filter((e) => e.localName !== 'vsg-playground');
  all.forEach((el, i) => {
    for (const pseudo of [null, '::before', '::after', '::marker']) {
      const cs = getComputedStyle(el, pseudo);
      const o = {};
      for (let j = 0; j < cs.length; j++) o[cs[j]] = cs.getPropertyValue(cs[j]);
      out[`${i} ${el.localName}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).replace(/ /g, '.') : ''}${pseudo ?? ''}`] = o;
    }
  });
  return out;
}

const documentSheets = (page) =>
  page.evaluate(() => ({
    styleSheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
    styleElements: document.querySelectorAll('style, link[rel~="stylesheet"]').length,
  }));

for (const scheme of ['light', 'dark']) {
  test(`the element changes no computed style of any host element, nor <html>/<body> (${scheme} scheme)`, { timeout: TEST_TIMEOUT }, async (t) => {
    // The rich host page, without the element's script: the element comes later, in a box
    // of fixed size (so that no host element's used size depends on it).
    const app = await openHost(env, t, { file: 'rich-host.html', head: '', contextOptions: { colorScheme: scheme } });
    const { page } = app;
    const beforeStyles = await page.evaluate(hostStyles);
    const beforeAttrs = await htmlBodyAttributes(page);
    const beforeSheets = await documentSheets(page);
    assert.ok(Object.keys(beforeStyles).length > 100);

    await page.evaluate(async () => {
      const { mount } = await import('./vsg-playground.js');
      const slot = document.getElementById('slot');
      mount(slot, { lang: 'zh-CN', theme: 'dark' });
      const b = document.createElement('vsg-playground');
      b.id = 'b';
      b.setAttribute('preset', 'v1&r=cn-beijing&lb=lb-1&s=i-1,80,100&t=k,v');
      b.setAttribute('compact', 'false');
      b.setAttribute('controls', 'language,theme');
      slot.append(b);
    });
    await elementsReady(page, 2);
    const a = page.locator('#slot vsg-playground').first();
    const b = page.locator('vsg-playground#b');
    await a.locator(LIVE_URL).waitFor();
    await b.locator(LIVE_URL).waitFor();
    assert.equal(await rootBackground(a), DARK_BG);
    // Use them a little: themes, languages, rows, folds, tabs.
    await b.getByTestId('theme').selectOption(scheme === 'dark' ? 'light' : 'dark');
    await b.getByTestId('language').selectOption('zh-CN');
    await b.getByTestId('add-server').click();
    await b.locator('details.advanced > summary').click();
    await a.getByRole('tab', { name: '响应', exact: true }).click();
    await eventually(async () => assert.equal(await rowCount(b), 2));

    assert.deepEqual(diff(beforeStyles, await page.evaluate(hostStyles)), [], 'computed styles of the host elements');
    assert.deepEqual(await htmlBodyAttributes(page), beforeAttrs, '<html> and <body> attributes and classes');
    assert.deepEqual(await documentSheets(page), beforeSheets, 'no style sheet added to the host document');
    // The host's own element named like the playground's root class is not styled by it.
    assert.equal(await page.locator('main > section.vsg').evaluate((s) => getComputedStyle(s).backgroundColor), 'rgba(0, 0, 0, 0)');
    app.assertHealthy();
  });
}

// ---------------------------------------------------------------------------------------
// A strict Content-Security-Policy, and nothing from another origin

/** A page on the CSP server recording CSP violations (all frames) and requests leaving the origin. */
async function cspPage(t, contextOptions = {}) {
  const app = await newPage(csp, t, { contextOptions });
  const origin = new URL(csp.server.url).origin;
  const violations = [];
  const foreign = [];
  const requests = [];
  await app.context.exposeBinding('__cspViolation', (_source, v) => violations.push(v));
  await app.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolation?.(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    }, true);
  });
  app.page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  app.context.on('request', (r) => {
    requests.push(r.url());
    const u = r.url();
    if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) foreign.push(u);
  });
  return {
    ...app,
    violations,
    foreign,
    requests,
    assertClean() {
      assert.deepEqual(violations, [], 'no CSP violation');
      assert.deepEqual(foreign, [], 'no request to another origin');
      assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the wasm module was loaded');
      app.assertHealthy();
    },
  };
}

/** Uses the playground under `scope` a little: rows, a port, tabs; waits for the URL to follow. */
async function exercise(scope) {
  await scope.getByTestId('add-server').click();
  await scope.getByLabel('Port 1', { exact: true }).fill('8080');
  await eventually(async () => assert.match(await scope.getByTestId('request-url').textContent(), /Port%22%3A%228080%22/));
  const tabs = scope.getByRole('tablist').first().getByRole('tab');
  for (let i = (await tabs.count()) - 1; i >= 0; i--) await tabs.nth(i).click();
}

test('CSP: the standalone page works with no violation and no foreign request', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await cspPage(t);
  const response = await app.page.goto(csp.server.url);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await app.page.locator(LIVE_URL).waitFor({ timeout: 30_000 });
  await exercise(app.page);
  await app.page.getByTestId('theme').selectOption('dark');
  await eventually(async () => assert.equal(await rootBackground(app.page), DARK_BG));
  app.assertClean();
});

test('CSP: the iframe mode works with no violation and no foreign request, in an iframe of a CSP page', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await cspPage(t);
  const { page } = app;
  // Directly…
  await page.goto(embedUrl(csp.server, { lang: 'zh-CN', theme: 'dark', preset: ROWS_PRESET, 'parent-origin': new URL(csp.server.url).origin }));
  await page.locator(LIVE_URL).waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('.vsg').getAttribute('data-mode'), 'iframe');
  await exercise(page);
  // …and inside a host page under the same policy, reporting its height.
  const q = new URLSearchParams();
  q.append('frame', `f|${embedUrl(csp.server, { 'parent-origin': new URL(csp.server.url).origin })}`);
  await routeHost(page, csp.server, hostHtml({ file: 'iframe-host.html', head: '' }), { name: 'iframe-host.html', headers: { 'Content-Security-Policy': CSP } });
  await page.goto(`${csp.server.url}iframe-host.html?${q}`);
  const frame = page.frameLocator('#f');
  await frame.locator(LIVE_URL).waitFor({ timeout: 30_000 });
  await exercise(frame);
  await eventually(async () => assert.ok((await page.evaluate(() => window.messages.length)) > 0, 'height messages arrive'));
  app.assertClean();
});

test('CSP: demo.html works (element and iframe) with no violation and no foreign request', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await cspPage(t);
  const { page } = app;
  const response = await page.goto(csp.server.url + 'demo.html');
  assert.equal(response.headers()['content-security-policy'], CSP);
  await elementsReady(page, 1);
  const el = page.locator('#demo-element');
  await el.locator(LIVE_URL).waitFor();
  assert.equal(await rowCount(el), 2);
  await el.getByRole('tab', { name: 'Response', exact: true }).click();
  await el.getByTestId('response-json').waitFor();
  const frameEl = page.locator('#demo-iframe');
  await frameEl.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('#demo-iframe');
  await frame.locator(LIVE_URL).waitFor({ timeout: 30_000 });
  await frame.getByTestId('add-server').click();
  await eventually(async () => {
    const [outer, content] = await frameEl.evaluate((f) => [f.clientHeight, f.contentDocument.documentElement.scrollHeight]);
    assert.ok(Math.abs(outer - content) <= 2, `the iframe is sized by its messages: ${outer} vs ${content}`);
  }, { timeout: 10_000 });
  app.assertClean();
});

test('CSP: tutorial.html works (six elements sharing a sandbox, the language switch) with no violation and no foreign request', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await cspPage(t);
  const { page } = app;
  const response = await page.goto(csp.server.url + 'tutorial.html?lang=en');
  assert.equal(response.headers()['content-security-policy'], CSP);
  await elementsReady(page, 6);
  const create = page.locator('vsg-playground[operation="CreateVServerGroup"]');
  const describe = page.locator('vsg-playground[operation="DescribeVServerGroupAttribute"]');
  await eventually(async () => assert.match(await describe.getByTestId('response-status').textContent(), /404/), { timeout: 10_000 });
  await create.getByTestId('send').click();
  await eventually(async () => assert.match(await describe.getByTestId('response-status').textContent(), /200/), { timeout: 10_000 });
  await page.getByRole('button', { name: '简体中文' }).click();
  await elementsReady(page, 6);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  app.assertClean();
});

test('CSP: a host page with the element works with no violation and no foreign request', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await cspPage(t);
  const { page } = app;
  await routeHost(page, csp.server, hostHtml({ body: element('a', { theme: 'dark' }) + element('b', { lang: 'zh-CN', readonly: true, preset: ROWS_PRESET }) }),
    { headers: { 'Content-Security-Policy': CSP } });
  const response = await page.goto(csp.server.url + 'host.html');
  assert.equal(response.headers()['content-security-policy'], CSP);
  await elementsReady(page, 2);
  const a = page.locator('vsg-playground#a');
  await a.locator(LIVE_URL).waitFor();
  assert.equal(await rootBackground(a), DARK_BG, 'the element is styled (its stylesheet applies under the CSP)');
  await exercise(a);
  await page.locator('vsg-playground#b').getByRole('tab', { name: '签名', exact: true }).click();
  await page.locator('vsg-playground#b').getByTestId('signature').waitFor();
  app.assertClean();
});

// ---------------------------------------------------------------------------------------
// Small screens

const NARROW = { viewport: { width: 375, height: 800 } };

async function assertNoSideScroll(page, what) {
  await eventually(async () => {
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(scrollWidth <= innerWidth, `${what}: the page is ${scrollWidth} px wide in a ${innerWidth} px window`);
  });
}

async function assertRowsReflow(scope, what) {
  const display = await scope.locator('table.rows thead').first().evaluate((e) => getComputedStyle(e).display);
  assert.equal(display, 'none', `${what}: the rows table's header is not displayed`);
}

/** Long values and errors, in the state given. */
async function stress(scope) {
  await scope.getByLabel('Description 1', { exact: true }).fill('a-very-long-description-without-any-space-'.repeat(4));
  await scope.getByLabel('Port 1', { exact: true }).fill('70000');
  await scope.getByTestId('add-server').click();
  await scope.locator('details.advanced > summary').click();
}

for (const lang of ['en', 'zh-CN']) {
  test(`375 px (${lang}): the standalone page and the iframe mode do not scroll sideways; rows reflow`, { timeout: TEST_TIMEOUT }, async (t) => {
    const app = await openPage(env, t, { contextOptions: { ...NARROW, locale: lang === 'en' ? 'en-US' : 'zh-CN' } });
    const { page } = app;
    await page.locator(LIVE_URL).waitFor();
    await stress(page);
    await assertRowsReflow(page, 'page');
    await assertNoSideScroll(page, 'page');
    for (const tab of lang === 'en' ? ['Signature', 'Response', 'Code'] : ['签名', '响应', '代码']) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await assertNoSideScroll(page, `page, ${tab} tab`);
    }

    await page.goto(embedUrl(env.server, { lang, preset: ROWS_PRESET }));
    await page.locator(LIVE_URL).waitFor();
    await stress(page);
    await assertRowsReflow(page, 'iframe mode');
    await assertNoSideScroll(page, 'iframe mode');
    app.assertHealthy();
  });
}

test('375 px: tutorial.html does not scroll sideways, with the history open after a send', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await newPage(env, t, { contextOptions: NARROW });
  const { page } = app;
  await page.goto(env.server.url + 'tutorial.html?lang=en');
  await elementsReady(page, 6);
  const add = page.locator('vsg-playground[operation="AddVServerGroupBackendServers"]');
  await page.locator('vsg-playground[operation="CreateVServerGroup"]').getByTestId('send').click();
  await add.getByTestId('send').click();
  await eventually(async () => assert.match(await add.getByTestId('sent').textContent(), /HTTP 200/));
  const history = add.getByTestId('sandbox-history');
  await history.locator('summary').first().click();
  await history.getByTestId('history-entry').first().locator('summary').click();
  await assertRowsReflow(add, 'tutorial element');
  await assertNoSideScroll(page, 'tutorial.html');
  app.assertHealthy();
});

test('375 px: demo.html and a host page with the element do not scroll sideways; rows reflow', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await newPage(env, t, { contextOptions: NARROW });
  const { page } = app;
  await page.goto(env.server.url + 'demo.html');
  await elementsReady(page, 1);
  await page.locator('#demo-element').locator(LIVE_URL).waitFor();
  await page.frameLocator('#demo-iframe').locator(LIVE_URL).waitFor({ timeout: 30_000 });
  await assertRowsReflow(page.locator('#demo-element'), 'demo element');
  await assertRowsReflow(page.frameLocator('#demo-iframe'), 'demo iframe');
  await assertNoSideScroll(page, 'demo.html');

  const host = await openHost(env, t, {
    contextOptions: NARROW,
    body: element('a', { preset: ROWS_PRESET }) + element('b', { compact: 'false', lang: 'zh-CN', preset: ROWS_PRESET }),
  });
  for (const id of ['a', 'b']) {
    const el = host.page.locator(`vsg-playground#${id}`);
    await el.locator(LIVE_URL).waitFor();
    await stress(el);
    await assertRowsReflow(el, `element #${id}`);
  }
  await assertNoSideScroll(host.page, 'host page');
  for (const id of ['a', 'b']) {
    const right = await host.page.locator(`vsg-playground#${id}`).evaluate((e) => e.getBoundingClientRect().right);
    assert.ok(right <= 375, `element #${id} fits the window (right edge ${right})`);
  }
  app.assertHealthy();
  host.assertHealthy();
});
