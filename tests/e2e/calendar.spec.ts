import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { expect, test } from "./support/test";
import { axeViolations, heading, openSettled, SCENARIO_DATE } from "./support/app";
import { data, personas } from "./support/fixtures";
import { layoutProblems } from "./support/layout";

const entries = (page: Page) => page.getByTestId("agenda-entry");

async function openCalendar(page: Page, persona: string, extra = "", lang: "da" | "en" = "da") {
  await openSettled(page, `/kalender?persona=${persona}${extra}`, lang);
  await expect(page.locator("[data-testid=agenda-count], [data-testid=agenda-none]")).toBeVisible();
}

/** A downloaded calendar file, parsed by ical.js: its events and the raw text. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  const text = readFileSync(await file.path(), "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { name: file.suggestedFilename(), text, calendar, events: calendar.getAllSubcomponents("vevent") };
}

const firstOfMonth = SCENARIO_DATE.slice(0, 8) + "01";

for (const persona of personas()) {
  test(`${persona}: the dates ahead by month, in order, with the fixtures' own dates`, async ({ page }) => {
    await openCalendar(page, persona);
    await expect(heading(page)).toHaveText("Kalender");
    const dates = await entries(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-date")!));
    expect(dates).toEqual([...dates].sort());
    for (const date of dates) expect(date >= firstOfMonth, date).toBe(true);
    const months = await page.getByTestId("agenda-month").evaluateAll((els) => els.map((e) => e.getAttribute("data-month")!));
    expect(months).toEqual([...new Set(dates.map((d) => d.slice(0, 7)))]);
    // Every vehicle the persona owns with an inspection ahead is in the calendar on its day.
    const vehicles: { rolle: string; naesteSyn?: string | null }[] = data(persona, "koeretoejer");
    for (const v of vehicles.filter((v) => v.rolle === "ejer" && v.naesteSyn && v.naesteSyn >= firstOfMonth)) {
      await expect(entries(page).and(page.locator(`[data-kind=syn][data-date="${v.naesteSyn}"]`))).toHaveCount(1);
    }
  });
}

test("the debt instalment is on its day; the kind filter keeps only its kind, in the address", async ({ page }) => {
  await openCalendar(page, "mange-sager");
  const all = await entries(page).count();
  expect(all).toBeGreaterThan(1);
  await openCalendar(page, "gaeld");
  await expect(entries(page).and(page.locator("[data-kind=afdrag]"))).toHaveCount(1);
  await expect(entries(page).and(page.locator("[data-kind=afdrag]"))).toHaveAttribute("data-date", "2026-12-01");
  await page.getByTestId("agenda-kind").selectOption("afdrag");
  await expect(page).toHaveURL(/\/kalender\?slags=afdrag$/);
  await expect(entries(page)).toHaveCount(1);
  await expect(page.getByTestId("agenda-count")).toHaveText("1 dato");
  // A persona with more kinds: the filter narrows, and Back widens again.
  await openCalendar(page, "mange-sager");
  await page.getByTestId("agenda-kind").selectOption("afventer-borger");
  await expect(page).toHaveURL(/\/kalender\?slags=afventer-borger$/);
  const awaited = await entries(page).count();
  expect(awaited).toBeGreaterThan(0);
  expect(awaited).toBeLessThan(all);
  for (const kind of await entries(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")))) expect(kind).toBe("afventer-borger");
  await page.goBack();
  await expect(entries(page)).toHaveCount(all);
});

test("the export of all dates parses as iCalendar with the page's ids, whole days and no CPR number or name", async ({ page }) => {
  await openCalendar(page, "sygemeldt");
  const uids = await entries(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-uid")!));
  const dates = await entries(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-date")!));
  const file = await download(page, () => page.getByTestId("agenda-download-all").click());
  expect(file.name).toBe("mit-overblik-kalender.ics");
  expect(file.text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  expect(file.text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of file.text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  expect(file.calendar.getFirstPropertyValue("prodid")).toBe("-//Mit Overblik//Prototype//DA");
  expect(file.events.map((e) => e.getFirstPropertyValue("uid"))).toEqual(uids);
  for (const [i, event] of file.events.entries()) {
    const start = event.getFirstProperty("dtstart")!;
    expect(start.type).toBe("date");
    expect(String(start.getFirstValue())).toBe(dates[i]);
    expect(event.getFirstProperty("summary")!.getParameter("language")).toBe("da");
  }
  const session = data("sygemeldt", "session");
  expect(file.text).not.toContain(session.cpr);
  expect(file.text).not.toContain(session.cpr.replace("-", ""));
  expect(file.text.replace(/\r\n /g, "")).not.toContain(session.navn);
  // The same export again: the same ids.
  const again = await download(page, () => page.getByTestId("agenda-download-all").click());
  expect(again.events.map((e) => e.getFirstPropertyValue("uid"))).toEqual(uids);
});

test("one date's export holds that date, in English when the page is in English", async ({ page }) => {
  await openCalendar(page, "gaeld", "", "en");
  const entry = entries(page).and(page.locator("[data-kind=afdrag]"));
  const uid = await entry.getAttribute("data-uid");
  const file = await download(page, () => entry.getByTestId("agenda-download").click());
  expect(file.name).toBe("mit-overblik-afdrag-2026-12-01.ics");
  expect(file.events).toHaveLength(1);
  expect(file.events[0].getFirstPropertyValue("uid")).toBe(uid);
  expect(String(file.events[0].getFirstPropertyValue("dtstart"))).toBe("2026-12-01");
  expect(file.events[0].getFirstProperty("summary")!.getParameter("language")).toBe("en");
  expect(file.calendar.getFirstPropertyValue("prodid")).toBe("-//Mit Overblik//Prototype//EN");
});

test("one month at a time: a grid from Monday, each day's count matching the list, steps to other months in the address", async ({ page }) => {
  await openCalendar(page, "mange-sager");
  const listed = await entries(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-date")!));
  await page.getByTestId("view-grid").click();
  await expect(page).toHaveURL(/\/kalender\?visning=maaned$/);
  await expect(page.getByTestId("view-grid")).toHaveAttribute("aria-current", "page");
  const grid = page.getByTestId("calendar-grid");
  await expect(grid.locator("caption")).toHaveText("November 2026");
  await expect(grid.locator("thead th")).toHaveText(["man.", "tirs.", "ons.", "tors.", "fre.", "lør.", "søn."]);
  // 1 November 2026 is a Sunday: the first week has six empty days before it.
  await expect(grid.locator("tbody tr").first().locator("td").nth(6)).toHaveAttribute("data-date", "2026-11-01");
  const checkMonth = async (month: string) => {
    const days = await page.getByTestId("grid-day").evaluateAll((els) => els.map((e) => [e.getAttribute("data-date")!, Number(e.getAttribute("data-count"))] as const));
    for (const [date, count] of days) {
      expect(date.slice(0, 7)).toBe(month);
      expect(count, date).toBe(listed.filter((d) => d === date).length);
    }
    await expect(entries(page)).toHaveCount(listed.filter((d) => d.startsWith(month)).length);
  };
  await checkMonth("2026-11");
  await expect(page.getByTestId("month-previous")).toHaveCount(0);
  await page.getByTestId("month-next").click();
  await expect(page).toHaveURL(/\/kalender\?visning=maaned&maaned=2026-12$/);
  await expect(grid.locator("caption")).toHaveText("December 2026");
  await checkMonth("2026-12");
  await page.reload();
  await expect(grid.locator("caption")).toHaveText("December 2026");
  await page.getByTestId("month-previous").click();
  await expect(grid.locator("caption")).toHaveText("November 2026");
  await page.getByTestId("view-list").click();
  await expect(page).toHaveURL(/\/kalender$/);
  await expect(entries(page)).toHaveCount(listed.length);
});

for (const lang of ["da", "en"] as const) {
  for (const [name, width] of [["desktop", 1280], ["phone", 390]] as const) {
    test(`the month grid: axe-core and the layout checks find nothing (${lang}, ${name})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openCalendar(page, "mange-sager", "&visning=maaned&maaned=2026-12", lang);
      await expect(page.getByTestId("calendar-grid")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      expect(await layoutProblems(page, width > 600)).toEqual([]);
      await page.screenshot({ path: `test-results/views/calendar-grid-${lang}-${name}.png`, fullPage: true });
    });
  }
}

test("acting for a child: no tax or debt dates, and the page says so", async ({ page }) => {
  await openSettled(page, "/handl-for?persona=familie");
  await page.getByRole("button", { name: "Se oplysninger for Emil Kjær Sørensen" }).click();
  await page.goto("/kalender");
  await expect(page.locator("[data-testid=agenda-count], [data-testid=agenda-none]")).toBeVisible();
  await expect(page.getByTestId("acting-scope-note")).toContainText("Du ser Emils oplysninger");
  await expect(entries(page).and(page.locator("[data-kind=skat-frist], [data-kind=afdrag]"))).toHaveCount(0);
  await expect(page.getByTestId("section-error")).toHaveCount(0);
});

for (const lang of ["da", "en"] as const) {
  for (const [name, width] of [["desktop", 1280], ["phone", 390]] as const) {
    test(`axe-core and the layout checks find nothing (${lang}, ${name})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openCalendar(page, "mange-sager", "", lang);
      expect(await axeViolations(page)).toEqual([]);
      expect(await layoutProblems(page, width > 600)).toEqual([]);
      await page.screenshot({ path: `test-results/views/calendar-${lang}-${name}.png`, fullPage: true });
    });
  }
}
