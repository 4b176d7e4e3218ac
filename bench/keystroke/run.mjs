#!/usr/bin/env node
// Keystroke-latency benchmark for the release build (see README.md next to this file).
//
// Measures, inside the page, per keystroke: from dispatching the `input` event to the
// request-url text having changed ("DOM"), then to `document.body.offsetHeight` returning
// ("layout": style and layout done). Prints median / p99 / max per case and PASS/FAIL
// against the goals. A report, not a test: exits 0 unless the page broke (then 1).
//
// With --throttle N the typing cases are measured differently: real key presses at N× CPU
// slowdown (Chromium's own throttling), timed by the page's Event Timing API from the key
// event to the next paint ("input to next paint"), median / p98 / max per case.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS } from '../../e2e/helpers.mjs';
import { serve } from '../../e2e/server.mjs';
import * as dom from './dom.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');


/** The goals of the issue, in ms. */
const GOALS = { typingMedian: 2, typingP99: 8, hugeEach: 50 };

/** The typing cases: name → the field typed in. */
const TYPING_CASES = {
  description: 'Description.10',
  serverid: 'ServerId.10',
  groupname: 'VServerGroupName',
};

const HUGE_TEXTS = {
  ascii: { char: 'a', label: "ASCII ('a')" },
  cjk: { char: '中', label: "Chinese ('中')" },
};

const USAGE = `usage: node bench/keystroke/run.mjs [options]

  --dist DIR            release build to serve (default $VSG_DIST_DIR or <repo>/dist)
  --cases LIST          comma-separated: description,serverid,groupname,huge
                        (default: all; the three typing cases with --throttle)
  --keys N              measured keystrokes per typing case (default 250, at least 200 for the goal)
  --warmup N            unmeasured keystrokes before each case (default 20)
  --gap raf|timeout     between keystrokes: a frame then a macrotask (raf, default) or a macrotask only
  --rows N              BackendServers rows of the set-up (default 20)
  --preset FRAGMENT     open index.html#FRAGMENT instead of filling the form through the UI
                        (for builds that read permalinks); 'auto' builds the fragment of the set-up;
                        'auto-modify': ModifyVServerGroupBackendServers with --rows full rows in
                        both lists (no VServerGroupName: --cases description,serverid)
  --huge-targets LIST   fields that receive the huge paste (default VServerGroupName,Description.1,ServerId.1,Tag.1.Value)
  --huge-texts LIST     ascii,cjk (default both)
  --huge-chars N        characters pasted (default 1048576)
  --huge-type-in FIELD  field typed in after the paste (default LoadBalancerId; Port.2 when it is the target)
  --huge-keys N         measured keystrokes per huge case (default 60)
  --timeout MS          per-keystroke wait for request-url to change (default 10000)
  --throttle N          slow-machine mode for the typing cases: CPU slowed down N× (e.g. 4), real key
                        presses, Event Timing "input to next paint" (median / p98 / max) instead of
                        the in-page figures; not with huge, --trace or --profile
  --json FILE           write every raw figure as JSON
  --trace FILE          record a Chrome trace around --trace-keys keystrokes of --trace-case
  --profile FILE        record a CPU profile (.cpuprofile) around the same number of keystrokes
  --trace-case NAME     description (default), serverid or groupname
  --trace-keys N        keystrokes traced / profiled (default 100)
  --quiet-wait MIN      before each case, wait up to MIN minutes for 20 s without builds or other CPU load (default 0)
  --no-isolate          serve without COOP/COEP (performance.now() is then coarsened to 0.1 ms)
  --headed              show the browser (debugging)
`;

function options() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      cases: { type: 'string' },
      keys: { type: 'string', default: '250' },
      warmup: { type: 'string', default: '20' },
      gap: { type: 'string', default: 'raf' },
      rows: { type: 'string', default: String(dom.MAX_ROWS) },
      preset: { type: 'string' },
      'huge-targets': { type: 'string', default: 'VServerGroupName,Description.1,ServerId.1,Tag.1.Value' },
      'huge-texts': { type: 'string', default: 'ascii,cjk' },
      'huge-chars': { type: 'string', default: String(1 << 20) },
      'huge-type-in': { type: 'string', default: 'LoadBalancerId' },
      'huge-keys': { type: 'string', default: '60' },
      timeout: { type: 'string', default: '10000' },
      throttle: { type: 'string' },
      json: { type: 'string' },
      trace: { type: 'string' },
      profile: { type: 'string' },
      'trace-case': { type: 'string', default: 'description' },
      'trace-keys': { type: 'string', default: '100' },
      headed: { type: 'boolean', default: false },
      'no-isolate': { type: 'boolean', default: false },
      'quiet-wait': { type: 'string', default: '0' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const int = (name, min = 0) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
    return n;
  };
  const list = (s) => s.split(',').map((x) => x.trim()).filter(Boolean);
  const throttle = values.throttle === undefined ? null : Number(values.throttle);
  if (throttle !== null && !(throttle >= 1)) throw new Error('--throttle must be a number ≥ 1 (the CPU slowdown factor)');
  const defaultCases = throttle ? Object.keys(TYPING_CASES) : [...Object.keys(TYPING_CASES), 'huge'];
  const o = {
    dist: path.resolve(values.dist ?? process.env.VSG_DIST_DIR ?? path.join(repoRoot, 'dist')),
    cases: values.cases === undefined ? defaultCases : list(values.cases),
    keys: int('keys', 1),
    warmup: int('warmup'),
    gap: values.gap,
    rows: int('rows', 1),
    preset: values.preset,
    hugeTargets: list(values['huge-targets']),
    hugeTexts: list(values['huge-texts']),
    hugeChars: int('huge-chars', 1),
    hugeTypeIn: values['huge-type-in'],
    hugeKeys: int('huge-keys', 1),
    timeout: int('timeout', 1),
    throttle,
    json: values.json,
    trace: values.trace,
    profile: values.profile,
    traceCase: values['trace-case'],
    traceKeys: int('trace-keys', 1),
    headed: values.headed,
    isolate: !values['no-isolate'],
    quietWait: Number(values['quiet-wait']),
  };
  if (!(o.quietWait >= 0)) throw new Error('--quiet-wait must be a number of minutes ≥ 0');
  if (!['raf', 'timeout'].includes(o.gap)) throw new Error('--gap must be raf or timeout');
  for (const c of o.cases) {
    if (c !== 'huge' && !(c in TYPING_CASES)) throw new Error(`unknown case ${c}`);
  }
  for (const t of o.hugeTexts) if (!(t in HUGE_TEXTS)) throw new Error(`unknown huge text ${t}`);
  for (const f of [...o.hugeTargets, o.hugeTypeIn]) dom.parseField(f);
  if (!(o.traceCase in TYPING_CASES)) throw new Error(`--trace-case must be one of ${Object.keys(TYPING_CASES)}`);
  if (o.rows > dom.MAX_ROWS) throw new Error(`--rows at most ${dom.MAX_ROWS}`);
  if (throttle && (o.cases.includes('huge') || o.trace || o.profile)) {
    throw new Error('--throttle measures the typing cases only: run huge, --trace and --profile without it');
  }
  return o;
}

