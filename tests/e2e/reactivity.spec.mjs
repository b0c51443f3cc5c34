// A keystroke in the wizard changes what depends on that field and nothing else: the rest
// of the step is not drawn again (which would cost time on a phone, and can move a screen
// reader's place). Watched with a MutationObserver while typing into one field.
import { test, expect } from "./helpers.mjs";

const DRAFT = {
  format: "mmptf-pledge-draft",
  version: 2,
  draft: {
    entity: "Republic of Example", entity_type: "other", entity_type_other: "A network", country: "KE",
    legacy_country: "East Africa", contact_name: "A. Person", contact_email: "a.person@example.org",
    partners: [{ name: "City of Example" }], natures: ["financial"], amount: "2000000", currency: "USD",
    recipient: "other", recipient_other: "A fund", payment: "schedule", schedule: [{ date: "2023-01-01", amount: "5" }],
    title: "Ready pledge", description: "We will ".padEnd(300, "x"),
  },
};

/** Types `text` into the field labelled `label` and returns the elements changed outside
 * that field's own block (its counter and hint belong to it). */
async function mutationsOutside(page, label, text) {
  const input = page.getByLabel(label, { exact: true });
  await input.focus();
  await input.evaluate((el) => el.setSelectionRange(el.value.length, el.value.length));
  await page.evaluate(() => {
    window.__changed = [];
    new MutationObserver((records) => {
      const element = (n) => (n.nodeType === 1 ? n : n.parentElement);
      for (const r of records) {
        // A node added or removed is what changed, not the parent it sits in.
        const nodes = r.type === "childList" ? [...r.addedNodes, ...r.removedNodes].filter((n) => n.nodeType !== 8) : [r.target];
        for (const n of nodes) window.__changed.push(r.type === "childList" && n.nodeType !== 1 ? r.target : element(n));
      }
    }).observe(document.querySelector("main"), { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await input.pressSequentially(text);
  await expect(input).toHaveValue(new RegExp(`${text}$`));
  // The draft is saved after a pause; then nothing is left to change.
  await expect.poll(() => page.evaluate(() => localStorage.getItem("mmptf-explorer/pledge-draft/v2") ?? "")).toContain(text);
  return input.evaluate((el) => {
    const own = el.closest(".field");
    return window.__changed
      .filter((n) => n && !own.contains(n))
      .map((n) => `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ""}${n.className ? `.${String(n.className).split(" ").join(".")}` : ""}: ${n.textContent.slice(0, 60)}`);
  });
}

for (const [step, label] of [
  ["about-you", "Name of the pledging entity"],
  ["partners", "Name of the pledge"],
  ["details", "Amount"],
  ["details", "Name of the recipient"],
  ["your-pledge", "Description of the pledge"],
]) {
  test(`typing "${label}" on the ${step} step changes only what depends on it`, async ({ page }) => {
    await page.goto("./about");
    await page.evaluate((d) => localStorage.setItem("mmptf-explorer/pledge-draft/v2", JSON.stringify(d)), { ...DRAFT, draft: { ...DRAFT.draft, pledge_type: undefined } });
    await page.goto(`./pledge/${step}`);
    const changed = await mutationsOutside(page, label, "abc");
    // The fund's progress with the pledge follows the amount: that block depends on it.
    const expected = label === "Amount" ? changed.filter((c) => !c.startsWith("p.fund-effect")) : changed;
    expect(expected, expected.join("\n")).toEqual([]);
  });
}
