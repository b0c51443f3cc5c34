// Every view and every state of a view that shows something new, in English and in Arabic,
// through the three tools of the trade: the HTML validator (html-validate, recommended
// rules) on the page as rendered, IBM's Equal Access engine (accessibility-checker-engine,
// offline) and axe-core on the live DOM. The engines are loaded into the page as same-origin
// scripts (helpers.mjs), so they run under the strict policy like every journey.
import { readFileSync } from "node:fs";
import { HtmlValidate } from "html-validate";
import {
  test, expect, expectNoAxeViolations, injectChecker, COMPLETE_DRAFT, COMPLETE_REPORT, REPORT_STEPS, STEPS, WITH_ERRORS,
} from "./helpers.mjs";

const AR = JSON.parse(readFileSync(new URL("../../public/i18n/ar.json", import.meta.url), "utf8"));
const CONTINUE = new RegExp(`^(Continue|Confirm and finish|${AR.wizard_continue}|${AR.review_confirm}|${AR.progress_confirm})$`);
const CLEAN = readFileSync(new URL("../../public/data/fund.json", import.meta.url), "utf8");

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // How the browser serialises the DOM, not how anyone wrote it: quoting, case, void
    // elements and boolean attributes come out in one fixed style.
    "attr-quotes": "off",
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
    "doctype-style": "off",
    "void-style": "off",
    "no-trailing-whitespace": "off",
    "attr-case": "off",
    "element-case": "off",
    // Page titles carry the data's own programme titles, some long: a search engine's
    // advice, not an error in the page.
    "long-title": "off",
  },
});

const withDraft = async (page) => {
  await page.goto("./about");
  await page.evaluate((d) => localStorage.setItem("mmptf-explorer/pledge-draft/v2", JSON.stringify(d)), COMPLETE_DRAFT);
};

const withReport = async (page) => {
  await page.goto("./about");
  await page.evaluate((d) => localStorage.setItem("mmptf-explorer/progress-draft/v1", JSON.stringify(d)), COMPLETE_REPORT);
};

// Each view with what shows it is ready (its data in, or its form drawn); `before` sets up
// a state the view only has with a draft or after an action.
const VIEWS = [
  { name: "overview", path: "./", ready: (p) => p.locator(".headline-figures li").first() },
  { name: "explorer", path: "./explorer", ready: (p) => p.getByRole("table") },
  { name: "explorer with no results", path: "./explorer?q=zzzzzz", ready: (p) => p.locator(".results-count") },
  { name: "programme", path: "./programmes/north-macedonia-evidence-based-policy", ready: (p) => p.locator(".detail-row").first() },
  { name: "unknown programme", path: "./programmes/no-such-programme", ready: (p) => p.getByRole("heading", { level: 1 }) },
  { name: "pledge start", path: "./pledge", ready: (p) => p.getByRole("heading", { level: 1 }) },
  ...STEPS.map((step) => ({ name: `pledge step ${step}`, path: `./pledge/${step}`, ready: (p) => p.locator("main form") })),
  // Each page that can show errors, with its error summary and inline errors.
  ...WITH_ERRORS.map((path) => ({
    name: `${path.slice(2)} with its error summary`, path, ready: (p) => p.locator("#error-summary"),
    act: (p) => p.getByRole("button", { name: CONTINUE }).click(),
  })),
  {
    name: "pledge step partners, in partnership, with a second partner's row and its errors", path: "./pledge/partners",
    ready: (p) => p.locator("#error-summary"),
    act: async (p) => {
      await p.locator("input[type=radio][value=common]").check();
      await p.locator("#add-partner").click();
      await p.getByRole("button", { name: CONTINUE }).click();
    },
  },
  {
    name: "pledge step about-you with another country's row", path: "./pledge/about-you", ready: (p) => p.locator("#other-country-0"),
    act: (p) => p.locator("#add-country").click(),
  },
  { name: "review without a draft", path: "./pledge/check", ready: (p) => p.getByRole("heading", { level: 1 }) },
  { name: "pledge step kind, with a draft", path: "./pledge/kind", before: withDraft, ready: (p) => p.locator("main form") },
  { name: "pledge step details, with a draft", path: "./pledge/details", before: withDraft, ready: (p) => p.locator("main form") },
  { name: "review", path: "./pledge/check", before: withDraft, ready: (p) => p.locator(".summary-row").first() },
  { name: "confirmation", path: "./pledge/confirmation", before: withDraft, ready: (p) => p.getByText(/^IMRF-/) },
  { name: "confirmation without a complete draft", path: "./pledge/confirmation", ready: (p) => p.getByRole("heading", { level: 1 }) },
  { name: "progress report start", path: "./progress", ready: (p) => p.getByRole("heading", { level: 1 }) },
  ...REPORT_STEPS.map((step) => ({ name: `progress report step ${step}`, path: `./progress/${step}`, ready: (p) => p.locator("main form") })),
  // A financial joint pledge's report: the money, an indicator row, the partners it speaks for, a link.
  ...REPORT_STEPS.map((step) => ({
    name: `progress report step ${step}, with a report`, path: `./progress/${step}`, before: withReport, ready: (p) => p.locator("main form"),
  })),
  { name: "progress report review", path: "./progress/check", before: withReport, ready: (p) => p.locator(".summary-row").first() },
  { name: "progress report confirmation", path: "./progress/confirmation", before: withReport, ready: (p) => p.getByText(/^UPD-/) },
  { name: "about", path: "./about", ready: (p) => p.getByRole("heading", { level: 1 }) },
  { name: "data checker", path: "./check-data", ready: (p) => p.getByRole("heading", { level: 1 }) },
  {
    name: "data checker with problems", path: "./check-data", ready: (p) => p.locator("main ul li").first(),
    act: async (p) => {
      await p.locator("main textarea").fill('{"schema_version": 1, "fund": {}}');
      await p.locator("main textarea").locator("xpath=following::button[1]").click();
    },
  },
  {
    name: "data checker with a preview", path: "./check-data", ready: (p) => p.locator(".check-preview").first(),
    act: async (p) => {
      await p.locator("main textarea").fill(CLEAN);
      await p.locator("main textarea").locator("xpath=following::button[1]").click();
    },
  },
  { name: "page not found", path: "./no-such-page", ready: (p) => p.getByRole("heading", { level: 1 }) },
  {
    name: "page whose code could not be fetched", path: "./about",
    // The context, not the page: the service worker would otherwise fetch the chunks for the
    // second language.
    before: (p) => p.context().route(/\/(chunk_|split_)[^/]*\.wasm$/, (r) => r.abort("internetdisconnected")),
    ready: (p) => p.locator("main button"),
  },
  {
    name: "data error", path: "./",
    before: (p) => p.route("**/data/fund.json", (r) => r.fulfill({ status: 500, body: "" })),
    ready: (p) => p.getByRole("alert").first(),
  },
];

