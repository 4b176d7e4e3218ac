// Accessibility in both languages and both themes (picked in the toolbar, or the system's dark
// scheme with the theme left on auto), on the standalone page and in a host page with the
// <vsg-playground> element (axe pierces open shadow roots): the example as it opens, with
// errors, a tag and the advanced fold open on every output tab and in the XML response,
// and valid again; the output tabs with the arrow keys; validation changes announced once
// typing pauses. (No sideways scroll at 375 px: isolation.test.mjs.)

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useApp, TEST_TIMEOUT, eventually, field, LIVE_URL } from './helpers.mjs';
import { openHost, openPage, newPage, element, axe, rootBackground, LIGHT_BG, DARK_BG, elementsReady } from './embed-helpers.mjs';

const env = useApp();

const COMBOS = [['en', 'light'], ['en', 'dark'], ['zh-CN', 'light'], ['zh-CN', 'dark']];
const TABS = { en: ['Parameters', 'Signature', 'Response', 'Code'], 'zh-CN': ['参数', '签名', '响应', '代码'] };
const ADD_TAG = { en: '+ Add tag', 'zh-CN': '+ 添加标签' };


/**
 * Runs axe on the playground under `scope` as it opens, then in a busy state (errors, a
 * tag without key, the advanced fold open) with each output tab shown and with the error
 * response in XML, and on the valid request's XML response; returns the violations, each
 * marked with the state it was found in.
 */
async function axeAcrossTabs(page, scope, lang, options) {
  const out = [];
  const run = async (state) => {
    for (const v of await axe(page, options)) out.push(`[${state}] ${v}`);
  };
  await run('as it opens');
  await scope.getByLabel('Port 1', { exact: true }).fill('70000');
  await scope.getByRole('button', { name: ADD_TAG[lang], exact: true }).click();
  await scope.locator('details.advanced > summary').click();
  await eventually(async () => assert.equal(await scope.getByTestId('validation-summary').getAttribute('data-errors'), 'true'));
  for (const name of TABS[lang]) {
    await scope.getByRole('tab', { name, exact: true }).click();
    await run(name);
  }
  // The error response in XML.
  await scope.getByRole('tab', { name: TABS[lang][2], exact: true }).click();
  await scope.getByRole('tab', { name: 'XML', exact: true }).click();
  await scope.getByTestId('response-xml').waitFor();
  await eventually(async () => assert.match(await scope.getByTestId('response-status').textContent(), /\b400\b/));
  await run('error, XML');
  // A valid request (the port fixed, the tag given a key) shows its responses.
  await scope.getByLabel('Port 1', { exact: true }).fill('80');
  await field(scope, 'Tag.1.Key').fill('env');
  await scope.getByRole('tab', { name: 'XML', exact: true }).click();
  await scope.getByTestId('response-xml').waitFor();
  await eventually(async () => assert.match(await scope.getByTestId('response-status').textContent(), /\b200\b/));
  await run('XML');
  return out;
}

// `auto`: the theme left on auto in a context whose system scheme is dark; otherwise the
// theme is picked in the toolbar, against the system's scheme.
for (const [lang, theme] of [...COMBOS, ['en', 'auto']]) {
  const how = theme === 'auto' ? 'dark from the system, theme auto' : `${theme}, set with the toolbar`;
  test(`axe: no violation on the standalone page (${lang}, ${how})`, { timeout: TEST_TIMEOUT }, async (t) => {
    const system = theme === 'dark' ? 'light' : 'dark';
    const app = await openPage(env, t, { contextOptions: { locale: 'en-US', colorScheme: system } });
    const { page } = app;
    await page.locator(LIVE_URL).waitFor();
    await page.getByTestId('language').selectOption(lang);
    if (theme !== 'auto') await page.getByTestId('theme').selectOption(theme);
    assert.equal(await page.getByTestId('theme').inputValue(), theme);
    await eventually(async () => assert.equal(await rootBackground(page), theme === 'light' ? LIGHT_BG : DARK_BG));
    assert.equal(await page.locator('.vsg').getAttribute('lang'), lang);
    assert.deepEqual(await axeAcrossTabs(page, page, lang), []);
    app.assertHealthy();
  });
}

/** A host page (fixture host.html: a header, a main with prose) with one element. */
async function elementHost(t, lang, theme) {
  const app = await openHost(env, t, { body: element('a', { lang, theme }) });
  const el = app.page.locator('vsg-playground#a');
  await el.locator(LIVE_URL).waitFor();
  assert.equal(await rootBackground(el), theme === 'dark' ? DARK_BG : LIGHT_BG);
  assert.equal(await el.locator('.vsg').getAttribute('lang'), lang);
  return { app, el };
}

for (const [lang, theme] of COMBOS) {
  test(`axe: no violation on a host page with the element (${lang}, ${theme})`, {
    timeout: TEST_TIMEOUT,
  }, async (t) => {
    const { app, el } = await elementHost(t, lang, theme);
    assert.deepEqual(await axeAcrossTabs(app.page, el, lang), []);
  });
}

