import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { heading, injectReportOfConcern, openIn, settled } from "./support/app";
import { caseDetail, isClosed, isOverdue, personas, today, visibleCases, type Case } from "./support/fixtures";

/** The result count as the page words it: "Viser 1–10 af 17 sager", or "Viser 1 sag". */
const showing = (from: number, to: number, total: number) =>
  total === 1 ? "Viser 1 sag" : `Viser ${from}–${to} af ${total} sager`;

const table = (page: Page) => page.getByTestId("case-table");
const rows = (page: Page) => table(page).locator("tbody tr");
const count = (page: Page) => page.getByTestId("case-count");
const tab = (page: Page, name: "aktive" | "afsluttede") => page.getByTestId(`tab-${name}`);

async function openCases(page: Page, persona: string, query = "") {
  await openIn(page, `/sager?persona=${persona}${query ? `&${query}` : ""}`);
  await expect(count(page)).toBeVisible();
}

test.describe("case list", () => {
  for (const persona of personas()) {
    test(`${persona}: tab counts equal the visible cases in the data`, async ({ page }) => {
      const cases = visibleCases(persona);
      const active = cases.filter((c) => !isClosed(c)).length;
      const closed = cases.length - active;
      await openCases(page, persona);
      await expect(tab(page, "aktive")).toHaveText(`Aktive sager (${active})`);
      await expect(tab(page, "afsluttede")).toHaveText(`Afsluttede sager (${closed})`);
      await expect(rows(page)).toHaveCount(Math.min(active, 10));
      await tab(page, "afsluttede").click();
      await expect(page).toHaveURL(/fane=afsluttede/);
      await expect(rows(page)).toHaveCount(Math.min(closed, 10));
      if (closed === 0) await expect(count(page)).toHaveText("Du har ingen afsluttede sager.");
    });
  }

  for (const persona of personas().filter((p) => visibleCases(p).length > 0)) {
    test(`${persona}: each authority filter shows as many cases as the data has`, async ({ page }) => {
      const active = visibleCases(persona).filter((c) => !isClosed(c));
      const authorities = [...new Set(active.map((c) => c.myndighed.navn))];
      await openCases(page, persona);
      for (const name of authorities) {
        const expected = active.filter((c) => c.myndighed.navn === name).length;
        await page.getByLabel("Myndighed", { exact: true }).selectOption({ label: name });
        await expect(count(page)).toHaveText(showing(1, Math.min(expected, 10), expected));
      }
    });
  }

  test("a case hidden from the citizen is never shown nor counted, even if a backend sends it", async ({ page }) => {
    // The contract: never delivered, 404 for its details. A backend that sends one anyway:
    const concern = await injectReportOfConcern(page, "familie");
    await openCases(page, "familie");
    for (const name of ["aktive", "afsluttede"] as const) {
      await tab(page, name).click();
      await expect(page.locator("main")).not.toContainText(concern.titel);
    }
    await page.goto(`/sager/${concern.id}`);
    await expect(heading(page)).toHaveText("Sagen findes ikke");
    await page.goto("/");
    const open = visibleCases("familie").filter((c) => !isClosed(c)).length;
    await expect(page.getByTestId("tile-open")).toHaveText(open === 0 ? "Ingen åbne sager" : open === 1 ? "1 åben sag" : `${open} åbne sager`);
  });

  test("filters by authority, status and subject count what the data says, in the URL", async ({ page }) => {
    const active = visibleCases("mange-sager").filter((c) => !isClosed(c));
    await openCases(page, "mange-sager");
    await expect(count(page)).toHaveText(showing(1, 10, active.length));

    // The authority with the fewest active cases (his hegnsyn at the summer house's kommune), so
    // its cases fit on one page.
    const names = [...new Set(active.map((c) => c.myndighed.navn))];
    const fewest = names.sort((a, b) => active.filter((c) => c.myndighed.navn === a).length - active.filter((c) => c.myndighed.navn === b).length)[0];
    const odense = active.filter((c) => c.myndighed.navn === fewest);
    await page.getByLabel("Myndighed", { exact: true }).selectOption({ label: fewest });
    await expect(page).toHaveURL(new RegExp(`myndighed=${odense[0].myndighed.cvr}`));
    await expect(count(page)).toHaveText(showing(1, odense.length, odense.length));
    await expect(rows(page)).toHaveCount(odense.length);

    const inProgress = odense.filter((c) => c.fremdrift.kode === "Oplyst");
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Under behandling" });
    await expect(page).toHaveURL(/status=oplyst/);
    await expect(rows(page)).toHaveCount(inProgress.length);

    await page.goBack();
    await expect(rows(page)).toHaveCount(odense.length);
    await expect(page.getByLabel("Status", { exact: true })).toHaveValue("");

    await page.getByRole("button", { name: "Nulstil filtre" }).click();
    await expect(count(page)).toHaveText(showing(1, 10, active.length));

    const subject = active[0].kle;
    const withSubject = active.filter((c) => c.kle.nummer === subject.nummer);
    await page.getByLabel("Emne", { exact: true }).selectOption({ label: `${subject.nummer} ${subject.titel}` });
    await expect(count(page)).toHaveText(showing(1, withSubject.length, withSubject.length));
    await page.reload();
    await expect(count(page)).toHaveText(showing(1, withSubject.length, withSubject.length));
  });

  test("'waiting for you' filter and free-text search", async ({ page }) => {
    const waiting = visibleCases("mange-sager").filter((c) => !isClosed(c) && c.afventerBorger);
    await openCases(page, "mange-sager");
    await page.getByLabel("Vis kun sager, der venter på dig").check();
    await expect(page).toHaveURL(/venter=ja/);
    await expect(rows(page)).toHaveCount(waiting.length);
    await expect(rows(page).getByTestId("awaiting")).toHaveCount(waiting.length);

    await openCases(page, "sygemeldt");
    await page.getByLabel("Søg i dine sager").fill("REVALIDERING");
    // The case list's own button (the header's search field has one too).
    await page.locator("main").getByRole("button", { name: "Søg", exact: true }).click();
    await expect(page).toHaveURL(/soeg=REVALIDERING/);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText("Ansøgning om revalidering");
    await page.getByLabel("Søg i dine sager").fill("findes ikke");
    await page.keyboard.press("Enter");
    await expect(count(page)).toHaveText("Ingen sager passer på din søgning.");
  });

  test("the search filters as you type from any page, keeps focus, and writes the address without a history entry per key", async ({ page }) => {
    const active = visibleCases("mange-sager").filter((c) => !isClosed(c));
    const text = (c: Case) =>
      [c.titel, c.sagsnummer, c.kle.nummer, c.kle.titel, c.myndighed.navn, (c as unknown as Record<string, string>).ansvarligEnhed, (c as unknown as Record<string, string>).sagsstatus ?? ""]
        .join("\n")
        .toLowerCase();
    await openCases(page, "mange-sager", "side=2");
    await expect(count(page)).toHaveText(showing(11, Math.min(active.length, 20), active.length));
    const before = await page.evaluate(() => history.length);
    const box = page.getByLabel("Søg i dine sager");
    await box.click();
    for (const [typed, key] of [["r", "r"], ["re", "e"], ["rev", "v"]]) {
      await page.keyboard.press(key);
      const found = active.filter((c) => text(c).includes(typed));
      await expect(count(page)).toHaveText(found.length === 0 ? "Ingen sager passer på din søgning." : showing(1, Math.min(found.length, 10), found.length));
      await expect(box).toBeFocused();
    }
    await expect(page).toHaveURL(/soeg=rev/);
    await expect(page).not.toHaveURL(/side=/);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await expect(box).toHaveValue("rev");
    await expect(page.getByRole("navigation", { name: "Sider" }).getByRole("link", { name: "Næste side" })).toHaveAttribute("href", /soeg=rev/);
    // A filter chosen while the search is typed keeps the search.
    await page.getByLabel("Vis kun sager, der venter på dig").check();
    await expect(page).toHaveURL(/venter=ja/);
    await expect(page).toHaveURL(/soeg=rev/);
    // Clearing the filters empties the box too.
    await page.getByRole("button", { name: "Nulstil filtre" }).click();
    await expect(box).toHaveValue("");
    await expect(count(page)).toHaveText(showing(1, 10, active.length));
  });

  test("one sort is always active; headers sort and flip", async ({ page }) => {
    const active = visibleCases("mange-sager").filter((c) => !isClosed(c));
    await openCases(page, "mange-sager");
    const sorted = table(page).locator("th[aria-sort]");
    await expect(sorted).toHaveCount(1);
    await expect(sorted).toHaveAttribute("aria-sort", "descending");
    await expect(sorted).toHaveAttribute("data-sort", "LastChanged");

    const byNumber = [...active].sort((a, b) => (a.sagsnummer < b.sagsnummer ? -1 : 1)).map((c) => c.sagsnummer);
    await table(page).getByRole("link", { name: "Sortér efter Sagsnummer" }).click();
    await expect(table(page).locator("th[aria-sort=ascending]")).toHaveAttribute("data-sort", "CaseNumber");
    await expect(rows(page).locator(".case-number")).toHaveText(byNumber.slice(0, 10));
    await table(page).getByRole("link", { name: "Sortér efter Sagsnummer" }).click();
    await expect(table(page).locator("th[aria-sort=descending]")).toHaveAttribute("data-sort", "CaseNumber");
    await expect(rows(page).locator(".case-number")).toHaveText([...byNumber].reverse().slice(0, 10));
    await page.goBack();
    await expect(table(page).locator("th[aria-sort=ascending]")).toHaveAttribute("data-sort", "CaseNumber");
  });

  test("long lists are paged, with the page in the URL", async ({ page }) => {
    const active = visibleCases("mange-sager").filter((c) => !isClosed(c));
    expect(active.length).toBeGreaterThan(10);
    await openCases(page, "mange-sager");
    await expect(rows(page)).toHaveCount(10);
    const pager = page.getByRole("navigation", { name: "Sider" });
    await pager.getByRole("link", { name: "Næste side" }).click();
    await expect(page).toHaveURL(/side=2/);
    await expect(rows(page)).toHaveCount(Math.min(active.length - 10, 10));
    await expect(count(page)).toHaveText(showing(11, Math.min(active.length, 20), active.length));
    await expect(pager.getByRole("link", { name: "Side 2" })).toHaveAttribute("aria-current", "page");
    // Focus is not lost with the link that was followed: it lands on the result count.
    await expect(count(page)).toBeFocused();
  });

  test("overdue cases are marked, as the dates in the data say today", async ({ page }) => {
    const active = visibleCases("sygemeldt").filter((c) => !isClosed(c));
    await openCases(page, "sygemeldt");
    await expect(rows(page).getByTestId("overdue")).toHaveCount(active.filter(isOverdue).length);
  });

  test("the filters and tabs work from the keyboard", async ({ page }) => {
    await openCases(page, "mange-sager");
    await tab(page, "afsluttede").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/fane=afsluttede/);
    await page.getByLabel("Vis kun sager, der venter på dig").focus();
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/venter=ja/);
    await page.getByLabel("Søg i dine sager").focus();
    await page.keyboard.type("sag 4");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/soeg=sag%204|soeg=sag\+4/);
  });
});

