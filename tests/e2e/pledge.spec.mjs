// The pledge wizard, as a stakeholder uses it.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./helpers.mjs";

const DESCRIPTION = "We will ".padEnd(300, "x");
const summary = (page) => page.getByRole("alert").filter({ hasText: "There is a problem" });
const next = (page) => page.getByRole("button", { name: "Continue" }).click();

async function about(page, entity = "Republic of Example") {
  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
  await page.getByLabel("Name of the pledging entity").fill(entity);
  await page.getByLabel("Member State").check();
  await page.getByLabel("Country or region").fill("Example");
  await page.getByLabel("Contact person's name").fill("A. Person");
  await page.getByLabel("Contact person's e-mail address").fill("a.person@example.org");
  await next(page);
}

async function partners(page) {
  await expect(page.getByRole("heading", { level: 1, name: "Partners" })).toBeVisible();
  await page.getByRole("group", { name: /joint pledge/ }).getByLabel("Yes").check();
  await page.getByLabel("Co-pledger 1").fill("City of Example");
  await page.getByRole("button", { name: "Add another co-pledger" }).click();
  await page.getByLabel("Co-pledger 2").fill("Example Migrant Network");
  await page.getByRole("group", { name: /match an existing pledge/ }).getByLabel("No").check();
  await next(page);
}

async function kind(page, label) {
  await page.getByLabel(label, { exact: true }).check();
  await next(page);
}

async function alignment(page) {
  await expect(page.getByRole("heading", { level: 1, name: "Alignment with the Compact" })).toBeVisible();
  await page.getByLabel(/^6\. Facilitate fair and ethical recruitment/).check();
  await page.getByLabel("Find an objective").fill("reintegration");
  await page.getByLabel(/^21\. Cooperate in facilitating safe and dignified return/).check();
  await page.getByLabel("Human rights").check();
  await page.getByLabel("Whole-of-society approach").check();
  await next(page);
}

async function thePledge(page, title) {
  await expect(page.getByRole("heading", { level: 1, name: "Your pledge" })).toBeVisible();
  await page.getByLabel("Title of the pledge").fill(title);
  await page.getByLabel("Description").fill(DESCRIPTION);
  await page.getByLabel("Start date").fill("2022-05-17");
  await page.getByLabel("End date").fill("2024-12-31");
  await page.getByLabel("How progress will be measured").fill("A yearly public report.");
  await next(page);
}

async function finish(page) {
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm and finish" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pledge complete" })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the pledge (JSON)" }).click()]);
  return { name: download.suggestedFilename(), doc: JSON.parse(readFileSync(await download.path(), "utf8")) };
}

const KINDS = {
  Financial: async (page) => {
    await page.getByLabel("Amount", { exact: true }).fill("2,000,000");
    await expect(page.getByText("Your pledge of USD 2,000,000 would take the fund from 40% to 42.9% of its USD 70 million target.")).toBeVisible();
    await page.getByLabel("The Migration Multi-Partner Trust Fund").check();
    await page.getByLabel("In one payment").check();
    await next(page);
  },
  "Human resources": async (page) => {
    await page.getByLabel("Staff, in person-months").fill("24");
    await page.getByLabel("Expertise offered").fill("Labour migration statistics");
    await page.getByLabel("Where the staff will work").fill("Geneva and Dushanbe");
    await next(page);
  },
  "Process-oriented": async (page) => {
    await page.getByLabel("Which process").fill("Whole-of-society national consultations before the IMRF");
    await page.getByLabel("Who takes part").fill("Ministries, local authorities and migrant associations");
    await next(page);
  },
  "Policy-oriented": async (page) => {
    await page.getByLabel("The policy").fill("A national policy on fair recruitment");
    await page.getByLabel("Its instrument").fill("Decree");
    await next(page);
  },
};
const DETAILS = {
  Financial: (p) => {
    expect(p.kind).toBe("financial");
    expect(p.amount).toBe("2,000,000");
    expect(p.currency).toBe("USD");
    expect(p.recipient).toBe("mmptf");
    expect(p.payment).toBe("one-off");
  },
  "Human resources": (p) => {
    expect(p.kind).toBe("human-resources");
    expect([p.staff, p.expertise, p.staff_location]).toEqual(["24", "Labour migration statistics", "Geneva and Dushanbe"]);
    expect(p.amount).toBe("");
  },
  "Process-oriented": (p) => {
    expect(p.kind).toBe("process");
    expect(p.process).toBe("Whole-of-society national consultations before the IMRF");
    expect(p.participants).toBe("Ministries, local authorities and migrant associations");
  },
  "Policy-oriented": (p) => {
    expect(p.kind).toBe("policy");
    expect([p.policy, p.instrument]).toEqual(["A national policy on fair recruitment", "Decree"]);
  },
};

