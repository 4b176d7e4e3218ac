// Languages (en, zh-CN) and themes (light, dark, auto) on the standalone page, in the
// iframe mode and in the <vsg-playground> element: the browser's defaults, the toolbar,
// the attributes and query parameters; API names stay as they are; nothing is set on the
// host page's <html> or <body>.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useApp, TEST_TIMEOUT, eventually, field, LIVE_URL } from './helpers.mjs';
import {
  openHost, openPage, embedUrl, element, rootBackground, htmlBodyAttributes, tabNames, LIGHT_BG, DARK_BG,
} from './embed-helpers.mjs';

const env = useApp();

const WORDS = {
  en: {
    add: '+ Add server', tag: '+ Add tag', regions: 'Known regions', hangzhou: 'China (Hangzhou)', validation: 'Validation',
    tabs: ['Parameters', 'Signature', 'Response', 'Code'], remove: 'Remove server 1', announce: /^Validation: /,
  },
  'zh-CN': {
    add: '+ 添加服务器', tag: '+ 添加标签', regions: '已知地域', hangzhou: '华东1（杭州）', validation: '校验',
    tabs: ['参数', '签名', '响应', '代码'], remove: '删除服务器 1', announce: /^校验：/,
  },
};

/**
 * Asserts the playground under `scope` speaks `lang`, with the API names unchanged, and
 * its language select says so (an embed shows that select only when asked:
 * `controls="language"`, `?embed&controls=language`).
 */
async function assertSpeaks(scope, lang) {
  const w = WORDS[lang];
  await eventually(async () => assert.equal(await scope.locator('.vsg').getAttribute('lang'), lang));
  assert.equal(await scope.getByRole('button', { name: w.add, exact: true }).count(), 1, `"${w.add}"`);
  assert.equal(await scope.getByRole('button', { name: w.tag, exact: true }).count(), 1, `"${w.tag}"`);
  assert.equal(await scope.getByRole('button', { name: w.remove, exact: true }).count(), 1, `"${w.remove}"`);
  assert.deepEqual(await tabNames(scope), w.tabs);
  assert.equal(await scope.getByRole('heading', { name: w.validation, exact: true }).count(), 1);
  // Region names follow the language, in the "Known regions" select.
  const regions = scope.getByLabel(w.regions, { exact: true });
  assert.equal(await regions.count(), 1, `the "${w.regions}" select`);
  const hangzhou = await regions.locator('option[value="cn-hangzhou"]').textContent();
  assert.ok(hangzhou.includes(w.hangzhou), `option text ${hangzhou}`);
  const other = WORDS[lang === 'en' ? 'zh-CN' : 'en'];
  assert.ok(!hangzhou.includes(other.hangzhou), `no ${other.hangzhou} in ${hangzhou}`);
  // API names stay.
  for (const name of ['RegionId', 'LoadBalancerId', 'VServerGroupName', 'ServerId 1', 'Port 1', 'Weight 1', 'Type 1', 'ServerIp 1', 'Description 1']) {
    assert.equal(await field(scope, name).count(), 1, `control ${name}`);
  }
  assert.equal(await scope.getByTestId('language').inputValue(), lang);
}

// ---------------------------------------------------------------------------------------
// Languages

for (const [locale, lang] of [['zh-CN', 'zh-CN'], ['en-US', 'en']]) {
  test(`the browser language ${locale} picks ${lang} on the page, in the iframe mode and in the element`, { timeout: TEST_TIMEOUT }, async (t) => {
    const contextOptions = { locale };
    const page = await openPage(env, t, { contextOptions });
    await assertSpeaks(page.page, lang);
    await page.page.goto(embedUrl(env.server, { controls: 'language' }));
    await page.page.locator(LIVE_URL).waitFor();
    await assertSpeaks(page.page, lang);
    const host = await openHost(env, t, { contextOptions, body: element('a', { controls: 'language' }) });
    await assertSpeaks(host.page.locator('vsg-playground#a'), lang);
    page.assertHealthy();
    host.assertHealthy();
  });
}

test('the language select switches the words; API names, codes and messages of the service stay', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openPage(env, t, { contextOptions: { locale: 'en-US' } });
  const { page } = app;
  await page.getByLabel('Port 1', { exact: true }).fill('70000');
  const codes = async () => ({
    api: await page.locator('.api-error').first().textContent(),
    simulate: await page.getByTestId('simulate').locator('option[value="Throttling"]').textContent(),
    summary: await page.getByTestId('validation-summary').locator('strong').allTextContents(),
  });
  await eventually(async () => assert.match((await codes()).api, /InvalidParameter/));
  const en = await codes();
  await assertSpeaks(page, 'en');
  await page.getByTestId('language').selectOption('zh-CN');
  await assertSpeaks(page, 'zh-CN');
  assert.match(await page.getByTestId('validation-headline').textContent(), /个错误/);
  assert.deepEqual(await codes(), en, 'error codes, the service\'s message and the field names are the same');
  assert.equal(en.simulate, 'Throttling · HTTP 400');
  assert.ok(en.summary.includes('Port 1'), JSON.stringify(en.summary));
  await page.getByTestId('language').selectOption('en');
  await assertSpeaks(page, 'en');
  app.assertHealthy();
});

