// The benchmarks' web server (npm run bench:render, bench:lighthouse): files of the repository's `folders` and pages
// the benchmark makes, compressed as a web server would (brotli when the browser asks for it, else gzip), so that a
// throttled network carries the bytes a real portal sends. The page's own favicon is no part of the widgets: an empty
// 204, not a 404 that Lighthouse would count as an error against them.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  mjs: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
};

/**
 * Starts the server on a free port. `pages` maps a path to [content type, body]. Returns its origin and a close().
 */
export async function startServer({ folders, pages = new Map() }) {
  const allowed = new RegExp(`^/(${folders.join('|')})/[\\w.-]+$`);
  const compressed = new Map();
  // Each body compressed once; brotli's best quality only for what a page loads, not a 15 MB charter.
  const encode = (path, body, encoding) => {
    const key = `${encoding} ${path}`;
    if (!compressed.has(key))
      compressed.set(
        key,
        encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: body.length < 300_000 ? 11 : 5 } })
          : gzipSync(body, { level: 6 }),
      );
    return compressed.get(key);
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path === '/favicon.ico') return response.writeHead(204).end();
    let type;
    let body;
    if (pages.has(path)) [type, body] = pages.get(path);
    else if (allowed.test(path) && existsSync(root + path.slice(1))) {
      type = TYPES[path.split('.').pop()] ?? 'application/octet-stream';
      body = readFileSync(root + path.slice(1));
    } else return response.writeHead(404).end();
    const accepts = request.headers['accept-encoding'] ?? '';
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
    const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
    if (!encoding) return response.writeHead(200, headers).end(body);
    // With its length, as a server sends a file it has compressed ahead (nginx's gzip_static, brotli_static).
    const encoded = encode(path, Buffer.from(body), encoding);
    response
      .writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': encoded.length })
      .end(encoded);
  });
  await new Promise((resolve) => server.listen(0, resolve));
  return { origin: `http://localhost:${server.address().port}`, close: () => server.close() };
}
