// Never lose a word of a pledge: unreadable and newer drafts kept aside, replacing a draft
// asks first and can be undone, two tabs never overwrite each other, a pledge is submitted
// exactly once, long e-mails are not cut, and the counter and dates work by keyboard.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations, WIZARD_PAGES } from "./helpers.mjs";

const KEY = "mmptf-explorer/pledge-draft/v2";
const DESCRIPTION = "We will ".padEnd(300, "x");
const draftDoc = (draft) => ({ format: "mmptf-pledge-draft", version: 2, draft });
const COMPLETE = {
  entity: "Republic of Example", entity_type: "member-state", country: "KE", contact_name: "A. Person",
  contact_position: "Director", contact_email: "a.person@example.org", pledge_type: "individual", matching: "no",
  natures: ["financial"], amount: "2000000", currency: "USD", recipient: "mmptf", payment: "one-off", objectives: [6],
  principles: ["human-rights"], title: "Ready pledge", description: DESCRIPTION, start: "2022-05-17", end: "2023-05-17",
  measurement: "Report",
};

const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const allStored = (page) => page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k)));
const entity = (page) => page.getByLabel("Name of the pledging entity");

async function seed(page, key, text) {
  await page.goto("./");
  await page.evaluate(([k, t]) => { localStorage.clear(); localStorage.setItem(k, t); }, [key, text]);
}

async function downloadText(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return readFileSync(await download.path(), "utf8");
}

for (const [i, [name, text, reason]] of [
  ["a damaged draft", "{\"format\":\"mmptf-pledge-draft\",\"version\":2,\"draft\":{\"entity\":\"Half", /damaged or is not a pledge draft/],
  ["a draft from a newer version", JSON.stringify({ format: "mmptf-pledge-draft", version: 7, draft: { entity: "Future" } }), /saved by a newer version of this site/],
].entries()) {
  const tag = i === 0 ? ["@hosting"] : [];
  test(`${name} is kept aside exactly, offered as a file, and removed only when the user says so`, { tag }, async ({ page }) => {
    await seed(page, KEY, text);
    await page.goto("./pledge/about-you");
    const kept = page.getByRole("heading", { name: "A draft this version cannot open is kept in this browser" });
    await expect(kept).toBeVisible();
    await expect(page.getByText(reason)).toBeVisible();
    // Typing starts a new draft; the kept text is never written over.
    await entity(page).fill("New ministry");
    await expect.poll(() => stored(page)).toContain("New ministry");
    expect(await allStored(page)).toContain(text);
    await page.reload();
    await expect(kept).toBeVisible();
    await expect(entity(page)).toHaveValue("New ministry");
    expect(await downloadText(page, page.getByRole("button", { name: "Download the kept draft" }))).toBe(text);
    await expectNoAxeViolations(page);
    // Remove, Undo, remove for good.
    await page.getByRole("button", { name: "Remove the kept draft" }).click();
    await expect(kept).toHaveCount(0);
    await expect(page.getByText("The kept draft was removed from this browser.")).toBeVisible();
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(kept).toBeVisible();
    expect(await allStored(page)).toContain(text);
    await page.getByRole("button", { name: "Remove the kept draft" }).click();
    await page.reload();
    await expect(entity(page)).toHaveValue("New ministry");
    await expect(kept).toHaveCount(0);
    expect(await allStored(page)).not.toContain(text);
  });
}

test("a draft under a newer version's own key is offered and left alone", async ({ page }) => {
  const text = JSON.stringify({ format: "mmptf-pledge-draft", version: 3, draft: { entity: "Next" } });
  await seed(page, "mmptf-explorer/pledge-draft/v3", text);
  await page.goto("./pledge/about-you");
  await expect(page.getByText(/saved by a newer version of this site/)).toBeVisible();
  await entity(page).fill("Here and now");
  await expect.poll(() => stored(page)).toContain("Here and now");
  expect(await stored(page, "mmptf-explorer/pledge-draft/v3")).toBe(text);
});

test("a draft under the oldest key is kept, not deleted, and offered as a file", async ({ page }) => {
  const old = JSON.stringify({ entity: "Before versions" });
  await seed(page, "mmptf-explorer/pledge-draft", old);
  await page.goto("./pledge");
  await expect(page.getByText(/saved by an older version of this site/)).toBeVisible();
  expect(await allStored(page)).toContain(old);
  expect(await downloadText(page, page.getByRole("button", { name: "Download the kept draft" }))).toBe(old);
});

