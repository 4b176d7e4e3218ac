// Embedding: the <vsg-playground> custom element (attributes, events, several on a page,
// mount()), the iframe mode (?embed, height messages to the named parent only) and the
// demo documentation page.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  useApp, TEST_TIMEOUT, eventually, queryObject, signV1, urlServers, field, fixturesDir, rowCount, LIVE_URL,
  recordShifts, cumulativeShift } from './helpers.mjs';
import { serve } from './server.mjs';
import {
  openHost, openPage, newPage, elementsReady, embedUrl, attributes, rootBackground, element, tabNames,
  routeHost, hostHtml, LIGHT_BG, DARK_BG,
} from './embed-helpers.mjs';

const env = useApp();

/** A request using every key of the permalink format (values percent-encoded). */
const RICH_PRESET =
  'v1&r=cn-beijing&lb=lb-2zeabc&n=web-%E7%BB%84' +
  '&s=i-1,8080,50,ecs,,front%2F%E4%B8%80;eni-2,81,0,eni,10.0.0.2,b' +
  '&t=env,prod;team,a%26b&f=XML&m=POST&e=vpc&nonce=abc-123&ts=2025-01-01T00%3A00%3A00Z';

const ONE_ROW = 'v1&r=cn-hangzhou&lb=lb-1&s=vm-233,80,100';

/** Records every vsg-ready / vsg-change reaching the document, from the first script on. */
async function recordEvents(context) {
  await context.addInitScript(() => {
    window.__vsg = [];
    for (const type of ['vsg-ready', 'vsg-change']) {
      document.addEventListener(type, (e) => {
        window.__vsg.push({
          type,
          id: e.target?.id ?? null,
          preset: e.detail?.preset ?? null,
          bubbles: e.bubbles,
          composed: e.composed,
          t: performance.now(),
        });
      });
    }
  });
}

const events = (page, type) => page.evaluate((type) => window.__vsg.filter((e) => !type || e.type === type), type);

/** Values of the form's main fields and rows inside `scope`. */
async function formState(scope) {
  const out = {};
  for (const name of ['RegionId', 'LoadBalancerId', 'VServerGroupName']) out[name] = await field(scope, name).inputValue();
  const rows = await rowCount(scope);
  out.rows = [];
  for (let i = 1; i <= rows; i++) {
    const row = {};
    for (const f of ['ServerId', 'Port', 'Weight', 'Type', 'ServerIp', 'Description']) {
      row[f] = await scope.getByLabel(`${f} ${i}`, { exact: true }).inputValue();
    }
    out.rows.push(row);
  }
  return out;
}


/** Defines window.testIds(root): the distinct data-testids under a Document or ShadowRoot. */
async function defineTestIds(context) {
  await context.addInitScript(() => {
    window.testIds = (root) => [...new Set([...root.querySelectorAll('[data-testid]')].map((e) => e.dataset.testid))].sort();
  });
}

/** Every control's role and accessible name (as the page writes it) under `scope`. */
async function namesOf(scope) {
  const out = new Set();
  for (const role of ['button', 'textbox', 'combobox', 'tab', 'radio', 'link']) {
    for (const name of await scope.getByRole(role).evaluateAll((els) =>
      els.map((e) => (e.getAttribute('aria-label') || e.labels?.[0]?.innerText || e.textContent).trim()),
    )) {
      out.add(`${role}: ${name}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The custom element

test('two elements: open shadow roots, the standalone page\'s names and test ids, one wasm download, vsg-ready each', { timeout: TEST_TIMEOUT }, async (t) => {
  const requests = [];
  const app = await openHost(env, t, {
    // #a asks for every control (controls alone): the contract's language, theme and
    // simulate selects are then there as on the standalone page.
    body: element('a', { controls: true }) + element('b', { preset: ONE_ROW }),
    beforeGoto: async (context, page) => {
      await recordEvents(context);
      await defineTestIds(context);
      page.on('request', (r) => requests.push(r.url()));
    },
  });
  const { page } = app;
  const a = page.locator('vsg-playground#a');
  const b = page.locator('vsg-playground#b');

  // Open shadow roots, one playground each, in element mode.
  for (const el of [a, b]) {
    assert.equal(await el.evaluate((e) => e.shadowRoot?.mode), 'open');
    assert.equal(await el.evaluate((e) => e.shadowRoot.querySelectorAll('.vsg').length), 1);
    assert.equal(await el.locator('.vsg').getAttribute('data-mode'), 'element');
    await el.locator(LIVE_URL).waitFor();
  }
  assert.equal(await page.evaluate(() => document.querySelectorAll('.vsg, [data-testid]').length), 0,
    'nothing of the playground is in the host document itself (all inside the shadow roots)');

  // The contract's names and test ids, scoped per element.
  for (const id of ['language', 'theme', 'simulate', 'undo', 'redo', 'copy-link', 'reset', 'download', 'request-url',
    'validation-summary', 'validation-headline', 'add-server', 'announcer']) {
    assert.equal(await a.getByTestId(id).count(), 1, `data-testid=${id} in #a`);
  }
  for (const name of ['RegionId', 'LoadBalancerId', 'VServerGroupName', 'ServerId 1', 'Port 1', 'Weight 1', 'Type 1', 'ServerIp 1', 'Description 1']) {
    assert.equal(await field(a, name).count(), 1, `control ${name} in #a`);
  }
  for (const name of ['+ Add server', 'Remove server 1', 'Move server 1 down', 'Duplicate server 1', '+ Add tag']) {
    assert.equal(await a.getByRole('button', { name, exact: true }).count(), 1, `button ${name} in #a`);
  }
  assert.deepEqual(await tabNames(a), ['Parameters', 'Signature', 'Response', 'Code']);
  assert.equal(await a.locator('details.advanced').count(), 1);
  assert.equal(await rowCount(a), 3, '#a shows the example');
  assert.equal(await rowCount(b), 1, '#b shows its preset');

  // Everything named on the standalone page is named the same inside the element, in the
  // same view: an embed opens on its answer (the Response tab), the page on the
  // parameters, so #a is shown its Parameters tab first.
  assert.equal(await a.getByRole('tab', { name: 'Response', exact: true }).getAttribute('aria-selected'), 'true',
    'an element opens on the Response tab');
  await a.getByRole('tab', { name: 'Parameters', exact: true }).click();
  await a.getByTestId('panel-params').waitFor();
  // An embed folds what the page shows open: reset (with the downloads) in the More
  // menu, the validation summary's list under its one-line headline. Opened, their
  // controls have the page's names.
  await a.getByTestId('download').click();
  await a.getByTestId('reset').waitFor();
  await a.locator('details.problems > summary').click();
  await a.locator('details.problems').locator('li').first().waitFor();
  const elementIds = await a.evaluate((host) => testIds(host.shadowRoot));
  const elementNames = await namesOf(a);
  const standalone = await openPage(env, t, { beforeGoto: (context) => defineTestIds(context) });
  await standalone.page.locator(LIVE_URL).waitFor();
  const pageIds = await standalone.page.evaluate(() => testIds(document));
  const pageNames = await namesOf(standalone.page);
  assert.ok(pageIds.length >= 15, `the page's test ids: ${pageIds}`);
  assert.deepEqual(pageIds.filter((id) => !elementIds.includes(id)), [], 'test ids of the page missing in the element');
  assert.deepEqual([...pageNames].filter((n) => !elementNames.has(n)), [], 'accessible names of the page missing in the element');

  // The wasm module (and the glue and the stylesheet) load once for both elements.
  const count = (re) => requests.filter((u) => re.test(new URL(u).pathname)).length;
  assert.equal(count(/\.wasm$/), 1, `one .wasm request: ${requests.join('\n')}`);
  assert.equal(count(/^\/vsg-playground-[^/]*\.js$/), 1, 'the wasm glue loads once');
  assert.equal(count(/\.css$/), 1, 'the stylesheet loads once');

  // vsg-ready, once per element, bubbling out of it.
  const ready = await events(page, 'vsg-ready');
  assert.deepEqual(ready.map((e) => e.id).sort(), ['a', 'b']);
  assert.ok(ready.every((e) => e.bubbles), 'vsg-ready bubbles');
  app.assertHealthy();
});

test('each element has its own state: edits, rows and undo in one leave the other alone', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openHost(env, t, { body: element('a', { controls: 'language,theme' }) + element('b') });
  const { page } = app;
  const a = page.locator('vsg-playground#a');
  const b = page.locator('vsg-playground#b');
  const before = await formState(b);

  await a.getByLabel('Port 1', { exact: true }).fill('8080');
  await field(a, 'RegionId').fill('cn-beijing');
  await a.getByTestId('add-server').click();
  await eventually(async () => assert.equal(await rowCount(a), 4));
  await eventually(async () => assert.match(await a.getByTestId('request-url').textContent(), /Port%22%3A%228080%22/));

  assert.deepEqual(await formState(b), before, '#b keeps its values');
  assert.equal(await b.getByLabel('Port 1', { exact: true }).inputValue(), '80');
  assert.doesNotMatch(await b.getByTestId('request-url').textContent(), /8080|cn-beijing/);
  assert.equal(await b.getByTestId('undo').isDisabled(), true, '#b has nothing to undo');

  // Undo in #b: nothing; undo in #a: #a's last edit only.
  await b.getByLabel('Weight 2', { exact: true }).fill('7');
  await b.getByTestId('undo').click();
  await eventually(async () => assert.equal(await b.getByLabel('Weight 2', { exact: true }).inputValue(), '100'));
  assert.equal(await rowCount(a), 4, '#a is untouched by #b\'s undo');
  await a.getByTestId('undo').click();
  await eventually(async () => assert.equal(await rowCount(a), 3));
  assert.equal(await a.getByLabel('Port 1', { exact: true }).inputValue(), '8080');
  assert.equal(await rowCount(b), 3);

  // Language and theme are per element too.
  await a.getByTestId('language').selectOption('zh-CN');
  await a.getByTestId('theme').selectOption('dark');
  await eventually(async () => assert.equal(await a.locator('.vsg').getAttribute('lang'), 'zh-CN'));
  assert.equal(await b.locator('.vsg').getAttribute('lang'), 'en');
  assert.equal(await rootBackground(a), DARK_BG);
  assert.equal(await b.locator('.vsg').getAttribute('data-theme'), 'auto');
  assert.equal(await rootBackground(b), LIGHT_BG);
  app.assertHealthy();
});

