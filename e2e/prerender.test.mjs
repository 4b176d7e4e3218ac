// Readable before the wasm runs: the standalone page, the iframe's page and an element
// pre-rendered by the build (crates/vsg-prerender) show the request at first paint; the
// wasm takes the markup over in place (nothing moves: CLS 0), only when it starts from
// exactly that state, and falls back to its usual start otherwise. Nothing can be typed
// into the markup before that (it is inert), so nothing typed is lost.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import {
  useApp, newPage, TEST_TIMEOUT, distDir, repoRoot, eventually, field, takenOver, requestUrl, LIVE_URL,
  recordShifts, cumulativeShift,
} from './helpers.mjs';
import { CSP, SCRIPT_TAG, hostHtml, routeHost } from './embed-helpers.mjs';
import { serve } from './server.mjs';

const env = useApp({ headers: { 'Content-Security-Policy': CSP } });

/** Records layout shifts (Chromium's layout-shift entries) and CSP violations from the start. */
async function watch(page) {
  await page.addInitScript(recordShifts);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
}

/** Waits `frames` animation frames in the page (a period counted by the page's clock). */
async function frames(page, n = 60) {
  await page.evaluate((n) => new Promise((done) => {
    const step = (left) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  }), n);
}

/** The page's layout shift so far, and its CSP violations. */
async function measured(page) {
  return { cls: await cumulativeShift(page), violations: await page.evaluate(() => window.__violations) };
}

/** Types into LoadBalancerId (at its end) and waits for the URL to carry it. */
async function keystrokeWorks(scope, page) {
  const lb = field(scope, 'LoadBalancerId');
  await lb.click();
  await page.keyboard.press('End');
  await page.keyboard.type('7');
  await eventually(async () => assert.match(await scope.locator(LIVE_URL).textContent(), /LoadBalancerId=lb-[a-z0-9]+7&/), { timeout: 30_000 });
}

test('the page is pre-rendered: the form and the signed URL are in the HTML, inert until taken over', { timeout: TEST_TIMEOUT }, async () => {
  for (const file of ['index.html', 'embed.html']) {
    const html = fs.readFileSync(path.join(distDir, file), 'utf8');
    assert.match(html, /<div id="vsg-app"[^>]* inert aria-busy="true" data-build="[0-9a-f]{16}"/, file);
    assert.match(html, /data-testid="request-url"[^>]*>https:\/\/slb\.aliyuncs\.com\/\?AccessKeyId=testid&amp;Action=CreateVServerGroup/, file);
    assert.match(html, /id="f-LoadBalancerId"/, file);
    assert.doesNotMatch(html, /<style|style="/, `${file}: no inline style (strict CSP)`);
  }
  assert.match(fs.readFileSync(path.join(distDir, 'embed.html'), 'utf8'), /data-mode="iframe"/);
});

for (const file of ['index.html', 'embed.html']) {
  test(`${file}: taken over with no console error, nothing moves (CLS 0), a keystroke then works, the CSP holds`, { timeout: TEST_TIMEOUT }, async (t) => {
    const app = await newPage(env, t);
    await watch(app.page);
    await app.page.goto(env.server.url + file);
    await takenOver(app.page);
    await frames(app.page);
    const { cls, violations } = await measured(app.page);
    assert.equal(cls, 0, 'no layout shift from navigation to 60 frames after the take-over');
    assert.deepEqual(violations, []);
    assert.equal(await app.page.locator('#vsg-app').count(), 1);
    await keystrokeWorks(app.page, app.page);
    assert.deepEqual(app.consoleErrors, []);
    app.assertHealthy();
  });
}

test('embed.html: its first height message is its final height', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await newPage(env, t);
  const origin = new URL(env.server.url).origin;
  const src = `embed.html?parent-origin=${encodeURIComponent(origin)}`;
  await routeHost(app.page, env.server, hostHtml({ head: '<script src="iframe-host.js"></script>', body: '' }),
    { headers: { 'Content-Security-Policy': CSP } });
  await app.page.goto(`${env.server.url}host.html?frame=${encodeURIComponent(`f|${src}`)}`);
  const frame = app.page.frameLocator('#f');
  await frame.locator(LIVE_URL).waitFor({ timeout: 30_000 });
  await frame.locator('[inert]').first().waitFor({ state: 'detached', timeout: 30_000 });
  const heights = () => app.page.evaluate(() =>
    window.messages.filter((m) => m.data?.type === 'vsg-playground:height').map((m) => m.data.height));
  await eventually(async () => assert.ok((await heights()).length >= 1, 'a height was posted'), { timeout: 30_000 });
  const final = await frame.locator('html').evaluate((h) => h.scrollHeight);
  const posted = await heights();
  assert.equal(posted[0], final, `first ${posted[0]}, final ${final} (${posted.join(', ')})`);
  app.assertHealthy();
});

