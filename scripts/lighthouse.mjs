// Lighthouse on the release build, with Debian's Chromium, mobile defaults, median of 5.
// Prints performance, accessibility, best-practices and SEO scores, CLS and the transfer
// size, against the budgets (performance >= 95, accessibility 100, best practices 100,
// SEO >= 90, CLS <= 0.02). Lighthouse (npm, 12.8.2: 13 needs a newer Node) is fetched on
// first use. Usage: node scripts/lighthouse.mjs [dist] [path]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM, CHROMIUM_ARGS, median, serve } from "./lib.mjs";

const dist = process.argv[2] ?? "dist";
const route = process.argv[3] ?? "/";
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const PORT = 4395;

const server = await serve(dist, PORT, { headers: true });

const out = mkdtempSync(join(tmpdir(), "mmptf-lighthouse-"));
const results = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const file = join(out, `run-${i}.json`);
    execFileSync("npx", ["--yes", "lighthouse@12.8.2", `http://127.0.0.1:${PORT}${route}`, "--quiet", "--output=json", `--output-path=${file}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(" ")}`],
      { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: CHROMIUM } });
    const r = JSON.parse(readFileSync(file, "utf8"));
    results.push({
      performance: Math.round(r.categories.performance.score * 100),
      accessibility: Math.round(r.categories.accessibility.score * 100),
      bestPractices: Math.round(r.categories["best-practices"].score * 100),
      seo: Math.round(r.categories.seo.score * 100),
      cls: r.audits["cumulative-layout-shift"].numericValue,
      transferKB: r.audits["total-byte-weight"].numericValue / 1000,
      lcpMs: r.audits["largest-contentful-paint"].numericValue,
    });
  }
} finally {
  server.stop();
}
const m = Object.fromEntries(Object.keys(results[0]).map((k) => [k, median(results.map((r) => r[k]))]));
console.log(`Lighthouse ${route}, mobile, median of ${RUNS}:`);
console.log(`  performance ${m.performance} (>= 95)  accessibility ${m.accessibility} (100)  best practices ${m.bestPractices} (100)  SEO ${m.seo} (>= 90)`);
console.log(`  CLS ${m.cls.toFixed(3)} (<= 0.02)  LCP ${Math.round(m.lcpMs)} ms  transfer ${m.transferKB.toFixed(1)} KB`);
const ok = m.performance >= 95 && m.accessibility === 100 && m.bestPractices === 100 && m.seo >= 90 && m.cls <= 0.02;
console.log(ok ? "within budget" : "OVER BUDGET");
process.exit(ok ? 0 : 1);
