// The element follows its host page's theme (theme="auto", the default), live, whichever
// way the page marks it (static/element.js): the `color-scheme` its parent computes, else
// the background behind it (a page like Sphinx's Furo only changes colours), else the
// system's scheme; `light` and `dark` still force one. And the --vsg-* custom properties
// a host page sets on the element restyle it (docs-sites/THEMING.md). The two real sites
// (mkdocs-material, VitePress) are docs-sites.test.mjs's.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useApp, TEST_TIMEOUT, eventually } from './helpers.mjs';
import { openHost, element, rootBackground, LIGHT_BG, DARK_BG, SCRIPT_TAG } from './embed-helpers.mjs';

const env = useApp();

/** The .vsg root's data-theme and background of element `id`. */
async function themeOf(page, id) {
  const el = page.locator(`vsg-playground#${id}`);
  return { theme: await el.locator('.vsg').getAttribute('data-theme'), bg: await rootBackground(el) };
}

const LIGHT = { theme: 'light', bg: LIGHT_BG };
const DARK = { theme: 'dark', bg: DARK_BG };

/** Furo's way: the toggle sets body[data-theme]; only colours change, no color-scheme. */
const FURO_LIKE = `<style>
  body { background: #ffffff; color: #222; transition: background-color .25s, color .25s; }
  body[data-theme="dark"] { background: #131416; color: #cfd0d0; }
</style>`;

test('a page that only changes its background (Furo\'s way) is followed, live, through a colour transition; the system\'s scheme is not', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openHost(env, t, {
    head: FURO_LIKE + SCRIPT_TAG,
    body: element('a') + element('light', { theme: 'light' }),
    contextOptions: { colorScheme: 'dark' },
  });
  const { page } = app;
  // The page is light; the system's dark scheme does not decide.
  assert.deepEqual(await themeOf(page, 'a'), LIGHT);
  for (const dark of [true, false, true]) {
    await page.evaluate((dark) => (dark ? document.body.setAttribute('data-theme', 'dark') : document.body.removeAttribute('data-theme')), dark);
    await eventually(async () => assert.deepEqual(await themeOf(page, 'a'), dark ? DARK : LIGHT), { timeout: 10_000 });
  }
  // theme="light" stays light on the dark page.
  assert.deepEqual(await themeOf(page, 'light'), LIGHT);
  app.assertHealthy();
});

test('the color-scheme the element\'s parent computes decides before the background; a semi-transparent background is composited', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openHost(env, t, {
    head: `<style>
      body { background: #fff; }
      #scheme { color-scheme: dark; }
      #veil { background: rgba(0, 0, 0, 0.1); }
      #card { background: rgba(10, 10, 20, 0.9); }
    </style>${SCRIPT_TAG}`,
    body: `<div id="scheme">${element('a')}</div><div id="veil">${element('b')}</div><div id="card">${element('c')}${element('d', { theme: 'light' })}</div>`,
    contextOptions: { colorScheme: 'light' },
  });
  const { page } = app;
  assert.deepEqual(await themeOf(page, 'a'), DARK, 'color-scheme: dark on a white page');
  assert.deepEqual(await themeOf(page, 'b'), LIGHT, '10% black over white');
  assert.deepEqual(await themeOf(page, 'c'), DARK, '90% near-black over white');
  assert.deepEqual(await themeOf(page, 'd'), LIGHT, 'theme="light" forces light');
  // A page switching its <html> class, as VitePress does.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'html.dark { color-scheme: dark; } html.dark body { background: #1b1b1f; }';
    document.head.append(style);
    document.documentElement.classList.add('dark');
  });
  await eventually(async () => assert.deepEqual(await themeOf(page, 'b'), DARK));
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  await eventually(async () => assert.deepEqual(await themeOf(page, 'b'), LIGHT));
  // theme="auto" set later follows the page as well; a forced one set later forces.
  await page.locator('vsg-playground#d').evaluate((el) => el.setAttribute('theme', 'auto'));
  await eventually(async () => assert.deepEqual(await themeOf(page, 'd'), DARK));
  await page.locator('vsg-playground#a').evaluate((el) => el.setAttribute('theme', 'light'));
  await eventually(async () => assert.deepEqual(await themeOf(page, 'a'), LIGHT));
  app.assertHealthy();
});