/** The element markup the build's command prints for these options. */
function prerenderedElement(args) {
  const out = spawnSync('cargo', ['run', '--quiet', '--locked', '-p', 'vsg-prerender', '--', 'element', '--base', './', ...args, distDir], {
    cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 24,
  });
  assert.equal(out.status, 0, `vsg-prerender element: ${out.stderr}`);
  assert.match(out.stdout, /^<vsg-playground [^>]*><template shadowrootmode="open"><link rel="stylesheet" href="\.\/style-[0-9a-f]+\.css"><div class="vsg-root" inert/);
  return out.stdout.trim();
}

const PRESET = 'v1&r=cn-hangzhou&lb=lb-bp1qjwo61pqz3ahltv0mw&s=vm-233,80,100;vm-232,90,100';

test('an element pre-rendered as a declarative shadow root is readable at first paint and taken over in place (CLS 0, CSP, no error)', { timeout: TEST_TIMEOUT }, async (t) => {
  const markup = prerenderedElement(['--preset', PRESET, '--lang', 'zh-CN', '--panels', 'form,request,responses']);
  const app = await newPage(env, t);
  await watch(app.page);
  const css = fs.readdirSync(distDir).find((f) => /^style-.*\.css$/.test(f));
  const body = `<h1>Docs</h1><p>Prose before.</p>${markup}<p id="after">Prose after.</p>`;
  // The page's own copy of the stylesheet makes the shadow root's link a cache hit.
  await routeHost(app.page, env.server, hostHtml({ head: `<link rel="stylesheet" href="${css}">${SCRIPT_TAG}`, body }),
    { headers: { 'Content-Security-Policy': CSP } });
  await app.page.goto(env.server.url + 'host.html');
  await takenOver(app.page);
  await frames(app.page);
  const el = app.page.locator('vsg-playground');
  assert.equal(await el.evaluate((e) => e.shadowRoot.querySelectorAll('.vsg-root').length), 1, 'one root: the pre-rendered one was replaced');
  assert.equal(await el.evaluate((e) => e.shadowRoot.querySelector('.vsg').lang), 'zh-CN');
  const { cls, violations } = await measured(app.page);
  assert.equal(cls, 0);
  assert.deepEqual(violations, []);
  await keystrokeWorks(el, app.page);
  app.assertHealthy();
});

/**
 * Serves `html` at `/` of a server of its own: its first `cut` characters at once, the rest
 * when `release()` is called (what a slow network, or a CPU too busy to parse the page in one
 * go, does: the browser paints what it has parsed). Every other path is the build's file.
 * Returns { url, release }; the server closes after the test.
 */
async function splitServer(t, html, cut) {
  let release;
  const released = new Promise((r) => { release = r; });
  const server = await serve(distDir, {
    routes: {
      '/': async (req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': CSP });
        res.write(html.slice(0, cut));
        await released;
        res.end(html.slice(cut));
      },
    },
  });
  t.after(() => { release(); return server.close(); });
  return { url: server.url, release };
}

// The page parsed in two parts, with scripts off (so that no take-over races the check):
// half a playground is never shown, whole it is, without any code.
for (const [what, page] of [
  ['the standalone page', () => fs.readFileSync(path.join(distDir, 'index.html'), 'utf8')],
  ['an element', () => hostHtml({ head: '', body: `<h1>Docs</h1>${prerenderedElement(['--preset', PRESET])}<p>Prose after.</p>` })],
]) {
  test(`${what}: pre-rendered markup parsed in part is hidden (nothing half drawn moves as the rest arrives); parsed whole, it shows with no script`, { timeout: TEST_TIMEOUT }, async (t) => {
    const html = page();
    const cut = html.lastIndexOf('<', html.indexOf('data-testid="request-url"'));
    assert.ok(cut > 0);
    const split = await splitServer(t, html, cut);
    const app = await newPage(env, t, { contextOptions: { javaScriptEnabled: false } });
    await app.page.goto(split.url, { waitUntil: 'commit' });
    // The container and the form are parsed and styled (the stylesheet's custom properties
    // are on .vsg); the request URL is not parsed yet.
    const state = () => app.page.evaluate(() => {
      const scope = document.querySelector('vsg-playground')?.shadowRoot ?? document;
      const container = scope.querySelector('[data-build]');
      const vsg = scope.querySelector('.vsg');
      return {
        styled: vsg != null && getComputedStyle(vsg).getPropertyValue('--bg') !== '',
        form: scope.querySelector('#f-LoadBalancerId') != null,
        url: scope.querySelector('[data-testid="request-url"]') != null,
        visibility: container && getComputedStyle(container).visibility,
        field: vsg && getComputedStyle(scope.querySelector('#f-LoadBalancerId') ?? vsg).visibility,
        loading: document.readyState === 'loading',
      };
    });
    await eventually(async () => {
      const s = await state();
      assert.ok(s.styled && s.form, `parsed up to the cut and styled: ${JSON.stringify(s)}`);
    }, { timeout: 30_000 });
    const mid = await state();
    assert.deepEqual(mid, { styled: true, form: true, url: false, visibility: 'hidden', field: 'hidden', loading: true }, 'half parsed: hidden');
    split.release();
    await eventually(async () => assert.equal((await state()).loading, false), { timeout: 30_000 });
    const whole = await state();
    assert.deepEqual(whole, { styled: true, form: true, url: true, visibility: 'visible', field: 'visible', loading: false }, 'parsed whole: shown, with no script');
  });
}