// ---------------------------------------------------------------------------------------
// The measurement, run inside the page (one page.evaluate per batch of keystrokes).

/**
 * Types `n` keystrokes into `input`, one after the other, and returns the DOM and layout
 * figures of each. Self-contained: Playwright serialises it into the page.
 *
 * mode 'type': alternately appends one character to the value the field had at the start
 * and removes it again (the text stays bounded). mode 'paste': one input event that sets
 * the value to `char` repeated `count` times (built in the page).
 */
async function inPageBatch([input, url, cfg]) {
  const { n, gap, timeout, mode, char, count, mark } = cfg;
  const nextTask = () => new Promise((r) => setTimeout(r, 0));
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const pause = gap === 'raf' ? frame : nextTask;

  let pending = null; // { before, beforeLen, resolve }
  const observer = new MutationObserver(() => {
    if (!pending) return;
    const now = url.textContent;
    if (now.length !== pending.beforeLen || now !== pending.before) {
      const p = pending;
      pending = null;
      p.resolve(true);
    }
  });
  observer.observe(url, { subtree: true, characterData: true, childList: true });

  const base = input.value;
  const big = mode === 'paste' ? char.repeat(count) : null;
  const out = { dom: [], layout: [], status: [], finalLength: 0 };
  if (mark) performance.mark(`${mark}:start`);
  try {
    for (let i = 0; i < n; i++) {
      await pause();
      if (!url.isConnected) {
        out.status.push('detached');
        break;
      }
      const before = url.textContent;
      let value;
      let init;
      if (mode === 'paste') {
        value = big;
        init = { bubbles: true, inputType: 'insertFromPaste', data: null };
      } else if (i % 2 === 0) {
        value = base + 'x';
        init = { bubbles: true, inputType: 'insertText', data: 'x' };
      } else {
        value = base;
        init = { bubbles: true, inputType: 'deleteContentBackward', data: null };
      }
      let timer;
      const changed = new Promise((resolve) => {
        pending = { before, beforeLen: before.length, resolve };
        timer = setTimeout(() => {
          pending = null;
          resolve(false);
        }, timeout);
      });

      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', init));
      const ok = await changed;
      const t1 = performance.now();
      void document.body.offsetHeight;
      const t2 = performance.now();
      clearTimeout(timer);

      out.dom.push(t1 - t0);
      out.layout.push(t2 - t0);
      out.status.push(ok ? (t1 - t0 > timeout ? 'slow' : 'ok') : 'timeout');
    }
  } finally {
    observer.disconnect();
    if (mark) performance.mark(`${mark}:end`);
  }
  await pause();
  out.finalLength = input.value.length;
  return out;
}

/** Waits for two frames and a macrotask, then forces style and layout. */
async function inPageSettle(ms) {
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  void document.body.offsetHeight;
  await new Promise((r) => setTimeout(r, ms));
}

// The Event Timing mode (--throttle): real key presses from Node, timed by the page itself.

/** The smallest durationThreshold the Event Timing API allows (ms): shorter events are not reported. */
const EVENT_THRESHOLD = 16;

/**
 * Starts collecting Event Timing entries ("event" entries of at least EVENT_THRESHOLD ms).
 * Returns the collector (kept in the page, used through a JSHandle): `start` and
 * `interactions` (performance.interactionCount) at the start, the request-url text so far.
 */
function inPageObserveEvents([url, threshold]) {
  const c = {
    entries: [],
    start: performance.now(),
    interactions: performance.interactionCount ?? null,
    lastUrl: url.textContent,
  };
  c.observer = new PerformanceObserver((list) => c.entries.push(...list.getEntries()));
  c.observer.observe({ type: 'event', durationThreshold: threshold, buffered: true });
  return c;
}

/**
 * After a key event: yields like the typist of inPageBatch (`gap`: a frame then a macrotask, or
 * a macrotask only), so the key's frame is painted before the next key event; after a keydown
 * (`expectChange`) also until request-url has changed (up to `timeout` ms). Returns whether it
 * changed and the time.
 */
async function inPageAfterKey([c, url, gap, timeout, expectChange]) {
  const pause =
    gap === 'raf'
      ? () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      : () => new Promise((r) => setTimeout(r, 0));
  const t = performance.now();
  let changed;
  do {
    await pause();
    changed = url.textContent !== c.lastUrl;
  } while (expectChange && !changed && performance.now() - t < timeout);
  c.lastUrl = url.textContent;
  return { changed, at: performance.now() };
}

/**
 * Ends the collection (after inPageSettle: an entry is queued once the paint that ends it is
 * known) and returns the entries since `start` as plain objects and how many interactions the
 * page counted meanwhile (null when it has no performance.interactionCount).
 */
function inPageTakeEvents(c) {
  c.entries.push(...c.observer.takeRecords());
  c.observer.disconnect();
  const count = performance.interactionCount;
  return {
    interactions: c.interactions === null || count === undefined ? null : count - c.interactions,
    entries: c.entries
      .filter((e) => e.startTime >= c.start)
      .map((e) => ({
        name: e.name,
        interactionId: e.interactionId,
        startTime: e.startTime,
        duration: e.duration,
        processingStart: e.processingStart,
        processingEnd: e.processingEnd,
      })),
  };
}

// ---------------------------------------------------------------------------------------
// Statistics and output.

/** Nearest-rank percentile of a sorted array. */
function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const median = s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { n: s.length, median, p99: percentile(s, 99), max: s[s.length - 1] ?? NaN, min: s[0] ?? NaN };
}

const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '—');

function verdict(c) {
  const L = c.stats.layout;
  const bad = c.timeouts > 0 || c.error || L.n === 0;
  if (c.kind === 'typing') {
    const ok = !bad && L.median <= GOALS.typingMedian && L.p99 <= GOALS.typingP99 && L.n >= 200;
    const why = [];
    if (L.n < 200) why.push(`only ${L.n} keystrokes (< 200)`);
    if (L.median > GOALS.typingMedian) why.push(`median ${f2(L.median)} > ${GOALS.typingMedian}`);
    if (L.p99 > GOALS.typingP99) why.push(`p99 ${f2(L.p99)} > ${GOALS.typingP99}`);
    if (c.timeouts) why.push(`${c.timeouts} timeouts`);
    if (c.error) why.push(c.error);
    return { pass: ok, why: why.join('; ') };
  }
  const ok = !bad && L.p99 <= GOALS.hugeEach && L.max <= GOALS.hugeEach;
  const why = [];
  if (L.p99 > GOALS.hugeEach) why.push(`p99 ${f2(L.p99)} > ${GOALS.hugeEach}`);
  if (L.max > GOALS.hugeEach) why.push(`max ${f2(L.max)} > ${GOALS.hugeEach}`);
  if (c.timeouts) why.push(`${c.timeouts} timeouts (> ${c.timeout} ms)`);
  if (c.error) why.push(c.error);
  return { pass: ok, why: why.join('; ') };
}