test('preset: every key of the permalink shows in the form and in the signed request', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openHost(env, t, { body: element('a', { preset: RICH_PRESET }) + element('c', { preset: 'v1&r=cn-hangzhou&lb=lb-1&s=vm-233,80,100&e=custom&h=slb.example.com' }) });
  const { page } = app;
  const a = page.locator('vsg-playground#a');

  assert.deepEqual(await formState(a), {
    RegionId: 'cn-beijing',
    LoadBalancerId: 'lb-2zeabc',
    VServerGroupName: 'web-组',
    rows: [
      { ServerId: 'i-1', Port: '8080', Weight: '50', Type: 'ecs', ServerIp: '', Description: 'front/一' },
      { ServerId: 'eni-2', Port: '81', Weight: '0', Type: 'eni', ServerIp: '10.0.0.2', Description: 'b' },
    ],
  });
  assert.equal(await a.getByLabel('Tag.1.Key', { exact: true }).inputValue(), 'env');
  assert.equal(await a.getByLabel('Tag.1.Value', { exact: true }).inputValue(), 'prod');
  assert.equal(await a.getByLabel('Tag.2.Key', { exact: true }).inputValue(), 'team');
  assert.equal(await a.getByLabel('Tag.2.Value', { exact: true }).inputValue(), 'a&b');
  assert.equal(await field(a, 'Format').inputValue(), 'XML');
  assert.equal(await field(a, 'HTTP method').inputValue(), 'POST');
  await a.locator('details.advanced > summary').click();
  assert.equal(await field(a, 'Endpoint').inputValue(), 'vpc');
  assert.equal(await field(a, 'SignatureNonce').inputValue(), 'abc-123');
  assert.equal(await field(a, 'Timestamp').inputValue(), '2025-01-01T00:00:00Z');

  const url = await a.getByTestId('request-url').textContent();
  assert.ok(url.startsWith('https://slb-vpc.cn-beijing.aliyuncs.com/?'), url);
  const p = queryObject(url);
  assert.deepEqual(urlServers(url), [
    { ServerId: 'i-1', Port: '8080', Weight: '50', Type: 'ecs', Description: 'front/一' },
    { ServerId: 'eni-2', Port: '81', Weight: '0', Type: 'eni', ServerIp: '10.0.0.2', Description: 'b' },
  ]);
  assert.equal(p.RegionId, 'cn-beijing');
  assert.equal(p.LoadBalancerId, 'lb-2zeabc');
  assert.equal(p.VServerGroupName, 'web-组');
  assert.equal(p.Format, 'XML');
  assert.equal(p['Tag.1.Key'], 'env');
  assert.equal(p['Tag.2.Value'], 'a&b');
  assert.equal(p.SignatureNonce, 'abc-123');
  assert.equal(p.Timestamp, '2025-01-01T00:00:00Z');
  assert.equal(p.Signature, signV1('POST', p, 'testsecret').signature, 'signed as a POST');

  // e=custom&h=…: the custom host.
  const c = page.locator('vsg-playground#c');
  assert.ok((await c.getByTestId('request-url').textContent()).startsWith('https://slb.example.com/?'));
  app.assertHealthy();
});

