// Prints the release build's sizes, raw and brotli (quality 11, as static hosts serve
// them), then what a browser fetches to show each page on an empty cache, against the
// budgets. Usage: node scripts/size-report.mjs [dist]
import { readFileSync } from "node:fs";
import { launchChromium, serve, walk } from "./lib.mjs";
import { join, relative, extname } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
// Each route's budget sits just above what its first visit fetched when it was last set
// (src/app/routes.json, the app's one route table, beside its address), so that growth is a
// deliberate edit there; `git log -p src/app/routes.json scripts/size-report.mjs` tells what
// each change of a budget paid for. The goals (the overview within 150 KB, every other page
// within 220 KB) are printed beside them, not yet met: the main module (Leptos, the router,
// the shell, the data and the languages, the overview) alone is about 191 KB.
const TABLE = JSON.parse(readFileSync(new URL("../src/app/routes.json", import.meta.url), "utf8")).routes;
const GOALS = { "/": 150_000, other: 220_000 };

function brotli(buf) {
  return brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;
}

function kind(path) {
  const rel = relative(dist, path);
  if (rel.startsWith("data/")) return "data";
  const ext = extname(path).slice(1);
  return { wasm: "wasm", js: "js", css: "css", html: "html" }[ext] ?? "other";
}

const files = walk(dist).map((path) => {
  const buf = readFileSync(path);
  return { rel: relative(dist, path).split("\\").join("/"), kind: kind(path), raw: buf.length, br: brotli(buf) };
});
const byName = new Map(files.map((f) => [f.rel, f]));

const kb = (n) => (n / 1000).toFixed(1).padStart(8) + " KB";
console.log(`Size report for ${dist}/ (1 KB = 1000 bytes)`);
console.log("file".padEnd(60) + "raw".padStart(11) + "brotli".padStart(11));
for (const f of files.sort((a, b) => b.br - a.br)) console.log(f.rel.padEnd(60) + kb(f.raw) + kb(f.br));
console.log("-".repeat(82));
for (const k of ["wasm", "js", "css", "data", "html"]) {
  const group = files.filter((f) => f.kind === k && f.rel !== "404.html");
  const raw = group.reduce((s, f) => s + f.raw, 0);
  const br = group.reduce((s, f) => s + f.br, 0);
  console.log(`total ${k} (all of dist/, not what a page loads)`.padEnd(60) + kb(raw) + kb(br));
}

// What Chromium fetches, as files of dist/: a page's address is answered with index.html
// (or 404.html, the same page, for deep links on a static host). One visit per route of the
// table; a route whose address needs a programme is visited with the data file's first.
const programme = JSON.parse(readFileSync(join(dist, "data", "fund.json"), "utf8")).programmes?.[0]?.id;
const ROUTES = TABLE.filter((r) => !r.visit.includes("{programme}") || programme).map((r) => ({
  address: r.visit.replace("{programme}", encodeURIComponent(programme ?? "")),
  budget: r.budget,
}));

const server = await serve(dist, 4393);
const browser = await launchChromium();
const base = server.url.replace(/\/$/, "");

function recorder(page) {
  const fetched = new Map();
  page.on("response", (res) => {
    const url = new URL(res.url());
    if (url.origin !== new URL(base).origin) return;
    let rel = decodeURIComponent(url.pathname).replace(/^\//, "");
    if (!byName.has(rel)) rel = res.request().resourceType() === "document" ? (res.status() === 404 ? "404.html" : "index.html") : rel;
    fetched.set(rel, byName.get(rel)?.br ?? 0);
  });
  return fetched;
}

// On screen: the page's heading, and the network quiet (chunks, data and fonts in).
async function settle(page) {
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await page.waitForLoadState("networkidle");
}

const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
let over = false;
console.log("");
console.log("first load per page, empty cache (what Chromium fetched, brotli)".padEnd(60) + "files".padStart(11) + "brotli".padStart(11));
const loads = {};
for (const { address: route, budget } of ROUTES) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const fetched = recorder(page);
  await page.goto(base + route);
  await settle(page);
  const total = sum(fetched);
  loads[route] = fetched;
  const goal = route === "/" ? GOALS["/"] : GOALS.other;
  const ok = total <= budget;
  over ||= !ok;
  console.log(
    route.padEnd(60) + String(fetched.size).padStart(11) + kb(total) +
      `  budget ${kb(budget).trim()} ${ok ? "OK" : "OVER BUDGET"}; goal ${kb(goal).trim()} ${total <= goal ? "met" : "not met"}`,
  );
  // SIZE_FILES=1 lists what each route fetched, to see where a change's bytes went.
  if (process.env.SIZE_FILES) for (const [f, br] of fetched) console.log(`    ${f.padEnd(56)}${kb(br)}`);
  await context.close();
}

// From the overview to the explorer by its link: only what the explorer adds.
{
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(base + "/");
  await settle(page);
  const fetched = recorder(page);
  await page.getByRole("link", { name: "Explorer", exact: true }).first().click();
  await page.waitForURL(/\/explorer$/);
  await settle(page);
  // The browser asks for the icon again after a navigation: its habit, not the app's.
  const again = [...fetched.keys()].filter((f) => loads["/"].has(f) && f !== "favicon.svg");
  console.log(`then / -> /explorer by its link: ${fetched.size} more files, ${kb(sum(fetched)).trim()} (${[...fetched.keys()].join(", ")})`);
  if (again.length) {
    over = true;
    console.log(`  fetched again what / had already fetched: ${again.join(", ")}`);
  }
  await context.close();
}
await browser.close();
server.stop();
if (over) {
  console.log("OVER BUDGET");
  process.exit(1);
}
