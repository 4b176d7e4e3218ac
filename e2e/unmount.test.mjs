// Removing a <vsg-playground> frees what it held. A docs site with client-side navigation
// adds and removes the element on every page change: a bare host page does that 500 times
// (each time waiting for `vsg-ready` and the rendered playground, then removing it) and
// the wasm linear memory and the JS heap after garbage collection must stay where they
// were after a warm-up.
//
// The bound: 0.5 MB for each over the 500 cycles, i.e. at most ~1 KB per cycle. What a
// removed element kept before the fix was ~6 KB of wasm and ~1.4 KB of JS heap per cycle
// (2.9 MB and 0.7 MB over 500 cycles), so the bound catches any return of such a leak
// while leaving room for the allocator's and V8's own fluctuation (the wasm memory grows
// in 64 KB pages and never shrinks; the heap after GC moves by tens of KB from run to run).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';

import { useApp, distDir } from './helpers.mjs';
import { openHost } from './embed-helpers.mjs';

const env = useApp();

const MB = 1024 * 1024;
const WARM_UP = 20;
const CYCLES = 500;
const BOUND = 0.5 * MB;

/** The wasm-bindgen glue of the build (the module the element's script imports). */
function glueFile() {
  const name = fs.readdirSync(distDir).find((f) => /^vsg-playground-[0-9a-f]+\.js$/.test(f));
  assert.ok(name, `no wasm-bindgen glue (vsg-playground-<hash>.js) in ${distDir}`);
  return name;
}

/**
 * Adds a <vsg-playground> to the page's <main>, waits for `vsg-ready` and for the
 * playground to be rendered in its shadow root, removes it, `n` times.
 */
function cycles(page, n) {
  return page.evaluate(async (n) => {
    const main = document.querySelector('main');
    const rendered = (el) =>
      new Promise((resolve) => {
        const done = () => el.shadowRoot?.querySelector('.vsg');
        if (done()) return resolve();
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(el.shadowRoot, { childList: true, subtree: true });
      });
    for (let i = 0; i < n; i++) {
      const el = document.createElement('vsg-playground');
      const ready = new Promise((resolve) => el.addEventListener('vsg-ready', resolve, { once: true }));
      main.append(el);
      await ready;
      await rendered(el);
      el.remove();
      if (el.isConnected || main.querySelector('vsg-playground') || el.shadowRoot.querySelector('.vsg')) {
        throw new Error(`cycle ${i}: the removed element still shows its playground`);
      }
    }
  }, n);
}

/**
 * Collects garbage until what the last removals released is gone: each round collects,
 * then waits until a finalizer registered before it has run (wasm-bindgen frees a Rust
 * closure in the finalizer of its JS function, which may in turn release JS objects for
 * the next round).
 */
async function settle(page, cdp) {
  for (let round = 0; round < 4; round++) {
    await page.evaluate(() => {
      window.__collected = false;
      window.__registry = new FinalizationRegistry(() => (window.__collected = true));
      window.__registry.register({}, 0);
    });
    for (;;) {
      await cdp.send('HeapProfiler.collectGarbage');
      // A task later, the finalizers of what the collection found have run.
      const collected = await page.evaluate(() => new Promise((r) => setTimeout(r)).then(() => window.__collected));
      if (collected) break;
    }
  }
}

/** The wasm linear memory's size and the JS heap in use, after garbage collection. */
async function measure(page, cdp, glue) {
  await settle(page, cdp);
  const wasm = await page.evaluate(async (glue) => {
    // Already instantiated by the element's script: the glue's init returns its exports.
    const exports = await (await import(glue)).default();
    return exports.memory.buffer.byteLength;
  }, './' + glue);
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { wasm, heap: usedSize };
}

test(`${CYCLES} mount/unmount cycles keep the wasm memory and the JS heap bounded`, { timeout: 600_000 }, async (t) => {
  const glue = glueFile();
  const app = await openHost(env, t, { file: 'bare-host.html' });
  const { page } = app;
  page.setDefaultTimeout(300_000);
  const cdp = await page.context().newCDPSession(page);

  await cycles(page, WARM_UP);
  const before = await measure(page, cdp, glue);
  await cycles(page, CYCLES);
  const after = await measure(page, cdp, glue);

  const growth = { wasm: after.wasm - before.wasm, heap: after.heap - before.heap };
  const mb = (b) => (b / MB).toFixed(3);
  t.diagnostic(
    `after ${WARM_UP} cycles: wasm ${mb(before.wasm)} MB, heap ${mb(before.heap)} MB; ` +
      `after ${CYCLES} more: wasm ${mb(after.wasm)} MB (+${mb(growth.wasm)}), heap ${mb(after.heap)} MB (+${mb(growth.heap)})`,
  );
  assert.ok(growth.wasm <= BOUND, `the wasm memory grew by ${mb(growth.wasm)} MB over ${CYCLES} cycles (bound ${mb(BOUND)} MB)`);
  assert.ok(growth.heap <= BOUND, `the JS heap grew by ${mb(growth.heap)} MB over ${CYCLES} cycles (bound ${mb(BOUND)} MB)`);
  assert.equal(await page.locator('vsg-playground').count(), 0);
  app.assertHealthy();
});