/** How many of the language, theme and simulate selects show under `scope`. */
async function selects(scope) {
  const out = {};
  for (const id of ['language', 'theme', 'simulate']) out[id] = await scope.getByTestId(id).count();
  return out;
}

/** The toolbar under `scope`: its height in px and its data-compact. */
const toolbarBox = (scope) =>
  scope.locator('.toolbar').first().evaluate((e) => ({ height: e.getBoundingClientRect().height, compact: e.dataset.compact ?? null }));

test('controls: an element shows language, theme and simulate only when asked; its toolbar is one line (two at most on a phone), reset and downloads in its More menu, which closes once an item is chosen', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openHost(env, t, {
    contextOptions: { locale: 'en-US', viewport: { width: 1280, height: 900 } },
    body:
      element('bare', { preset: ONE_ROW }) +
      element('lang', { controls: 'language' }) +
      element('sim', { simulate: 'Throttling' }) +
      element('two', { controls: 'theme, simulate' }) +
      element('all', { controls: true }) +
      element('empty', { controls: '' }) +
      element('unknown', { controls: 'bogus' }) +
      `<div id="column" style="width: 600px">${element('col')}</div>`,
  });
  const { page } = app;
  const el = (id) => page.locator(`vsg-playground#${id}`);
  const none = { language: 0, theme: 0, simulate: 0 };

  // Without controls: no language, theme or simulate select; one line of toolbar.
  const bare = el('bare');
  assert.deepEqual(await selects(bare), none, 'an element without controls');
  assert.deepEqual(await selects(el('col')), none, 'an element without controls, in a docs column');
  for (const id of ['bare', 'col']) {
    const box = await toolbarBox(el(id));
    assert.equal(box.compact, 'true', `#${id}: the embed's compact bar`);
    assert.ok(box.height > 0 && box.height < 48, `#${id}: the toolbar is one line (${box.height} px high)`);
  }
  // controls="language": the language select only.
  assert.deepEqual(await selects(el('lang')), { language: 1, theme: 0, simulate: 0 }, 'controls="language"');
  assert.equal(await el('lang').getByTestId('language').inputValue(), 'en');
  // The simulate attribute shows the simulate select (with its error) without controls.
  assert.deepEqual(await selects(el('sim')), { language: 0, theme: 0, simulate: 1 }, 'simulate="Throttling" without controls');
  assert.equal(await el('sim').getByTestId('simulate').inputValue(), 'Throttling');
  // Two of them, every one (controls alone or empty), none for unknown names.
  assert.deepEqual(await selects(el('two')), { language: 0, theme: 1, simulate: 1 }, 'controls="theme, simulate"');
  assert.deepEqual(await selects(el('all')), { language: 1, theme: 1, simulate: 1 }, 'controls');
  assert.deepEqual(await selects(el('empty')), { language: 1, theme: 1, simulate: 1 }, 'controls=""');
  assert.deepEqual(await selects(el('unknown')), none, 'controls="bogus"');

  // Reset and the downloads are in the More menu: hidden until it opens.
  const more = bare.getByTestId('download');
  assert.equal((await more.textContent()).trim(), 'More');
  assert.equal(await bare.locator('details.menu').getAttribute('open'), null);
  assert.equal(await bare.getByTestId('reset').isVisible(), false, 'reset is folded in the menu');
  assert.equal(await bare.getByRole('button', { name: 'Request URL (.txt)', exact: true }).isVisible(), false);
  await more.click();
  await bare.getByTestId('reset').waitFor({ state: 'visible' });
  assert.equal(await bare.getByRole('button', { name: 'Request URL (.txt)', exact: true }).isVisible(), true, 'the downloads are in the menu');
  assert.equal(await bare.locator('details.menu').getByTestId('reset').count(), 1, 'reset is inside the menu');
  // Reset from the menu restores the example.
  await field(bare, 'RegionId').fill('cn-qingdao');
  await eventually(async () => assert.match(await bare.getByTestId('request-url').textContent(), /RegionId=cn-qingdao/));
  if (!(await bare.getByTestId('reset').isVisible())) await more.click();
  await bare.getByTestId('reset').click();
  await eventually(async () => assert.equal(await field(bare, 'RegionId').inputValue(), 'cn-hangzhou'));
  assert.equal(await rowCount(bare), 3, 'the example\'s three servers');
  // An item chosen closes the menu, the focus back on its summary.
  await eventually(async () => assert.equal(await bare.locator('details.menu').getAttribute('open'), null, 'the menu closed after Reset'));
  assert.equal(await more.evaluate((s) => s.getRootNode().activeElement === s), true, 'the focus is back on More');

  // The controls attribute changed later: the selects follow it.
  const set = (value) => bare.evaluate((e, v) => (v === null ? e.removeAttribute('controls') : e.setAttribute('controls', v)), value);
  await set('language,theme');
  await eventually(async () => assert.deepEqual(await selects(bare), { language: 1, theme: 1, simulate: 0 }));
  await set(null);
  await eventually(async () => assert.deepEqual(await selects(bare), none));

  // A phone's width: the bar wraps within its box (never scrolls sideways), two lines at
  // most; its menu opens over what is below (the bar keeps its height), inside the element.
  if ((await bare.locator('details.menu').getAttribute('open')) !== null) await more.click();
  await eventually(async () => assert.equal(await bare.locator('details.menu').getAttribute('open'), null));
  await page.setViewportSize({ width: 375, height: 800 });
  const fit = () => bare.locator('.toolbar').evaluate((bar) => ({ scroll: bar.scrollWidth, client: bar.clientWidth }));
  let closed;
  await eventually(async () => {
    closed = await toolbarBox(bare);
    assert.ok(closed.height > 0 && closed.height < 72, `the toolbar is at most two lines on a phone (${closed.height} px high)`);
    const { scroll, client } = await fit();
    assert.ok(scroll <= client, `the toolbar fits its box (${scroll} > ${client} px)`);
  });
  await more.click();
  await bare.getByTestId('reset').waitFor({ state: 'visible' });
  assert.equal((await toolbarBox(bare)).height, closed.height, 'the open menu does not make the toolbar taller');
  const [menu, host] = await Promise.all([
    bare.locator('details.menu > ul').evaluate((e) => e.getBoundingClientRect().toJSON()),
    bare.evaluate((e) => e.getBoundingClientRect().toJSON()),
  ]);
  assert.ok(menu.left >= host.left && menu.right <= host.right, `the menu (${menu.left}–${menu.right}) is inside the element (${host.left}–${host.right})`);
  await bare.getByTestId('reset').click();
  await eventually(async () => assert.equal(await bare.locator('details.menu').getAttribute('open'), null, 'the menu closed after Reset'));

  // The standalone page still shows every control, reset outside the menu.
  const standalone = await openPage(env, t, { contextOptions: { locale: 'en-US' } });
  assert.deepEqual(await selects(standalone.page), { language: 1, theme: 1, simulate: 1 }, 'the standalone page');
  assert.equal((await toolbarBox(standalone.page)).compact, null);
  assert.equal(await standalone.page.getByTestId('reset').isVisible(), true);
  assert.equal(await standalone.page.locator('details.menu').getByTestId('reset').count(), 0, 'the page\'s reset is not in a menu');
  assert.equal((await standalone.page.getByTestId('download').textContent()).trim(), 'Download');
  app.assertHealthy();
  standalone.assertHealthy();
});

