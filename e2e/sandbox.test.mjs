// The VServer-group workflow (issue 16): eight operations and the sandbox that remembers.
// The tutorial page walked through (create → add → set → describe; remove → describe;
// delete → describe answers 404) with its history; two elements sharing a sandbox by
// name and one with its own; the operation picker (undoable, keeping the form), the
// element's and the iframe's `operation`; a VServerGroupId picked from the sandbox's
// groups; Modify's two lists; the Booleans; a URL of each operation imported (the
// picker follows); Terraform and ROS in the Code panel; the sandbox in memory only;
// axe on the tutorial in both languages and both themes. Every wait is for a state.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  useApp, openApp, TEST_TIMEOUT, eventually, field, showTab, requestUrl, queryObject, openAdvanced,
} from './helpers.mjs';
import { openHost, newPage, element, elementsReady, embedUrl, axe, rootBackground, LIGHT_BG, DARK_BG } from './embed-helpers.mjs';
import { button, importText } from './power-helpers.mjs';

const env = useApp();

/** The eight operations, in the picker's order. */
const FAMILY = [
  'CreateVServerGroup', 'AddVServerGroupBackendServers', 'RemoveVServerGroupBackendServers',
  'ModifyVServerGroupBackendServers', 'SetVServerGroupAttribute', 'DescribeVServerGroupAttribute',
  'DescribeVServerGroups', 'DeleteVServerGroup',
];
/** The group the sandbox starts with (the original page's example Create makes it). */
const START = 'rsp-rtvald5ll1';
/** The group the tutorial's step 1 makes (the ID its presets name). */
const TUTORIAL = 'rsp-y0elqej0vy';

/** The status line shown under `scope` (its Response tab must be shown). */
const status = async (scope) => (await scope.getByTestId('response-status').textContent()).trim();
/** The JSON response shown under `scope`. */
const json = async (scope) => JSON.parse(await scope.getByTestId('response-json').textContent());
/** Waits until the status under `scope` matches `re`. */
const statusIs = (scope, re) => eventually(async () => assert.match(await status(scope), re), { timeout: 10_000 });

/** Sends the request of `scope` and waits until its "last sent" line names it. */
async function send(scope, action, code = 200) {
  await scope.getByTestId('send').click();
  await eventually(async () => {
    const sent = await scope.getByTestId('sent').textContent();
    assert.ok(sent.includes(action) && sent.includes(`HTTP ${code}`), `last sent: ${sent}`);
  });
}

/** `ServerId:Weight` of each member of a Describe response. */
const members = (body) => body.BackendServers.BackendServer.map((m) => `${m.ServerId}:${m.Weight}`);

/** The tutorial page in `lang`, its six playgrounds rendered. */
async function openTutorial(t, lang, contextOptions) {
  const app = await newPage(env, t, { contextOptions });
  await app.page.goto(`${env.server.url}tutorial.html?lang=${lang}`);
  await elementsReady(app.page, 6);
  return app;
}

