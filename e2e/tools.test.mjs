// The power tools: the raw BackendServers editor, import (URL, POST form, curl, aliyun CLI),
// the code snippets, both signatures step by step, the simulated runtime errors and the
// downloads, with the round trips form → URL → import, form → CLI → import and
// rows → raw JSON → rows.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
  useApp, openApp, TEST_TIMEOUT, SEED_BACKEND_SERVERS, SEED_ROWS, rowInput, rowCount, formRows, showTab, signatureV1, responseBody,
  responseStatus, queryObject, queryPairs, signV1, percentEncode, eventually, urlWhere, requestUrl, text, referenceText, field, fixture,
} from './helpers.mjs';
import {
  button, formSnapshot, expectForm, openFold, importText, removeAllRows, fillEverything, grantClipboard,
  copyWith, snippetOf, LANGUAGES, showSignature, download,
} from './power-helpers.mjs';

const env = useApp();

const ORIGINAL_EXAMPLE = `[{'ServerId':'vm-233','Port':'80','Weight':'100'},{'ServerId':'vm-232','Port':'90','Weight':'100'}]`;
const sha256 = (s) => crypto.createHash('sha256').update(s, 'utf8').digest('hex');
const hmac256 = (key, s) => crypto.createHmac('sha256', key).update(s, 'utf8').digest('hex');

const raw = (page) => page.getByTestId('raw-backend-servers');
const rawStatus = async (page) => (await page.getByTestId('raw-status').textContent()).trim();

/** Every row's six fields as the form shows them. */
async function fullRows(page) {
  const rows = [];
  for (let i = 1; i <= (await rowCount(page)); i++) {
    const row = {};
    for (const f of ['ServerId', 'Port', 'Weight', 'Type', 'ServerIp', 'Description']) row[f] = await rowInput(page, f, i).inputValue();
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------
// 1. The raw BackendServers editor
// ---------------------------------------------------------------------------------------

test('raw editor: shows the rows as pretty JSON and follows row edits while in sync', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const summary = page.locator('details.raw > summary');
  assert.equal((await summary.textContent()).trim(), 'BackendServers as JSON');
  await openFold(page, 'raw');
  await eventually(async () => assert.equal(await raw(page).inputValue(), JSON.stringify(SEED_ROWS, null, 2)));
  assert.equal(await rawStatus(page), '', 'nothing to report for the rows’ own JSON');

  // A row edit shows in the text at once.
  await rowInput(page, 'Port', 2).fill('8080');
  await rowInput(page, 'Description', 1).fill('web "one"');
  const expected = structuredClone(SEED_ROWS);
  expected[1].Port = '8080';
  expected[0].Description = 'web "one"';
  await eventually(async () => assert.equal(await raw(page).inputValue(), JSON.stringify(expected, null, 2)));

  // Adding, moving and removing rows too.
  await button(page, 'Move server 1 down').click();
  [expected[0], expected[1]] = [expected[1], expected[0]];
  await eventually(async () => assert.deepEqual(JSON.parse(await raw(page).inputValue()), expected));
  await button(page, 'Remove server 3').click();
  expected.pop();
  await eventually(async () => assert.deepEqual(JSON.parse(await raw(page).inputValue()), expected));
  await page.getByTestId('add-server').click();
  await eventually(async () => assert.deepEqual(JSON.parse(await raw(page).inputValue()), [...expected, {}]));
  app.assertHealthy();
});

test('raw editor: the original single-quoted example, bare numbers and pretty JSON fill the rows and say what was normalised', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page, context } = app;
  await grantClipboard(context, env);
  await openFold(page, 'raw');

  // The original page's example, pasted as it is (Ctrl+A, Ctrl+V from the clipboard).
  await page.evaluate((s) => navigator.clipboard.writeText(s), ORIGINAL_EXAMPLE);
  await raw(page).focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+v');
  await eventually(async () => assert.equal(await raw(page).inputValue(), ORIGINAL_EXAMPLE, 'pasted'));
  await eventually(async () => assert.deepEqual(await formRows(page), [
    { ServerId: 'vm-233', Port: '80', Weight: '100' },
    { ServerId: 'vm-232', Port: '90', Weight: '100' },
  ]));
  assert.equal(await rowInput(page, 'ServerId', 1).inputValue(), 'vm-233');
  assert.equal(await rowInput(page, 'Port', 2).inputValue(), '90');
  assert.equal(await rowCount(page), 2);
  await eventually(async () => assert.match(await rawStatus(page), /single quotes were turned into double quotes/));
  assert.equal(await page.getByTestId('raw-status').getAttribute('data-state'), 'normalised');
  assert.equal(await raw(page).inputValue(), ORIGINAL_EXAMPLE, 'the text stays as typed');
  // The URL sends the canonical form.
  await urlWhere(page, (u) => queryObject(u).BackendServers ===
    '[{"ServerId":"vm-233","Port":"80","Weight":"100"},{"ServerId":"vm-232","Port":"90","Weight":"100"}]');

  // Bare numbers.
  await raw(page).fill('[{"ServerId":"i-bp1","Port":80,"Weight":5},{"ServerId":"i-bp2","Port":443,"Weight":0,"Type":"ecs"}]');
  await eventually(async () => assert.deepEqual(await formRows(page), [
    { ServerId: 'i-bp1', Port: '80', Weight: '5' },
    { ServerId: 'i-bp2', Port: '443', Weight: '0' },
  ]));
  assert.equal(await rowInput(page, 'Type', 2).inputValue(), 'ecs');
  await eventually(async () => assert.match(await rawStatus(page), /bare numbers were written as strings/));
  await urlWhere(page, (u) => queryObject(u).BackendServers ===
    '[{"ServerId":"i-bp1","Port":"80","Weight":"5"},{"ServerId":"i-bp2","Port":"443","Weight":"0","Type":"ecs"}]');

  // Pretty-printed strict JSON (every field): read as it is, nothing to normalise.
  const pretty = [
    { ServerId: 'eni-1', Port: '22', Weight: '1', Type: 'eni', ServerIp: '10.0.0.9', Description: 'ssh' },
    { ServerId: 'eci-2', Port: '23', Weight: '2' },
  ];
  await raw(page).fill(JSON.stringify(pretty, null, 4));
  await eventually(async () => assert.deepEqual(await fullRows(page), [
    pretty[0], { ...pretty[1], Type: '', ServerIp: '', Description: '' },
  ]));
  await eventually(async () => assert.equal(await rawStatus(page), ''));
  app.assertHealthy();
});