async function htmlProblems(page) {
  // Without comments: Leptos anchors dynamic content with empty comments, which inside a
  // <textarea> or an SVG <title> the validator's parser would read as raw "<" text. They
  // are the framework's bookkeeping, not markup anyone wrote or a browser shows.
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const c of comments) c.remove();
    return `<!DOCTYPE html>\n${copy.outerHTML}`;
  });
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? `line ${m.line}`})`));
}

async function aceViolations(page) {
  await injectChecker(page, "ace.js", "ace");
  return page.evaluate(async () => {
    const report = await new window.ace.Checker().check(document, ["IBM_Accessibility"]);
    return report.results
      .filter((r) => r.value[0] === "VIOLATION" && r.value[1] === "FAIL")
      // A wide table's scroller is a named region with tabindex="0", so that keyboard users
      // can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable asks for exactly this).
      // This rule wants every tabbable element to be a widget; for these it is wrong.
      .filter((r) => !(r.ruleId === "element_tabbable_role_valid" && document.evaluate(r.path.dom, document, null, 9, null).singleNodeValue?.classList.contains("table-scroll")))
      .map((r) => `${r.ruleId}: ${r.message} (${r.path?.dom ?? ""})`);
  });
}

for (const view of VIEWS) {
  test(`${view.name}: valid HTML, no IBM Equal Access or axe violations, in English and Arabic`, async ({ page }) => {
    if (view.before) await view.before(page);
    for (const lang of ["en", "ar"]) {
      await page.goto(`${view.path}${view.path.includes("?") ? "&" : "?"}lang=${lang}`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
      if (view.act) {
        await page.getByRole("heading", { level: 1 }).waitFor();
        await view.act(page);
      }
      await expect(view.ready(page)).toBeVisible();
      const html = await htmlProblems(page);
      expect(html, `html-validate, ${lang}:\n${html.join("\n")}`).toEqual([]);
      const ace = await aceViolations(page);
      expect(ace, `Equal Access, ${lang}:\n${ace.join("\n")}`).toEqual([]);
      await expectNoAxeViolations(page);
    }
  });
}
