// Prints the release build's sizes, raw and brotli (quality 11, as static hosts serve
// them), and checks the first-load budget. Usage: node scripts/size-report.mjs [dist]
import { readFileSync } from "node:fs";
import { walk } from "./lib.mjs";
import { join, relative, extname } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
// The overview alone was 165.5 KB (budget 200 KB); the explorer brought the app to 242 KB
// and the pledge wizard to 314 KB, nearly all of it Leptos's per-view generic code. The
// budget sits just above what is built, so any growth is a deliberate change of this line.
// Six languages (issue 5) took it from 316.4 to 328.5 KB: the switcher, loading a language
// file, right-to-left charts (+8 KB wasm) and the six-language <noscript> block (+1.2 KB);
// the five translations themselves (8-10 KB each) load only when chosen. Building with
// `--cfg erase_components` (.cargo/config.toml) then took it to 294 KB. The wizard that
// follows the official form (issue 10: Section I-VII questions, partner and country rows,
// the copy sheet, the description drafter, v1 migration, ~140 English texts) took it from
// 296.1 to 328.0 KB (wasm 279.1 -> 310.8 KB; a non-generic Radios saved 1.8 KB of it).
// Never losing a word (issue 11: drafts kept aside, two tabs, the replace dialog and Undo,
// submission once with its Idempotency-Key, mail links that never cut, the GOV.UK date input
// and character count, ~40 English texts) took it from 328.0 to 346.8 KB (wasm 310.8 ->
// 329.3 KB), spread over ~1,800 functions with no one dominant (twiggy diff).
// For hosts and visitors (issue 14): the figures' age, link previews and unknown-field
// warnings took it to 348.2 KB; the dated history (its decoder and rules, +4.1 KB including
// 1.1 KB more data), its chart and table on the overview (+8.0 KB) and the in-browser
// data-file checker with its previews (+9.1 KB) to 369.4 KB (wasm 350.6 KB), each measured
// by building without it.
// Splitting the app by route (issue 12) is where the first load comes down again: the
// checker, the wizard and the explorer are natural lazy routes.
const BUDGET = Number(process.env.FIRST_LOAD_BUDGET_BYTES ?? 372_000);


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
  return { rel: relative(dist, path), kind: kind(path), raw: buf.length, br: brotli(buf) };
});

// What a first visit to / downloads: the page, its loader JS, the wasm, the CSS, the
// data file and the icon. 404.html is a copy of index.html a host serves instead of it.
const firstLoad = files.filter(
  (f) => f.rel !== "404.html" && (["html", "js", "wasm", "css"].includes(f.kind) || f.rel === "data/fund.json" || f.rel === "favicon.svg"),
);

const kb = (n) => (n / 1000).toFixed(1).padStart(8) + " KB";
console.log(`Size report for ${dist}/ (1 KB = 1000 bytes)`);
console.log("file".padEnd(48) + "raw".padStart(11) + "brotli".padStart(11));
for (const f of files.sort((a, b) => b.br - a.br)) console.log(f.rel.padEnd(48) + kb(f.raw) + kb(f.br));
console.log("-".repeat(70));
for (const k of ["wasm", "js", "css", "data", "html"]) {
  const group = files.filter((f) => f.kind === k && f.rel !== "404.html");
  const raw = group.reduce((s, f) => s + f.raw, 0);
  const br = group.reduce((s, f) => s + f.br, 0);
  console.log(`total ${k}`.padEnd(48) + kb(raw) + kb(br));
}
const total = firstLoad.reduce((s, f) => s + f.br, 0);
const totalRaw = firstLoad.reduce((s, f) => s + f.raw, 0);
console.log("first load (html + js + wasm + css + data + icon)".padEnd(48) + kb(totalRaw) + kb(total));
console.log(`first-load budget: ${kb(BUDGET).trim()} brotli -> ${total <= BUDGET ? "OK" : "OVER BUDGET"}`);
if (total > BUDGET) process.exit(1);
