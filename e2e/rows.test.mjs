// 3. At most 20 BackendServers rows.
// 8. Row operations (move, duplicate, remove) change the rows and the URL's BackendServers.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  useApp, openApp, TEST_TIMEOUT, rowInput, rowCount, formRows, eventually, urlWhere, urlServers, responseBody, responseStatus,
} from './helpers.mjs';

const env = useApp();

test('a 21st server row is impossible', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const add = page.getByTestId('add-server');

  assert.equal(await rowCount(page), 3);
  for (let n = 4; n <= 20; n++) {
    await add.click();
    await eventually(async () => assert.equal(await rowCount(page), n));
  }
  await eventually(async () => assert.ok(await add.isDisabled(), 'add-server is disabled at 20 rows'));
  assert.equal(await rowInput(page, 'ServerId', 20).count(), 1);
  assert.equal(await rowInput(page, 'ServerId', 21).count(), 0);

  // A visible reason mentioning the limit, tied to the button.
  const describedBy = await add.getAttribute('aria-describedby');
  assert.ok(describedBy, 'the disabled add-server button is described by its reason');
  const reason = page.locator(`[id="${describedBy}"]`);
  assert.ok(await reason.isVisible(), 'the reason is visible');
  assert.match(await reason.textContent(), /\b20\b/);

  // Every duplicate button is disabled.
  const dups = page.getByRole('button', { name: /^Duplicate server \d+$/ });
  assert.equal(await dups.count(), 20);
  for (let i = 0; i < 20; i++) assert.ok(await dups.nth(i).isDisabled(), `Duplicate server ${i + 1} is disabled`);

  // Forcing a click on the disabled controls adds nothing.
  await add.dispatchEvent('click');
  await dups.first().dispatchEvent('click');
  await page.waitForTimeout(200);
  assert.equal(await rowCount(page), 20);
  assert.equal(await rowInput(page, 'ServerId', 21).count(), 0);

  // Removing one row re-enables adding.
  await page.getByRole('button', { name: 'Remove server 20', exact: true }).click();
  await eventually(async () => assert.equal(await rowCount(page), 19));
  await eventually(async () => assert.ok(await add.isEnabled(), 'add-server is enabled again at 19 rows'));
  assert.ok(await page.getByRole('button', { name: 'Duplicate server 1', exact: true }).isEnabled());
  await add.click();
  await eventually(async () => assert.equal(await rowCount(page), 20));
  assert.ok(await add.isDisabled());

  app.assertHealthy();
});

test('move, duplicate and remove change the rows and the BackendServers order in the URL', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const btn = (name) => page.getByRole('button', { name, exact: true });
  const ids = (rows) => rows.map((r) => r.ServerId);
  const expectRows = async (expected) => {
    await eventually(async () => assert.deepEqual(await formRows(page), expected));
    const url = await urlWhere(page, (u) => JSON.stringify(urlServers(u)) === JSON.stringify(expected));
    assert.deepEqual(urlServers(url), expected);
  };
  const r233 = { ServerId: 'vm-233', Port: '80', Weight: '100' };
  const r232 = { ServerId: 'vm-232', Port: '90', Weight: '100' };
  const r231 = { ServerId: 'vm-231', Port: '70', Weight: '100' };

  await expectRows([r233, r232, r231]);
  assert.ok(await btn('Move server 1 up').isDisabled(), 'the first row cannot move up');
  assert.ok(await btn('Move server 3 down').isDisabled(), 'the last row cannot move down');

  await btn('Move server 1 down').click();
  await expectRows([r232, r233, r231]);

  await btn('Move server 3 up').click();
  await expectRows([r232, r231, r233]);

  // Give row 2 a distinct weight, then duplicate it: the copy lands right below.
  await rowInput(page, 'Weight', 2).fill('7');
  const r231w = { ...r231, Weight: '7' };
  await expectRows([r232, r231w, r233]);
  await btn('Duplicate server 2').click();
  await expectRows([r232, r231w, r231w, r233]);
  // The copy is a duplicate entry: flagged, but still sent as typed.
  await eventually(async () =>
    assert.equal(await rowInput(page, 'ServerId', 3).getAttribute('aria-invalid'), 'true'));
  assert.match(await page.locator('#f-ServerId-3-msg').textContent(), /row 2/i);
  assert.equal(await rowInput(page, 'ServerId', 2).getAttribute('aria-invalid'), null);

  await btn('Remove server 1').click();
  await expectRows([r231w, r231w, r233]);
  await btn('Remove server 2').click();
  await expectRows([r231w, r233]);
  assert.deepEqual(ids(await formRows(page)), ['vm-231', 'vm-233']);

  // Removing every row drops the BackendServers parameter.
  await btn('Remove server 1').click();
  await btn('Remove server 1').click();
  await eventually(async () => assert.equal(await rowCount(page), 0));
  const url = await urlWhere(page, (u) => urlServers(u) === null);
  assert.ok(!url.includes('BackendServers'), url);
  assert.equal(await responseStatus(page), 'HTTP 200 OK');
  const json = JSON.parse(await responseBody(page, 'JSON'));
  assert.match(json.VServerGroupId, /^rsp-[a-z0-9]{10}$/);
  assert.deepEqual(json.BackendServers?.BackendServer ?? [], []);

  app.assertHealthy();
});