/**
 * Text of the playground under `root` (text nodes, aria-label, title, placeholder) that is
 * in the wrong language for `lang` and not marked otherwise (closest [lang]), nor code.
 */
function wrongLanguage(root, lang) {
  const out = new Set();
  const wrong = lang === 'zh-CN' ? /\b[A-Za-z][a-z]+ [a-z]{2,}\b/ : /[\u3000-\u9fff\uff00-\uffef]/;
  const allowed = [/aliyun slb CreateVServerGroup/];
  const check = (s, el, what) => {
    if (!s?.trim() || el.closest('code, pre, textarea')) return;
    if ((el.closest('[lang]')?.getAttribute('lang') ?? '') !== lang) return;
    const text = allowed.reduce((acc, re) => acc.replace(re, ''), s);
    if (wrong.test(text)) out.add(`${what}: ${s.trim().slice(0, 160)}`);
  };
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (w.nextNode()) check(w.currentNode.textContent, w.currentNode.parentElement, 'text');
  for (const el of root.querySelectorAll('*')) {
    for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) check(el.getAttribute(a), el, a);
  }
  return [...out];
}

test('every word is translated: no English left in zh-CN, no Chinese in en, across the states of the page', { timeout: TEST_TIMEOUT }, async (t) => {
  const broken = 'v1&r=cn-hangzhou&lb=&n=a%20b&s=,99999,200,eni,abc;i-1,80,100;i-1,80,100&t=,v;k,&f=XML&m=POST&e=custom&h=bad%20host';
  const app = await openPage(env, t, { query: '#' + broken, contextOptions: { locale: 'en-US' } });
  const { page } = app;
  await page.locator(LIVE_URL).waitFor();
  const found = { en: new Set(), 'zh-CN': new Set() };
  const sweep = async (state) => {
    for (const lang of ['zh-CN', 'en']) {
      await page.getByTestId('language').selectOption(lang);
      await eventually(async () => assert.equal(await page.locator('.vsg').getAttribute('lang'), lang));
      for (const s of await page.locator('.vsg').evaluate(wrongLanguage, lang)) found[lang].add(`[${state}] ${s}`);
    }
  };
  const tab = (name) => page.getByRole('tab', { name, exact: true }).click();

  await sweep('errors everywhere');
  await page.locator('details.advanced > summary').click();
  await field(page, 'Timestamp').fill('yesterday');
  await field(page, 'AccessKeyId').fill(' x ');
  await sweep('advanced fold');
  await tab('Signature');
  await sweep('signature v1');
  await page.getByRole('radio', { name: 'V3', exact: true }).click();
  await sweep('signature V3');
  await tab('Response');
  await sweep('response, not sent');
  await page.getByTestId('simulate').selectOption('Throttling');
  await sweep('simulated error');
  await tab('Code');
  for (const l of ['aliyun CLI', 'curl', 'Python', 'Java', 'Go', 'TypeScript']) {
    await page.getByRole('tab', { name: l, exact: true }).click();
    await sweep(`code ${l}`);
  }
  await page.locator('details.raw > summary').click();
  await page.getByTestId('raw-backend-servers').fill('[{oops');
  await sweep('raw editor error');
  await page.locator('details.import > summary').click();
  await page.getByTestId('import-input').fill('curl https://example.com/?Action=Foo&Bar=1');
  await page.getByTestId('import-apply').click();
  await sweep('import report');
  await page.getByTestId('copy-link').click();
  await sweep('copy link');
  await page.getByTestId('reset').click();
  await page.getByTestId('simulate').selectOption('');
  await tab('Response');
  await sweep('response JSON');
  await page.getByRole('tab', { name: 'XML', exact: true }).click();
  await sweep('response XML');
  while (await page.getByTestId('add-server').isEnabled()) await page.getByTestId('add-server').click();
  while (await page.getByRole('button', { name: '+ Add tag', exact: true }).isEnabled()) {
    await page.getByRole('button', { name: '+ Add tag', exact: true }).click();
  }
  await sweep('rows and tags full');

  // The read-only element, and a broken preset's message (every control shown, as on
  // the page: their words are swept too).
  const host = await openHost(env, t, {
    body: element('ro', { readonly: true, simulate: 'Forbidden', controls: true }) + element('bad', { preset: 'v2&nonsense', controls: true }),
  });
  for (const id of ['ro', 'bad']) {
    const el = host.page.locator(`vsg-playground#${id}`);
    for (const lang of ['zh-CN', 'en']) {
      await el.getByTestId('language').selectOption(lang);
      await eventually(async () => assert.equal(await el.locator('.vsg').getAttribute('lang'), lang));
      for (const s of await el.locator('.vsg').evaluate(wrongLanguage, lang)) found[lang].add(`[element ${id}] ${s}`);
    }
  }
  assert.equal(await host.page.locator('vsg-playground#bad').getByRole('alert').count(), 1, 'the broken preset is reported');

  assert.deepEqual([...found['zh-CN']], [], 'English text in the Chinese playground');
  assert.deepEqual([...found.en], [], 'Chinese text in the English playground');
  app.assertHealthy();
  host.assertHealthy();
});

