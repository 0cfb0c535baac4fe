#!/usr/bin/env node
/**
 * A small static server for the built site in dist/, used by the Playwright suite
 * instead of `astro preview`, which allows one preview per project (a lock file,
 * .astro/preview.json), so a running `npm start` would stop `npm test`; and which
 * moves to another port without a word when its own is taken.
 *
 * It serves what `astro preview` serves for this site (trailingSlash: 'always'):
 *   /a/b/  → dist/a/b/index.html (or dist/a/b.html)
 *   /a/b   → 404 unless it names a file (a page address without its slash is an error)
 *   missing → dist/404.html with status 404
 * with the content types the pages, Pagefind and the calculator need.
 *
 *   node tests/serve-dist.mjs [--port 4329] [--host 127.0.0.1] [--dir dist]
 *
 * Binds exactly that port or exits with status 1; tests/run-e2e.mjs picks a free one.
 */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.E2E_PORT ?? '4329' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
  },
});
const root = resolve(values.dir);
const port = Number(values.port);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  // Pagefind's index, fragments, filters, metadata and compressed wasm (wasm.<lang>.pagefind).
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const typeOf = (file) => types[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** The regular file at `path` inside dist/, or undefined. */
function fileAt(path) {
  const full = resolve(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  try {
    return statSync(full).isFile() ? full : undefined;
  } catch {
    return undefined;
  }
}

/** The file a URL path is served from, as `astro preview` does with trailingSlash: 'always'. */
function resolvePath(pathname) {
  if (pathname.endsWith('/')) return fileAt(`${pathname}index.html`) ?? (pathname === '/' ? undefined : fileAt(`${pathname.slice(0, -1)}.html`));
  return fileAt(pathname);
}

function send(req, res, status, file) {
  const size = statSync(file).size;
  res.writeHead(status, { 'Content-Type': typeOf(file), 'Content-Length': size, 'Cache-Control': 'no-cache' });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const file = pathname.includes('\0') ? undefined : resolvePath(pathname);
  if (file) return send(req, res, 200, file);
  const notFound = fileAt('/404.html');
  if (notFound) return send(req, res, 404, notFound);
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
});

server.on('error', (err) => {
  console.error(`serve-dist: cannot listen on ${values.host}:${port}: ${err.message}`);
  process.exit(1);
});
server.listen(port, values.host, () => {
  console.log(`serve-dist: ${root} at http://${values.host}:${port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
