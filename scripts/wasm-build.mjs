// Builds the app's wasm in place of Trunk's own Rust step (index.html marks it
// `data-trunk-skip`), because Trunk cannot split a wasm by route. Trunk runs this first
// among the post_build hooks (Trunk.toml), with its staging folder and profile.
//
// Release: cargo builds with `--cfg wasm_split` (src/app/routes.rs makes every page with a
// `split` in src/app/routes.json a split point) and keeps the linker's relocations; Leptos's splitter
// (wasm-split-cli, from wasm_split_cli_support) cuts the wasm into the main module, one
// chunk per page and chunks that pages share, plus `__wasm_split.js`, the loader of chunks;
// wasm-bindgen binds the main module; wasm-opt shrinks each wasm on its own.
// Debug (`trunk serve`): one unsplit wasm, quickly; the same source runs as plain async.
//
// Then what Trunk no longer does: content-hashed names (one hash for the build, since the
// main JS and the chunk loader import each other), and in index.html the preloads and the
// inline loader module, which also preloads the chunks of the page a deep link opens.
// scripts/csp.mjs, run later, hashes that inline script into the Content-Security-Policy.
//
// Usage: node scripts/wasm-build.mjs <staging-dir> <release|debug> <public-url>
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";

const NAME = "mmptf-explorer";
const [staging, profile = "release", publicUrl = "/"] = process.argv.slice(2);
if (!staging) {
  console.error("usage: node scripts/wasm-build.mjs <staging-dir> <release|debug> <public-url>");
  process.exit(2);
}
const release = profile === "release";
// Cargo's own convention: CARGO_TARGET_DIR, when set, is where its builds go.
const targetDir = process.env.CARGO_TARGET_DIR || "target";
const work = join(targetDir, "wasm-build", profile);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// wasm-opt comes from npm (binaryen), so `trunk build` finds it without the setup's PATH.
const PATH = [resolve("node_modules", ".bin"), process.env.PATH].join(delimiter);
function run(cmd, args, env = {}) {
  execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, PATH, ...env } });
}

// 1. cargo. The flags are added to .cargo/config.toml's (arrays from --config are joined to
// the file's), so `--cfg erase_components` stays.
const flags = release ? ["--cfg", "wasm_split", "-Clink-args=--emit-relocs"] : [];
run("cargo", [
  "build", "--target", "wasm32-unknown-unknown", "--bin", NAME,
  ...(release ? ["--release"] : []),
  "--config", `target.wasm32-unknown-unknown.rustflags=${JSON.stringify(flags)}`,
]);
const linked = join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", `${NAME}.wasm`);

// 2. split (release) and bind.
const split = join(work, "split");
const bound = join(work, "bound");
let chunks = [];
if (release) {
  run("wasm-split-cli", [linked, split, "--target", "web", "--out-name", NAME]);
  chunks = readdirSync(split).filter((f) => f.endsWith(".wasm") && f !== `${NAME}.wasm`);
  run("wasm-bindgen", [join(split, `${NAME}.wasm`), "--out-dir", bound, "--target", "web", "--keep-lld-exports", "--no-typescript", "--out-name", NAME]);
} else {
  run("wasm-bindgen", [linked, "--out-dir", bound, "--target", "web", "--no-typescript", "--out-name", NAME]);
}

// 3. wasm-opt, each module on its own (as Trunk did with `data-wasm-opt="z"`). Its output
// depends on its input alone, and the wasm does not depend on the public URL (the app reads
// its base from the page), so a second build of the same code (for another sub-path, say)
// takes each result from a cache named by the input's hash instead of optimising again.
if (release) {
  const cache = join(targetDir, "wasm-build", "opt-cache");
  mkdirSync(cache, { recursive: true });
  const OPT = ["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int"];
  const opt = (file) => {
    const key = createHash("sha256").update(OPT.join(" ")).update(readFileSync(file)).digest("hex");
    const cached = join(cache, `${key}.wasm`);
    if (existsSync(cached)) {
      cpSync(cached, file);
      return;
    }
    run("wasm-opt", [...OPT, file, "-o", file]);
    cpSync(file, cached);
  };
  opt(join(bound, `${NAME}_bg.wasm`));
  for (const c of chunks) opt(join(split, c));
}

// 4. One hash over everything built, in every name.
const hash = createHash("sha256");
const outputs = [join(bound, `${NAME}.js`), join(bound, `${NAME}_bg.wasm`), ...chunks.map((c) => join(split, c))];
if (release) outputs.push(join(split, "__wasm_split.js"));
for (const f of outputs) hash.update(readFileSync(f));
const h = hash.digest("hex").slice(0, 16);
const named = (file) => file.replace(/(\.js|_bg\.wasm|\.wasm)$/, `-${h}$1`);

// Trunk minified its JS on release; terser does it here (module mode keeps the exports that
// the main JS and the chunk loader import from each other).
const minify = async (code) => (release ? (await (await import("terser")).minify(code, { module: true, compress: true, mangle: true })).code : code);

