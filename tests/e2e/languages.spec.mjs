// The six UN languages: switching, remembering, links that carry the language, right to
// left Arabic, formatting per language by Intl, a language whose file cannot be loaded,
// and axe in Arabic on every view and wizard step.
import { readFileSync } from "node:fs";
import { test, expect, watchErrors } from "./helpers.mjs";

const file = (code) => JSON.parse(readFileSync(new URL(`../../public/i18n/${code}.json`, import.meta.url), "utf8"));
const AR = file("ar");
const FR = file("fr");
const LANGS = { ar: AR, zh: file("zh"), fr: FR, ru: file("ru"), es: file("es") };
const languages = (page) => page.getByRole("navigation", { name: /^(Language|اللغة|语言|Langue|Язык|Idioma)$/ });
const html = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

test("switching to Arabic lays the page out right to left, in the URL and remembered", { tag: "@hosting" }, async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("./");
  await expect(page.getByText("12 programmes funded")).toBeVisible();
  expect(await html(page)).toEqual(["en", "ltr"]);
  await languages(page).getByRole("link", { name: "العربية" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(AR.home_heading);
  expect(await html(page)).toEqual(["ar", "rtl"]);
  await expect(page).toHaveURL(/\?lang=ar$/);
  await expect(page).toHaveTitle(`${AR.home_title} – ${AR.app_name}`);
  await expect(languages(page).getByRole("link", { name: "العربية" })).toHaveAttribute("aria-current", "true");
  // The header's links keep the language, and so does the page they open.
  await page.getByRole("navigation", { name: AR.nav_label }).getByRole("link", { name: AR.nav_explorer }).click();
  await expect(page).toHaveURL(/\/explorer\?lang=ar$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(AR.explorer_heading);
  expect(await html(page)).toEqual(["ar", "rtl"]);
  // The text flows from the right: the heading hugs its column's right edge, not its left.
  const [left, right] = await page.evaluate(() => {
    const h1 = document.querySelector("main h1");
    const range = document.createRange();
    range.selectNodeContents(h1);
    const text = range.getBoundingClientRect();
    const column = h1.getBoundingClientRect(); // a block: its content box spans the column
    return [text.left - column.left, column.right - text.right];
  });
  expect(right).toBeLessThan(2);
  expect(left).toBeGreaterThan(right);
  // Remembered: a visit to a plain address opens in Arabic and says so in its URL.
  await page.goto("./about");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(AR.about_heading);
  await expect(page).toHaveURL(/\/about\?lang=ar$/);
  // Back to English: left to right, and the URL drops the parameter.
  await languages(page).getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About this explorer");
  expect(await html(page)).toEqual(["en", "ltr"]);
  await expect(page).toHaveURL(/\/about$/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About this explorer");
  // (Deep links are answered by the host's 404 page, which is the app.)
  expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
});

test("French formats numbers, amounts, percentages and dates the French way", async ({ page }) => {
  await page.goto("./?lang=fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FR.home_heading);
  expect(await html(page)).toEqual(["fr", "ltr"]);
  const main = page.getByRole("main");
  // Intl writes "70 millions" and "40 %" (with a narrow no-break space) for French.
  await expect(main).toContainText(/70\smillions/);
  await expect(main).toContainText(/40\s%/);
  await expect(main).toContainText("1 février 2022");
  await expect(main).toContainText(/12 programmes financés/);
  await page.goto("./programmes/north-macedonia-evidence-based-policy?lang=fr");
  await expect(page.getByRole("main")).toContainText(/1\s500\s000/);
});

test("a shared link opens in the sender's language, and the explorer keeps it with its filters", { tag: "@hosting" }, async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("./explorer?status=funded&lang=ru");
  const ru = LANGS.ru;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ru.explorer_heading);
  expect(await html(page)).toEqual(["ru", "ltr"]);
  // "lang" is not reported as a part of the link that was not understood.
  await expect(page.getByText(ru.link_notes.split("{")[0].trim())).toHaveCount(0);
  await page.getByLabel(ru.sort_label).selectOption({ label: ru.sort_title });
  await expect(page).toHaveURL(/status=funded/);
  await expect(page).toHaveURL(/sort=title/);
  await expect(page).toHaveURL(/lang=ru/);
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/programmes\/[^?]+\?.*lang=ru/);
  await context.close();
});

test("the data's regions are shown in the page's language; filter values stay the data's", async ({ page }) => {
  await page.goto("./explorer?lang=ar");
  const table = page.getByRole("table");
  await expect(table).toContainText(AR.region_africa);
  await expect(table).not.toContainText(/\b(Asia|Europe|Americas)\b/);
  const region = page.getByLabel(AR.filter_region, { exact: true });
  await region.selectOption({ label: AR.region_europe });
  await expect(page).toHaveURL(/region=Europe/);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("table")).toContainText(AR.region_europe);
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("main")).toContainText(AR.region_europe);
});

