/** npm run serve: dist/ as deployed, under BASE_PATH, with clean URLs and cache headers by kind of file. */
import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "node:net";
import { pathToFileURL } from "node:url";
import { ROOT } from "./support/fixtures.js";

const site = mkdtempSync(join(tmpdir(), "serve-"));
mkdirSync(join(site, "dist", "_file"), { recursive: true });
writeFileSync(join(site, "dist", "index.html"), "<!doctype html><title>Home</title>");
writeFileSync(join(site, "dist", "article.html"), "<!doctype html><title>Article</title>");
writeFileSync(join(site, "dist", "_file", "a.0123abcd.json"), "{}");
const tsx = pathToFileURL(createRequire(join(ROOT, "package.json")).resolve("tsx")).href;
const server = spawn(process.execPath, ["--import", tsx, join(ROOT, "publish", "cli", "serve.ts")], {
  cwd: site,
  env: { ...process.env, BASE_PATH: "/graphics/afghanistan/", PORT: String(4800 + Math.floor(Math.random() * 100)) },
});
afterAll(() => {
  server.kill();
  rmSync(site, { recursive: true, force: true });
});

describe("npm run serve", () => {
  it("serves dist/ under the base path on 127.0.0.1, with clean URLs and caching by kind", async () => {
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout.on("data", (chunk: Buffer) => resolve(/at (\S+)\//.exec(chunk.toString())![1]));
      server.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphics\/afghanistan$/);
    const home = await fetch(`${url}/`);
    expect([home.status, await home.text()]).toEqual([200, "<!doctype html><title>Home</title>"]);
    expect(home.headers.get("cache-control")).toBe("public, max-age=300, must-revalidate");
    expect((await fetch(`${url}/article`)).status).toBe(200);
    expect((await fetch(`${url}/_file/a.0123abcd.json`)).headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await fetch(`${new URL(url).origin}/article`)).status).toBe(404);
  }, 30_000);
});

/** One raw HTTP exchange, as a client that sends anything at all would: the status line answered. */
function raw(url: string, request: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request));
    let reply = "";
    socket.on("data", (chunk) => (reply += chunk.toString("latin1")));
    socket.on("end", () => resolve(reply.split("\r\n")[0]));
    socket.on("error", reject);
    socket.setTimeout(5000, () => socket.destroy(new Error("no answer")));
  });
}

describe("npm run serve under hostile requests", () => {
  it("answers each with 400, 404 or 405 and goes on serving", async () => {
    const { serve } = await import("../publish/serve.js");
    const server = await serve(join(site, "dist"), { base: "/graphics/" });
    try {
      const get = (target: string) => `GET ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`;
      const cases: [string, RegExp][] = [
        [get("/graphics/articles/%ff%fe"), / 400 /],
        [get("/graphics/%00"), / 400 /],
        [get("/graphics/a%00b"), / 400 /],
        [get(`/graphics/${"a".repeat(5000)}`), / 400 /],
        [get("/graphics/../../../../etc/passwd"), / 404 /],
        [get("/graphics/..%2f..%2f..%2fetc%2fpasswd"), / 404 /],
        [get("/graphics/%2e%2e/%2e%2e/%2e%2e/etc/passwd"), / 404 /],
        [get("/graphics/%252e%252e/%252e%252e/etc/passwd"), / 404 /],
        [get("/graphics/..\\..\\..\\etc\\passwd"), / 404 /],
        [get("/graphics/.%2e/.%2e/.%2e/etc/passwd"), / 404 /],
        [get("/graphics/%c0%ae%c0%ae/etc/passwd"), / 400 /],
        ["DELETE /graphics/ HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n", / 405 /],
        ["BREW /graphics/ HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n", / 40\d /],
        [`GET /graphics/ HTTP/1.1\r\nhost: x\r\nx-big: ${"b".repeat(100_000)}\r\n\r\n`, / 4\d\d /],
        ["GET /graphics/ HTTP/1.1\r\nhost: x\r\nbad header\r\n\r\n", / 400 /],
        ["HELLO\r\n\r\n", / 400 /],
      ];
      for (const [request, status] of cases) expect(await raw(server.url, request), JSON.stringify(request.slice(0, 60))).toMatch(status);
      const home = await fetch(`${server.url}/`);
      expect([home.status, await home.text()]).toEqual([200, "<!doctype html><title>Home</title>"]);
    } finally {
      await server.close();
    }
  }, 30_000);
});
