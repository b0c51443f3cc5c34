// What the scripts (and the Playwright config) share: Debian's Chromium and the flags it runs
// with here, a median, walking a build directory, and serving one with the test server.
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const CHROMIUM = "/usr/bin/chromium";

// No sandbox (CI runs as root), no GPU, and nothing that calls home or updates itself: a
// browser that does the same work on every run.
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

/** Launches Debian's Chromium through Playwright (never a downloaded browser). */
export async function launchChromium() {
  const { chromium } = await import("@playwright/test");
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The middle value (the mean of the two middle values for an even count). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Every file under `dir`, as paths that start with `dir`. */
export function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Serves `dir` with tests/e2e/server.mjs on `port` and resolves once it answers a request
 * (a state, not a delay); `stop()` ends it. `headers` adds the security headers. */
export async function serve(dir, port, { headers = false } = {}) {
  const args = ["tests/e2e/server.mjs", "--dir", dir, "--port", String(port), ...(headers ? ["--headers", "yes"] : [])];
  const child = spawn("node", args, { stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise((_, reject) => child.once("exit", (code) => reject(new Error(`the server for ${dir} exited (${code})`))));
  const ready = (async () => {
    for (;;) {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 50)); // polling for the state: nothing depends on this pause
      }
    }
  })();
  await Promise.race([ready, exited]);
  exited.catch(() => {});
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}
