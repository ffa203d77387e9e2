import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { axeViolations, heading, openSettled } from "./support/app";
import { data, visibleCases } from "./support/fixtures";
import { layoutProblems } from "./support/layout";

const group = (page: Page, id: string) => page.locator(`[data-testid=search-group][data-group=${id}]`);

/** Danish letters as a keyboard without them writes them. */
const spelledOut = (text: string) => text.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa");

test("the header's search field on every page leads to the results, the query in the address", async ({ page }) => {
  await openSettled(page, "/oekonomi?persona=mange-sager");
  await page.getByTestId("header-search").fill("Revalidering");
  await page.getByTestId("header-search").press("Enter");
  // A plain form: the browser loads /soeg, whose frame the app then takes over.
  await expect(page).toHaveURL(/\/soeg\?q=Revalidering$/);
  await expect(page.locator("body")).not.toHaveAttribute("data-frame", { timeout: 20_000 });
  await expect(heading(page)).toHaveText("Søg");
  await expect(page.getByTestId("search-field")).toHaveValue("Revalidering");
  const expected = visibleCases("mange-sager").filter((c) => /revalidering/i.test(`${c.titel} ${c.sagsnummer} ${c.myndighed.navn} ${c.kle.titel}`)).length;
  await expect(group(page, "sager")).toHaveAttribute("data-count", String(expected));
  await expect(group(page, "sager").locator("h2")).toHaveText(`Sager (${expected})`);
});

test("live as you type, grouped with counts; æ, ø and å may be written ae, oe and aa", async ({ page }) => {
  const cases = visibleCases("mange-sager").filter((c) => c.titel.includes("Ophør af sygedagpenge"));
  expect(cases.length).toBeGreaterThan(0);
  await openSettled(page, "/soeg?persona=mange-sager");
  await expect(page.getByTestId("search-count")).toHaveText("Skriv det, du leder efter.");
  const field = page.getByTestId("search-field");
  await field.pressSequentially(spelledOut("Ophør af sygedagpenge"));
  await expect(group(page, "sager")).toHaveAttribute("data-count", String(cases.length));
  for (const c of cases) await expect(group(page, "sager").getByRole("link", { name: c.titel })).toHaveAttribute("href", `/sager/${c.id}`);
  await expect(page).toHaveURL(/\/soeg\?q=ophoer%20af%20sygedagpenge$/);
  // The same with the Danish letter.
  await field.fill("Ophør af sygedagpenge");
  await expect(group(page, "sager")).toHaveAttribute("data-count", String(cases.length));
});

test("letters, look-ups, vehicles and pages are found; the keyboard reaches the results", async ({ page }) => {
  const letters: { emne: string; afsender: { navn: string } }[] = data("familie", "digital-post");
  const vehicles: { registreringsnummer: string }[] = data("familie", "koeretoejer");
  await openSettled(page, "/soeg?persona=familie");
  const field = page.getByTestId("search-field");
  await field.fill(letters[0].emne);
  await expect(group(page, "breve")).toBeVisible();
  await expect(group(page, "breve").getByRole("link", { name: letters[0].emne }).first()).toBeVisible();
  await field.fill(vehicles[0].registreringsnummer);
  await expect(group(page, "koeretoejer")).toHaveAttribute("data-count", "1");
  await field.fill("adresse");
  await expect(group(page, "opslag")).toBeVisible();
  // The kind of data itself, once, with how often it was looked up, leading to those look-ups.
  const log: { dataelement: string }[] = data("familie", "adgangslog");
  const lookedUp = log.filter((e) => e.dataelement === "cpr.adresse").length;
  await expect(group(page, "oplysninger")).toHaveAttribute("data-count", "1");
  await expect(group(page, "oplysninger").getByTestId("search-result")).toContainText(`CPR · ${lookedUp} opslag`);
  await group(page, "oplysninger").getByRole("link", { name: "Din adresse" }).click();
  await expect(page).toHaveURL(/\/dine-data\?data=cpr\.adresse$/);
  await expect(page.getByTestId("log-entry").first()).toBeVisible();
  const shown = await page.getByTestId("log-entry").allTextContents();
  expect(shown.length).toBeLessThanOrEqual(lookedUp);
  for (const entry of shown) expect(entry.toLowerCase()).toContain("adresse");
  await page.goBack();
  await field.fill("kalender");
  await expect(group(page, "sider").getByRole("link", { name: "Kalender" })).toHaveAttribute("href", "/kalender");
  await field.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Kalender");
  await page.keyboard.press("Enter");
  await expect(heading(page)).toHaveText("Kalender");
});

test("nothing found says so in a live region", async ({ page }) => {
  await openSettled(page, "/soeg?persona=familie&q=zzzzqqq");
  await expect(page.getByTestId("search-count")).toHaveText("Vi fandt ikke noget, der passer på din søgning. Prøv med et andet ord.");
  await expect(page.getByTestId("search-count")).toHaveAttribute("role", "status");
});

for (const lang of ["da", "en"] as const) {
  for (const [name, width] of [["desktop", 1280], ["phone", 390]] as const) {
    test(`axe-core and the layout checks find nothing (${lang}, ${name})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openSettled(page, "/soeg?persona=mange-sager&q=revalidering", lang);
      await expect(page.getByTestId("search-group").first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      expect(await layoutProblems(page, width > 600)).toEqual([]);
      await page.screenshot({ path: `test-results/views/search-${lang}-${name}.png`, fullPage: true });
    });
  }
}

test("a result clicked right after typing leads there, even while its page's code is slow to arrive", async ({ page }) => {
  await openSettled(page, "/soeg?persona=familie");
  // The access log's chunk takes longer than the address's 400 ms delay after the last key.
  await page.route("**/split_data_use-*.wasm", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.fallback();
  });
  await page.getByTestId("search-field").pressSequentially("adresse");
  await group(page, "oplysninger").getByRole("link", { name: "Din adresse" }).click();
  await expect(page).toHaveURL(/\/dine-data\?data=cpr\.adresse$/, { timeout: 10_000 });
  await expect(heading(page)).toHaveText("Dine data");
  await page.waitForTimeout(600);
  await expect(page).toHaveURL(/\/dine-data\?data=cpr\.adresse$/);
});

