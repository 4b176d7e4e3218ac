// 2. Live validation of a bad Port, with the service's error in both mock formats.
// 7. Robustness: megabyte-sized inputs keep the page responsive and panic-free.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  useApp, openApp, TEST_TIMEOUT, control, rowInput, text, eventually, urlWhere, urlServers, openAdvanced, requestUrl,
} from './helpers.mjs';

const env = useApp();

test('Port 70000 is flagged inline and in the summary, and the mock answers HTTP 400 InvalidParameter', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const port = rowInput(page, 'Port', 1);

  await port.fill('70000');
  await eventually(async () => assert.equal(await port.getAttribute('aria-invalid'), 'true'));
  assert.equal(await port.getAttribute('id'), 'f-Port-1');

  // The inline message list, referenced by aria-describedby, names the allowed range.
  const describedBy = (await port.getAttribute('aria-describedby')) ?? '';
  assert.ok(describedBy.split(/\s+/).includes('f-Port-1-msg'), `aria-describedby="${describedBy}"`);
  const inline = page.locator('#f-Port-1-msg');
  const inlineText = await inline.textContent();
  assert.match(inlineText, /65535/, `inline message should give the port range: "${inlineText}"`);
  assert.match(inlineText, /\b1\b/, `inline message should give the port range: "${inlineText}"`);
  assert.ok(await inline.isVisible(), 'the inline message is visible');

  // The summary lists it.
  const summary = page.getByTestId('validation-summary');
  const entry = summary.getByRole('button').filter({ hasText: 'Port 1' });
  assert.equal(await entry.count(), 1, `summary: ${await summary.textContent()}`);
  assert.match(await entry.textContent(), /65535/);

  // The mock response is the service's error, in JSON and XML.
  assert.match((await text(page, 'response-status')).trim(), /^HTTP 400\b/);
  const json = JSON.parse(await text(page, 'response-json'));
  assert.equal(json.Code, 'InvalidParameter');
  assert.equal(json.Message, 'The specified BackendServers is invalid, as the Port value should be in [1, 65535].');
  assert.match(json.RequestId, /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  const xml = await text(page, 'response-xml');
  assert.ok(xml.includes('<Code>InvalidParameter</Code>'), `XML: ${xml}`);
  assert.ok(xml.includes('<Error>'), `XML: ${xml}`);

  // The URL still shows what was typed.
  const url = await urlWhere(page, (u) => urlServers(u)?.[0]?.Port === '70000');
  assert.equal(urlServers(url)[0].ServerId, 'vm-233');

  // Clicking the summary entry focuses the field.
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await entry.click();
  await eventually(async () =>
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-Port-1'));

  // Fixing the value clears the error.
  await port.fill('8080');
  await eventually(async () => assert.notEqual(await port.getAttribute('aria-invalid'), 'true'));
  assert.equal((await text(page, 'response-status')).trim(), 'HTTP 200 OK');

  app.assertHealthy();
});

test('1 MB pasted into VServerGroupName and ServerId 1: responsive, InvalidParameterLength, no panic', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const big = 'a'.repeat(1_000_000);
  const name = control(page, 'VServerGroupName');

  await name.fill(big);
  await rowInput(page, 'ServerId', 1).fill('i-' + 'b'.repeat(999_998));

  // A later edit is reflected within a few seconds.
  const started = Date.now();
  await rowInput(page, 'Port', 1).fill('81');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="request-url"]')?.textContent.includes('%22Port%22%3A%2281%22'),
    null,
    { timeout: 5000, polling: 100 },
  );
  const elapsed = Date.now() - started;
  assert.ok(elapsed < 5000, `the edit took ${elapsed} ms to show`);
  t.diagnostic(`Port edit shown after ${elapsed} ms with 2 MB in the form`);

  // The URL carries the whole name and the whole ServerId.
  const lengths = await page.evaluate(() => {
    const u = document.querySelector('[data-testid="request-url"]').textContent;
    const q = new URLSearchParams(u.slice(u.indexOf('?') + 1));
    return { name: q.get('VServerGroupName')?.length, servers: JSON.parse(q.get('BackendServers'))[0].ServerId.length };
  });
  assert.deepEqual(lengths, { name: 1_000_000, servers: 1_000_000 });

  // The name is too long: InvalidParameterLength, inline and in the response.
  await eventually(async () => assert.equal(await name.getAttribute('aria-invalid'), 'true'));
  const inline = await page.locator('#f-VServerGroupName-msg').textContent();
  assert.match(inline, /80/, `inline message: ${inline}`);
  assert.match(await text(page, 'validation-summary'), /InvalidParameterLength/);
  assert.match((await text(page, 'response-status')).trim(), /^HTTP 400\b/);
  const json = JSON.parse(await text(page, 'response-json'));
  assert.equal(json.Code, 'InvalidParameterLength');
  assert.equal(json.Message, 'The specified parameter length is not valid.');

  // Still responsive afterwards.
  await rowInput(page, 'Weight', 2).fill('55');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="request-url"]')?.textContent.includes('%22Weight%22%3A%2255%22'),
    null,
    { timeout: 5000, polling: 100 },
  );

  assert.deepEqual(app.pageErrors, [], 'no uncaught page error');
  assert.deepEqual(app.consoleErrors.filter((m) => /panicked|unreachable/i.test(m)), [], 'no panic / wasm trap');
});

