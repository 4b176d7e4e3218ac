// 4. Signature v1 vectors (computed by the official Python SDK signer) reproduced by the page.
// 5. Whatever is typed, the URL's signature verifies with an independent implementation.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  useApp, openApp, TEST_TIMEOUT, field, rowInput, rowCount, text, eventually, urlWhere, openAdvanced, loadVectors, queryPairs, queryObject, signV1, percentEncode, signatureV1, responseStatus,
} from './helpers.mjs';

const env = useApp();
const vectors = loadVectors();
const vector = (name) => {
  const v = vectors.find((x) => x.name === name);
  assert.ok(v, `vector "${name}" in signature-vectors.json`);
  return v;
};
const NONCE = '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf';
const TIMESTAMP = '2024-01-01T00:00:00Z';
const query = (url) => url.slice(url.indexOf('?') + 1);

async function pinNonceAndTimestamp(page) {
  await openAdvanced(page);
  await field(page, 'SignatureNonce').fill(NONCE);
  await field(page, 'Timestamp').fill(TIMESTAMP);
  await urlWhere(page, (u) => u.includes(`SignatureNonce=${NONCE}`) && u.includes('Timestamp=2024-01-01T00%3A00%3A00Z'));
}

test('empty SignatureNonce and Timestamp are generated afresh for every edit', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const first = queryObject(await text(page, 'request-url'));
  assert.match(first.SignatureNonce, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
  assert.match(first.Timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.ok(Math.abs(Date.parse(first.Timestamp) - Date.now()) < 120_000, `Timestamp ${first.Timestamp} is the current UTC time`);

  await field(page, 'VServerGroupName').fill('Group1');
  const url = await urlWhere(page, (u) => queryObject(u).VServerGroupName === 'Group1');
  const second = queryObject(url);
  assert.notEqual(second.SignatureNonce, first.SignatureNonce, 'a new nonce for the edit');
  assert.equal(second.Signature, signV1('GET', queryPairs(url), 'testsecret').signature);
  app.assertHealthy();
});

test('seed example with a fixed nonce and timestamp reproduces the SDK vector byte for byte', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const v = vector('seed example, GET');
  assert.equal(v.signature, '3IWpMOg0WYbMg1Y086ZklbQC01k=');

  await pinNonceAndTimestamp(page);
  const url = await urlWhere(page, (u) => query(u) === v.canonical_query_with_signature);
  assert.equal(url, 'https://slb.aliyuncs.com/?' + v.canonical_query_with_signature);
  assert.equal(query(url), v.canonical_query_with_signature);
  assert.equal(await signatureV1(page), '3IWpMOg0WYbMg1Y086ZklbQC01k=');
  assert.equal(await signatureV1(page, 'string-to-sign'), v.string_to_sign);
  assert.ok(await page.getByTestId('example-credentials').isVisible());

  // The independent signer agrees with the vector too (guards this test's own helper).
  assert.equal(signV1('GET', v.params, v.access_key_secret).signature, v.signature);

  // POST: the method is part of the signature.
  await field(page, 'HTTP method').selectOption('POST');
  const sts = await eventually(async () => {
    const s = await signatureV1(page, 'string-to-sign');
    assert.ok(s.startsWith('POST&%2F&'), `StringToSign should start with POST&%2F& — got ${s.slice(0, 40)}`);
    return s;
  });
  assert.equal(sts, 'POST' + v.string_to_sign.slice('GET'.length));
  const post = signV1('POST', v.params, 'testsecret');
  assert.equal(sts, post.stringToSign);
  assert.notEqual(post.signature, v.signature);
  const postUrl = await urlWhere(page, (u) => queryObject(u).Signature === post.signature);
  assert.equal(await signatureV1(page), post.signature);
  // Every parameter other than the signature is unchanged (POST keeps them in the query).
  const withoutSig = (u) => query(u).split('&').filter((p) => !p.startsWith('Signature=')).join('&');
  assert.equal(withoutSig(postUrl), withoutSig(url));

  app.assertHealthy();
});