test('raw editor: typing in the middle of the JSON edits that row, keystroke by keystroke', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await openFold(page, 'raw');
  const area = raw(page);
  await eventually(async () => assert.equal(await area.inputValue(), JSON.stringify(SEED_ROWS, null, 2)));
  const at = (await area.inputValue()).indexOf('"vm-232"') + '"vm-232'.length;
  await area.evaluate((el, at) => { el.focus(); el.setSelectionRange(at, at); }, at);
  await page.keyboard.type('-b7', { delay: 40 });
  await eventually(async () => assert.equal(await rowInput(page, 'ServerId', 2).inputValue(), 'vm-232-b7'));
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'raw-backend-servers', 'focus stays in the text');
  // A quote typed in the middle breaks the text for a moment: the rows wait, then follow.
  await page.keyboard.type('"', { delay: 40 });
  await eventually(async () => assert.match(await rawStatus(page), /line 8, column 28: expected ',' or '}', found “"”/));
  assert.equal(await rowInput(page, 'ServerId', 2).inputValue(), 'vm-232-b7');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await eventually(async () => assert.equal(await rowInput(page, 'ServerId', 2).inputValue(), 'vm-232-b'));
  await eventually(async () => assert.equal(await rawStatus(page), ''));
  const expected = structuredClone(SEED_ROWS);
  expected[1].ServerId = 'vm-232-b';
  assert.equal(await area.inputValue(), JSON.stringify(expected, null, 2), 'the caret stayed where it was typed');
  app.assertHealthy();
});

test('raw editor: malformed text gives line, column and reason, keeps the rows, and is never lost', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await openFold(page, 'raw');
  const before = await fullRows(page);
  const urlBefore = await requestUrl(page);

  await raw(page).fill("[{'ServerId':");
  await eventually(async () => assert.match(await rawStatus(page), /line 1, column 14: the text ends too soon/));
  assert.equal(await page.getByTestId('raw-status').getAttribute('data-state'), 'error');
  assert.match(await rawStatus(page), /rows stay as they were/);
  assert.deepEqual(await fullRows(page), before, 'the rows stay as they were');
  assert.equal(await requestUrl(page), urlBefore, 'the request is unchanged');

  // A second line: the position counts lines.
  const broken = '[\n  {"ServerId": "a",, }\n]';
  await raw(page).fill(broken);
  await eventually(async () => assert.match(await rawStatus(page), /line 2, column 20: expected a key in quotes, or '}', found “,”/));
  assert.deepEqual(await fullRows(page), before);

  // Editing a row in the form keeps the malformed text, and says the rows changed since.
  await rowInput(page, 'Weight', 1).fill('42');
  await eventually(async () => assert.match(await rawStatus(page), /The rows were changed since/));
  assert.equal(await raw(page).inputValue(), broken, 'the typed text is not lost');
  assert.match(await rawStatus(page), /line 2, column 20/);
  await button(page, 'Remove server 3').click();
  await eventually(async () => assert.equal(await rowCount(page), 2));
  assert.equal(await raw(page).inputValue(), broken, 'still not lost after a row removal');

  // Fixing the text makes the rows follow it again.
  await raw(page).fill('[\n  {"ServerId": "a", "Port": "1", "Weight": "2"}\n]');
  await eventually(async () => assert.deepEqual(await formRows(page), [{ ServerId: 'a', Port: '1', Weight: '2' }]));
  await eventually(async () => assert.equal(await rawStatus(page), ''));
  app.assertHealthy();
});

test('round trip: rows → raw JSON → rows', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await fillEverything(page);
  await page.getByTestId('add-server').click(); // an empty row too
  await rowInput(page, 'ServerId', 4).fill('i-"q"\\x');
  await rowInput(page, 'Description', 4).fill('😀 tab\there');
  const rows = await fullRows(page);
  const urlBefore = await requestUrl(page);
  await openFold(page, 'raw');
  const json = await eventually(async () => {
    const value = await raw(page).inputValue();
    JSON.parse(value);
    return value;
  });
  assert.deepEqual(
    JSON.parse(json),
    rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ''))),
    'the text is the rows as JSON, empty fields left out',
  );

  await removeAllRows(page);
  await eventually(async () => assert.equal(await raw(page).inputValue(), '[]'));
  await raw(page).fill(json);
  await eventually(async () => assert.deepEqual(await fullRows(page), rows));
  await eventually(async () => assert.equal(await requestUrl(page), urlBefore), { timeout: 5000 });
  await eventually(async () => assert.equal(await rawStatus(page), ''));
  app.assertHealthy();
});

