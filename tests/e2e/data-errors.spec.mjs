// A broken data file, served by the test in place of the real one, shows the error view:
// never a blank page, never a panic.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations, watchErrors } from "./helpers.mjs";

const REAL = JSON.parse(readFileSync(new URL("../../public/data/fund.json", import.meta.url), "utf8"));

function serve(page, response) {
  return page.route("**/data/fund.json", (route) =>
    response === "abort" ? route.abort("failed") : route.fulfill({ contentType: "application/json", ...response }),
  );
}

function variant(change) {
  const copy = structuredClone(REAL);
  change(copy);
  return { body: JSON.stringify(copy) };
}

const CASES = [
  ["invalid JSON, with where", { body: '{\n  "schema_version": 1,\n  oops\n}' }, /syntax error at line 3, column 3/],
  ["a truncated file", { body: JSON.stringify(REAL).slice(0, 500) }, /ends too early/],
  ["an empty file", { body: "" }, /The file is empty/],
  ["an HTML page instead of JSON", { body: "<!doctype html><title>Oops</title>", contentType: "text/html" }, /web page instead of the JSON/],
  ["HTTP 404", { status: 404, body: "Not found" }, /HTTP status 404/],
  ["HTTP 500", { status: 500, body: "boom" }, /HTTP status 500/],
  ["a network failure", "abort", /could not be reached/],
  ["a wrong type", variant((d) => (d.fund.target = "seventy million")), /At fund\.target: expected an amount/],
  ["a missing field", variant((d) => delete d.counts.funded), /At counts\.funded: this field is required/],
  ["a negative budget", variant((d) => (d.programmes[3].budget = -5)), /At programmes\[3\]\.budget: the amount is negative/],
  ["a duplicate id", variant((d) => (d.programmes[4].id = d.programmes[0].id)), /id “tajikistan-families-left-behind” is used by another/],
  ["counts that do not add up", variant((d) => (d.counts.pipeline = 30)), /counts\.pipeline says 30, but the file lists 34/],
  ["an inconsistent amount", variant((d) => (d.fund.raised = 30000000)), /reported_percent says 40 %/],
  ["an unknown status", variant((d) => (d.programmes[9].status = "approved")), /At programmes\[9\]\.status: the status “approved” is unknown/],
  ["a 20 MB file", { body: " ".repeat(20 * 1024 * 1024) + "{}" }, /The file is too large \(21 MB\); the limit is 16 MB/],
  ["a javascript: link", variant((d) => (d.programmes[0].sources[0].url = "javascript:alert(1)")), /At programmes\[0\]\.sources\[0\]\.url: only http:\/\/ and https:\/\/ links are allowed/],
];

for (const [name, response, message] of CASES) {
  test(`the error view explains ${name}`, async ({ page }) => {
    const errors = watchErrors(page);
    await serve(page, response);
    await page.goto("./");
    const alert = page.getByRole("alert");
    await expect(alert.getByRole("heading", { name: "The fund data could not be loaded" })).toBeVisible();
    await expect(alert).toContainText(message);
    await expect(alert).toContainText("If you host this site");
    // The shell still works: the page is not blank and navigation is there.
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(errors.filter((e) => !e.includes("Failed to load resource") && !e.includes("net::ERR_FAILED"))).toEqual([]);
  });
}

test("the error view passes axe, and Try again loads the data once it is fixed", { tag: "@hosting" }, async ({ page }) => {
  await serve(page, { status: 500, body: "" });
  await page.goto("./");
  await expect(page.getByRole("alert")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.unroute("**/data/fund.json");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByText("12 programmes funded")).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("hostile text in the data file is shown as text, never run", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs += 1;
    return d.dismiss();
  });
  await serve(page, variant((d) => (d.programmes[0].title = "<img src=x onerror=alert(1)><script>alert(2)</script>")));
  await page.goto("./explorer");
  await expect(page.getByRole("rowheader", { name: "<img src=x onerror=alert(1)><script>alert(2)</script>" })).toBeVisible();
  expect(await page.locator("main img, main script").count()).toBe(0);
  expect(dialogs).toBe(0);
});

test("on a slow network the page says the data is loading, then shows it", async ({ page }) => {
  // The data is held until the loading message has been seen, however long the app takes
  // to start: a fixed delay would race a cold machine's start-up.
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route("**/data/fund.json", async (route) => {
    await released;
    await route.continue();
  });
  await page.goto("./");
  // The page does not wait blank for the data: the shell and a loading message come first.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByText("Loading the fund data…")).toBeVisible();
  release();
  await expect(page.getByText("12 programmes funded")).toBeVisible();
  await expect(page.getByText("Loading the fund data…")).toHaveCount(0);
});

test("on a normal network the first paint is already complete, with no loading message", async ({ page }) => {
  await page.addInitScript(() => {
    window.__sawLoading = false;
    new MutationObserver(() => {
      if (document.body && document.body.textContent.includes("Loading the fund data")) window.__sawLoading = true;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto("./");
  await expect(page.getByText("12 programmes funded")).toBeVisible();
  expect(await page.evaluate(() => window.__sawLoading)).toBe(false);
});
