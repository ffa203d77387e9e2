import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { axeViolations, heading, openSettled, SCENARIO_DATE } from "./support/app";
import { caseDetail, data, longDateDa, onBehalfDir, personas, visibleCases, type Case } from "./support/fixtures";
import { layoutProblems } from "./support/layout";

type Awaited = Case & { afventerFraBorger?: { hvad: string; frist: string } };

/** What a persona's cases await from the citizen, by deadline (those without one last). */
function awaited(persona: string): Awaited[] {
  return (visibleCases(persona) as Awaited[])
    .filter((c) => c.afventerBorger && c.fremdrift.kode !== "Afsluttet")
    .sort((a, b) => (a.afventerFraBorger?.frist ?? "9999").localeCompare(b.afventerFraBorger?.frist ?? "9999"));
}

const tasks = (page: Page) => page.getByTestId("task");

async function openTasks(page: Page, persona: string, extra = "", lang: "da" | "en" = "da") {
  await openSettled(page, `/opgaver?persona=${persona}${extra}`, lang);
}

for (const persona of personas()) {
  test(`${persona}: everything awaited, by deadline, overdue marked on the scenario's day`, async ({ page }) => {
    const expected = awaited(persona);
    await openTasks(page, persona);
    await expect(heading(page)).toHaveText("Det venter vi på fra dig");
    if (expected.length === 0) {
      await expect(page.getByTestId("tasks-none")).toBeVisible();
      await expect(tasks(page)).toHaveCount(0);
      return;
    }
    await expect(tasks(page)).toHaveCount(expected.length);
    for (const [i, c] of expected.entries()) {
      const task = tasks(page).nth(i);
      await expect(task.locator("h3")).toHaveText(c.titel);
      if (c.afventerFraBorger) {
        await expect(task.getByTestId("task-what")).toHaveText(c.afventerFraBorger.hvad);
        await expect(task.getByTestId("task-deadline")).toContainText(longDateDa(c.afventerFraBorger.frist));
      }
      const overdue = !!c.afventerFraBorger && c.afventerFraBorger.frist < SCENARIO_DATE;
      await expect(task).toHaveAttribute("data-overdue", String(overdue));
      await expect(task.getByTestId("task-overdue")).toHaveCount(overdue ? 1 : 0);
      await expect(task.getByTestId("task-case-link")).toHaveAttribute("href", `/sager/${c.id}`);
    }
  });
}

test("the sick-listed citizen's doctor's note: days left, the self-service link, and the case", async ({ page }) => {
  const [c] = awaited("sygemeldt");
  const links = caseDetail("sygemeldt", c.id).links;
  await openTasks(page, "sygemeldt");
  const task = tasks(page).first();
  await expect(task.getByTestId("task-deadline")).toContainText("Om 10 dage");
  await expect(task.getByTestId("task-self-service")).toHaveAttribute("href", links.selvbetjening);
  await expect(page.getByTestId("tasks-count")).toHaveText("1 ting venter på dig");
  await task.getByTestId("task-case-link").click();
  await expect(heading(page)).toHaveText(c.titel);
});

test("a later scenario day marks the deadline as passed", async ({ page }) => {
  await openTasks(page, "sygemeldt", "&dato=2026-12-06");
  const task = tasks(page).first();
  await expect(task).toHaveAttribute("data-overdue", "true");
  await expect(task.getByTestId("task-overdue")).toHaveText("Fristen er overskredet: 2 dage over fristen");
  await expect(page.getByTestId("tasks-count")).toContainText("1 frist er overskredet");
});

test("the overview's card counts what awaits and leads here", async ({ page }) => {
  const expected = awaited("mange-sager");
  const overdue = expected.filter((c) => c.afventerFraBorger && c.afventerFraBorger.frist < SCENARIO_DATE).length;
  await openSettled(page, "/?persona=mange-sager");
  const card = page.getByTestId("tasks-card");
  await expect(card.getByTestId("tasks-card-count")).toHaveText(`${expected.length} ting venter på dig`);
  await expect(card.getByTestId("tasks-card-overdue")).toHaveText(`${overdue} frist er overskredet`);
  await expect(card.getByTestId("tasks-card-first")).toContainText(expected[0].afventerFraBorger!.hvad);
  await card.getByRole("link", { name: "Se det, vi venter på" }).click();
  await expect(heading(page)).toHaveText("Det venter vi på fra dig");
  await expect(tasks(page)).toHaveCount(expected.length);
});

test("a failing case source shows its error with a retry, and the retry brings the list", async ({ page }) => {
  let fail = true;
  await page.route("**/mock/sygemeldt/sager.json", (route) => (fail ? route.fulfill({ status: 500, body: "" }) : route.fallback()));
  await openTasks(page, "sygemeldt");
  await expect(page.getByTestId("section-error")).toBeVisible();
  fail = false;
  await page.getByTestId("section-error").getByRole("button", { name: "Prøv igen" }).click();
  await expect(tasks(page)).toHaveCount(1);
});

test("acting for a child: only the child's cases, and the page says so", async ({ page }) => {
  await openSettled(page, "/handl-for?persona=familie");
  await page.getByRole("button", { name: "Se oplysninger for Emil Kjær Sørensen" }).click();
  await page.goto("/opgaver");
  await expect(page.getByTestId("acting-scope-note")).toContainText("Du ser Emils oplysninger");
  await expect(page.getByTestId("acting-scope-note")).toContainText("Sager");
  const emil = data(onBehalfDir("familie", "Emil"), "sager") as Awaited[];
  const expected = emil.filter((c) => c.afventerBorger && c.fremdrift.kode !== "Afsluttet").length;
  await expect(tasks(page)).toHaveCount(expected);
});

for (const lang of ["da", "en"] as const) {
  for (const [name, width] of [["desktop", 1280], ["phone", 390]] as const) {
    test(`axe-core and the layout checks find nothing (${lang}, ${name})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openTasks(page, "mange-sager", "", lang);
      await expect(tasks(page)).toHaveCount(awaited("mange-sager").length);
      expect(await axeViolations(page)).toEqual([]);
      expect(await layoutProblems(page, width > 600)).toEqual([]);
      await page.screenshot({ path: `test-results/views/tasks-${lang}-${name}.png`, fullPage: true });
    });
  }
}