test.describe("case detail", () => {
  const withHistory = (persona: string) => visibleCases(persona).filter((c: Case) => isClosed(c))[0];

  test("a deep link to a case survives a reload and shows history, documents and what happens next", async ({ page }) => {
    const c = withHistory("familie");
    const detail = caseDetail("familie", c.id);
    await openIn(page, `/sager/${c.id}?persona=familie`);
    await expect(heading(page)).toHaveText(c.titel);
    await page.reload();
    await expect(heading(page)).toHaveText(c.titel);
    await expect(page).toHaveTitle(`${c.titel} – Mit Overblik`);
    await expect(page.getByTestId("case-history").locator("li")).toHaveCount(detail.historik.length);
    await expect(page.getByTestId("case-history").locator("li[aria-current=step]")).toContainText("Afsluttet");
    await expect(page.getByTestId("case-documents").locator("tbody tr")).toHaveCount(detail.dokumenter.length);
    await expect(page.getByTestId("what-next")).toContainText("Sagen blev afsluttet");
    await expect(page.getByTestId("case-facts")).toContainText(c.kle.nummer);
    await expect(page.getByTestId("case-facts")).toContainText("Ansvarlig enhed");
  });

  test("an open case shows its expected decision date and, if past, that it is overdue", async ({ page }) => {
    const c = visibleCases("sygemeldt").find((x) => x.afventerBorger)!;
    await openIn(page, `/sager/${c.id}?persona=sygemeldt`);
    await expect(heading(page)).toHaveText(c.titel);
    await expect(page.getByTestId("what-next")).toContainText("Vi forventer, at Odense Kommune træffer afgørelse senest");
    await expect(page.getByTestId("overdue-alert")).toHaveCount(isOverdue(c) ? 1 : 0);
    await expect(page.getByTestId("waiting-alert")).toContainText("venter på noget fra dig");
  });

  test("following a case link moves focus to its heading", async ({ page }) => {
    const c = visibleCases("pensionist")[0];
    await openCases(page, "pensionist");
    await page.getByRole("link", { name: c.titel }).click();
    await expect(heading(page)).toHaveText(c.titel);
    await expect(heading(page)).toBeFocused();
  });

  test("an unknown or malformed case id gives a translated not-found inside the layout", async ({ page }) => {
    await openIn(page, "/sager/00000000-0000-4000-8000-000000000000?persona=familie");
    await expect(heading(page)).toHaveText("Sagen findes ikke");
    await expect(page.getByTestId("case-not-found")).toBeVisible();
    await expect(page.locator("header.header")).toBeVisible();
    await page.locator(".portal-user").getByRole("button", { name: "English" }).click();
    await expect(heading(page)).toHaveText("Case not found");
    // A new page load: the test's preset language (Danish) applies again.
    await page.goto("/sager/..%2Fsession");
    await expect(heading(page)).toHaveText("Sagen findes ikke");
  });
});

