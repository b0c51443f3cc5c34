// The pledge wizard, as a stakeholder uses it.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations, fillDate, COMPLETE_DRAFT, DESCRIPTION } from "./helpers.mjs";

const summary = (page) => page.getByRole("alert").filter({ hasText: "There is a problem" });
const next = (page) => page.getByRole("button", { name: "Continue" }).click();

async function about(page, entity = "Republic of Example") {
  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
  await page.getByLabel("Name of the pledging entity").fill(entity);
  await page.getByLabel("Member State").check();
  await page.getByLabel("Contact person's full name").fill("A. Person");
  await page.getByLabel("Contact person's position").fill("Director of Migration");
  await page.getByLabel("Contact person's e-mail address").fill("a.person@example.org");
  await page.getByLabel("Country of implementation", { exact: true }).selectOption("KE");
  await next(page);
}

async function partners(page, title) {
  await expect(page.getByRole("heading", { level: 1, name: "The pledge" })).toBeVisible();
  await page.getByLabel("Name of the pledge").fill(title);
  await page.getByLabel("Common", { exact: true }).check();
  await page.getByLabel("Name of partner 1").fill("City of Example");
  await page.getByLabel("Country of partner 1 (headquarters)").selectOption("UG");
  await page.getByLabel("Contact e-mail of partner 1").fill("city@example.org");
  await page.getByRole("button", { name: "Add another partner" }).click();
  await expect(page.getByLabel("Name of partner 2")).toBeFocused();
  await page.getByLabel("Name of partner 2").fill("Example Migrant Network");
  await page.getByRole("group", { name: /match an existing pledge/ }).getByLabel("No").check();
  await next(page);
}

async function kind(page, label) {
  await expect(page.getByRole("heading", { level: 1, name: "Nature of the pledge" })).toBeVisible();
  await page.getByLabel(label, { exact: true }).check();
  await next(page);
}

async function alignment(page) {
  await expect(page.getByRole("heading", { level: 1, name: "GCM objectives" })).toBeVisible();
  await page.getByLabel(/^6\. Facilitate fair and ethical recruitment/).check();
  await page.getByLabel("Find an objective").fill("reintegration");
  await page.getByLabel(/^21\. Cooperate in facilitating safe and dignified return/).check();
  await page.getByLabel("Human rights").check();
  await page.getByLabel("Whole-of-society approach").check();
  await next(page);
}

async function description(page) {
  await expect(page.getByRole("heading", { level: 1, name: "Description" })).toBeVisible();
  await page.getByLabel("Description of the pledge").fill(DESCRIPTION);
  await next(page);
}

async function finish(page) {
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm and finish" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pledge complete" })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the pledge (JSON)" }).click()]);
  return { name: download.suggestedFilename(), doc: JSON.parse(readFileSync(await download.path(), "utf8")) };
}

async function timing(page) {
  await fillDate(page, "Start date", "2022-05-17");
  await fillDate(page, "End date", "2024-12-31");
  await page.getByLabel("How progress will be measured").fill("A yearly public report.");
}