const js = `${NAME}.js`;
const wasm = `${NAME}_bg.wasm`;
let mainJs = readFileSync(join(bound, js), "utf8");
const written = [];
const write = (name, body) => {
  writeFileSync(join(staging, name), body);
  written.push(name);
};
let routes = {};
if (release) {
  let loader = readFileSync(join(split, "__wasm_split.js"), "utf8");
  loader = loader.replaceAll(`"./${js}"`, `"./${named(js)}"`);
  for (const c of chunks) {
    loader = loader.replaceAll(`"./${c}"`, `"./${named(c)}"`);
    write(named(c), readFileSync(join(split, c)));
  }
  routes = chunkMap(loader);
  write(named("__wasm_split.js"), await minify(loader));
  // Only the import statements: the same string is also the wasm's import module name, a key
  // of the imports object that must stay as it is.
  mainJs = mainJs.replace(/(^import \* as \w+ from )(["'])\.\/__wasm_split\.js\2/gm, `$1"./${named("__wasm_split.js")}"`);
  if (/^import .* from ["']\.\/__wasm_split\.js["']/m.test(mainJs)) throw new Error(`${js} still imports ./__wasm_split.js by its old name`);
}
write(named(js), await minify(mainJs));
write(named(wasm), readFileSync(join(bound, wasm)));
// wasm-bindgen's inline JS snippets, if any, keep their own (already hashed) folder.
if (existsSync(join(bound, "snippets"))) cpSync(join(bound, "snippets"), join(staging, "snippets"), { recursive: true });

// For each lazy function, the wasm files it needs: its own chunk and the shared ones.
function chunkMap(loader) {
  const shared = {};
  for (const m of loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)) shared[m[1]] = m[2];
  const map = {};
  // The split's name, as src/app/routes.json gives it (Leptos's `#[lazy]` would add a hash).
  const re = /export const __wasm_split_load_([a-z_]+?)(?:_\d+)? = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?, \[([^\]]*)\]\)\);/g;
  for (const m of loader.matchAll(re)) {
    const deps = m[3].split(",").map((d) => d.trim()).filter(Boolean).map((d) => shared[d]);
    if (deps.some((d) => !d)) throw new Error(`unknown shared chunk in ${m[1]}'s list`);
    map[m[1]] = [...deps, m[2]];
  }
  return map;
}
// 5. index.html: the preloads and the loader Trunk used to write. Which page a deep link
// opens comes from the app's one route table, src/app/routes.json (build.rs makes the router
// and the split points from the same file); a mismatch with what was split stops the build.
const TABLE = JSON.parse(readFileSync(join("src", "app", "routes.json"), "utf8")).routes;
const splits = new Set(TABLE.filter((r) => r.split).map((r) => r.split));
if (release) {
  for (const f of splits) if (!routes[f]) throw new Error(`src/app/routes.json names ${f}, but no chunk of that name was split`);
  for (const f of Object.keys(routes)) if (!splits.has(f)) throw new Error(`a chunk was split for ${f}, which src/app/routes.json does not name`);
  if (Object.keys(routes).length !== chunks.filter((c) => c.startsWith("split_")).length) {
    throw new Error(`could not read every lazy route's chunks from __wasm_split.js (${JSON.stringify(routes)})`);
  }
}
// A language prefix (/fr/explorer) is two letters: no route may begin with such a segment.
const segments = (path) => path.split("/").filter(Boolean);
for (const r of TABLE) {
  if (/^[a-z]{2}$/.test(segments(r.path)[0] ?? "")) throw new Error(`route ${r.path} begins like a language prefix`);
}
// Each split route as its segments (":" for a parameter) and its split's name.
const pages = TABLE.filter((r) => r.split).map((r) => [segments(r.path).map((p) => (p.startsWith(":") ? ":" : p)), r.split]);
const url = (f) => `${publicUrl}${f}`;
const preloadMap = Object.fromEntries(Object.entries(routes).map(([k, v]) => [k, v.map(url)]));
const script = `
import init from "${url(named(js))}";
const chunks = ${JSON.stringify(preloadMap)};
let path = location.pathname.slice(${JSON.stringify(publicUrl)}.length).split("/").filter(Boolean);
if (/^[a-z]{2}$/.test(path[0])) path = path.slice(1);
const page = ${JSON.stringify(pages)}.find(([p]) => p.length === path.length && p.every((s, i) => s === ":" || s === path[i]));
for (const href of (page && chunks[page[1]]) || []) {
  const link = document.createElement("link");
  Object.assign(link, { rel: "preload", as: "fetch", href, crossOrigin: "anonymous", type: "application/wasm" });
  document.head.append(link);
}
await init({ module_or_path: "${url(named(wasm))}" });
`;
const head = [
  `<link rel="modulepreload" href="${url(named(js))}">`,
  ...(release ? [`<link rel="modulepreload" href="${url(named("__wasm_split.js"))}">`] : []),
  `<link rel="preload" href="${url(named(wasm))}" as="fetch" type="application/wasm" crossorigin>`,
  `<script type="module">${script}</script>`,
].join("");
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");
// Trunk leaves the skipped link behind, without an href (invalid HTML): it goes.
html = html.replace(/<link[^>]*data-trunk-skip[^>]*>/, "");
if (html.includes("data-trunk-skip")) throw new Error("the skipped rust link is still in index.html");
html = html.replace("</head>", `${head}</head>`);
writeFileSync(indexPath, html);
console.log(`wasm-build (${profile}): ${written.length} files, hash ${h}${release ? `, ${chunks.length} chunks` : ""}`);