for (const kindLabel of Object.keys(KINDS)) {
  test(`a complete ${kindLabel.toLowerCase()} pledge, through to the exported JSON`, async ({ page }) => {
    await page.goto("./pledge");
    await page.getByRole("button", { name: "Start now" }).click();
    await about(page);
    await partners(page);
    await kind(page, kindLabel);
    await KINDS[kindLabel](page);
    await alignment(page);
    await thePledge(page, `A ${kindLabel} pledge`);
    const { name, doc } = await finish(page);
    expect(doc.format).toBe("mmptf-pledge");
    expect(doc.schema_version).toBe(1);
    expect(doc.reference).toMatch(/^IMRF-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(name).toBe(`pledge-${doc.reference}.json`);
    await expect(page.getByText(doc.reference)).toBeVisible();
    const p = doc.pledge;
    expect(p.entity).toBe("Republic of Example");
    expect(p.entity_type).toBe("member-state");
    expect(p.country).toBe("Example");
    expect(p.contact_name).toBe("A. Person");
    expect(p.contact_email).toBe("a.person@example.org");
    expect(p.joint).toBe("yes");
    expect(p.co_pledgers).toEqual(["City of Example", "Example Migrant Network"]);
    expect(p.matching).toBe("no");
    expect(p.objectives).toEqual([6, 21]);
    expect(p.principles).toEqual(["human-rights", "whole-of-society"]);
    expect(p.title).toBe(`A ${kindLabel} pledge`);
    expect(p.description).toBe(DESCRIPTION);
    expect([p.start, p.end]).toEqual(["2022-05-17", "2024-12-31"]);
    expect(p.measurement).toBe("A yearly public report.");
    DETAILS[kindLabel](p);
  });
}

test("Continue on an empty step shows the error summary, focused, with links to each field", async ({ page }) => {
  await page.goto("./pledge/about-you");
  await next(page);
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Error: About you/);
  const links = summary(page).getByRole("link");
  await expect(links).toHaveCount(5);
  await expect(links.first()).toHaveText("Name of the pledging entity: enter an answer");
  await links.nth(4).click();
  await expect(page.getByLabel("Contact person's e-mail address")).toBeFocused();
  await expect(page.getByLabel("Name of the pledging entity")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});

test("a 299-character description is refused and a 300-character one accepted", async ({ page }) => {
  await page.goto("./pledge/your-pledge");
  await page.getByLabel("Title of the pledge").fill("T");
  await page.getByLabel("Description").fill("a".repeat(299));
  await expect(page.getByText("1 more character needed")).toBeVisible();
  await page.getByLabel("Start date").fill("2022-05-17");
  await page.getByLabel("End date").fill("2022-05-17");
  await page.getByLabel("How progress will be measured").fill("Report");
  await next(page);
  await expect(summary(page)).toContainText("Description must be at least 300 characters");
  await page.getByLabel("Description").fill("a".repeat(300));
  await expect(page.getByText("You have 2,700 characters remaining")).toBeVisible();
  await next(page);
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
});

test("a bad e-mail, a negative amount and an end date before the start are refused", async ({ page }) => {
  await page.goto("./pledge/about-you");
  await page.getByLabel("Contact person's e-mail address").fill("not-an-email");
  await next(page);
  await expect(summary(page)).toContainText("Enter an e-mail address in the correct format");
  await expect(page.getByLabel("Contact person's e-mail address")).toHaveValue("not-an-email"); // never cleared

  await page.goto("./pledge/kind");
  await page.getByLabel("Financial", { exact: true }).check();
  await next(page);
  await page.getByLabel("Amount", { exact: true }).fill("-5");
  await next(page);
  await expect(summary(page)).toContainText("Amount cannot be negative");
  await expectNoAxeViolations(page);

  await page.goto("./pledge/your-pledge");
  await page.getByLabel("Start date").fill("2023-01-10");
  await page.getByLabel("End date").fill("2023-01-09");
  await next(page);
  await expect(summary(page)).toContainText("The end date must be the same as or after the start date");
});

test("a reload in the middle restores every field", async ({ page }) => {
  await page.goto("./pledge/about-you");
  await page.getByLabel("Name of the pledging entity").fill("Reload Ministry");
  await page.getByLabel("Other").check();
  await page.getByLabel("Describe the type of entity").fill("Network of cities");
  await page.getByLabel("Contact person's e-mail address").fill("x@y.org");
  await page.reload();
  await expect(page.getByLabel("Name of the pledging entity")).toHaveValue("Reload Ministry");
  await expect(page.getByLabel("Other")).toBeChecked();
  await expect(page.getByLabel("Describe the type of entity")).toHaveValue("Network of cities");
  await expect(page.getByLabel("Contact person's e-mail address")).toHaveValue("x@y.org");
  // The start page offers to resume or start again.
  await page.goto("./pledge");
  await expect(page.getByRole("heading", { name: "You have a saved draft" })).toBeVisible();
  await page.getByRole("button", { name: "Start again" }).click();
  await expect(page.getByText("The saved draft was removed.")).toBeVisible();
  await page.goto("./pledge/about-you");
  await expect(page.getByLabel("Name of the pledging entity")).toHaveValue("");
});

test("changing the kind keeps what was typed for the other kind", async ({ page }) => {
  await page.goto("./pledge/kind");
  await page.getByLabel("Policy-oriented").check();
  await next(page);
  await page.getByLabel("The policy").fill("Kept policy text");
  await page.goto("./pledge/kind");
  await page.getByLabel("Financial", { exact: true }).check();
  await next(page);
  await page.getByLabel("Amount", { exact: true }).fill("5");
  await page.goto("./pledge/kind");
  await page.getByLabel("Policy-oriented").check();
  await next(page);
  await expect(page.getByLabel("The policy")).toHaveValue("Kept policy text");
});

async function completeDraft(page) {
  await page.goto("./pledge/about-you");
  await about(page);
  await partners(page);
  await kind(page, "Policy-oriented");
  await KINDS["Policy-oriented"](page);
  await alignment(page);
  await thePledge(page, "<img src=x onerror=alert(1)> pledge");
}

test("a Change link returns to the review after the edit; hostile text is shown as text", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs += 1;
    return d.dismiss();
  });
  await completeDraft(page);
  await expect(page.getByText("<img src=x onerror=alert(1)> pledge")).toBeVisible();
  expect(await page.locator("main img").count()).toBe(0);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Change Country or region" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
  await page.getByLabel("Country or region").fill("Changed country");
  await page.getByRole("button", { name: "Save and return to the review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(page.getByText("Changed country")).toBeVisible();
  expect(dialogs).toBe(0);
});