test('tutorial: create → add → set → describe shows the state; remove → describe; delete → describe answers 404; the history', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openTutorial(t, 'en');
  const { page } = app;
  const step = (op) => page.locator(`vsg-playground[operation="${op}"]`);
  const [create, add, set, describe, remove, del] = [
    'CreateVServerGroup', 'AddVServerGroupBackendServers', 'SetVServerGroupAttribute',
    'DescribeVServerGroupAttribute', 'RemoveVServerGroupBackendServers', 'DeleteVServerGroup',
  ].map(step);
  assert.equal(await page.locator('article[lang="zh-CN"] vsg-playground').count(), 0, 'only one language runs');
  // Each playground shows its operation (from the element's `operation`) and what the
  // sandbox answers it now: the group does not exist before step 1 is sent.
  assert.equal(await field(add, 'Action').inputValue(), 'AddVServerGroupBackendServers');
  assert.equal(await field(add, 'VServerGroupId').inputValue(), TUTORIAL);
  await statusIs(create, /HTTP 200/);
  for (const s of [add, set, describe, remove, del]) await statusIs(s, /HTTP 404/);

  // The preview is what Send does (after it, the preview is of a second group).
  assert.equal((await json(create)).VServerGroupId, TUTORIAL, 'the ID the tutorial names');
  await send(create, 'CreateVServerGroup');
  await eventually(async () => assert.notEqual((await json(create)).VServerGroupId, TUTORIAL));
  await statusIs(describe, /HTTP 200/);
  assert.deepEqual(members(await json(describe)), ['i-bp1tutorial0001:100']);

  await send(add, 'AddVServerGroupBackendServers');
  // Sending it again would add members the group has: the preview says so.
  await statusIs(add, /HTTP 400/);
  await send(set, 'SetVServerGroupAttribute');
  await eventually(async () => assert.deepEqual(members(await json(describe)),
    ['i-bp1tutorial0001:20', 'i-bp1tutorial0002:100', 'i-bp1tutorial0003:100']));
  assert.equal((await json(describe)).VServerGroupName, 'tutorial-web');

  await send(remove, 'RemoveVServerGroupBackendServers');
  await eventually(async () => assert.deepEqual(members(await json(describe)), ['i-bp1tutorial0001:20', 'i-bp1tutorial0002:100']));
  // Removing the same member again is answered 200, and the page says it is ignored.
  await eventually(async () => assert.match(await remove.getByTestId('ignored').textContent(), /BackendServers rows 1 name no member/));

  await send(del, 'DeleteVServerGroup');
  await statusIs(describe, /HTTP 404/);
  assert.equal((await json(describe)).Code, 'InvalidParameter');
  await statusIs(del, /HTTP 404/);

  // The history, readable in any of them: five requests, newest first, each with the
  // groups after it.
  const history = describe.getByTestId('sandbox-history');
  await history.locator('summary').first().click();
  const entries = history.getByTestId('history-entry');
  assert.equal(await entries.count(), 5);
  const lines = await entries.locator('summary').allTextContents();
  assert.deepEqual(lines.map((l) => l.replace(/ · .*/, '')), [
    '#5 DeleteVServerGroup', '#4 RemoveVServerGroupBackendServers', '#3 SetVServerGroupAttribute',
    '#2 AddVServerGroupBackendServers', '#1 CreateVServerGroup',
  ]);
  assert.ok(lines.every((l) => l.endsWith('HTTP 200 OK')), lines.join('\n'));
  const after = (n) => entries.nth(5 - n).locator('table').innerText();
  assert.match(await after(1), new RegExp(`${TUTORIAL}\\s+tutorial-web\\s+i-bp1tutorial0001:80 \\(100\\)`));
  assert.match(await after(3), /i-bp1tutorial0001:80 \(20\); i-bp1tutorial0002:80 \(100\); i-bp1tutorial0003:80 \(100\)/);
  assert.ok(!(await after(5)).includes(TUTORIAL), 'the group is gone after #5');
  assert.ok((await after(5)).includes(START), 'the example group stays');
  // Each entry's response can be read.
  await entries.nth(0).locator('summary').click();
  assert.match(await entries.nth(0).locator('pre').textContent(), /"RequestId"/);

  // Another language keeps the page's sandbox: the Chinese Describe answers 404 too.
  await page.getByRole('button', { name: '简体中文' }).click();
  await elementsReady(page, 6);
  assert.equal(await page.locator('article[lang="en"] vsg-playground').count(), 0);
  const zh = page.locator('article[lang="zh-CN"] vsg-playground[operation="DescribeVServerGroupAttribute"]');
  await eventually(async () => assert.match(await zh.getByTestId('response-status').textContent(), /HTTP 404/), { timeout: 15_000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  app.assertHealthy();
});

test('two elements named alike share a sandbox (a send in one changes the other\'s preview); one without a name has its own; Reset resets it', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openHost(env, t, {
    body: element('a', { sandbox: 'docs', operation: 'DeleteVServerGroup', panels: 'form,responses' }) +
      element('b', { sandbox: 'docs', operation: 'DescribeVServerGroupAttribute', panels: 'form,responses' }) +
      element('c', { operation: 'DescribeVServerGroupAttribute', panels: 'form,responses' }),
  });
  const [a, b, c] = ['a', 'b', 'c'].map((id) => app.page.locator(`vsg-playground#${id}`));
  for (const el of [a, b, c]) await statusIs(el, /HTTP 200/);
  assert.equal(await field(a, 'VServerGroupId').inputValue(), START, 'the operation\'s example acts on the starting group');
  await send(a, 'DeleteVServerGroup');
  await statusIs(b, /HTTP 404/);
  await statusIs(a, /HTTP 404/);
  assert.match(await status(c), /HTTP 200/, 'a playground without a sandbox name keeps its own');
  assert.equal((await b.getByTestId('sent').textContent()).includes('DeleteVServerGroup'), true, 'b tells of a\'s send');
  assert.equal((await c.getByTestId('sent').textContent()).trim(), '');
  // Reset in b (in its More menu) resets the shared sandbox: a and b answer 200 again.
  await b.getByTestId('download').click();
  await b.getByTestId('reset').click();
  await statusIs(a, /HTTP 200/);
  await statusIs(b, /HTTP 200/);
  assert.equal((await a.getByTestId('sent').textContent()).trim(), '', 'the history is empty again');
  app.assertHealthy();
});