// ---------------------------------------------------------------------------------------
// 2. Import
// ---------------------------------------------------------------------------------------

test('import: a signed URL fills the form, and its signature is checked against the typed secret', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const SECRET = 'right-secret-7';
  await fillEverything(page, { endpoint: 'vpc', method: 'GET', secret: SECRET });
  const url = await requestUrl(page);
  assert.equal(queryObject(url).Signature, signV1('GET', queryPairs(url), SECRET).signature, 'the URL is signed with the secret');
  const filled = await formSnapshot(page);

  // Back to the example, keeping the secret, then import the URL.
  await button(page, 'Reset to the example').click();
  await eventually(async () => assert.equal(await field(page, 'RegionId').inputValue(), 'cn-hangzhou'));
  await field(page, 'AccessKeySecret').fill(SECRET);
  const report = await importText(page, url);
  assert.match(report, /Imported into the form\./);
  assert.match(report, /The signature matches/);
  assert.doesNotMatch(report, /does not match/);
  await expectForm(page, filled);
  assert.equal(await field(page, 'Endpoint').inputValue(), 'vpc');
  await eventually(async () => assert.equal(await requestUrl(page), url), { timeout: 5000 });

  // A wrong secret: the same URL does not verify. The typed secret is never replaced.
  await field(page, 'AccessKeySecret').fill('wrong-secret');
  const bad = await importText(page, url, (r) => /does not match/.test(r));
  assert.doesNotMatch(bad, /The signature matches/);
  assert.equal(await field(page, 'AccessKeySecret').inputValue(), 'wrong-secret');

  // The right secret, but a value changed after signing: does not verify either.
  await field(page, 'AccessKeySecret').fill(SECRET);
  const tampered = url.replace('LoadBalancerId=lb-2zeexample01', 'LoadBalancerId=lb-2zeexample02');
  assert.notEqual(tampered, url);
  await importText(page, tampered, (r) => /does not match/.test(r));
  assert.equal(await field(page, 'LoadBalancerId').inputValue(), 'lb-2zeexample02');
  app.assertHealthy();
});

test('import: a POST form body and the curl snippet fill the form; + is a space only in a body', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const SECRET = 'post-secret';
  await fillEverything(page, { endpoint: 'public', method: 'POST', format: 'JSON', secret: SECRET });
  const filled = await formSnapshot(page);
  const url = await requestUrl(page);
  const host = new URL(url).host;
  assert.equal(host, 'slb.cn-beijing.aliyuncs.com');
  const body = url.slice(url.indexOf('?') + 1);

  // POST https://host/ + newline + the form body.
  await button(page, 'Reset to the example').click();
  await field(page, 'AccessKeySecret').fill(SECRET);
  const report = await importText(page, `POST https://${host}/\n${body}`);
  assert.match(report, /Imported into the form\./);
  assert.match(report, /The signature matches/);
  await expectForm(page, filled);
  assert.equal(await field(page, 'HTTP method').inputValue(), 'POST');

  // The curl snippet of the Code tab.
  const curl = await snippetOf(page, showTab, 'curl');
  assert.match(curl, /^curl -X POST '/m);
  await button(page, 'Reset to the example').click();
  await field(page, 'AccessKeySecret').fill(SECRET);
  const report2 = await importText(page, curl);
  assert.match(report2, /The signature matches/);
  await expectForm(page, filled);

  // `+` in a form body is a space, in a query string a plus sign (and said so).
  await importText(page, 'POST https://slb.aliyuncs.com/\nAction=CreateVServerGroup&RegionId=cn-hangzhou&LoadBalancerId=lb-1&VServerGroupName=a+b%2Bc');
  await eventually(async () => assert.equal(await field(page, 'VServerGroupName').inputValue(), 'a b+c'));
  assert.equal(await field(page, 'HTTP method').inputValue(), 'POST');
  const r3 = await importText(page, 'https://slb.aliyuncs.com/?Action=CreateVServerGroup&RegionId=cn-hangzhou&LoadBalancerId=lb-1&VServerGroupName=a+b%2Bc');
  await eventually(async () => assert.equal(await field(page, 'VServerGroupName').inputValue(), 'a+b+c'));
  assert.equal(await field(page, 'HTTP method').inputValue(), 'GET');
  assert.match(r3, /\+ in the query was kept as a plus sign/);
  app.assertHealthy();
});