/** Goals of the compact embed (issue 15). */
const HEIGHT_AT_688 = 1000;

test('compact at 688 px: the example with the default panels is at most 1,000 px tall; with form,request,responses the answer is in view without a click', { timeout: TEST_TIMEOUT }, async (t) => {
  const VIEWPORT = { width: 1280, height: 900 };
  const app = await openHost(env, t, {
    contextOptions: { locale: 'en-US', viewport: VIEWPORT },
    body:
      `<div style="width: 688px">${element('all')}</div>` +
      `<div style="width: 688px">${element('frr', { panels: 'form,request,responses' })}</div>`,
  });
  const { page } = app;
  const all = page.locator('vsg-playground#all');
  const frr = page.locator('vsg-playground#frr');
  // A bare element: the original example (three servers, with its warnings), every panel.
  assert.equal(await rowCount(all), 3, 'the example\'s three servers');
  assert.deepEqual(await tabNames(all), ['Parameters', 'Signature', 'Response', 'Code']);
  assert.match(await all.getByTestId('validation-headline').textContent(), /warning/);
  const box = await all.evaluate((e) => e.getBoundingClientRect().toJSON());
  t.diagnostic(`the example, default panels, at 688 px: ${box.width} × ${box.height.toFixed(1)} px`);
  assert.equal(box.width, 688);
  assert.ok(box.height <= HEIGHT_AT_688, `the element is ${box.height.toFixed(1)} px tall (goal ≤ ${HEIGHT_AT_688})`);

  // "In view without a click": an embed opens on its Response tab; with the element's top at
  // the top of a 1280×900 window (nothing clicked, nothing scrolled inside it), the status
  // and the whole response body are inside the element's box and on screen.
  assert.equal(await frr.getByRole('tab', { name: 'Response', exact: true }).getAttribute('aria-selected'), 'true');
  await frr.evaluate((e) => window.scrollTo(0, window.scrollY + e.getBoundingClientRect().top));
  const seen = await frr.evaluate((e) => {
    const rect = (x) => x.getBoundingClientRect().toJSON();
    const panel = e.shadowRoot.querySelector('[data-testid="panel-response"]');
    return {
      element: rect(e),
      status: rect(panel.querySelector('[data-testid="response-status"]')),
      body: rect(panel.querySelector('pre')),
      viewport: window.innerHeight,
    };
  });
  t.diagnostic(`form,request,responses at 688 px: ${seen.element.height.toFixed(1)} px tall; status ${seen.status.top.toFixed(0)}–${seen.status.bottom.toFixed(0)}, body ${seen.body.top.toFixed(0)}–${seen.body.bottom.toFixed(0)} px from the top of the window`);
  assert.ok(Math.abs(seen.element.top) < 1, `the element's top is at the top of the window (${seen.element.top})`);
  for (const [name, r] of [['the status', seen.status], ['the response body', seen.body]]) {
    assert.ok(r.height > 0, `${name} shows`);
    assert.ok(r.top >= seen.element.top && r.bottom <= seen.element.bottom, `${name} is inside the element's box`);
    assert.ok(r.top >= 0 && r.bottom <= seen.viewport, `${name} is on screen (${r.top.toFixed(0)}–${r.bottom.toFixed(0)} of ${seen.viewport} px)`);
  }
  app.assertHealthy();
});

test('lang, theme, panels, readonly, compact and simulate attributes', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openHost(env, t, {
    contextOptions: { locale: 'en-US', colorScheme: 'light' },
    body:
      element('b', { preset: RICH_PRESET, lang: 'zh-CN', theme: 'dark', panels: 'form,request,responses', readonly: true, compact: true, simulate: 'Throttling' }) +
      element('sig', { panels: 'signature' }) +
      element('code', { panels: 'code', compact: 'false' }) +
      element('form', { panels: 'form' }),
  });
  const { page } = app;
  const b = page.locator('vsg-playground#b');
  const root = b.locator('.vsg');

  // lang: the words are Chinese, API names are not.
  assert.equal(await root.getAttribute('lang'), 'zh-CN');
  assert.equal(await b.getByRole('heading', { name: '校验', exact: true }).count(), 1);
  assert.equal(await field(b, 'RegionId').count(), 1);
  assert.equal(await b.getByLabel('已知地域', { exact: true }).count(), 1);
  // theme
  assert.equal(await root.getAttribute('data-theme'), 'dark');
  assert.equal(await rootBackground(b), DARK_BG);
  // panels: form, request (validation, URL, parameters) and responses only.
  assert.deepEqual(await tabNames(b), ['参数', '响应']);
  assert.equal(await b.getByTestId('request-url').count(), 1);
  assert.equal(await b.getByTestId('validation-summary').count(), 1);
  // compact
  assert.equal(await root.getAttribute('data-compact'), 'true');
  // simulate: the Response tab shows the simulated error.
  assert.equal(await b.getByRole('tab', { name: '响应', exact: true }).getAttribute('aria-selected'), 'true');
  assert.match(await b.getByTestId('response-status').textContent(), /400/);
  assert.match(await b.getByTestId('response-xml').textContent(), /<Code>Throttling<\/Code>/, 'the XML of the simulated error (Format=XML)');
  assert.equal(await b.getByTestId('simulate').inputValue(), 'Throttling');

  // readonly: nothing of the request is editable.
  assert.equal(await root.getAttribute('data-readonly'), 'true');
  for (const id of ['undo', 'redo', 'reset', 'add-server', 'import-input', 'import-apply']) {
    assert.equal(await b.getByTestId(id).count(), 0, `no ${id} when read-only`);
  }
  for (const name of [/^Remove server/, /^Move server/, /^Duplicate server/, /^Remove tag/, /^\+ /, /^删除|^上移|^下移|^复制服务器/]) {
    assert.equal(await b.getByRole('button', { name }).count(), 0, `no button ${name} when read-only`);
  }
  await b.locator('details.advanced > summary').click();
  const controls = b.locator('form').locator('input, select, textarea');
  const n = await controls.count();
  assert.ok(n >= 20, `the form's controls (${n})`);
  for (let i = 0; i < n; i++) {
    const c = controls.nth(i);
    assert.equal(await c.isEditable(), false, `control ${await c.getAttribute('aria-label') ?? await c.getAttribute('id')} is not editable`);
  }
  for (const area of await b.locator('textarea').all()) assert.equal(await area.isEditable(), false, 'textareas are read-only');
  const port = b.getByLabel('Port 1', { exact: true });
  await port.focus();
  await page.keyboard.type('99');
  await page.keyboard.press('Control+z');
  assert.equal(await port.inputValue(), '8080', 'typing changes nothing');
  assert.match(await b.getByTestId('request-url').textContent(), /Port%22%3A%228080%22/);

  // Other panel lists.
  const sig = page.locator('vsg-playground#sig');
  assert.deepEqual(await tabNames(sig), ['Signature']);
  assert.equal(await field(sig, 'RegionId').count(), 0, 'no form with panels=signature');
  assert.equal(await sig.getByTestId('validation-summary').count(), 0, 'no request panel with panels=signature');
  assert.equal(await sig.getByTestId('signature').count(), 1);
  const code = page.locator('vsg-playground#code');
  assert.deepEqual(await tabNames(code), ['Code']);
  assert.equal(await code.locator('.vsg').getAttribute('data-compact'), null, 'compact="false" is not compact');
  assert.equal(await page.locator('vsg-playground#form').locator('.vsg').getAttribute('data-compact'), 'true', 'an element is compact by default');
  const form = page.locator('vsg-playground#form');
  assert.equal(await field(form, 'RegionId').count(), 1);
  assert.equal(await form.getByRole('tab').count(), 0, 'no output with panels=form');
  app.assertHealthy();
});