test("Start again asks first: No keeps the draft, Yes clears it, Undo brings it back", { tag: "@hosting" }, async ({ page }) => {
  await seed(page, KEY, JSON.stringify(draftDoc({ entity: "Keep me", title: "My pledge" })));
  await page.goto("./pledge");
  const dialog = page.getByRole("dialog", { name: "Start again?" });
  await page.getByRole("button", { name: "Start again" }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("This removes your draft “My pledge”");
  await expect(dialog.getByRole("button", { name: "No, keep my draft" })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "No, keep my draft" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Start again" })).toBeFocused();
  expect(await stored(page)).toContain("Keep me");
  // Escape is No, too.
  await page.getByRole("button", { name: "Start again" }).click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(await stored(page)).toContain("Keep me");
  // Yes.
  await page.getByRole("button", { name: "Start again" }).click();
  await dialog.getByRole("button", { name: "Yes, start again" }).click();
  await expect(page.getByText("You are starting a new pledge.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  expect(await stored(page)).toBeNull();
  // Undo.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Undone: what you had before is back.")).toBeVisible();
  expect(await stored(page)).toContain("Keep me");
  await page.goto("./pledge/about-you");
  await expect(entity(page)).toHaveValue("Keep me");
});

test("opening a draft file over a draft asks first, and Undo brings the old one back", async ({ page }) => {
  await seed(page, KEY, JSON.stringify(draftDoc({ entity: "Typed here", title: "Here" })));
  await page.goto("./pledge");
  const file = { name: "other.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(draftDoc({ entity: "From the file", title: "There" }))) };
  const dialog = page.getByRole("dialog", { name: "Replace your draft?" });
  await page.getByLabel("Open a saved draft").setInputFiles(file);
  await expect(dialog).toContainText("Opening “other.json” replaces your draft “Here”");
  await dialog.getByRole("button", { name: "No, keep my draft" }).click();
  expect(await stored(page)).toContain("Typed here");
  await page.getByLabel("Open a saved draft").setInputFiles(file);
  await dialog.getByRole("button", { name: "Yes, open the file" }).click();
  await expect(page.getByText("The draft from “other.json” is open.")).toBeVisible();
  expect(await stored(page)).toContain("From the file");
  await page.getByRole("button", { name: "Undo" }).click();
  expect(await stored(page)).toContain("Typed here");
  // A file larger than any draft is refused before it is read.
  await page.getByLabel("Open a saved draft").setInputFiles({ name: "huge.json", mimeType: "application/json", buffer: Buffer.alloc(6 * 1024 * 1024, 32) });
  await expect(page.getByText("The file is too large to be a pledge draft.")).toBeVisible();
  expect(await stored(page)).toContain("Typed here");
});

test("two tabs: a change from the other tab is announced, never overwritten, and the user chooses", async ({ page, context }) => {
  await seed(page, KEY, JSON.stringify(draftDoc({ entity: "Shared" })));
  const other = await context.newPage();
  await page.goto("./pledge/about-you");
  await other.goto("./pledge/about-you");
  await expect(entity(other)).toHaveValue("Shared");
  // Typed in the first tab and saved.
  await entity(page).fill("Typed in tab A");
  await expect.poll(() => stored(page)).toContain("Typed in tab A");
  const banner = other.getByRole("alert").filter({ hasText: "This draft was changed in another tab or window" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("Load the newer draft");
  await expectNoAxeViolations(other);
  // The second tab's typing does not write over the first tab's.
  await entity(other).fill("Typed in tab B");
  await other.getByLabel("Contact person's full name").fill("B. Person");
  await expect(banner).toBeVisible();
  expect(await stored(other)).toContain("Typed in tab A");
  expect(await stored(other)).not.toContain("Typed in tab B");
  // B keeps its own: now A is told, and A's words are still on A's page.
  await banner.getByRole("button", { name: "Keep this tab's draft" }).click();
  await expect.poll(() => stored(other)).toContain("Typed in tab B");
  await expect(banner).toBeHidden();
  const bannerA = page.getByRole("alert").filter({ hasText: "This draft was changed in another tab or window" });
  await expect(bannerA).toBeVisible();
  await expect(entity(page)).toHaveValue("Typed in tab A");
  // A loads the newer draft, and can undo that.
  await bannerA.getByRole("button", { name: "Load the newer draft" }).click();
  await expect(entity(page)).toHaveValue("Typed in tab B");
  await expect(page.getByLabel("Contact person's full name")).toHaveValue("B. Person");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(entity(page)).toHaveValue("Typed in tab A");
  expect(await stored(page)).toContain("Typed in tab A");
  await other.close();
});

test("hiding the page saves what was typed at once", async ({ page }) => {
  await page.goto("./pledge/about-you");
  await entity(page).fill("Saved on hide");
  const saved = await page.evaluate(() => {
    Object.defineProperty(document, "hidden", { configurable: true, get: () => true });
    document.dispatchEvent(new Event("visibilitychange"));
    return localStorage.getItem("mmptf-explorer/pledge-draft/v2");
  });
  expect(saved).toContain("Saved on hide");
});

/** Closes a page as a person would; "closed", or the type of the dialog that asked first. */
async function leave(page) {
  const outcome = Promise.race([
    page.waitForEvent("close").then(() => "closed"),
    page.waitForEvent("dialog").then(async (d) => { const type = d.type(); await d.accept(); return type; }),
  ]);
  await page.close({ runBeforeUnload: true });
  return outcome;
}

test("leaving warns only while the draft is neither saved nor downloaded", { tag: "@hosting" }, async ({ browser }) => {
  // Storage works: nothing to warn about.
  let context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  let page = await context.newPage();
  await page.goto("./pledge/about-you");
  await entity(page).click();
  await page.keyboard.type("Saved fine");
  expect(await leave(page)).toBe("closed");
  await context.close();
  // Storage off: a warning, until the draft is downloaded.
  context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  page = await context.newPage();
  await page.goto("./pledge/about-you");
  await entity(page).click();
  await page.keyboard.type("Not saved");
  expect(await leave(page)).toBe("beforeunload");
  page = await context.newPage();
  await page.goto("./pledge/about-you");
  await entity(page).click();
  await page.keyboard.type("Downloaded");
  await downloadText(page, page.getByRole("button", { name: "Download draft" }));
  expect(await leave(page)).toBe("closed");
  await context.close();
});

async function confirmationWith(page, config, draft = COMPLETE) {
  await page.route("**/config.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(config) }));
  await seed(page, KEY, JSON.stringify(draftDoc(draft)));
  await page.goto("./pledge/confirmation");
  await expect(page.getByText(/^IMRF-/)).toBeVisible();
  return (await page.getByText(/^IMRF-/).textContent()).trim();
}

test("a submission that fails once is retried with the same Idempotency-Key, and is never sent again", async ({ page }) => {
  const endpoint = new URL("api/pledges", test.info().project.use.baseURL).href;
  const keys = [];
  await page.route(endpoint, (route) => {
    keys.push(route.request().headers()["idempotency-key"]);
    return route.fulfill({ status: keys.length === 1 ? 503 : 201, body: "" });
  });
  const reference = await confirmationWith(page, { submission_endpoint: endpoint });
  const submit = page.getByRole("button", { name: "Submit the pledge" });
  await submit.click();
  await expect(page.getByRole("status").filter({ hasText: "The pledge was sent." })).toContainText(reference);
  expect(keys).toEqual([reference, reference]);
  await expect(submit).toHaveCount(0);
  // Not after a reload either.
  await page.reload();
  await expect(page.getByText(/^IMRF-/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit the pledge" })).toHaveCount(0);
  expect(keys).toHaveLength(2);
});

test("a lasting failure says what happened and keeps a Try again, with the same key", async ({ page }) => {
  const endpoint = new URL("api/pledges", test.info().project.use.baseURL).href;
  const keys = [];
  let accept = false;
  await page.route(endpoint, (route) => {
    keys.push(route.request().headers()["idempotency-key"]);
    return accept ? route.fulfill({ status: 200, body: "" }) : route.fulfill({ status: 422, body: "" });
  });
  const reference = await confirmationWith(page, { submission_endpoint: endpoint });
  await page.getByRole("button", { name: "Submit the pledge" }).click();
  // A refusal is not retried: it would be refused again.
  await expect(page.getByText(/answered with an error \(status 422\)/)).toBeVisible();
  expect(keys).toEqual([reference]);
  accept = true;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByText(/The pledge was sent\./)).toBeVisible();
  expect(keys).toEqual([reference, reference]);
  await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
});

test("E-mail a copy to myself carries the whole pledge, or says it is too long and offers the file", async ({ page }) => {
  await confirmationWith(page, {});
  const mine = page.getByRole("link", { name: "E-mail a copy to myself" });
  await expect(mine).toHaveAttribute("href", /^mailto:a\.person%40example\.org\?subject=IMRF%20pledge%20IMRF-/);
  const body = decodeURIComponent((await mine.getAttribute("href")).split("&body=")[1]);
  expect(body).toContain(DESCRIPTION);
  await expect(page.getByText(/too long to go whole in an e-mail link/)).toHaveCount(0);
  // A long description does not fit: nothing is cut, the page says so.
  const long = "We will train border officials. ".repeat(90).trim();
  await confirmationWith(page, { pledge_email: "pledges@example.org" }, { ...COMPLETE, description: long });
  await expect(page.getByText(/This pledge is too long to go whole in an e-mail link \(\d[\d,]* characters/)).toBeVisible();
  for (const name of ["E-mail a copy to myself", "Send it by e-mail"]) {
    const href = decodeURIComponent(await page.getByRole("link", { name }).getAttribute("href"));
    expect(href).not.toContain("We will train");
    expect(href).toMatch(/is in the attached file pledge-IMRF-[0-9A-F-]+\.json/);
  }
  await expectNoAxeViolations(page);
  const file = await downloadText(page, page.getByRole("button", { name: "Download the pledge file to attach" }));
  expect(JSON.parse(file).pledge.description).toBe(long);
});

test("the character count is always visible and read out only after a pause, near and over the limit", async ({ page }) => {
  await page.goto("./pledge/your-pledge");
  const box = page.getByLabel("Description of the pledge");
  const counter = page.locator("#description-counter");
  await expect(counter).toHaveAttribute("aria-hidden", "true");
  await expect(box).toHaveAttribute("aria-describedby", /description-info/);
  await expect(page.locator("#description-info")).toHaveText("Enter between 300 and 3,000 characters.");
  const spoken = page.locator(".field").filter({ has: box }).getByRole("status");
  await box.click();
  await page.keyboard.type("Short");
  await expect(counter).toHaveText("295 more characters needed");
  await expect(spoken).toHaveText(""); // far from the limit: nothing read out
  await box.fill("x".repeat(2_950));
  await page.keyboard.type("y");
  await expect(counter).toHaveText("You have 49 characters remaining");
  await expect(spoken).toHaveText("You have 49 characters remaining");
  await page.keyboard.type("z".repeat(60));
  await expect(counter).toHaveText("You have 11 characters too many");
  await expect(spoken).toHaveText("You have 11 characters too many");
});

test("the dates are Day, Month and Year boxes, usable by keyboard, with errors for impossible dates", async ({ page }) => {
  await page.goto("./pledge/details");
  const start = page.getByRole("group", { name: "Start date", exact: true });
  await start.getByLabel("Day").focus();
  await page.keyboard.type("31");
  await page.keyboard.press("Tab");
  await expect(start.getByLabel("Month")).toBeFocused();
  await page.keyboard.type("2");
  await page.keyboard.press("Tab");
  await expect(start.getByLabel("Year")).toBeFocused();
  await page.keyboard.type("2026");
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText("Start date must be a real date");
  await summary.getByRole("link", { name: "Start date must be a real date" }).click();
  await expect(start.getByLabel("Day")).toBeFocused();
  await expect(start).toHaveAttribute("aria-describedby", /start-error/);
  await expectNoAxeViolations(page);
  // A missing month is named; a two-digit year is refused.
  await start.getByLabel("Day").fill("28");
  await start.getByLabel("Month").fill("");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(summary).toContainText("Start date must include a month");
  await expect(start.getByLabel("Month")).toHaveAttribute("aria-invalid", "true");
  await expect(start.getByLabel("Day")).toHaveAttribute("aria-invalid", "false");
  await start.getByLabel("Month").fill("2");
  await start.getByLabel("Year").fill("26");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(summary).toContainText("Start date: the year must have 4 numbers");
  // A real date moves on, and comes back as typed.
  await start.getByLabel("Year").fill("2026");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "GCM objectives" })).toBeVisible();
  await page.goto("./pledge/details");
  await expect(start.getByLabel("Day")).toHaveValue("28");
  await expect(start.getByLabel("Month")).toHaveValue("2");
});

test("no step has a duplicate id", async ({ page }) => {
  await seed(page, KEY, JSON.stringify(draftDoc({ ...COMPLETE, natures: ["financial", "material", "process", "policy"], payment: "schedule", schedule: [{ year: "2022", amount: "1" }] })));
  for (const step of WIZARD_PAGES) {
    await page.goto(step);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const duplicates = await page.evaluate(() => {
      const seen = new Map();
      for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) || 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    expect(duplicates, step).toEqual([]);
  }
});

test("leaving the description while its count waits to be read out leaves the app working", async ({ page }) => {
  // The browser's clock is driven by the test: the pause passes when the test says so.
  await page.clock.install();
  await page.goto("./pledge/your-pledge");
  const box = page.getByLabel("Description of the pledge");
  await box.fill("x".repeat(2_990));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await page.clock.runFor(5_000);
  await expect(page.locator(".panic-recovery")).toHaveCount(0);
  await page.getByRole("link", { name: "Change Description of the pledge" }).click();
  await expect(box).toHaveValue("x".repeat(2_990));
});

test("instalment rows: each box is linked to its own inline error, and Remove moves focus somewhere sensible", async ({ page }) => {
  await seed(page, KEY, JSON.stringify(draftDoc({ natures: ["financial"], amount: "300", currency: "USD", payment: "schedule",
    schedule: [{ year: "20x2", amount: "100" }, { year: "2023", amount: "100" }, { year: "2024", amount: "100" }] })));
  await page.goto("./pledge/details");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Enter a year between 2000 and 2100");
  const year1 = page.getByLabel("Year 1", { exact: true });
  await expect(year1).toHaveAttribute("aria-invalid", "true");
  await expect(year1).toHaveAttribute("aria-describedby", "schedule-year-0-error");
  await expect(page.locator("#schedule-year-0-error")).toContainText("Enter a year between 2000 and 2100");
  await expect(page.getByLabel("Year 2", { exact: true })).toHaveAttribute("aria-invalid", "false");
  // Removing a middle row focuses the row that takes its place; the last, the one before it;
  // the only one, Add a year.
  await page.getByRole("button", { name: "Remove year 2" }).click();
  await expect(page.getByLabel("Year 2", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Year 2", { exact: true })).toHaveValue("2024");
  await page.getByRole("button", { name: "Remove year 2" }).click();
  await expect(year1).toBeFocused();
  await page.getByRole("button", { name: "Remove year 1" }).click();
  await expect(page.getByRole("button", { name: "Add a year" })).toBeFocused();
});

test("in Arabic, the question before starting again and the Undo are translated and accessible", async ({ page }) => {
  await seed(page, KEY, JSON.stringify(draftDoc({ entity: "ابقَ", title: "تعهدي" })));
  await page.goto("./pledge?lang=ar");
  await page.getByRole("button", { name: "البدء من جديد", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "هل تبدأ من جديد؟" });
  await expect(dialog).toContainText("تعهدي");
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "نعم، ابدأ من جديد" }).click();
  await page.getByRole("button", { name: "تراجع" }).click();
  await expect.poll(() => stored(page)).toContain("ابقَ");
});

test("a tab whose draft was changed elsewhere warns on leaving only if it has words of its own", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const a = await context.newPage();
  await seed(a, KEY, JSON.stringify(draftDoc({ entity: "Shared" })));
  const b = await context.newPage();
  const c = await context.newPage();
  for (const p of [a, b, c]) await p.goto("./pledge/about-you");
  await entity(a).click();
  await a.keyboard.type(" by A");
  await expect.poll(() => stored(a)).toContain("Shared by A");
  for (const p of [b, c]) await expect(p.getByRole("alert").filter({ hasText: "changed in another tab" })).toBeVisible();
  // B only looked: nothing of its own to lose.
  expect(await leave(b)).toBe("closed");
  // C typed while A's change was in the way: its words are only on its page.
  await entity(c).click();
  await c.keyboard.type(" by C");
  await expect.poll(() => stored(a)).toContain("Shared by A");
  expect(await leave(c)).toBe("beforeunload");
  await context.close();
});
