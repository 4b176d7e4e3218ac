// Trunk post_build hook (see Trunk.toml) for release builds. Size steps that
// Trunk cannot do itself, then fresh integrity hashes in index.html:
//   1. minify the wasm-bindgen JS glue with esbuild (Trunk's minifier cannot parse it);
//   2. rename the wasm's imports (`__wbg_focus_9c1b0a2e…`, each with a random hash that
//      gzip cannot compress, and spelled out twice: in the wasm and in the JS) and their
//      module (`./vsg-playground_bg.js`, repeated for every import) to short names, in
//      both files, then prove the pair still works (the module compiles, every import
//      resolves in the glue's import object), and print what it saves: the gzip size
//      (zlib level 9) of the wasm and the glue before and after;
//   3. write the custom element's script (static/element.js → vsg-playground.js) and its
//      stylesheet for the host page (static/element.css → vsg-playground.css);
//   4. move Trunk's inline boot script into a file of its own, so the page runs under a
//      strict Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`);
//   5. recompute the `integrity` attribute of every file index.html links.
// Works on $TRUNK_STAGING_DIR, or on the folder given as argument.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: no folder (set TRUNK_STAGING_DIR or pass one)');
  process.exit(2);
}
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') {
  process.exit(0);
}

const files = readdirSync(dir);
const jsName = files.find((f) => /^vsg-playground-[0-9a-f]+\.js$/.test(f));
const wasmName = files.find((f) => f.endsWith('_bg.wasm'));
const cssName = files.find((f) => /^style-[0-9a-f]+\.css$/.test(f));
if (!jsName || !wasmName || !cssName) {
  console.error(`postbuild: no JS glue, wasm or stylesheet in ${dir}`);
  process.exit(1);
}

// ---- 1. minify ----
let js = transformSync(readFileSync(join(dir, jsName), 'utf8'), {
  minify: true,
  format: 'esm',
  target: 'es2020',
  legalComments: 'none',
}).code;

// ---- 2. rename imports ----
const minifiedJs = js;
function readLeb(buf, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [result, pos];
  }
}
function leb(n) {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return Buffer.from(out);
}
const encodeName = (s) => {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
};
function readName(buf, pos) {
  const [len, start] = readLeb(buf, pos);
  return [buf.toString('utf8', start, start + len), start + len];
}
// Skips one import description (func, table, memory or global) and returns its end.
function skipDesc(buf, pos) {
  const kind = buf[pos++];
  const limits = (p) => {
    const flags = buf[p++];
    [, p] = readLeb(buf, p);
    if (flags & 1) [, p] = readLeb(buf, p);
    return p;
  };
  switch (kind) {
    case 0: return readLeb(buf, pos)[1];
    case 1: return limits(pos + 1);
    case 2: return limits(pos);
    case 3: return pos + 2;
    default: throw new Error(`postbuild: unknown import kind ${kind}`);
  }
}
// Short names: a, b, …, z, A, …, Z, aa, ab, …
const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (i) => (i < ALPHA.length ? ALPHA[i] : shortName(Math.floor(i / ALPHA.length) - 1) + ALPHA[i % ALPHA.length]);

const wasm = readFileSync(join(dir, wasmName));
const parts = [wasm.subarray(0, 8)];
let pos = 8;
const renames = new Map();
let glueModule = null;
while (pos < wasm.length) {
  const id = wasm[pos];
  const [size, bodyStart] = readLeb(wasm, pos + 1);
  const end = bodyStart + size;
  if (id !== 2) {
    parts.push(wasm.subarray(pos, end));
    pos = end;
    continue;
  }
  let [count, p] = readLeb(wasm, bodyStart);
  const entries = [leb(count)];
  for (let i = 0; i < count; i++) {
    let module;
    let field;
    [module, p] = readName(wasm, p);
    [field, p] = readName(wasm, p);
    const descEnd = skipDesc(wasm, p);
    if (js.includes(JSON.stringify(module))) {
      if (/^__wbg_/.test(field) && js.includes(field)) {
        if (!renames.has(field)) renames.set(field, shortName(renames.size));
        field = renames.get(field);
      }
      glueModule = module;
      module = 'g';
    }
    entries.push(encodeName(module), encodeName(field), wasm.subarray(p, descEnd));
    p = descEnd;
  }
  const body = Buffer.concat(entries);
  parts.push(Buffer.from([2]), leb(body.length), body);
  pos = end;
}
if (glueModule) js = js.replaceAll(JSON.stringify(glueModule), '"g"');
for (const [from, to] of renames) {
  // Each long name is unique (it ends in a hash), so a plain replacement is exact.
  js = js.replaceAll(from, to);
}
const newWasm = Buffer.concat(parts);
writeFileSync(join(dir, wasmName), newWasm);
writeFileSync(join(dir, jsName), js);
await proveRenaming(newWasm, join(dir, jsName));
console.log(`postbuild: JS glue minified to ${js.length} bytes; ${renames.size} wasm imports renamed and checked`);
reportRenamingSaving([wasm, minifiedJs], [newWasm, js]);

