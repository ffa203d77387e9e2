import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { axeViolations, heading, openIn, openSettled, SCENARIO_DATE } from "./support/app";
import { debt, formatKr, grants, longDateDa, oere, payouts } from "./support/fixtures";

const TODAY = SCENARIO_DATE;

async function openEconomy(page: Page, persona: string, lang: "da" | "en" = "da", query = "") {
  await openSettled(page, `/oekonomi?persona=${persona}${query}`, lang);
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The next payment as the fixtures define it: the first unpaid date on or after today. */
function expectedNext(persona: string) {
  const upcoming = payouts(persona).filter((p) => p.status !== "udbetalt" && p.dispositionsdato >= TODAY);
  const date = upcoming.map((p) => p.dispositionsdato).sort()[0];
  const that = upcoming.filter((p) => p.dispositionsdato === date);
  return { date, total: sum(that.map((p) => oere(p.udbetaltBeloeb))), count: that.length };
}

/** Only a paid payout is paid: planned ones and those sent to the bank are counted apart. */
const isPaid = (p: { status: string }) => p.status === "udbetalt";

/** "48 udbetalinger er udbetalt: … efter skat (… før skat). 7 er planlagt eller sendt til banken: …" */
function expectedTotals(selected: ReturnType<typeof payouts>) {
  const paid = selected.filter(isPaid);
  const pending = selected.filter((p) => !isPaid(p));
  const first =
    `${paid.length} ${paid.length === 1 ? "udbetaling" : "udbetalinger"} er udbetalt: ` +
    `${formatKr(sum(paid.map((p) => oere(p.udbetaltBeloeb))))} efter skat ` +
    `(${formatKr(sum(paid.map((p) => oere(p.bruttobeloeb))))} før skat).`;
  return pending.length === 0
    ? first
    : `${first} ${pending.length} er planlagt eller sendt til banken: ${formatKr(sum(pending.map((p) => oere(p.udbetaltBeloeb))))}`;
}

/** Months of the chart window (December 2024 – November 2026) with paid payouts, and their sums. */
function expectedMonths(persona: string) {
  const months = new Map<string, number>();
  for (const p of payouts(persona).filter(isPaid)) {
    const month = p.dispositionsdato.slice(0, 7);
    if (month >= "2024-12" && month <= TODAY.slice(0, 7)) {
      months.set(month, (months.get(month) ?? 0) + oere(p.udbetaltBeloeb));
    }
  }
  return [...months.entries()].sort(([a], [b]) => a.localeCompare(b));
}

for (const persona of ["sygemeldt", "pensionist", "familie", "studerende"]) {
  test(`${persona}: benefits, next payment, totals and chart match the fixtures`, async ({ page }) => {
    await openEconomy(page, persona);
    await expect(heading(page)).toHaveText("Økonomi");
    const granted = grants(persona);
    await expect(page.getByTestId("benefit")).toHaveCount(granted.length);
    for (const grant of granted) {
      await expect(page.getByTestId("benefit").filter({ hasText: grant.ydelsesnavn }).first()).toContainText(grant.udbetaler.navn);
    }

    const next = expectedNext(persona);
    const box = page.getByTestId("economy-next-payment");
    await expect(box.getByTestId("next-payment-total")).toHaveText(formatKr(next.total));
    await expect(box.getByTestId("next-payment-date")).toHaveText(`Den ${longDateDa(next.date)}`);
    await expect(box.getByTestId("next-payment-lines").locator("li")).toHaveCount(next.count);

    await expect(page.getByTestId("payout-totals")).toHaveText(expectedTotals(payouts(persona)));

    // Last year's total paid, and this year's so far, agree with the payouts that were paid.
    for (const year of ["2025", "2026"]) {
      const paidThen = payouts(persona).filter((p) => isPaid(p) && p.dispositionsdato.startsWith(year));
      await expect(page.locator(`[data-testid=paid-year][data-year="${year}"]`)).toHaveText(
        `${formatKr(sum(paidThen.map((p) => oere(p.udbetaltBeloeb))))} efter skat (${formatKr(sum(paidThen.map((p) => oere(p.bruttobeloeb))))} før skat)`,
      );
    }

    const expected = expectedMonths(persona);
    await expect(page.getByTestId("chart-bar")).toHaveCount(expected.length);
    await page.getByTestId("chart-table-toggle").locator("summary").click();
    const totals = page.getByTestId("chart-table-total");
    await expect(totals).toHaveCount(expected.length);
    await expect(totals).toHaveText(expected.map(([, total]) => formatKr(total)));
  });
}

test("the overview's card shows the next payment", async ({ page }) => {
  await openIn(page, "/?persona=pensionist");
  const card = page.getByTestId("next-payment-card");
  await expect(card.getByTestId("next-payment-total")).toHaveText(formatKr(expectedNext("pensionist").total));
  await card.getByRole("link", { name: "Se din økonomi" }).click();
  await expect(heading(page)).toHaveText("Økonomi");
});

test("a failing benefit index turns only the overview's payment card into an error, and try again recovers", async ({ page }) => {
  let failed = 0;
  await page.route("**/udbetalinger.json", (route) => (failed++ === 0 ? route.fulfill({ status: 500 }) : route.continue()));
  await openIn(page, "/?persona=pensionist");
  const card = page.getByTestId("next-payment-card");
  await expect(card.getByRole("alert")).toBeVisible();
  await expect(page.getByTestId("tile-open")).toBeVisible();
  await card.getByRole("button", { name: "Prøv igen" }).click();
  await expect(card.getByTestId("next-payment-total")).toHaveText(formatKr(expectedNext("pensionist").total));
});

test("a citizen without benefits sees that, and no chart", async ({ page }) => {
  await openEconomy(page, "gaeld");
  await expect(page.getByTestId("no-benefits")).toBeVisible();
  await expect(page.getByTestId("next-payment-none")).toBeVisible();
  await expect(page.getByTestId("payout-chart")).toHaveCount(0);
});

test("every payout status shows, and filters by benefit and year with paging live in the address", async ({ page }) => {
  await openEconomy(page, "sygemeldt");
  const statuses = page.getByTestId("payout-status");
  for (const text of ["Udbetalt", "Sendt til banken", "Planlagt"]) {
    await expect(statuses.filter({ hasText: text }).first()).toBeVisible();
  }

  await openEconomy(page, "pensionist");
  const all = payouts("pensionist");
  await expect(page.getByTestId("payout-row")).toHaveCount(12);
  const newest = all.map((p) => p.dispositionsdato).sort().at(-1)!;
  await expect(page.getByTestId("payout-year").first()).toHaveAttribute("data-year", newest.slice(0, 4));
  await page.getByRole("navigation", { name: /sider/i }).getByRole("link", { name: "Side 2" }).click();
  await expect(page).toHaveURL(/side=2/);
  await expect(page.getByTestId("payout-row")).toHaveCount(12);

  await page.getByTestId("filter-year").selectOption("2025");
  await expect(page).toHaveURL(/aar=2025/);
  await expect(page).not.toHaveURL(/side=/);
  const in2025 = all.filter((p) => p.dispositionsdato.startsWith("2025"));
  await expect(page.getByTestId("payout-totals")).toHaveText(expectedTotals(in2025));
  await expect(page.getByTestId("year-paid")).toHaveText(formatKr(sum(in2025.filter(isPaid).map((p) => oere(p.udbetaltBeloeb)))));

  const housing = grants("pensionist").find((g) => g.ydelsesnavn === "Boligydelse")!;
  await page.getByTestId("filter-benefit").selectOption(housing.id);
  const housing2025 = in2025.filter((p) => p.bevillingId === housing.id);
  await expect(page.getByTestId("payout-row")).toHaveCount(housing2025.length);
  for (const row of await page.getByTestId("payout-row").all()) {
    await expect(row).toContainText("Boligydelse");
  }
  // The address alone restores the view.
  await page.reload();
  await expect(page.getByTestId("payout-row")).toHaveCount(housing2025.length);
  await expect(page.getByTestId("filter-year")).toHaveValue("2025");
});

test("a back-payment, a one-off payment and a set-off read as what they are", async ({ page }) => {
  await openEconomy(page, "pensionist", "da", "&aar=2026");
  const back = page.locator('[data-testid=payout-row][data-kind=BackPayment]');
  await expect(back.getByTestId("payout-kind")).toHaveText("Efterbetaling");
  await expect(back).toContainText("Efterregulering af boligydelsen for 2025");
  const oneOff = page.locator('[data-testid=payout-row][data-kind=OneOff]');
  await page.getByRole("navigation", { name: /sider/i }).getByRole("link", { name: "Side 2" }).click();
  await expect(oneOff.getByTestId("payout-kind")).toHaveText("Engangsudbetaling");
  await expect(oneOff).toContainText("Udvidet helbredstillæg");

  await openEconomy(page, "familie");
  const setOff = payouts("familie").find((p) => p.modregning)!;
  const row = page.getByTestId("payout-row").filter({ hasText: "modregnet til Aarhus Kommune" });
  await expect(row).toContainText(formatKr(oere(setOff.modregning!.beloeb)));
  await expect(row.getByTestId("payout-paid")).toHaveText(formatKr(oere(setOff.udbetaltBeloeb)));
});

test("tax and public debt: the total is the sum of the claims and each claim says how it is collected", async ({ page }) => {
  await openEconomy(page, "gaeld");
  const claims = debt("gaeld").poster as { beloeb: number }[];
  await expect(page.getByTestId("debt-total")).toContainText(formatKr(sum(claims.map((c) => oere(c.beloeb)))));
  await expect(page.getByTestId("debt-row")).toHaveCount(claims.length);
  const methods = page.getByTestId("debt-method");
  for (const text of ["Afdragsordning (1.500,00 kr. om måneden)", "Modregning i udbetalinger fra det offentlige", "Lønindeholdelse", "Under inddrivelse"]) {
    await expect(methods.filter({ hasText: text })).toHaveCount(1);
  }
  await expect(page.getByTestId("tax-card")).toContainText("Hovedkort");
  await expect(page.getByTestId("tax-statement")).toContainText("Restskat");
});

test("a failing tax source affects only the tax section, and try again recovers", async ({ page }) => {
  await openEconomy(page, "tilflytter");
  const taxSection = page.getByTestId("economy-tax");
  await expect(taxSection.getByRole("alert")).toBeVisible();
  await expect(page.getByTestId("no-benefits")).toBeVisible();
  await expect(page.getByTestId("no-debt")).toBeVisible();

  let failed = 0;
  await page.route("**/skat.json", (route) => (failed++ === 0 ? route.fulfill({ status: 500 }) : route.continue()));
  await openEconomy(page, "sygemeldt");
  await expect(page.getByTestId("economy-tax").getByRole("alert")).toBeVisible();
  await expect(page.getByTestId("benefit")).toHaveCount(1);
  await page.getByTestId("economy-tax").getByRole("button", { name: "Prøv igen" }).click();
  await expect(page.getByTestId("tax-card")).toContainText("38 %");
});

test("the chart is usable by keyboard and the table opens from the keyboard", async ({ page }) => {
  await openEconomy(page, "pensionist");
  const bars = page.getByTestId("chart-bar");
  const count = await bars.count();
  const last = bars.nth(count - 1);
  await last.focus();
  await expect(page.getByTestId("chart-hover")).toContainText("november 2026");
  await page.keyboard.press("ArrowLeft");
  await expect(bars.nth(count - 2)).toBeFocused();
  await expect(page.getByTestId("chart-hover")).toContainText("oktober 2026");
  await page.keyboard.press("Home");
  await expect(bars.first()).toBeFocused();
  await expect(page.getByTestId("chart-hover")).toContainText("december 2024");
  // Only one bar is in the tab order; Tab leaves the chart for the table's toggle.
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("chart-table-toggle").locator("summary")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("chart-table")).toBeVisible();
});