test("the exported JSON, opened again, gives the same review", async ({ page }) => {
  await completeDraft(page);
  const before = await page.locator("dl.summary-list").innerText();
  const { doc } = await finish(page);
  await page.evaluate(() => localStorage.clear());
  await page.goto("./pledge");
  await page.getByLabel("Open a saved draft").setInputFiles({ name: "pledge.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(page.getByText("The draft from “pledge.json” is open.")).toBeVisible();
  await page.goto("./pledge/check");
  expect(await page.locator("dl.summary-list").innerText()).toBe(before);
});

test("a damaged or foreign draft file is refused with a clear message and nothing is lost", async ({ page }) => {
  await page.goto("./pledge/about-you");
  await page.getByLabel("Name of the pledging entity").fill("Keep me");
  await page.goto("./pledge");
  await page.getByLabel("Open a saved draft").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{\"format\":") });
  await expect(page.getByText("The file is damaged or is not a pledge draft")).toBeVisible();
  await page.getByLabel("Open a saved draft").setInputFiles({ name: "fund.json", mimeType: "application/json", buffer: readFileSync("public/data/fund.json") });
  await expect(page.getByText("The file is not a pledge draft from this site.")).toBeVisible();
  await page.goto("./pledge/about-you");
  await expect(page.getByLabel("Name of the pledging entity")).toHaveValue("Keep me");
});

test("a corrupt or old draft in storage gets a clear message and a fresh start", async ({ page }) => {
  await page.goto("./");
  await page.evaluate(() => localStorage.setItem("mmptf-explorer/pledge-draft/v1", "{not json"));
  await page.goto("./pledge");
  await expect(page.getByText(/A draft saved in this browser could not be read/)).toBeVisible();
  await page.evaluate(() => {
    localStorage.clear();
    localStorage.setItem("mmptf-explorer/pledge-draft/v1", JSON.stringify({ format: "mmptf-pledge-draft", version: 0, draft: {} }));
  });
  await page.goto("./pledge/about-you");
  await expect(page.getByText(/saved by an older version of this site/)).toBeVisible();
  await expect(page.getByLabel("Name of the pledging entity")).toHaveValue("");
});