test('until the wasm has taken it over, the pre-rendered form cannot be typed into, and says so; then it can', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await newPage(env, t);
  let release;
  const held = new Promise((r) => { release = r; });
  await app.page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await app.page.goto(env.server.url);
  const lb = app.page.locator('#f-LoadBalancerId');
  await lb.waitFor();
  assert.equal(await app.page.locator('#vsg-app').getAttribute('aria-busy'), 'true');
  assert.notEqual(await app.page.locator('#vsg-app').getAttribute('inert'), null);
  // The visible state: the controls are dimmed, the cursor says busy.
  assert.equal(await lb.evaluate((e) => getComputedStyle(e).opacity), '0.6');
  const before = await lb.inputValue();
  await app.page.mouse.click(...await lb.boundingBox().then((b) => [b.x + b.width - 4, b.y + b.height / 2]));
  await app.page.keyboard.type('typed-early');
  assert.equal(await lb.inputValue(), before, 'an inert field takes no keystroke');
  release();
  await takenOver(app.page);
  assert.equal(await field(app.page, 'LoadBalancerId').inputValue(), before);
  await keystrokeWorks(app.page, app.page);
  app.assertHealthy();
});

test('fallbacks: another build, a stored state, a link, other attributes and a template inserted by script all render correctly', { timeout: TEST_TIMEOUT * 2 }, async (t) => {
  // Another build's markup: the app starts as it would without it, and replaces it.
  {
    const app = await newPage(env, t);
    const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8').replace(/data-build="[0-9a-f]+"/, 'data-build="0000000000000000"');
    await app.page.route((u) => u.pathname === '/' || u.pathname === '/index.html', (r) => r.fulfill({ contentType: 'text/html', body: html, headers: { 'Content-Security-Policy': CSP } }));
    await app.page.goto(env.server.url);
    await takenOver(app.page);
    assert.equal(await app.page.locator('#vsg-app').count(), 1);
    await keystrokeWorks(app.page, app.page);
    app.assertHealthy();
  }
  // A stored state and a link in the address bar: the page shows them, not the example.
  {
    const app = await newPage(env, t);
    await app.context.addInitScript(() => localStorage.setItem('vsg-playground:link', 'v1&r=cn-beijing&lb=lb-stored'));
    await app.page.goto(env.server.url);
    await takenOver(app.page);
    assert.equal(await field(app.page, 'LoadBalancerId').inputValue(), 'lb-stored');
    await app.page.goto(env.server.url + '#v1&r=cn-shanghai&lb=lb-linked');
    await app.page.reload();
    await takenOver(app.page);
    assert.equal(await field(app.page, 'LoadBalancerId').inputValue(), 'lb-linked');
    app.assertHealthy();
  }
  // A browser in Chinese with no lang attribute: not the pre-rendered English.
  {
    const app = await newPage(env, t, { contextOptions: { locale: 'zh-CN' } });
    await app.page.goto(env.server.url);
    await takenOver(app.page);
    assert.equal(await app.page.locator('.vsg').getAttribute('lang'), 'zh-CN');
    app.assertHealthy();
  }
  // Other attributes than the markup was rendered with, and a template a client-side router
  // inserted with innerHTML (never parsed into a shadow root).
  const markup = prerenderedElement(['--preset', PRESET, '--lang', 'en']);
  {
    const app = await newPage(env, t);
    const changed = markup.replace('lang="en"', 'lang="zh-CN"');
    await routeHost(app.page, env.server, hostHtml({ body: changed }), { headers: { 'Content-Security-Policy': CSP } });
    await app.page.goto(env.server.url + 'host.html');
    await takenOver(app.page);
    const el = app.page.locator('vsg-playground');
    assert.equal(await el.evaluate((e) => e.shadowRoot.querySelector('.vsg').lang), 'zh-CN');
    assert.equal(await el.evaluate((e) => e.shadowRoot.querySelectorAll('.vsg-root').length), 1);
    await keystrokeWorks(el, app.page);
    app.assertHealthy();
  }
  {
    const app = await newPage(env, t);
    await routeHost(app.page, env.server, hostHtml({ body: '<div id="slot"></div>' }), { headers: { 'Content-Security-Policy': CSP } });
    await app.page.goto(env.server.url + 'host.html');
    await app.page.evaluate((m) => { document.getElementById('slot').innerHTML = m; }, markup);
    const el = app.page.locator('vsg-playground');
    await el.locator(LIVE_URL).waitFor({ timeout: 30_000 });
    await takenOver(app.page);
    assert.equal(await el.evaluate((e) => e.querySelectorAll('template').length), 0, 'the unparsed template is gone');
    assert.equal(await el.evaluate((e) => e.shadowRoot.querySelectorAll('.vsg-root').length), 1);
    assert.match(await requestUrl(el), /LoadBalancerId=lb-bp1qjwo61pqz3ahltv0mw/);
    await keystrokeWorks(el, app.page);
    app.assertHealthy();
  }
});