const KINDS = {
  Financial: async (page) => {
    await page.getByLabel("Amount", { exact: true }).fill("2,000,000");
    await expect(page.getByText("Your pledge of USD 2,000,000 would take the fund from 40% to 42.9% of its USD 70 million target.")).toBeVisible();
    await page.getByLabel("The Migration Multi-Partner Trust Fund").check();
    await page.getByLabel("In one payment").check();
    await timing(page);
    await next(page);
  },
  "Material or human resources": async (page) => {
    await page.getByLabel("Staff, in person-months").fill("24");
    await page.getByLabel("Expertise offered").fill("Labour migration statistics");
    await page.getByLabel("Where the staff will work").fill("Geneva and Dushanbe");
    await timing(page);
    await next(page);
  },
  "Process-oriented": async (page) => {
    await page.getByLabel("Which process").fill("Whole-of-society national consultations before the IMRF");
    await page.getByLabel("Who takes part").fill("Ministries, local authorities and migrant associations");
    await timing(page);
    await next(page);
  },
  "Policy-oriented": async (page) => {
    await page.getByLabel("The policy").fill("A national policy on fair recruitment");
    await page.getByLabel("Its instrument").fill("Decree");
    await timing(page);
    await next(page);
  },
};
const DETAILS = {
  Financial: (p) => {
    expect(p.natures).toEqual(["financial"]);
    expect(p.amount).toBe("2,000,000");
    expect(p.currency).toBe("USD");
    expect(p.recipient).toBe("mmptf");
    expect(p.payment).toBe("one-off");
  },
  "Material or human resources": (p) => {
    expect(p.natures).toEqual(["material"]);
    expect([p.staff, p.expertise, p.staff_location]).toEqual(["24", "Labour migration statistics", "Geneva and Dushanbe"]);
    expect(p.amount).toBe("");
  },
  "Process-oriented": (p) => {
    expect(p.natures).toEqual(["process"]);
    expect(p.process).toBe("Whole-of-society national consultations before the IMRF");
    expect(p.participants).toBe("Ministries, local authorities and migrant associations");
  },
  "Policy-oriented": (p) => {
    expect(p.natures).toEqual(["policy"]);
    expect([p.policy, p.instrument]).toEqual(["A national policy on fair recruitment", "Decree"]);
  },
};

