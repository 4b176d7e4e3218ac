#!/usr/bin/env node
// First-load benchmark: our release build against Swagger UI (swagger-ui-dist) showing the
// one-operation spec beside this file, on the same machine in the same run. See README.md.
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
import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS } from '../../e2e/helpers.mjs';
import { MIME } from '../../e2e/server.mjs';

// ---------------------------------------------------------------------------------------------
// What "usable form" means on each page. The in-page probe (below) looks for the first element
// matching the CSS selector list; for our page it also accepts, as a fallback, the control of a
// <label> whose text is exactly OURS_LABEL (the input's accessible name). Change these when the
// DOM changes; keep them cheap (they run once per DOM mutation batch until the first match).

/** Our page: the RegionId text input (today `#f-RegionId`), or an explicit ready marker. */
export const OURS_SELECTOR = [
  '#f-RegionId',
  'input[aria-label="RegionId"]',
  'input[name="RegionId"]',
  '[data-testid="ready"]',
].join(', ');
/** Our page: fallback, the control of `<label>RegionId</label>`. */
export const OURS_LABEL = 'RegionId';
/** Swagger UI: the RegionId input of the (only) operation's parameter table, in "Try it out" mode. */
export const SWAGGER_SELECTOR =
  '.opblock .parameters tr[data-param-name="RegionId"][data-param-in="query"] input';

// ---------------------------------------------------------------------------------------------

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const distDir = path.resolve(process.env.VSG_DIST_DIR || path.join(repoRoot, 'dist'));
const swaggerDistDir = path.join(repoRoot, 'node_modules', 'swagger-ui-dist');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';



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

// ---- the static server --------------------------------------------------------------------------
// One server on 127.0.0.1, three mounts (longest prefix first). Files are read once and kept in
// memory (with their gzip -9 form), so disk and compression time are the same for both pages
// and not part of any load.

function makeServer({ gzip }) {
  const mounts = [
    ['/node_modules/swagger-ui-dist/', swaggerDistDir],
    ['/bench/first-load/', here],
    ['/ours/', distDir],
  ];
  const cache = new Map(); // file -> { body, gz, type }
  /** Requests of the current load: { path, file, status }. */
  let log = [];

  const load = (file) => {
    let entry = cache.get(file);
    if (!entry) {
      const body = fs.readFileSync(file);
      entry = {
        body,
        gz: zlib.gzipSync(body, { level: 9 }),
        type: MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      };
      cache.set(file, entry);
    }
    return entry;
  };

  const resolve = (pathname) => {
    for (const [prefix, dir] of mounts) {
      if (!pathname.startsWith(prefix)) continue;
      let rel = pathname.slice(prefix.length);
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const root = path.resolve(dir);
      const file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
      if (!file.startsWith(root + path.sep)) return null;
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
// Installed with context.addInitScript, so it runs in the document before any of the page's own
// scripts. A MutationObserver checks after each batch of DOM changes whether the target exists,
// is connected, is not disabled and has a layout box; when it first does, it records
// performance.now() (`matched`), then waits for two requestAnimationFrame callbacks: the first
// runs before the frame that paints the target, the second at the start of the next frame, i.e.
// after that frame was produced (`frame`). `usable` is the later of `frame` and the first
// contentful paint (see measure()). performance.now() counts from performance.timeOrigin, the
// start of the navigation.

function probe({ selector, label }) {
  const mark = { matched: null, frame: null, target: null };
  window.__firstLoad = mark;
  const find = () => {
    let el = document.querySelector(selector);
    if (!el && label) {
      for (const l of document.getElementsByTagName('label')) {
        if (l.textContent.trim() === label && l.control) {
          el = l.control;
          break;
        }
      }
    }
    return el;
  };
  const ready = (el) =>
    el && el.isConnected && !el.disabled && !el.closest('[inert]') && el.getClientRects().length > 0;
  const check = () => {
    if (mark.matched !== null) return;
    const el = find();
    if (!ready(el)) return;
    mark.matched = performance.now();
    observer.disconnect();
    mark.target =
      el.tagName.toLowerCase() +
      (el.id ? '#' + el.id : '') +
      (el.getAttribute('placeholder') ? `[placeholder="${el.getAttribute('placeholder')}"]` : '');
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        mark.frame = performance.now();
      }),
    );
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'hidden', 'style', 'class', 'inert'],
  });
  // A change without a DOM mutation (a late stylesheet) is caught at the latest by these.
  document.addEventListener('DOMContentLoaded', check);
  window.addEventListener('load', check);
}