// Prints the gzip bytes the renaming saves (each file compressed on its own, as served),
// and fails if it saves nothing: ARCHITECTURE.md keeps the renaming because it pays.
function reportRenamingSaving(before, after) {
  const gzip = (files) => files.reduce((sum, f) => sum + gzipSync(f, { level: 9 }).length, 0);
  const [was, is] = [gzip(before), gzip(after)];
  console.log(`postbuild: import renaming saved ${was - is} bytes gzip (wasm + JS glue, zlib level 9: ${was} → ${is})`);
  if (is >= was) {
    console.error('postbuild: the import renaming no longer makes the page smaller; drop it (ARCHITECTURE.md, Size)');
    process.exit(1);
  }
}

// The rewritten pair works: the module compiles, and the import object the rewritten
// glue builds has every import the module asks for, of the right kind. (The glue's
// initSync is run up to `new WebAssembly.Instance`, which is stopped before the app
// starts: there is no DOM here.)
async function proveRenaming(wasmBytes, gluePath) {
  const mod = new WebAssembly.Module(wasmBytes);
  // As .mjs: Node reads a .js file outside a "type": "module" package as CommonJS.
  const copy = join(mkdtempSync(join(tmpdir(), 'vsg-postbuild-')), 'glue.mjs');
  copyFileSync(gluePath, copy);
  const glue = await import(pathToFileURL(copy).href);
  rmSync(dirname(copy), { recursive: true });
  const Instance = WebAssembly.Instance;
  let imports;
  const stop = new Error('postbuild: imports captured');
  WebAssembly.Instance = function (_module, given) {
    imports = given;
    throw stop;
  };
  try {
    glue.initSync({ module: mod });
  } catch (e) {
    if (e !== stop) throw e;
  } finally {
    WebAssembly.Instance = Instance;
  }
  const missing = WebAssembly.Module.imports(mod).filter(({ module, name, kind }) => {
    const value = imports?.[module]?.[name];
    return kind === 'function' ? typeof value !== 'function' : value === undefined;
  });
  if (!imports || missing.length > 0) {
    const list = missing.map((m) => `${m.module}.${m.name} (${m.kind})`).join(', ');
    console.error(`postbuild: the renamed module's imports do not resolve in the glue: ${list || 'no import object'}`);
    process.exit(1);
  }
}

// ---- 3. the custom element's script ----
// static/element.js with the hashed file names filled in, as dist/vsg-playground.js
// (a stable name for embedders).
const element = readFileSync(join(dir, 'element.js'), 'utf8')
  .replaceAll('__GLUE__', jsName)
  .replaceAll('__WASM__', wasmName)
  .replaceAll('__CSS__', cssName);
const elementJs = transformSync(element, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' }).code;
writeFileSync(join(dir, 'vsg-playground.js'), elementJs);
rmSync(join(dir, 'element.js'));
// Its stylesheet for the host page's <head> (the place an element not yet defined keeps).
const elementCss = transformSync(readFileSync(join(dir, 'element.css'), 'utf8'), { loader: 'css', minify: true }).code;
writeFileSync(join(dir, 'vsg-playground.css'), elementCss);
rmSync(join(dir, 'element.css'));
console.log(`postbuild: vsg-playground.js (${elementJs.length} bytes) loads ${jsName}`);

// ---- 4. boot script ----
const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
html = html.replace(/<script type=["']?module["']?>([\s\S]*?)<\/script>/, (_, code) => {
  const boot = transformSync(code, { minify: true, format: 'esm', target: 'es2022' }).code;
  const name = `boot-${createHash('sha256').update(boot).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), boot);
  files.push(name);
  return `<script type=module src="./${name}" integrity="${sri(Buffer.from(boot))}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('postbuild: an inline script is left in index.html');
  process.exit(1);
}

// ---- 5. integrity ----
html = html.replace(/<link\b[^>]*>/g, (tag) => {
  const href = /href=["']?\/?(?:\.\/)?([^"' >]+)/.exec(tag)?.[1];
  if (!href || !/integrity=/.test(tag) || !files.includes(href)) return tag;
  const hash = sri(readFileSync(join(dir, href)));
  return tag.replace(/integrity=("[^"]*"|'[^']*'|[^ >]+)/, `integrity="${hash}"`);
});
writeFileSync(htmlPath, html);

// ---- 6. pre-rendering ----
// The page and its iframe page (embed.html), rendered by Yew's server renderer into the
// finished index.html (crates/vsg-prerender, a native program built from the same
// sources, so that its markup carries this build's fingerprint). Trunk starts every hook
// of a stage at once, so this stays in the one post-build step.
// The demo and tutorial pages' elements are pre-rendered too (a docs page as the command
// for docs authors makes it).
const prerender = (...args) => spawnSync(
  'cargo',
  ['run', '--quiet', '--locked', '-p', 'vsg-prerender', '--', ...args],
  { stdio: 'inherit', cwd: join(dirname(fileURLToPath(import.meta.url)), '..') },
);
const pages = ['demo.html', 'tutorial.html'].filter((f) => readdirSync(dir).includes(f));
for (const run of [prerender('page', dir), ...(pages.length ? [prerender('fill', dir, ...pages)] : [])]) {
  if (run.status !== 0) {
    console.error('postbuild: pre-rendering failed');
    process.exit(1);
  }
}