test("with storage disabled the wizard says so and still completes", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  await page.goto("./pledge/about-you");
  await expect(page.getByText(/Your draft can't be kept in this browser/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Download draft" })).toBeVisible();
  await about(page);
  await partners(page);
  await kind(page, "Process-oriented");
  await KINDS["Process-oriented"](page);
  await alignment(page);
  await thePledge(page, "No storage pledge");
  const { doc } = await finish(page);
  expect(doc.pledge.title).toBe("No storage pledge");
});

test("with storage full the wizard says so and offers a download", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException("full", "QuotaExceededError"); };
  });
  await page.goto("./pledge/about-you");
  await page.getByLabel("Name of the pledging entity").fill("Full storage");
  await expect(page.getByText(/storage is full/)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download draft" }).click()]);
  const doc = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(doc.draft.entity).toBe("Full storage");
});

test("axe finds no violations on every step, with and without errors", async ({ page }) => {
  for (const step of ["", "/about-you", "/partners", "/kind", "/details", "/alignment", "/your-pledge", "/check", "/confirmation"]) {
    await page.goto(`./pledge${step}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    const button = page.getByRole("button", { name: /^(Continue|Confirm and finish)$/ });
    if (await button.count()) {
      await button.click();
      await expect(summary(page)).toBeVisible();
      await expectNoAxeViolations(page);
    }
  }
});

const COMPLETE_DRAFT = {
  format: "mmptf-pledge-draft",
  version: 1,
  draft: {
    entity: "Republic of Example", entity_type: "member-state", country: "Example", contact_name: "A. Person",
    contact_email: "a.person@example.org", joint: "no", matching: "no", kind: "financial", amount: "2000000", currency: "USD",
    recipient: "mmptf", payment: "one-off", objectives: [6], principles: ["human-rights"], title: "Ready pledge",
    description: DESCRIPTION, start: "2022-05-17", end: "2023-05-17", measurement: "Report",
  },
};

async function withCompleteDraft(page, config) {
  await page.route("**/config.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(config) }));
  await page.goto("./");
  await page.evaluate((draft) => localStorage.setItem("mmptf-explorer/pledge-draft/v1", JSON.stringify(draft)), COMPLETE_DRAFT);
  await page.goto("./pledge/confirmation");
  await expect(page.getByText(/^IMRF-/)).toBeVisible();
}

test("the pledge can be e-mailed to the configured address, printed and copied", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await withCompleteDraft(page, { pledge_email: "pledges@example.org", submission_endpoint: null });
  const mail = page.getByRole("link", { name: "Send it by e-mail" });
  await expect(mail).toHaveAttribute("href", /^mailto:pledges%40example\.org\?subject=IMRF%20pledge%20IMRF-/);
  await expect(mail).toHaveAttribute("href", /Ready%20pledge/);
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.getByRole("button", { name: "Print or save as PDF" }).click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);
  await page.getByRole("button", { name: "Copy to clipboard" }).click();
  await expect(page.getByText("The pledge was copied to the clipboard.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Ready pledge");
  await expectNoAxeViolations(page);
});

test("without a configured address or endpoint, those ways are not offered", async ({ page }) => {
  await withCompleteDraft(page, { pledge_email: "javascript:alert(1)", submission_endpoint: "javascript:alert(1)" });
  await expect(page.getByText("No e-mail address for pledges is configured for this site.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit the pledge" })).toHaveCount(0);
});

test("submitting to the configured endpoint retries, and a failure keeps the pledge", async ({ page }) => {
  // Same origin: the strict policy (connect-src 'self') would rightly block another origin,
  // which a host that configures one must add to connect-src (see the README).
  const endpoint = new URL("api/pledges", test.info().project.use.baseURL).href;
  let calls = 0;
  await page.route(endpoint, (route) => {
    calls += 1;
    return route.fulfill({ status: calls < 3 ? 503 : 201, body: "" });
  });
  await withCompleteDraft(page, { pledge_email: null, submission_endpoint: endpoint });
  await page.getByRole("button", { name: "Submit the pledge" }).click();
  await expect(page.getByText("The pledge was sent.")).toBeVisible({ timeout: 15_000 });
  expect(calls).toBe(3);

  await page.unroute(endpoint);
  await page.route(endpoint, (route) => route.abort("failed"));
  await page.getByRole("button", { name: "Submit the pledge" }).click();
  await expect(page.getByText(/The pledge could not be sent. It is kept in this browser/)).toBeVisible({ timeout: 15_000 });
  await page.goto("./pledge/check");
  await expect(page.getByText("Ready pledge")).toBeVisible();
});
