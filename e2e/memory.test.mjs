// Permalink and memory: Copy link puts the whole request (never the secret) in the
// fragment and on the clipboard, the link reproduces the form in a new context, the last
// state and the UI's choices come back after a reload, Reset returns to the original
// example, and undo / redo (buttons and keyboard) take back every edit as one step.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  useApp, openApp, appReady, TEST_TIMEOUT, SEED_BACKEND_SERVERS, SEED_ROWS, sleep, rowInput, rowCount, formRows, showTab, eventually,
  requestUrl, queryObject, urlWhere, openAdvanced, field, fixture,
} from './helpers.mjs';
import {
  button, formSnapshot, expectForm, openFold, importText, fillEverything, grantClipboard,
  copyWith, savedLink, reload, snippetOf, showSignature,
} from './power-helpers.mjs';

const env = useApp();

/** The original page's example as a permalink (permalink.rs). */
const EXAMPLE_LINK = 'v1&r=cn-hangzhou&lb=lb-bp1qjwo61pqz3ahltv0mw&s=vm-233,80,100;vm-232,90,100;vm-231,70,100';
const hash = (page) => page.evaluate(() => location.hash);
const href = (page) => page.evaluate(() => location.href);

test('round trip: form → Copy link → a new context shows the same form and the same request', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page, context } = app;
  await grantClipboard(context, env);
  await fillEverything(page, { endpoint: 'custom', method: 'POST', format: 'XML' });
  await page.getByTestId('add-server').click(); // an empty row is kept too
  await eventually(async () => assert.equal(await rowCount(page), 4));
  const filled = await formSnapshot(page);
  const url = await requestUrl(page);

  const copied = await copyWith(page, 'Copy link');
  const link = await href(page);
  const fragment = await hash(page);
  assert.match(fragment, /^#v1&r=cn-beijing&/);
  for (const part of ['&lb=lb-2zeexample01', '&f=XML', '&m=POST', '&e=custom', '&h=http%3A%2F%2Fexample.test%3A8080', '&ak=LTAI5tExampleKey', '&roid=987']) {
    assert.ok(fragment.includes(part), `the fragment has ${part}: ${fragment}`);
  }
  assert.equal(copied, link, 'the clipboard holds the page’s address with the permalink');
  assert.equal(new URL(link).origin + new URL(link).pathname, new URL(env.server.url).origin + '/');

  // A new context (no storage): the form and the request are the same.
  const other = await openApp(env, t, { url: link });
  const page2 = other.page;
  await expectForm(page2, filled);
  assert.equal(await requestUrl(page2), url);
  assert.equal(await rowInput(page2, 'ServerId', 4).inputValue(), '');
  other.assertHealthy();

  // The same in a new page of the first context.
  const page3 = await context.newPage();
  await page3.goto(link);
  await appReady(page3);
  await expectForm(page3, filled);
  app.assertHealthy();
});

test('a link that cannot be read says where and why, and shows the example', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const cases = [
    ['v2&r=cn-beijing', /line 1, column 1: permalink version v2 is not supported/],
    ['v1&r=cn-beijing&zz=1', /line 1, column 17: “zz” is not a permalink field/],
    ['v1&r=cn-beijing&r=cn-shanghai', /line 1, column 17: the permalink field r appears twice/],
    ['v1&r=cn-beijing&f=YAML', /line 1, column 19: “YAML” is not a valid value for f/],
  ];
  for (const [fragment, message] of cases) {
    await page.goto(`${env.server.url}#${fragment}`);
    await reload(page);
    const alert = page.getByRole('alert');
    await eventually(async () => assert.match(await alert.textContent(), message));
    assert.match(await alert.textContent(), /^The link could not be read, so the example is shown: /);
    await eventually(async () => assert.deepEqual(await formRows(page), SEED_ROWS));
    assert.equal(await field(page, 'RegionId').inputValue(), 'cn-hangzhou', `${fragment}: nothing of the bad link is taken`);
    // The unreadable link stays in the address bar (past the 200 ms save) until an edit.
    await sleep(400);
    assert.equal(await hash(page), `#${fragment}`, 'the link is not replaced by the example’s');
  }
  // Empty && items are ignored.
  await page.goto(`${env.server.url}#v1&&r=cn-qingdao&&lb=lb-x&&`);
  await reload(page);
  await eventually(async () => assert.equal(await field(page, 'RegionId').inputValue(), 'cn-qingdao'));
  assert.equal(await field(page, 'LoadBalancerId').inputValue(), 'lb-x');
  assert.equal(await rowCount(page), 0);
  assert.equal(await page.getByRole('alert').count(), 0);
  app.assertHealthy();
});

