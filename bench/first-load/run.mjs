#!/usr/bin/env node
// First-load benchmark: our release build (the page, the iframe's page and a pre-rendered
// element on a host page) against Swagger UI (swagger-ui-dist) showing the one-operation spec
// beside this file, on the same machine in the same run. See README.md.
//
//   node bench/first-load/run.mjs [--runs N] [--warmup N] [--gzip] [--floor] [--json] [--timeout MS]
//
// Environment: VSG_DIST_DIR (our build, default <repo>/dist), CHROMIUM (default /usr/bin/chromium).

import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { launchBrowser, CHROMIUM_PATH } from '../../e2e/helpers.mjs';
import { MIME } from '../../e2e/server.mjs';

// ---------------------------------------------------------------------------------------------
// What the probe looks for on each page. Change these when the DOM changes.

/** Our form's field the figures are about: LoadBalancerId (typed into for "usable"). */
export const OURS_FIELD = '#f-LoadBalancerId, input[aria-label="LoadBalancerId"], input[name="LoadBalancerId"]';
/** Our signed request URL. */
export const OURS_URL = '[data-testid="request-url"]';
/** The query parameter of the URL that the field fills in. */
export const OURS_PARAM = 'LoadBalancerId';
/** Swagger UI: the RegionId input of the (only) operation's parameter table, in "Try it out" mode. */
export const SWAGGER_FIELD =
  '.opblock .parameters tr[data-param-name="RegionId"][data-param-in="query"] input';
/** The key typed for "usable", at the end of the field's value. */
export const TYPED = '7';
/** The element on the host page: the `vsg-prerender element` options (those of e2e/prerender). */
export const ELEMENT_OPTIONS = [
  '--preset', 'v1&r=cn-hangzhou&lb=lb-bp1qjwo61pqz3ahltv0mw&s=vm-233,80,100;vm-232,90,100',
  '--panels', 'form,request,responses',
];
/** CLS is summed from navigation to this long after the keystroke reached the URL (page clock). */
export const CLS_AFTER_MS = 1000;

/** The pause before each load, for the previous one's renderer to go away. */
const SETTLE_MS = 250;

/** The viewport of the standalone page, Swagger UI and the floor. */
const VIEWPORT = { width: 1280, height: 800 };
/**
 * The iframe's page and the host page: tall enough to hold the whole playground (the URL is
 * below the 800 px fold there: 1663 px and 1644 px high at this width), as a host sizes an
 * iframe from its height message.
 */
const TALL_VIEWPORT = { width: 1280, height: 1800 };

// ---------------------------------------------------------------------------------------------

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const distDir = path.resolve(process.env.VSG_DIST_DIR || path.join(repoRoot, 'dist'));
const swaggerDistDir = path.join(repoRoot, 'node_modules', 'swagger-ui-dist');
const chromiumPath = process.env.CHROMIUM || CHROMIUM_PATH;