test.describe("overview tile", () => {
  test("open, recently changed and waiting cases, with a link to the waiting ones", async ({ page }) => {
    const cases = visibleCases("sygemeldt");
    const open = cases.filter((c) => !isClosed(c));
    const since = new Date(`${today()}T00:00:00Z`);
    since.setUTCDate(since.getUTCDate() - 30);
    const recent = cases.filter((c) => c.sidstAendret.slice(0, 10) >= since.toISOString().slice(0, 10) && c.sidstAendret.slice(0, 10) <= today());
    const waiting = open.filter((c) => c.afventerBorger);
    await openIn(page, "/?persona=sygemeldt");
    await expect(page.getByTestId("tile-open")).toHaveText(open.length === 0 ? "Ingen åbne sager" : open.length === 1 ? "1 åben sag" : `${open.length} åbne sager`);
    await expect(page.getByTestId("tile-changed")).toHaveText(
      recent.length === 1 ? "1 sag ændret de seneste 30 dage" : `${recent.length} sager ændret de seneste 30 dage`);
    await page.getByTestId("tile-waiting").getByRole("link").click();
    await expect(page).toHaveURL(/\/sager\?venter=ja/);
    await expect(rows(page)).toHaveCount(waiting.length);
  });
});

test.describe("small screens", () => {
  test("the case list and a case do not scroll sideways on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    const c = visibleCases("familie")[0];
    for (const path of ["/sager?persona=mange-sager", `/sager/${c.id}?persona=familie`]) {
      await openIn(page, path);
      await settled(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
