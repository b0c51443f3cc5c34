// Every view, in English and in Arabic, through two more tools of the trade: the HTML
// validator (html-validate, recommended rules) on the page as rendered, and IBM's Equal
// Access engine (accessibility-checker-engine, offline) on the live DOM. Both are injected
// or fed from Node, so they run in the project without the strict policy, as axe does.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { HtmlValidate } from "html-validate";
import { test, expect, COMPLETE_DRAFT } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const ACE = readFileSync(require.resolve("accessibility-checker-engine/ace.js"), "utf8");

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

// Each view with what shows it is ready (its data in, or its form drawn); `before` sets up
// a state the view only has with a draft or after an action.
const VIEWS = [
  { name: "overview", path: "./", ready: (p) => p.locator(".headline-figures li").first() },
  { name: "explorer", path: "./explorer", ready: (p) => p.getByRole("table") },
  { name: "explorer with no results", path: "./explorer?q=zzzzzz", ready: (p) => p.locator(".results-count") },
  { name: "programme", path: "./programmes/north-macedonia-evidence-based-policy", ready: (p) => p.locator(".detail-row").first() },
  { name: "unknown programme", path: "./programmes/no-such-programme", ready: (p) => p.getByRole("heading", { level: 1 }) },
  { name: "pledge start", path: "./pledge", ready: (p) => p.getByRole("heading", { level: 1 }) },
  ...["about-you", "partners", "kind", "details", "alignment", "your-pledge"].map((step) => ({
    name: `pledge step ${step}`, path: `./pledge/${step}`, ready: (p) => p.locator("main form"),
  })),
  {
    name: "pledge step with its error summary", path: "./pledge/about-you", ready: (p) => p.locator("#error-summary"),
    act: (p) => p.locator("main form button[type=submit]").last().click(),
  },
  { name: "pledge step kind, with a draft", path: "./pledge/kind", before: withDraft, ready: (p) => p.locator("main form") },
  { name: "pledge step details, with a draft", path: "./pledge/details", before: withDraft, ready: (p) => p.locator("main form") },
  { name: "review", path: "./pledge/check", before: withDraft, ready: (p) => p.locator(".summary-row").first() },
  { name: "confirmation", path: "./pledge/confirmation", before: withDraft, ready: (p) => p.getByText(/^IMRF-/) },
  { name: "confirmation without a complete draft", path: "./pledge/confirmation", ready: (p) => p.getByRole("heading", { level: 1 }) },
  { name: "about", path: "./about", ready: (p) => p.getByRole("heading", { level: 1 }) },
  { name: "data checker", path: "./check-data", ready: (p) => p.getByRole("heading", { level: 1 }) },
  {
    name: "data checker with problems", path: "./check-data", ready: (p) => p.locator("main ul li").first(),
    act: async (p) => {
      await p.locator("main textarea").fill('{"schema_version": 1, "fund": {}}');
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
  const hasAce = await page.evaluate(() => typeof window.ace !== "undefined");
  if (!hasAce) await page.addScriptTag({ content: ACE });
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
  test(`${view.name}: valid HTML and no IBM Equal Access violations, in English and Arabic`, async ({ page }) => {
    test.skip(test.info().project.name !== "static", "the checkers are injected, which the strict policy refuses");
    if (view.before) await view.before(page);
    for (const lang of ["en", "ar"]) {
      await page.goto(`${view.path}${view.path.includes("?") ? "&" : "?"}lang=${lang}`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      if (view.act) {
        await page.getByRole("heading", { level: 1 }).waitFor();
        await view.act(page);
      }
      await expect(view.ready(page)).toBeVisible();
      const html = await htmlProblems(page);
      expect(html, `html-validate, ${lang}:\n${html.join("\n")}`).toEqual([]);
      const ace = await aceViolations(page);
      expect(ace, `Equal Access, ${lang}:\n${ace.join("\n")}`).toEqual([]);
    }
  });
}