function printTable(cases) {
  const head = ['case', 'typed in', 'n', 'DOM med', 'DOM p99', 'DOM max', 'layout med', 'layout p99', 'layout max', 'timeouts', 'bg cpu', 'goal'];
  const rows = cases.map((c) => [
    c.noisy ? `${c.name} *` : c.name,
    c.field,
    String(c.stats.layout.n),
    f2(c.stats.dom.median),
    f2(c.stats.dom.p99),
    f2(c.stats.dom.max),
    f2(c.stats.layout.median),
    f2(c.stats.layout.p99),
    f2(c.stats.layout.max),
    String(c.timeouts),
    Number.isFinite(c.backgroundCores) ? `${(100 * c.backgroundCores).toFixed(1)}%` : '—',
    c.verdict.pass ? 'PASS' : `FAIL${c.verdict.why ? ` (${c.verdict.why})` : ''}`,
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((x, i) => (i >= 2 && i <= 10 ? x.padStart(w[i]) : x.padEnd(w[i]))).join('  ').trimEnd();
  console.log(line(head));
  console.log(w.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) console.log(line(r));
  const noisy = cases.filter((c) => c.noisy);
  console.log(`bg cpu = CPU used by every other process during the case, in % of one core (this run's browser excluded)`);
  if (noisy.length) console.log(`* measured on a busy machine (not meaningful): ${noisy.map((c) => `${c.name}: ${c.noisy}`).join('; ')}`);
}

/** Build processes that would distort the figures (matched by process name, not command line). */
const BUSY_NAMES = new Set(['rustc', 'cargo', 'trunk', 'wasm-opt', 'wasm-bindgen', 'cc1', 'cc1plus', 'ld', 'rust-lld']);

/** Every process now: pid → { comm, ppid, ticks (utime + stime) }, from /proc. */
function processes() {
  const out = new Map();
  let pids = [];
  try {
    pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out; // no /proc: nothing to report
  }
  for (const pid of pids) {
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const f = stat.slice(close + 2).split(' '); // f[0] is field 3 (state)
    const ticks = Number(f[11]) + Number(f[12]);
    out.set(Number(pid), { comm, ppid: Number(f[1]), ticks });
  }
  return out;
}

/** The build processes of a snapshot, as `name×count`. */
function buildProcesses(procs = processes()) {
  const counts = new Map();
  for (const { comm } of procs.values()) if (BUSY_NAMES.has(comm)) counts.set(comm, (counts.get(comm) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${name}×${n}`);
}

/** This process and its descendants (the browser), which are not background load. */
function ownTree(procs) {
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of procs) {
      if (!mine.has(pid) && mine.has(p.ppid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  return mine;
}

function machineLoad() {
  const busy = buildProcesses();
  const rustc = Number(busy.find((b) => b.startsWith('rustc×'))?.split('×')[1] ?? 0);
  return { loadavg: os.loadavg().map((x) => Number(x.toFixed(2))), cpus: os.cpus().length, rustc, busy };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

/**
 * Once a second while the benchmark runs: which build processes exist, and how much CPU every
 * process outside this one and its browser used (builds on this machine come in bursts of short
 * rustc processes that a look before and after a case misses). A process that starts and ends
 * between two looks is missed, so the figure errs on the low side.
 */
const watcher = {
  seen: new Set(),
  ticks: 0,
  since: Date.now(),
  prev: null,
  timer: null,
  tick() {
    const procs = processes();
    for (const b of buildProcesses(procs)) this.seen.add(b.replace(/×\d+$/, ''));
    const mine = ownTree(procs);
    if (this.prev) {
      for (const [pid, p] of procs) {
        if (mine.has(pid)) continue;
        const before = this.prev.get(pid);
        this.ticks += Math.max(0, p.ticks - (before ? before.ticks : 0));
      }
    }
    this.prev = procs;
  },
  start() {
    this.tick();
    this.timer = setInterval(() => this.tick(), 1000);
    this.timer.unref();
  },
  /** What was seen since the last call: build process names and background CPU (in cores). */
  take() {
    this.tick();
    const seconds = (Date.now() - this.since) / 1000;
    const out = { build: [...this.seen], cpuSeconds: this.ticks / USER_HZ, wallSeconds: seconds };
    out.cores = seconds > 0 ? out.cpuSeconds / seconds : 0;
    this.seen.clear();
    this.ticks = 0;
    this.since = Date.now();
    return out;
  },
  stop() {
    clearInterval(this.timer);
  },
};

/** Background CPU (in cores, averaged over a case) above which its figures are marked. */
const NOISY_CORES = 0.05;

/** Seconds without any build process before a case starts (with --quiet-wait). */
const QUIET_SECONDS = 20;

/**
 * Before a case: with --quiet-wait, waits (up to that many minutes) until QUIET_SECONDS went by
 * without a build process and with other processes under 10% of a core; then returns the
 * machine's load and resets the watcher.
 */
async function quietGate(opts) {
  if (opts.quietWait > 0) {
    const deadline = Date.now() + opts.quietWait * 60_000;
    let quietSince = Date.now();
    let told = false;
    watcher.take();
    for (;;) {
      await sleep(1000);
      const bg = watcher.take();
      if (bg.build.length || bg.cores > 2 * NOISY_CORES) {
        quietSince = Date.now();
        if (!told) {
          const what = bg.build.length ? `build processes ${bg.build.join(' ')}` : `other processes at ${(100 * bg.cores).toFixed(0)}% of a core`;
          console.log(`  waiting up to ${opts.quietWait} min for ${QUIET_SECONDS} quiet seconds (${what})`);
          told = true;
        }
      }
      if (Date.now() - quietSince >= QUIET_SECONDS * 1000 || Date.now() > deadline) break;
    }
    if (told) console.log(`  ${Date.now() > deadline ? 'gave up waiting' : 'quiet again'}; loadavg ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  }
  watcher.take();
  return machineLoad();
}

function warnBackground(what, bg) {
  if (bg.build.length || bg.cores > NOISY_CORES) {
    console.log(`  warning: while ${what}, build processes [${bg.build.join(' ')}], other processes used ${(100 * bg.cores).toFixed(0)}% of a core`);
  }
}

/** Records the load around a case and marks it when a build or other CPU work ran meanwhile. */
function attachLoad(c, before) {
  const seen = watcher.take();
  const after = machineLoad();
  c.load = { before, after, buildSeen: seen.build, background: { cpuSeconds: seen.cpuSeconds, wallSeconds: seen.wallSeconds, cores: seen.cores } };
  c.backgroundCores = seen.cores;
  const busy = [...new Set([...before.busy, ...after.busy].map((b) => b.replace(/×\d+$/, '')).concat(seen.build))];
  const why = [];
  if (busy.length) why.push(`build processes ${busy.join(' ')}`);
  if (seen.cores > NOISY_CORES) why.push(`other processes used ${(100 * seen.cores).toFixed(0)}% of a core`);
  if (why.length) c.noisy = why.join(', ');
  return c;
}

// ---------------------------------------------------------------------------------------
// Browser set-up.

const CRASH = /panicked|unreachable|RuntimeError/i;

class PageBroke extends Error {}

async function openPage(browser, server, opts, health) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (e) => health.errors.push(`pageerror: ${String(e?.message ?? e).slice(0, 500)}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && CRASH.test(m.text())) health.errors.push(`console: ${m.text().slice(0, 500)}`);
  });
  page.on('crash', () => health.errors.push('the page crashed'));
  const fragment = opts.preset === 'auto' ? dom.presetFragment(opts.rows)
    : opts.preset === 'auto-modify' ? dom.presetFragment(opts.rows, 'modify')
    : opts.preset?.replace(/^#/, '');
  await page.goto(fragment ? `${server.url}index.html#${fragment}` : server.url);
  await dom.waitReady(page);
  if (!fragment) await dom.setupRowsViaUi(page, opts.rows);
  await page.evaluate(inPageSettle, 100);
  const problems = await dom.checkSetup(page, opts.rows);
  if (problems.length) {
    throw new PageBroke(
      `set-up failed${fragment ? ' (with --preset: does this build read permalinks?)' : ''}: ${problems.join('; ')}`,
    );
  }
  assertHealthy(health);
  if (!opts.timer) {
    opts.timer = await page.evaluate(() => {
      let step = Infinity;
      for (let i = 0, last = performance.now(); i < 200_000 && step > 0.001; i++) {
        const now = performance.now();
        if (now > last) {
          step = Math.min(step, now - last);
          last = now;
        }
      }
      return { crossOriginIsolated: globalThis.crossOriginIsolated === true, resolutionMs: step };
    });
    console.log(`timer: crossOriginIsolated ${opts.timer.crossOriginIsolated}, performance.now() resolution ≈ ${opts.timer.resolutionMs.toFixed(3)} ms\n`);
  }
  return { context, page };
}

function assertHealthy(health) {
  if (health.errors.length) throw new PageBroke(`the page broke: ${health.errors.join(' | ')}`);
}

/**
 * Runs one batch in the page with a Node-side guard against a page that never answers.
 * `around(run)` wraps only the in-page batch (a trace or a profile), not the element look-ups.
 */
async function batch(page, fieldId, cfg, health, around = (run) => run()) {
  const input = await dom.field(page, fieldId).elementHandle({ timeout: 10_000 });
  const url = await dom.requestUrl(page).elementHandle({ timeout: 10_000 });
  const guardMs = cfg.n * (cfg.timeout + 2_000) + 30_000;
  const result = await guarded(around(() => page.evaluate(inPageBatch, [input, url, cfg])), guardMs);
  await input.dispose();
  await url.dispose();
  assertHealthy(health);
  return result;
}

/** `work`, or a PageBroke when it takes longer than `ms` (a page that stopped answering). */
async function guarded(work, ms) {
  let guard;
  return Promise.race([
    work,
    new Promise((_, reject) => {
      guard = setTimeout(() => reject(new PageBroke(`no answer from the page within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(guard));
}

function makeCase(kind, name, field, raw, extra = {}) {
  const okIdx = raw.status.map((s, i) => (s === 'ok' ? i : -1)).filter((i) => i >= 0);
  const c = {
    kind,
    name,
    field,
    ...extra,
    raw,
    timeouts: raw.status.filter((s) => s !== 'ok').length,
    stats: {
      // Timed-out keystrokes count with the time they took (≥ timeout) so they show in max.
      dom: stats(raw.dom),
      layout: stats(raw.layout),
    },
    okCount: okIdx.length,
  };
  if (raw.status.includes('detached')) c.error = 'request-url was replaced during the batch (update dom.mjs)';
  c.verdict = verdict(c);
  return c;
}

// ---------------------------------------------------------------------------------------
// The Event Timing mode (--throttle).

/**
 * Slows the page's main thread down `rate`× (1 = full speed) with Chromium's own CPU throttling,
 * CDP Emulation.setCPUThrottlingRate on a session `cdp` of the page. On Linux the throttled
 * thread is interrupted every 200 µs and busy-waits (rate − 1)× the wall time it ran, idle or not:
 * turn it on only while typing.
 */
async function throttleCpu(cdp, rate) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Types `n` real keystrokes into the field — Playwright key events (CDP Input.dispatchKeyEvent:
 * trusted keydown / keypress / beforeinput / input / keyup, which Event Timing reports; a
 * synthesised InputEvent is not) — alternately 'x' at the end of the text and Backspace, so the
 * text stays bounded as in inPageBatch. Like a typist, the key is held until its frame is painted
 * (keyboard.down, then inPageAfterKey), then released (keyboard.up) and the release's frame
 * waited for too: with keyboard.press the keyup arrives while the keydown's frame is being made
 * and sometimes waits for the frame after, which then counts as the keystroke's figure; without
 * the second wait the keyup would end at the next keystroke's paint. Returns the keystrokes (key,
 * time window in the page's clock, whether request-url changed) and the batch's entries.
 */
async function paintBatch(page, fieldId, n, opts, health) {
  await dom.field(page, fieldId).focus();
  await page.keyboard.press('End');
  await page.evaluate(inPageSettle, 0);
  const url = await dom.requestUrl(page).elementHandle({ timeout: 10_000 });
  const run = async () => {
    const collector = await page.evaluateHandle(inPageObserveEvents, [url, EVENT_THRESHOLD]);
    const keys = [];
    let from = await collector.evaluate((c) => c.start);
    for (let i = 0; i < n; i++) {
      const key = i % 2 === 0 ? 'x' : 'Backspace';
      await page.keyboard.down(key);
      const { changed } = await page.evaluate(inPageAfterKey, [collector, url, opts.gap, opts.timeout, true]);
      await page.keyboard.up(key);
      const { at } = await page.evaluate(inPageAfterKey, [collector, url, opts.gap, opts.timeout, false]);
      keys.push({ key, from, to: at, changed });
      from = at;
    }
    await page.evaluate(inPageSettle, 200);
    const taken = await page.evaluate(inPageTakeEvents, collector);
    await collector.dispose();
    return { keys, ...taken };
  };
  const result = await guarded(run(), n * (opts.timeout + 5_000) + 30_000);
  await url.dispose();
  assertHealthy(health);
  return result;
}

/**
 * Each keystroke's "input to next paint": the Event Timing entries are grouped by interactionId
 * (keydown, keypress and keyup of one key press share one; beforeinput and input have none),
 * an interaction's figure is the longest duration among its entries, and it belongs to the
 * keystroke in whose time window its first entry starts. A keystroke without an interaction
 * had every entry under the threshold (`ms: null`). `parts` splits the interaction's time as
 * INP does: input delay (first timestamp → first handler), processing (first handler → last
 * handler's end) and the rest until the paint (±4 ms: the end is rounded to 8 ms).
 */
function perKeystroke({ keys, entries }) {
  const interactions = new Map();
  for (const e of entries) {
    if (e.interactionId) interactions.set(e.interactionId, [...(interactions.get(e.interactionId) ?? []), e]);
  }
  const out = keys.map(({ key, from, to, changed }) => ({ key, from, to, changed, ms: null, interactionIds: [], events: [], parts: null, otherMs: null }));
  const at = (t) => keys.findIndex((k) => t >= k.from && t < k.to);
  for (const [id, es] of interactions) {
    const start = Math.min(...es.map((e) => e.startTime));
    const k = out[at(start)];
    if (!k) continue; // not one of ours (before the first keystroke)
    const first = Math.min(...es.map((e) => e.processingStart));
    const last = Math.max(...es.map((e) => e.processingEnd));
    const paint = Math.max(...es.map((e) => e.startTime + e.duration));
    k.ms = Math.max(k.ms ?? 0, ...es.map((e) => e.duration));
    k.interactionIds.push(id);
    k.events.push(...es.map((e) => `${e.name} ${e.duration}`));
    k.parts = { delay: first - start, processing: last - first, untilPaint: paint - last };
  }
  // Entries without an interactionId (beforeinput, input): kept to check they are not longer.
  for (const e of entries) {
    const k = e.interactionId ? null : out[at(e.startTime)];
    if (k) k.otherMs = Math.max(k.otherMs ?? 0, e.duration);
  }
  return out;
}

/**
 * Nearest-rank median, p98 and max of per-keystroke figures, `null` (unreported: under the
 * threshold) ranking below every reported one. A statistic that lands on an unreported keystroke
 * is null, i.e. "< 16 ms": exact, since every reported figure is ≥ 16.
 */
function paintStats(ms) {
  const s = [...ms].sort((a, b) => (a ?? -1) - (b ?? -1));
  return {
    n: s.length,
    under: s.filter((x) => x === null).length,
    median: percentile(s, 50),
    p98: percentile(s, 98),
    max: s.length ? s[s.length - 1] : NaN,
  };
}

function makePaintCase(name, field, raw, rate) {
  const keys = perKeystroke(raw);
  const c = {
    kind: 'paint',
    name,
    field,
    rate,
    raw: { ...raw, keys },
    stats: paintStats(keys.map((k) => k.ms)),
    noUpdate: keys.filter((k) => !k.changed).length,
    interactionsCounted: raw.interactions,
  };
  const parts = keys.map((k) => k.parts).filter(Boolean);
  const mid = (xs) => stats(xs).median;
  c.parts = {
    delay: mid(parts.map((p) => p.delay)),
    processing: mid(parts.map((p) => p.processing)),
    untilPaint: mid(parts.map((p) => p.untilPaint)),
  };
  const notes = [];
  if (c.noUpdate) c.error = `${c.noUpdate} keystrokes left request-url unchanged (--timeout)`;
  if (raw.interactions !== null && raw.interactions !== keys.length) {
    notes.push(`the page counted ${raw.interactions} interactions for ${keys.length} keystrokes`);
  }
  const split = keys.filter((k) => k.interactionIds.length > 1).length;
  if (split) notes.push(`${split} keystrokes had more than one interaction`);
  const longer = keys.filter((k) => k.otherMs !== null && k.otherMs > (k.ms ?? 0)).length;
  if (longer) notes.push(`${longer} keystrokes had an input/beforeinput entry longer than their interaction`);
  if (notes.length) c.note = notes.join('; ');
  return c;
}

/** One typing case of the Event Timing mode: warm-up and measured keystrokes at --throttle. */
async function paintCase(page, cdp, name, opts, health) {
  const fieldId = TYPING_CASES[name];
  const gate = await quietGate(opts);
  await throttleCpu(cdp, opts.throttle);
  let raw;
  try {
    if (opts.warmup) await paintBatch(page, fieldId, opts.warmup, opts, health);
    raw = await paintBatch(page, fieldId, opts.keys, opts, health);
  } finally {
    await throttleCpu(cdp, 1);
  }
  const c = attachLoad(makePaintCase(name, fieldId, raw, opts.throttle), gate);
  const s = c.stats;
  console.log(`${name}: ${s.n} keystrokes in ${fieldId} at ${opts.throttle}× CPU, input to next paint median ${fms(s.median)} ms, p98 ${fms(s.p98)} ms, max ${fms(s.max)} ms`);
  return c;
}

/** A figure of the Event Timing mode: whole ms (the API rounds to 8 ms), "< 16" when unreported. */
const fms = (x) => (x === null ? `< ${EVENT_THRESHOLD}` : Number.isFinite(x) ? String(Math.round(x)) : '—');

function printPaintTable(cases) {
  const head = ['case', 'typed in', 'keys', `< ${EVENT_THRESHOLD} ms`, 'median', 'p98', 'max', 'CPU', 'no update', 'bg cpu'];
  const rows = cases.map((c) => [
    c.noisy ? `${c.name} *` : c.name,
    c.field,
    String(c.stats.n),
    String(c.stats.under),
    fms(c.stats.median),
    fms(c.stats.p98),
    fms(c.stats.max),
    `${c.rate}×`,
    String(c.noUpdate),
    Number.isFinite(c.backgroundCores) ? `${(100 * c.backgroundCores).toFixed(1)}%` : '—',
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((x, i) => (i >= 2 ? x.padStart(w[i]) : x.padEnd(w[i]))).join('  ').trimEnd();
  console.log(line(head));
  console.log(w.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(`< ${EVENT_THRESHOLD} ms = keystrokes without an Event Timing entry (every event under the ${EVENT_THRESHOLD} ms threshold); they rank`);
  console.log(`below every reported one, so a statistic shown as "< ${EVENT_THRESHOLD}" is exact: it fell on such a keystroke`);
  console.log(`bg cpu = CPU used by every other process during the case, in % of one core (this run's browser excluded)`);
  console.log('where the time goes (medians over the reported keystrokes: input delay + handlers + rest until the paint):');
  for (const c of cases) {
    const p = c.parts;
    console.log(`  ${c.name}: ${f2(p.delay)} + ${f2(p.processing)} + ${f2(p.untilPaint)} ms`);
  }
  for (const c of cases) {
    if (c.error || c.note) console.log(`  ${c.name}: ${[c.error, c.note].filter(Boolean).join('; ')}`);
  }
  const noisy = cases.filter((c) => c.noisy);
  if (noisy.length) console.log(`* measured on a busy machine (not meaningful): ${noisy.map((c) => `${c.name}: ${c.noisy}`).join('; ')}`);
}

// ---------------------------------------------------------------------------------------
// Trace and profile.

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink',
  'loading',
  'blink.user_timing',
];

/**
 * Records a trace around the in-page part of `run(around)`: `run` passes `around` to batch(),
 * which calls it with the page.evaluate of the keystrokes.
 */
async function recordTrace(context, page, run) {
  const cdp = await context.newCDPSession(page);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  const around = async (inPage) => {
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordContinuously' },
    });
    try {
      return await inPage();
    } finally {
      await cdp.send('Tracing.end');
    }
  };
  const result = await run(around);
  const { stream } = await done;
  const chunks = [];
  for (;;) {
    const { data, base64Encoded, eof } = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    chunks.push(base64Encoded ? Buffer.from(data, 'base64') : Buffer.from(data, 'utf8'));
    if (eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  await cdp.detach();
  return { text: Buffer.concat(chunks).toString('utf8'), result };
}

/** Task wrappers: their own self time is "other", and they pass no category to children. */
const TASK_WRAPPER = /^(RunTask|ThreadControllerImpl::RunTask|ThreadPool_|AsyncTask Run|TaskAnnotator|MessageLoop|SequenceManager|Scheduler)/;

/**
 * Which summary category a trace event's self time belongs to, from its name; null when the
 * name says nothing (the event then takes its parent's category, "other" at the top level).
 */
function traceCategory(name) {
  if (TASK_WRAPPER.test(name)) return 'other';
  if (/UpdateStyleAndLayout|performLayout|^Layout|LayoutShift|InlineNode|ShapeText|HitTest|IntersectionObserver|ComputeIntersections|LayoutBlock|LayoutNG|LayoutObject/.test(name)) {
    return 'layout';
  }
  if (/UpdateLayoutTree|RecalculateStyles|RecalcStyle|StyleRecalc|ParseAuthorStyleSheet|StyleInvalidat|UpdateStyle|StyleEngine/.test(name)) {
    return 'style recalc';
  }
  if (/Paint|Layerize|UpdateLayerTree|^UpdateLayer$|^Commit|Composit|Raster|^Draw|Decode|BeginMainThreadFrame|ScrollLayer/.test(name)) {
    return 'paint';
  }
  if (/^(EventDispatch|FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|RunMicrotasks|V8\.|v8\.|v8|MinorGC|MajorGC|GCEvent|BlinkGC|ThreadState|CppGC|HandlePostMessage|FireIdleCallback|XHR|ProfileCall|ScriptStreaming|WebAssembly|wasm)/.test(name)) {
    return 'script';
  }
  return null;
}

/** Self time per category on the page's main thread between the start and end marks. */
function summarizeTrace(text, mark, keystrokes) {
  const parsed = JSON.parse(text);
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const isMark = (e, which) => e.name === `${mark}:${which}` && (e.cat ?? '').includes('user_timing');
  const startEv = events.find((e) => isMark(e, 'start'));
  const endEv = events.find((e) => isMark(e, 'end'));
  if (!startEv || !endEv) return { error: 'the user-timing marks are missing from the trace' };
  const { pid, tid } = startEv;
  const lo = startEv.ts;
  const hi = endEv.ts;

  // Complete events of the main thread in the window (B/E pairs turned into X).
  const spans = [];
  const open = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && typeof e.dur === 'number') spans.push({ name: e.name, ts: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) spans.push({ name: b.name, ts: b.ts, end: e.ts });
    }
  }
  const inWindow = spans
    .filter((s) => s.end > lo && s.ts < hi)
    .map((s) => ({ ...s, ts: Math.max(s.ts, lo), end: Math.min(s.end, hi) }))
    .sort((a, b) => a.ts - b.ts || b.end - a.end);

  // Self time = duration minus the time of children (properly nested on one thread).
  const self = new Map();
  const byName = new Map();
  const stack = [];
  let topLevel = 0;
  const close = (s) => {
    const own = s.end - s.ts - s.children;
    self.set(s.cat, (self.get(s.cat) ?? 0) + own);
    const key = `${s.name}\u0000${s.cat}`;
    byName.set(key, (byName.get(key) ?? 0) + own);
  };
  for (const s of inWindow) {
    while (stack.length && stack[stack.length - 1].end <= s.ts) close(stack.pop());
    const parent = stack[stack.length - 1];
    const own = traceCategory(s.name);
    const inherited = parent && !TASK_WRAPPER.test(parent.name) ? parent.cat : 'other';
    const span = { ...s, children: 0, cat: own ?? inherited };
    if (parent) {
      span.end = Math.min(span.end, parent.end);
      parent.children += span.end - span.ts;
    } else {
      topLevel += span.end - span.ts;
    }
    stack.push(span);
  }
  while (stack.length) close(stack.pop());

  const ms = (us) => us / 1000;
  const categories = {};
  for (const cat of ['script', 'style recalc', 'layout', 'paint', 'other']) {
    const total = ms(self.get(cat) ?? 0);
    categories[cat] = { totalMs: total, perKeystrokeMs: total / keystrokes };
  }
  const topNames = [...byName.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([key, us]) => {
      const [name, category] = key.split('\u0000');
      return { name, category, totalMs: ms(us), perKeystrokeMs: ms(us) / keystrokes };
    });
  return {
    keystrokes,
    windowMs: ms(hi - lo),
    mainThreadBusyMs: ms(topLevel),
    busyPerKeystrokeMs: ms(topLevel) / keystrokes,
    categories,
    topNames,
  };
}

function printTraceSummary(s, file) {
  console.log(`\nTrace (${file}): ${s.keystrokes} keystrokes, window ${f2(s.windowMs)} ms, main thread busy ${f2(s.mainThreadBusyMs)} ms (${f2(s.busyPerKeystrokeMs)} ms per keystroke)`);
  console.log('self time per keystroke, by category:');
  for (const [cat, v] of Object.entries(s.categories)) {
    console.log(`  ${cat.padEnd(13)} ${f2(v.perKeystrokeMs).padStart(8)} ms   (total ${f2(v.totalMs)} ms)`);
  }
  console.log('top trace events by self time (per keystroke):');
  for (const t of s.topNames) console.log(`  ${f2(t.perKeystrokeMs).padStart(8)} ms  ${t.name} [${t.category}]`);
}

/** Records a CPU profile around the in-page part of `run(around)` (see recordTrace). */
async function recordProfile(context, page, run) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); // µs
  let profile;
  const around = async (inPage) => {
    await cdp.send('Profiler.start');
    try {
      return await inPage();
    } finally {
      ({ profile } = await cdp.send('Profiler.stop'));
    }
  };
  const result = await run(around);
  await cdp.send('Profiler.disable');
  await cdp.detach();
  return { profile, result };
}

/** The top functions of a CPU profile by self time. */
function summarizeProfile(profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  const { samples = [], timeDeltas = [] } = profile;
  // Sample i lasts until sample i+1 (the way DevTools attributes time).
  for (let i = 0; i < samples.length; i++) {
    const dt = i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + Math.max(0, dt));
  }
  const agg = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    const cf = byId.get(id)?.callFrame ?? {};
    const fn = cf.functionName || '(anonymous)';
    const where = cf.url ? `${cf.url.replace(/^.*\//, '')}:${(cf.lineNumber ?? -1) + 1}:${(cf.columnNumber ?? -1) + 1}` : '';
    const key = `${fn}\u0000${where}`;
    agg.set(key, (agg.get(key) ?? 0) + us);
    if (fn !== '(idle)') total += us;
  }
  const list = [...agg.entries()]
    .map(([k, us]) => {
      const [fn, where] = k.split('\u0000');
      return { function: fn, where, selfMs: us / 1000 };
    })
    .filter((x) => x.function !== '(idle)' && x.function !== '(root)')
    .sort((a, b) => b.selfMs - a.selfMs);
  const wasm = list.filter((x) => /\.wasm\b|^wasm:/.test(x.where));
  const named = wasm.filter((x) => !/^wasm-function\[\d+\]$|^\$?func\d+$|^js-to-wasm|^wasm-to-js/.test(x.function));
  return { totalNonIdleMs: total / 1000, top: list.slice(0, top), wasmFunctions: wasm.length, namedWasmFunctions: named.length };
}

function printProfileSummary(s, file, keystrokes) {
  console.log(`\nCPU profile (${file}): ${keystrokes} keystrokes, ${f2(s.totalNonIdleMs)} ms sampled outside (idle); top ${s.top.length} functions by self time:`);
  console.log(`  ${'self ms'.padStart(9)}  ${'/key'.padStart(7)}  ${'%'.padStart(5)}  function  (where)`);
  for (const t of s.top) {
    const pct = s.totalNonIdleMs ? (100 * t.selfMs) / s.totalNonIdleMs : 0;
    console.log(`  ${f2(t.selfMs).padStart(9)}  ${(t.selfMs / keystrokes).toFixed(3).padStart(7)}  ${pct.toFixed(1).padStart(5)}  ${t.function}${t.where ? `  (${t.where})` : ''}`);
  }
}

// ---------------------------------------------------------------------------------------

async function main() {
  let opts;
  try {
    opts = options();
  } catch (e) {
    console.error(`${e.message}\n(node bench/keystroke/run.mjs --help lists the options)`);
    return 2;
  }
  const index = path.join(opts.dist, 'index.html');
  if (!fs.existsSync(index)) {
    console.error(`The release build is missing: ${index} does not exist (build it with scripts/build.sh, or set VSG_DIST_DIR / --dist).`);
    return 1;
  }
  const loadBefore = machineLoad();
  watcher.start();
  console.log(`Keystroke benchmark · build ${opts.dist}`);
  console.log(`machine: ${loadBefore.cpus} CPUs, loadavg ${loadBefore.loadavg.join(' ')}, ${loadBefore.rustc} rustc running${loadBefore.busy.length ? ` (build processes: ${loadBefore.busy.join(' ')})` : ''}`);
  if (loadBefore.loadavg[0] > loadBefore.cpus / 2 || loadBefore.busy.length) console.log('warning: the machine is not quiet; figures may be inflated');

  // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs; the page
  // loads only its own files, so require-corp changes nothing else.
  const server = await serve(opts.dist, {
    headers: opts.isolate
      ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }
      : {},
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: !opts.headed,
    timeout: 60_000,
  });
  console.log(`Chromium ${browser.version()} · gap ${opts.gap} · ${opts.rows} full rows set up ${opts.preset ? `from preset${opts.preset === 'auto' ? ' (auto)' : ''}` : 'through the UI'}`);
  if (opts.throttle) console.log(`slow-machine mode: CPU throttled ${opts.throttle}× (Emulation.setCPUThrottlingRate), real key presses, Event Timing input to next paint`);
  console.log('');

  const cases = [];
  const report = {
    date: new Date().toISOString(),
    dist: opts.dist,
    chromium: browser.version(),
    node: process.version,
    options: { ...opts },
    goals: GOALS,
    machine: { before: loadBefore },
    cases,
  };
  let broke = null;
  try {
    const typing = opts.cases.filter((c) => c in TYPING_CASES);
    const wantTrace = opts.trace || opts.profile;
    if (typing.length || wantTrace) {
      const health = { errors: [] };
      const { context, page } = await openPage(browser, server, opts, health);
      const cdp = opts.throttle ? await context.newCDPSession(page) : null;
      for (const name of typing) {
        const fieldId = TYPING_CASES[name];
        if (opts.throttle) {
          cases.push(await paintCase(page, cdp, name, opts, health));
          continue;
        }
        const cfg = { gap: opts.gap, timeout: opts.timeout, mode: 'type' };
        const gate = await quietGate(opts);
        if (opts.warmup) await batch(page, fieldId, { ...cfg, n: opts.warmup }, health);
        const raw = await batch(page, fieldId, { ...cfg, n: opts.keys }, health);
        const c = attachLoad(makeCase('typing', name, fieldId, raw), gate);
        cases.push(c);
        console.log(`${name}: ${c.stats.layout.n} keystrokes in ${fieldId}, layout median ${f2(c.stats.layout.median)} ms, p99 ${f2(c.stats.layout.p99)} ms`);
      }
      if (wantTrace) {
        const fieldId = TYPING_CASES[opts.traceCase];
        const cfg = { gap: opts.gap, timeout: opts.timeout, mode: 'type', n: opts.traceKeys };
        await quietGate(opts);
        await batch(page, fieldId, { ...cfg, n: Math.max(opts.warmup, 1) }, health);
        if (opts.trace) {
          const mark = 'kbench-trace';
          const { text, result } = await recordTrace(context, page, (around) =>
            batch(page, fieldId, { ...cfg, mark }, health, around),
          );
          fs.writeFileSync(opts.trace, text);
          const summary = summarizeTrace(text, mark, result.dom.length);
          report.trace = { file: opts.trace, case: opts.traceCase, field: fieldId, summary, layout: stats(result.layout), background: watcher.take() };
          if (summary.error) console.log(`\nTrace: ${summary.error}`);
          else printTraceSummary(summary, opts.trace);
          console.log(`  (while tracing: layout median ${f2(report.trace.layout.median)} ms, p99 ${f2(report.trace.layout.p99)} ms)`);
          warnBackground('tracing', report.trace.background);
        }
        if (opts.profile) {
          if (opts.trace) await quietGate(opts);
          const { profile, result } = await recordProfile(context, page, (around) =>
            batch(page, fieldId, cfg, health, around),
          );
          fs.writeFileSync(opts.profile, JSON.stringify(profile));
          const summary = summarizeProfile(profile);
          report.profile = { file: opts.profile, case: opts.traceCase, field: fieldId, summary, layout: stats(result.layout), background: watcher.take() };
          printProfileSummary(summary, opts.profile, result.dom.length);
          warnBackground('profiling', report.profile.background);
          if (summary.wasmFunctions > 0 && summary.namedWasmFunctions === 0) {
            console.log('  (wasm functions show as wasm-function[index]: this build has no wasm name section)');
          }
          console.log('  (inPageBatch = the benchmark loop: its self time includes the style and layout forced by');
          console.log('   document.body.offsetHeight; (program) = native work outside JS, e.g. paint and compositing)');
        }
      }
      await context.close();
    }

    if (opts.cases.includes('huge')) {
      console.log('');
      for (const target of opts.hugeTargets) {
        for (const textName of opts.hugeTexts) {
          const text = HUGE_TEXTS[textName];
          const typeIn = opts.hugeTypeIn === target ? (target === 'Port.2' ? 'LoadBalancerId' : 'Port.2') : opts.hugeTypeIn;
          const name = `huge ${textName} in ${target}`;
          const health = { errors: [] };
          const { context, page } = await openPage(browser, server, opts, health);
          try {
            if (!(await dom.ensureField(page, target))) {
              console.log(`${name}: skipped (the page has no field ${target})`);
              cases.push({ kind: 'huge', name, field: typeIn, skipped: `no field ${target}` });
              continue;
            }
            const gate = await quietGate(opts);
            const paste = await batch(
              page,
              target,
              { n: 1, gap: opts.gap, timeout: 60_000, mode: 'paste', char: text.char, count: opts.hugeChars },
              health,
            );
            await page.evaluate(inPageSettle, 200);
            const pasted = paste.finalLength;
            const cfg = { gap: opts.gap, timeout: opts.timeout, mode: 'type' };
            // Keystrokes stop early after 3 consecutive timeouts (reported as failures).
            const raw = { dom: [], layout: [], status: [] };
            const chunk = 10;
            let consecutive = 0;
            for (let done = 0; done < opts.hugeKeys && consecutive < 3; ) {
              const n = Math.min(chunk, opts.hugeKeys - done);
              const r = await batch(page, typeIn, { ...cfg, n }, health);
              raw.dom.push(...r.dom);
              raw.layout.push(...r.layout);
              raw.status.push(...r.status);
              for (const s of r.status) consecutive = s === 'ok' ? 0 : consecutive + 1;
              done += r.status.length;
              if (r.status.includes('detached')) break;
            }
            const c = makeCase('huge', name, typeIn, raw, {
              target,
              text: text.label,
              chars: opts.hugeChars,
              pastedLength: pasted,
              timeout: opts.timeout,
              paste: { dom: paste.dom[0], layout: paste.layout[0], status: paste.status[0] },
            });
            attachLoad(c, gate);
            if (pasted !== opts.hugeChars) c.note = `the field holds ${pasted} UTF-16 units after the paste (maxlength?)`;
            if (paste.status[0] !== 'ok') {
              c.error = `the paste itself did not change request-url within 60 s`;
              c.verdict = verdict(c);
            }
            cases.push(c);
            console.log(`${name}: paste ${f2(paste.layout[0])} ms; ${c.stats.layout.n} keystrokes in ${typeIn}, layout median ${f2(c.stats.layout.median)} ms, max ${f2(c.stats.layout.max)} ms`);
          } finally {
            await context.close();
          }
        }
      }
    }
  } catch (e) {
    broke = e;
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  watcher.stop();
  report.machine.after = machineLoad();
  const measured = cases.filter((c) => !c.skipped && c.kind !== 'paint');
  if (measured.length) {
    console.log(`\nResults (ms; DOM = input event → request-url changed, layout = … → body.offsetHeight returned; gap ${opts.gap})`);
    console.log(`goals: typing median ≤ ${GOALS.typingMedian} and p99 ≤ ${GOALS.typingP99} (layout figure); huge: every keystroke ≤ ${GOALS.hugeEach} (p99 and max)\n`);
    printTable(measured);
    for (const c of measured) if (c.paste) console.log(`  ${c.name}: the paste itself took DOM ${f2(c.paste.dom)} / layout ${f2(c.paste.layout)} ms${c.note ? `; ${c.note}` : ''}`);
  }
  const painted = cases.filter((c) => c.kind === 'paint');
  if (painted.length) {
    console.log(`\nInput to next paint at ${opts.throttle}× CPU slowdown (ms; Event Timing: per keystroke the longest of its keydown /`);
    console.log(`keypress / keyup entries, from the key event's timestamp to the next paint, rounded to 8 ms by the API;`);
    console.log(`nearest-rank median and p98; real key presses, gap ${opts.gap}; no goal — the issue reports 32–48 ms p98 at 4×)\n`);
    printPaintTable(painted);
  }
  for (const c of cases.filter((c) => c.skipped)) console.log(`  ${c.name}: skipped (${c.skipped})`);
  console.log(`\nmachine after: loadavg ${report.machine.after.loadavg.join(' ')}, ${report.machine.after.rustc} rustc running`);

  if (opts.json) {
    const out = {
      ...report,
      timer: opts.timer ?? null,
      cases: cases.map(({ raw, ...c }) =>
        c.kind === 'paint'
          ? { ...c, keystrokes: raw.keys, entries: raw.entries }
          : { ...c, dom: raw?.dom, layout: raw?.layout, status: raw?.status },
      ),
      error: broke ? String(broke.message ?? broke) : null,
    };
    fs.writeFileSync(opts.json, JSON.stringify(out, null, 1));
    console.log(`raw figures written to ${opts.json}`);
  }
  if (broke) {
    console.error(`\nERROR: ${broke instanceof PageBroke ? broke.message : `the run failed: ${broke.stack ?? broke}`}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e?.stack ?? e);
    process.exit(1);
  },
);
