/**
 * dist/ on 127.0.0.1 as a static host serves it, under a base path: clean URLs (/article →
 * article.html), gzip, and cache headers, long for hashed assets and short for pages and data.
 * npm run serve runs it (cli/serve.ts); the tests serve with it too.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
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

/** Longer than any address the site has: a request for more is refused before any file is looked for. */
const MAX_PATH = 2048;

/**
 * The file for a request's path, or why there is none: 400 for a path that is not a path (a
 * malformed escape, a NUL, too long), 404 for one that names nothing in `root` or leaves it
 * ("..", in any encoding). `folderFirst` looks for path/index.html before path.html, as some hosts do.
 */
async function resolveFile(root: string, pathname: string, folderFirst: boolean): Promise<string | 400 | 404> {
  if (pathname.length > MAX_PATH) return 400;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 400;
  }
  if (decoded.includes("\0") || decoded.length > MAX_PATH) return 400;
  const top = resolve(root);
  const path = resolve(top, `.${sep}${normalize(decoded.replace(/\\/g, "/"))}`);
  if (path !== top && !path.startsWith(`${top}${sep}`)) return 404;
  const candidates = folderFirst ? [join(path, "index.html"), path, `${path}.html`] : [path, `${path}.html`, join(path, "index.html")];
  for (const candidate of candidates) if (await isFile(candidate)) return candidate;
  return 404;
}

export interface ServeOptions {
  /** The path the site lives under, with slashes at both ends: /graphics/afghanistan/. */
  base?: string;
  port?: number;
  /** Extra pages by path (under the base), for tests. */
  extra?: Record<string, string>;
  /** Look for a folder's index.html before a page's .html, as some static hosts do (for tests). */
  folderFirst?: boolean;
}

export interface StaticServer {
  /** Where the site is: origin and base path, without the final slash. */
  url: string;
  close(): Promise<void>;
}

function refuse(response: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "text/plain", ...headers }).end(status === 404 ? "not found" : status === 405 ? "method not allowed" : "bad request");
}

export async function serve(root: string, { base = "/", port = 0, extra = {}, folderFirst = false }: ServeOptions = {}): Promise<StaticServer> {
  const prefix = base.replace(/\/?$/, "/");
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    // Whatever a request holds, it gets an answer and the server goes on.
    answer(request, response).catch(() => {
      if (!response.headersSent) refuse(response, 400);
      else response.destroy();
    });
  });
  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== "GET" && request.method !== "HEAD") return refuse(response, 405, { allow: "GET, HEAD" });
    let full: string;
    try {
      full = new URL(request.url ?? "/", "http://localhost").pathname;
    } catch {
      return refuse(response, 400);
    }
    const pathname = full.startsWith(prefix) ? `/${full.slice(prefix.length)}` : full === prefix.slice(0, -1) ? "/" : null;
    const extraPage = pathname === null ? undefined : extra[pathname];
    const found = pathname !== null && extraPage === undefined ? await resolveFile(root, pathname, folderFirst) : 404;
    if (extraPage === undefined && typeof found === "number") return refuse(response, found);
    const file = typeof found === "string" ? found : null;
    const body = extraPage !== undefined ? Buffer.from(extraPage) : await readFile(file!);
    const type = extraPage !== undefined ? TYPES[".html"] : (TYPES[extname(file!)] ?? "application/octet-stream");
    const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"])) && type !== TYPES[".png"];
    const cache = HASHED.test(pathname!) ? "public, max-age=31536000, immutable" : "public, max-age=300, must-revalidate";
    response.writeHead(200, { "content-type": type, "cache-control": cache, ...(gzip ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}) });
    const key = file ?? full;
    if (gzip && !gzipped.has(key)) gzipped.set(key, gzipSync(body));
    response.end(request.method === "HEAD" ? undefined : gzip ? gzipped.get(key) : body);
  }
  // A request the HTTP parser cannot read (bad headers, a NUL in the target) is answered and closed.
  server.on("clientError", (_, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n");
    else socket.destroy();
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}${prefix.slice(0, -1)}`, close: () => new Promise((done) => server.close(() => done())) };
}
