// The AccessKeySecret typed under Advanced signs the request and appears nowhere else:
// not in storage, the address, the permalink, the clipboard, a download, a snippet, the
// request URL, any output tab, or the page's text and markup outside its password input.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  useApp, openApp, TEST_TIMEOUT, showTab, eventually, requestUrl, queryObject, queryPairs, signV1, percentEncode, text, responseBody,
  field,
} from './helpers.mjs';
import {
  download, openFold, importText, fillEverything, grantClipboard, copyWith, storageDump, savedLink, reload, snippetOf,
  LANGUAGES, showSignature,
} from './power-helpers.mjs';

const env = useApp();
const SECRET = 'S3cr3t-Do-Not-Leak-42';
/** The secret as it could show up: raw, percent-encoded, in a JSON or shell string. */
const FORMS = [...new Set([SECRET, percentEncode(SECRET), encodeURIComponent(SECRET), 'S3cr3t', 'Do-Not-Leak'])];

function assertNoSecret(where, value) {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  for (const form of FORMS) assert.ok(!s.includes(form), `the secret (${form}) must not appear in ${where}`);
}

/**
 * The page outside the password input: its visible text, its whole markup, every other
 * input's value, the title and the address. `except` names other controls left out
 * (the import box, where the user may have pasted the secret themselves).
 */
async function pageOutsideSecret(page, except = []) {
  return page.evaluate((except) => {
    const values = [...document.querySelectorAll('input, textarea, select')]
      .filter((e) => e.id !== 'f-AccessKeySecret' && !except.includes(e.getAttribute('data-testid')))
      .map((e) => `${e.id || e.getAttribute('data-testid') || e.tagName}=${e.value}`);
    const clone = document.documentElement.cloneNode(true);
    for (const t of except) clone.querySelectorAll(`[data-testid="${t}"]`).forEach((e) => e.remove());
    return { text: document.body.innerText, html: clone.outerHTML, values, title: document.title, href: location.href };
  }, except);
}

async function assertPageClean(page, where, except) {
  const dump = await pageOutsideSecret(page, except);
  assertNoSecret(`${where}: the page's text`, dump.text);
  assertNoSecret(`${where}: the page's markup`, dump.html);
  assertNoSecret(`${where}: the other inputs`, dump.values);
  assertNoSecret(`${where}: the title`, dump.title);
  assertNoSecret(`${where}: location.href`, dump.href);
}

