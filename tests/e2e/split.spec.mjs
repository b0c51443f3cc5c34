// Pages other than the overview come as wasm chunks of their own, fetched on the first visit
// (scripts/wasm-build.mjs, src/routes.rs). What a visitor sees while a chunk is on its way,
// and when it cannot come at all.
import { test, expect } from "./helpers.mjs";

// The page's own chunks, not the main module.
const CHUNK = /\/(chunk_|split_)[^/]*\.wasm$/;

// The service worker would fetch every chunk ahead of time and answer from its cache.
test.use({ serviceWorkers: "block" });

test("the overview fetches no page chunk; a page says it is loading until its code is in, then takes focus", async ({ page }) => {
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
  expect(chunks.length).toBeGreaterThan(0);
  release();
  const heading = page.getByRole("heading", { level: 1, name: "Joint programmes" });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByText("Loading the page…")).toHaveCount(0);
});

test("a page whose code cannot be fetched says so and offers a reload that brings it", async ({ page }) => {
  await page.route(CHUNK, (route) => route.abort("internetdisconnected"));
  await page.goto("./");
  await expect(page.getByText("12 programmes funded")).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
  const reload = page.getByRole("link", { name: "Reload the page" });
  await expect(reload).toHaveAttribute("href", /\/about$/);

  // The network is back.
  await page.unroute(CHUNK);
  await reload.click();
  await expect(page.getByRole("heading", { level: 1, name: "About this explorer" })).toBeVisible();
});
