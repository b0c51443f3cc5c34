// The funding explorer: filters, search, URL state, detail pages, charts, what-if, exports.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./helpers.mjs";

const results = (page) => page.getByRole("status").filter({ hasText: /match/ });
const table = (page) => page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Programme" }) });

async function open(page, path = "./explorer") {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Joint programmes" })).toBeVisible();
  await expect(results(page)).toBeVisible();
}

test("filtering by status shows 34 in the pipeline and 12 funded; headline counts follow", async ({ page }) => {
  await open(page);
  await expect(results(page)).toHaveText("46 programmes match");
  await page.getByLabel("Status").selectOption({ label: "In the pipeline" });
  await expect(results(page)).toHaveText("34 programmes match");
  await expect(page.getByText("0 of 12 funded programmes match")).toBeVisible();
  await expect(page.getByText("34 of 34 pipeline programmes match")).toBeVisible();
  await expect(table(page).getByRole("row")).toHaveCount(35);
  await page.getByLabel("Status").selectOption({ label: "Funded" });
  await expect(results(page)).toHaveText("12 programmes match");
  await expect(page.getByText("12 of 12 funded programmes match")).toBeVisible();
  await expect(page).toHaveURL(/status=funded/);
});

test("search narrows the list and clearing it restores all 46", async ({ page }) => {
  await open(page);
  const search = page.getByRole("searchbox", { name: "Search titles, countries and UN entities" });
  await search.fill("unicef");
  await expect(results(page)).toHaveText("1 programme matches");
  await expect(table(page).getByRole("rowheader")).toHaveText([/Families left behind/]);
  await search.fill("ilo iom");
  await expect(results(page)).toHaveText("4 programmes match");
  await search.fill("mexico");
  await expect(table(page).getByRole("rowheader")).toHaveText([/Santiago \(Chile\) and Mexico City/]);
  await search.fill("");
  await expect(results(page)).toHaveText("46 programmes match");
});