test('a link put in the address bar of the open page is opened (undoably, the typed secret kept); an unreadable one changes nothing', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await openAdvanced(page);
  await field(page, 'AccessKeySecret').fill('typed-secret');
  await page.evaluate(() => { location.hash = 'v1&r=cn-qingdao&lb=lb-x'; });
  await eventually(async () => assert.equal(await field(page, 'RegionId').inputValue(), 'cn-qingdao'));
  assert.equal(await field(page, 'LoadBalancerId').inputValue(), 'lb-x');
  assert.equal(await rowCount(page), 0);
  assert.equal(await field(page, 'AccessKeySecret').inputValue(), 'typed-secret');
  await page.getByTestId('undo').click();
  await eventually(async () => assert.deepEqual(await formRows(page), SEED_ROWS));
  assert.equal(await field(page, 'RegionId').inputValue(), 'cn-hangzhou');

  await page.evaluate(() => { location.hash = 'v1&zz=1'; });
  const alert = page.getByRole('alert');
  await eventually(async () =>
    assert.match(await alert.textContent(), /^The link could not be read, so the request is unchanged: line 1, column 4: “zz” is not a permalink field/));
  assert.deepEqual(await formRows(page), SEED_ROWS);
  assert.equal(await field(page, 'RegionId').inputValue(), 'cn-hangzhou');
  await sleep(400);
  assert.equal(await hash(page), '#v1&zz=1', 'the unreadable link stays until an edit');
  // An edit brings the address in step with the request.
  await field(page, 'RegionId').fill('cn-shanghai');
  await eventually(async () => assert.match(await hash(page), /^#v1&r=cn-shanghai&lb=lb-bp1qjwo61pqz3ahltv0mw&s=vm-233,80,100;/));
  assert.ok(!(await hash(page)).includes('typed-secret'));
  app.assertHealthy();
});

test('the last state and the UI’s choices come back after a reload (vsg-playground:link and :prefs)', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await fillEverything(page, { endpoint: 'vpc', method: 'POST', format: 'XML' });
  const filled = await formSnapshot(page);
  const url = await requestUrl(page);
  await showSignature(page, showTab, 'V3');
  const link = await savedLink(page, (l) => l.includes('ak=LTAI5tExampleKey') && l.includes('e=vpc'));
  assert.match(link, /^v1&r=cn-beijing&/);
  await eventually(async () =>
    assert.match(await page.evaluate(() => localStorage.getItem('vsg-playground:prefs')), /(^|&)tab=signature(&|$)/));
  assert.match(await page.evaluate(() => localStorage.getItem('vsg-playground:prefs')), /(^|&)sig=V3(&|$)/);
  assert.equal(await hash(page), '', 'editing alone does not touch the address');

  await reload(page);
  await expectForm(page, filled);
  assert.equal(await requestUrl(page), url);
  assert.equal(await page.getByRole('tab', { name: 'Signature', exact: true }).getAttribute('aria-selected'), 'true');
  assert.equal(await page.getByRole('radio', { name: 'V3', exact: true }).getAttribute('aria-checked'), 'true');
  assert.ok(await page.getByTestId('v3-signature').isVisible());

  // The snippet language picked is remembered too.
  await snippetOf(page, showTab, 'Go');
  await eventually(async () =>
    assert.match(await page.evaluate(() => localStorage.getItem('vsg-playground:prefs')), /(^|&)tab=code&snippet=go(&|$)/));
  await reload(page);
  assert.equal(await page.getByRole('tab', { name: 'Code', exact: true }).getAttribute('aria-selected'), 'true');
  assert.equal(await page.getByRole('tab', { name: 'Go', exact: true }).getAttribute('aria-selected'), 'true');
  assert.match(await page.getByTestId('snippet').textContent(), /github\.com\/alibabacloud-go\/slb-20140515/);
  await snippetOf(page, showTab, 'Python (V1 SDK)');
  await eventually(async () =>
    assert.match(await page.evaluate(() => localStorage.getItem('vsg-playground:prefs')), /(^|&)snippet=python-v1(&|$)/));
  const prefs = await page.evaluate(() => localStorage.getItem('vsg-playground:prefs'));
  await reload(page);
  assert.equal(await page.getByRole('tab', { name: 'Python (V1 SDK)', exact: true }).getAttribute('aria-selected'), 'true', prefs);
  await expectForm(page, filled);

  // A new context starts from the example: the memory is the browser's, per profile.
  const { page: page2 } = await openApp(env, t);
  await eventually(async () => assert.deepEqual(await formRows(page2), SEED_ROWS));
  app.assertHealthy();
});