test('axe: no violation on demo.html', {
  timeout: TEST_TIMEOUT,
}, async (t) => {
  const app = await newPage(env, t);
  await app.page.goto(env.server.url + 'demo.html');
  await elementsReady(app.page, 1);
  await app.page.locator('#demo-iframe').scrollIntoViewIfNeeded();
  await app.page.frameLocator('#demo-iframe').locator(LIVE_URL).waitFor({ timeout: 30_000 });
  assert.deepEqual(await axe(app.page), []);
});

// ---------------------------------------------------------------------------------------
// Keyboard: the output tabs

async function assertArrowKeys(page, scope, lang) {
  const names = TABS[lang];
  const tab = (name) => scope.getByRole('tab', { name, exact: true });
  const focusedTab = () => page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute('role') === 'tab' ? el.textContent : null;
  });
  await tab(names[0]).click();
  await eventually(async () => assert.equal(await tab(names[0]).getAttribute('aria-selected'), 'true'));
  await tab(names[0]).focus();
  const expectSelected = async (name) => {
    await eventually(async () => assert.equal(await tab(name).getAttribute('aria-selected'), 'true', `${name} selected`));
    assert.equal(await focusedTab(), name, `${name} focused`);
    for (const other of names.filter((n) => n !== name)) assert.equal(await tab(other).getAttribute('aria-selected'), 'false');
  };
  for (const name of names.slice(1)) {
    await page.keyboard.press('ArrowRight');
    await expectSelected(name);
  }
  await page.keyboard.press('ArrowRight');
  await expectSelected(names[0]);
  await page.keyboard.press('ArrowLeft');
  await expectSelected(names[3]);
  await page.keyboard.press('ArrowLeft');
  await expectSelected(names[2]);
  // Only the selected tab is in the Tab order.
  const tabindexes = await scope.getByRole('tablist').first().getByRole('tab').evaluateAll((els) => els.map((e) => e.getAttribute('tabindex')));
  assert.deepEqual(tabindexes, ['-1', '-1', '0', '-1']);
}

test('keyboard: ArrowRight / ArrowLeft move between the output tabs, on the page and in the element', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openPage(env, t);
  await app.page.locator(LIVE_URL).waitFor();
  await assertArrowKeys(app.page, app.page, 'en');
  const host = await openHost(env, t, { body: element('a') + element('b', { lang: 'zh-CN' }) });
  await assertArrowKeys(host.page, host.page.locator('vsg-playground#a'), 'en');
  await assertArrowKeys(host.page, host.page.locator('vsg-playground#b'), 'zh-CN');
  app.assertHealthy();
  host.assertHealthy();
});

// ---------------------------------------------------------------------------------------
// The live region

/**
 * Types 5 characters quickly into Port 1 (replacing its value) and returns the live
 * region's changes during and after the typing, with the time the typing ended.
 */
async function typeAndWatch(page, scope, { expect }) {
  const announcer = scope.getByTestId('announcer');
  assert.equal(await announcer.getAttribute('aria-live'), 'polite');
  // The first announcement (the seed state's) comes after the first pause.
  await eventually(async () => assert.notEqual((await announcer.textContent()).trim(), ''), { timeout: 10_000 });
  const initial = await announcer.textContent();
  await announcer.evaluate((el) => {
    window.__changes = [];
    new MutationObserver(() => window.__changes.push({ t: performance.now(), text: el.textContent }))
      .observe(el, { childList: true, subtree: true, characterData: true });
  });
  const port = scope.getByLabel('Port 1', { exact: true });
  await port.click();
  await port.press('ControlOrMeta+a');
  await port.pressSequentially('x8080', { delay: 30 });
  const typed = await page.evaluate(() => performance.now());
  // After the pause: the new state is announced.
  await eventually(async () => assert.match(await announcer.textContent(), expect), { timeout: 10_000 });
  // Distinct texts, in order (one change may come as several mutation records).
  const changes = (await page.evaluate(() => window.__changes)).filter((c, i, all) => i === 0 || c.text !== all[i - 1].text);
  return { initial, changes, typed };
}

for (const mode of ['page', 'element']) {
  test(`the live region announces validation once typing pauses, not on every keystroke (${mode})`, { timeout: TEST_TIMEOUT }, async (t) => {
    let page;
    let scope;
    let app;
    if (mode === 'page') {
      app = await openPage(env, t);
      page = app.page;
      scope = page;
    } else {
      app = await openHost(env, t, { body: element('a') });
      page = app.page;
      scope = page.locator('vsg-playground#a');
    }
    await scope.locator(LIVE_URL).waitFor();
    const { initial, changes, typed } = await typeAndWatch(page, scope, { expect: /1 error/ });
    assert.match(initial, /^Validation: No errors/);
    assert.equal(changes.length, 1, `one announcement: ${JSON.stringify(changes)}`);
    assert.match(changes[0].text, /^Validation: 1 error/);
    // The first keystroke ('x') already made the error: announcing it then would be
    // before the typing ended.
    assert.ok(changes[0].t > typed, `announced after the typing ended (${Math.round(changes[0].t - typed)} ms after)`);
    assert.equal(await scope.getByLabel('Port 1', { exact: true }).inputValue(), 'x8080');
    app.assertHealthy();
  });
}
