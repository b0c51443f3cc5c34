import { test, expect, watchErrors } from "./helpers.mjs";

test("the overview shows where the fund stands", { tag: "@hosting" }, async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("./");
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Migration Multi-Partner Trust Fund/);
  await expect(main.getByText("40% of USD 70 million").first()).toBeVisible();
  await expect(main.getByText("USD 28 million raised")).toBeVisible();
  await expect(main.getByText("USD 42 million to go")).toBeVisible();
  await expect(main.getByText("12 programmes funded")).toBeVisible();
  await expect(main.getByText("34 programmes in the pipeline")).toBeVisible();
  await expect(main.getByText(/As of 1 February 2022/)).toBeVisible();
  await expect(main.getByText(/Source: UN Network on Migration/)).toBeVisible();

  const meter = page.getByRole("progressbar", { name: "Progress toward the fund's target" });
  // The native <progress>: its value and maximum are what assistive technology reads.
  await expect(meter).toHaveJSProperty("tagName", "PROGRESS");
  await expect(meter).toHaveAttribute("value", "40");
  await expect(meter).toHaveAttribute("max", "100");
  await expect(meter).toHaveAttribute("aria-valuetext", "40% of USD 70 million");

  await expect(page).toHaveTitle("Overview – M-MPTF Explorer");
  await expect(page.getByRole("contentinfo")).toContainText("as of 1 February 2022");
  expect(errors).toEqual([]);
});

test("the header navigates to every section and marks the current one", { tag: "@hosting" }, async ({ page }) => {
  await page.goto("./");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [name, heading, title] of [
    ["Explorer", "Joint programmes", "Explorer – M-MPTF Explorer"],
    ["Pledge", "Before you start", "Before you start – M-MPTF Explorer"],
    ["About", "About this explorer", "About – M-MPTF Explorer"],
    ["Overview", /where it stands/, "Overview – M-MPTF Explorer"],
  ]) {
    await nav.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page).toHaveTitle(title);
    await expect(nav.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
  }
});

test("the explorer lists all 46 programmes, unpublished details said as such", async ({ page }) => {
  await page.goto("./explorer");
  const table = page.getByRole("table");
  await expect(table.getByRole("caption")).toHaveText("Showing 1–46 of 46");
  await expect(table.getByRole("row")).toHaveCount(47);
  await expect(table.getByRole("rowheader", { name: /BRIDGE/ })).toBeVisible();
  const macedonia = table.getByRole("row", { name: /North Macedonia/ });
  await expect(macedonia).toContainText("USD 1,500,000");
  await expect(table.getByRole("row", { name: /pipeline-34/ })).toContainText("not published");
  await expect(table.getByRole("row", { name: /pipeline-34/ })).not.toContainText("USD 0");
  await expect(table.getByRole("cell", { name: "Funded", exact: true })).toHaveCount(12);
  await expect(table.getByRole("cell", { name: "In the pipeline", exact: true })).toHaveCount(34);
});

test("every page opens at its own address under the site's path, with its data", { tag: "@hosting" }, async ({ page }) => {
  // Relative addresses: under a sub-path, "/explorer" would leave the site (the walk then
  // checked the host's 404 page, not the app's pages).
  for (const [path, heading] of [["./", /where it stands/], ["./explorer", "Joint programmes"], ["./pledge", "Before you start"], ["./about", "About this explorer"], ["./check-data", /Check a data file/]]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(path === "./" ? 200 : 404); // a deep link is the host's 404 fallback
    expect(new URL(page.url()).pathname.startsWith(new URL(test.info().project.use.baseURL).pathname), path).toBe(true);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
    await expect(page.getByRole("contentinfo")).toContainText("as of");
  }
});
test("the overview and the programme pages say how old the figures are, in the page's language", async ({ page }) => {
  // The browser's clock is set by the test, so the age does not depend on the day it runs.
  await page.clock.setFixedTime(new Date("2026-12-02T10:00:00Z"));
  await page.goto("./");
  const main = page.getByRole("main");
  await expect(main.getByText("As of 1 February 2022, 4 years ago")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("as of 1 February 2022 (4 years ago).");
  await page.goto("./programmes/tajikistan-families-left-behind");
  await expect(page.getByRole("contentinfo")).toContainText("as of 1 February 2022 (4 years ago).");
  await page.goto("./?lang=fr");
  await expect(page.getByRole("main").getByText(/il y a 4 ans/)).toBeVisible();
});

test("a recent snapshot is counted in months or days, and today is today", async ({ page }) => {
  for (const [now, age] of [["2022-03-15T12:00:00Z", "last month"], ["2022-02-20T12:00:00Z", "19 days ago"], ["2022-02-01T23:00:00Z", "today"]]) {
    await page.clock.setFixedTime(new Date(now));
    await page.goto("./");
    await expect(page.getByRole("main").getByText(`As of 1 February 2022, ${age}`), now).toBeVisible();
  }
});

test("a shared link gets a preview with the headline figures, and the app can be installed", { tag: "@hosting" }, async ({ page, request }) => {
  await page.goto("./");
  const meta = (key) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);
  await expect(meta("og:title")).toHaveAttribute("content", "Migration Multi-Partner Trust Fund: where it stands – M-MPTF Explorer");
  const description = "40% of USD 70 million · USD 28 million raised · 12 programmes funded · 34 programmes in the pipeline · As of 1 February 2022.";
  await expect(meta("og:description")).toHaveAttribute("content", description);
  await expect(meta("twitter:description")).toHaveAttribute("content", description);
  await expect(meta("twitter:card")).toHaveAttribute("content", "summary_large_image");
  await expect(meta("og:image:alt")).toHaveAttribute("content", /M-MPTF Explorer/);
  // The image, the manifest and each of its icons are served, with their types.
  const image = await request.get(new URL(await meta("og:image").getAttribute("content"), page.url()).href);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  const manifestUrl = new URL(await page.locator('link[rel="manifest"]').getAttribute("href"), page.url()).href;
  const manifest = await (await request.get(manifestUrl)).json();
  expect(manifest).toMatchObject({ name: "M-MPTF Explorer", display: "standalone", start_url: "./", scope: "./" });
  const sizes = [];
  for (const icon of manifest.icons) {
    const res = await request.get(new URL(icon.src, manifestUrl).href);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()["content-type"], icon.src).toBe(icon.type);
    sizes.push(icon.sizes);
  }
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
});
