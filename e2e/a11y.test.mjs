// Accessibility: axe-core finds no violation, in the seed state and with errors shown;
// the page does not scroll sideways on a 375 px wide screen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

import { useApp, openApp, rowInput, TEST_TIMEOUT } from './helpers.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const env = useApp();

async function axe(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('axe finds no violation in the seed state', { timeout: TEST_TIMEOUT }, async (t) => {
  const { page } = await openApp(env, t);
  assert.deepEqual(await axe(page), []);
});

test('axe finds no violation with errors, an open fold and the XML tab', { timeout: TEST_TIMEOUT }, async (t) => {
  const { page } = await openApp(env, t);
  await rowInput(page, 'Port', 1).fill('70000');
  await page.getByRole('button', { name: '+ Add tag' }).click();
  await page.locator('details.advanced > summary').click();
  await page.getByRole('tab', { name: 'Response', exact: true }).click();
  await page.getByRole('tab', { name: 'XML', exact: true }).click();
  assert.deepEqual(await axe(page), []);
});

test('axe finds no violation in the dark color scheme', { timeout: TEST_TIMEOUT }, async (t) => {
  const { page } = await openApp(env, t);
  await page.emulateMedia({ colorScheme: 'dark' });
  await rowInput(page, 'Port', 1).fill('70000');
  await page.getByRole('button', { name: '+ Add tag' }).click();
  const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.vsg')).backgroundColor);
  assert.equal(bg, 'rgb(20, 23, 28)', 'the dark palette applies');
  assert.deepEqual(await axe(page), []);
});

test('no horizontal scroll at 375 px', { timeout: TEST_TIMEOUT }, async (t) => {
  const { page } = await openApp(env, t);
  await page.setViewportSize({ width: 375, height: 800 });
  await rowInput(page, 'Port', 1).fill('70000');
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(widths[0] <= widths[1], `page is ${widths[0]} px wide in a ${widths[1]} px window`);
});