test('Reset returns to the original page’s example (and can be undone)', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const example = await formSnapshot(page);
  assert.deepEqual(await formRows(page), SEED_ROWS);
  await fillEverything(page, { endpoint: 'custom', method: 'POST', format: 'XML' });
  const filled = await formSnapshot(page);
  assert.notDeepEqual(filled, example);

  await page.getByTestId('reset').click();
  await eventually(async () => assert.deepEqual(await formRows(page), SEED_ROWS));
  assert.equal(await field(page, 'RegionId').inputValue(), 'cn-hangzhou');
  assert.equal(await field(page, 'LoadBalancerId').inputValue(), 'lb-bp1qjwo61pqz3ahltv0mw');
  assert.equal(await page.getByRole('textbox', { name: /^Tag\.\d+\.Key$/ }).count(), 0, 'no tags');
  // Every other field is empty / default, as on a first visit. (The custom host typed
  // before is not part of the example either.)
  await expectForm(page, example, { ignore: ['f-CustomEndpoint'] });
  const url = await urlWhere(page, (u) => queryObject(u).BackendServers === SEED_BACKEND_SERVERS);
  assert.equal(new URL(url).host, 'slb.aliyuncs.com');
  assert.equal(await savedLink(page, (l) => l === EXAMPLE_LINK), EXAMPLE_LINK);

  await page.getByTestId('undo').click();
  await expectForm(page, filled);
  app.assertHealthy();
});

/**
 * Four edits of different kinds, each to be one undo step: a burst of typing in one
 * field, a row removal, a reorder, an import. Returns the form after each (states[0] is
 * before any).
 */
async function fourEdits(page) {
  const states = [await formSnapshot(page)];
  const name = field(page, 'VServerGroupName');
  await name.click();
  await name.pressSequentially('Group1', { delay: 30 });
  await eventually(async () => assert.equal(await name.inputValue(), 'Group1'));
  states.push(await formSnapshot(page));

  await button(page, 'Remove server 2').click();
  await eventually(async () => assert.equal(await rowCount(page), 2));
  states.push(await formSnapshot(page));

  await button(page, 'Move server 1 down').click();
  await eventually(async () => assert.deepEqual((await formRows(page)).map((r) => r.ServerId), ['vm-231', 'vm-233']));
  states.push(await formSnapshot(page));

  await importText(page, fixture('aliyun-cli-quoting.sh'));
  await eventually(async () => assert.equal(await field(page, 'RegionId').inputValue(), 'cn-shanghai'));
  states.push(await formSnapshot(page));
  for (let i = 1; i < states.length; i++) assert.notDeepEqual(states[i], states[i - 1], `edit ${i} changed the form`);
  return states;
}

test('undo and redo buttons: typing in one field, a row removal, a reorder and an import are one step each', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const undo = page.getByTestId('undo');
  const redo = page.getByTestId('redo');
  assert.ok(await undo.isDisabled(), 'nothing to undo on a fresh page');
  assert.ok(await redo.isDisabled(), 'nothing to redo on a fresh page');
  const states = await fourEdits(page);
  await eventually(async () => assert.ok(await undo.isEnabled()));

  for (let i = states.length - 2; i >= 0; i--) {
    await undo.click();
    await expectForm(page, states[i], { message: `undo back to state ${i}` });
  }
  await eventually(async () => assert.ok(await undo.isDisabled(), 'all undone'));
  assert.equal(await field(page, 'VServerGroupName').inputValue(), '', 'the burst of typing was one step');
  assert.ok(await redo.isEnabled());
  for (let i = 1; i < states.length; i++) {
    await redo.click();
    await expectForm(page, states[i], { message: `redo to state ${i}` });
  }
  await eventually(async () => assert.ok(await redo.isDisabled(), 'all redone'));

  // Undo one step, then edit: what could be redone is gone.
  await undo.click();
  await expectForm(page, states[3]);
  await rowInput(page, 'Port', 1).fill('81');
  await eventually(async () => assert.ok(await redo.isDisabled()));
  // The raw editor's edits are steps too.
  await openFold(page, 'raw');
  const beforeRaw = await formSnapshot(page);
  await page.getByTestId('raw-backend-servers').fill("[{'ServerId':'vm-1','Port':'1','Weight':'1'}]");
  await eventually(async () => assert.equal(await rowCount(page), 1));
  await undo.click();
  await expectForm(page, beforeRaw);
  app.assertHealthy();
});