function parseArgs(argv) {
  const opts = { runs: 15, warmup: 1, json: false, gzip: false, floor: false, timeout: 30_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (name) => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) usage(`${name} needs a whole number`);
      return v;
    };
    if (a === '--runs') opts.runs = num('--runs');
    else if (a === '--warmup') opts.warmup = num('--warmup');
    else if (a === '--timeout') opts.timeout = num('--timeout');
    else if (a === '--json') opts.json = true;
    else if (a === '--gzip') opts.gzip = true;
    else if (a === '--floor') opts.floor = true;
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument ${a}`);
  }
  if (opts.runs < 1) usage('--runs must be at least 1');
  return opts;
}

function usage(error) {
  const text =
    'usage: node bench/first-load/run.mjs [--runs N (15)] [--warmup N (1)] [--gzip] [--floor] [--json] [--timeout MS (30000)]\n' +
    '  VSG_DIST_DIR=<our release build> (default <repo>/dist), CHROMIUM=<browser> (default /usr/bin/chromium)\n';
  if (error) {
    process.stderr.write(`run.mjs: ${error}\n${text}`);
    process.exit(2);
  }
  process.stdout.write(text);
  process.exit(0);
}

// ---- the pages made from the build ----------------------------------------------------------

/** The build's files with their sizes and times: compared at the end, to notice a rebuild. */
const buildFiles = () =>
  fs.readdirSync(distDir).sort().map((f) => {
    const st = fs.statSync(path.join(distDir, f));
    return `${f} ${st.size} ${st.mtimeMs}`;
  }).join('\n');

/** A build is pre-rendered when its index.html holds the app's markup with the build's id. */
const isPrerendered = (indexHtml) => /<div id="vsg-app"[^>]* data-build="[0-9a-f]+"/.test(indexHtml);

/**
 * The element's markup: `vsg-prerender element` for a pre-rendered build (its `data-build`
 * must be the build's, or the wasm starts afresh instead of taking it over), else the bare tag
 * with the same attributes (what a host page had before).
 */
function elementMarkup(prerendered, indexHtml) {
  if (!prerendered) {
    const attrs = [];
    for (let i = 0; i < ELEMENT_OPTIONS.length; i += 2) {
      attrs.push(`${ELEMENT_OPTIONS[i].slice(2)}="${ELEMENT_OPTIONS[i + 1].replaceAll('&', '&amp;')}"`);
    }
    return { markup: `<vsg-playground ${attrs.join(' ')}></vsg-playground>`, problems: [] };
  }
  const out = spawnSync(
    'cargo',
    ['run', '--quiet', '--locked', '-p', 'vsg-prerender', '--', 'element', '--base', './', ...ELEMENT_OPTIONS, distDir],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (out.status !== 0) {
    process.stderr.write(`run.mjs: vsg-prerender element failed: ${out.error ?? out.stderr}\n`);
    process.exit(2);
  }
  const build = (html) => /data-build="([0-9a-f]+)"/.exec(html)?.[1];
  const problems =
    build(out.stdout) === build(indexHtml)
      ? []
      : [`the element's data-build ${build(out.stdout)} is not the build's ${build(indexHtml)} (sources changed since the build?): it is not taken over in place`];
  return { markup: out.stdout.trim(), problems };
}

/** The host page: element.html with the build's stylesheet, its element script and the element. */
function hostPage(markup) {
  const css = fs.readdirSync(distDir).find((f) => /^style-.*\.css$/.test(f));
  const head = `<link rel="stylesheet" href="./${css}">\n  <script type="module" src="./vsg-playground.js"></script>`;
  return fs.readFileSync(path.join(here, 'element.html'), 'utf8').replace('<!--HEAD-->', head).replace('<!--ELEMENT-->', markup);
}

/** The floor of a pre-rendered build: its index.html without scripts, preloads or `inert`. */
function scriptlessCopy(indexHtml) {
  return indexHtml
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\brel=(?:"?)(?:modulepreload|preload)\b[^>]*>/g, '')
    .replace(/ inert aria-busy="true"/, '');
}

// ---- the static server --------------------------------------------------------------------------
// One server on 127.0.0.1, three mounts (longest prefix first) and the pages generated above.
// Files are read once and kept in memory (with their gzip -9 form), so disk and compression
// time are the same for every page and not part of any load.

function makeServer({ gzip, generated }) {
  const mounts = [
    ['/node_modules/swagger-ui-dist/', swaggerDistDir],
    ['/bench/first-load/', here],
    ['/ours/', distDir],
  ];
  const cache = new Map(); // file (or generated path) -> { body, gz, type }
  const remember = (key, body, type) => {
    const entry = { body, gz: zlib.gzipSync(body, { level: 9 }), type };
    cache.set(key, entry);
    return entry;
  };
  for (const [pathname, html] of Object.entries(generated)) remember(pathname, Buffer.from(html), MIME['.html']);
  /** Requests of the current load: { path, file, status }. */
  let log = [];

  const load = (file) =>
    cache.get(file) ??
    remember(file, fs.readFileSync(file), MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
  // Our build is read now, whole: a rebuild during the run (others share the machine) does not
  // mix two builds.
  for (const f of fs.readdirSync(distDir)) {
    const file = path.join(distDir, f);
    if (fs.statSync(file).isFile()) load(file);
  }

  const resolve = (pathname) => {
    if (pathname in generated) return pathname;
    for (const [prefix, dir] of mounts) {
      if (!pathname.startsWith(prefix)) continue;
      let rel = pathname.slice(prefix.length);
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const root = path.resolve(dir);
      const file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
      if (!file.startsWith(root + path.sep)) return null;
      if (cache.has(file)) return file;
      try {
        if (fs.statSync(file).isFile()) return file;
      } catch {}
      return null;
    }
    return null;
  };

  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      pathname = null;
    }
    const file = pathname && !pathname.includes('\0') ? resolve(pathname) : null;
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      log.push({ path: req.url, file: null, status: 404 });
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
      res.end('not found\n');
      return;
    }
    const entry = load(file);
    const useGzip = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = useGzip ? entry.gz : entry.body;
    log.push({ path: req.url, file, status: 200 });
    res.writeHead(200, {
      'Content-Type': entry.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...(useGzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  return {
    listen: () =>
      new Promise((ok, fail) => {
        server.once('error', fail);
        server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${server.address().port}`));
      }),
    /** Starts a new load's request log; returns the previous one. */
    takeLog: () => {
      const previous = log;
      log = [];
      return previous;
    },
    sizes: (file) => {
      const e = load(file);
      return { raw: e.body.length, gzip9: e.gz.length };
    },
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