test('operation picker: undoable, keeps every field; a VServerGroupId picked from the sandbox\'s groups; the sandbox lives in memory only', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const action = field(page, 'Action');
  assert.deepEqual(await action.locator('option').allTextContents(), FAMILY);
  assert.equal(await action.inputValue(), 'CreateVServerGroup');
  // Create the example group a second time (the preview is what Send does).
  await showTab(page, 'Response');
  const created = (await json(page)).VServerGroupId;
  assert.notEqual(created, START);
  await send(page, 'CreateVServerGroup');

  // Describe it: switching keeps LoadBalancerId and the rows (not sent), and asks for
  // a VServerGroupId.
  await action.selectOption('DescribeVServerGroupAttribute');
  await eventually(async () => assert.equal(await page.locator('h1').textContent(), 'DescribeVServerGroupAttribute playground · Alibaba Cloud SLB API 2014-05-15'));
  assert.equal(await field(page, 'LoadBalancerId').count(), 0, 'not a parameter of Describe');
  await statusIs(page, /HTTP 400/);
  const url = queryObject(await requestUrl(page));
  assert.equal(url.Action, 'DescribeVServerGroupAttribute');
  assert.ok(!('BackendServers' in url) && !('LoadBalancerId' in url), 'fields of other tables are not sent');
  const groups = field(page, 'Groups in the sandbox');
  const options = await groups.locator('option').allTextContents();
  assert.deepEqual(options, ['Pick a group…', `${START} · (no name) · 3 members`, `${created} · (no name) · 3 members`]);
  await groups.selectOption(created);
  await eventually(async () => assert.equal(await field(page, 'VServerGroupId').inputValue(), created));
  await statusIs(page, /HTTP 200/);
  const body = await json(page);
  assert.equal(body.VServerGroupId, created);
  assert.deepEqual(body.BackendServers.BackendServer.map((m) => m.ServerId), ['vm-233', 'vm-232', 'vm-231']);
  // Typing another ID shows the picker's empty choice; the ID typed is kept.
  await field(page, 'VServerGroupId').fill('rsp-typed');
  await eventually(async () => assert.equal(await groups.inputValue(), ''));
  await statusIs(page, /HTTP 404/);

  // Undo: the edits of VServerGroupId (a pick and the typing after it are one burst, as
  // for RegionId and its select), then the operation: Create's example again.
  await page.getByTestId('undo').click();
  await eventually(async () => assert.equal(await field(page, 'VServerGroupId').inputValue(), ''));
  await page.getByTestId('undo').click();
  await eventually(async () => assert.equal(await action.inputValue(), 'CreateVServerGroup'));
  assert.equal(await field(page, 'LoadBalancerId').inputValue(), 'lb-bp1qjwo61pqz3ahltv0mw');
  assert.equal(await field(page, 'ServerId 3').inputValue(), 'vm-231');

  // A reload keeps the form (local storage) but not the sandbox.
  await page.reload();
  await page.getByTestId('request-url').waitFor();
  await showTab(page, 'Response');
  assert.equal((await page.getByTestId('sent').textContent()).trim(), '');
  await page.getByTestId('sandbox-history').locator('summary').first().click();
  assert.equal(await page.getByTestId('history-entry').count(), 0);
  app.assertHealthy();
});

