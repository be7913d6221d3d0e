/** npm run serve: dist/ as deployed, under BASE_PATH, with clean URLs and cache headers by kind of file. */
import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
