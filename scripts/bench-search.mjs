// Keystroke-to-paint of the explorer's search at 10,000 programmes, in headless Chromium
// against the release build, side by side with bench/vanilla (the same filtering and
// rendering in plain JavaScript: the practical floor). Prints both medians and the ratio.
// Budget: median <= 16 ms and ratio <= 1.5; exits non-zero when over, unless BENCH_STRICT=0.
// Usage: node scripts/bench-search.mjs [dist]   (after a release build)
import { cpSync, mkdtempSync, copyFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { launchChromium, median, serve } from "./lib.mjs";

const dist = process.argv[2] ?? "dist";
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const WORD = "migration";
const STRICT = process.env.BENCH_STRICT !== "0";

const work = mkdtempSync(join(tmpdir(), "mmptf-bench-"));
const fixture = join(work, "fixture.json");
execFileSync("node", ["scripts/gen-fixture.mjs", "10000", fixture], { stdio: "inherit" });

const app = join(work, "app");
cpSync(dist, app, { recursive: true });
copyFileSync(fixture, join(app, "data", "fund.json"));
const vanilla = join(work, "vanilla");
cpSync("bench/vanilla", vanilla, { recursive: true });
cpSync(join(dist, readdirSync(dist).find((f) => /^main-.*\.css$/.test(f))), join(vanilla, "main.css"));
cpSync(join(app, "data"), join(vanilla, "data"), { recursive: true });

const servers = [await serve(app, 4391), await serve(vanilla, 4392)];

const browser = await launchChromium();

// Time from keydown to the first frame painted after it: the input handler and every
// update it schedules (microtasks included) run before requestAnimationFrame; the
// MessageChannel callback runs after that frame is painted.
const PROBE = () => {
  window.__latencies = [];
  document.addEventListener("keydown", () => {
    const t0 = performance.now();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => window.__latencies.push(performance.now() - t0);
      ch.port2.postMessage(null);
    });
  }, true);
};

async function measure(name, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  const status = page.getByRole("status").filter({ hasText: /programmes match/ });
  await status.filter({ hasText: "10,000 programmes match" }).waitFor({ timeout: 60_000 });
  await page.evaluate(PROBE);
  const search = page.getByRole("searchbox");
  const runs = [];
  for (let r = 0; r < RUNS + 1; r++) {
    await search.fill("");
    await status.filter({ hasText: "10,000 programmes match" }).waitFor();
    await page.waitForTimeout(600); // quiet time, so the last run's debounced work (URL, charts) is not measured
    await page.evaluate(() => (window.__latencies = []));
    for (const ch of WORD) {
      await page.keyboard.press(ch);
      await page.waitForTimeout(120); // a typist's pace between keys: part of what is measured, not a wait for the app
    }
    // Every keystroke's frame painted (a state), however long this machine takes.
    await page.waitForFunction((n) => window.__latencies.length >= n, WORD.length);
    const lat = await page.evaluate(() => window.__latencies);
    if (r > 0) runs.push(median(lat)); // the first run warms up the JIT and caches
  }
  const shown = await status.textContent();
  await page.close();
  const result = { name, median: median(runs), runs, shown };
  console.log(`${name.padEnd(28)} median ${result.median.toFixed(1).padStart(6)} ms   runs: ${runs.map((x) => x.toFixed(1)).join(", ")}   (after "${WORD}": ${shown})`);
  return result;
}

let failed = false;
try {
  console.log(`Keystroke-to-paint, search over 10,000 programmes, typing "${WORD}", median of ${RUNS} runs`);
  const leptos = await measure("Leptos app (release)", "http://127.0.0.1:4391/explorer");
  const floor = await measure("vanilla JS floor", "http://127.0.0.1:4392/");
  const ratio = leptos.median / floor.median;
  console.log(`ratio app / floor: ${ratio.toFixed(2)}   budget: median <= 16 ms and ratio <= 1.5 -> ${leptos.median <= 16 && ratio <= 1.5 ? "OK" : "OVER BUDGET"}`);
  failed = !(leptos.median <= 16 && ratio <= 1.5);
} finally {
  await browser.close();
  servers.forEach((s) => s.stop());
  rmSync(work, { recursive: true, force: true });
}
if (failed && STRICT) process.exit(1);
