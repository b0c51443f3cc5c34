// Fills index.html's <noscript> with the fund's headline figures in the six languages and a
// link to the data file, so a visitor without JavaScript or WebAssembly still gets the
// essentials. Built from the same data file and translations as the app, and formatted with
// Node's Intl (full ICU) as the browser would. Trunk runs it after every build.
// Usage: node scripts/noscript.mjs [dist]
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const root = new URL("..", import.meta.url).pathname;
const LOCALES = [
  ["ar", "ar", "rtl"], ["zh", "zh-Hans-CN", "ltr"], ["en", "en-GB", "ltr"],
  ["fr", "fr-FR", "ltr"], ["ru", "ru-RU", "ltr"], ["es", "es-ES", "ltr"],
];

function english() {
  const src = readFileSync(join(root, "src/i18n/en.rs"), "utf8");
  const out = {};
  for (const m of src.matchAll(/^\s+([a-z0-9_]+): "((?:[^"\\]|\\.)*)",$/gm)) out[m[1]] = m[2];
  return out;
}

function messages(code) {
  if (code === "en") return english();
  const file = join(dist, "i18n", `${code}.json`);
  return existsSync(file) ? { ...english(), ...JSON.parse(readFileSync(file, "utf8")) } : english();
}

function balanced(s, i) {
  let d = 0;
  for (let j = i; j < s.length; j++) {
    if (s[j] === "{") d++;
    else if (s[j] === "}" && --d === 0) return j;
  }
  return -1;
}

/** The same subset of ICU MessageFormat as src/i18n/message.rs. */
function fill(template, args, tag) {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) { out += template.slice(i); break; }
    out += template.slice(i, open);
    const close = balanced(template, open);
    if (close < 0) { out += template.slice(open); break; }
    const inner = template.slice(open + 1, close);
    const [name, kind] = inner.split(",").map((s) => s.trim());
    const value = args[name];
    if (kind === "plural" && typeof value === "number") {
      const body = inner.slice(inner.indexOf(",", inner.indexOf(",") + 1) + 1);
      const branches = {};
      let k = 0;
      while (k < body.length) {
        const o = body.indexOf("{", k);
        if (o < 0) break;
        const c = balanced(body, o);
        branches[body.slice(k, o).trim()] = body.slice(o + 1, c);
        k = c + 1;
      }
      const category = new Intl.PluralRules(tag).select(value);
      const branch = branches[`=${value}`] ?? branches[category] ?? branches.other ?? "";
      out += fill(branch.replaceAll("#", new Intl.NumberFormat(tag).format(value)), args, tag);
    } else if (value !== undefined) {
      out += typeof value === "number" ? new Intl.NumberFormat(tag).format(value) : value;
    } else {
      out += template.slice(open, close + 1);
    }
    i = close + 1;
  }
  return out;
}

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

const fund = JSON.parse(readFileSync(join(dist, "data", "fund.json"), "utf8"));
const { currency, target, raised } = fund.fund;
const [y, mo, d] = fund.as_of.split("-").map(Number);

const sections = LOCALES.map(([code, tag, dir]) => {
  const m = messages(code);
  const compact = (n) => fill(m.money_compact, {
    currency,
    amount: new Intl.NumberFormat(tag, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 1 }).format(n),
  }, tag);
  const share = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 }).format(target > 0 ? raised / target : 0);
  const date = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }).format(Date.UTC(y, mo - 1, d));
  const lines = [
    fill(m.headline_share, { share, target: compact(target) }, tag),
    fill(m.headline_raised, { amount: compact(raised) }, tag),
    fill(m.headline_funded, { count: fund.counts.funded }, tag),
    fill(m.headline_pipeline, { count: fund.counts.pipeline }, tag),
    fill(m.headline_as_of, { date }, tag),
  ];
  return `<section lang="${code}" dir="${dir}"><h2>${escape(m.home_heading)}</h2><p>${escape(m.noscript_note)}</p>` +
    `<ul>${lines.map((l) => `<li>${escape(l)}</li>`).join("")}</ul>` +
    `<p><a href="data/fund.json">${escape(m.about_data_link)}</a></p></section>`;
});

const block = `<noscript><div class="noscript">${sections.join("")}</div></noscript>`;
for (const name of ["index.html", "404.html"]) {
  const file = join(dist, name);
  if (!existsSync(file)) continue;
  const html = readFileSync(file, "utf8");
  const next = html.includes("<noscript") ? html.replace(/<noscript[\s\S]*?<\/noscript>/, block) : html.replace("<body>", `<body>${block}`);
  writeFileSync(file, next);
}
console.log(`noscript: headline figures in ${LOCALES.length} languages`);
