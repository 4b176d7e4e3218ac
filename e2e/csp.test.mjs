// The page works under the strict Content-Security-Policy a docs site may impose:
// no inline script or style, wasm allowed, nothing from other origins.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

import { serve } from './server.mjs';
import { assertDist, distDir, CHROMIUM_ARGS, TEST_TIMEOUT, eventually, requestUrl, rowInput } from './helpers.mjs';

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

let server;
let browser;

before(async () => {
  assertDist();
  server = await serve(distDir, { headers: { 'Content-Security-Policy': CSP } });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.close();
});

test('loads and works under a strict CSP, with no violation reported', { timeout: TEST_TIMEOUT }, async () => {
  const page = await browser.newPage();
  const violations = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(String(e)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(server.url);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await page.locator('[data-testid="request-url"]').waitFor({ timeout: 30_000 });
  await rowInput(page, 'Port', 1).fill('8080');
  await eventually(async () => assert.match(await requestUrl(page), /Port%22%3A%228080%22/));
  assert.deepEqual(violations, []);
});