// ---- the in-page probe --------------------------------------------------------------------------
// Installed with context.addInitScript: it runs in the document before any of the page's own
// scripts. All times are performance.now(), milliseconds from performance.timeOrigin (the start
// of the navigation). README.md ("What it measures") says what each one means.
//
// A MutationObserver (on the document and on the element's shadow root) only checks cheap
// conditions: the elements exist and hold text, the field is live (not disabled, not in an
// [inert] subtree). When they hold, one requestAnimationFrame callback checks the layout (a box,
// inside the viewport): reading it there costs nothing, the frame about to be produced lays the
// page out anyway. When it passes, that callback's time is `frame`, the start of the first
// frame that shows the state, and a task posted from it runs once that frame's main-thread work
// (style, layout, paint, commit) is over: `painted`.

function probe({ host, field, url, param, typing, typed }) {
  const state = { shown: null, ready: null, key: null, shifts: [] };
  window.__firstLoad = state;

  // Layout shifts from the start (buffered: those before this observer existed too).
  const shifts = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      state.shifts.push({ start: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput });
    }
  });
  shifts.observe({ type: 'layout-shift', buffered: true });
  window.__firstLoadShifts = shifts;

  const root = () => (host ? document.querySelector(host)?.shadowRoot : document) ?? null;
  const find = (selector) => (selector && root()?.querySelector(selector)) || null;
  const hasText = (el) => !!el && el.isConnected && (el.localName === 'input' ? el.value : el.textContent).trim() !== '';
  const live = (el) => !!el && el.isConnected && !el.disabled && !el.closest('[inert]');
  const inViewport = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0 && r.left < innerWidth && r.right > 0 &&
      getComputedStyle(el).visibility !== 'hidden';
  };
  const afterFrame = (m, then) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      m.painted = performance.now();
      then?.(m);
    };
    channel.port2.postMessage(null);
    return m;
  };

  // The two states the load is waiting for, with the time their DOM condition first held.
  const waiting = {
    shown: url ? { dom: null, holds: () => hasText(find(field)) && hasText(find(url)) } : null,
    ready: { dom: null, holds: () => live(find(field)) },
  };
  let frameRequested = false;
  const onFrame = () => {
    frameRequested = false;
    const now = performance.now();
    const f = find(field);
    if (waiting.shown?.holds() && inViewport(f) && inViewport(find(url))) {
      state.shown = afterFrame({ dom: waiting.shown.dom, frame: now, painted: null });
      waiting.shown = null;
    }
    if (waiting.ready?.holds() && f.getClientRects().length > 0) {
      const r = f.getBoundingClientRect();
      state.target = f.localName + (f.id ? '#' + f.id : '');
      // Where to click to put the caret at the end of the value (4 px inside the right edge);
      // null below the fold (Swagger UI's input at 800 px): the field is focused by script.
      const at = inViewport(f) ? { x: r.right - 4, y: r.top + r.height / 2 } : null;
      state.ready = afterFrame({ dom: waiting.ready.dom, frame: now, painted: null }, () => window.__firstLoadReady?.(at));
      waiting.ready = null;
    }
    check();
  };

  // The keystroke: its keydown's timestamp, then the moment its effect is in the DOM (`dom`:
  // the URL carries the field's new value, or for `typing: 'value'` the input event has been
  // handled), then the frame that shows it.
  const keyReached = () => {
    const u = find(url);
    const f = find(field);
    if (!u || !f || !f.value.endsWith(typed)) return false;
    const text = u.textContent.trim();
    return new URLSearchParams(text.slice(text.indexOf('?') + 1)).get(param) === f.value;
  };
  window.__firstLoadFocus = () => find(field).focus();
  const keyEffect = () => {
    state.key.dom = performance.now();
    requestAnimationFrame(() => afterFrame(Object.assign(state.key, { frame: performance.now() })));
  };
  addEventListener('keydown', (e) => {
    if (!state.key && e.key === typed && e.composedPath()[0] === find(field)) {
      state.key = { down: e.timeStamp, dom: null, frame: null, painted: null };
    }
  }, true);
  if (typing === 'value') {
    // Bubbling to the window: after the page's own handlers (Swagger UI's React root).
    addEventListener('input', (e) => {
      if (state.key && state.key.dom === null && e.composedPath()[0] === find(field)) keyEffect();
    });
  }

  function check() {
    if (host) watch(document.querySelector(host)?.shadowRoot);
    if (typing === 'url' && state.key && state.key.dom === null && keyReached()) keyEffect();
    for (const w of Object.values(waiting)) if (w && w.dom === null && w.holds()) w.dom = performance.now();
    if (!frameRequested && Object.values(waiting).some((w) => w && w.dom !== null && w.holds())) {
      frameRequested = true;
      requestAnimationFrame(onFrame);
    }
  }

  const observer = new MutationObserver(check);
  const watched = new WeakSet();
  function watch(node) {
    if (!node || watched.has(node)) return;
    watched.add(node);
    observer.observe(node, { childList: true, subtree: true, characterData: true, attributes: true });
    // A stylesheet that loads changes the layout without a mutation.
    node.addEventListener('load', check, true);
  }
  watch(document);
  if (host) {
    // A shadow root attached by script (a build that is not pre-rendered) makes no mutation.
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const shadow = attachShadow.call(this, init);
      watch(shadow);
      return shadow;
    };
  }
  document.addEventListener('DOMContentLoaded', check);
  addEventListener('load', check);
}

