// A progress report on a pledge already made, as a pledger would give it: from the pledge
// file the wizard exported, or typed by hand; "in progress" with money delivered and an
// indicator, "fulfilled"; a link that is not http(s) refused; nothing lost on reload or in a
// second tab; the file reopened to start the next update; sent once to the endpoint.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations, fillDate, watchErrors, COMPLETE_DRAFT } from "./helpers.mjs";

const REPORT_KEY = "mmptf-explorer/progress-draft/v1";
const stored = (page) => page.evaluate((k) => localStorage.getItem(k), REPORT_KEY);
const today = () => new Date().toLocaleDateString("en-CA"); // YYYY-MM-DD, the browser's local date

/** The pledge file the wizard exports for COMPLETE_DRAFT, with its official ID recorded. */
const PLEDGE_FILE = {
  format: "mmptf-pledge",
  schema_version: 2,
  reference: "IMRF-0000-0000-0000",
  official_id: "P-2022-0042",
  pledge: { ...COMPLETE_DRAFT.draft, official_id: "P-2022-0042", natures: ["financial", "process"] },
};

async function downloadText(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

const proceed = (page) => page.getByRole("button", { name: "Continue" }).click();

async function fresh(page) {
  await page.goto("./");
  await page.evaluate(() => localStorage.clear());
}

test("from the exported pledge file: in progress, money delivered and an indicator, reviewed, downloaded, reopened for the next update", { tag: "@hosting" }, async ({ page }) => {
  const errors = watchErrors(page);
  await fresh(page);
  // Reached from the main navigation.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Report progress" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Report progress on a pledge" })).toBeVisible();
  await expect(page.getByText(/it does not file it with the United Nations/)).toBeVisible();
  await page.getByLabel("Open a pledge or update file").setInputFiles({
    name: "pledge.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(PLEDGE_FILE)),
  });
  await expect(page.getByText("The draft from “pledge.json” is open.")).toBeVisible();
  await proceed(page);

  // Which pledge: filled in from the file, the official ID apart from our reference.
  await expect(page.getByRole("heading", { level: 1, name: "Which pledge" })).toBeVisible();
  await expect(page.getByLabel("Official pledge ID")).toHaveValue("P-2022-0042");
  await expect(page.getByText(/^Reference of the pledge file: IMRF-/)).toBeVisible();
  await expect(page.getByLabel("Title of the pledge")).toHaveValue("Ready pledge");
  await expect(page.getByLabel("Pledging entity")).toHaveValue("Republic of Example");
  await expect(page.getByLabel("Name of the focal person reporting")).toHaveValue("A. Person");
  await expect(page.getByRole("checkbox", { name: "Financial" })).toBeChecked();
  await proceed(page);

  // Where it stands.
  await page.getByRole("radio", { name: "In progress" }).check();
  await fillDate(page, "Date of this update", today());
  await fillDate(page, "Period covered: from", "2022-05-17");
  await proceed(page);

  // What was done: money delivered against money pledged, shown as a share; an indicator.
  await expect(page.getByRole("heading", { level: 1, name: "What was done" })).toBeVisible();
  await page.getByLabel("What was done").fill("Paid the first instalment; trained 120 officials in Mombasa.");
  await expect(page.getByLabel("Amount pledged")).toHaveValue("2000000");
  await page.getByLabel("Amount delivered to date").fill("500000");
  await expect(page.getByText("25% of the amount pledged has been delivered.")).toBeVisible();
  await page.getByRole("button", { name: "Add an indicator" }).click();
  await expect(page.getByLabel("What is measured (indicator 1)")).toBeFocused();
  await page.getByLabel("What is measured (indicator 1)").fill("Officials trained");
  await page.getByLabel("Baseline (indicator 1)").fill("0");
  await page.getByLabel("Current value (indicator 1)").fill("120");
  await page.getByLabel("Unit (indicator 1)").fill("people");
  await expectNoAxeViolations(page);
  await proceed(page);

  // Evidence and next steps, then the review with Change links.
  await page.getByRole("button", { name: "Add a link" }).click();
  await page.getByLabel("Evidence link 1").fill("https://example.org/report.pdf");
  await page.getByLabel("Next steps").fill("Second instalment in 2027.");
  await proceed(page);
  await expect(page.getByRole("heading", { level: 1, name: "Check your update" })).toBeVisible();
  const list = page.locator(".summary-list");
  await expect(list).toContainText("P-2022-0042");
  await expect(list).toContainText("In progress");
  await expect(list).toContainText("USD 500000");
  await expect(list).toContainText("Officials trained: 0 → 120 people");
  await expect(page.getByRole("link", { name: "Change What was done" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm and finish" }).click();

  // Ready: never claimed as filed; where to send it; the file.
  await expect(page.getByRole("heading", { level: 1, name: "Your update is ready" })).toBeVisible();
  await expect(page.getByText(/has not been filed with the United Nations or sent anywhere/)).toBeVisible();
  await expect(page.getByText(/Send it through the channel you used for your pledge/)).toBeVisible();
  const reference = (await page.getByText(/^UPD-/).textContent()).trim();
  const { name, text } = await downloadText(page, page.getByRole("button", { name: "Download the update (JSON)" }));
  expect(name).toBe(`progress-report-P-2022-0042-${today()}.json`);
  const doc = JSON.parse(text);
  expect(doc).toMatchObject({ format: "mmptf-progress-report", schema_version: 1, reference, update_date: today() });
  expect(doc.pledge).toMatchObject({ official_id: "P-2022-0042", title: "Ready pledge" });
  expect(doc.pledge.reference).toMatch(/^IMRF-/);
  expect(doc.report).toMatchObject({ stage: "in-progress", amount_delivered: "500000", evidence: ["https://example.org/report.pdf"] });
  expect(doc.report.indicators).toEqual([{ measure: "Officials trained", baseline: "0", current: "120", unit: "people" }]);

  // The file reopened starts the next update: the pledge and figures carried over, a date of its own.
  await fresh(page);
  // (By the navigation: a deep link is the host's 404 fallback, which the console reports.)
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Report progress" }).click();
  await page.getByLabel("Open a pledge or update file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  await proceed(page);
  await expect(page.getByLabel("Official pledge ID")).toHaveValue("P-2022-0042");
  await proceed(page);
  await expect(page.getByRole("radio", { name: "In progress" })).toBeChecked();
  await expect(page.getByText(`Your last update was dated ${today()}.`)).toBeVisible();
  await fillDate(page, "Date of this update", today());
  await proceed(page);
  await expect(page.getByRole("link", { name: /Date of this update: enter a date after that of the update this one follows/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test("typed by hand: a fulfilled policy pledge, and a javascript: evidence link refused with a clear message", async ({ page }) => {
  await fresh(page);
  await page.goto("./progress");
  await page.getByRole("button", { name: "Type the pledge's details" }).click();
  // Nothing typed: every essential is asked for.
  await proceed(page);
  const summary = page.getByRole("alert");
  for (const message of ["Title of the pledge: enter an answer", "Pledging entity: enter an answer", "Name of the focal person reporting: enter an answer"]) {
    await expect(summary.getByRole("link", { name: message })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await page.getByLabel("Title of the pledge").fill("Regular pathways for climate-displaced people");
  await page.getByLabel("Pledging entity").fill("City of Example");
  await page.getByRole("checkbox", { name: "Policy" }).check();
  await page.getByLabel("Name of the focal person reporting").fill("B. Person");
  await page.getByLabel("E-mail address of the focal person").fill("b.person@example.org");
  await proceed(page);
  await page.getByRole("radio", { name: "Fulfilled", exact: true }).check();
  await fillDate(page, "Date of this update", today());
  await proceed(page);
  // Not financial: no money questions; indicators offered.
  await expect(page.getByLabel("Amount delivered to date")).toHaveCount(0);
  await page.getByLabel("What was done").fill("The city council adopted the regularisation ordinance.");
  await proceed(page);
  await page.getByRole("button", { name: "Add a link" }).click();
  await page.getByLabel("Evidence link 1").fill("javascript:alert(document.cookie)");
  await proceed(page);
  await expect(page.getByRole("alert").getByRole("link", { name: /starts with http/ })).toBeVisible();
  await expect(page.getByLabel("Evidence link 1")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Evidence link 1")).toHaveValue("javascript:alert(document.cookie)");
  await page.getByLabel("Evidence link 1").fill("https://example.org/ordinance");
  await proceed(page);
  await expect(page.locator(".summary-list")).toContainText("Fulfilled");
  await page.getByRole("button", { name: "Confirm and finish" }).click();
  await expect(page.getByText(/^UPD-/)).toBeVisible();
});

test("no significant change: the short path records the stage and the date", async ({ page }) => {
  await fresh(page);
  await page.goto("./progress");
  await page.getByRole("button", { name: "Type the pledge's details" }).click();
  await page.getByLabel("Title of the pledge").fill("Short path");
  await page.getByLabel("Pledging entity").fill("NGO");
  await page.getByRole("checkbox", { name: "Process-oriented" }).check();
  await page.getByLabel("Name of the focal person reporting").fill("C. Person");
  await page.getByLabel("E-mail address of the focal person").fill("c@example.org");
  await proceed(page);
  await page.getByRole("radio", { name: "Planning" }).check();
  await page.getByLabel("No significant change since my last update").check();
  await fillDate(page, "Date of this update", today());
  await proceed(page);
  await expect(page.getByRole("heading", { level: 1, name: "Check your update" })).toBeVisible();
  await expect(page.locator(".summary-list")).not.toContainText("What was done");
});

test("a reload and a second tab lose nothing", async ({ page, context }) => {
  await fresh(page);
  await page.goto("./progress/which-pledge");
  await page.getByLabel("Title of the pledge").fill("Kept across reloads");
  await expect.poll(() => stored(page)).toContain("Kept across reloads");
  await page.reload();
  await expect(page.getByLabel("Title of the pledge")).toHaveValue("Kept across reloads");
  const other = await context.newPage();
  await other.goto("./progress/which-pledge");
  await expect(other.getByLabel("Title of the pledge")).toHaveValue("Kept across reloads");
  await other.getByLabel("Pledging entity").fill("Typed in tab B");
  await expect.poll(() => stored(other)).toContain("Typed in tab B");
  // Tab A hears of it and does not write over it.
  const banner = page.getByRole("alert").filter({ hasText: "This draft was changed in another tab or window" });
  await expect(banner).toBeVisible();
  await page.getByLabel("Name of the focal person reporting").fill("Typed in tab A");
  expect(await stored(page)).toContain("Typed in tab B");
  expect(await stored(page)).not.toContain("Typed in tab A");
  await banner.getByRole("button", { name: "Load the newer draft" }).click();
  await expect(page.getByLabel("Pledging entity")).toHaveValue("Typed in tab B");
  // The pledge wizard's draft is not touched by any of this.
  expect(await page.evaluate(() => localStorage.getItem("mmptf-explorer/pledge-draft/v2"))).toBeNull();
  await other.close();
});

test("submit sends the update once, with its reference as the Idempotency-Key", { tag: "@hosting" }, async ({ page }) => {
  const endpoint = new URL("api/progress", test.info().project.use.baseURL).href;
  const keys = [];
  await page.route(endpoint, (route) => {
    keys.push(route.request().headers()["idempotency-key"]);
    return route.fulfill({ status: keys.length === 1 ? 503 : 201, body: "" });
  });
  await page.route("**/config.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify({ progress_endpoint: endpoint }) }));
  await fresh(page);
  const report = {
    format: "mmptf-progress-draft", version: 1,
    draft: {
      title: "Sent once", entity: "Ministry", natures: ["policy"], focal_name: "D. Person", focal_email: "d@example.org",
      stage: "in-progress", update_date: "2026-01-15", actions: "Drafted the law.",
    },
  };
  await page.evaluate(([k, t]) => localStorage.setItem(k, t), [REPORT_KEY, JSON.stringify(report)]);
  await page.goto("./progress/confirmation");
  await expect(page.getByText(/The host of this site collects updates/)).toBeVisible();
  const reference = (await page.getByText(/^UPD-/).textContent()).trim();
  await page.getByRole("button", { name: "Submit the update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The update was sent." })).toContainText(reference);
  expect(keys).toEqual([reference, reference]);
  await page.reload();
  await expect(page.getByText(/^UPD-/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit the update" })).toHaveCount(0);
  expect(keys).toHaveLength(2);
});

test("the report is reached from the wizard's start page and its confirmation, in the page's language", async ({ page }) => {
  await fresh(page);
  await page.goto("./pledge");
  await page.getByRole("link", { name: "Already made a pledge? Report how it is going" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Report progress on a pledge" })).toBeVisible();
  await page.evaluate((d) => localStorage.setItem("mmptf-explorer/pledge-draft/v2", JSON.stringify(d)), COMPLETE_DRAFT);
  await page.goto("./pledge/confirmation?lang=fr");
  await page.getByRole("link", { name: "Une fois votre engagement pris, revenez rendre compte de son avancement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rendre compte d’un engagement" })).toBeVisible();
  // The pledge in this browser is offered, by its title.
  await page.getByRole("button", { name: "Rendre compte de l’engagement enregistré dans ce navigateur : « Ready pledge »" }).click();
  await expect(page.getByLabel("Titre de l’engagement")).toHaveValue("Ready pledge");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

test("e-mail carries the whole update, or says honestly that it is too long and offers the file", async ({ page }) => {
  await page.route("**/config.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify({ progress_email: "updates@example.org" }) }));
  const draft = {
    title: "Mailed", entity: "Ministry", natures: ["policy"], focal_name: "E. Person", focal_email: "e@example.org",
    stage: "planning", update_date: "2026-01-15", actions: "Short.",
  };
  const open = async (actions) => {
    await fresh(page);
    await page.evaluate(([k, t]) => localStorage.setItem(k, t), [REPORT_KEY, JSON.stringify({ format: "mmptf-progress-draft", version: 1, draft: { ...draft, actions } })]);
    await page.goto("./progress/confirmation");
    await expect(page.getByText(/^UPD-/)).toBeVisible();
  };
  await open("Short.");
  await expect(page.getByText("The host of this site asks for updates by e-mail, at updates@example.org.")).toBeVisible();
  const send = page.getByRole("link", { name: "Send it by e-mail" });
  await expect(send).toHaveAttribute("href", /^mailto:updates%40example\.org\?subject=/);
  expect(decodeURIComponent(await send.getAttribute("href"))).toContain("What was done: Short.");
  const long = "We trained border officials in six provinces. ".repeat(60).trim();
  await open(long);
  await expect(page.getByText(/This update is too long to go whole in an e-mail link/)).toBeVisible();
  for (const name of ["Send it by e-mail", "E-mail a copy to myself"]) {
    const href = decodeURIComponent(await page.getByRole("link", { name }).getAttribute("href"));
    expect(href).not.toContain("We trained");
    expect(href).toMatch(/I attach the file progress-report-[\w-]+\.json/);
  }
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the update's file to attach" }).click()]);
  expect(JSON.parse(readFileSync(await download.path(), "utf8")).report.actions).toBe(long);
});