/** Read in the page once the load is over. */
function collect() {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const all = [nav, ...resources];
  const sum = (k) => all.reduce((s, e) => s + (e[k] || 0), 0);
  return {
    ...window.__firstLoad,
    fcp: fcp ? fcp.startTime : null,
    domContentLoaded: nav.domContentLoadedEventEnd,
    loadEvent: nav.loadEventEnd,
    lastResponseEnd: Math.max(nav.responseEnd, ...resources.map((r) => r.responseEnd)),
    requests: all.length,
    transferSize: sum('transferSize'),
    encodedBodySize: sum('encodedBodySize'),
    decodedBodySize: sum('decodedBodySize'),
    resources: resources.map((r) => r.name),
  };
}

// ---- one load -----------------------------------------------------------------------------------

async function measure(browser, server, origin, page, opts) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(probe, { selector: page.selector, label: page.label ?? null });
    const tab = await context.newPage();
    const foreign = [];
    const errors = [];
    tab.on('request', (r) => {
      if (!r.url().startsWith(origin + '/') && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    tab.on('pageerror', (e) => errors.push(String(e)));
    server.takeLog();
    await tab.goto(origin + page.path, { waitUntil: 'commit', timeout: opts.timeout });
    await tab.waitForFunction(() => window.__firstLoad && window.__firstLoad.frame !== null, null, {
      timeout: opts.timeout,
      polling: 100,
    });
    // "All files loaded": the load event and then no request for 500 ms (best effort: past 5 s
    // of traffic the run is kept and flagged; Resource Timing only lists finished requests).
    await tab.waitForLoadState('load', { timeout: opts.timeout });
    const idle = await tab
      .waitForLoadState('networkidle', { timeout: 5_000 })
      .then(() => true, () => false);
    const r = await tab.evaluate(collect);
    const served = server.takeLog();
    const okServed = served.filter((s) => s.file);
    const files = [...new Set(okServed.map((s) => s.file))];
    const sizes = files.map((f) => server.sizes(f));
    return {
      ...r,
      // The input is contentful (text), so it cannot be on screen before the first contentful
      // paint: when FCP (a presentation time) is later than the second frame, it is the better
      // figure for "painted" (a page that is blank until its script renders the form).
      usable: r.fcp !== null ? Math.max(r.frame, r.fcp) : r.frame,
      loaded: Math.max(r.loadEvent, r.lastResponseEnd),
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

function machineState() {
  const busy = spawnSync('pgrep', ['-x', 'rustc|cargo'], { encoding: 'utf8' });
  return {
    loadavg: os.loadavg().map((x) => Number(x.toFixed(2))),
    cpus: os.cpus().length,
    compilerRunning: busy.status === 0,
  };
}

function fmtMs(x) {
  return x.toFixed(1).padStart(8);
}

function printTable(report, stream) {
  const { pages, ratio } = report;
  const line = (cells, widths) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
  const w = [22, 9, 8, 8, 8];
  const out = [];
  out.push(
    `first load, ${report.runs} runs each (interleaved, ${report.warmup} warm-up pair(s) not counted), ` +
      `${report.gzip ? 'gzip' : 'uncompressed'} over 127.0.0.1; times in ms from navigation start`,
  );
  out.push(
    `machine: loadavg ${report.machine.before.loadavg.join(' ')} before, ${report.machine.after.loadavg.join(' ')} after` +
      `, ${report.machine.before.cpus} CPUs` +
      (report.machine.before.compilerRunning || report.machine.after.compilerRunning
        ? ', WARNING: cargo/rustc was running'
        : ', no cargo/rustc running'),
  );
  out.push('');
  out.push(line(['', 'metric', 'median', 'p90', 'min'], w));
  for (const [name, p] of Object.entries(pages)) {
    for (const [metric, s] of [
      ['usable', p.usable],
      ['matched', p.matched],
      ['frame', p.frame],
      ['FCP', p.fcp],
      ['loaded', p.loaded],
    ]) {
      if (!s) continue;
      out.push(line([metric === 'usable' ? name : '', metric, fmtMs(s.median), fmtMs(s.p90), fmtMs(s.min)], w));
    }
  }
  out.push('');
  out.push(
    `ratio ours/swagger (median usable): ${ratio.usable.toFixed(3)}   ` +
      `(goal <= 0.20: ${ratio.usable <= 0.2 ? 'met' : 'NOT met'})   ` +
      `median frame: ${ratio.frame.toFixed(3)}   median loaded: ${ratio.loaded.toFixed(3)}`,
  );
  out.push('');
  out.push(line(['', 'requests', 'transfer', 'raw', 'gzip -9'], [22, 9, 10, 10, 10]));
  for (const [name, p] of Object.entries(pages)) {
    const b = p.bytes;
    out.push(line([name, b.requests, b.transferSize, b.rawBytes, b.gzip9Bytes], [22, 9, 10, 10, 10]));
  }
  out.push(
    '(bytes of one load: transfer = sum of Resource Timing transferSize incl. headers; raw = the files served; ' +
      'gzip -9 = the same files compressed)',
  );
  for (const [name, p] of Object.entries(pages)) {
    out.push(`${name}: target ${p.target}; files: ${p.bytes.files.join(', ')}`);
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

  const pages = [
    { name: 'ours', path: '/ours/', selector: OURS_SELECTOR, label: OURS_LABEL },
    { name: 'swagger-ui', path: '/bench/first-load/swagger.html', selector: SWAGGER_SELECTOR },
    // --floor: a static page with the same input and no script, the fixed cost of any load.
    ...(opts.floor ? [{ name: 'floor', path: '/bench/first-load/floor.html', selector: OURS_SELECTOR }] : []),
  ];

  const server = makeServer({ gzip: opts.gzip });
  const origin = await server.listen();
  const before = machineState();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const browserVersion = browser.version();
  const results = Object.fromEntries(pages.map((p) => [p.name, []]));
  const failures = Object.fromEntries(pages.map((p) => [p.name, []]));
  try {
    for (let i = 0; i < opts.warmup + opts.runs; i++) {
      for (const page of pages) {
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

  const summary = {};
  for (const page of pages) {
    const rs = results[page.name];
    if (!rs.length) {
      process.stderr.write(`run.mjs: ${page.name} never became usable: ${failures[page.name].join('; ')}\n`);
      process.exit(1);
    }
    const last = rs[rs.length - 1];
    const problems = [...failures[page.name]];
    const foreign = [...new Set(rs.flatMap((r) => r.foreign))];
    const notFound = [...new Set(rs.flatMap((r) => r.notFound))];
    const errors = [...new Set(rs.flatMap((r) => r.errors))];
    if (foreign.length) problems.push(`requests to other origins: ${foreign.join(' ')}`);
    if (notFound.length) problems.push(`not found: ${notFound.join(' ')}`);
    if (errors.length) problems.push(`page errors: ${errors.join(' | ')}`);
    summary[page.name] = {
      target: last.target,
      usable: stats(rs.map((r) => r.usable)),
      matched: stats(rs.map((r) => r.matched)),
      frame: stats(rs.map((r) => r.frame)),
      fcp: rs.every((r) => r.fcp !== null) ? stats(rs.map((r) => r.fcp)) : null,
      loaded: stats(rs.map((r) => r.loaded)),
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
      runs: rs.map(({ matched, frame, usable, fcp, domContentLoaded, loadEvent, lastResponseEnd, loaded }) => ({
        matched,
        frame,
        usable,
        fcp,
        domContentLoaded,
        loadEvent,
        lastResponseEnd,
        loaded,
      })),
    };
  }
  const report = {
    runs: opts.runs,
    warmup: opts.warmup,
    gzip: opts.gzip,
    distDir,
    swaggerUiDist: JSON.parse(fs.readFileSync(path.join(swaggerDistDir, 'package.json'), 'utf8')).version,
    browser: browserVersion,
    selectors: { ours: OURS_SELECTOR, oursLabel: OURS_LABEL, swagger: SWAGGER_SELECTOR },
    machine: { before, after },
    pages: summary,
    ratio: {
      usable: summary.ours.usable.median / summary['swagger-ui'].usable.median,
      frame: summary.ours.frame.median / summary['swagger-ui'].frame.median,
      loaded: summary.ours.loaded.median / summary['swagger-ui'].loaded.median,
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
