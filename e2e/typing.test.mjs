// Nothing typed is ever lost, on a slow machine too: every kind of text input is typed in
// with no delay between keys, emptied (select all, delete), pasted into and typed in again,
// under Chromium's own CPU throttling (4× and 6×) and while the page's own timers fire (the
// save to the address bar and storage). The field then holds exactly what was typed, the
// request URL and the parameter table show it, and one undo takes the whole field edit back.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  useApp, openApp, eventually, TEST_TIMEOUT, requestUrl, queryObject, urlServers, showTab, signV1, queryPairs, field, rowCount,
} from './helpers.mjs';
import { button, openFold, grantClipboard } from './power-helpers.mjs';
import { presetFragment, fullRow } from '../bench/keystroke/dom.mjs';

const env = useApp();

/** Opens the page on the 20-full-rows set-up (a keystroke is slowest there), throttled. */
async function openThrottled(t, rate) {
  const app = await openApp(env, t, {
    url: `${env.server.url}#${presetFragment(20)}`,
    async beforeGoto(context) {
      await grantClipboard(context, env);
      // Counts the page's writes to storage: the save timer writes at least once per run, so a
      // test can wait for the timer to have fired (a state) instead of for a length of time.
      await context.addInitScript(() => {
        const setItem = Storage.prototype.setItem;
        window.__vsgSaves = 0;
        Storage.prototype.setItem = function (k, v) {
          window.__vsgSaves++;
          return setItem.call(this, k, v);
        };
      });
    },
  });
  await eventually(async () => assert.equal(await rowCount(app.page), 20));
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return app;
}

/** A URL's parameters but those that change with every edit (nonce, time, signature). */
function steady(url) {
  const q = queryObject(url);
  for (const k of ['SignatureNonce', 'Timestamp', 'Signature']) delete q[k];
  return { at: url.slice(0, url.indexOf('?')), ...q };
}

const saves = (page) => page.evaluate(() => window.__vsgSaves);

/** Waits until the page's save timer has run since `before` saves. */
async function timerFired(page, before) {
  await eventually(async () => assert.ok((await saves(page)) > before, 'the save timer ran'), { timeout: 30_000 });
}