test('import: an aliyun command line with every kind of quoting fills the form; what cannot be mapped is listed', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const report = await importText(page, fixture('aliyun-cli-quoting.sh'));
  assert.match(report, /Imported into the form\./);
  await eventually(async () => assert.equal(await field(page, 'RegionId').inputValue(), 'cn-shanghai'));
  assert.equal(await field(page, 'LoadBalancerId').inputValue(), 'lb-uf6example01');
  assert.equal(await field(page, 'VServerGroupName').inputValue(), "web\tgroup 'blue' 中", "$'…' escapes: \\t, \\' and \\u4e2d");
  assert.deepEqual(await formRows(page), [
    { ServerId: 'i-uf61', Port: '80', Weight: '100' },
    { ServerId: 'i-uf62', Port: '8080', Weight: '50' },
  ]);
  assert.equal(await rowInput(page, 'Description', 2).inputValue(), 'b "two"');
  assert.equal(await field(page, 'Tag.1.Key').inputValue(), 'team');
  assert.equal(await field(page, 'Tag.1.Value').inputValue(), 'a b');
  assert.equal(await field(page, 'OwnerAccount').inputValue(), 'o$x "q"', 'double quotes with \\$ and \\" escapes');
  // Nothing silently dropped: --Foo 1 is listed with its reason.
  const items = await page.getByTestId('import-report').locator('ul.unmapped li').allTextContents();
  assert.deepEqual(items, ['Foo = 1 — not a parameter of this operation']);
  assert.match(report, /Not mapped/);

  // CLI options that do not change the request, a parameter in the wrong case, a repeat.
  const r2 = await importText(page,
    "aliyun slb CreateVServerGroup --profile work --RegionId cn-qingdao --regionid x --LoadBalancerId lb-1 --LoadBalancerId lb-2 --Bar \"b c\"");
  await eventually(async () => assert.equal(await field(page, 'LoadBalancerId').inputValue(), 'lb-2'));
  assert.equal(await field(page, 'RegionId').inputValue(), 'cn-qingdao');
  assert.equal(await rowCount(page), 0, 'an import starts from the empty form');
  const list = await page.getByTestId('import-report').locator('ul.unmapped li').allTextContents();
  assert.ok(list.some((l) => /^--profile = work — an aliyun CLI option that does not change the request$/.test(l)), list.join('\n'));
  assert.ok(list.some((l) => /^regionid = x — parameter names are case-sensitive$/.test(l)), list.join('\n'));
  assert.ok(list.some((l) => /^LoadBalancerId = lb-1 — repeated; the last value was kept$/.test(l)), list.join('\n'));
  assert.ok(list.some((l) => l === 'Bar = b c — not a parameter of this operation'), list.join('\n'));
  assert.match(r2, /Not mapped/);
  app.assertHealthy();
});

test('import: malformed text gives line and column and leaves the form unchanged', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await field(page, 'VServerGroupName').fill('kept');
  await rowInput(page, 'Port', 3).fill('7070');
  const before = await formSnapshot(page);
  const urlBefore = await requestUrl(page);

  const one = "aliyun slb CreateVServerGroup --RegionId 'cn-beijing";
  const r1 = await importText(page, one);
  assert.match(r1, /^Not imported, the form is unchanged: line 1, column 42: the quote ' opened here is never closed$/m);
  assert.equal(one.indexOf("'") + 1, 42);
  await expectForm(page, before);

  const lines = ['aliyun slb CreateVServerGroup \\', '  --RegionId cn-beijing \\', '  --VServerGroupName "unclosed value'];
  const r2 = await importText(page, lines.join('\n'), (r) => /line 3/.test(r));
  assert.match(r2, new RegExp(`line 3, column ${lines[2].indexOf('"') + 1}: the quote " opened here is never closed`));
  await expectForm(page, before);

  const r3 = await importText(page, "https://slb.aliyuncs.com/?Action=CreateVServerGroup&BackendServers=[{'ServerId':'a'", (r) => /BackendServers/.test(r));
  assert.match(r3, /Not imported, the form is unchanged: line 1, column \d+: BackendServers: /);
  await expectForm(page, before);

  const r4 = await importText(page, 'https://slb.aliyuncs.com/?Action=DescribeLoadBalancers&RegionId=cn-hangzhou', (r) => /Describe/.test(r));
  assert.match(r4, /line 1, column 34: DescribeLoadBalancers is not an operation this playground knows/);
  await expectForm(page, before);
  assert.equal(await requestUrl(page), urlBefore, 'the request is unchanged');
  app.assertHealthy();
});

test('import: the Signature tab’s V3 curl command: its x-acs-* headers are mapped or listed, never dropped', {
  timeout: TEST_TIMEOUT,
}, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const AK = 'LTAI5tV3Import';
  await fillEverything(page, { endpoint: 'public', method: 'POST', accessKeyId: AK });
  await showSignature(page, showTab, 'V3');
  const curl = await text(page, 'v3-curl');
  const before = await formSnapshot(page);
  await button(page, 'Reset to the example').click();
  const report = await importText(page, curl);
  // What the query carried is in the form.
  await eventually(async () => assert.equal(await field(page, 'LoadBalancerId').inputValue(), before['f-LoadBalancerId']));
  assert.equal(await field(page, 'HTTP method').inputValue(), 'POST');
  // What the headers carried is either in the form or named in the report.
  const dropped = [];
  for (const [header, id] of [['x-acs-date', 'f-Timestamp'], ['x-acs-signature-nonce', 'f-SignatureNonce'], ['authorization', 'f-AccessKeyId']]) {
    const mapped = (await formSnapshot(page))[id] === before[id];
    if (!mapped && !report.toLowerCase().includes(header)) dropped.push(header);
  }
  assert.deepEqual(dropped, [], `headers neither mapped nor listed; report:\n${report}`);
  // They are mapped: the form holds the time, nonce and AccessKeyId the command was
  // signed with, and the report says where they came from.
  const header = (name) => new RegExp(`'${name}: ([^']*)'`).exec(curl)?.[1];
  const after = await formSnapshot(page);
  assert.equal(after['f-Timestamp'], header('x-acs-date'));
  assert.equal(after['f-SignatureNonce'], header('x-acs-signature-nonce'));
  assert.equal(after['f-AccessKeyId'], AK);
  assert.match(report, /x-acs-date as Timestamp/);
  app.assertHealthy();
});

test('round trip: form → URL → import → the same form', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await fillEverything(page, { endpoint: 'custom', method: 'GET', format: 'XML' });
  const filled = await formSnapshot(page);
  const url = await requestUrl(page);
  assert.ok(url.startsWith('http://example.test:8080/?'), url);

  await button(page, 'Reset to the example').click();
  await eventually(async () => assert.equal(await rowCount(page), 3));
  await importText(page, url);
  await expectForm(page, filled);
  await eventually(async () => assert.equal(await requestUrl(page), url), { timeout: 5000 });
  app.assertHealthy();
});