test('1 MB of Chinese text in a field keeps each edit under 3 s', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await control(page, 'VServerGroupName').fill('华'.repeat(350_000));
  await rowInput(page, 'ServerId', 1).fill('i-' + '组'.repeat(350_000));
  for (const port of ['81', '82', '83']) {
    const started = Date.now();
    await rowInput(page, 'Port', 1).fill(port);
    await page.waitForFunction(
      (p) => document.querySelector('[data-testid="request-url"]')?.textContent.includes(`%22Port%22%3A%22${p}%22`),
      port,
      { timeout: 10_000, polling: 50 },
    );
    const elapsed = Date.now() - started;
    t.diagnostic(`Port ${port} shown after ${elapsed} ms`);
    assert.ok(elapsed < 3000, `the edit took ${elapsed} ms to show`);
  }
  app.assertHealthy();
});

test('1 MB pasted into every other text field: no panic, the page keeps up', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await openAdvanced(page);
  await page.getByRole('button', { name: '+ Add tag' }).click();
  await page.getByLabel('Endpoint', { exact: true }).selectOption('custom');
  page.setDefaultTimeout(30_000);
  const big = '中a &%\u200b'.repeat(200_000); // 1 M characters, mixed scripts and escapes
  const fields = [
    control(page, 'RegionId'), control(page, 'LoadBalancerId'), rowInput(page, 'Port', 1),
    rowInput(page, 'Weight', 1), rowInput(page, 'ServerIp', 1), rowInput(page, 'Description', 1),
    page.getByLabel('Tag Key 1', { exact: true }), page.getByLabel('Tag Value 1', { exact: true }),
    control(page, 'ResourceOwnerAccount'), control(page, 'OwnerAccount'), control(page, 'OwnerId'),
    control(page, 'ResourceOwnerId'), control(page, 'Custom endpoint'), control(page, 'AccessKeyId'),
    page.getByLabel('AccessKeySecret', { exact: true }), control(page, 'SignatureNonce'), control(page, 'Timestamp'),
  ];
  for (const field of fields) {
    const started = Date.now();
    await field.fill(big);
    await field.fill('x');
    const elapsed = Date.now() - started;
    t.diagnostic(`${await field.getAttribute('id')}: ${elapsed} ms for the paste and the edit after it`);
    assert.ok(elapsed < 10_000, `${await field.getAttribute('id')} froze the page for ${elapsed} ms`);
  }
  // Still alive and computing: the last edit shows in the URL.
  await control(page, 'VServerGroupName').fill('alive');
  await eventually(async () => assert.match(await requestUrl(page), /VServerGroupName=alive/));
  app.assertHealthy();
});