for (const [i, kindLabel] of Object.keys(KINDS).entries()) {
  // One complete pledge is a hosting journey too: the others differ only in their answers.
  const tag = i === 0 ? ["@hosting"] : [];
  test(`a complete ${kindLabel.toLowerCase()} pledge, through to the exported JSON`, { tag }, async ({ page }) => {
    await page.goto("./pledge");
    await page.getByRole("button", { name: "Start now" }).click();
    await about(page);
    await partners(page, `A ${kindLabel} pledge`);
    await kind(page, kindLabel);
    await expect(page.getByRole("heading", { level: 1, name: "Details (recommended)" })).toBeVisible();
    await KINDS[kindLabel](page);
    await alignment(page);
    await description(page);
    const { name, doc } = await finish(page);
    expect(doc.format).toBe("mmptf-pledge");
    expect(doc.schema_version).toBe(2);
    expect(doc.reference).toMatch(/^IMRF-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(name).toBe(`pledge-${doc.reference}.json`);
    await expect(page.getByText(doc.reference)).toBeVisible();
    await expect(page.getByText("Draft reference (not the official pledge ID)")).toBeVisible();
    const p = doc.pledge;
    expect(p.entity).toBe("Republic of Example");
    expect(p.entity_type).toBe("member-state");
    expect(p.country).toBe("KE");
    expect([p.contact_name, p.contact_position, p.contact_email]).toEqual(["A. Person", "Director of Migration", "a.person@example.org"]);
    expect(p.pledge_type).toBe("common");
    expect(p.partners).toEqual([
      { name: "City of Example", country: "UG", email: "city@example.org" },
      { name: "Example Migrant Network", country: "", email: "" },
    ]);
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
  await expect(links).toHaveCount(6);
  await expect(links.first()).toHaveText("Name of the pledging entity: enter an answer");
  await expect(summary(page)).toContainText("Contact person's position: enter an answer");
  await expect(summary(page)).toContainText("Country of implementation: select an answer");
  await links.nth(4).click();
  await expect(page.getByLabel("Contact person's e-mail address")).toBeFocused();
  await expect(page.getByLabel("Name of the pledging entity")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});

test("Section I: position, secondary contact, country list with Global first, other countries and region", async ({ page }) => {
  await page.goto("./pledge/about-you");
  const country = page.getByLabel("Country of implementation", { exact: true });
  const options = country.getByRole("option");
  await expect(options.nth(1)).toHaveText("Global");
  expect(await options.count()).toBe(251);
  await expect(country.locator("option[value=DE]")).toHaveText("Germany");
  await page.getByRole("group", { name: /GCM Champion country/ }).getByLabel("Yes").check();
  await page.getByLabel("E-mail address of the secondary contact").fill("not an address");
  await page.getByRole("button", { name: "Add another country" }).click();
  await expect(page.getByLabel("Other country of implementation 1")).toBeFocused();
  await page.getByLabel("Other country of implementation 1").selectOption("UG");
  await page.getByRole("button", { name: "Add another country" }).click();
  await page.getByLabel("Other country of implementation 2").selectOption("TZ");
  await page.getByRole("button", { name: "Remove country 2" }).click();
  await expect(page.getByLabel("Other country of implementation 1")).toBeFocused();
  await page.getByLabel(/^Region of implementation/).selectOption({ label: "Africa" });
  await country.selectOption("global");
  await next(page);
  await expect(summary(page)).toContainText("E-mail address of the secondary contact: Enter an e-mail address in the correct format");
  await expect(page.getByLabel("E-mail address of the secondary contact")).toHaveAttribute("aria-describedby", /secondary-email-error/);
  // Names follow the page's language (the browser's Intl), and the choice is kept.
  await page.getByRole("link", { name: "Français" }).click();
  await expect(page.getByLabel("Pays de mise en œuvre", { exact: true }).locator("option[value=DE]")).toHaveText("Allemagne");
  await expect(page.getByLabel("Pays de mise en œuvre", { exact: true })).toHaveValue("global");
  await expectNoAxeViolations(page);
});

test("Section II: Individual, Common or In partnership; partners with country and checked e-mail; mirror pledge", async ({ page }) => {
  await page.goto("./pledge/partners");
  await expect(page.getByText("Pledges focus on migrants. A pledge that concerns only refugees and asylum seekers belongs to the Global Compact on Refugees")).toBeVisible();
  await page.getByLabel("Individual", { exact: true }).check();
  await expect(page.getByLabel("Name of partner 1")).toHaveCount(0);
  await page.getByLabel("In partnership", { exact: true }).check();
  await expect(page.getByLabel("Name of partner 1")).toBeVisible();
  await page.getByLabel("Contact e-mail of partner 1").fill("nope");
  await page.getByRole("group", { name: /mirror pledge/ }).getByLabel("Yes").check();
  await next(page);
  await expect(summary(page)).toContainText("Name of the pledge: enter an answer");
  await expect(summary(page)).toContainText("Name of partner 1: enter an answer");
  await expect(summary(page)).toContainText("Contact e-mail of partner 1: Enter an e-mail address in the correct format");
  await expect(page.getByLabel("Contact e-mail of partner 1")).toHaveAttribute("aria-describedby", "partner-email-0-error");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Add another partner" }).click();
  await page.getByLabel("Name of partner 2").fill("Second");
  await page.getByRole("button", { name: "Remove partner 1" }).click();
  await expect(page.getByLabel("Name of partner 1")).toHaveValue("Second");
  await expect(page.getByLabel("Name of partner 1")).toBeFocused();
});

test("Section III: several natures; every detail is recommended and none blocks", async ({ page }) => {
  await page.goto("./pledge/kind");
  await next(page);
  await expect(summary(page)).toContainText("Select at least one nature of the pledge");
  await page.getByLabel("Financial", { exact: true }).check();
  await page.getByLabel("Policy-oriented", { exact: true }).check();
  await next(page);
  await expect(page.getByRole("heading", { level: 1, name: "Details (recommended)" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Financial" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Policy" })).toBeVisible();
  await expect(page.getByText(/^Why: an amount, a recipient and a payment plan/)).toBeVisible();
  await expect(page.getByText(/^Why: a time-bound, measurable pledge/)).toBeVisible();
  await expectNoAxeViolations(page);
  await next(page); // nothing filled in: not blocked
  await expect(page.getByRole("heading", { level: 1, name: "GCM objectives" })).toBeVisible();
  // A detail that is given is checked.
  await page.goto("./pledge/details");
  await page.getByLabel("Amount", { exact: true }).fill("-5");
  await next(page);
  await expect(summary(page)).toContainText("Amount cannot be negative");
  await page.getByLabel("Amount", { exact: true }).fill("");
  await fillDate(page, "Start date", "2023-01-10");
  await fillDate(page, "End date", "2023-01-09");
  await next(page);
  await expect(summary(page)).toContainText("The end date must be the same as or after the start date");
});

test("Section IV: the main three objectives are advice; more shows a note, never an error; principles are optional", async ({ page }) => {
  await page.goto("./pledge/alignment");
  await expect(page.getByText("Select the main three, as the official form asks.")).toBeVisible();
  for (const n of ["1", "2", "3"]) await page.locator(`#objective-${n}`).check();
  await expect(page.getByText(/The official form asks for the main three/)).toHaveCount(0);
  await page.locator("#objective-4").check();
  await expect(page.getByText("You have selected 4 objectives. The official form asks for the main three: consider keeping the three this pledge supports most.")).toBeVisible();
  await expectNoAxeViolations(page);
  await next(page);
  await expect(page.getByRole("heading", { level: 1, name: "Description" })).toBeVisible();
});

test("Section VI: 300 to 3,000 characters, and a warning when line breaks counted twice pass 3,000", async ({ page }) => {
  await page.goto("./pledge/your-pledge");
  const text = page.getByLabel("Description of the pledge");
  await text.fill("a".repeat(299));
  await expect(page.getByText("1 more character needed")).toBeVisible();
  await next(page);
  await expect(summary(page)).toContainText("Description of the pledge must be at least 300 characters");
  await text.fill("a".repeat(300));
  await expect(page.getByText("You have 2,700 characters remaining")).toBeVisible();
  await text.fill(`${"a".repeat(1000)}\n\n${"b".repeat(1997)}`);
  await expect(page.getByText(/your text is 3,001 characters long: more than 3,000/)).toBeVisible();
  await text.fill(`${"a".repeat(1000)}\n${"b".repeat(1997)}`);
  await expect(page.getByText(/your text is .* characters long: more than 3,000/)).toHaveCount(0);
  // Section VII: a link, the official upload rule shown, and only http(s).
  await expect(page.getByText(/one file of up to 25 MB \(txt, rtf, pdf, doc, docx, odt, ppt, pptx, odp, xls, xlsx, ods\)/)).toBeVisible();
  await page.getByLabel("Link to a supporting document").fill("javascript:alert(1)");
  await next(page);
  await expect(summary(page)).toContainText("Enter a web address that starts with http:// or https://");
  await page.getByLabel("Link to a supporting document").fill("https://example.org/annex.pdf");
  await next(page);
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
});

test("Draft the description from my answers writes a first draft, and asks before touching typed text", async ({ page }) => {
  await page.goto("./pledge/about-you");
  await page.getByLabel("Name of the pledging entity").fill("Republic of Example");
  await page.getByLabel("Country of implementation", { exact: true }).selectOption("KE");
  await page.goto("./pledge/partners");
  await page.getByLabel("Name of the pledge").fill("Fair recruitment");
  await page.goto("./pledge/your-pledge");
  const drafter = page.getByRole("button", { name: "Draft the description from my answers" });
  await drafter.click();
  await expect(page.getByText("There is nothing to draft from yet")).toBeVisible();
  await page.goto("./pledge/kind");
  await page.getByLabel("Financial", { exact: true }).check();
  await next(page);
  await page.getByLabel("Amount", { exact: true }).fill("2,000,000");
  await page.getByLabel("The Migration Multi-Partner Trust Fund").check();
  await fillDate(page, "Start date", "2022-05-17");
  await fillDate(page, "End date", "2024-12-31");
  await page.getByLabel("How progress will be measured").fill("A yearly public report");
  await page.goto("./pledge/your-pledge");
  await drafter.click();
  const text = page.getByLabel("Description of the pledge");
  await expect(text).toBeFocused();
  const drafted = await text.inputValue();
  expect(drafted).toContain("Fair recruitment: a pledge by Republic of Example.");
  expect(drafted).toContain("It is carried out in: Kenya.");
  expect(drafted).toMatch(/The contribution is USD\s2,000,000\./);
  expect(drafted).toContain("It goes to The Migration Multi-Partner Trust Fund.");
  expect(drafted).toContain("It runs from 17 May 2022 to 31 December 2024.");
  expect(drafted).toContain("Progress will be measured as follows: A yearly public report.");
  await expect(page.getByText("A first draft was written from your answers.")).toBeVisible();
  // Typed text is never overwritten without asking.
  await text.fill("My own words.");
  await drafter.click();
  await expect(page.getByText("Your description already has text. What should the drafted text do?")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Keep my text as it is" }).click();
  await expect(text).toHaveValue("My own words.");
  await drafter.click();
  await page.getByRole("button", { name: "Add it after my text" }).click();
  await expect(text).toHaveValue(`My own words.\n\n${drafted}`);
  await drafter.click();
  await page.getByRole("button", { name: "Replace my text" }).click();
  await expect(text).toHaveValue(drafted);
});

test("a reload in the middle restores every field", async ({ page }) => {
  await page.goto("./pledge/about-you");
  await page.getByLabel("Name of the pledging entity").fill("Reload Ministry");
  await page.getByLabel("Other", { exact: true }).check();
  await page.getByLabel("Describe the type of entity").fill("Network of cities");
  await page.getByLabel("Contact person's position").fill("Mayor");
  await page.getByLabel("Country of implementation", { exact: true }).selectOption("global");
  await page.reload();
  await expect(page.getByLabel("Name of the pledging entity")).toHaveValue("Reload Ministry");
  await expect(page.getByLabel("Other", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Describe the type of entity")).toHaveValue("Network of cities");
  await expect(page.getByLabel("Contact person's position")).toHaveValue("Mayor");
  await expect(page.getByLabel("Country of implementation", { exact: true })).toHaveValue("global");
  // The start page offers to resume or start again.
  await page.goto("./pledge");
  await expect(page.getByRole("heading", { name: "You have a saved draft" })).toBeVisible();
  await page.getByRole("button", { name: "Start again" }).click();
  await page.getByRole("dialog", { name: "Start again?" }).getByRole("button", { name: "Yes, start again" }).click();
  await expect(page.getByText("You are starting a new pledge.")).toBeVisible();
  await page.goto("./pledge/about-you");
  await expect(page.getByLabel("Name of the pledging entity")).toHaveValue("");
});

test("unticking a nature keeps what was typed for it", async ({ page }) => {
  await page.goto("./pledge/kind");
  await page.getByLabel("Policy-oriented").check();
  await next(page);
  await page.getByLabel("The policy").fill("Kept policy text");
  await page.goto("./pledge/kind");
  await page.getByLabel("Policy-oriented").uncheck();
  await page.getByLabel("Financial", { exact: true }).check();
  await next(page);
  await expect(page.getByLabel("The policy")).toHaveCount(0);
  await page.goto("./pledge/kind");
  await page.getByLabel("Policy-oriented").check();
  await next(page);
  await expect(page.getByLabel("The policy")).toHaveValue("Kept policy text");
});

async function completeDraft(page, title = "<img src=x onerror=alert(1)> pledge") {
  await page.goto("./pledge/about-you");
  await about(page);
  await partners(page, title);
  await kind(page, "Policy-oriented");
  await KINDS["Policy-oriented"](page);
  await alignment(page);
  await description(page);
}

test("a Change link returns to the review after the edit; hostile text is shown as text", { tag: "@hosting" }, async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs += 1;
    return d.dismiss();
  });
  await completeDraft(page);
  await expect(page.getByText("<img src=x onerror=alert(1)> pledge").first()).toBeVisible();
  expect(await page.locator("main img").count()).toBe(0);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Change Country of implementation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
  await page.getByLabel("Country of implementation", { exact: true }).selectOption("FR");
  await page.getByRole("button", { name: "Save and return to the review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(page.locator("dl.summary-list").first()).toContainText("France");
  expect(dialogs).toBe(0);
});

const SECTIONS = [
  "Section I: Personal details of the contact person",
  "Section II: The pledge",
  "Section IIa: Participating States and Actors",
  "Section III: Nature of the pledge",
  "Section IV: GCM objectives",
  "Section V",
  "Section VI: Description",
  "Section VII: Supporting document",
];

test("Copy into the official form: the official sections in order, official labels, a Copy button per answer", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await completeDraft(page, "Fair recruitment for all");
  const sheet = page.getByRole("region", { name: "Copy into the official form" });
  await expect(sheet.getByRole("heading", { level: 3, name: /^Section/ })).toHaveText(SECTIONS);
  await expect(sheet.getByRole("link", { name: "Open the official pledge form" })).toHaveAttribute("href", "https://migrationnetwork.un.org/submit-pledges");
  for (const label of ["Name of entity submitting the pledge", "Pledging entity", "Full name", "Position", "Country of implementation", "Email Address", "Name of the pledge", "Type of pledge (please select)", "Name of state/actor", "E-mail address of the contact person", "Nature of the pledge", "Please select the main three GCM objectives the pledge is/are meant to support"]) {
    await expect(sheet.getByText(label, { exact: true }).first()).toBeVisible();
  }
  await expect(sheet.getByText("Attach one file of up to 25 MB")).toBeVisible();
  // Answers the official form has no place for are set apart.
  await expect(sheet.getByRole("heading", { level: 3, name: "Not on the official form" })).toBeVisible();
  await sheet.getByRole("button", { name: "Copy Position" }).click();
  await expect(sheet.locator(".sheet-row").filter({ hasText: "Position" }).getByText("Copied", { exact: true })).toBeVisible();
  await expect(sheet.getByRole("status")).toHaveText("Copied: Position");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("Director of Migration");
  await sheet.getByRole("button", { name: "Copy Country of implementation" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("Kenya");
  await expectNoAxeViolations(page);
  // The same sheet on the confirmation page, and in print.
  await page.getByRole("button", { name: "Confirm and finish" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pledge complete" })).toBeVisible();
  await expect(sheet.getByRole("heading", { level: 3, name: /^Section/ })).toHaveText(SECTIONS);
  await page.emulateMedia({ media: "print" });
  await expect(sheet.getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expect(sheet.getByText("https://migrationnetwork.un.org/submit-pledges")).toBeVisible();
  await expect(sheet.getByRole("button", { name: "Copy Position" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
});

test("the official form's address comes from config.json when a host sets one", { tag: "@hosting" }, async ({ page }) => {
  await withCompleteDraft(page, { official_form_url: "https://example.org/pledge-form" });
  await expect(page.getByRole("link", { name: "Open the official pledge form" })).toHaveAttribute("href", "https://example.org/pledge-form");
});

test("the official pledge ID is recorded, kept on return and written in the pledge file", async ({ page }) => {
  await withCompleteDraft(page, {});
  const reference = await page.locator(".panel-confirmation .reference strong").first().innerText();
  await page.getByLabel("Official pledge ID").fill("PLEDGE-2022-123");
  await page.getByRole("button", { name: "Save the official pledge ID" }).click();
  await expect(page.getByText("Official pledge ID saved: PLEDGE-2022-123")).toBeVisible();
  // Saving does not rebuild the page under the user: focus stays where it was.
  await expect(page.getByRole("button", { name: "Save the official pledge ID" })).toBeFocused();
  await page.reload();
  await expect(page.locator(".panel-confirmation")).toContainText("Official pledge ID: PLEDGE-2022-123");
  await expect(page.locator(".panel-confirmation")).toContainText(reference);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the pledge (JSON)" }).click()]);
  const doc = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(doc.official_id).toBe("PLEDGE-2022-123");
  expect(doc.reference).toBe(reference);
  await expectNoAxeViolations(page);
});

test("a version 1 draft keeps every word: co-pledgers become partners, the old country is shown", async ({ page }) => {
  await page.goto("./");
  await page.evaluate((draft) => localStorage.setItem("mmptf-explorer/pledge-draft/v1", JSON.stringify(draft)), V1_DRAFT);
  await page.goto("./pledge/about-you");
  await expect(page.getByLabel("Name of the pledging entity")).toHaveValue("Republic of Example");
  await expect(page.getByText("An earlier version of this form asked for a “Country or region”, and you answered “East Africa”.")).toBeVisible();
  await expect(page.getByLabel("Country of implementation", { exact: true })).toHaveValue("");
  await page.goto("./pledge/partners");
  await expect(page.getByText("Your earlier draft said this is a joint pledge, and its partners are kept. Choose whether it is Common or In partnership.")).toBeVisible();
  await page.getByLabel("In partnership", { exact: true }).check();
  await expect(page.getByLabel("Name of partner 1")).toHaveValue("City of Example");
  await expect(page.getByLabel("Name of partner 2")).toHaveValue("Example Migrant Network");
  await page.goto("./pledge/kind");
  await expect(page.getByLabel("Financial", { exact: true })).toBeChecked();
  // Migrated under the new key; the old copy is removed once the new one is written.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).toContain("mmptf-explorer/pledge-draft/v2");
  expect(keys).not.toContain("mmptf-explorer/pledge-draft/v1");
});

test("the exported JSON, opened again, gives the same review", async ({ page }) => {
  await completeDraft(page);
  const before = await page.locator("dl.summary-list").first().innerText();
  const { doc } = await finish(page);
  // Once the draft is saved, clear it: the next page starts with nothing (a draft still
  // waiting to be saved would rightly be saved on leaving).
  await expect.poll(() => page.evaluate(() => localStorage.getItem("mmptf-explorer/pledge-draft/v2"))).toContain("onerror");
  await page.evaluate(() => localStorage.clear());
  await page.goto("./pledge");
  await page.getByLabel("Open a saved draft").setInputFiles({ name: "pledge.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(page.getByText("The draft from “pledge.json” is open.")).toBeVisible();
  await page.goto("./pledge/check");
  expect(await page.locator("dl.summary-list").first().innerText()).toBe(before);
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
  await page.evaluate(() => localStorage.setItem("mmptf-explorer/pledge-draft/v2", "{not json"));
  await page.goto("./pledge");
  await expect(page.getByRole("heading", { name: "A draft this version cannot open is kept in this browser" })).toBeVisible();
  await expect(page.getByText("The file is damaged or is not a pledge draft")).toBeVisible();
  await page.evaluate(() => {
    localStorage.clear();
    localStorage.setItem("mmptf-explorer/pledge-draft/v2", JSON.stringify({ format: "mmptf-pledge-draft", version: 0, draft: {} }));
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
  await partners(page, "No storage pledge");
  await kind(page, "Process-oriented");
  await KINDS["Process-oriented"](page);
  await alignment(page);
  await description(page);
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

const V1_DRAFT = {
  format: "mmptf-pledge-draft",
  version: 1,
  draft: {
    entity: "Republic of Example", entity_type: "member-state", country: "East Africa", contact_name: "A. Person",
    contact_email: "a.person@example.org", joint: "yes", co_pledgers: ["City of Example", "Example Migrant Network"],
    matching: "no", kind: "financial", amount: "2000000", currency: "USD", recipient: "mmptf", payment: "one-off",
    objectives: [6], principles: ["human-rights"], title: "Old pledge", description: DESCRIPTION, start: "2022-05-17",
    end: "2023-05-17", measurement: "Report",
  },
};

async function withCompleteDraft(page, config) {
  await page.route("**/config.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(config) }));
  await page.goto("./");
  await page.evaluate((draft) => localStorage.setItem("mmptf-explorer/pledge-draft/v2", JSON.stringify(draft)), COMPLETE_DRAFT);
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

test("submitting to the configured endpoint retries, and a failure keeps the pledge", { tag: "@hosting" }, async ({ page }) => {
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
  await expect(page.getByText(/The pledge was sent\./)).toBeVisible({ timeout: 15_000 });
  expect(calls).toBe(3);
  await expect(page.getByRole("button", { name: "Submit the pledge" })).toHaveCount(0);
  await page.goto("./pledge/check");
  await expect(page.getByText("Ready pledge").first()).toBeVisible();
});
