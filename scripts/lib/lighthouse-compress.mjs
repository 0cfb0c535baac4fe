/**
 * A gzip-compressing proxy in front of tests/serve-dist.mjs, for bench-lighthouse.
 *
 * serve-dist sends every file as it is on disk, which is right for the browser tests but
 * not what a reader gets: any static host compresses HTML, CSS, JS and JSON. Lighthouse
 * simulates a slow 4G link from the bytes it saw, so uncompressed pages cost it whole
 * tenths of a second of FCP/LCP and fail "Enable text compression", a fault of the test
 * server rather than of the site. This proxy keeps serve-dist's routing and status codes
 * and only gzips text responses when the browser asks for it.
 */
import { request, createServer } from 'node:http';
import { createGzip } from 'node:zlib';

const compressible = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

/** Listens on 127.0.0.1:`port`, forwarding to 127.0.0.1:`upstream`. Resolves to { close }. */
export function startCompressingProxy(port, upstream) {
  const server = createServer((req, res) => {
    const headers = { ...req.headers };
    delete headers['accept-encoding'];
    const up = request({ host: '127.0.0.1', port: upstream, path: req.url, method: req.method, headers }, (upRes) => {
      const type = String(upRes.headers['content-type'] ?? '');
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && compressible.test(type) && req.method === 'GET';
      if (!gzip) {
        res.writeHead(upRes.statusCode, upRes.headers);
        upRes.pipe(res);
        return;
      }
      const out = { ...upRes.headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' };
      delete out['content-length'];
      res.writeHead(upRes.statusCode, out);
      upRes.pipe(createGzip({ level: 6 })).pipe(res);
    });
    up.on('error', () => { if (!res.headersSent) res.writeHead(502); res.end(); });
    req.pipe(up);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({
      close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
    }));
  });
}
