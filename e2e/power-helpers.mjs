// Helpers shared by tools.test.mjs, memory.test.mjs and secret.test.mjs (the power tools:
// raw editor, import, snippets, permalink, undo, downloads). Not a test file itself.

import assert from 'node:assert/strict';
import fs from 'node:fs';

import { eventually, openAdvanced, rowCount, field, appReady } from './helpers.mjs';

/** A button by its exact accessible name. */
export const button = (page, name) => page.getByRole('button', { name, exact: true });

/**
 * Every control of the request form as `{ id: value }` (ids are `f-RegionId`,
 * `f-ServerId-2`, `f-Tag-1-Key`, …; selects included, the raw JSON textarea not).
 */
export function formSnapshot(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('form.request-form [id^="f-"]')]
        .filter((e) => e instanceof HTMLInputElement || e instanceof HTMLSelectElement)
        .map((e) => [e.id, e.value]),
    ),
  );
}

/** `snap` without the listed ids. */
export function without(snap, ...ids) {
  const out = { ...snap };
  for (const id of ids) delete out[id];
  return out;
}

/** Waits until the form equals `expected` (ids in `ignore` left out of both). */
export async function expectForm(page, expected, { ignore = [], timeout = 5000, message } = {}) {
  let last;
  try {
    await eventually(async () => {
      last = without(await formSnapshot(page), ...ignore);
      assert.deepEqual(last, without(expected, ...ignore));
    }, { timeout });
  } catch {
    assert.deepEqual(last, without(expected, ...ignore), message ?? 'the form as expected');
  }
}

/** Opens a closed `<details class="…">` fold (raw, import, advanced, menu). */
export async function openFold(page, cls) {
  if (cls === 'advanced') return openAdvanced(page);
  const details = page.locator(`details.${cls}`);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').first().click();
  await eventually(async () => assert.notEqual(await details.getAttribute('open'), null));
}

/**
 * Pastes `text` into the import box and applies it; returns the report's text once it
 * says what happened (`until` may demand more of it).
 */
export async function importText(page, text, until = () => true) {
  await openFold(page, 'import');
  const input = page.getByTestId('import-input');
  await input.fill(text);
  await eventually(async () => assert.equal(await input.inputValue(), text));
  await page.getByTestId('import-apply').click();
  return eventually(async () => {
    const report = await page.getByTestId('import-report').innerText();
    assert.match(report, /Imported into the form\.|Not imported/);
    assert.ok(until(report), `import report: ${report}`);
    return report;
  });
}

/** Removes every server row. */
export async function removeAllRows(page) {
  for (let n = await rowCount(page); n >= 1; n--) {
    await button(page, `Remove server ${n}`).click();
    await eventually(async () => assert.equal(await rowCount(page), n - 1));
  }
}

/**
 * Fills the whole form with awkward values (quotes, `$`, `&`, `+`, `%`, `,`, `;`,
 * backslashes, a leading `-`, Chinese, an emoji) in every section. `options`:
 * `endpoint` ('public' | 'vpc' | 'custom'), `method`, `format`, `secret`, `accessKeyId`.
 * Nonce and timestamp are fixed so that the URL is stable.
 */