test('tags and no backend servers (ap-southeast-1) reproduce the SDK vector', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const v = vector('tags and no backend servers');

  await pinNonceAndTimestamp(page);
  for (let n = 3; n >= 1; n--) {
    await page.getByRole('button', { name: `Remove server ${n}`, exact: true }).click();
    await eventually(async () => assert.equal(await rowCount(page), n - 1));
  }
  await field(page, 'RegionId').fill(v.params.RegionId);
  await field(page, 'LoadBalancerId').fill(v.params.LoadBalancerId);
  const addTag = page.getByRole('button', { name: '+ Add tag', exact: true });
  await addTag.click();
  await addTag.click();
  await page.getByLabel('Tag.1.Key', { exact: true }).fill(v.params['Tag.1.Key']);
  await page.getByLabel('Tag.1.Value', { exact: true }).fill(v.params['Tag.1.Value']);
  await page.getByLabel('Tag.2.Key', { exact: true }).fill(v.params['Tag.2.Key']);
  assert.equal(await page.getByLabel('Tag.2.Value', { exact: true }).inputValue(), '');

  const url = await urlWhere(page, (u) => query(u) === v.canonical_query_with_signature).catch(async (e) => {
    assert.equal(query(await text(page, 'request-url')), v.canonical_query_with_signature, e.message);
    throw e;
  });
  assert.equal(new URL(url).host, 'slb.ap-southeast-1.aliyuncs.com');
  assert.equal(await signatureV1(page, 'string-to-sign'), v.string_to_sign);
  assert.equal(await signatureV1(page), v.signature);
  assert.equal((await responseStatus(page)), 'HTTP 200 OK');

  app.assertHealthy();
});

test('awkward input still yields a signature that verifies independently; the secret never shows', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const NAME = 'a b*~/&=+%中文😀';
  const DESC = `say "hi" \\ back\\\\slash 'q' <x> 100%`;
  const TAG_KEY = 'team&co=1';
  const TAG_VALUE = 'a&b=c+d %20 ~!*()\'';
  const AK = 'LTAI my&id=+/';
  const SECRET = 's3cr&t/+=';

  await field(page, 'VServerGroupName').fill(NAME);
  await rowInput(page, 'Description', 1).fill(DESC);
  await rowInput(page, 'ServerId', 2).fill('vm "two" \\ 中');
  await page.getByRole('button', { name: '+ Add tag', exact: true }).click();
  await page.getByLabel('Tag.1.Key', { exact: true }).fill(TAG_KEY);
  await page.getByLabel('Tag.1.Value', { exact: true }).fill(TAG_VALUE);
  await openAdvanced(page);
  await field(page, 'ResourceOwnerAccount').fill('owner@example.com; DROP');
  await field(page, 'AccessKeyId').fill(AK);
  const secret = field(page, 'AccessKeySecret');
  assert.equal(await secret.getAttribute('type'), 'password');
  await secret.fill(SECRET);

  const url = await urlWhere(page, (u) => queryObject(u).AccessKeyId === AK);
  const params = queryObject(url);
  assert.equal(params.VServerGroupName, NAME);
  assert.equal(params['Tag.1.Key'], TAG_KEY);
  assert.equal(params['Tag.1.Value'], TAG_VALUE);
  assert.equal(params.ResourceOwnerAccount, 'owner@example.com; DROP');
  const servers = JSON.parse(params.BackendServers);
  assert.equal(servers[0].Description, DESC);
  assert.equal(servers[1].ServerId, 'vm "two" \\ 中');

  // Every name and value in the URL is encoded the signature v1 way.
  const q = url.slice(url.indexOf('?') + 1);
  for (const part of q.split('&')) {
    const i = part.indexOf('=');
    const [k, val] = [part.slice(0, i), part.slice(i + 1)];
    assert.equal(val, percentEncode(decodeURIComponent(val)), `value of ${k} is percent-encoded the v1 way`);
  }

  // Recompute the signature from the decoded parameters.
  const mine = signV1('GET', queryPairs(url), SECRET);
  assert.equal(params.Signature, mine.signature, 'URL Signature verifies with the typed secret');
  assert.equal(await signatureV1(page), mine.signature);
  assert.equal(await signatureV1(page, 'string-to-sign'), mine.stringToSign);
  assert.notEqual(signV1('GET', queryPairs(url), 'testsecret').signature, mine.signature);

  // The secret is not in the URL, raw or encoded, nor is the example note shown.
  for (const form of [SECRET, percentEncode(SECRET), encodeURIComponent(SECRET)]) {
    assert.ok(!url.includes(form), `the secret (${form}) must not appear in the URL`);
  }
  assert.equal(await page.getByTestId('example-credentials').count(), 0, 'no example-credentials note with own credentials');

  // POST and XML as well.
  await field(page, 'HTTP method').selectOption('POST');
  await field(page, 'Format').selectOption('XML');
  const url2 = await urlWhere(page, (u) => queryObject(u).Format === 'XML');
  await eventually(async () => assert.ok((await signatureV1(page, 'string-to-sign')).startsWith('POST&')));
  const mine2 = signV1('POST', queryPairs(url2), SECRET);
  assert.equal(queryObject(url2).Signature, mine2.signature);
  assert.equal(await signatureV1(page, 'string-to-sign'), mine2.stringToSign);

  app.assertHealthy();
});
