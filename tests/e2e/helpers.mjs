import { test as base, expect } from "@playwright/test";

/** Every journey fails if the browser reports a Content-Security-Policy violation. */
export const test = base.extend({
  page: async ({ page }, use) => {
    const violations = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to (execute|load|apply|connect|compile)/i.test(m.text())) violations.push(m.text());
    });
    await use(page);
    expect(violations, violations.join("\n")).toEqual([]);
  },
});
export { expect };

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Loads a checker into the page as a same-origin script, which the strict policy allows (an
 * inline one it rightly refuses): the test server serves `/__test__/<name>` from
 * node_modules (tests/e2e/server.mjs). Loaded once per document.
 */
export async function injectChecker(page, name, global) {
  if (await page.evaluate((g) => typeof window[g] === "undefined", global)) {
    await page.addScriptTag({ url: new URL(`/__test__/${name}`, page.url()).href });
  }
}

/** Runs axe-core on the page as it is now and fails with a readable list of violations. */
export async function expectNoAxeViolations(page) {
  // Hosting changes no markup: the views are audited at the root, once.
  if (test.info().project.name === "hosted") return;
  await injectChecker(page, "axe.min.js", "axe");
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  }, WCAG_TAGS);
  expect(violations, violations.join("\n")).toEqual([]);
}

/** Collects console errors and uncaught exceptions; a journey ends by asserting there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Types an ISO date into the GOV.UK date input whose legend is `legend`: Day, Month, Year. */
export async function fillDate(page, legend, iso) {
  const [year, month, day] = iso.split("-");
  const group = page.getByRole("group", { name: legend, exact: true });
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
}

/** A description long enough for the wizard's rules. */
export const DESCRIPTION = "We will ".padEnd(300, "x");

/** A complete pledge draft as the wizard stores it (financial, to the fund, one-off). */
export const COMPLETE_DRAFT = {
  format: "mmptf-pledge-draft",
  version: 2,
  draft: {
    entity: "Republic of Example", entity_type: "member-state", country: "KE", contact_name: "A. Person",
    contact_position: "Director", contact_email: "a.person@example.org", pledge_type: "individual", matching: "no",
    natures: ["financial"], amount: "2000000", currency: "USD", recipient: "mmptf", payment: "one-off", objectives: [6],
    principles: ["human-rights"], title: "Ready pledge", description: DESCRIPTION, start: "2022-05-17", end: "2023-05-17",
    measurement: "Report",
  },
};

/** The wizard's question steps, by slug, in order (the start page is `./pledge`). */
export const STEPS = ["about-you", "partners", "kind", "details", "alignment", "your-pledge"];

/** Every page of the wizard: its start, its steps, the review and the confirmation. */
export const WIZARD_PAGES = ["./pledge", ...STEPS.map((s) => `./pledge/${s}`), "./pledge/check", "./pledge/confirmation"];

/** The progress report's question steps, by slug, in order (the start page is `./progress`). */
export const REPORT_STEPS = ["which-pledge", "where-it-stands", "what-was-done", "evidence-and-next-steps"];

/** Every page of the progress report: its start, its steps, the review and the confirmation. */
export const REPORT_PAGES = ["./progress", ...REPORT_STEPS.map((s) => `./progress/${s}`), "./progress/check", "./progress/confirmation"];

/**
 * The wizards' pages that show an error summary when Continue (or Confirm) is pressed with
 * nothing filled in. Not the pledge's details step (with no nature chosen it asks nothing),
 * nor the report's evidence step (every question there is optional).
 */
export const WITH_ERRORS = [
  ...["about-you", "partners", "kind", "alignment", "your-pledge", "check"].map((s) => `./pledge/${s}`),
  ...["which-pledge", "where-it-stands", "what-was-done", "check"].map((s) => `./progress/${s}`),
];

/** Every kind of page a visitor can reach, each once: the views, then the wizards'. */
export const PAGES = [
  "./", "./explorer", "./programmes/north-macedonia-evidence-based-policy", "./programmes/no-such-id", "./about",
  "./check-data", "./no/such/page", ...WIZARD_PAGES, ...REPORT_PAGES,
];

/** A complete progress report draft as the report stores it (financial and process, in progress). */
export const COMPLETE_REPORT = {
  format: "mmptf-progress-draft",
  version: 1,
  draft: {
    official_id: "P-2022-0042", title: "Ready pledge", entity: "Republic of Example", pledge_type: "common",
    natures: ["financial", "process"], amount_pledged: "2000000", currency: "USD", focal_name: "A. Person",
    focal_email: "a.person@example.org", on_behalf_of: "City of Example", stage: "in-progress", update_date: "2026-01-15",
    actions: "Paid the first instalment.", amount_delivered: "500000", objectives: [6],
    indicators: [{ measure: "Officials trained", baseline: "0", current: "120", unit: "people" }],
    evidence: ["https://example.org/report.pdf"],
  },
};
