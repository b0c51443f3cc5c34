// Issue 14: a host checks a data file in the browser (chosen, dropped or pasted), sees every
// problem with its line in the page's language, and previews a valid file; and the overview
// shows how the fund has grown, as a chart with a text summary and a table.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations, watchErrors } from "./helpers.mjs";

const TEXT = readFileSync(new URL("../../public/data/fund.json", import.meta.url), "utf8");
const FR = JSON.parse(readFileSync(new URL("../../public/i18n/fr.json", import.meta.url), "utf8"));
const AR = JSON.parse(readFileSync(new URL("../../public/i18n/ar.json", import.meta.url), "utf8"));

// A static host answers a deep link with its 404.html copy of the app (status 404): not an error.
const DEEP_LINK_404 = /Failed to load resource: the server responded with a status of 404/;

/** The line (1-based) of the first line of `text` containing `needle`. */
function lineOf(text, needle) {
  const i = text.split("\n").findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in the text`);
  return i + 1;
}

// Broken in two ways and with a typo: a negative budget, a history point without a date, and
// `budjet` (a warning, not a problem).
const BROKEN = TEXT.replace('"budget": 1500000', '"budget": -1500000')
  .replace('"date": "2021-07"', '"date": "mid-2021"')
  .replace('"duration_months"', '"duration_monts"');

// Valid, with other figures than the published file, so the preview visibly uses it.
const CLEAN = TEXT.replace('"raised": 28000000', '"raised": 35000000')
  .replace('"reported_percent": 40', '"reported_percent": 50')
  .replace('"share_percent": 40', '"share_percent": 50');

async function choose(page, name, text) {
  await page.getByLabel("Choose a data file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

test("a broken file: every problem with its line and path, warnings apart, no preview", { tag: "@hosting" }, async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("./check-data");
  await expect(page.getByRole("heading", { level: 1, name: "Check a data file" })).toBeVisible();
  // The limit in the same words as the too-large message.
  await expect(page.getByText("A JSON file of at most 16 MB. You can also drop it on this box.")).toBeVisible();
  await choose(page, "fund.json", BROKEN);
  const result = page.getByRole("region", { name: "Result for fund.json" });
  await expect(result).toContainText("The file has 2 problems. Visitors would see the error page until they are fixed.");
  // Focus moves to the result, so a screen reader reads the verdict next.
  await expect(result.getByRole("heading", { name: "Result for fund.json" })).toBeFocused();
  const problems = result.getByRole("list").first();
  await expect(problems.getByRole("listitem")).toHaveText([
    `Line ${lineOf(BROKEN, "-1500000")}: At programmes[3].budget: the amount is negative.`,
    `Line ${lineOf(BROKEN, "mid-2021")}: At history[1].date: the date must be a real day written YYYY-MM-DD, or a month written YYYY-MM.`,
  ]);
  await expect(result.getByRole("heading", { name: "Warnings" })).toBeVisible();
  await expect(result).toContainText("1 warning: a field this app does not read. It does not stop the file from loading.");
  await expect(result).toContainText(
    `Line ${lineOf(BROKEN, "duration_monts")}: At programmes[3].duration_monts: “duration_monts” is not a field this app reads, so it is ignored. Did you mean “duration_months”?`,
  );
  await expect(page.getByRole("heading", { name: /^Preview/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(errors.filter((e) => !DEEP_LINK_404.test(e))).toEqual([]);
});

test("a clean file: valid, and the overview and the explorer previewed with its figures", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("./check-data");
  await page.waitForLoadState("networkidle");
  // Nothing leaves the browser: no request from choosing the file to the preview (but the
  // tab's icon, which the browser may fetch whenever it likes).
  const requests = [];
  page.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
  await choose(page, "new-fund.json", CLEAN);
  const result = page.getByRole("region", { name: "Result for new-fund.json" });
  await expect(result).toContainText("The file is valid: 46 programmes (12 funded, 34 in the pipeline), as of 1 February 2022.");
  await expect(result.getByRole("heading", { name: "Problems" })).toHaveCount(0);

  const overview = page.getByRole("region", { name: "Preview: the overview with this file" });
  await expect(overview).toContainText("50% of USD 70 million");
  await expect(overview).toContainText("USD 35 million raised");
  await expect(overview.getByRole("heading", { name: "How the fund has grown" })).toBeVisible();
  await expect(overview.getByRole("table", { name: "Figures by date, with their sources" })).toBeVisible();

  const explorer = page.getByRole("region", { name: "Preview: the explorer with this file" });
  const table = explorer.getByRole("table", { name: /Showing 1–46 of 46/ });
  await expect(table.getByRole("row")).toHaveCount(47);
  // Titles are not links: programme pages would show the published file, not this one.
  await expect(table.getByRole("link")).toHaveCount(0);
  await expect(table.getByRole("rowheader", { name: /North Macedonia/ })).toBeVisible();
  // The preview is the explorer itself: its search works on the checked file.
  await explorer.getByLabel("Search titles, countries and UN entities").fill("Tajikistan");
  await expect(explorer.getByRole("status").filter({ hasText: "1 programme matches" })).toBeVisible();
  expect(requests.filter((r) => !r.endsWith("/favicon.svg"))).toEqual([]);

  // The published overview still says what the published file says.
  await page.goto("./");
  await expect(page.getByText("40% of USD 70 million")).toBeVisible();
  expect(errors.filter((e) => !DEEP_LINK_404.test(e))).toEqual([]);
});

test("pasted text is checked like a file, syntax errors with their line", async ({ page }) => {
  await page.goto("./check-data");
  await page.getByLabel("Or paste the file’s text").fill('{\n  "schema_version": 1,\n  oops\n}');
  await page.getByRole("button", { name: "Check the pasted text" }).click();
  const result = page.getByRole("region", { name: "Result for The pasted text" });
  await expect(result).toContainText("The file has 1 problem.");
  await expect(result.getByRole("listitem")).toHaveText([/^Line 3: .*syntax error at line 3, column 3/]);
  await page.getByLabel("Or paste the file’s text").fill(CLEAN);
  await page.getByRole("button", { name: "Check the pasted text" }).click();
  await expect(result).toContainText("The file is valid");
});

test("a dropped file is checked; a file over 16 MB is refused before it is read", async ({ page }) => {
  await page.goto("./check-data");
  const zone = page.locator(".drop-zone");
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "dropped.json", { type: "application/json" }));
    return dt;
  }, BROKEN);
  await zone.dispatchEvent("dragover", { dataTransfer: transfer });
  await zone.dispatchEvent("drop", { dataTransfer: transfer });
  await expect(page.getByRole("region", { name: "Result for dropped.json" })).toContainText("The file has 2 problems.");

  await choose(page, "huge.json", " ".repeat(17 * 1024 * 1024));
  const result = page.getByRole("region", { name: "Result for huge.json" });
  await expect(result).toContainText("The file has 1 problem.");
  await expect(result).toContainText("The file is too large (17.8 MB); the limit is 16 MB");
});

test("the checker speaks the page's language and is reached from About and from the error view", { tag: "@hosting" }, async ({ page }) => {
  await page.goto("./about");
  await page.getByRole("link", { name: "Check a data file before you publish it" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check a data file" })).toBeVisible();

  await page.route("**/data/fund.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: "{}" }));
  await page.goto("./explorer");
  await page.getByRole("alert").getByRole("link", { name: "Check the data file in your browser" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check a data file" })).toBeVisible();
  await page.unroute("**/data/fund.json");

  await page.goto("./check-data?lang=fr");
  await expect(page.getByRole("heading", { level: 1, name: FR.check_heading })).toBeVisible();
  await page.getByLabel(FR.check_file_label).setInputFiles({ name: "fund.json", mimeType: "application/json", buffer: Buffer.from(BROKEN) });
  // French typography: a narrow no-break space before the colon (whitespace to the matcher).
  await expect(page.getByRole("main")).toContainText(`Ligne ${lineOf(BROKEN, "-1500000")} : À l’emplacement programmes[3].budget : le montant`);
  await expect(page.getByRole("main")).toContainText("Vouliez-vous dire « duration_months »");
});

test("the overview shows how the fund has grown: chart, summary, table, each point with its source", async ({ page }) => {
  await page.goto("./");
  const section = page.getByRole("region", { name: "How the fund has grown" });
  const chart = section.getByRole("img", { name: "Programmes funded and in the pipeline, by date reported" });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription("Funded programmes reported: 6 on 19 October 2020, 21 on 11 March 2024.");
  // Shapes, not only colours: circles for funded, squares for the pipeline; the one later point hollow.
  await expect(chart.locator("circle.funded")).toHaveCount(4);
  await expect(chart.locator("rect.pipeline")).toHaveCount(2);
  await expect(chart.locator("circle.since")).toHaveCount(1);
  await expect(chart.locator("text", { hasText: "This snapshot" })).toHaveCount(1);

  const table = section.getByRole("table", { name: "Figures by date, with their sources" });
  await expect(table.getByRole("columnheader")).toHaveText([
    "Date", "Funded programmes", "In the pipeline", "Allocated to programmes", "Target", "Share of target raised", "Source and note",
  ]);
  const rows = table.getByRole("row");
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toContainText("19 October 2020");
  await expect(rows.nth(1)).toContainText("USD 12,000,000");
  await expect(rows.nth(1)).toContainText("not what the fund had raised");
  await expect(rows.nth(2)).toContainText("July 2021");
  await expect(rows.nth(2).getByRole("cell").nth(1)).toHaveText("32");
  await expect(rows.nth(3)).toContainText("1 February 2022the figures on this page");
  await expect(rows.nth(4)).toContainText("11 March 2024reported since this snapshot");
  await expect(rows.nth(4).getByRole("cell").nth(1)).toHaveText("not stated");
  // Every point names its source; three of the four link to it.
  await expect(table.getByRole("link")).toHaveCount(3);
  await expect(table.getByRole("link", { name: /Donors’ statement/ })).toHaveAttribute("href", "https://migrationnetwork.un.org/unece-donors-statement");
  // The 9 October report of 24 programmes is not shown: its year is only inferred.
  await expect(section).not.toContainText("24 programmes");
  await expectNoAxeViolations(page);
});

test("the history speaks the page's language, and a file without history shows none", async ({ page }) => {
  await page.goto("./?lang=fr");
  const section = page.getByRole("region", { name: FR.history_heading });
  await expect(section.getByRole("img", { name: FR.history_chart_name })).toBeVisible();
  await expect(section).toContainText("juillet 2021");
  await expect(section).toContainText("11 mars 2024");
  await expect(section).toContainText(FR.history_since);

  const without = JSON.parse(TEXT);
  delete without.history;
  await page.route("**/data/fund.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(without) }));
  await page.goto("./");
  await expect(page.getByText("40% of USD 70 million")).toBeVisible();
  await expect(page.getByRole("heading", { name: "How the fund has grown" })).toHaveCount(0);
});

test("keyboard alone: choose a file, then paste text and check it", async ({ page }) => {
  // Playwright turns on file-chooser interception when a listener is added, without waiting
  // for the browser to confirm. Listening before the page opens means the Space below cannot
  // race that switch (it did once on CI, and the chooser then opened natively, unseen).
  const chooser = page.waitForEvent("filechooser");
  await page.goto("./check-data");
  await expect(page.getByRole("heading", { level: 1, name: "Check a data file" })).toBeVisible();
  const input = page.getByLabel("Choose a data file");
  for (let i = 0; i < 30 && !(await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(input).toBeFocused();
  await page.keyboard.press("Space");
  await (await chooser).setFiles({ name: "fund.json", mimeType: "application/json", buffer: Buffer.from(BROKEN) });
  await expect(page.getByRole("heading", { name: "Result for fund.json" })).toBeFocused();

  // Back from the result: the button, then the text box.
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Check the pasted text" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByLabel("Or paste the file’s text")).toBeFocused();
  await page.keyboard.insertText(CLEAN);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Check the pasted text" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Result for The pasted text" })).toBeFocused();
  await expect(page.getByRole("region", { name: "Result for The pasted text" })).toContainText("The file is valid");
});