test('Ctrl+Z and Ctrl+Shift+Z (and Ctrl+Y) undo and redo with focus inside the playground', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  const states = await fourEdits(page);

  // Focus on the import button (just clicked), then on a row input, then on a move button.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'import-apply');
  await page.keyboard.press('Control+z');
  await expectForm(page, states[3], { message: 'Ctrl+Z undoes the import' });
  await rowInput(page, 'ServerId', 1).focus();
  await page.keyboard.press('Control+z');
  await expectForm(page, states[2], { message: 'Ctrl+Z undoes the reorder' });
  await button(page, 'Move server 1 down').focus();
  await page.keyboard.press('Control+z');
  await expectForm(page, states[1], { message: 'Ctrl+Z undoes the removal' });
  const name = field(page, 'VServerGroupName');
  await name.focus();
  await page.keyboard.press('Control+z');
  await expectForm(page, states[0], { message: 'Ctrl+Z undoes the whole burst of typing' });
  assert.equal(await name.inputValue(), '');

  await page.keyboard.press('Control+Shift+z');
  await expectForm(page, states[1], { message: 'Ctrl+Shift+Z redoes the typing' });
  await page.keyboard.press('Control+Shift+Z');
  await expectForm(page, states[2], { message: 'Ctrl+Shift+Z redoes the removal' });
  await page.keyboard.press('Control+y');
  await expectForm(page, states[3], { message: 'Ctrl+Y redoes the reorder' });
  await page.keyboard.press('Control+Shift+z');
  await expectForm(page, states[4], { message: 'Ctrl+Shift+Z redoes the import' });
  await eventually(async () => assert.ok(await page.getByTestId('redo').isDisabled()));
  app.assertHealthy();
});

test('every other kind of edit is one undo step too (rows, types, tags, selects, advanced fields, raw JSON, Reset)', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await openFold(page, 'advanced');
  const states = [await formSnapshot(page)];
  const names = [];
  const edit = async (name, act) => {
    await act();
    await eventually(async () => assert.notDeepEqual(await formSnapshot(page), states.at(-1), `${name} changed the form`));
    names.push(name);
    states.push(await formSnapshot(page));
  };
  const f = (n) => field(page, n);
  await edit('add a server', () => page.getByTestId('add-server').click());
  await edit('duplicate a server', () => button(page, 'Duplicate server 1').click());
  await edit('pick a Type', () => f('Type 2').selectOption('eni'));
  await edit('type a ServerIp', () => f('ServerIp 2').pressSequentially('10.0.0.1', { delay: 20 }));
  await edit('add a tag', () => button(page, '+ Add tag').click());
  await edit('type a tag key', () => f('Tag.1.Key').pressSequentially('env', { delay: 20 }));
  await edit('type a tag value', () => f('Tag.1.Value').pressSequentially('dev', { delay: 20 }));
  await edit('add another tag', () => button(page, '+ Add tag').click());
  await edit('remove a tag', () => button(page, 'Remove tag 1').click());
  await edit('pick a Format', () => f('Format').selectOption('XML'));
  await edit('pick a method', () => f('HTTP method').selectOption('POST'));
  await edit('pick an endpoint', () => f('Endpoint').selectOption('vpc'));
  await edit('pick a known region', () => f('Known regions').selectOption('cn-shanghai'));
  await edit('type an OwnerId', () => f('OwnerId').pressSequentially('123', { delay: 20 }));
  await edit('type an AccessKeyId', () => f('AccessKeyId').pressSequentially('LTAI', { delay: 20 }));
  await openFold(page, 'raw');
  await edit('type in the raw JSON', async () => {
    const area = page.getByTestId('raw-backend-servers');
    await area.fill('');
    await area.pressSequentially("[{'ServerId':'r','Port':'1','Weight':'1'}]", { delay: 10 });
    await eventually(async () => assert.equal(await rowCount(page), 1));
  });
  await edit('reset', () => page.getByTestId('reset').click());

  const undo = page.getByTestId('undo');
  for (let i = states.length - 2; i >= 0; i--) {
    await undo.click();
    await expectForm(page, states[i], { message: `one undo takes back “${names[i]}”` });
  }
  await eventually(async () => assert.ok(await undo.isDisabled()));
  app.assertHealthy();
});

test('a link copied earlier does not take back later edits, or a Reset, on reload', {
  timeout: TEST_TIMEOUT,
}, async (t) => {
  const app = await openApp(env, t);
  const { page } = app;
  await field(page, 'VServerGroupName').fill('linked');
  await button(page, 'Copy link').click();
  await eventually(async () => assert.match(await hash(page), /&n=linked/));

  await field(page, 'VServerGroupName').fill('edited-after-the-link');
  await savedLink(page, (l) => l.includes('n=edited-after-the-link'));
  await reload(page);
  await eventually(async () => assert.equal(await field(page, 'VServerGroupName').inputValue(), 'edited-after-the-link'),
    { timeout: 3000 });

  await page.getByTestId('reset').click();
  await savedLink(page, (l) => l === EXAMPLE_LINK);
  await reload(page);
  await eventually(async () => assert.equal(await field(page, 'VServerGroupName').inputValue(), ''), { timeout: 3000 });
  app.assertHealthy();
});