test('round trip: form → CLI snippet → import → the same form (the CLI carries no nonce, timestamp or format)', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await fillEverything(page, { endpoint: 'custom', method: 'POST', format: 'XML' });
  const filled = await formSnapshot(page);
  const cli = await snippetOf(page, showTab, 'aliyun CLI');
  assert.match(cli, /^aliyun slb CreateVServerGroup \\$/m);
  assert.doesNotMatch(cli, /SignatureNonce|Timestamp|--Format|0f6c9b1e|2024-05-06/);
  assert.match(cli, /--VServerGroupName=/, 'a value starting with - is attached with =');

  await button(page, 'Reset to the example').click();
  await eventually(async () => assert.equal(await rowCount(page), 3));
  const report = await importText(page, cli);
  assert.match(report, /Everything was mapped\./);
  const notCarried = ['f-Format', 'f-SignatureNonce', 'f-Timestamp', 'f-AccessKeyId'];
  await expectForm(page, filled, { ignore: notCarried });
  const after = await formSnapshot(page);
  assert.deepEqual(
    notCarried.map((k) => after[k]),
    ['JSON', '', '', ''],
    'format, nonce, timestamp and credentials are not in a CLI command: defaults after the import',
  );
  assert.equal(await snippetOf(page, showTab, 'aliyun CLI'), cli, 'the imported form gives the same command');
  app.assertHealthy();
});

// ---------------------------------------------------------------------------------------
// 3. Code snippets
// ---------------------------------------------------------------------------------------

test('snippets: seven languages with the SDKs’ names, credentials from the environment, coloured, and a copy button', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page, context } = app;
  await grantClipboard(context, env);
  await field(page, 'LoadBalancerId').fill('lb-snippet01');
  await showTab(page, 'Code');
  const tabs = page.getByRole('tablist', { name: 'Snippet language' }).getByRole('tab');
  assert.deepEqual(await tabs.allTextContents(), LANGUAGES);

  const sdk = {
    'aliyun CLI': /^aliyun slb CreateVServerGroup/m,
    curl: /^curl '/m,
    Python: /from alibabacloud_slb20140515/,
    'Python (V1 SDK)': /from aliyunsdkslb\./,
    Java: /import com\.aliyun\.slb20140515\./,
    Go: /"github\.com\/alibabacloud-go\/slb-20140515\//,
    TypeScript: /from '@alicloud\/slb20140515'/,
  };
  const url = await requestUrl(page);
  for (const lang of LANGUAGES) {
    const code = await snippetOf(page, showTab, lang);
    assert.match(code, sdk[lang], `${lang}: the SDK's name`);
    assert.ok(code.includes('ALIBABA_CLOUD_ACCESS_KEY_ID') && code.includes('ALIBABA_CLOUD_ACCESS_KEY_SECRET'),
      `${lang}: credentials from ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET`);
    assert.ok(code.includes('lb-snippet01'), `${lang}: carries the request's values`);
    if (lang === 'curl') assert.ok(code.includes(`'${url}'`), 'curl sends the signed URL');
    else assert.ok(code.includes(SEED_BACKEND_SERVERS.replaceAll('"', lang === 'Java' ? '\\"' : '"')), `${lang}: BackendServers as JSON`);
    const coloured = await page.getByTestId('snippet').locator('span').count();
    assert.ok(coloured >= 3, `${lang}: coloured spans (${coloured})`);
  }
  // The copy button copies all of it.
  const python = await snippetOf(page, showTab, 'Python');
  assert.equal(await copyWith(page, 'Copy code'), python);
  app.assertHealthy();
});

/** The operation's parameters of a signed URL (the common v1 ones left out), decoded. */
function operationParams(url) {
  const common = new Set(['AccessKeyId', 'Action', 'Format', 'SignatureMethod', 'SignatureNonce', 'SignatureVersion', 'Timestamp', 'Version', 'Signature']);
  return Object.fromEntries(Object.entries(queryObject(url)).filter(([k]) => !common.has(k)));
}

