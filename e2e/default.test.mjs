// 1. The page starts with the original example, signed, with mock JSON and XML responses.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  useApp, openApp, TEST_TIMEOUT, field, text, requestUrl, rawQueryPairs, queryObject, percentEncode, formRows, rowInput, eventually, SEED_BACKEND_SERVERS, signatureV1, responseBody, responseStatus, showTab,
} from './helpers.mjs';

const env = useApp();

test('default example is rendered: rows, signed URL, mock responses, example-credentials note', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;

  // The three rows of the original example.
  assert.deepEqual(await formRows(page), [
    { ServerId: 'vm-233', Port: '80', Weight: '100' },
    { ServerId: 'vm-232', Port: '90', Weight: '100' },
    { ServerId: 'vm-231', Port: '70', Weight: '100' },
  ]);
  assert.equal(await field(page, 'RegionId').inputValue(), 'cn-hangzhou');
  assert.equal(
    await field(page, 'LoadBalancerId').inputValue(),
    'lb-bp1qjwo61pqz3ahltv0mw',
  );

  // The signed URL.
  const url = await requestUrl(page);
  assert.ok(url.startsWith('https://slb.aliyuncs.com/?'), `URL should start with https://slb.aliyuncs.com/? — got ${url}`);
  for (const part of ['Action=CreateVServerGroup', 'RegionId=cn-hangzhou', 'LoadBalancerId=lb-bp1qjwo61pqz3ahltv0mw']) {
    assert.ok(url.includes(part), `URL should contain ${part}: ${url}`);
  }
  const raw = Object.fromEntries(rawQueryPairs(url));
  assert.equal(raw.BackendServers, percentEncode(SEED_BACKEND_SERVERS), 'BackendServers parameter (encoded)');
  const params = queryObject(url);
  assert.equal(params.BackendServers, SEED_BACKEND_SERVERS);
  assert.equal(params.Version, '2014-05-15');
  assert.equal(params.Format, 'JSON');
  assert.equal(params.AccessKeyId, 'testid');
  assert.equal(params.SignatureMethod, 'HMAC-SHA1');
  assert.equal(params.SignatureVersion, '1.0');
  assert.match(params.Timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.ok(params.SignatureNonce.length > 0, 'a SignatureNonce is generated');
  assert.equal(params.Signature, await signatureV1(page));

  // The mock JSON response, shown first because Format is JSON.
  await showTab(page, 'Response');
  assert.equal(await page.getByRole('tab', { name: 'JSON', exact: true }).getAttribute('aria-selected'), 'true');
  const json = JSON.parse(await responseBody(page, 'JSON'));
  assert.match(json.RequestId, /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  assert.match(json.VServerGroupId, /^rsp-[a-z0-9]{10}$/);
  assert.deepEqual(json.BackendServers.BackendServer, [
    { ServerId: 'vm-233', Port: 80, Weight: 100 },
    { ServerId: 'vm-232', Port: 90, Weight: 100 },
    { ServerId: 'vm-231', Port: 70, Weight: 100 },
  ]);

  // The mock XML response (its tab panel is hidden while JSON is shown).
  const xml = await responseBody(page, 'XML');
  assert.ok(xml.includes('<CreateVServerGroupResponse>'), `XML response: ${xml}`);
  assert.ok(xml.includes(`<RequestId>${json.RequestId}</RequestId>`), 'XML and JSON share the RequestId');
  assert.ok(xml.includes(`<VServerGroupId>${json.VServerGroupId}</VServerGroupId>`));
  const order = ['<RequestId>', '<VServerGroupId>', '<BackendServers>', '<BackendServer>'].map((tag) => xml.indexOf(tag));
  assert.ok(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1])), `XML children in the seed's order: ${xml}`);

  assert.equal((await responseStatus(page)), 'HTTP 200 OK');
  assert.ok(await page.getByTestId('example-credentials').isVisible(), 'the example-credentials note is visible');

  app.assertHealthy();

  // Mock IDs are derived from the request's content: a second load shows the same ones
  // (although its nonce and timestamp differ), a changed request shows new ones.
  const again = await openApp(env, t);
  const json2 = JSON.parse(await responseBody(again.page, 'JSON'));
  assert.equal(json2.RequestId, json.RequestId);
  assert.equal(json2.VServerGroupId, json.VServerGroupId);
  await rowInput(again.page, 'Port', 1).fill('81');
  const json3 = await eventually(async () => {
    const j = JSON.parse(await responseBody(again.page, 'JSON'));
    assert.equal(j.BackendServers.BackendServer[0].Port, 81);
    return j;
  });
  assert.notEqual(json3.VServerGroupId, json.VServerGroupId, 'a changed request gets another VServerGroupId');
  again.assertHealthy();
});

test('picking a known region fills RegionId and moves the endpoint; a new ID can be typed', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const known = page.getByRole('combobox', { name: 'Known regions', exact: true });
  await known.selectOption('ap-southeast-1');
  assert.equal(await field(page, 'RegionId').inputValue(), 'ap-southeast-1');
  await eventually(async () => assert.match(await requestUrl(page), /^https:\/\/slb\.ap-southeast-1\.aliyuncs\.com\/\?/));
  await field(page, 'RegionId').fill('xx-newregion-1');
  assert.equal(await known.inputValue(), '', 'the list shows "Other" for an unknown ID');
  await eventually(async () => assert.match(await requestUrl(page), /^https:\/\/slb\.xx-newregion-1\.aliyuncs\.com\//));
  assert.match(await text(page, 'validation-summary'), /Not a known SLB region/);
  app.assertHealthy();
});

test('Known regions follows RegionId whatever was picked before; Other empties it', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const known = page.getByRole('combobox', { name: 'Known regions', exact: true });
  const region = field(page, 'RegionId');
  await known.selectOption('cn-beijing');
  await region.fill('cn-beijin');
  await eventually(async () => assert.equal(await known.inputValue(), ''));
  await region.fill('cn-beijing');
  await eventually(async () => assert.equal(await known.inputValue(), 'cn-beijing'));
  await region.fill('CN-HANGZHOU');
  await eventually(async () => assert.equal(await known.inputValue(), ''));
  await known.selectOption('');
  await eventually(async () => assert.equal(await region.inputValue(), ''));
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-RegionId');
  app.assertHealthy();
});
