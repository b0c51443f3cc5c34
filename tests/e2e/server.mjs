// A static server that behaves like GitHub Pages or Netlify: files from a folder, unknown
// paths answered with 404.html (status 404), served under an optional sub-path.
// With --headers, every response also carries the headers in the folder's _headers file
// (as Netlify and Cloudflare Pages do), the Content-Security-Policy among them.
// The checkers the journeys load into pages (axe, IBM Equal Access) are served at
// /__test__/<file>, so that they load as same-origin scripts under the strict policy.
// Usage: node tests/e2e/server.mjs --dir dist --port 4173 [--base /some/path/] [--headers yes]
import { createRequire } from "node:module";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const root = resolve(args.dir ?? "dist");
const port = Number(args.port ?? 4173);
const base = (args.base ?? "/").replace(/\/?$/, "/");
const extraHeaders = {};
if (args.headers) {
  const text = await readFile(join(root, "_headers"), "utf8");
  for (const line of text.split("\n")) {
    const m = line.match(/^\s+([A-Za-z-]+):\s*(.+)$/);
    if (m) extraHeaders[m[1].toLowerCase()] = m[2].trim();
  }
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

async function file(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? path : s.isDirectory() ? file(join(path, "index.html")) : null;
  } catch {
    return null;
  }
}

const require = createRequire(import.meta.url);
const CHECKERS = {
  "/__test__/axe.min.js": require.resolve("axe-core/axe.min.js"),
  "/__test__/ace.js": require.resolve("accessibility-checker-engine/ace.js"),
};

const cache = new Map();
function compressed(path, body) {
  const key = `${path}:${body.length}`;
  if (!cache.has(key)) cache.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }));
  return cache.get(key);
}

// The file a request's path names, or null. An address that cannot be read (`//`, a broken
// %-escape) is a path like any unknown one: a 404, not a server that stops.
async function lookup(reqUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(reqUrl ?? "/", "http://localhost").pathname);
  } catch {
    return null;
  }
  if (CHECKERS[pathname]) return CHECKERS[pathname];
  if (!pathname.startsWith(base)) return null;
  const rel = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, "");
  return file(join(root, rel));
}

createServer(async (req, res) => {
  const found = await lookup(req.url);
  const status = found ? 200 : 404;
  const path = found ?? join(root, "404.html");
  try {
    let body = await readFile(path);
    // Brotli for text and wasm when the browser asks, as static hosts and CDNs serve them.
    const compress = /\bbr\b/.test(req.headers["accept-encoding"] ?? "") && /\.(html|js|wasm|css|json|svg|webmanifest)$/.test(path);
    if (compress) body = compressed(path, body);
    res.writeHead(status, {
      ...(compress ? { "content-encoding": "br", vary: "accept-encoding" } : {}),
      "content-type": TYPES[extname(path)] ?? "application/octet-stream",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      ...extraHeaders,
    });
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
