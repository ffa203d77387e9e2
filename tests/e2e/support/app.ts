import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { envelope, REFERENCE_DATE, reportOfConcern, type Case } from "./fixtures";
import type { Lang } from "./routes";

/** Opens `path` with the UI language preset (as a returning visitor would have it). */
export async function openIn(page: Page, path: string, lang: Lang = "da") {
  await page.addInitScript((code) => window.localStorage.setItem("mit-overblik.sprog", code), lang);
  await page.goto(path);
  await expect(page.locator("h1")).toBeVisible();
}

/** The desktop main menu. */
export const mainMenu = (page: Page) => page.locator(".navigation-menu nav");

/**
 * The app's page heading. Not the page frame's copies (`.frame`, one per language, with the same
 * id): they stay until the app's heading is there, and since the start-up runs in three tasks a
 * page's load event can come before the takeover.
 */
export const heading = (page: Page) => page.locator("h1#page-heading:not(.frame *)");

/** The logged-in name in the header. */
export const userName = (page: Page) => page.locator(".portal-user [data-testid=user-name]");

/** The scenario's date: the app's today, whatever day the tests run. */
export const SCENARIO_DATE = REFERENCE_DATE;

/** Opens the facilitator panel with its keyboard shortcut, every section unfolded. */
export async function openPanel(page: Page) {
  await page.keyboard.press("Control+Shift+F");
  await expandPanel(page);
}

/** Closes the facilitator panel. */
export async function closePanel(page: Page) {
  await page.getByTestId("panel-close").click();
  await expect(page.getByTestId("facilitator-panel")).toHaveCount(0);
}

/** Opens every folded section of the facilitator panel (they start closed). */
export async function expandPanel(page: Page) {
  const panel = page.getByTestId("facilitator-panel");
  await expect(panel).toBeVisible();
  const folded = panel.locator("details:not([open]) > summary");
  while ((await folded.count()) > 0) await folded.first().click();
}

/** Waits until no source is loading any more. */
export async function settled(page: Page) {
  await expect(page.locator("[role=status][data-testid^=loading]")).toHaveCount(0);
}

/** Opens `path` and waits until every source has answered. */
export async function openSettled(page: Page, path: string, lang: Lang = "da") {
  await openIn(page, path, lang);
  await settled(page);
}

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe-core's WCAG 2.1 A/AA violations on the page as it stands, one line each (rule: nodes). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * Makes the mock behave like a backend that breaks the contract: the case list of `dir` (a
 * persona or `<persona>/paa-vegne-af/<id>`) also carries a report of concern hidden from the
 * citizen, and its detail answers instead of 404. Returns the injected case.
 */
export async function injectReportOfConcern(page: Page, dir: string): Promise<Case> {
  const base = (envelope(dir, "sager").data as Case[])[0];
  const concern = reportOfConcern(base);
  await page.route(`**/mock/${dir}/sager.json`, async (route) => {
    const body = (await (await route.fetch()).json()) as { data: Case[] };
    body.data.push(concern);
    await route.fulfill({ json: body });
  });
  await page.route(`**/mock/${dir}/sager/${concern.id}.json`, async (route) => {
    const detail = envelope(dir, `sager/${base.id}`);
    await route.fulfill({ json: { ...detail, data: { ...detail.data, sag: concern } } });
  });
  return concern;
}
