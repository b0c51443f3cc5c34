// WCAG 1.4.10 and 1.4.4: at 320 CSS px wide no page scrolls sideways, and with text at
// 200 % nothing is cut off, in English and in Arabic (right to left), on every view and
// every wizard step, with the errors shown too.
import { readFileSync } from "node:fs";
import { test, expect, PAGES, WITH_ERRORS } from "./helpers.mjs";

const AR = JSON.parse(readFileSync(new URL("../../public/i18n/ar.json", import.meta.url), "utf8"));


/**
 * Elements that stick out of the viewport sideways, for a readable failure. Content inside
 * its own scrolling region is allowed: WCAG exempts data tables, which keep their columns
 * and scroll within the page (the region is focusable, so the keyboard can scroll it).
 */
function overflowing() {
  const width = document.documentElement.clientWidth;
  const out = [];
  const inScroller = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX;
      if (o === "auto" || o === "scroll") return true;
    }
    return false;
  };
  for (const el of document.querySelectorAll("body *")) {
    if (el.closest(".visually-hidden, .skip-link, noscript, details:not([open]) > :not(summary)") || inScroller(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width && (r.right > width + 1 || r.left < -1)) out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}..${Math.round(r.right)}`);
  }
  return { scroll: document.documentElement.scrollWidth - width, out: out.slice(0, 8) };
}

/** Elements whose overflow is hidden and whose content is bigger than they are. */
function clipped() {
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    if (el.closest(".visually-hidden, noscript, input, textarea, select, svg")) continue;
    const s = getComputedStyle(el);
    const hides = (v) => v === "hidden" || v === "clip";
    if ((hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
      out.push(`${el.tagName.toLowerCase()}.${el.className}`);
    }
  }
  return out;
}

// The wizard's steps and its review are also measured with their error summary and inline
// errors showing: the longest form each has. Their button must be there (a click waits for
// it).
async function showErrors(page, route) {
  if (!WITH_ERRORS.includes(route)) return;
  const names = ["Continue", "Confirm and finish", AR.wizard_continue, AR.review_confirm];
  await page.getByRole("button", { name: new RegExp(`^(${names.join("|")})$`) }).click();
  await expect(page.locator("#error-summary")).toBeVisible();
}

for (const lang of ["en", "ar"]) {
  const suffix = lang === "en" ? "" : `?lang=${lang}`;

  test.describe(`at 320 px wide (${lang})`, () => {
    test.use({ viewport: { width: 320, height: 640 } });
    test(`no view or step scrolls sideways (${lang})`, async ({ page }) => {
      for (const route of PAGES) {
        await page.goto(route + suffix);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await showErrors(page, route);
        const result = await page.evaluate(overflowing);
        expect(result, `${route}: ${JSON.stringify(result)}`).toEqual({ scroll: 0, out: [] });
      }
    });
  });

  test.describe(`with text at 200 % (${lang})`, () => {
    test.use({ viewport: { width: 1024, height: 768 } });
    test(`nothing is cut off (${lang})`, async ({ page }) => {
      await page.addInitScript(() => {
        document.addEventListener("DOMContentLoaded", () => { document.documentElement.style.fontSize = "200%"; });
      });
      for (const route of PAGES) {
        await page.goto(route + suffix);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("32px");
        await showErrors(page, route);
        const result = await page.evaluate(overflowing);
        expect(result, `${route}: ${JSON.stringify(result)}`).toEqual({ scroll: 0, out: [] });
        expect(await page.evaluate(clipped), route).toEqual([]);
      }
    });
  });
}

test("focus is always visible, and motion stops when the visitor asks for less", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const lang of ["", "?lang=ar"]) {
    await page.goto(`./explorer${lang}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Tab through the first controls: each shows a focus ring of at least 2 px.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      const ring = await page.evaluate(() => {
        const el = document.activeElement;
        const s = getComputedStyle(el);
        return { tag: el.tagName, outline: s.outlineStyle !== "none" ? parseFloat(s.outlineWidth) : 0, shadow: s.boxShadow };
      });
      expect(ring.outline >= 2 || ring.shadow !== "none", JSON.stringify(ring)).toBe(true);
    }
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll("a, button, .meter *, .chart *")].map((el) => parseFloat(getComputedStyle(el).transitionDuration) || 0),
    );
    expect(Math.max(0, ...durations)).toBeLessThanOrEqual(0.001);
  }
});