/** Read in the page at the end of a load. */
function collect() {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const all = [nav, ...resources];
  const sum = (k) => all.reduce((s, e) => s + (e[k] || 0), 0);
  const state = window.__firstLoad;
  for (const e of window.__firstLoadShifts.takeRecords()) {
    state.shifts.push({ start: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput });
  }
  return {
    shown: state.shown,
    ready: state.ready,
    key: state.key,
    target: state.target,
    shifts: state.shifts,
    fcp: fcp ? fcp.startTime : null,
    domContentLoaded: nav.domContentLoadedEventEnd,
    loadEvent: nav.loadEventEnd,
    lastResponseEnd: Math.max(nav.responseEnd, ...resources.map((r) => r.responseEnd)),
    requests: all.length,
    transferSize: sum('transferSize'),
    encodedBodySize: sum('encodedBodySize'),
    decodedBodySize: sum('decodedBodySize'),
  };
}

/** Waits in the page until its clock reaches `end`, counting animation frames, and one more. */
function untilPageTime(end) {
  return new Promise((done) => {
    const step = () => requestAnimationFrame(performance.now() >= end ? () => done() : step);
    step();
  });
}

// ---- one load -----------------------------------------------------------------------------------

async function withTimeout(promise, ms, what) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * When a state was on screen: the later of the end of its frame's main-thread work and the first
 * contentful paint. The state is contentful (text), so its frame is the first contentful one or
 * a later one: FCP (a presentation time) is never after the frame's own presentation, and is it
 * when that frame is the first contentful paint (the pre-rendered page).
 */
