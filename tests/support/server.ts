/** A static server for dist/, as a host would serve it: clean URLs, and gzip compressed once per file. */
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
  ".woff2": "font/woff2",
};

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

async function resolveFile(root: string, pathname: string): Promise<string | null> {
  const path = join(root, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ""));
  for (const candidate of [path, `${path}.html`, join(path, "index.html")]) if (await isFile(candidate)) return candidate;
  return null;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port, with extra pages from `extra` (path → HTML). */
export async function serve(root: string, extra: Record<string, string> = {}): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const extraPage = extra[pathname];
    const file = extraPage === undefined ? await resolveFile(root, pathname) : null;
    if (extraPage === undefined && !file) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const body = extraPage !== undefined ? Buffer.from(extraPage) : await readFile(file!);
    const type = extraPage !== undefined ? TYPES[".html"] : (TYPES[extname(file!)] ?? "application/octet-stream");
    const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"])) && !type.startsWith("image/png");
    response.writeHead(200, { "content-type": type, ...(gzip ? { "content-encoding": "gzip" } : {}), "cache-control": "no-store" });
    const key = file ?? pathname;
    if (gzip && !gzipped.has(key)) gzipped.set(key, gzipSync(body));
    response.end(gzip ? gzipped.get(key) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