test('the typed AccessKeySecret signs the request and appears nowhere else', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page, context } = app;
  await grantClipboard(context, env);
  await fillEverything(page, { endpoint: 'public', method: 'GET', format: 'JSON', secret: SECRET });
  const secretInput = field(page, 'AccessKeySecret');
  assert.equal(await secretInput.getAttribute('type'), 'password');
  assert.equal(await secretInput.inputValue(), SECRET);

  // The secret is used: the URL verifies with it (and not with the example secret).
  const url = await requestUrl(page);
  assert.equal(queryObject(url).Signature, signV1('GET', queryPairs(url), SECRET).signature);
  assert.notEqual(queryObject(url).Signature, signV1('GET', queryPairs(url), 'testsecret').signature);
  assertNoSecret('the request URL', url);

  // Storage, once the state is saved.
  await savedLink(page, (l) => l.includes('ak=LTAI5tExampleKey'));
  assertNoSecret('local and session storage', await storageDump(page));
  assertNoSecret('cookies', await context.cookies());

  // Every output tab, as rendered.
  await showTab(page, 'Parameters');
  await assertPageClean(page, 'the Parameters tab');
  await showSignature(page, showTab, 'v1');
  assert.match(await page.locator('[data-testid="panel-signature"]').innerText(), /your AccessKeySecret/, 'the v1 key is masked');
  await assertPageClean(page, 'the Signature tab, v1');
  for (const n of [2, 3, 5]) assertNoSecret(`v1 Copy step ${n}`, await copyWith(page, `Copy step ${n}`));
  await showSignature(page, showTab, 'V3');
  await assertPageClean(page, 'the Signature tab, V3');
  for (let n = 1; n <= 6; n++) assertNoSecret(`V3 Copy step ${n}`, await copyWith(page, `Copy step ${n}`));
  assertNoSecret('the V3 curl command', await text(page, 'v3-curl'));
  await responseBody(page, 'JSON');
  await assertPageClean(page, 'the Response tab, JSON');
  await responseBody(page, 'XML');
  await assertPageClean(page, 'the Response tab, XML');

  // The seven snippets, shown and copied.
  for (const lang of LANGUAGES) {
    const code = await snippetOf(page, showTab, lang);
    assertNoSecret(`the ${lang} snippet`, code);
    assert.ok(code.includes('ALIBABA_CLOUD_ACCESS_KEY_SECRET'), `${lang}: the secret comes from the environment`);
    await assertPageClean(page, `the Code tab, ${lang}`);
    assertNoSecret(`the copied ${lang} snippet`, await copyWith(page, 'Copy code'));
  }

  // Every download.
  for (const name of ['Request URL (.txt)', 'aliyun CLI command (.sh)', 'JSON response (.json)', 'XML response (.xml)']) {
    assertNoSecret(`the download ${name}`, (await download(page, name)).body);
  }
  assertNoSecret('the copied request URL', await copyWith(page, 'Copy request URL'));

  // The permalink: the address and the clipboard.
  const link = await copyWith(page, 'Copy link');
  const href = await page.evaluate(() => location.href);
  assert.match(href, /#v1&/);
  assertNoSecret('location.href after Copy link', href);
  assertNoSecret('the copied link', link);
  assertNoSecret('local and session storage after Copy link', await storageDump(page));
  await assertPageClean(page, 'the page after Copy link');

  // Opening the link elsewhere does not bring the secret either: it signs with the example.
  const { page: page2 } = await openApp(env, t, { url: href });
  await eventually(async () => assert.equal(await field(page2, 'AccessKeyId').inputValue(), 'LTAI5tExampleKey'));
  assert.equal(await field(page2, 'AccessKeySecret').inputValue(), '');
  const url2 = await requestUrl(page2);
  assert.equal(queryObject(url2).Signature, signV1('GET', queryPairs(url2), 'testsecret').signature);

  // A reload forgets it: it was never stored.
  await reload(page);
  await eventually(async () => assert.equal(await field(page, 'AccessKeyId').inputValue(), 'LTAI5tExampleKey'));
  assert.equal(await field(page, 'AccessKeySecret').inputValue(), '', 'the secret is not remembered');
  assertNoSecret('storage after a reload', await storageDump(page));
  app.assertHealthy();
});

test('a secret inside imported text is never imported, and shown only as (hidden)', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const base = 'https://slb.aliyuncs.com/?Action=CreateVServerGroup&RegionId=cn-hangzhou&LoadBalancerId=lb-imported01';

  const r1 = await importText(page, `${base}&AccessKeyId=LTAIimported&AccessKeySecret=${SECRET}`);
  assert.match(r1, /AccessKeySecret = \(hidden\) — the AccessKeySecret is never imported; type it in the form/);
  await eventually(async () => assert.equal(await field(page, 'LoadBalancerId').inputValue(), 'lb-imported01'));
  assert.equal(await field(page, 'AccessKeyId').inputValue(), 'LTAIimported');
  await openFold(page, 'advanced');
  assert.equal(await field(page, 'AccessKeySecret').inputValue(), '', 'the secret field stays empty');
  const url = await requestUrl(page);
  assertNoSecret('the request URL', url);
  assert.equal(queryObject(url).Signature, signV1('GET', queryPairs(url), 'testsecret').signature);
  await assertPageClean(page, 'after importing a URL with a secret', ['import-input']);

  const r2 = await importText(page, `aliyun slb CreateVServerGroup --RegionId cn-hangzhou --LoadBalancerId lb-imported02 --AccessKeySecret '${SECRET}' --access-key-secret ${SECRET}`);
  await eventually(async () => assert.equal(await field(page, 'LoadBalancerId').inputValue(), 'lb-imported02'));
  assert.ok(!r2.includes('S3cr3t'), r2);
  assert.match(r2, /AccessKeySecret = \(hidden\)/);
  assert.match(r2, /--access-key-secret = \(hidden\)/);
  assert.equal(await field(page, 'AccessKeySecret').inputValue(), '');
  await savedLink(page, (l) => l.includes('lb=lb-imported02'));
  assertNoSecret('local and session storage', await storageDump(page));
  for (const lang of LANGUAGES) assertNoSecret(`the ${lang} snippet`, await snippetOf(page, showTab, lang));
  await assertPageClean(page, 'after importing a command with a secret', ['import-input']);
  app.assertHealthy();
});
