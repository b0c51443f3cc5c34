// Keyboard alone: no mouse, no clicks, no fill(); focus moves with Tab, choices with the
// arrow keys and Space, actions with Enter.
import { readFileSync } from "node:fs";
import { test, expect } from "./helpers.mjs";

async function tabTo(page, locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${locator} with Tab`);
}

test("filter, search and export the explorer with the keyboard only", async ({ page }) => {
  await page.goto("./explorer");
  const status = page.getByRole("status").filter({ hasText: /match/ });
  await expect(status).toHaveText("46 programmes match");
  await tabTo(page, page.getByLabel("Status"));
  await page.keyboard.press("ArrowDown"); // Any -> Funded
  await expect(status).toHaveText("12 programmes match");
  await tabTo(page, page.getByRole("searchbox"));
  await page.keyboard.type("iom");
  await expect(status).toHaveText("7 programmes match");
  await tabTo(page, page.getByRole("button", { name: "Download CSV" }));
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toBe("mmptf-programmes-2022-02-01.csv");
  await tabTo(page, page.getByRole("link", { name: /BRIDGE/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/BRIDGE/);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test("complete a pledge with the keyboard only", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("./pledge");
  await tabTo(page, page.getByRole("button", { name: "Start now" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeFocused();

  const type = async (label, text) => {
    await tabTo(page, page.getByLabel(label, { exact: true }));
    await page.keyboard.type(text);
  };
  const choose = async (label) => {
    await tabTo(page, page.getByLabel(label, { exact: true }));
    await page.keyboard.press("Space");
  };
  // A radio group is one Tab stop; the arrow keys move (and select) within it.
  const radio = async (group, downs) => {
    await tabTo(page, page.getByRole("group", { name: group }).getByRole("radio").first());
    if (downs === 0) await page.keyboard.press("Space");
    for (let i = 0; i < downs; i++) await page.keyboard.press("ArrowDown");
  };
  const submit = async () => {
    await tabTo(page, page.getByRole("button", { name: /^(Continue|Confirm and finish)$/ }));
    await page.keyboard.press("Enter");
  };

  // Continue with nothing filled: the summary takes focus; Enter on a link reaches its field.
  await submit();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Name of the pledging entity")).toBeFocused();

  await page.keyboard.type("Keyboard Ministry");
  await radio(/Type of entity/, 0);
  await type("Contact person's full name", "K. Board");
  await type("Contact person's position", "Keyboard officer");
  await type("Contact person's e-mail address", "k@example.org");
  // A country list: focus it and type the start of a name.
  await tabTo(page, page.getByLabel("Country of implementation", { exact: true }));
  await page.keyboard.type("Kenya");
  await expect(page.getByLabel("Country of implementation", { exact: true })).toHaveValue("KE");
  await tabTo(page, page.getByRole("button", { name: "Add another country" }));
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Other country of implementation 1")).toBeFocused();
  await page.keyboard.type("Uganda");
  await submit();
  await expect(page.getByRole("heading", { level: 1, name: "The pledge" })).toBeVisible();
  await type("Name of the pledge", "Keyboard pledge");
  await radio(/Type of pledge/, 2);
  await expect(page.getByLabel("In partnership", { exact: true })).toBeChecked();
  await type("Name of partner 1", "Keyboard City");
  await tabTo(page, page.getByLabel(/^Contact e-mail of partner 1/));
  await page.keyboard.type("city@example.org");
  await radio(/match an existing pledge/, 1);
  await submit();
  await expect(page.getByRole("heading", { level: 1, name: "Nature of the pledge" })).toBeVisible();
  await choose("Process-oriented");
  await choose("Policy-oriented");
  await submit();
  await type("The policy", "Keyboard policy");
  await type("Its instrument", "Decree");
  await submit();
  await choose("1. Collect and utilize accurate and disaggregated data as a basis for evidence-based policies");
  await submit();
  await expect(page.getByRole("heading", { level: 1, name: "Description" })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Draft the description from my answers" }));
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Description of the pledge")).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.type(" " + "k".repeat(300));
  await submit();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  // The sheet's Copy buttons are reached and used with the keyboard.
  await tabTo(page, page.getByRole("button", { name: "Copy Name of the pledge" }), 160);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Copied: Name of the pledge" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await submit();
  await expect(page.getByRole("heading", { level: 1, name: "Pledge complete" })).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Download the pledge (JSON)" }));
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toMatch(/^pledge-IMRF-/);
});

test("the official form's new controls with the keyboard only, in Arabic", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const AR = JSON.parse(readFileSync(new URL("../../public/i18n/ar.json", import.meta.url), "utf8"));
  await page.goto("./pledge/about-you?lang=ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(AR.step_about);
  // A country list: the arrow keys choose; "Global" comes first.
  await tabTo(page, page.getByLabel(AR.about_country, { exact: true }));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel(AR.about_country, { exact: true })).toHaveValue("global");
  await tabTo(page, page.getByRole("button", { name: AR.about_add_country }));
  await page.keyboard.press("Enter");
  await expect(page.locator("#other-country-0")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#other-country-0")).not.toHaveValue("");

  await page.goto("./pledge/partners?lang=ar");
  // Type of pledge: one Tab stop, the arrow keys choose (Common is second).
  await tabTo(page, page.getByRole("group", { name: AR.pledge_type }).getByRole("radio").first());
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel(AR.pledge_type_common, { exact: true })).toBeChecked();
  await tabTo(page, page.locator("#partner-name-0"));
  await page.keyboard.type("مدينة المثال");
  await tabTo(page, page.getByRole("button", { name: AR.partner_add }));
  await page.keyboard.press("Enter");
  await expect(page.locator("#partner-name-1")).toBeFocused();
  await page.keyboard.type("شبكة المهاجرين");
  // Remove the first partner: focus goes to the row that takes its place.
  await tabTo(page, page.locator("fieldset.partner").first().getByRole("button"));
  await page.keyboard.press("Enter");
  await expect(page.locator("#partner-name-0")).toBeFocused();
  await expect(page.locator("#partner-name-0")).toHaveValue("شبكة المهاجرين");

  await page.goto("./pledge/kind?lang=ar");
  await tabTo(page, page.getByLabel(AR.kind_financial, { exact: true }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByLabel(AR.kind_policy, { exact: true }));
  await page.keyboard.press("Space");
  await expect(page.getByLabel(AR.kind_financial, { exact: true })).toBeChecked();
  await expect(page.getByLabel(AR.kind_policy, { exact: true })).toBeChecked();

  // The sheet's Copy buttons.
  await page.goto("./pledge/check?lang=ar");
  const sheet = page.getByRole("region", { name: AR.sheet_heading });
  await tabTo(page, sheet.getByRole("button").first(), 200);
  await page.keyboard.press("Enter");
  await expect(sheet.getByRole("status")).not.toBeEmpty();
  await expect(sheet.getByText(AR.sheet_copied, { exact: true })).toBeVisible();
});
