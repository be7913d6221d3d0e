/**
 * Debian's Chromium for browser tests, never a downloaded one. Found through CHROMIUM_PATH or
 * the usual install locations; without one the tests are skipped, except under CI=true.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"];

export const CHROMIUM = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((path): path is string => Boolean(path && existsSync(path)));

export const INSTALL_HINT = "browser tests skipped: no Chromium found; install it with `sudo apt-get install -y chromium` or set CHROMIUM_PATH";

if (!CHROMIUM && process.env.CI === "true") throw new Error(`CI=true but ${INSTALL_HINT.replace("browser tests skipped: ", "")}`);
if (!CHROMIUM) console.warn(INSTALL_HINT);

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"],
  });
}
