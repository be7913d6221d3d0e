/**
 * dist/ on 127.0.0.1 as a static host serves it, under a base path: clean URLs (/article →
 * article.html), gzip, and cache headers, long for hashed assets and short for pages and data.
 * npm run serve runs it (cli/serve.ts); the tests serve with it too.
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
};

/** Framework names its bundled files by content hash, so they never change under one URL. */
const HASHED = /^\/_(observablehq|file|import|node|npm)\//;

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

async function resolveFile(root: string, pathname: string): Promise<string | null> {
  const path = join(root, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ""));
  for (const candidate of [path, `${path}.html`, join(path, "index.html")]) if (await isFile(candidate)) return candidate;
  return null;
}

export interface ServeOptions {
  /** The path the site lives under, with slashes at both ends: /graphics/afghanistan/. */
  base?: string;
  port?: number;
  /** Extra pages by path (under the base), for tests. */
  extra?: Record<string, string>;
}

export interface StaticServer {
  /** Where the site is: origin and base path, without the final slash. */
  url: string;
  close(): Promise<void>;
}

export async function serve(root: string, { base = "/", port = 0, extra = {} }: ServeOptions = {}): Promise<StaticServer> {
  const prefix = base.replace(/\/?$/, "/");
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (request, response) => {
    const { pathname: full } = new URL(request.url ?? "/", "http://localhost");
    const pathname = full.startsWith(prefix) ? `/${full.slice(prefix.length)}` : full === prefix.slice(0, -1) ? "/" : null;
    const extraPage = pathname === null ? undefined : extra[pathname];
    const file = pathname !== null && extraPage === undefined ? await resolveFile(root, pathname) : null;
    if (extraPage === undefined && !file) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const body = extraPage !== undefined ? Buffer.from(extraPage) : await readFile(file!);
    const type = extraPage !== undefined ? TYPES[".html"] : (TYPES[extname(file!)] ?? "application/octet-stream");
    const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"])) && type !== TYPES[".png"];
    const cache = HASHED.test(pathname!) ? "public, max-age=31536000, immutable" : "public, max-age=300, must-revalidate";
    response.writeHead(200, { "content-type": type, "cache-control": cache, ...(gzip ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}) });
    const key = file ?? full;
    if (gzip && !gzipped.has(key)) gzipped.set(key, gzipSync(body));
    response.end(gzip ? gzipped.get(key) : body);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}${prefix.slice(0, -1)}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