/** The parameter table's value cell for `name` (Parameters tab). */
async function tableValue(page, name) {
  await showTab(page, 'Parameters');
  return page.locator('table.params tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) }) })
    .locator('td').first().textContent();
}

/** Asserts that the URL's parameter `name` is `value` and that the table shows it. */
async function sent(page, name, value) {
  await eventually(async () => assert.equal(queryObject(await requestUrl(page))[name], value, `${name} in the URL`), { timeout: 30_000 });
  const shown = await tableValue(page, name);
  assert.ok(value.length > 1000 ? shown.startsWith(value.slice(0, 1000)) : shown === value, `${name} in the parameter table: ${shown.slice(0, 200)}`);
}

/**
 * Every kind of text input: how to reach it, the three texts typed / pasted / typed again
 * (the field then holds `paste + again`), and how the request must show the result.
 */
const INPUTS = [
  { name: 'VServerGroupName', get: (p) => field(p, 'VServerGroupName'), texts: ['first_name', 'pasted-group', '.v2'],
    check: (p, v) => sent(p, 'VServerGroupName', v) },
  { name: 'LoadBalancerId', get: (p) => field(p, 'LoadBalancerId'), texts: ['lb-typed1', 'lb-bp1pasted', 'x9'],
    check: (p, v) => sent(p, 'LoadBalancerId', v) },
  { name: 'OwnerId (a Long, Advanced)', open: 'advanced', get: (p) => field(p, 'OwnerId'), texts: ['12', '98765', '4321'],
    check: (p, v) => sent(p, 'OwnerId', v) },
  { name: 'AccessKeyId (Advanced)', open: 'advanced', get: (p) => field(p, 'AccessKeyId'), texts: ['LTAIa', 'LTAIpasted', 'Key'],
    check: (p, v) => sent(p, 'AccessKeyId', v) },
  { name: 'AccessKeySecret (masked)', open: 'advanced', get: (p) => field(p, 'AccessKeySecret'), texts: ['s1', 'pasted-secret', '!x'],
    check: async (p, v) => {
      await eventually(async () => {
        const url = await requestUrl(p);
        const q = queryObject(url);
        assert.ok(!url.includes(encodeURIComponent(v)), 'the secret is not in the URL');
        assert.equal(q.Signature, signV1('GET', queryPairs(url), v).signature, 'signed with the typed secret');
      }, { timeout: 30_000 });
    } },
  { name: 'SignatureNonce (Advanced)', open: 'advanced', get: (p) => field(p, 'SignatureNonce'), texts: ['n-1', 'nonce-pasted-', '42'],
    check: (p, v) => sent(p, 'SignatureNonce', v) },
  { name: 'Timestamp (Advanced)', open: 'advanced', get: (p) => field(p, 'Timestamp'), texts: ['2020', '2024-05-06T07:08:', '09Z'],
    check: (p, v) => sent(p, 'Timestamp', v) },
  { name: 'custom endpoint (Advanced)', open: 'advanced', before: (p) => field(p, 'Endpoint').selectOption('custom'),
    get: (p) => field(p, 'Custom endpoint'), texts: ['typed.example', 'slb.pasted.example', '.com'],
    check: async (p, v) => eventually(async () => assert.ok((await requestUrl(p)).startsWith(`https://${v}/?`)), { timeout: 30_000 }) },
  { name: 'a row\'s ServerId', get: (p) => field(p, 'ServerId 10'), texts: ['i-typed', 'i-bp1pasted', '77'],
    check: async (p, v) => {
      await eventually(async () => assert.equal(urlServers(await requestUrl(p))[9].ServerId, v), { timeout: 30_000 });
      await sent(p, 'BackendServers', queryObject(await requestUrl(p)).BackendServers);
    } },
  { name: 'a row\'s Description', get: (p) => field(p, 'Description 20'), texts: ['typed', 'pasted-desc_', 'end'],
    check: async (p, v) => {
      await eventually(async () => assert.equal(urlServers(await requestUrl(p))[19].Description, v), { timeout: 30_000 });
      await sent(p, 'BackendServers', queryObject(await requestUrl(p)).BackendServers);
    } },
  { name: 'a tag key', before: (p) => button(p, '+ Add tag').click(), get: (p) => field(p, 'Tag.1.Key'), texts: ['k', 'env-pasted', 'X'],
    check: (p, v) => sent(p, 'Tag.1.Key', v) },
  { name: 'a tag value', before: (p) => button(p, '+ Add tag').click(), get: (p) => field(p, 'Tag.1.Value'), texts: ['v', 'value-pasted', 'Y'],
    check: (p, v) => sent(p, 'Tag.1.Value', v) },
  { name: 'the raw JSON editor', open: 'raw', replace: true, get: (p) => p.getByTestId('raw-backend-servers'),
    texts: ['[{"ServerId":"i-typed"}]', '[{"ServerId":"i-bp1pasted","Port":"81"', ',"Weight":"5"}]'],
    check: async (p) => {
      await eventually(async () => assert.deepEqual(urlServers(await requestUrl(p)), [{ ServerId: 'i-bp1pasted', Port: '81', Weight: '5' }]),
        { timeout: 30_000 });
      await sent(p, 'BackendServers', '[{"ServerId":"i-bp1pasted","Port":"81","Weight":"5"}]');
    } },
  { name: 'the import box', open: 'import', undoable: false, get: (p) => p.getByTestId('import-input'),
    texts: ['aliyun slb', 'aliyun slb CreateVServerGroup --RegionId cn-hangzhou --LoadBalancerId lb-imported', ' --VServerGroupName imp'],
    check: async (p) => {
      await p.getByTestId('import-apply').click();
      await sent(p, 'LoadBalancerId', 'lb-imported');
      await sent(p, 'VServerGroupName', 'imp');
    } },
];

/**
 * Types, empties, pastes and types again in `input`; between the steps, the save timer fires
 * (waited for when `saved`: edits of the request are saved, the import box's text is not).
 */
async function editLikeAPerson(page, input, [typed, pasted, again], { saved, replace }) {
  const kb = page.keyboard;
  await input.click();
  // Typing goes at the end of the text (or, in the raw editor, replaces the rows' JSON, so that
  // what is typed is a list and is saved).
  await kb.press(replace ? 'ControlOrMeta+A' : 'ControlOrMeta+End');
  let before = await saves(page);
  await kb.type(typed);
  if (saved) await timerFired(page, before);
  // Counted from before the field is emptied: emptying it changes the request (a saved input
  // is never empty here), pasting may not (the raw editor's pasted text is not yet a list), so
  // a save counted only from the paste would be missed when it came between the two.
  before = await saves(page);
  await kb.press('ControlOrMeta+A');
  await kb.press('Delete');
  await page.evaluate((t) => navigator.clipboard.writeText(t), pasted);
  await kb.press('ControlOrMeta+V');
  if (saved) await timerFired(page, before);
  await kb.type(again);
}

for (const rate of [4, 6]) {
  test(`${rate}× CPU slowdown, 20 full rows: every kind of text input holds exactly what was typed, the request shows it, one undo takes it back`, {
    timeout: TEST_TIMEOUT * 5,
  }, async (t) => {
    for (const spec of INPUTS) {
      await t.test(spec.name, async (st) => {
        const app = await openThrottled(st, rate);
        const { page } = app;
        if (spec.open) await openFold(page, spec.open);
        if (spec.before) await spec.before(page);
        const input = spec.get(page);
        await input.waitFor();
        const original = await input.inputValue();
        const urlBefore = await requestUrl(page);
        const expected = spec.texts[1] + spec.texts[2];
        await editLikeAPerson(page, input, spec.texts, { saved: spec.undoable !== false, replace: spec.replace });
        await eventually(async () => assert.equal(await input.inputValue(), expected, 'the field holds what was typed'),
          { timeout: 30_000 });
        await spec.check(page, expected);
        assert.equal(await input.inputValue(), expected, 'still, after the page caught up');
        // One undo takes the whole field edit back (the import: the import itself).
        await button(page, 'Undo').click();
        if (spec.undoable !== false) {
          await eventually(async () => assert.equal(await input.inputValue(), original, 'one undo restores the field'),
            { timeout: 30_000 });
        }
        await eventually(async () => assert.deepEqual(steady(await requestUrl(page)), steady(urlBefore), 'the request is as before'),
          { timeout: 30_000 });
        app.assertHealthy();
      });
    }
  });
}

test('the raw JSON editor never shows a text that is not the rows\' JSON, even in the task that opens it', { timeout: TEST_TIMEOUT }, async (t) => {
  const { page, assertHealthy } = await openApp(env, t);
  // In one task: open the fold and look at the editor at once, before the browser's `toggle`
  // event reaches the app. The editor is either not there yet, or holds the rows' JSON: never an
  // empty (or any other) text that the rows would later be written into, under what is typed.
  const seen = await page.evaluate(() => {
    const details = document.querySelector('details.raw');
    details.querySelector('summary').click();
    return details.querySelector('textarea')?.value ?? null;
  });
  if (seen !== null) {
    let ids;
    try {
      ids = JSON.parse(seen).map((r) => r.ServerId);
    } catch {
      assert.fail(`the editor showed ${JSON.stringify(seen)}, not the rows' JSON`);
    }
    assert.deepEqual(ids, ['vm-233', 'vm-232', 'vm-231']);
  }
  assertHealthy();
});

test('the raw JSON editor, opened, emptied and typed in at once on a 6× slower CPU, holds exactly what was typed', { timeout: TEST_TIMEOUT * 2 }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const cdp = await app.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  const details = page.locator('details.raw');
  for (let i = 1; i <= 8; i++) {
    if ((await details.getAttribute('open')) !== null) {
      await details.locator('summary').first().click();
      await eventually(async () => assert.equal(await details.getAttribute('open'), null));
    }
    await openFold(page, 'raw');
    const area = page.getByTestId('raw-backend-servers');
    await area.fill('');
    const list = `[{'ServerId':'r${i}','Port':'${i}','Weight':'1'}]`;
    await area.pressSequentially(list);
    assert.equal(await area.inputValue(), list, `round ${i}: the editor holds exactly what was typed`);
    await eventually(async () => assert.deepEqual(urlServers(await requestUrl(page)), [{ ServerId: `r${i}`, Port: String(i), Weight: '1' }]),
      { timeout: 30_000 });
  }
  app.assertHealthy();
});

// fullRow is the set-up's row (kept here so that a change of the set-up shows in this file).
assert.equal(fullRow(10).Type, 'eni');