test('changing attributes later updates the element: preset, lang, theme, panels, readonly, simulate', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openHost(env, t, {
    contextOptions: { locale: 'en-US', colorScheme: 'light' },
    body: element('a', { preset: ONE_ROW }),
  });
  const { page } = app;
  const a = page.locator('vsg-playground#a');
  const set = (name, value) => a.evaluate((el, [n, v]) => (v === null ? el.removeAttribute(n) : el.setAttribute(n, v)), [name, value]);

  // preset replaces the request.
  assert.equal(await rowCount(a), 1);
  await set('preset', RICH_PRESET);
  await eventually(async () => assert.equal(await field(a, 'RegionId').inputValue(), 'cn-beijing'));
  assert.equal((await formState(a)).rows.length, 2);
  assert.equal(await a.getByLabel('Tag.2.Value', { exact: true }).inputValue(), 'a&b');
  assert.ok((await a.getByTestId('request-url').textContent()).startsWith('https://slb-vpc.cn-beijing.aliyuncs.com/?'));
  await set('preset', 'v1&r=cn-shanghai&lb=lb-9&s=i-7,7070,70');
  await eventually(async () => assert.equal(await a.getByLabel('Port 1', { exact: true }).inputValue(), '7070'));
  assert.equal(await rowCount(a), 1);
  assert.equal(await a.getByLabel('Tag.1.Key', { exact: true }).count(), 0, 'the tags of the previous preset are gone');

  // lang switches the words.
  assert.equal(await a.getByTestId('add-server').textContent(), '+ Add server');
  await set('lang', 'zh-CN');
  await eventually(async () => assert.equal(await a.getByTestId('add-server').textContent(), '+ 添加服务器'));
  assert.equal(await a.locator('.vsg').getAttribute('lang'), 'zh-CN');
  await set('lang', 'en');
  await eventually(async () => assert.equal(await a.getByTestId('add-server').textContent(), '+ Add server'));

  // theme switches the colours.
  assert.equal(await rootBackground(a), LIGHT_BG);
  await set('theme', 'dark');
  await eventually(async () => assert.equal(await rootBackground(a), DARK_BG));
  assert.equal(await a.locator('.vsg').getAttribute('data-theme'), 'dark');
  await set('theme', 'light');
  await eventually(async () => assert.equal(await rootBackground(a), LIGHT_BG));

  // panels shows and hides.
  await set('panels', 'form');
  await eventually(async () => assert.equal(await a.getByRole('tab').count(), 0));
  assert.equal(await field(a, 'RegionId').count(), 1);
  await set('panels', 'signature,code');
  await eventually(async () => assert.deepEqual(await tabNames(a), ['Signature', 'Code']));
  assert.equal(await field(a, 'RegionId').count(), 0);
  await set('panels', null);
  await eventually(async () => assert.deepEqual(await tabNames(a), ['Parameters', 'Signature', 'Response', 'Code']));
  assert.equal(await field(a, 'RegionId').count(), 1);

  // readonly on and off.
  await set('readonly', '');
  await eventually(async () => assert.equal(await a.getByTestId('add-server').count(), 0));
  assert.equal(await a.getByLabel('Port 1', { exact: true }).isEditable(), false);
  await set('readonly', null);
  await eventually(async () => assert.equal(await a.getByTestId('add-server').count(), 1));
  assert.equal(await a.getByLabel('Port 1', { exact: true }).isEditable(), true);

  // simulate shows the error's response, and removing it the request's own.
  await set('simulate', 'Throttling');
  await eventually(async () => assert.match(await a.getByTestId('response-json').textContent(), /"Throttling"/));
  await set('simulate', null);
  await eventually(async () => assert.match(await a.getByTestId('response-json').textContent(), /"VServerGroupId"/));

  // compact off and on.
  await set('compact', 'false');
  await eventually(async () => assert.equal(await a.locator('.vsg').getAttribute('data-compact'), null));
  await set('compact', '');
  await eventually(async () => assert.equal(await a.locator('.vsg').getAttribute('data-compact'), 'true'));
  app.assertHealthy();
});

