// 6. Nothing leaves the page: every request goes to the page's own origin.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  useApp, openApp, TEST_TIMEOUT, field, rowInput, rowCount, eventually, openAdvanced, text, responseBody,
} from './helpers.mjs';

const env = useApp();

test('no request leaves for anything but the page\'s own files', { timeout: TEST_TIMEOUT }, async (t) => {
  const seen = [];
  const record = (where) => (req) => seen.push({ where, url: req.url(), type: req.resourceType() });
  const app = await openApp(env, t, {
    beforeGoto: async (context, page) => {
      context.on('request', record('context'));
      page.on('request', record('page'));
      context.on('weberror', (e) => seen.push({ where: 'weberror', url: String(e.error()) }));
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
    },
  });
  const { page } = app;
  const origin = new URL(env.server.url).origin;

  // Typing, rows, tags, advanced fields, selects.
  await field(page, 'VServerGroupName').pressSequentially('Group1');
  await rowInput(page, 'ServerId', 1).fill('i-bp1abc');
  await rowInput(page, 'Port', 2).fill('8080');
  await page.getByTestId('add-server').click();
  await eventually(async () => assert.equal(await rowCount(page), 4));
  await rowInput(page, 'ServerId', 4).fill('eni-bp1xyz');
  await rowInput(page, 'Type', 4).selectOption('eni');
  await rowInput(page, 'ServerIp', 4).fill('192.168.0.7');
  await page.getByRole('button', { name: '+ Add tag', exact: true }).click();
  await page.getByLabel('Tag.1.Key', { exact: true }).fill('env');
  await openAdvanced(page);
  await field(page, 'Endpoint').selectOption('custom');
  await field(page, 'Custom endpoint').fill('slb.example.com');
  await field(page, 'AccessKeyId').fill('LTAIexample');
  await field(page, 'AccessKeySecret').fill('secret');
  await eventually(async () => assert.ok((await text(page, 'request-url')).startsWith('https://slb.example.com/?')));

  // Switching response tabs.
  await responseBody(page, 'XML');
  await eventually(async () => assert.ok(await page.getByTestId('response-xml').isVisible()));
  await responseBody(page, 'JSON');
  await eventually(async () => assert.ok(await page.getByTestId('response-json').isVisible()));

  // Copy buttons.
  await page.getByRole('button', { name: 'Copy request URL', exact: true }).click();
  await page.getByRole('tab', { name: 'Signature', exact: true }).click();
  await page.getByRole('button', { name: 'Copy step 3', exact: true }).click();
  await eventually(async () =>
    assert.match(await page.locator('[data-copy="sts"] + .copy-status').textContent(), /Cop(ied|y failed)/));

  // Give any late request (beacon, prefetch, favicon) a moment.
  await page.waitForTimeout(500);

  assert.ok(seen.length >= 3, `the page's own files were recorded: ${JSON.stringify(seen)}`);
  const foreign = seen.filter(({ url }) => !url.startsWith('data:') && new URL(url).origin !== origin);
  assert.deepEqual(foreign, [], `requests to other origins than ${origin}`);
  assert.ok(seen.some(({ url }) => url.endsWith('.wasm')), 'the wasm module was loaded from the page origin');

  // The server saw only the page's own files, each of which it found.
  assert.ok(env.server.requests.length >= 3, `server requests: ${env.server.requests}`);
  const missing = env.server.log.filter(({ status }) => status !== 200);
  assert.deepEqual(missing, [], 'every file the page asked for exists in dist/');

  app.assertHealthy();
});