test('Modify: OldBackendServers and NewBackendServers, each with its own rows, names and raw editor', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await field(page, 'Action').selectOption('ModifyVServerGroupBackendServers');
  const legends = page.locator('fieldset.servers > legend');
  await eventually(async () => assert.deepEqual((await legends.allTextContents()).map((l) => l.replace(/ \(.*/, '')),
    ['OldBackendServers', 'NewBackendServers']));
  assert.equal(await page.locator('fieldset.tags').count(), 0, 'Modify takes no tags');
  await page.getByTestId('add-server-new').click();
  await eventually(async () => assert.equal(await page.locator('#f-New-ServerId-1').evaluate((e) => e === e.getRootNode().activeElement), true));
  await field(page, 'New ServerId 1').fill('vm-299');
  await field(page, 'New Port 1').fill('80');
  await field(page, 'New Weight 1').fill('30');
  await eventually(async () => assert.deepEqual(JSON.parse(queryObject(await requestUrl(page)).NewBackendServers),
    [{ ServerId: 'vm-299', Port: '80', Weight: '30' }]));
  assert.equal(JSON.parse(queryObject(await requestUrl(page)).OldBackendServers).length, 3);
  assert.equal(await button(page, 'Remove server 1 (NewBackendServers)').count(), 1);
  assert.equal(await button(page, 'Remove server 1').count(), 1, 'the Old list keeps its names');
  // The New list's raw editor, in step with its rows.
  const raw = page.locator('details.raw').nth(1);
  await raw.locator('summary').click();
  const text = page.getByTestId('raw-new-backend-servers');
  await eventually(async () => assert.match(await text.inputValue(), /vm-299/));
  await text.fill('[{"ServerId":"vm-300","Port":"81"}]');
  await eventually(async () => assert.equal(await field(page, 'New ServerId 1').inputValue(), 'vm-300'));
  assert.equal(await field(page, 'ServerId 1').inputValue(), 'vm-233', 'the Old list is untouched');
  // Old and New differ in length: the sandbox refuses (the strict 2018 rule).
  await field(page, 'VServerGroupId').fill(START);
  await showTab(page, 'Response');
  await statusIs(page, /HTTP 400/);
  assert.match((await json(page)).Message, /BackendServers is invalid/);
  app.assertHealthy();
});

test('the element\'s and the iframe\'s operation: the example of that operation unless the preset names one; changing it later', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openHost(env, t, {
    body: element('a', { operation: 'RemoveVServerGroupBackendServers' }) +
      element('b', { operation: 'DeleteVServerGroup', preset: 'v1&r=cn-hangzhou&g=rsp-fromlink' }) +
      element('c', { operation: 'DeleteVServerGroup', preset: 'v1&op=DescribeVServerGroups&r=cn-hangzhou&lb=lb-x' }),
  });
  const [a, b, c] = ['a', 'b', 'c'].map((id) => app.page.locator(`vsg-playground#${id}`));
  assert.equal(await field(a, 'Action').inputValue(), 'RemoveVServerGroupBackendServers');
  assert.equal(await field(a, 'VServerGroupId').inputValue(), START);
  assert.equal(await field(a, 'ServerId 1').inputValue(), 'vm-231');
  assert.equal(await field(b, 'Action').inputValue(), 'DeleteVServerGroup', 'a preset without op is of the operation');
  assert.equal(await field(b, 'VServerGroupId').inputValue(), 'rsp-fromlink');
  assert.equal(await field(c, 'Action').inputValue(), 'DescribeVServerGroups', 'a preset with op wins');
  await a.evaluate((el) => el.setAttribute('operation', 'SetVServerGroupAttribute'));
  await eventually(async () => assert.equal(await field(a, 'Action').inputValue(), 'SetVServerGroupAttribute'));
  assert.equal(await field(a, 'VServerGroupName').inputValue(), 'web-renamed');

  const frame = await newPage(env, t);
  await frame.page.goto(embedUrl(env.server, { operation: 'DescribeVServerGroups' }));
  await frame.page.getByTestId('request-url').waitFor();
  assert.equal(queryObject(await requestUrl(frame.page)).Action, 'DescribeVServerGroups');
  // Booleans: not sent, true, false.
  const listener = field(frame.page, 'IncludeListener');
  assert.deepEqual(await listener.locator('option').allTextContents(), ['(not sent)', 'true', 'false']);
  await listener.selectOption('true');
  await eventually(async () => assert.equal(queryObject(await requestUrl(frame.page)).IncludeListener, 'true'));
  assert.match(await field(frame.page, 'Description').evaluate((e) => e.closest('.field').textContent), /matches it exactly/);
  app.assertHealthy();
  frame.assertHealthy();
});

