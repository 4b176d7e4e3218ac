// The release build works when served from a sub-path of a host (how a docs site embeds it).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { serve } from './server.mjs';
import { assertDist, distDir, launchBrowser, TEST_TIMEOUT } from './helpers.mjs';

let root;
let server;
let browser;

before(async () => {
  assertDist();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'vsg-subpath-'));
  fs.cpSync(distDir, path.join(root, 'docs', 'tools', 'playground'), { recursive: true });
  server = await serve(root);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

test('served under /docs/tools/playground/ it loads its own files from there', { timeout: TEST_TIMEOUT }, async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}docs/tools/playground/`);
  const url = await page.locator('[data-testid="request-url"]').textContent({ timeout: 30_000 });
  assert.match(url, /^https:\/\/slb\.aliyuncs\.com\/\?AccessKeyId=testid&Action=CreateVServerGroup&/);
  assert.deepEqual(errors, []);
  const outside = server.log.filter((r) => !r.path.startsWith('/docs/tools/playground/'));
  assert.deepEqual(outside, [], 'requests outside the sub-path');
  assert.ok(server.log.every((r) => r.status === 200), JSON.stringify(server.log));
});
