#!/usr/bin/env node
// What each page of the release build loads, gzip -9 and brotli (quality 11), against the
// budget: node scripts/size-report.mjs [DIST]
//
// An entry is a page (index.html, embed.html, demo.html, tutorial.html) or the element's
// script (vsg-playground.js, what a host page adds); what it loads is every file of DIST it
// names (the src/href of its scripts, stylesheets, preloads, images and frames; "./file"
// strings of its scripts but pages; the element's stylesheet with its script), followed through the files
// they name. The budget of every entry is SIZE_BUDGET bytes gzip (default 215,000); the
// pre-rendered pages' own HTML must stay within MARKUP_BUDGET (default 25,000).
//
// The budget is not met today (README, Measured: 244–253 KB at 950f9ca). Each entry over it is
// printed as OVER BUDGET, and the report fails above SIZE_CEILING (default 256,000: the largest
// entry then, plus ~1%), so that any growth is caught; lower the ceiling as bytes are earned.
// Exits 1 above the ceiling or the markup budget.

import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budget = Number(process.env.SIZE_BUDGET ?? 215000);
const markupBudget = Number(process.env.MARKUP_BUDGET ?? 25000);
const ceiling = Number(process.env.SIZE_CEILING ?? 256000);

const sizes = new Map();
function size(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(join(dist, file));
    sizes.set(file, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    });
  }
  return sizes.get(file);
}

/** The files of DIST that `file` names. */
function references(file) {
  const text = readFileSync(join(dist, file), 'utf8');
  const names = new Set();
  const add = (ref) => {
    const name = ref.replace(/^\.?\//, '').split(/[?#]/)[0];
    if (name && name !== file && existsSync(join(dist, name))) names.add(name);
  };
  if (extname(file) === '.html') {
    // What a page loads: scripts, stylesheets and preloads, images, frames (not links).
    for (const tag of text.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*>/g)) {
      for (const m of tag[0].matchAll(/\s(?:src|href)=("([^"]*)"|'([^']*)'|([^\s>]+))/g)) add(m[2] ?? m[3] ?? m[4]);
    }
  } else {
    // A script's "./file" strings, but pages: a script names a page to link to it (the
    // element's "open in the full playground"), never to load it.
    for (const m of text.matchAll(/["'`](\.\/[^"'`]+)["'`]/g)) if (extname(m[1]) !== '.html') add(m[1]);
  }
  // The element's script comes with its stylesheet, which the host page links beside it.
  if (file === 'vsg-playground.js' && existsSync(join(dist, 'vsg-playground.css'))) names.add('vsg-playground.css');
  return [...names];
}

/** Every file `entry` loads, itself first. */
function loads(entry) {
  const seen = [entry];
  for (let i = 0; i < seen.length; i++) {
    for (const next of references(seen[i])) if (!seen.includes(next)) seen.push(next);
  }
  return seen;
}

const entries = ['index.html', 'embed.html', 'vsg-playground.js', 'demo.html', 'tutorial.html']
  .filter((f) => existsSync(join(dist, f)));
let failed = false;
const row = (name, s) => console.log(`  ${name.padEnd(46)} ${String(s.raw).padStart(9)} ${String(s.gzip).padStart(9)} ${String(s.brotli).padStart(9)}`);
console.log(`  ${'file'.padEnd(46)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
for (const entry of entries) {
  const files = loads(entry);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  console.log(`${entry} loads:`);
  for (const f of files) {
    const s = size(f);
    row(f, s);
    for (const k of Object.keys(total)) total[k] += s[k];
  }
  row('TOTAL', total);
  const over = total.gzip > budget;
  const overCeiling = total.gzip > ceiling;
  failed ||= overCeiling;
  console.log(`size: ${entry}: ${total.gzip} bytes gzip, ${total.brotli} brotli (budget ${budget} gzip)${over ? ` — OVER BUDGET by ${total.gzip - budget}` : ''}${overCeiling ? ` — and over the ceiling ${ceiling}: FAIL` : ''}`);
  if (/^(index|embed)\.html$/.test(entry)) {
    const markup = size(entry).gzip;
    const overMarkup = markup > markupBudget;
    failed ||= overMarkup;
    console.log(`size: ${entry}: pre-rendered HTML ${markup} bytes gzip (budget ${markupBudget})${overMarkup ? ' — OVER' : ''}`);
  }
}
process.exit(failed ? 1 : 0);