const onScreen = (m, fcp) => Math.max(m.painted, fcp ?? 0);

async function measure(browser, server, origin, page, opts) {
  const context = await browser.newContext({ viewport: page.viewport ?? VIEWPORT });
  try {
    let readyAt;
    const ready = new Promise((resolve) => {
      readyAt = resolve;
    });
    await context.exposeBinding('__firstLoadReady', (_source, at) => readyAt(at));
    await context.addInitScript(probe, {
      host: page.host ?? null,
      field: page.field,
      url: page.url ?? null,
      param: OURS_PARAM,
      typing: page.typing ?? null,
      typed: TYPED,
    });
    const tab = await context.newPage();
    const foreign = [];
    const errors = [];
    tab.on('request', (r) => {
      if (!r.url().startsWith(origin + '/') && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    tab.on('pageerror', (e) => errors.push(String(e)));
    server.takeLog();
    await tab.goto(origin + page.path, { waitUntil: 'commit', timeout: opts.timeout });
    const at = await withTimeout(ready, opts.timeout, 'the form was not live and on screen');
    if (page.typing) {
      // As a user would: click at the end of the field (or focus it, below the fold), End, then
      // the key that is timed.
      if (at) await tab.mouse.click(at.x, at.y);
      else await tab.evaluate(() => window.__firstLoadFocus());
      await tab.keyboard.press('End');
      await tab.keyboard.press(TYPED);
      await tab.waitForFunction(() => window.__firstLoad.key?.painted != null, null, {
        timeout: opts.timeout,
        polling: 100,
      });
    }
    const clsEnd = await tab.evaluate(
      (after) => {
        const s = window.__firstLoad;
        return (s.key ? s.key.dom : s.ready.painted) + after;
      },
      CLS_AFTER_MS,
    );
    await tab.evaluate(untilPageTime, clsEnd);
    // "All files loaded": the load event and then no request for 500 ms (best effort: past 5 s
    // of traffic the run is kept and flagged; Resource Timing only lists finished requests).
    await tab.waitForLoadState('load', { timeout: opts.timeout });
    const idle = await tab
      .waitForLoadState('networkidle', { timeout: 5_000 })
      .then(() => true, () => false);
    const r = await tab.evaluate(collect);
    if (page.url && !r.shown) errors.push('the form and the URL were never both in the viewport');
    const served = server.takeLog();
    const okServed = served.filter((s) => s.file);
    const sizes = [...new Set(okServed.map((s) => s.file))].map((f) => server.sizes(f));
    const counted = r.shifts.filter((s) => !s.hadRecentInput && s.start <= clsEnd);
    const readyTime = onScreen(r.ready, r.fcp);
    const keystroke = r.key ? r.key.dom - r.key.down : null;
    return {
      ...r,
      figures: {
        shown: r.shown ? onScreen(r.shown, r.fcp) : null,
        ready: readyTime,
        keystroke,
        usable: keystroke !== null ? readyTime + keystroke : null,
        fcp: r.fcp,
        loaded: Math.max(r.loadEvent, r.lastResponseEnd),
        cls: counted.reduce((s, x) => s + x.value, 0),
      },
      clsEnd,
      rawBytes: sizes.reduce((s, x) => s + x.raw, 0),
      gzip9Bytes: sizes.reduce((s, x) => s + x.gzip9, 0),
      files: [...new Set(okServed.map((s) => s.path.split('?')[0]))],
      notFound: served.filter((s) => s.status !== 200).map((s) => s.path),
      foreign,
      errors: idle ? errors : [...errors, 'network not idle 5 s after load'],
    };
  } finally {
    await context.close();
  }
}

// ---- statistics and output ----------------------------------------------------------------------

const sorted = (xs) => [...xs].sort((a, b) => a - b);
function median(xs) {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Nearest-rank percentile. */
function percentile(xs, p) {
  const s = sorted(xs);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}
const stats = (xs) => ({ median: median(xs), p90: percentile(xs, 90), min: Math.min(...xs), max: Math.max(...xs) });

/** The load average, and whether a compiler or another browser (before ours starts, after it closed) runs. */
function machineState() {
  const running = (names) => spawnSync('pgrep', ['-x', names]).status === 0;
  return {
    loadavg: os.loadavg().map((x) => Number(x.toFixed(2))),
    cpus: os.cpus().length,
    compilerRunning: running('rustc|cargo'),
    browserRunning: running('chromium|chrome|headless_shell'),
  };
}

/** The figures in table order: [key, label]. */
const FIGURES = [
  ['shown', 'shown'],
  ['ready', 'ready'],
  ['keystroke', 'keystroke'],
  ['usable', 'usable'],
  ['fcp', 'FCP'],
  ['loaded', 'loaded'],
  ['cls', 'CLS'],
];

/** The goals of issue 14: ratios of our standalone page to Swagger UI's median usable. */
const GOALS = { shown: 0.15, usable: 0.3 };

function printTable(report, stream) {
  const { pages, ratios } = report;
  const reference = pages['swagger-ui'].usable.median;
  const line = (cells, widths) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
  const ms = (x) => (x === undefined ? '' : x.toFixed(1));
  const out = [];
  out.push(
    `first load, ${report.runs} runs each (interleaved, ${report.warmup} warm-up round(s) not counted), ` +
      `${report.gzip ? 'gzip' : 'uncompressed'} over 127.0.0.1; times in ms from navigation start; ${report.browser}`,
  );
  const { before, after } = report.machine;
  const busy = (k) => before[k] || after[k];
  out.push(
    `machine: loadavg ${before.loadavg.join(' ')} before, ${after.loadavg.join(' ')} after, ${before.cpus} CPUs` +
      (busy('compilerRunning') ? ', WARNING: cargo/rustc was running' : ', no cargo/rustc running') +
      (busy('browserRunning') ? ', WARNING: another Chromium was running' : ', no other Chromium running'),
  );
  const b = report.build;
  out.push(`build: ${b.dir}, ${report.prerendered ? `pre-rendered, data-build ${b.id}` : 'not pre-rendered'}, ${b.wasm}`);
  out.push('');
  const w = [14, 10, 8, 8, 8, 8];
  out.push(line(['', 'figure', 'median', 'p90', 'min', 'max'], w));
  for (const [name, p] of Object.entries(pages)) {
    let first = true;
    for (const [key, label] of FIGURES) {
      const s = p[key];
      if (!s) continue;
      const fmt = key === 'cls' ? (x) => x.toFixed(4) : ms;
      out.push(line([first ? name : '', label, fmt(s.median), fmt(s.p90), fmt(s.min), fmt(s.max)], w));
      first = false;
    }
  }
  out.push('');
  out.push(`ratios of medians to Swagger UI's median usable (${reference.toFixed(1)} ms):`);
  const rw = [14, 8, 8, 8];
  out.push(line(['', 'shown', 'ready', 'usable'], rw));
  for (const [name, r] of Object.entries(ratios)) {
    out.push(line([name, ...['shown', 'ready', 'usable'].map((k) => (r[k] === null ? '-' : r[k].toFixed(3)))], rw));
  }
  const g = report.goals;
  out.push(
    `goals (issue 14): shown <= ${GOALS.shown}: ${g.shown.met ? 'met' : 'NOT met'} (${g.shown.value.toFixed(3)}); ` +
      `usable <= ${GOALS.usable}: ${g.usable.met ? 'met' : 'NOT met'} (${g.usable.value.toFixed(3)}); ` +
      `CLS 0 in every run: ${g.cls.met ? 'met' : 'NOT met'} (${Object.entries(g.cls.max).map(([n, v]) => `${n} max ${v.toFixed(4)}`).join(', ')})`,
  );
  out.push('');
  const bw = [14, 9, 10, 10, 10];
  out.push(line(['', 'requests', 'transfer', 'raw', 'gzip -9'], bw));
  for (const [name, p] of Object.entries(pages)) {
    const b = p.bytes;
    out.push(line([name, b.requests, b.transferSize, b.rawBytes, b.gzip9Bytes], bw));
  }
  out.push(
    '(bytes of one load: transfer = sum of Resource Timing transferSize incl. headers; raw = the files served; ' +
      'gzip -9 = the same files compressed)',
  );
  for (const [name, p] of Object.entries(pages)) {
    out.push(`${name}: ${p.path}, field ${p.target}; files: ${p.bytes.files.join(', ')}`);
    if (p.problems.length) out.push(`${name}: PROBLEMS: ${p.problems.join('; ')}`);
  }
  stream.write(out.join('\n') + '\n');
}

// ---- main ---------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  for (const [what, file] of [
    ['our release build', path.join(distDir, 'index.html')],
    ['swagger-ui-dist (npm install)', path.join(swaggerDistDir, 'swagger-ui-bundle.js')],
    ['Chromium', chromiumPath],
  ]) {
    if (!fs.existsSync(file)) {
      process.stderr.write(`run.mjs: ${what} is missing: ${file} does not exist\n`);
      process.exit(2);
    }
  }

  const filesAtStart = buildFiles();
  const indexHtml = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const prerendered = isPrerendered(indexHtml);
  const wasm = fs.readdirSync(distDir).find((f) => f.endsWith('_bg.wasm'));
  const build = {
    dir: distDir,
    id: /data-build="([0-9a-f]+)"/.exec(indexHtml)?.[1] ?? null,
    wasm: wasm && `${wasm} (${fs.statSync(path.join(distDir, wasm)).size} bytes)`,
  };
  const element = elementMarkup(prerendered, indexHtml);
  const generated = { '/ours/element.html': hostPage(element.markup) };
  if (opts.floor && prerendered) generated['/ours/floor.html'] = scriptlessCopy(indexHtml);

  const ours = { field: OURS_FIELD, url: OURS_URL, typing: 'url' };
  const pages = [
    { name: 'ours', path: '/ours/', ...ours },
    // Before embed.html, the iframe's page was index.html?embed.
    {
      name: 'ours-iframe',
      path: fs.existsSync(path.join(distDir, 'embed.html')) ? '/ours/embed.html' : '/ours/index.html?embed',
      viewport: TALL_VIEWPORT,
      ...ours,
    },
    { name: 'ours-element', path: '/ours/element.html', viewport: TALL_VIEWPORT, host: 'vsg-playground', ...ours },
    { name: 'swagger-ui', path: '/bench/first-load/swagger.html', field: SWAGGER_FIELD, typing: 'value' },
    // --floor: the same markup with no script at all, the fixed cost of any load.
    ...(opts.floor
      ? [{ name: 'floor', path: prerendered ? '/ours/floor.html' : '/bench/first-load/floor.html', field: OURS_FIELD, url: OURS_URL }]
      : []),
  ];

  const server = makeServer({ gzip: opts.gzip, generated });
  const origin = await server.listen();
  const before = machineState();
  const browser = await launchBrowser({ executablePath: chromiumPath });
  const browserVersion = browser.version();
  const results = Object.fromEntries(pages.map((p) => [p.name, []]));
  const failures = Object.fromEntries(pages.map((p) => [p.name, []]));
  try {
    for (let i = 0; i < opts.warmup + opts.runs; i++) {
      // Each round starts one page further, so that no page always follows the same one (the
      // previous context's renderer still shutting down, Swagger UI's in particular).
      for (const page of [...pages.slice(i % pages.length), ...pages.slice(0, i % pages.length)]) {
        await new Promise((ok) => setTimeout(ok, SETTLE_MS));
        try {
          const r = await measure(browser, server, origin, page, opts);
          if (i >= opts.warmup) results[page.name].push(r);
        } catch (e) {
          failures[page.name].push(`${i < opts.warmup ? 'warm-up' : `run ${i + 1 - opts.warmup}`}: ${String(e.message || e).split('\n')[0]}`);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const after = machineState();
  const rebuilt = buildFiles() !== filesAtStart;

  const summary = {};
  for (const page of pages) {
    const rs = results[page.name];
    if (!rs.length) {
      process.stderr.write(`run.mjs: ${page.name} never became usable: ${failures[page.name].join('; ')}\n`);
      process.exit(1);
    }
    const last = rs[rs.length - 1];
    const problems = [...failures[page.name], ...(page.name === 'ours-element' ? element.problems : [])];
    if (rebuilt && page.name !== 'swagger-ui') problems.push(`${distDir} changed during the run (measured: the files read at its start)`);
    const foreign = [...new Set(rs.flatMap((r) => r.foreign))];
    const notFound = [...new Set(rs.flatMap((r) => r.notFound))];
    const errors = [...new Set(rs.flatMap((r) => r.errors))];
    if (foreign.length) problems.push(`requests to other origins: ${foreign.join(' ')}`);
    if (notFound.length) problems.push(`not found: ${notFound.join(' ')}`);
    if (errors.length) problems.push(`page errors: ${errors.join(' | ')}`);
    const figure = (k) => {
      const xs = rs.map((r) => r.figures[k]);
      return xs.every((x) => x !== null) ? stats(xs) : null;
    };
    summary[page.name] = {
      path: page.path,
      target: last.target,
      ...Object.fromEntries(FIGURES.map(([k]) => [k, figure(k)])),
      bytes: {
        requests: last.requests,
        transferSize: last.transferSize,
        encodedBodySize: last.encodedBodySize,
        decodedBodySize: last.decodedBodySize,
        rawBytes: last.rawBytes,
        gzip9Bytes: last.gzip9Bytes,
        files: last.files,
      },
      problems,
      runs: rs.map((r) => ({
        ...r.figures,
        moments: { shown: r.shown, ready: r.ready, key: r.key },
        shifts: r.shifts,
        clsEnd: r.clsEnd,
        domContentLoaded: r.domContentLoaded,
        loadEvent: r.loadEvent,
        lastResponseEnd: r.lastResponseEnd,
      })),
    };
  }
  const reference = summary['swagger-ui'].usable.median;
  const ratios = {};
  for (const [name, p] of Object.entries(summary)) {
    if (name === 'swagger-ui') continue;
    ratios[name] = Object.fromEntries(['shown', 'ready', 'usable'].map((k) => [k, p[k] ? p[k].median / reference : null]));
  }
  const clsMax = Object.fromEntries(['ours', 'ours-iframe', 'ours-element'].map((n) => [n, summary[n].cls.max]));
  const report = {
    runs: opts.runs,
    warmup: opts.warmup,
    gzip: opts.gzip,
    build,
    prerendered,
    swaggerUiDist: JSON.parse(fs.readFileSync(path.join(swaggerDistDir, 'package.json'), 'utf8')).version,
    browser: browserVersion,
    selectors: { oursField: OURS_FIELD, oursUrl: OURS_URL, swaggerField: SWAGGER_FIELD, typed: TYPED },
    machine: { before, after },
    pages: summary,
    ratios,
    goals: {
      shown: { value: ratios.ours.shown, met: ratios.ours.shown <= GOALS.shown },
      usable: { value: ratios.ours.usable, met: ratios.ours.usable <= GOALS.usable },
      cls: { max: clsMax, met: Object.values(clsMax).every((v) => v === 0) },
    },
  };
  // With --json the table goes to stderr and stdout holds only the JSON report.
  printTable(report, opts.json ? process.stderr : process.stdout);
  if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}

main().catch((e) => {
  process.stderr.write(`run.mjs: ${e.stack || e}\n`);
  process.exit(1);
});