test('import: a URL of each operation fills the form and the picker follows; a Python SDK\'s True is kept as typed', { timeout: TEST_TIMEOUT }, async (t) => {
  // A URL of each operation, as the page signs its example.
  const urls = {};
  for (const op of FAMILY) {
    const made = await newPage(env, t);
    await made.page.goto(`${env.server.url}index.html?operation=${op}`);
    await made.page.getByTestId('request-url').waitFor();
    urls[op] = await requestUrl(made.page);
    assert.equal(queryObject(urls[op]).Action, op);
  }
  const app = await openApp(env, t);
  const { page } = app;
  for (const op of FAMILY.slice(1).concat(FAMILY[0])) {
    await importText(page, urls[op]);
    await eventually(async () => assert.equal(await field(page, 'Action').inputValue(), op));
    const now = queryObject(await requestUrl(page));
    const then = queryObject(urls[op]);
    for (const key of ['Signature', 'SignatureNonce', 'Timestamp']) {
      delete now[key];
      delete then[key];
    }
    assert.deepEqual(now, then, `${op}: the same request`);
  }
  await importText(page, urls.DescribeVServerGroups.replace('Action=DescribeVServerGroups', 'Action=DescribeVServerGroups&IncludeRule=True'));
  const rule = field(page, 'IncludeRule');
  await eventually(async () => assert.equal(await rule.inputValue(), 'True'));
  assert.deepEqual(await rule.locator('option').allTextContents(), ['(not sent)', 'true', 'false', 'True']);
  app.assertHealthy();
});

