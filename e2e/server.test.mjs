// The test server itself: MIME types, 404s, no path traversal, request recording.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import { serve } from './server.mjs';

let tmp;
let site;
let server;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vsg-e2e-serve-'));
  site = path.join(tmp, 'site');
  fs.mkdirSync(path.join(site, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(path.join(site, 'app.js'), 'export {}');
  fs.writeFileSync(path.join(site, 'app_bg.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  fs.writeFileSync(path.join(site, 'style.css'), 'body{}');
  fs.writeFileSync(path.join(site, 'sub', 'index.html'), 'sub');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'SECRET');
  fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(site, 'link.txt'));
  server = await serve(site);
});

after(async () => {
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A raw GET that keeps the path exactly as written (no client-side normalisation). */
function rawGet(url, rawPath) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves files with the right MIME types on 127.0.0.1', async () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  const cases = [
    ['/', /^text\/html/],
    ['/index.html', /^text\/html/],
    ['/app.js', /^text\/javascript/],
    ['/app_bg.wasm', /^application\/wasm$/],
    ['/style.css', /^text\/css/],
    ['/sub/', /^text\/html/],
  ];
  for (const [p, type] of cases) {
    const r = await rawGet(server.url, p);
    assert.equal(r.status, 200, p);
    assert.match(r.type, type, p);
  }
});

test('answers 404 for missing files and never serves outside its folder', async () => {
  for (const p of [
    '/missing.js',
    '/sub',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/sub/../../secret.txt',
    '/..%2fsecret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/link.txt',
  ]) {
    const r = await rawGet(server.url, p);
    assert.notEqual(r.status, 200, `${p} must not be served`);
    assert.ok(!r.body.includes('SECRET'), `${p} leaked the file outside the served folder`);
  }
  assert.equal((await rawGet(server.url, '/missing.js')).status, 404);
});

test('records every requested path', async () => {
  const before = server.requests.length;
  await rawGet(server.url, '/app.js?x=1');
  await rawGet(server.url, '/nope');
  assert.deepEqual(server.requests.slice(before), ['/app.js', '/nope']);
});