test('vsg-change: bubbles and is composed, detail.preset is the permalink, debounced while typing', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openHost(env, t, {
    body: element('a', { preset: ONE_ROW }) + element('b'),
    beforeGoto: (context) => recordEvents(context),
  });
  const { page } = app;
  const a = page.locator('vsg-playground#a');
  const port = a.getByLabel('Port 1', { exact: true });
  await port.click();
  await port.press('End');
  await port.pressSequentially('12345', { delay: 30 });

  const typed = (e) => e.type === 'vsg-change' && e.id === 'a' && /(^|&)s=vm-233,801\d*,100/.test(e.preset);
  const final = await eventually(async () => {
    const last = (await events(page)).filter(typed).at(-1);
    assert.ok(last && last.preset.includes('s=vm-233,8012345,100'), `a vsg-change with the typed port: ${JSON.stringify(last)}`);
    return last;
  });
  assert.equal(final.bubbles, true, 'vsg-change bubbles');
  assert.equal(final.composed, true, 'vsg-change is composed');
  assert.equal(final.preset, 'v1&r=cn-hangzhou&lb=lb-1&s=vm-233,8012345,100');
  const burst = (await events(page)).filter(typed);
  assert.ok(burst.length < 5, `debounced: ${burst.length} events for 5 keystrokes: ${burst.map((e) => e.preset).join(' | ')}`);
  assert.ok((await events(page, 'vsg-change')).every((e) => e.id === 'a' || !typed(e)), 'only #a reports its edits');

  // The permalink reopens the same request: handed to #b as its preset.
  await page.locator('vsg-playground#b').evaluate((el, p) => el.setAttribute('preset', p), final.preset);
  const b = page.locator('vsg-playground#b');
  await eventually(async () => assert.deepEqual(await formState(b), await formState(a)));

  // A richer request round-trips too.
  await a.evaluate((el, p) => el.setAttribute('preset', p), RICH_PRESET);
  await eventually(async () => assert.equal(await field(a, 'RegionId').inputValue(), 'cn-beijing'));
  await field(a, 'VServerGroupName').fill('web 组 2');
  const rich = await eventually(async () => {
    const last = (await events(page, 'vsg-change')).filter((e) => e.id === 'a').at(-1);
    assert.ok(last?.preset.includes('n=web%20%E7%BB%84%202'), JSON.stringify(last));
    return last.preset;
  });
  await b.evaluate((el, p) => el.setAttribute('preset', p), rich);
  await eventually(async () => assert.equal(await b.getByTestId('request-url').textContent(), await a.getByTestId('request-url').textContent()));
  app.assertHealthy();
});

test('vsg-change is not dispatched when only the view changes (tab, language, theme)', {
  timeout: TEST_TIMEOUT,
}, async (t) => {
  const app = await openHost(env, t, {
    body: element('a', { preset: ONE_ROW, controls: 'language,theme' }),
    beforeGoto: (context) => recordEvents(context),
  });
  const { page } = app;
  const a = page.locator('vsg-playground#a');
  const changeWith = async (port) =>
    eventually(async () => {
      const all = await events(page, 'vsg-change');
      assert.ok(all.some((e) => e.preset.includes(`s=vm-233,${port},100`)), `a vsg-change for port ${port}`);
      return all.length;
    });
  await a.getByLabel('Port 1', { exact: true }).fill('8080');
  const settled = await changeWith('8080');
  // Each view change is followed by a wait longer than the ~200 ms debounce: the live
  // region's announcement, which comes ~1.2 s after the language changes.
  const announcer = a.getByTestId('announcer');
  await a.getByRole('tab', { name: 'Signature', exact: true }).click();
  await a.getByTestId('language').selectOption('zh-CN');
  await eventually(async () => assert.match(await announcer.textContent(), /^校验/));
  await a.getByTestId('theme').selectOption('dark');
  await eventually(async () => assert.equal(await rootBackground(a), DARK_BG));
  await a.getByTestId('language').selectOption('en');
  await eventually(async () => assert.match(await announcer.textContent(), /^Validation/));
  await a.getByLabel('Port 1', { exact: true }).fill('8081');
  await changeWith('8081');
  const after = (await events(page, 'vsg-change')).slice(settled);
  assert.deepEqual(after.map((e) => e.preset), ['v1&r=cn-hangzhou&lb=lb-1&s=vm-233,8081,100'],
    'the only vsg-change after the first edit is the second edit\'s');
});

test('mount(div, options) renders a playground in the div and returns its element', { timeout: TEST_TIMEOUT }, async (t) => {
  const requests = [];
  const app = await openHost(env, t, {
    body: '<div id="here"></div>' + element('other'),
    beforeGoto: (context, page) => page.on('request', (r) => requests.push(r.url())),
  });
  const { page } = app;
  const result = await page.evaluate(async (preset) => {
    const { mount } = await import('./vsg-playground.js');
    const div = document.getElementById('here');
    const el = mount(div, { preset, lang: 'zh-CN', theme: 'dark', readonly: true });
    await new Promise((resolve) => {
      if (el.shadowRoot?.querySelector('.vsg')) resolve();
      else el.addEventListener('vsg-ready', resolve, { once: true });
    });
    return {
      tag: el.localName,
      parentIsDiv: el.parentElement === div,
      onlyChild: div.children.length === 1,
      isElementInDiv: div.querySelector('vsg-playground') === el,
      attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    };
  }, RICH_PRESET);
  assert.equal(result.tag, 'vsg-playground');
  assert.ok(result.parentIsDiv && result.onlyChild && result.isElementInDiv, JSON.stringify(result));
  assert.equal(result.attrs.lang, 'zh-CN');
  assert.equal(result.attrs.theme, 'dark');
  assert.equal(result.attrs.preset, RICH_PRESET);
  assert.ok('readonly' in result.attrs);

  const el = page.locator('#here vsg-playground');
  const root = el.locator('.vsg');
  assert.equal(await root.getAttribute('data-mode'), 'element');
  assert.equal(await root.getAttribute('lang'), 'zh-CN');
  assert.equal(await root.getAttribute('data-readonly'), 'true');
  assert.equal(await rootBackground(el), DARK_BG);
  assert.equal(await field(el, 'RegionId').inputValue(), 'cn-beijing');
  assert.equal(await rowCount(el), 2);
  assert.equal(await el.getByRole('button', { name: '+ 添加服务器' }).count(), 0, 'read-only');
  assert.equal(requests.filter((u) => u.endsWith('.wasm')).length, 1, 'still one wasm download');
  app.assertHealthy();
});

// ---------------------------------------------------------------------------------------
// The iframe mode

