import { test, expect, expectNoAxeViolations } from "./helpers.mjs";

test("an unknown address shows the not-found page, without axe violations", { tag: "@hosting" }, async ({ page }) => {
  const response = await page.goto("./no/such/page");
  expect(response?.status()).toBe(404); // the static host's answer; the app still renders
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle("Page not found – M-MPTF Explorer");
  await expect(page.getByRole("contentinfo")).toContainText("as of 1 February 2022");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Go to the overview" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText("12 programmes funded")).toBeVisible();
});

test("an address with a broken escape or a doubled slash shows the not-found page, and the site goes on", { tag: "@hosting" }, async ({ page }) => {
  for (const path of ["./%E0%A4%A", "./explorer%", "./about//x"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" }), path).toBeVisible();
  }
  await page.getByRole("link", { name: "Go to the overview" }).click();
  await expect(page.getByText("12 programmes funded")).toBeVisible();
});

test("reloading a deep link works through the 404 fallback", { tag: "@hosting" }, async ({ page }) => {
  await page.goto("./");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Explorer" }).click();
  await expect(page).toHaveURL(/\/explorer$/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Joint programmes" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("BRIDGE");
  // Straight to a deep link in a new visit, too.
  await page.goto("./about");
  await expect(page.getByRole("heading", { level: 1, name: "About this explorer" })).toBeVisible();
});

test("Back and Forward walk the visited pages", { tag: "@hosting" }, async ({ page }) => {
  await page.goto("./");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Pledge" }).click();
  await nav.getByRole("link", { name: "About" }).click();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Before you start");
  await page.goBack();
  await expect(page.getByText("34 programmes in the pipeline")).toBeVisible();
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Before you start");
});

test("the skip link moves focus to the main content", { tag: "@hosting" }, async ({ page }) => {
  await page.goto("./");
  await expect(page.getByText("12 programmes funded")).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("after a navigation, focus moves to the new page's main heading and the title changes", { tag: "@hosting" }, async ({ page }) => {
  await page.goto("./");
  await expect(page.getByText("12 programmes funded")).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "About this explorer" })).toBeFocused();
  await expect(page).toHaveTitle("About – M-MPTF Explorer");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Explorer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Joint programmes" })).toBeFocused();
});