test('keyboard focus follows rows that are added, moved, duplicated or removed', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const active = () => page.evaluate(() => document.activeElement?.id ?? '');
  const press = async (name) => {
    await page.getByRole('button', { name, exact: true }).focus();
    await page.keyboard.press('Enter');
  };
  await press('Move server 1 down');
  await eventually(async () => assert.equal(await active(), 'move-down-2'));
  await page.keyboard.press('Enter'); // the same button moves the same server on
  await eventually(async () => assert.equal(await active(), 'move-up-3'));
  assert.deepEqual((await formRows(page)).map((r) => r.ServerId), ['vm-232', 'vm-231', 'vm-233']);
  await press('Duplicate server 1');
  await eventually(async () => assert.equal(await active(), 'f-ServerId-2'));
  await press('Remove server 4');
  await eventually(async () => assert.equal(await active(), 'f-ServerId-3'));
  for (let n = 3; n >= 1; n--) await press(`Remove server ${n}`);
  await eventually(async () => assert.equal(await active(), 'add-server'));
  await page.keyboard.press('Enter');
  await eventually(async () => assert.equal(await active(), 'f-ServerId-1'));
  app.assertHealthy();
});

test('a Type select shows the Type of its row after rows move', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await page.getByLabel('Type 1', { exact: true }).selectOption('eni');
  await page.getByRole('button', { name: 'Move server 1 down', exact: true }).click();
  await page.getByRole('button', { name: 'Move server 2 up', exact: true }).click();
  await eventually(async () => assert.equal(await page.getByLabel('Type 1', { exact: true }).inputValue(), 'eni'));
  assert.equal(await page.getByLabel('Type 2', { exact: true }).inputValue(), '');
  await page.getByRole('button', { name: 'Duplicate server 1', exact: true }).click();
  await eventually(async () => assert.equal(await page.getByLabel('Type 2', { exact: true }).inputValue(), 'eni'));
  await page.getByRole('button', { name: 'Remove server 1', exact: true }).click();
  await page.getByRole('button', { name: 'Remove server 1', exact: true }).click();
  await eventually(async () => assert.equal(await page.getByLabel('Type 1', { exact: true }).inputValue(), ''));
  app.assertHealthy();
});

// Issue 15: on the standalone page at 1,280–1,440 px, a whole 22-character ServerId and a
// whole IPv4 address of 15 characters show in their inputs; the row of a server keeps
// ServerId, Port, Weight, Type and its buttons on one line.
test('standalone at 1280 and 1440 px: ServerId and ServerIp show whole, one line per server', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const ids = ['i-bp1abcdefghij0000001', 'i-wz9mmmmmmmmmmmmmmmmm', 'eni-bp1abcdefghij00001'];
  for (const [i, id] of ids.entries()) {
    if (i >= (await rowCount(page))) await page.getByTestId('add-server').click();
    await rowInput(page, 'ServerId', i + 1).fill(id);
    await rowInput(page, 'ServerIp', i + 1).fill('192.168.100.200');
  }
  for (const width of [1280, 1360, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    for (let n = 1; n <= ids.length; n++) {
      const fit = await Promise.all(['ServerId', 'ServerIp'].map((f) => rowInput(page, f, n).evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth, value: e.value }))));
      t.diagnostic(`${width} px, row ${n}: ` + fit.map((f) => `${f.value} ${f.scroll}/${f.client}`).join(', '));
      for (const f of fit) assert.ok(f.scroll <= f.client, `${width} px: ${f.value} is cut (${f.scroll} > ${f.client} px)`);
      const tops = await Promise.all([
        rowInput(page, 'ServerId', n), rowInput(page, 'Port', n), rowInput(page, 'Weight', n), rowInput(page, 'Type', n),
        page.getByRole('button', { name: `Remove server ${n}`, exact: true }),
      ].map(async (l) => (await l.boundingBox()).y));
      assert.ok(Math.max(...tops) - Math.min(...tops) < 12, `${width} px, row ${n}: ServerId, Port, Weight, Type and the buttons are on one line (tops ${tops.join(', ')})`);
    }
  }
  app.assertHealthy();
});
