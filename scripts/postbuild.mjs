// Trunk post_build hook (see Trunk.toml): minifies the wasm-bindgen JS glue with
// esbuild (Trunk's own minifier cannot parse it) and refreshes its integrity hash in
// index.html. Works on $TRUNK_STAGING_DIR, or on the folder given as argument.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: no folder (set TRUNK_STAGING_DIR or pass one)');
  process.exit(2);
}
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') {
  process.exit(0);
}

const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const path = join(dir, name);
  const before = readFileSync(path);
  const { code } = transformSync(before.toString('utf8'), {
    minify: true,
    format: 'esm',
    target: 'es2020',
    legalComments: 'none',
  });
  writeFileSync(path, code);
  const oldHash = sri(before);
  if (html.includes(oldHash)) {
    html = html.replaceAll(oldHash, sri(Buffer.from(code)));
  }
  console.log(`postbuild: ${name} ${before.length} -> ${code.length} bytes`);
}
writeFileSync(htmlPath, html);