test('iframe mode (?embed&preset&lang&theme): no page chrome, compact, the preset, Chinese, dark', { timeout: TEST_TIMEOUT }, async (t) => {
  const query = '?' + embedUrl(env.server, { preset: RICH_PRESET, lang: 'zh-CN', theme: 'dark' }).split('?')[1];
  const app = await openPage(env, t, { query, contextOptions: { locale: 'en-US', colorScheme: 'light' } });
  const { page } = app;
  await page.locator(LIVE_URL).waitFor();
  const attrs = await attributes(page.locator('.vsg'));
  assert.equal(attrs['data-mode'], 'iframe');
  assert.equal(attrs['data-compact'], 'true');
  assert.equal(attrs.lang, 'zh-CN');
  assert.equal(attrs['data-theme'], 'dark');
  assert.equal(await page.locator('h1').count(), 0, 'no page chrome');
  assert.equal(await rootBackground(page), DARK_BG);
  assert.equal(await field(page, 'RegionId').inputValue(), 'cn-beijing');
  assert.equal(await rowCount(page), 2);
  assert.equal(await page.getByRole('button', { name: '+ 添加服务器', exact: true }).count(), 1);
  assert.ok((await page.getByTestId('request-url').textContent()).startsWith('https://slb-vpc.cn-beijing.aliyuncs.com/?'));

  // The standalone page, for comparison: chrome, not compact.
  const standalone = await openPage(env, t);
  assert.equal(await standalone.page.locator('.vsg h1').count(), 1);
  assert.equal(await standalone.page.locator('.vsg').getAttribute('data-compact'), null);
  assert.equal(await standalone.page.locator('.vsg').getAttribute('data-mode'), 'page');
  app.assertHealthy();
});

test('iframe mode controls=: language, theme and simulate only when asked; one-line toolbar, reset in the More menu', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await newPage(env, t, { contextOptions: { locale: 'en-US' } });
  const { page } = app;
  const open = async (params) => {
    await page.goto(embedUrl(env.server, params));
    await page.locator(LIVE_URL).waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('.vsg').getAttribute('data-mode'), 'iframe');
  };
  await open({});
  assert.deepEqual(await selects(page), { language: 0, theme: 0, simulate: 0 }, '?embed');
  const box = await toolbarBox(page);
  assert.equal(box.compact, 'true');
  assert.ok(box.height > 0 && box.height < 48, `the toolbar is one line (${box.height} px high)`);
  assert.equal((await page.getByTestId('download').textContent()).trim(), 'More');
  assert.equal(await page.getByTestId('reset').isVisible(), false, 'reset is folded in the menu');
  await page.getByTestId('download').click();
  assert.equal(await page.getByTestId('reset').isVisible(), true);

  await open({ controls: 'language' });
  assert.deepEqual(await selects(page), { language: 1, theme: 0, simulate: 0 }, '?embed&controls=language');
  await open({ controls: 'theme' });
  assert.deepEqual(await selects(page), { language: 0, theme: 1, simulate: 0 }, '?embed&controls=theme');
  await open({ controls: '' });
  assert.deepEqual(await selects(page), { language: 1, theme: 1, simulate: 1 }, '?embed&controls=');
  await open({ simulate: 'Throttling' });
  assert.deepEqual(await selects(page), { language: 0, theme: 0, simulate: 1 }, '?embed&simulate=Throttling');
  assert.equal(await page.getByTestId('simulate').inputValue(), 'Throttling');
  app.assertHealthy();
});

/** The height messages recorded by iframe-host.js, per iframe id. */
async function heights(page, frame) {
  const all = await page.evaluate(() => window.messages);
  return all.filter((m) => m.frame === frame && m.data?.type === 'vsg-playground:height');
}

test('height messages go to the origin named by parent-origin only, on load and when the height changes', { timeout: TEST_TIMEOUT }, async (t) => {
  const origin = new URL(env.server.url).origin;
  const other = origin.replace('127.0.0.1', 'localhost');
  const app = await newPage(env, t);
  const { page } = app;
  await routeHost(page, env.server, hostHtml({ file: 'iframe-host.html', head: '' }), { name: 'iframe-host.html' });
  const q = new URLSearchParams();
  q.append('frame', `named|${embedUrl(env.server, { 'parent-origin': origin })}`);
  q.append('frame', `unnamed|${embedUrl(env.server)}`);
  q.append('frame', `elsewhere|${embedUrl(env.server, { 'parent-origin': other })}`);
  q.append('frame', `wildcard|${embedUrl(env.server, { 'parent-origin': '*' })}`);
  await page.goto(`${env.server.url}iframe-host.html?${q}`);
  for (const id of ['named', 'unnamed', 'elsewhere', 'wildcard']) {
    await page.frameLocator(`#${id}`).locator(LIVE_URL).waitFor({ timeout: 30_000 });
  }

  // On load.
  const first = await eventually(async () => {
    const got = await heights(page, 'named');
    assert.ok(got.length >= 1, 'a height message arrived');
    return got;
  });
  for (const m of first) {
    assert.deepEqual(Object.keys(m.data).sort(), ['height', 'type']);
    assert.equal(typeof m.data.height, 'number');
    assert.ok(m.data.height > 100, `a plausible height: ${m.data.height}`);
    assert.equal(m.origin, origin, 'posted by the iframe (its origin)');
  }
  const frame = page.frame({ url: (u) => u.href.includes('parent-origin=' + encodeURIComponent(origin)) });
  await eventually(async () =>
    assert.equal((await heights(page, 'named')).at(-1).data.height, await frame.evaluate(() => document.documentElement.scrollHeight)));

  // The other iframes grow first, then the named one: a larger height arrives from it.
  for (const id of ['unnamed', 'elsewhere', 'wildcard']) {
    for (let i = 0; i < 3; i++) await page.frameLocator(`#${id}`).getByTestId('add-server').click();
  }
  const before = (await heights(page, 'named')).at(-1).data.height;
  for (let i = 0; i < 3; i++) await page.frameLocator('#named').getByTestId('add-server').click();
  await eventually(async () => assert.equal(await rowCount(page.frameLocator('#named')), 6));
  await eventually(async () => {
    const last = (await heights(page, 'named')).at(-1).data.height;
    assert.ok(last > before, `a larger height arrived: ${before} → ${last}`);
    assert.equal(last, await frame.evaluate(() => document.documentElement.scrollHeight));
  });

  // None named, another origin named, or "*": the parent receives nothing.
  for (const id of ['unnamed', 'elsewhere', 'wildcard']) {
    assert.equal(await rowCount(page.frameLocator(`#${id}`)), 6);
    assert.deepEqual(await heights(page, id), [], `no height message from the iframe ${id}`);
  }
  assert.deepEqual((await page.evaluate(() => window.messages)).filter((m) => m.frame !== 'named'), []);
  app.assertHealthy();
});