export async function fillEverything(page, {
  endpoint = 'custom', method = 'GET', format = 'XML', secret = '', accessKeyId = 'LTAI5tExampleKey',
} = {}) {
  const f = (name) => field(page, name);
  await f('RegionId').fill('cn-beijing');
  await f('LoadBalancerId').fill('lb-2zeexample01');
  await f('VServerGroupName').fill(`-It's "a" $HOME & b=c+d %20 *~!() 中文😀`);
  await f('Format').selectOption(format);
  await f('HTTP method').selectOption(method);
  // Rows: three, every field used somewhere.
  await f('ServerId 1').fill('i-2ze1');
  await f('Port 1').fill('80');
  await f('Weight 1').fill('100');
  await f('Type 1').selectOption('eni');
  await f('ServerIp 1').fill('192.168.0.1');
  await f('Description 1').fill(`d,e;f "q" \\ 'x' 100% +1 *~`);
  await f('ServerId 2').fill('eci-2ze2');
  await f('Port 2').fill('443');
  await f('Weight 2').fill('0');
  await f('Type 2').selectOption('eci');
  await f('ServerId 3').fill('vm-中,3;x');
  await f('Port 3').fill('8080');
  await f('Weight 3').fill('50');
  await f('Description 3').fill('三号');
  const addTag = button(page, '+ Add tag');
  await addTag.click();
  await addTag.click();
  await f('Tag.1.Key').fill('env');
  await f('Tag.1.Value').fill('a b+c&d=e');
  await f('Tag.2.Key').fill('k,2;x');
  await openAdvanced(page);
  await f('ResourceOwnerAccount').fill('roa@example.com');
  await f('OwnerAccount').fill('owner "o" $x');
  await f('OwnerId').fill('1234567890');
  await f('ResourceOwnerId').fill('987');
  await f('Endpoint').selectOption(endpoint);
  if (endpoint === 'custom') await f('Custom endpoint').fill('http://example.test:8080');
  await f('AccessKeyId').fill(accessKeyId);
  if (secret) await f('AccessKeySecret').fill(secret);
  await f('SignatureNonce').fill('0f6c9b1e-5f1d-4c36-9b61-2a0c5d3e7a10');
  await f('Timestamp').fill('2024-05-06T07:08:09Z');
  await eventually(async () =>
    assert.ok((await page.getByTestId('request-url').textContent()).includes('Timestamp=2024-05-06T07%3A08%3A09Z')));
}

/** Lets the page use the clipboard (read back with `clipboardText`). */
export async function grantClipboard(context, env) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.server.url).origin });
}

/** The clipboard's text, or null when headless Chromium will not give it. */
export async function clipboardText(page) {
  return page.evaluate(() => navigator.clipboard.readText().catch(() => null));
}

/**
 * Clicks a copy button and waits for its status ("Copied"); returns the clipboard's text
 * (the context must have `grantClipboard`: a check of what was copied never passes on
 * a clipboard it could not read).
 */
export async function copyWith(page, name) {
  const btn = button(page, name);
  await btn.click();
  await eventually(async () =>
    assert.equal(await btn.locator('xpath=following-sibling::*[@role="status"][1]').textContent(), 'Copied'));
  const text = await clipboardText(page);
  assert.equal(typeof text, 'string', `the clipboard could be read after ${name}`);
  return text;
}

/** localStorage and sessionStorage, every key and value. */
export function storageDump(page) {
  return page.evaluate(() => {
    const dump = (s) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i)).map((k) => [k, s.getItem(k)]));
    return { local: dump(localStorage), session: dump(sessionStorage) };
  });
}

/** Waits until the page has saved a link in local storage satisfying `pred`; returns it. */
export async function savedLink(page, pred = () => true) {
  return eventually(async () => {
    const link = await page.evaluate(() => localStorage.getItem('vsg-playground:link'));
    assert.ok(link !== null && pred(link), `saved link: ${link}`);
    return link;
  });
}

/** Reloads and waits for the app. */
export async function reload(page) {
  await page.reload();
  await appReady(page);
}

/**
 * Picks `name` in the Download menu; returns the file's suggested name and its text.
 */
export async function download(page, name) {
  const menu = page.locator('details.menu');
  if ((await menu.getAttribute('open')) === null) await page.getByTestId('download').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), button(page, name).click()]);
  return { name: dl.suggestedFilename(), body: fs.readFileSync(await dl.path(), 'utf8') };
}

/** Shows a snippet language on the Code tab and returns its code. */
export async function snippetOf(page, showTab, language) {
  await showTab(page, 'Code');
  const tab = page.getByRole('tab', { name: language, exact: true });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await eventually(async () => assert.equal(await tab.getAttribute('aria-selected'), 'true'));
  return page.getByTestId('snippet').textContent();
}

/** The snippet languages, in tab order, as the tabs name them. */
export const LANGUAGES = ['aliyun CLI', 'curl', 'Python', 'Python (V1 SDK)', 'Java', 'Go', 'TypeScript'];

/** Shows the Signature tab with `version` ('v1' | 'V3') picked. */
export async function showSignature(page, showTab, version) {
  await showTab(page, 'Signature');
  const radio = page.getByRole('radiogroup', { name: 'Signature', exact: true }).getByRole('radio', { name: version, exact: true });
  if ((await radio.getAttribute('aria-checked')) !== 'true') await radio.click();
  await eventually(async () => assert.equal(await radio.getAttribute('aria-checked'), 'true'));
}
