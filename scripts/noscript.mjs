// Fills index.html's <noscript> with the fund's headline figures in the six languages and a
// link to the data file, and its link-preview tags with the same figures, so a visitor without JavaScript or WebAssembly still gets the
// essentials. Built from the same data file and translations as the app, and formatted with
// Node's Intl (full ICU) as the browser would. Trunk runs it after every build.
// Usage: node scripts/noscript.mjs [dist]
import { fileURLToPath } from "node:url";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const root = fileURLToPath(new URL("..", import.meta.url));
const LOCALES = [
  ["ar", "ar", "rtl"], ["zh", "zh-Hans-CN", "ltr"], ["en", "en-GB", "ltr"],
  ["fr", "fr-FR", "ltr"], ["ru", "ru-RU", "ltr"], ["es", "es-ES", "ltr"],
];

function english() {
  const src = readFileSync(join(root, "src/i18n/table/en.rs"), "utf8");
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

/** As `format::fill` in the app: right to left, each text argument is isolated (U+2068 …
 * U+2069) so Latin text and amounts keep their order inside Arabic. */
function fillIn(template, args, tag, rtl) {
  const isolated = rtl
    ? Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === "string" ? `\u2068${v}\u2069` : v]))
    : args;
  return fill(template, isolated, tag);
}

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

const fund = JSON.parse(readFileSync(join(dist, "data", "fund.json"), "utf8"));
const { currency, target, raised } = fund.fund;
const [y, mo, d] = fund.as_of.split("-").map(Number);

/** Raised as a share of the target in basis points, rounded half up, exactly as
 * `Progress::share` (src/domain/progress.rs) does: integers, so a share such as 12.345 % rounds
 * the same way here as in the app. Amounts have at most three decimals (the money rules). */
function basisPoints(raised, target) {
  const units = (n) => BigInt(Math.round(n * 1000));
  const [r, t] = [units(Math.max(raised, 0)), units(target)];
  return t > 0n ? Number((r * 10_000n * 2n + t) / (t * 2n)) : 0;
}

/** The overview's headline figures, as the app words them in language `m` (`tag` for Intl). */
function headlineLines(m, tag, rtl = false) {
  const fill = (template, args) => fillIn(template, args, tag, rtl);
  const compact = (n) => fill(m.money_compact, {
    currency,
    amount: new Intl.NumberFormat(tag, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 1 }).format(n),
  });
  const share = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 }).format(basisPoints(raised, target) / 10_000);
  const date = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }).format(Date.UTC(y, mo - 1, d));
  return [
    // As the app: a share of no target has no meaning, so the line says there is none.
    target > 0 ? fill(m.headline_share, { share, target: compact(target) }) : m.meter_no_target,
    fill(m.headline_raised, { amount: compact(raised) }),
    fill(m.headline_funded, { count: fund.counts.funded }),
    fill(m.headline_pipeline, { count: fund.counts.pipeline }),
    fill(m.headline_as_of, { date }),
  ];
}

const sections = LOCALES.map(([code, tag, dir]) => {
  const m = messages(code);
  const lines = headlineLines(m, tag, dir === "rtl");
  return `<section lang="${code}" dir="${dir}"><h2>${escape(m.home_heading)}</h2><p>${escape(m.noscript_note)}</p>` +
    `<ul>${lines.map((l) => `<li>${escape(l)}</li>`).join("")}</ul>` +
    `<p><a href="data/fund.json">${escape(m.about_data_link)}</a></p></section>`;
});

const block = `<noscript><div class="noscript">${sections.join("")}</div></noscript>`;

// Link previews (Open Graph, Twitter cards): the same headline figures, in English, the
// language of the page's markup. Crawlers want an absolute image address: SITE_URL (the
// address the site is published at, e.g. https://example.org/explorer/) gives one; without
// it, the path under the build's public URL is used.
const en = messages("en");
const enLines = headlineLines(en, "en-GB");
const base = process.env.SITE_URL ?? process.env.TRUNK_PUBLIC_URL ?? "/";
const image = new URL("social-card.png", new URL(base.endsWith("/") ? base : `${base}/`, "http://relative.invalid")).href.replace(/^http:\/\/relative\.invalid/, "");
const title = `${en.home_heading} – ${en.app_name}`;
const description = `${enLines.join(" · ")}.`;
const alt = `${en.app_name}: Migration Multi-Partner Trust Fund`;
const social = [
  ["property", "og:type", "website"], ["property", "og:site_name", en.app_name], ["property", "og:title", title],
  ["property", "og:description", description], ["property", "og:image", image], ["property", "og:image:width", "1200"],
  ["property", "og:image:height", "630"], ["property", "og:image:alt", alt], ["name", "twitter:card", "summary_large_image"],
  ["name", "twitter:title", title], ["name", "twitter:description", description], ["name", "twitter:image", image],
  ["name", "twitter:image:alt", alt],
].map(([attr, key, value]) => `<meta ${attr}="${key}" content="${escape(value)}">`).join("");

for (const name of ["index.html", "404.html"]) {
  const file = join(dist, name);
  if (!existsSync(file)) continue;
  let html = readFileSync(file, "utf8");
  html = html.includes("<noscript") ? html.replace(/<noscript[\s\S]*?<\/noscript>/, block) : html.replace("<body>", `<body>${block}`);
  html = html.replace(/<meta (property="og:|name="twitter:)[^>]*>/g, "").replace("</head>", `${social}</head>`);
  writeFileSync(file, html);
}
console.log(`noscript: headline figures in ${LOCALES.length} languages; link preview: ${description}`);