test('the lang attribute and the iframe\'s lang= override the browser language; the toolbar overrides them; a new attribute wins again', { timeout: TEST_TIMEOUT }, async (t) => {
  // Chinese browser, English playgrounds.
  const zhBrowser = { locale: 'zh-CN' };
  const host = await openHost(env, t, {
    contextOptions: zhBrowser,
    body: element('en', { lang: 'en', controls: 'language' }) + element('auto', { controls: 'language' }),
  });
  const { page } = host;
  const en = page.locator('vsg-playground#en');
  await assertSpeaks(en, 'en');
  await assertSpeaks(page.locator('vsg-playground#auto'), 'zh-CN');
  const iframe = await openPage(env, t, { contextOptions: zhBrowser, query: '?embed&lang=en&controls=language' });
  await iframe.page.locator(LIVE_URL).waitFor();
  await assertSpeaks(iframe.page, 'en');
  // English browser, Chinese playgrounds.
  const enBrowser = { locale: 'en-US' };
  const iframe2 = await openPage(env, t, { contextOptions: enBrowser, query: '?embed&lang=zh-CN&controls=language' });
  await iframe2.page.locator(LIVE_URL).waitFor();
  await assertSpeaks(iframe2.page, 'zh-CN');
  const host2 = await openHost(env, t, { contextOptions: enBrowser, body: element('zh', { lang: 'zh-CN', controls: 'language' }) });
  await assertSpeaks(host2.page.locator('vsg-playground#zh'), 'zh-CN');

  // The toolbar of an element overrides its attribute…
  await en.getByTestId('language').selectOption('zh-CN');
  await assertSpeaks(en, 'zh-CN');
  // …and later attribute changes override the toolbar: removed, the browser's language;
  // set again, the attribute's.
  await en.evaluate((el) => el.removeAttribute('lang'));
  await assertSpeaks(en, 'zh-CN');
  await en.evaluate((el) => el.setAttribute('lang', 'en'));
  await assertSpeaks(en, 'en');
  await en.getByTestId('language').selectOption('zh-CN');
  await assertSpeaks(en, 'zh-CN');
  const zh = host2.page.locator('vsg-playground#zh');
  await zh.getByTestId('language').selectOption('en');
  await assertSpeaks(zh, 'en');
  await zh.evaluate((el) => el.setAttribute('lang', 'en'));
  await assertSpeaks(zh, 'en');
  await zh.evaluate((el) => el.setAttribute('lang', 'zh-CN'));
  await assertSpeaks(zh, 'zh-CN');
  host.assertHealthy();
});

// ---------------------------------------------------------------------------------------
// Themes

test('by default the theme follows prefers-color-scheme, live, on the page, in the iframe mode and in the element', { timeout: TEST_TIMEOUT }, async (t) => {
  const page = await openPage(env, t, { contextOptions: { colorScheme: 'dark' } });
  const host = await openHost(env, t, { contextOptions: { colorScheme: 'dark' }, body: element('a', { controls: 'theme' }) });
  const iframe = await openPage(env, t, { contextOptions: { colorScheme: 'dark' }, query: '?embed&controls=theme' });
  const scopes = [[page.page, page.page], [host.page, host.page.locator('vsg-playground#a')], [iframe.page, iframe.page]];
  for (const [, scope] of scopes) {
    assert.equal(await scope.locator('.vsg').getAttribute('data-theme'), 'auto');
    assert.equal(await scope.getByTestId('theme').inputValue(), 'auto');
    await eventually(async () => assert.equal(await rootBackground(scope), DARK_BG));
  }
  for (const scheme of ['light', 'dark', 'light']) {
    for (const [p, scope] of scopes) {
      await p.emulateMedia({ colorScheme: scheme });
      await eventually(async () => assert.equal(await rootBackground(scope), scheme === 'dark' ? DARK_BG : LIGHT_BG));
    }
  }
  page.assertHealthy();
  host.assertHealthy();
});