test('every operation: its URL, snippet, V3 walkthrough, permalink and simulated failures; the secret is in no entry of the history', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const secret = 'Sandbox-Secret-9f3k';
  await openAdvanced(page);
  await field(page, 'AccessKeySecret').fill(secret);
  for (const op of FAMILY) {
    await field(page, 'Action').selectOption(op);
    await eventually(async () => assert.equal(queryObject(await requestUrl(page)).Action, op));
    await showTab(page, 'Code');
    await page.getByRole('tab', { name: 'aliyun CLI', exact: true }).click();
    await eventually(async () => assert.match(await page.getByTestId('snippet').textContent(), new RegExp(`^aliyun slb ${op} `, 'm')));
    await showTab(page, 'Signature');
    await page.getByRole('radio', { name: 'V3', exact: true }).click();
    await eventually(async () => assert.match(await page.getByTestId('v3-canonical-request').textContent(), new RegExp(`x-acs-action:${op}\n`)));
    await page.getByTestId('simulate').selectOption('Throttling');
    await eventually(async () => assert.equal(JSON.parse(await page.getByTestId('response-json').textContent()).Code, 'Throttling'));
    await send(page, op, 400);
    await page.getByTestId('simulate').selectOption('');
  }
  // The page's link keeps the operation.
  await page.getByTestId('copy-link').click();
  await eventually(async () => assert.match(await page.evaluate(() => location.hash), /^#v1&op=DeleteVServerGroup&/));
  // Eight failures sent, none changed the sandbox, none holds the secret.
  await page.getByTestId('sandbox-history').locator('summary').first().click();
  assert.equal(await page.getByTestId('history-entry').count(), 8);
  assert.ok(!(await page.content()).includes(secret), 'the secret is nowhere in the page');
  assert.ok(!(await page.evaluate(() => JSON.stringify(localStorage))).includes(secret));
  app.assertHealthy();
});

test('Code: Terraform and ROS with their notes for Create and Add, in English and Chinese; not offered for the others', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await showTab(page, 'Code');
  assert.match(await page.getByTestId('iac-terraform').textContent(), /resource "alicloud_slb_server_group"/);
  assert.match(await page.getByTestId('iac-ros').textContent(), /ALIYUN::SLB::VServerGroup/);
  assert.match(await page.getByTestId('iac-terraform-notes').textContent(), /tf-server-group/);
  assert.match(await page.getByTestId('iac-ros-notes').textContent(), /ALIYUN::StackName/);
  await page.getByTestId('language').selectOption('zh-CN');
  await eventually(async () => assert.match(await page.getByTestId('iac-terraform-notes').textContent(), /VServerGroupName 为空/));
  await page.getByTestId('language').selectOption('en');
  await field(page, 'Action').selectOption('AddVServerGroupBackendServers');
  await eventually(async () => assert.match(await page.getByTestId('iac-ros').textContent(), /ALIYUN::SLB::BackendServerToVServerGroupAddition/));
  assert.match(await page.getByTestId('iac-terraform').textContent(), /alicloud_slb_server_group_server_attachment/);
  await field(page, 'Action').selectOption('DeleteVServerGroup');
  await eventually(async () => assert.match(await page.getByTestId('iac-none').textContent(), /CreateVServerGroup and AddVServerGroupBackendServers only/));
  assert.equal(await page.getByTestId('iac-terraform').count(), 0);
  app.assertHealthy();
});

// ---------------------------------------------------------------------------------------
// Accessibility of the tutorial

for (const lang of ['en', 'zh-CN']) {
  for (const scheme of ['light', 'dark']) {
    test(`axe: no violation on the tutorial (${lang}, ${scheme}), before and after a send with the history open`, { timeout: TEST_TIMEOUT }, async (t) => {
      const app = await openTutorial(t, lang, { colorScheme: scheme });
      const { page } = app;
      const first = page.locator(`article[lang="${lang}"] vsg-playground`).first();
      await first.getByTestId('response-status').waitFor();
      assert.equal(await rootBackground(first), scheme === 'light' ? LIGHT_BG : DARK_BG);
      assert.equal(await first.locator('.vsg').getAttribute('lang'), lang);
      assert.deepEqual(await axe(page), []);
      await first.getByTestId('send').click();
      const history = first.getByTestId('sandbox-history');
      await history.locator('summary').first().click();
      await history.getByTestId('history-entry').first().locator('summary').click();
      await history.locator('pre').first().waitFor();
      assert.deepEqual(await axe(page), []);
      app.assertHealthy();
    });
  }
}

test('axe: no violation on the page with Modify\'s two lists, the Booleans, the sandbox\'s history and the IaC panel', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await field(page, 'Action').selectOption('ModifyVServerGroupBackendServers');
  await page.getByTestId('add-server-new').click();
  await showTab(page, 'Response');
  await send(page, 'ModifyVServerGroupBackendServers', 400);
  await page.getByTestId('sandbox-history').locator('summary').first().click();
  assert.deepEqual(await axe(page), []);
  await field(page, 'Action').selectOption('DescribeVServerGroups');
  await eventually(async () => assert.equal(await field(page, 'IncludeRule').count(), 1));
  await showTab(page, 'Code');
  await field(page, 'Action').selectOption('CreateVServerGroup');
  await page.getByTestId('iac-ros').waitFor();
  assert.deepEqual(await axe(page), []);
  app.assertHealthy();
});