test('a page whose colours follow prefers-color-scheme in its CSS is followed when the system\'s scheme changes; a page that marks nothing leaves auto', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openHost(env, t, {
    head: `<style>body { background: #fafafa; } @media (prefers-color-scheme: dark) { body { background: #101010; } }</style>${SCRIPT_TAG}`,
    body: element('a'),
    contextOptions: { colorScheme: 'light' },
  });
  const { page } = app;
  assert.deepEqual(await themeOf(page, 'a'), LIGHT);
  await page.emulateMedia({ colorScheme: 'dark' });
  await eventually(async () => assert.deepEqual(await themeOf(page, 'a'), DARK));
  await page.emulateMedia({ colorScheme: 'light' });
  await eventually(async () => assert.deepEqual(await themeOf(page, 'a'), LIGHT));

  // A page with no background and no color-scheme: the app stays on auto (its own CSS
  // follows the system).
  const bare = await openHost(env, t, { body: element('b'), contextOptions: { colorScheme: 'dark' } });
  assert.deepEqual(await themeOf(bare.page, 'b'), { theme: 'auto', bg: DARK_BG });
  app.assertHealthy();
  bare.assertHealthy();
});

test('the --vsg-* custom properties set on the element restyle it; without them it keeps its own look', { timeout: TEST_TIMEOUT }, async (t) => {
  const app = await openHost(env, t, {
    head: `<style>
      #themed {
        --vsg-accent: rgb(200, 0, 100);
        --vsg-surface: light-dark(rgb(250, 240, 230), rgb(40, 30, 20));
        --vsg-font: Georgia, serif;
        --vsg-mono: "Courier New", monospace;
        --vsg-radius: 0px;
      }
      #round { --vsg-radius: 16px; }
    </style>${SCRIPT_TAG}`,
    body: element('themed', { theme: 'light' }) + element('dark', { theme: 'dark' }) + element('plain', { theme: 'light' }) + element('round', { theme: 'light' }),
  });
  const { page } = app;
  const looks = (id) =>
    page.locator(`vsg-playground#${id}`).evaluate((host) => {
      const r = host.shadowRoot;
      const cs = (sel) => getComputedStyle(r.querySelector(sel));
      return {
        bg: cs('.vsg').backgroundColor,
        font: cs('.vsg').fontFamily,
        input: cs('input[aria-label="Port 1"]').fontFamily,
        id: cs('input[aria-label="ServerId 1"]').fontFamily,
        mono: cs('.url').fontFamily,
        tab: cs('[role="tab"][aria-selected="true"]').backgroundColor,
        link: getComputedStyle(r.querySelector('.vsg')).getPropertyValue('--accent').trim(),
        panel: cs('.request-form').borderTopLeftRadius,
        control: cs('input[aria-label="Port 1"]').borderTopLeftRadius,
        fieldset: cs('fieldset').borderTopLeftRadius,
      };
    });
  await page.locator('vsg-playground#dark').evaluate((el) => el.style.setProperty('--vsg-surface', 'light-dark(rgb(250, 240, 230), rgb(40, 30, 20))'));
  const themed = await looks('themed');
  assert.equal(themed.bg, 'rgb(250, 240, 230)');
  assert.match(themed.font, /^Georgia, serif$/);
  assert.match(themed.input, /^Georgia, serif$/, 'controls inherit the font');
  assert.match(themed.mono, /^"Courier New", monospace$/);
  assert.match(themed.id, /^"Courier New", monospace$/, 'ServerId is in the code\'s font');
  assert.equal(themed.tab, 'rgb(200, 0, 100)');
  assert.deepEqual([themed.panel, themed.control, themed.fieldset], ['0px', '0px', '0px']);
  assert.equal((await looks('dark')).bg, 'rgb(40, 30, 20)', 'light-dark() in a property takes the element\'s theme');
  const round = await looks('round');
  assert.deepEqual([round.panel, round.control, round.fieldset], ['16px', '10px', '12px']);
  const plain = await looks('plain');
  assert.equal(plain.bg, LIGHT_BG);
  assert.equal(plain.tab, 'rgb(11, 95, 214)');
  assert.deepEqual([plain.panel, plain.control, plain.fieldset], ['8px', '5px', '6px']);
  assert.match(plain.font, /^system-ui, /);
  assert.match(plain.mono, /^ui-monospace, /);
  app.assertHealthy();
});
