// How long the overview takes to put its headline ("40% of USD 70 million") on screen,
// against a static HTML copy of the same page (the app's own rendering, saved without its
// scripts: the floor for that page on this machine). Headless Chromium, empty cache each
// time, localhost; prints both medians and the ratio.
// Budget: ratio <= 2; exits non-zero when over, unless BENCH_STRICT=0.
// Usage: node scripts/bench-startup.mjs [dist]   (after a release build)
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium, median, serve } from "./lib.mjs";

const dist = process.argv[2] ?? "dist";
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const STRICT = process.env.BENCH_STRICT !== "0";
const BUDGET = 2;

// The first frame that holds the headline: rAF callbacks run just before a frame is
// painted, so the time is that of the frame the visitor first sees it in.
const PROBE = () => {
  const look = () => {
    const el = document.getElementById("headline-share");
    if (el && el.textContent.trim()) window.__headline = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

const work = mkdtempSync(join(tmpdir(), "mmptf-startup-"));
cpSync(dist, work, { recursive: true });
const server = await serve(work, 4394);
const browser = await launchChromium();

async function headline(path) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.__headline !== undefined, null, { timeout: 60_000 });
  const t = await page.evaluate(() => window.__headline);
  return { t, page, context };
}

// The static copy: the app's page once drawn, without scripts, preloads or the noscript
// block (which a browser with scripts does not show either).
{
  const { page, context } = await headline("");
  await page.waitForLoadState("networkidle");
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    for (const el of doc.querySelectorAll("script, noscript, link[rel=modulepreload], link[rel=preload], link[rel=manifest]")) el.remove();
    return "<!DOCTYPE html>\n" + doc.outerHTML;
  });
  writeFileSync(join(work, "static-copy.html"), html);
  await context.close();
}

const times = { app: [], copy: [] };
for (let i = 0; i < RUNS; i++) {
  // Alternating, so that a busy moment of the machine falls on both.
  for (const [key, path] of [["app", ""], ["copy", "static-copy.html"]]) {
    const { t, context } = await headline(path);
    times[key].push(t);
    await context.close();
  }
}
await browser.close();
server.stop();

const app = median(times.app);
const copy = median(times.copy);
const ratio = app / copy;
const ms = (x) => `${x.toFixed(0)} ms`;
console.log(`headline on screen, median of ${RUNS}: app ${ms(app)}, static copy ${ms(copy)}, ratio ${ratio.toFixed(2)} (budget <= ${BUDGET})`);
console.log(`  app:  ${times.app.map(ms).join(", ")}`);
console.log(`  copy: ${times.copy.map(ms).join(", ")}`);
if (ratio > BUDGET) {
  console.log(STRICT ? "OVER BUDGET" : "over budget (not enforced: BENCH_STRICT=0)");
  if (STRICT) process.exit(1);
}