test("in English the amounts and dates are English", async ({ page }) => {
  await openEconomy(page, "pensionist", "en");
  await expect(heading(page)).toHaveText("Finances");
  const next = expectedNext("pensionist");
  await expect(page.getByTestId("economy-next-payment").getByTestId("next-payment-total")).toHaveText(formatKr(next.total, "en"));
  await expect(page.getByTestId("economy-next-payment").getByTestId("next-payment-date")).toHaveText("On 30 November 2026");
  await expect(page.getByTestId("payout-status").filter({ hasText: "Sent to the bank" }).first()).toBeVisible();
});

test("a pensioner on a phone reads the next payment after tax, how it is worked out, and last year's total", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openEconomy(page, "pensionist");
  const next = expectedNext("pensionist");
  const payout = payouts("pensionist").find((p) => p.dispositionsdato === next.date)!;
  const box = page.getByTestId("economy-next-payment");
  // The first screen: the amount, that it is after tax, and the date.
  await expect(box.locator(".next-payment-amount")).toHaveText(`${formatKr(next.total)} efter skat`);
  await expect(box.locator(".next-payment-amount")).toBeInViewport();
  // What it consists of, one line per step, the steps adding up to what she gets.
  const rows = box.locator(".breakdown-row");
  await expect(rows.filter({ hasText: "Før skat" })).toContainText(formatKr(oere(payout.bruttobeloeb)));
  await expect(rows.filter({ hasText: "A-skat" })).toContainText(`− ${formatKr(oere(payout.aSkat))}`);
  await expect(box.getByTestId("next-payment-line-paid").first()).toHaveText(formatKr(oere(payout.udbetaltBeloeb)));
  // What comes right after, so the next payment is not taken for all there is.
  const after = payouts("pensionist").filter((p) => !isPaid(p) && p.dispositionsdato > next.date).map((p) => p.dispositionsdato).sort()[0];
  const thatDay = payouts("pensionist").filter((p) => !isPaid(p) && p.dispositionsdato === after);
  await expect(box.getByTestId("following-payments").locator("li").first()).toHaveText(
    `Derefter den ${longDateDa(after)}: ${formatKr(sum(thatDay.map((p) => oere(p.udbetaltBeloeb))))} (${thatDay.map((p) => grants("pensionist").find((g) => g.id === p.bevillingId)!.ydelsesnavn).join(", ")})`,
  );
  // The period on one line, in words.
  await expect(box.locator(".breakdown-period").first()).toHaveText("november 2026");
  // Last year's total paid comes before the list of payments and the benefit details.
  const lastYear = page.locator('[data-testid=paid-year][data-year="2025"]');
  await expect(lastYear).toContainText("efter skat");
  const order = await page.evaluate(() =>
    ["paid-by-year", "payout-table", "benefit"].map((id) => document.querySelector(`[data-testid=${id}]`)!.getBoundingClientRect().top),
  );
  expect(order[0]).toBeLessThan(order[1]);
  expect(order[1]).toBeLessThan(order[2]);
  // Each payment is a card whose amount paid is on screen, not off to the right.
  const paid = page.getByTestId("payout-paid").first();
  await paid.scrollIntoViewIfNeeded();
  const box2 = (await paid.boundingBox())!;
  expect(box2.x + box2.width).toBeLessThanOrEqual(390);
  // Its label is drawn from the column's name (data-label) in front of the amount.
  expect(await paid.evaluate((el) => getComputedStyle(el, "::before").content)).toBe('"Du får: "');
  // The words are explained where they are used.
  await page.getByTestId("economy-terms").locator("summary").click();
  await expect(page.getByTestId("economy-terms")).toContainText("Skat, som bliver trukket efter dit skattekort");
  // The tax words too: why "personlig indkomst" is less than what was paid before tax.
  await page.getByTestId("tax-terms").locator("summary").click();
  await expect(page.getByTestId("tax-terms")).toContainText("Skattefri ydelser som boligydelse tæller ikke med.");
});

test("a filter select applies an explicit choice, not every arrow key", async ({ page }) => {
  await openEconomy(page, "pensionist");
  const year = page.getByTestId("filter-year");
  await year.focus();
  await page.keyboard.press("ArrowDown");
  await expect(year).not.toHaveValue("");
  // Browsing the closed select with the keyboard changes neither the list nor the address.
  await expect(page).not.toHaveURL(/aar=/);
  await page.keyboard.press("Enter");
  const chosen = await year.inputValue();
  expect(chosen).toMatch(/^\d{4}$/);
  await expect(page).toHaveURL(new RegExp(`aar=${chosen}`));
  // Leaving the select after browsing applies the choice too.
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Tab");
  await expect(page).not.toHaveURL(/aar=/);
});

for (const lang of ["da", "en"] as const) {
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    for (const persona of ["pensionist", "familie", "gaeld"]) {
      test(`axe: /oekonomi for ${persona} in ${lang} at ${width}px has no WCAG 2.1 A/AA violations`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await openEconomy(page, persona, lang);
        const toggle = page.getByTestId("chart-table-toggle");
        if (await toggle.count()) await toggle.locator("summary").click();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
}