test('height messages reach a parent page on another origin that is named', { timeout: TEST_TIMEOUT }, async (t) => {
  const hostServer = await serve(fixturesDir);
  t.after(() => hostServer.close());
  const hostOrigin = new URL(hostServer.url).origin;
  const appOrigin = new URL(env.server.url).origin;
  assert.notEqual(hostOrigin, appOrigin);
  const app = await newPage(env, t);
  const { page } = app;
  const q = new URLSearchParams();
  q.append('frame', `x|${embedUrl(env.server, { 'parent-origin': hostOrigin, lang: 'zh-CN' })}`);
  q.append('frame', `y|${embedUrl(env.server, { 'parent-origin': appOrigin })}`);
  await page.goto(`${hostServer.url}iframe-host.html?${q}`);
  await page.frameLocator('#x').locator(LIVE_URL).waitFor({ timeout: 30_000 });
  await page.frameLocator('#y').locator(LIVE_URL).waitFor({ timeout: 30_000 });
  const first = await eventually(async () => {
    const got = await heights(page, 'x');
    assert.ok(got.length >= 1);
    return got.at(-1).data.height;
  });
  assert.equal((await heights(page, 'x'))[0].origin, appOrigin);
  await page.frameLocator('#y').getByTestId('add-server').click();
  await page.frameLocator('#x').getByRole('button', { name: '+ 添加服务器', exact: true }).click();
  await eventually(async () => assert.ok((await heights(page, 'x')).at(-1).data.height > first));
  assert.deepEqual(await heights(page, 'y'), [], 'the iframe naming the app\'s own origin posts nothing to this parent');
  app.assertHealthy();
});

// ---------------------------------------------------------------------------------------
// The demo documentation page

test('demo.html: prose in English and Chinese, the read-only element with two ENI servers and a tag, the Chinese iframe sized by its messages', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await newPage(env, t, { contextOptions: { locale: 'en-US' } });
  const { page } = app;
  await page.goto(env.server.url + 'demo.html');

  // Prose in both languages.
  const en = page.locator('article[lang="en"]');
  const zh = page.locator('article[lang="zh-CN"]');
  assert.match(await en.locator('h1').textContent(), /[A-Za-z]{4,}/);
  assert.ok((await en.locator('p').first().textContent()).trim().length > 100, 'English prose');
  assert.match(await zh.locator('h1').textContent(), /[\u4e00-\u9fff]{3,}/);
  assert.ok((await zh.locator('p').first().textContent()).match(/[\u4e00-\u9fff]/g).length > 50, 'Chinese prose');

  // The element: read-only, two ENI servers and a tag.
  const el = page.locator('vsg-playground#demo-element');
  await elementsReady(page, 1);
  const root = el.locator('.vsg');
  assert.equal(await root.getAttribute('data-mode'), 'element');
  assert.equal(await root.getAttribute('data-readonly'), 'true');
  const state = await formState(el);
  assert.equal(state.rows.length, 2, JSON.stringify(state));
  for (const row of state.rows) {
    assert.equal(row.Type, 'eni');
    assert.match(row.ServerIp, /^\d+\.\d+\.\d+\.\d+$/);
  }
  assert.notEqual(await el.getByLabel('Tag.1.Key', { exact: true }).inputValue(), '');
  assert.notEqual(await el.getByLabel('Tag.1.Value', { exact: true }).inputValue(), '');
  assert.equal(await el.getByLabel('Tag.2.Key', { exact: true }).count(), 0, 'one tag');
  const url = await el.getByTestId('request-url').textContent();
  assert.deepEqual(urlServers(url).map((s) => s.Type), ['eni', 'eni']);
  assert.ok('Tag.1.Key' in queryObject(url));
  assert.equal(await el.getByTestId('add-server').count(), 0);
  assert.equal(await el.getByLabel('ServerId 1', { exact: true }).isEditable(), false);

  // The iframe: Chinese, embed mode, sized to its content by the height messages.
  const frameEl = page.locator('iframe#demo-iframe');
  await frameEl.scrollIntoViewIfNeeded();
  const inner = page.frameLocator('#demo-iframe');
  await inner.locator(LIVE_URL).waitFor({ timeout: 30_000 });
  assert.equal(await inner.locator('.vsg').getAttribute('lang'), 'zh-CN');
  assert.equal(await inner.locator('.vsg').getAttribute('data-mode'), 'iframe');
  assert.equal(await inner.getByRole('button', { name: '+ 添加服务器', exact: true }).count(), 1);
  const fitted = async () => {
    const [outer, content] = await frameEl.evaluate((f) => [f.clientHeight, f.contentDocument.documentElement.scrollHeight]);
    assert.ok(Math.abs(outer - content) <= 2, `the iframe (${outer} px) fits its content (${content} px)`);
    return outer;
  };
  const h1 = await eventually(fitted, { timeout: 10_000 });
  for (let i = 0; i < 3; i++) await inner.getByTestId('add-server').click();
  await eventually(async () => assert.ok((await fitted()) > h1, 'the iframe grows with its content'), { timeout: 10_000 });
  app.assertHealthy();
});

test('an element moved within the page (removed and inserted again in one task) keeps its state', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openHost(env, t, { body: `${element('a')}<p id="mark">between</p>${element('b')}` });
  const { page } = app;
  const a = page.locator('#a');
  await field(a, 'VServerGroupName').fill('kept-when-moved');
  await eventually(async () => assert.match(await a.locator(LIVE_URL).textContent(), /VServerGroupName=kept-when-moved/));
  // Frameworks re-order nodes this way: the element leaves and comes back in one task.
  await page.evaluate(() => {
    const el = document.getElementById('a');
    document.getElementById('b').after(el);
  });
  await eventually(async () => assert.equal(await page.evaluate(() => document.body.innerHTML.indexOf('id="b"') < document.body.innerHTML.indexOf('id="a"')), true));
  assert.equal(await field(a, 'VServerGroupName').inputValue(), 'kept-when-moved');
  assert.equal(await a.getByTestId('undo').isDisabled(), false, 'its undo history is there too');
  app.assertHealthy();
});

test('demo.html: the layout shift (CLS) is at most 0.01, opened at the top and at the iframe (#zh), scrolled to the end', { timeout: TEST_TIMEOUT }, async (t) => {
  for (const hash of ['', '#zh']) {
    const app = await newPage(env, t, { contextOptions: { viewport: { width: 1280, height: 900 } } });
    const { page } = app;
    await page.addInitScript(recordShifts);
    await page.goto(env.server.url + 'demo.html' + hash);
    // Both playgrounds live: the element taken over, the iframe's app rendered and its
    // height reported (the page sets it from the message).
    await page.locator('#demo-element').locator(LIVE_URL).waitFor();
    await page.locator('#demo-iframe').scrollIntoViewIfNeeded();
    await page.frameLocator('#demo-iframe').locator(LIVE_URL).waitFor();
    await eventually(async () => assert.match(await page.locator('#demo-iframe').evaluate((f) => f.style.height), /^\d+px$/));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const cls = await cumulativeShift(page);
    t.diagnostic(`demo.html${hash}: CLS ${cls.toFixed(4)}`);
    assert.ok(cls <= 0.01, `demo.html${hash} shifted by ${cls.toFixed(4)} (goal ≤ 0.01)`);
    app.assertHealthy();
  }
});