test("an address with the language as its first segment opens in that language", { tag: "@hosting" }, async ({ page }) => {
  await page.goto("./fr/explorer?status=funded");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FR.explorer_heading);
  await expect(page).toHaveURL(/\/explorer\?status=funded&lang=fr$/);
  await page.goto("./ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(AR.home_heading);
  expect(await html(page)).toEqual(["ar", "rtl"]);
});

test("with no choice made, the browser's language is used", async ({ browser }) => {
  const context = await browser.newContext({ locale: "es-ES" });
  const page = await context.newPage();
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(LANGS.es.home_heading);
  await expect(page).toHaveURL(/\?lang=es$/);
  await context.close();
});

test("every language translates every view, with the Compact's objectives and principles", async ({ page }) => {
  const errors = watchErrors(page);
  for (const [code, m] of Object.entries(LANGS)) {
    await page.goto(`./pledge/alignment?lang=${code}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.step_alignment);
    await expect(page.getByText(m.objective_23).first()).toBeVisible();
    await expect(page.getByText(m.principle_whole_of_society).first()).toBeVisible();
    for (const [path, key] of [["./", "home_heading"], ["./explorer", "explorer_heading"], ["./about", "about_heading"], ["./pledge", "step_start"], ["./no/such/page", "not_found_heading"]]) {
      await page.goto(`${path}?lang=${code}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(m[key]);
      await expect(page.getByRole("contentinfo")).not.toContainText("as of");
    }
  }
  expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
});

test("a language whose file cannot be loaded leaves the page as it was and says so", async ({ page }) => {
  await page.route("**/i18n/fr.json", (route) => route.fulfill({ status: 500, body: "" }));
  await page.route("**/i18n/ru.json", (route) => route.fulfill({ contentType: "application/json", body: "<!DOCTYPE html><p>not it" }));
  await page.goto("./explorer");
  await languages(page).getByRole("link", { name: "Français" }).click();
  await expect(page.getByRole("alert")).toContainText("The page could not be shown in Français");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Joint programmes");
  expect(await html(page)).toEqual(["en", "ltr"]);
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await languages(page).getByRole("link", { name: "Русский" }).click();
  await expect(page.getByRole("alert")).toContainText("The page could not be shown in Русский");
  // A link straight to the language: English, with the same message.
  await page.goto("./?lang=fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Migration Multi-Partner Trust Fund: where it stands");
  await expect(page.getByRole("alert")).toContainText("The page could not be shown in Français");
  // Once the file is back, Try again switches.
  await page.unroute("**/i18n/fr.json");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FR.home_heading);
});

test("a draft typed in one language survives switching to another", async ({ page }) => {
  await page.goto("./pledge/about-you");
  await page.getByLabel("Name of the pledging entity").fill("Republic of Example");
  await languages(page).getByRole("link", { name: "Español" }).click();
  await expect(page.getByLabel(LANGS.es.about_entity)).toHaveValue("Republic of Example");
  await page.reload();
  await expect(page.getByLabel(LANGS.es.about_entity)).toHaveValue("Republic of Example");
});

test("the language can be switched with the keyboard alone", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByText("12 programmes funded")).toBeVisible();
  await page.keyboard.press("Tab"); // skip link
  let reached = false;
  for (let i = 0; i < 8 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.textContent === "Français");
  }
  expect(reached).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FR.home_heading);
});

test("the official form's new controls in Arabic: a partner's row, focus on a new country's row, the copy sheet's sections", async ({ page }) => {
  await page.goto("./pledge/partners?lang=ar");
  await page.getByLabel(AR.pledge_type_common, { exact: true }).check();
  await page.getByRole("button", { name: AR.partner_add }).click();
  await expect(page.locator("#partner-name-1")).toBeVisible();
  await page.goto("./pledge/about-you?lang=ar");
  await page.getByRole("button", { name: AR.about_add_country }).click();
  await expect(page.locator("#other-country-0")).toBeFocused();
  await page.goto("./pledge/check?lang=ar");
  await expect(page.getByRole("region", { name: AR.sheet_heading })).toBeVisible();
  await expect(page.getByRole("region", { name: AR.sheet_heading }).getByRole("heading", { level: 3 }).first()).toHaveText(AR.sheet_section_1);
});

test("without JavaScript the page still gives the headline figures in six languages", { tag: "@hosting" }, async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("./");
  // (Playwright's text and role queries skip <noscript>, so the sections are found by CSS.)
  const en = page.locator('section[lang="en"]');
  await expect(en).toBeVisible();
  for (const line of ["40% of USD 70 million", "USD 28 million raised", "12 programmes funded", "34 programmes in the pipeline", "As of 1 February 2022"]) {
    await expect(en.locator("li", { hasText: line })).toBeVisible();
  }
  await expect(en.locator('a[href="data/fund.json"]')).toHaveText("Download the data file (JSON)");
  for (const [code, m] of Object.entries(LANGS)) {
    const section = page.locator(`section[lang="${code}"]`);
    await expect(section).toBeVisible();
    await expect(section.locator("h2")).toHaveText(m.home_heading);
    await expect(section.locator('a[href="data/fund.json"]')).toHaveText(m.about_data_link);
  }
  await expect(page.locator('section[lang="ar"]')).toHaveAttribute("dir", "rtl");
  await expect(page.locator('section[lang="fr"]')).toContainText(/70\smillions/);
  await context.close();
});

