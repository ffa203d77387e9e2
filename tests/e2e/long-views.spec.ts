// The views across sources with a long list: a person whose kommune awaits 130 things from them
// (mange-sager's answer with one awaited case copied 130 times, each with its own id, number
// and deadline). Det venter vi på fra dig and the calendar's list show 50 at a time, the page
// in the address, every item once.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { openSettled } from "./support/app";
import { envelope } from "./support/fixtures";
import { layoutProblems } from "./support/layout";

const COPIES = 130;

/** mange-sager's cases with its first awaited case copied `COPIES` times, deadlines a day apart. */
function manyAwaited() {
  const answer = envelope("mange-sager", "sager");
  const awaited = answer.data.find((c: { afventerFraBorger?: unknown }) => c.afventerFraBorger);
  const copies = Array.from({ length: COPIES }, (_, i) => {
    const deadline = new Date(Date.UTC(2026, 11, 1 + i)).toISOString().slice(0, 10);
    return {
      ...awaited,
      id: `00000000-0000-4000-8000-${(i + 1).toString(16).padStart(12, "0")}`,
      sagsnummer: `JC-2026-9${String(i).padStart(5, "0")}`,
      titel: `${awaited.titel} (${i + 1})`,
      oprettet: "2026-11-20",
      afventerFraBorger: { ...awaited.afventerFraBorger, frist: deadline },
    };
  });
  return { ...answer, data: copies };
}

async function withManyAwaited(page: Page) {
  const body = manyAwaited();
  await page.route("**/mock/mange-sager/sager.json", (route) => route.fulfill({ json: body }));
}

test("Det venter vi på fra dig: 50 cards a page, the page in the address, every awaited thing once", async ({ page }) => {
  await withManyAwaited(page);
  await openSettled(page, "/opgaver?persona=mange-sager");
  await expect(page.getByTestId("tasks-count")).toContainText(`${COPIES} ting venter på dig`);
  const shown = page.getByTestId("tasks-shown");
  await expect(shown).toHaveText(`Viser 1–50 af ${COPIES}`);
  const cards = page.getByTestId("task");
  await expect(cards).toHaveCount(50);
  const uids = async () => cards.evaluateAll((els) => els.map((el) => el.getAttribute("data-uid")));
  const seen = await uids();
  const pager = page.getByRole("navigation", { name: "Sider" });
  await pager.getByRole("link", { name: "Næste side" }).click();
  await expect(page).toHaveURL(/\/opgaver\?side=2$/);
  await expect(shown).toHaveText(`Viser 51–100 af ${COPIES}`);
  await expect(cards).toHaveCount(50);
  seen.push(...(await uids()));
  await pager.getByRole("link", { name: "Side 3" }).click();
  await expect(page).toHaveURL(/\/opgaver\?side=3$/);
  await expect(cards).toHaveCount(COPIES - 100);
  await expect(page.getByTestId("task-list")).toHaveAttribute("start", "101");
  seen.push(...(await uids()));
  expect(new Set(seen).size).toBe(COPIES);
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await layoutProblems(page, false)).toEqual([]);
});

test("the calendar's list: 50 dates a page by month, the page in the address, a new filter from page 1", async ({ page }) => {
  await withManyAwaited(page);
  await openSettled(page, "/kalender?persona=mange-sager");
  const shown = page.getByTestId("agenda-shown");
  await expect(shown).toHaveText(/^Viser 1–50 af \d+$/);
  const total = Number((await shown.textContent())!.match(/af (\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(COPIES);
  const entries = page.getByTestId("agenda-entry");
  await expect(entries).toHaveCount(50);
  const dates = async () => entries.evaluateAll((els) => els.map((el) => el.getAttribute("data-date")!));
  const first = await dates();
  const pager = page.getByRole("navigation", { name: "Sider" });
  await pager.getByRole("link", { name: "Næste side" }).click();
  await expect(page).toHaveURL(/\/kalender\?side=2$/);
  await expect(shown).toHaveText(`Viser 51–100 af ${total}`);
  const second = await dates();
  expect(second[0] >= first[first.length - 1]).toBe(true);
  await page.getByTestId("agenda-kind").selectOption("afventer-borger");
  await expect(page).toHaveURL(/\/kalender\?slags=afventer-borger$/);
  await expect(shown).toHaveText(`Viser 1–50 af ${COPIES}`);
});
