// Pages other than the overview come as wasm chunks of their own, fetched on the first visit
// (scripts/wasm-build.mjs and src/app/routes.rs, from the route table src/app/routes.json).
// What a visitor sees while a chunk is on its way, and when it cannot come at all.
import { test, expect } from "./helpers.mjs";

// The page's own chunks, not the main module.
const CHUNK = /\/(chunk_|split_)[^/]*\.wasm$/;

// The service worker would fetch every chunk ahead of time and answer from its cache.
test.use({ serviceWorkers: "block" });

test("a deep link preloads its page's chunks before the app starts, with or without a language prefix", { tag: "@hosting" }, async ({ page }) => {
  const preloads = () => page.locator('link[rel=preload][as=fetch]').evaluateAll((links) => links.map((l) => l.href).filter((h) => /\/(chunk_|split_)/.test(h)).sort());
  const seen = {};
  for (const path of ["./", "./explorer", "./fr/explorer", "./ar/programmes/x", "./programmes/x", "./pledge/", "./es/pledge/about-you", "./pledge/about-you"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    seen[path] = await preloads();
  }
  expect(seen["./"]).toEqual([]);
  expect(seen["./explorer"].length).toBeGreaterThan(0);
  expect(seen["./fr/explorer"]).toEqual(seen["./explorer"]);
  expect(seen["./ar/programmes/x"]).toEqual(seen["./programmes/x"]);
  expect(seen["./programmes/x"]).not.toEqual(seen["./explorer"]);
  expect(seen["./es/pledge/about-you"]).toEqual(seen["./pledge/about-you"]);
  expect(seen["./pledge/"]).not.toEqual(seen["./pledge/about-you"]);
});

test("the overview fetches no page chunk; a page says it is loading until its code is in, then takes focus", { tag: "@hosting" }, async ({ page }) => {
  const chunks = [];
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route(CHUNK, async (route) => {
    chunks.push(new URL(route.request().url()).pathname);
    await gate;
    await route.continue();
  });
  await page.goto("./");
  await expect(page.getByText("12 programmes funded")).toBeVisible();
  expect(chunks).toEqual([]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Explorer" }).click();
  await expect(page.getByText("Loading the page…")).toBeVisible();
  // The route handler hears of a request a moment after the browser makes it.
  await expect.poll(() => chunks.length).toBeGreaterThan(0);
  release();
  const heading = page.getByRole("heading", { level: 1, name: "Joint programmes" });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByText("Loading the page…")).toHaveCount(0);
});

test("a page whose code cannot be fetched says so, the rest of the app still works, and Try again brings it", { tag: "@hosting" }, async ({ page }) => {
  await page.route(CHUNK, (route) => route.abort("internetdisconnected"));
  await page.goto("./");
  await expect(page.getByText("12 programmes funded")).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "About" }).click();
  const failed = page.getByRole("heading", { level: 1, name: "This page could not be loaded" });
  await expect(failed).toBeVisible();
  await expect(failed).toBeFocused();
  await expect(page).toHaveTitle(/This page could not be loaded/);
  await expect(page.getByText("The rest of the site still works.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);

  // The rest of the app still works: the overview, and the language bar on the failed page.
  await nav.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByText("12 programmes funded")).toBeVisible();
  await page.goBack();
  await expect(failed).toBeVisible();
  await page.getByRole("link", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cette page n’a pas pu être chargée" })).toBeVisible();
  await page.getByRole("link", { name: "English" }).click();
  await expect(failed).toBeVisible();

  // The network is back: Try again fetches the chunk afresh, and focus goes to the page.
  await page.unroute(CHUNK);
  await page.getByRole("button", { name: "Try again" }).click();
  const about = page.getByRole("heading", { level: 1, name: "About this explorer" });
  await expect(about).toBeVisible();
  await expect(about).toBeFocused();
  await expect(failed).toHaveCount(0);
});

test("a deep link whose page code cannot be fetched says so, and Try again brings it", { tag: "@hosting" }, async ({ page }) => {
  await page.route(CHUNK, (route) => route.abort("internetdisconnected"));
  await page.goto("./pledge/about-you");
  await expect(page.getByRole("heading", { level: 1, name: "This page could not be loaded" })).toBeVisible();
  await page.unroute(CHUNK);
  await page.getByRole("button", { name: "Try again" }).press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /About you/ })).toBeVisible();
});
