// A tiny static file server for the end-to-end tests: serves a directory (by default the
// release build in ../dist) on 127.0.0.1 with a random port, records every requested path,
// answers 404 for anything missing and never leaves the served directory.

import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The release build served by default: /work/main/dist (the e2e folder's ../dist). */
export const DEFAULT_DIST = path.resolve(here, '..', 'dist');

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves `dir` (default ../dist relative to this file), adding `headers` to every answer;
 * `routes` maps a path to a handler `(req, res)` that answers it instead of a file (not logged).
 * @returns {Promise<{url: string, requests: string[], log: {path: string, status: number}[], close: () => Promise<void>}>}
 *   `url` is the origin with a trailing slash, e.g. http://127.0.0.1:41234/; `requests` holds
 *   every requested path (without the query), `log` every answer's raw path and status.
 */
export async function serve(dir = DEFAULT_DIST, { headers = {}, routes = {} } = {}) {
  const root = path.resolve(dir);
  const requests = [];
  /** Every answered request: { path, status }. */
  const log = [];

  const server = http.createServer(async (req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      log.push({ path: req.url, status });
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    let pathname;
    try {
      pathname = new URL(req.url, 'http://localhost').pathname;
      requests.push(pathname);
      pathname = decodeURIComponent(pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'method not allowed\n');
    }
    if (pathname.includes('\0')) return send(400, 'bad request\n');
    if (Object.hasOwn(routes, pathname)) return routes[pathname](req, res);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(root, '.' + path.posix.normalize('/' + pathname));
    // Path traversal guard: the resolved file must stay inside root.
    if (file !== root && !file.startsWith(root + path.sep)) {
      return send(404, 'not found\n');
    }
    try {
      const real = await fs.realpath(file);
      if (real !== root && !real.startsWith((await fs.realpath(root)) + path.sep)) {
        return send(404, 'not found\n');
      }
      const stat = await fs.stat(real);
      if (!stat.isFile()) return send(404, 'not found\n');
      const body = await fs.readFile(real);
      const type = MIME[path.extname(real).toLowerCase()] ?? 'application/octet-stream';
      send(200, body, type);
    } catch {
      send(404, 'not found\n');
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