test("filters combine, an empty result says so and Clear filters restores everything", async ({ page }) => {
  await open(page);
  await page.getByLabel("Region").selectOption("Africa");
  await expect(results(page)).toHaveText("3 programmes match");
  await page.getByLabel("Participating UN entity").selectOption("UNHCR");
  await expect(results(page)).toHaveText("2 programmes match");
  await page.getByLabel("GCM objective").selectOption("9");
  await expect(results(page)).toHaveText("No programmes match");
  await expect(page.getByText("No programmes match these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(results(page)).toHaveText("46 programmes match");
  await expect(page.getByLabel("Region")).toHaveValue("");
});

test("every view state is in the URL: reload restores it, Back and Forward walk it", { tag: "@hosting" }, async ({ page }) => {
  await open(page);
  await page.getByLabel("Status").selectOption("funded");
  await page.getByLabel("Sort by").selectOption({ label: "Title (A to Z)" });
  await page.getByRole("searchbox").fill("migration");
  await expect(page).toHaveURL(/q=migration/);
  await expect(results(page)).toHaveText("4 programmes match");
  const url = page.url();
  await page.reload();
  await expect(results(page)).toHaveText("4 programmes match");
  await expect(page.getByLabel("Status")).toHaveValue("funded");
  await expect(page.getByLabel("Sort by")).toHaveValue("title");
  await expect(page.getByRole("searchbox")).toHaveValue("migration");
  expect(page.url()).toBe(url);
  await expect(table(page).getByRole("rowheader")).toHaveText([/^Addressing Drivers/, /^Bridging Recruitment/, /^Empowerment/, /^Evidence-based/]);

  await page.goBack(); // before the search
  await expect(results(page)).toHaveText("12 programmes match");
  await expect(page.getByRole("searchbox")).toHaveValue("");
  await page.goBack(); // before the sort
  await expect(page.getByLabel("Sort by")).toHaveValue("file");
  await page.goBack(); // before the status filter
  await expect(results(page)).toHaveText("46 programmes match");
  await page.goForward();
  await expect(results(page)).toHaveText("12 programmes match");
});

test("a shared link opens exactly the sender's view", { tag: "@hosting" }, async ({ page }) => {
  await open(page, "./explorer?status=pipeline&sort=title-desc&page=1");
  await expect(results(page)).toHaveText("34 programmes match");
  await expect(page.getByLabel("Sort by")).toHaveValue("title-desc");
  await open(page, "./programmes?region=Asia");
  await expect(results(page)).toHaveText("2 programmes match");
});

test("unknown or malformed link values are ignored with a visible note", async ({ page }) => {
  await open(page, "./explorer?status=approved&objective=99&region=Atlantis&sort=random&colour=blue&region=");
  await expect(results(page)).toHaveText("46 programmes match");
  const note = page.getByText(/Some parts of this link were not understood and were ignored/);
  await expect(note).toBeVisible();
  await expect(note).toContainText("status = “approved”");
  await expect(note).toContainText("objective = “99”");
  await expect(note).toContainText("region = “Atlantis”");
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(note).toHaveCount(0);
});

test("a detail page shows every field and Back returns to the same filtered list", { tag: "@hosting" }, async ({ page }) => {
  await open(page, "./explorer?status=funded&region=Europe");
  await expect(results(page)).toHaveText("1 programme matches");
  await page.getByRole("link", { name: /North Macedonia/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Evidence-based migration policy planning and discourse in North Macedonia");
  await expect(page).toHaveTitle(/North Macedonia – M-MPTF Explorer/);
  const details = page.locator("dl.detail");
  await expect(details).toContainText("USD 1,500,000");
  await expect(details).toContainText("30 months");
  await expect(details).toContainText("IOM, UNFPA, UNHCR");
  await expect(details).toContainText("1. Collect and utilize accurate and disaggregated data");
  await expect(details.getByText("not published").first()).toBeVisible(); // thematic area
  await expect(page.getByRole("link", { name: "Nezavisen (budget and duration)" })).toHaveAttribute("href", /^https:\/\/nezavisen\.mk\//);
  await expectNoAxeViolations(page);

  await page.goBack();
  await expect(results(page)).toHaveText("1 programme matches");
  await expect(page.getByLabel("Region")).toHaveValue("Europe");

  // The page's own back link keeps the filters too.
  await page.getByRole("link", { name: /North Macedonia/ }).click();
  await page.getByRole("link", { name: "Back to the programme list" }).click();
  await expect(page).toHaveURL(/\/explorer\?status=funded&region=Europe$/);
  await expect(results(page)).toHaveText("1 programme matches");
});

test("an unpublished programme says so, and an unknown id gets a not-found view", async ({ page }) => {
  await page.goto("./programmes/pipeline-07");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programme pipeline-07 (details not published)");
  await expect(page.getByText("A source counts this programme, but its details have not been published.")).toBeVisible();
  await page.goto("./programmes/no-such-programme");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programme not found");
  await expect(page.getByText("No programme with the id “no-such-programme” is in the data file.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the CSV download of a filtered view has exactly those rows", { tag: "@hosting" }, async ({ page }) => {
  await open(page, "./explorer?region=Africa&sort=title");
  await expect(results(page)).toHaveText("3 programmes match");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("mmptf-programmes-2022-02-01.csv");
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("id,status,title,countries,region,thematic_area,budget,currency,duration_months,un_entities,gcm_objectives,summary,timeline,notes,sources");
  expect(lines.length).toBe(4);
  expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual([
    "igad-disasters-climate-change",
    "parrots-beak-border-management",
    "south-africa-social-cohesion",
  ]);
});

test("the JSON download holds the same rows and the view", { tag: "@hosting" }, async ({ page }) => {
  await open(page, "./explorer?status=funded&q=iom");
  await expect(results(page)).toHaveText("7 programmes match");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download JSON" }).click()]);
  expect(download.suggestedFilename()).toBe("mmptf-programmes-2022-02-01.json");
  const doc = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(doc.count).toBe(7);
  expect(doc.view).toBe("?status=funded&q=iom");
  expect(doc.programmes.every((p) => p.status === "funded")).toBe(true);
});

test("the what-if amount moves the percentage and absurd input is refused clearly", { tag: "@hosting" }, async ({ page }) => {
  await open(page);
  const amount = page.getByLabel("Additional contribution (USD)");
  await amount.fill("2000000");
  await expect(page.getByText("With USD 2,000,000 more, the fund would reach 42.9% of its USD 70 million target.")).toBeVisible();
  await expect(page.getByText("USD 40,000,000 would still be needed.")).toBeVisible();
  await expect(page.getByText(/0 of the 0 pipeline programmes with a published budget/)).toBeVisible();
  await expect(page).toHaveURL(/whatif=2000000/);
  await expect(page.getByLabel("Adjust the additional contribution")).toHaveValue("2000000");
  await amount.fill("50,000,000");
  await expect(page.getByText(/would reach 111.4% of its USD 70 million target/)).toBeVisible();
  await expect(page.getByText("The target would be exceeded by USD 8,000,000.")).toBeVisible();
  for (const [input, message] of [
    ["-5", "The amount cannot be negative."],
    ["abc", "Enter an amount in figures"],
    ["1e309", "Enter an amount in figures"],
    ["2000000000000000", "The amount must be at most 10^15"],
  ]) {
    await amount.fill(input);
    await expect(page.getByText(message)).toBeVisible();
    await expect(amount).toHaveAttribute("aria-invalid", "true");
  }
  await expect(page).toHaveURL(/whatif=2000000000000000/);
  await page.reload();
  await expect(amount).toHaveValue("2000000000000000"); // kept, never cleared
});

test("the slider sets the same amount", async ({ page }) => {
  await open(page);
  const slider = page.getByLabel("Adjust the additional contribution");
  await slider.fill("7000000");
  await expect(page.getByLabel("Additional contribution (USD)")).toHaveValue("7000000");
  await expect(page.getByText(/would reach 50% of its USD 70 million target/)).toBeVisible();
});

test("charts follow the filters and have text and table alternatives", async ({ page }) => {
  await open(page, "./explorer?status=funded");
  const status = page.getByRole("img", { name: "Bar chart: funded and pipeline programmes" });
  await expect(status).toBeVisible();
  await expect(page.getByText("12 funded and 0 in the pipeline, of 12 programmes shown.")).toBeVisible();
  await expect(page.getByRole("img", { name: /per part of the world/ })).toHaveAccessibleDescription("Africa has the most programmes shown: 3 of 12. 5 programmes shown do not publish this.");
  const region = page.getByRole("figure").filter({ has: page.getByRole("heading", { name: "Programmes by region" }) });
  await expect(region).toContainText("Africa has the most programmes shown: 3 of 12.");
  await region.getByText("Show the data as a table").click();
  const regionTable = region.getByRole("table");
  await expect(regionTable.getByRole("row", { name: /Africa/ })).toContainText("3");
  const objectives = page.getByRole("figure").filter({ has: page.getByRole("heading", { name: /Coverage of the 23 GCM objectives/ }) });
  await objectives.getByText("Show the data as a table").click();
  await expect(objectives.getByRole("row", { name: /6\. Facilitate fair and ethical recruitment/ })).toContainText("Roundtable 1");
  await expectNoAxeViolations(page);
  await page.getByLabel("Region").selectOption("Europe");
  await expect(region).toContainText("Europe has the most programmes shown: 1 of 1.");
});

test("at 10,000 programmes the list, search, pages and charts still work", async ({ page }) => {
  const { execFileSync } = await import("node:child_process");
  const fixture = "test-results/fixture-10000.json";
  execFileSync("node", ["scripts/gen-fixture.mjs", "10000", fixture]);
  await page.route("**/data/fund.json", (route) => route.fulfill({ path: fixture, contentType: "application/json" }));
  await open(page);
  await expect(results(page)).toHaveText("10,000 programmes match");
  await expect(table(page).getByRole("caption")).toHaveText("Showing 1–50 of 10,000");
  await expect(page.getByText("Page 1 of 200")).toBeVisible();
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(table(page).getByRole("caption")).toHaveText("Showing 51–100 of 10,000");
  await expect(page).toHaveURL(/page=2/);
  await page.getByRole("searchbox").fill("migration kenya");
  await expect(results(page)).toHaveText(/^\d[\d,]* programmes? match$/);
  await expect(table(page).getByRole("caption")).toHaveText(/^Showing 1–/);
  await expect(table(page).getByRole("rowheader").first()).toContainText(/Kenya/);
});

test("leaving the explorer right after typing does not break the next page", async ({ page }) => {
  // The browser's clock is driven by the test: the typing pause and the charts' settle delay
  // pass when the test says so, on a loaded machine as on a fast one (install alone lets
  // the clock run; pauseAt stops it).
  await page.clock.install();
  await open(page);
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.getByRole("searchbox").fill("bridge");
  await page.getByRole("link", { name: /BRIDGE/ }).click(); // before the URL catches up
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/BRIDGE/);
  await page.clock.runFor(5_000);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/BRIDGE/);
  await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
});

test("the search records what was typed at once when asked, by Enter or the Search button", async ({ page }) => {
  // The clock stands still once the page is open (install alone lets it run): the URL can
  // only change by the submit, never by the typing pause.
  await page.clock.install();
  await open(page);
  await page.clock.pauseAt(Date.now() + 60_000);
  const box = page.getByRole("search").getByRole("searchbox");
  await box.fill("kenya");
  await expect(results(page)).toHaveText(/^\d[\d,]* programmes? match(es)?$/);
  await expect(page).not.toHaveURL(/q=kenya/);
  await box.press("Enter");
  await expect(page).toHaveURL(/q=kenya/);
  await box.fill("bridge");
  await page.getByRole("search").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=bridge/);
  // Back returns to the first search: each submit of a burst records one entry.
  await page.goBack();
  await expect(page).toHaveURL(/q=kenya/);
});

test("a printed programme page has the programme, not the ways around the site", async ({ page }) => {
  await page.goto("./programmes/north-macedonia-evidence-based-policy");
  const back = page.getByRole("link", { name: "Back to the programme list" });
  const languages = page.getByRole("navigation", { name: "Language" });
  await expect(back).toBeVisible();
  await expect(languages).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".detail")).toBeVisible();
  await expect(back).toBeHidden();
  await expect(languages).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
});