test('the theme select overrides the colour scheme on the page and in the iframe mode', { timeout: TEST_TIMEOUT }, async (t) => {
  for (const query of ['', '?embed&controls=theme']) {
    const app = await openPage(env, t, { contextOptions: { colorScheme: 'dark' }, query });
    const { page } = app;
    await eventually(async () => assert.equal(await rootBackground(page), DARK_BG));
    await page.getByTestId('theme').selectOption('light');
    await eventually(async () => assert.equal(await rootBackground(page), LIGHT_BG));
    assert.equal(await page.locator('.vsg').getAttribute('data-theme'), 'light');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByTestId('theme').selectOption('dark');
    await eventually(async () => assert.equal(await rootBackground(page), DARK_BG));
    assert.equal(await page.locator('.vsg').getAttribute('data-theme'), 'dark');
    await page.getByTestId('theme').selectOption('auto');
    await eventually(async () => assert.equal(await rootBackground(page), LIGHT_BG));
    assert.equal(await page.locator('.vsg').getAttribute('data-theme'), 'auto');
    app.assertHealthy();
  }
  // The iframe's theme= parameter.
  const dark = await openPage(env, t, { contextOptions: { colorScheme: 'light' }, query: '?embed&theme=dark' });
  await eventually(async () => assert.equal(await rootBackground(dark.page), DARK_BG));
  assert.equal(await dark.page.locator('.vsg').getAttribute('data-theme'), 'dark');
  const light = await openPage(env, t, { contextOptions: { colorScheme: 'dark' }, query: '?embed&theme=light' });
  await eventually(async () => assert.equal(await rootBackground(light.page), LIGHT_BG));
});

test('the theme attribute overrides the colour scheme, the toolbar overrides it, a new attribute wins; <html> and <body> untouched', { timeout: TEST_TIMEOUT }, async (t) => {
  const host = await openHost(env, t, {
    contextOptions: { colorScheme: 'light' },
    body:
      element('dark', { theme: 'dark', controls: 'theme' }) +
      element('light', { theme: 'light', controls: 'language' }) +
      element('auto', { theme: 'auto', controls: 'language' }),
  });
  const { page } = host;
  const before = await htmlBodyAttributes(page);
  const bodyStyle = () => page.evaluate(() => ['html', 'body'].map((s) => {
    const cs = getComputedStyle(document.querySelector(s));
    return [cs.backgroundColor, cs.color, cs.colorScheme];
  }));
  const bodyBefore = await bodyStyle();
  const dark = page.locator('vsg-playground#dark');
  const light = page.locator('vsg-playground#light');
  const auto = page.locator('vsg-playground#auto');
  assert.equal(await rootBackground(dark), DARK_BG);
  assert.equal(await dark.locator('.vsg').getAttribute('data-theme'), 'dark');
  assert.equal(await rootBackground(light), LIGHT_BG);
  assert.equal(await rootBackground(auto), LIGHT_BG);
  await page.emulateMedia({ colorScheme: 'dark' });
  await eventually(async () => assert.equal(await rootBackground(auto), DARK_BG));
  assert.equal(await rootBackground(light), LIGHT_BG, 'theme="light" under a dark scheme');
  assert.equal(await rootBackground(dark), DARK_BG);

  // setAttribute switches.
  await light.evaluate((el) => el.setAttribute('theme', 'dark'));
  await eventually(async () => assert.equal(await rootBackground(light), DARK_BG));
  await dark.evaluate((el) => el.setAttribute('theme', 'light'));
  await eventually(async () => assert.equal(await rootBackground(dark), LIGHT_BG));
  // The toolbar overrides the attribute; a new attribute value overrides the toolbar.
  await dark.getByTestId('theme').selectOption('dark');
  await eventually(async () => assert.equal(await rootBackground(dark), DARK_BG));
  assert.equal(await dark.locator('.vsg').getAttribute('data-theme'), 'dark');
  await dark.evaluate((el) => el.setAttribute('theme', 'auto'));
  await eventually(async () => assert.equal(await dark.locator('.vsg').getAttribute('data-theme'), 'auto'));
  assert.equal(await rootBackground(dark), DARK_BG, 'auto under the dark scheme');
  await page.emulateMedia({ colorScheme: 'light' });
  await eventually(async () => assert.equal(await rootBackground(dark), LIGHT_BG));

  // Languages too, then: nothing was set on the host's <html> or <body>.
  await auto.evaluate((el) => el.setAttribute('lang', 'zh-CN'));
  await light.getByTestId('language').selectOption('zh-CN');
  await assertSpeaks(auto, 'zh-CN');
  await assertSpeaks(light, 'zh-CN');
  assert.deepEqual(await htmlBodyAttributes(page), before, '<html> and <body> attributes');
  assert.deepEqual(await bodyStyle(), bodyBefore, '<html> and <body> colours and color-scheme');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  host.assertHealthy();
});