test("the figures without JavaScript are exactly the figures the app prints, in every language", async ({ browser, page }) => {
  // scripts/noscript.mjs words the <noscript> figures with Node's Intl, a copy of the app's
  // formatting: this holds the copy to the app, language by language.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const still = await context.newPage();
  await still.goto("./");
  const asOf = { en: "As of {date}", ...Object.fromEntries(Object.entries(LANGS).map(([code, m]) => [code, m.headline_as_of])) };
  for (const code of ["en", ...Object.keys(LANGS)]) {
    const lines = await still.locator(`section[lang="${code}"] li`).allTextContents();
    expect(lines).toHaveLength(5);
    await page.goto(`./?lang=${code}`);
    const headline = page.locator(".headline");
    await expect(headline.getByText(lines[0], { exact: true })).toBeVisible();
    for (const line of lines.slice(1, 4)) await expect(headline.getByRole("listitem").filter({ hasText: line })).toHaveText(line);
    // The app adds the figures' age after the date ("…, 4 years ago"): the date itself must match.
    const [before, after] = asOf[code].split("{date}");
    const date = lines[4].slice(before.length, lines[4].length - after.length);
    expect(date.length).toBeGreaterThan(4);
    await expect(headline.getByText(date, { exact: false })).toBeVisible();
  }
  await context.close();
});

test("the wizard's start button keeps the language", { tag: "@hosting" }, async ({ page }) => {
  await page.goto("./pledge?lang=fr");
  await page.getByRole("button", { name: FR.start_begin }).click();
  await expect(page).toHaveURL(/\/pledge\/about-you\?lang=fr$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FR.step_about);
});

test("links inside the wizard follow a language switch", { tag: "@hosting" }, async ({ page }) => {
  // The Back link was built once, in the language the step opened in.
  await page.goto("./pledge/partners");
  // (The link's name starts with a "‹" drawn by CSS.)
  const back = page.getByRole("link", { name: /Back$/ });
  await expect(back).toHaveAttribute("href", /\/pledge\/about-you$/);
  await languages(page).getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/pledge\/partners\?lang=fr$/);
  const retour = page.getByRole("link", { name: new RegExp(`${FR.wizard_back}$`) });
  await expect(retour).toHaveAttribute("href", /\/pledge\/about-you\?lang=fr$/);
  await retour.click();
  await expect(page).toHaveURL(/\/pledge\/about-you\?lang=fr$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

test("switching language on a programme page rewrites its budget, duration and region", async ({ page }) => {
  await page.goto("./programmes/north-macedonia-evidence-based-policy");
  const row = (term) => page.locator(".detail-row").filter({ has: page.getByRole("term").filter({ hasText: term }) }).getByRole("definition");
  await expect(row("Duration")).toHaveText("30 months");
  await expect(row("Budget")).toHaveText(/^USD\s1,500,000$/);
  await languages(page).getByRole("link", { name: "Français" }).click();
  await expect(page.getByRole("term").filter({ hasText: FR.detail_duration })).toBeVisible();
  await expect(row(FR.detail_duration)).toHaveText("30 mois");
  await expect(row(FR.detail_budget)).toHaveText(/^1\s500\s000(,00)?\sUSD$/);
  // French is remembered now: ask for English in the link, then switch again.
  await page.goto("./programmes/tajikistan-families-left-behind?lang=en");
  await expect(row("Region")).toHaveText("Asia");
  await languages(page).getByRole("link", { name: "Français" }).click();
  await expect(row(FR.detail_region)).toHaveText(FR.region_asia);
});

test("on right-to-left pages the data's own English text keeps its direction and punctuation", async ({ page }) => {
  // Titles, summaries and lists from the data file are in English: isolated, each runs left
  // to right inside the Arabic page, so a title's closing parenthesis or full stop stays
  // at its end instead of jumping to the other side.
  const ltr = (locator) => locator.evaluate((el) => el.matches(":dir(ltr)"));
  await page.goto("./programmes/north-macedonia-evidence-based-policy?lang=ar");
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toContainText("North Macedonia");
  expect(await ltr(title.locator("bdi"))).toBe(true);
  expect(await title.evaluate((el) => el.matches(":dir(rtl)"))).toBe(true);
  await page.goto("./explorer?lang=ar");
  const first = page.getByRole("table").getByRole("rowheader").first();
  await expect(first).toBeVisible();
  expect(await ltr(first.locator("bdi"))).toBe(true);
});
