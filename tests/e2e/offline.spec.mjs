// Offline after the first visit: the service worker precaches this build's files and the
// data file, so a reload without a network still shows the headline and the wizard keeps
// working on its draft. A new build gets a new cache (and worker).
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect } from "./helpers.mjs";

// The root build's project blocks the worker for the journeys that are not about it.
test.use({ serviceWorkers: "allow" });

async function installWorker(page) {
  await page.goto("./");
  await expect(page.getByText("12 programmes funded")).toBeVisible();
  // Ready means installed (everything precached) and active.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(new URL(".", page.url()).href);
  // It claims the pages open when it activates. A page whose load began while the worker
  // was still installing can miss that (the browser decides a page's worker when its load
  // starts): the next load is then covered, which is what "after the first visit" promises.
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) {
    await page.reload();
    await expect(page.getByText("12 programmes funded")).toBeVisible();
  }
  expect(await controlled()).toBe(true);
}

test("after one visit, the app opens offline and a pledge draft can be worked on", { tag: "@hosting" }, async ({ page, context }) => {
  // A cache left by an earlier deploy is removed when this build's worker takes over. It is
  // made from a page of the same site that does not start the app (so no worker yet).
  await page.goto("./config.json");
  await page.evaluate(async () => { await (await caches.open("mmptf-explorer-0000000000000000")).put("stale", new Response("old")); });
  await installWorker(page);
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("mmptf-explorer-")).length)).toBe(1);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText("12 programmes funded")).toBeVisible();
  await expect(page.getByText("40% of USD 70 million")).toBeVisible();
  // An address not visited before is the app too.
  await page.goto("./explorer?status=funded");
  await expect(page.getByRole("heading", { level: 1, name: "Joint programmes" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("BRIDGE");
  // The wizard: type, reload offline, nothing lost.
  await page.goto("./pledge/about-you");
  await page.getByLabel("Name of the pledging entity").fill("Offline Republic");
  // Saved (a moment after typing) before the reload, whatever the machine's speed.
  await expect.poll(() => page.evaluate(() => Object.values(localStorage).join(" "))).toContain("Offline Republic");
  await page.reload();
  await expect(page.getByLabel("Name of the pledging entity")).toHaveValue("Offline Republic");
  // The translations were precached too.
  await page.getByRole("link", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(JSON.parse(readFileSync(new URL("../../public/i18n/fr.json", import.meta.url), "utf8")).step_about);
  await context.setOffline(false);
});

test("online, the data file still comes from the network, so a host's update shows", { tag: "@hosting" }, async ({ page }) => {
  await installWorker(page);
  await page.route("**/data/fund.json", (route) => route.fulfill({ status: 503, body: "" }));
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("HTTP status 503");
});

test("the precache list is this build's files, and a new build gets a new cache", async () => {
  const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
  const sw = readFileSync(join(dist, "sw.js"), "utf8");
  const files = JSON.parse(sw.match(/const FILES = (\[.*\]);/)[1]);
  const wasm = readdirSync(dist).find((f) => f.endsWith(".wasm"));
  for (const f of ["./", wasm, "data/fund.json", "config.json", "i18n/ar.json", "favicon.svg"]) expect(files).toContain(f);
  for (const f of ["_headers", ".htaccess", "404.html", "sw.js"]) expect(files).not.toContain(f);
  const version = (text) => text.match(/const CACHE = "([^"]+)"/)[1];
  const copy = mkdtempSync(join(tmpdir(), "mmptf-dist-"));
  cpSync(dist, copy, { recursive: true });
  execFileSync("node", ["scripts/sw.mjs", copy]);
  expect(version(readFileSync(join(copy, "sw.js"), "utf8"))).toBe(version(sw));
  writeFileSync(join(copy, "data", "fund.json"), readFileSync(join(copy, "data", "fund.json"), "utf8").replace('"raised": 28000000', '"raised": 29000000'));
  execFileSync("node", ["scripts/sw.mjs", copy]);
  expect(version(readFileSync(join(copy, "sw.js"), "utf8"))).not.toBe(version(sw));
});