/** Writes `files` ({ relative path: text }) under a new temporary folder; returns it. */
function scratch(t, files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vsg-snippets-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

const RUN_ENV = { PATH: process.env.PATH, HOME: '/nonexistent-home', LANG: 'C.UTF-8', ALIBABA_CLOUD_ACCESS_KEY_ID: 'env-key-id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-key-secret' };

/** Runs a bash snippet with `cmd` replaced by a function printing its arguments. */
function bashArgs(dir, cmd, code) {
  fs.writeFileSync(path.join(dir, `${cmd}.sh`), code);
  const out = execFileSync('bash', ['--noprofile', '--norc', '-c', `${cmd}() { printf '%s\\0' "$@"; }; . "$1"`, 'bash', path.join(dir, `${cmd}.sh`)],
    { env: RUN_ENV, encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

/** Stand-ins for the Python SDKs: they print what the snippet gave them, as JSON. */
const PYTHON_STUBS = {
  'alibabacloud_slb20140515/__init__.py': '',
  'alibabacloud_slb20140515/models.py': [
    'class _M:', '    def __init__(self, **kw): self.kw = kw',
    'class CreateVServerGroupRequest(_M): pass', 'class CreateVServerGroupRequestTag(_M): pass', '',
  ].join('\n'),
  'alibabacloud_slb20140515/client.py': [
    'import json', 'class Client:', '    def __init__(self, config): self.config = config',
    '    def create_vserver_group_with_options(self, request, runtime):',
    '        kw = dict(request.kw)', "        if 'tag' in kw: kw['tag'] = [t.kw for t in kw['tag']]",
    "        print(json.dumps({'config': self.config.kw, 'request': kw}))", '        raise SystemExit(0)', '',
  ].join('\n'),
  'alibabacloud_tea_openapi/__init__.py': '',
  'alibabacloud_tea_openapi/models.py': 'class Config:\n    def __init__(self, **kw): self.kw = kw\n',
  'darabonba/__init__.py': '',
  'darabonba/runtime.py': 'class RuntimeOptions:\n    def __init__(self, *a, **kw): pass\n',
  'aliyunsdkcore/__init__.py': '',
  'aliyunsdkcore/client.py': [
    'import json', 'class AcsClient:', '    def __init__(self, *args): self.args = list(args)',
    '    def do_action_with_exception(self, request):',
    "        print(json.dumps({'client': self.args, 'calls': request.calls}))", '        raise SystemExit(0)', '',
  ].join('\n'),
  'aliyunsdkslb/__init__.py': '',
  'aliyunsdkslb/request/__init__.py': '',
  'aliyunsdkslb/request/v20140515/__init__.py': '',
  'aliyunsdkslb/request/v20140515/CreateVServerGroupRequest.py': [
    'class CreateVServerGroupRequest:', '    def __init__(self): self.calls = {}',
    '    def __getattr__(self, name):',
    "        if name.startswith('set_'): return lambda v: self.calls.__setitem__(name[4:], v)",
    '        raise AttributeError(name)', '',
  ].join('\n'),
};

function runPython(dir, code) {
  fs.writeFileSync(path.join(dir, 'snippet.py'), code);
  return JSON.parse(execFileSync('python3', [path.join(dir, 'snippet.py')], { env: { ...RUN_ENV, PYTHONPATH: dir }, encoding: 'utf8' }));
}

test('snippets run: bash runs the CLI and curl snippets, Python both SDK snippets (stand-in SDKs): every value arrives as typed', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await fillEverything(page, { endpoint: 'vpc', method: 'POST', format: 'XML', secret: 'typed-secret-x' });
  const url = await requestUrl(page);
  const params = operationParams(url);
  assert.ok(params.VServerGroupName.startsWith('-It'), 'the awkward values are in the request');
  const host = new URL(url).host;
  assert.equal(host, 'slb-vpc.cn-beijing.aliyuncs.com');
  const dir = scratch(t, PYTHON_STUBS);

  // aliyun CLI: the words bash passes, read back as --Name value pairs.
  const words = bashArgs(dir, 'aliyun', await snippetOf(page, showTab, 'aliyun CLI'));
  assert.deepEqual(words.slice(0, 2), ['slb', 'CreateVServerGroup']);
  const flags = {};
  for (let i = 2; i < words.length; i++) {
    const w = words[i];
    assert.ok(w.startsWith('--'), `a flag: ${w}`);
    const eq = w.indexOf('=');
    if (eq > 0) flags[w.slice(2, eq)] = w.slice(eq + 1);
    else if (i + 1 < words.length && !words[i + 1].startsWith('--')) flags[w.slice(2)] = words[++i];
    else flags[w.slice(2)] = '';
  }
  const { endpoint: cliEndpoint, method: cliMethod, ...cliParams } = flags;
  assert.equal(cliEndpoint, host);
  assert.equal(cliMethod, 'POST');
  assert.deepEqual(cliParams, params, 'the CLI passes exactly the request’s parameters');

  // curl: the signed URL, as one word.
  const curlWords = bashArgs(dir, 'curl', await snippetOf(page, showTab, 'curl'));
  assert.deepEqual(curlWords, ['-X', 'POST', url]);

  // Python, V2 SDK.
  const py = runPython(dir, await snippetOf(page, showTab, 'Python'));
  assert.deepEqual(py.config, { access_key_id: 'env-key-id', access_key_secret: 'env-key-secret', endpoint: host });
  const snake = {
    RegionId: 'region_id', LoadBalancerId: 'load_balancer_id', VServerGroupName: 'vserver_group_name', BackendServers: 'backend_servers',
    ResourceOwnerAccount: 'resource_owner_account', OwnerAccount: 'owner_account', OwnerId: 'owner_id', ResourceOwnerId: 'resource_owner_id',
  };
  const tags = [1, 2].map((n) => ({ key: params[`Tag.${n}.Key`], value: params[`Tag.${n}.Value`] ?? '' }));
  const expectedV2 = Object.fromEntries(Object.entries(snake).map(([api, attr]) => [attr, params[api]]));
  expectedV2.owner_id = Number(params.OwnerId);
  expectedV2.resource_owner_id = Number(params.ResourceOwnerId);
  expectedV2.tag = tags;
  assert.deepEqual(py.request, expectedV2);

  // Python, V1 SDK.
  const py1 = runPython(dir, await snippetOf(page, showTab, 'Python (V1 SDK)'));
  assert.deepEqual(py1.client, ['env-key-id', 'env-key-secret', params.RegionId]);
  const { endpoint: v1Endpoint, accept_format: v1Format, protocol_type: v1Protocol, Tags: v1Tags, ...v1Params } = py1.calls;
  assert.equal(v1Endpoint, host);
  assert.equal(v1Protocol, 'https', 'the V1 core defaults to http: the snippet names https');
  assert.equal(v1Format, 'xml');
  assert.deepEqual(v1Tags, tags.map((x) => ({ Key: x.key, Value: x.value })));
  const { RegionId, ...rest } = params;
  for (const k of Object.keys(rest)) if (k.startsWith('Tag.')) delete rest[k];
  assert.deepEqual(v1Params, { ...rest, OwnerId: Number(params.OwnerId), ResourceOwnerId: Number(params.ResourceOwnerId) });
  app.assertHealthy();
});

test('snippets: with a custom http:// endpoint every snippet sends over http', {
  timeout: TEST_TIMEOUT,
}, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await fillEverything(page, { endpoint: 'custom', method: 'POST' });
  assert.match(await requestUrl(page), /^http:\/\/example\.test:8080\/\?/);
  assert.match(await snippetOf(page, showTab, 'aliyun CLI'), /--insecure/);
  assert.match(await snippetOf(page, showTab, 'curl'), /'http:\/\/example\.test:8080\//);
  const wrong = [];
  for (const lang of ['Python', 'Python (V1 SDK)', 'Java', 'Go', 'TypeScript']) {
    const code = await snippetOf(page, showTab, lang);
    if (!/protocol/i.test(code) || !/["']http["']/i.test(code)) wrong.push(lang);
  }
  assert.deepEqual(wrong, [], 'SDK snippets that do not choose http for an http:// endpoint');
  app.assertHealthy();
});

// ---------------------------------------------------------------------------------------
// 5. Both signatures
// ---------------------------------------------------------------------------------------

test('signature v1: the steps shown verify independently', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const SECRET = 'v1-secret/+=';
  await fillEverything(page, { method: 'POST', secret: SECRET });
  const url = await requestUrl(page);
  const mine = signV1('POST', queryPairs(url), SECRET);
  assert.equal(await signatureV1(page, 'canonical-query'), mine.canonical);
  assert.equal(await signatureV1(page, 'string-to-sign'), mine.stringToSign);
  assert.equal(await signatureV1(page, 'signature'), mine.signature);
  assert.equal(queryObject(url).Signature, mine.signature);
  for (const n of [2, 3, 5]) assert.equal(await button(page, `Copy step ${n}`).count(), 1, `Copy step ${n}`);
  app.assertHealthy();
});

test('signature V3: canonical request, hash, StringToSign, signature, Authorization and curl verify independently; each step copies', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page, context } = app;
  await grantClipboard(context, env);
  const SECRET = 'v3-Secret_key';
  const AK = 'LTAI5tV3Example';
  await fillEverything(page, { method: 'POST', endpoint: 'public', secret: SECRET, accessKeyId: AK });
  const url = await requestUrl(page);
  const params = queryObject(url);
  await showSignature(page, showTab, 'V3');
  assert.deepEqual(await page.getByRole('radiogroup', { name: 'Signature', exact: true }).getByRole('radio').allTextContents(), ['v1', 'V3']);

  const creq = await text(page, 'v3-canonical-request');
  const hash = await text(page, 'v3-hash');
  const sts = await text(page, 'v3-string-to-sign');
  const sig = await text(page, 'v3-signature');
  const auth = await text(page, 'v3-authorization');
  const curl = await text(page, 'v3-curl');

  // The canonical request, rebuilt from the request's own parameters.
  const common = new Set(['AccessKeyId', 'Action', 'Format', 'SignatureMethod', 'SignatureNonce', 'SignatureVersion', 'Timestamp', 'Version', 'Signature']);
  const query = Object.entries(params).filter(([k]) => !common.has(k))
    .sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
  const empty = sha256('');
  const signedHeaders = 'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version';
  const expectedCreq = [
    'POST', '/', query,
    'host:slb.cn-beijing.aliyuncs.com', 'x-acs-action:CreateVServerGroup', `x-acs-content-sha256:${empty}`,
    `x-acs-date:${params.Timestamp}`, `x-acs-signature-nonce:${params.SignatureNonce}`, 'x-acs-version:2014-05-15',
    '', signedHeaders, empty,
  ].join('\n');
  assert.equal(creq, expectedCreq);

  // Hash → StringToSign → HMAC-SHA256 with the typed secret.
  assert.equal(hash, sha256(creq));
  assert.equal(sts, `ACS3-HMAC-SHA256\n${sha256(creq)}`);
  assert.equal(sig, hmac256(SECRET, sts));
  assert.notEqual(sig, hmac256('testsecret', sts));
  assert.match(sig, /^[0-9a-f]{64}$/);
  assert.equal(auth, `Authorization: ACS3-HMAC-SHA256 Credential=${AK},SignedHeaders=${signedHeaders},Signature=${sig}`);

  // curl with the same query and -H headers.
  assert.ok(curl.startsWith(`curl -X POST 'https://slb.cn-beijing.aliyuncs.com/?${query}'`), curl.slice(0, 200));
  const headers = Object.fromEntries([...curl.matchAll(/-H '([^:']+): ([^']*)'/g)].map((m) => [m[1].toLowerCase(), m[2]]));
  assert.deepEqual(headers, {
    'x-acs-action': 'CreateVServerGroup',
    'x-acs-content-sha256': empty,
    'x-acs-date': params.Timestamp,
    'x-acs-signature-nonce': params.SignatureNonce,
    'x-acs-version': '2014-05-15',
    authorization: auth.slice('Authorization: '.length),
  });

  // Each of the six steps has a copy button that copies the step.
  const steps = [creq, hash, sts, sig, auth, curl];
  for (let n = 1; n <= 6; n++) assert.equal(await copyWith(page, `Copy step ${n}`), steps[n - 1], `Copy step ${n}`);

  // Changing a field changes the V3 signature too.
  await field(page, 'VServerGroupName').fill('other');
  await eventually(async () => assert.notEqual(await text(page, 'v3-signature'), sig));
  const creq2 = await text(page, 'v3-canonical-request');
  assert.equal(await text(page, 'v3-signature'), hmac256(SECRET, `ACS3-HMAC-SHA256\n${sha256(creq2)}`));
  app.assertHealthy();
});

// ---------------------------------------------------------------------------------------
// 6. Simulated runtime failures
// ---------------------------------------------------------------------------------------

/** The §8 table of api-facts.md: code → { status, message }. */
function runtimeErrors() {
  const facts = referenceText('api-facts.md');
  const section = facts.slice(facts.indexOf('## 8.'));
  const out = {};
  for (const m of section.matchAll(/^\| (\d{3}) \| ([A-Za-z.]+) \| (.*) \|$/gm)) out[m[2]] = { status: Number(m[1]), message: m[3] };
  return out;
}

const xmlText = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const xmlField = (xml, name) => {
  const m = xml.match(new RegExp(`<${name}>([^<]*)</${name}>`));
  return m ? xmlText(m[1]) : null;
};

test('simulated failures: Throttling, Forbidden.RAM, InvalidServerId.NotExist and VServerGroupProcessing in JSON and XML', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const facts = runtimeErrors();
  const select = page.getByTestId('simulate');
  const reasons = { 400: 'Bad Request', 403: 'Forbidden' };
  for (const code of ['Throttling', 'Forbidden.RAM', 'InvalidServerId.NotExist', 'VServerGroupProcessing']) {
    const fact = facts[code];
    assert.ok(fact, `${code} in api-facts.md §8`);
    await showTab(page, 'Parameters');
    await select.selectOption(code);
    // The Response tab is shown.
    await eventually(async () =>
      assert.equal(await page.getByRole('tab', { name: 'Response', exact: true }).getAttribute('aria-selected'), 'true'));
    await eventually(async () => assert.equal(await responseStatus(page), `HTTP ${fact.status} ${reasons[fact.status]}`));
    assert.match(await text(page, 'simulated'), new RegExp(code.replace('.', '\\.')));

    const json = JSON.parse(await responseBody(page, 'JSON'));
    assert.equal(json.Code, code);
    assert.equal(json.HostId, 'slb.aliyuncs.com');
    assert.match(json.RequestId, /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    assert.ok(json.Recommend.includes(`q=${code}`), json.Recommend);
    if (code === 'Forbidden.RAM') {
      // The service names the action and the resource the RAM policy denies.
      assert.match(json.Message, /slb:CreateVServerGroup/);
      assert.match(json.Message, /lb-bp1qjwo61pqz3ahltv0mw/);
    } else {
      assert.equal(json.Message, fact.message);
    }
    const xml = await responseBody(page, 'XML');
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\s*<Error>/);
    assert.equal(xmlField(xml, 'Code'), code);
    assert.equal(xmlField(xml, 'Message'), json.Message);
    assert.equal(xmlField(xml, 'RequestId'), json.RequestId);
    assert.equal(await select.inputValue(), code);
  }
  // None: back to the response to this request.
  await select.selectOption('');
  await eventually(async () => assert.equal(await responseStatus(page), 'HTTP 200 OK'));
  assert.equal(await page.getByTestId('simulated').count(), 0);
  assert.match(JSON.parse(await responseBody(page, 'JSON')).VServerGroupId, /^rsp-/);
  app.assertHealthy();
});

// ---------------------------------------------------------------------------------------
// 7. Downloads
// ---------------------------------------------------------------------------------------

test('downloads: the URL, the CLI command and both responses, as shown', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await field(page, 'VServerGroupName').fill('dl-group');
  await rowInput(page, 'Description', 2).fill('two-2');
  const url = await urlWhere(page, (u) => queryObject(u).VServerGroupName === 'dl-group');
  const cli = await snippetOf(page, showTab, 'aliyun CLI');
  const json = await responseBody(page, 'JSON');
  const xml = await responseBody(page, 'XML');
  assert.equal((await page.getByTestId('download').textContent()).trim(), 'Download');

  const u = await download(page, 'Request URL (.txt)');
  assert.match(u.name, /\.txt$/);
  assert.equal(u.body.trim(), url);
  const c = await download(page, 'aliyun CLI command (.sh)');
  assert.match(c.name, /\.sh$/);
  assert.equal(c.body.trim(), cli.trim());
  const j = await download(page, 'JSON response (.json)');
  assert.match(j.name, /\.json$/);
  assert.deepEqual(JSON.parse(j.body), JSON.parse(json));
  assert.equal(JSON.parse(j.body).BackendServers.BackendServer[1].Description, 'two-2');
  const x = await download(page, 'XML response (.xml)');
  assert.match(x.name, /\.xml$/);
  assert.equal(x.body.trim(), xml.trim());

  // A simulated error is what the response downloads carry then.
  await page.getByTestId('simulate').selectOption('Throttling');
  await eventually(async () => assert.match(await responseStatus(page), /^HTTP 400/));
  const shownError = JSON.parse(await responseBody(page, 'JSON'));
  const j2 = await download(page, 'JSON response (.json)');
  assert.deepEqual(JSON.parse(j2.body), shownError);
  assert.equal(JSON.parse(j2.body).Code, 'Throttling');
  app.assertHealthy();
});
