import { expect, type Page } from "@playwright/test";
import type { Lang } from "./routes";

/** Opens `path` with the UI language preset (as a returning visitor would have it). */
export async function openIn(page: Page, path: string, lang: Lang = "da") {
  await page.addInitScript((code) => window.localStorage.setItem("mit-overblik.sprog", code), lang);
  await page.goto(path);
  await expect(page.locator("h1")).toBeVisible();
}

/** The desktop main menu. */
export const mainMenu = (page: Page) => page.locator(".navigation-menu nav");

/** The page heading. */
export const heading = (page: Page) => page.locator("h1#page-heading");
