import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { heading, openIn } from "./support/app";
import { menu } from "./support/routes";

/** Presses Tab until the focused element matches `accept`, at most `limit` times. */
async function tabUntil(page: Page, accept: (text: string) => boolean, limit = 30) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (accept(text)) return text;
  }
  throw new Error("focus never reached the element");
}

/** The focused element's outline, to check that focus is visible. */
const focusOutline = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });

test.describe("keyboard", () => {
  test("the first Tab reaches the skip link, which moves focus to the main content", async ({ page }) => {
    await openIn(page, "/");
    await page.keyboard.press("Tab");
    const skip = page.locator("a.skipnav");
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main-content")).toBeFocused();
    // The next Tab continues inside the main content, not in the header.
    await page.keyboard.press("Tab");
    const inMain = await page.evaluate(() => document.activeElement?.closest("main") !== null);
    expect(inMain).toBe(true);
    await expect(page.locator("main a").first()).toBeFocused();
  });

  test("every header control is reachable by Tab with a visible focus, in order", async ({ page }) => {
    await openIn(page, "/");
    const expected = ["Dansk", "English", "Log af", "Mit Overblik", ...menu.da];
    let index = 0;
    for (let i = 0; i < 25 && index < expected.length; i++) {
      await page.keyboard.press("Tab");
      const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
      // A menu link may carry a count after its name ("Digital Post" with unread letters).
      if (text === expected[index] || (index > 3 && text.startsWith(expected[index]))) {
        const outline = await focusOutline(page);
        expect(outline.style, `focus on ${text} must be visible`).not.toBe("none");
        expect(outline.width).toBeGreaterThan(0);
        index++;
      }
    }
    expect(expected.slice(0, index)).toEqual(expected);
  });

  test("a menu link is followed with Enter and focus lands on the new heading", async ({ page }) => {
    await openIn(page, "/");
    await tabUntil(page, (text) => text.startsWith("Digital Post"));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/digital-post");
    await expect(heading(page)).toBeFocused();
  });

  test("the language switch works from the keyboard", async ({ page }) => {
    await openIn(page, "/");
    await tabUntil(page, (text) => text === "English");
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("a.skipnav")).toHaveText("Skip to main content");
  });

  test("on a narrow screen the menu opens, closes with Escape and closes after navigation", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openIn(page, "/");
    const open = page.getByRole("button", { name: "Menu" });
    await expect(open).toBeVisible();
    await open.click();
    const drawer = page.getByRole("dialog", { name: "Menu" });
    await expect(drawer).toBeVisible();
    await expect(drawer.getByRole("button", { name: "Luk menu" })).toBeFocused();
    // Tab stays inside the open dialog, both ways round.
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press("Tab");
      expect(await drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press("Shift+Tab");
      expect(await drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();
    await expect(open).toBeFocused();
    await open.click();
    await drawer.getByRole("link", { name: "Sager" }).click();
    await expect(drawer).toBeHidden();
    await expect(heading(page)).toHaveText("Sager");
  });
});
