import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { axeViolations, heading, openSettled, SCENARIO_DATE } from "./support/app";
import { data, longDateDa, onBehalfDir, personas } from "./support/fixtures";
import { layoutProblems } from "./support/layout";

interface Letter {
  id: string;
  emne: string;
  afsender: { navn: string };
  modtaget: string;
}

const lastLogin = (persona: string): string => data(persona, "session").sidsteLogin;

/** The letters received after the last login, up to the scenario's day. */
function newLetters(dir: string, login: string): Letter[] {
  const letters: Letter[] = data(dir, "digital-post");
  const since = new Date(login).getTime();
  return letters.filter((l) => new Date(l.modtaget).getTime() > since && l.modtaget.slice(0, 10) <= SCENARIO_DATE);
}

const entries = (page: Page) => page.getByTestId("news-entry");

async function openNews(page: Page, persona: string, extra = "", lang: "da" | "en" = "da") {
  await openSettled(page, `/nyt?persona=${persona}${extra}`, lang);
  await expect(page.locator("[data-testid=news-count], [data-testid=news-none]")).toBeVisible();
}

for (const persona of personas()) {
  test(`${persona}: what happened since the last login, by day, newest first, each letter in a sentence`, async ({ page }) => {
    const login = lastLogin(persona);
    const letters = newLetters(persona, login);
    await openNews(page, persona);
    await expect(heading(page)).toHaveText("Nyt siden sidst");
    await expect(page.getByTestId("news-since")).toContainText(longDateDa(login));
    const days = await page.getByTestId("news-day").evaluateAll((els) => els.map((e) => e.getAttribute("data-day")!));
    expect(days).toEqual([...days].sort().reverse());
    expect(new Set(days).size).toBe(days.length);
    for (const day of days) {
      expect(day >= login.slice(0, 10) && day <= SCENARIO_DATE, day).toBe(true);
    }
    // The letters alone (one page for every persona: the long list's paging is tested below).
    if (letters.length > 0) {
      await page.getByTestId("news-kind").selectOption("brev");
      await expect(page).toHaveURL(/\/nyt\?slags=brev$/);
    }
    await expect(entries(page).and(page.locator("[data-kind=brev]"))).toHaveCount(letters.length);
    for (const letter of letters) {
      const same = letters.filter((l) => l.afsender.navn === letter.afsender.navn && l.emne === letter.emne).length;
      await expect(page.getByTestId("news").getByText(`${letter.afsender.navn} har sendt dig brevet »${letter.emne}«.`)).toHaveCount(same);
    }
  });
}

test("the filters by kind and authority live in the address and keep only what they name", async ({ page }) => {
  const letters = newLetters("mange-sager", lastLogin("mange-sager"));
  expect(letters.length).toBeGreaterThan(0);
  await openNews(page, "mange-sager");
  const total = await entries(page).count();
  await page.getByTestId("news-kind").selectOption("brev");
  await expect(page).toHaveURL(/\/nyt\?slags=brev$/);
  await expect(entries(page)).toHaveCount(letters.length);
  await expect(page.getByTestId("news-count")).toHaveText(letters.length === 1 ? "Viser 1 hændelse" : `Viser ${letters.length} hændelser`);
  const sender = letters[0].afsender.navn;
  await page.getByTestId("news-authority").selectOption(sender);
  await expect(entries(page)).toHaveCount(letters.filter((l) => l.afsender.navn === sender).length);
  await page.reload();
  await expect(entries(page)).toHaveCount(letters.filter((l) => l.afsender.navn === sender).length);
  await page.goBack();
  await page.goBack();
  await expect(entries(page)).toHaveCount(total);
});

test("a long list is paged: 50 a page, the page in the address, every event once, a filter starts again at page 1", async ({ page }) => {
  await openNews(page, "mange-sager");
  const count = page.getByTestId("news-count");
  await expect(count).toHaveText(/^Viser 1–50 af \d+ hændelser$/);
  const total = Number((await count.textContent())!.match(/af (\d+)/)![1]);
  await expect(entries(page)).toHaveCount(50);
  const uids = async () => entries(page).evaluateAll((els) => els.map((el) => el.getAttribute("data-uid")));
  const seen = await uids();
  const pages = Math.ceil(total / 50);
  const pager = page.getByRole("navigation", { name: "Sider" });
  for (let n = 2; n <= pages; n++) {
    await pager.getByRole("link", { name: "Næste side" }).click();
    await expect(page).toHaveURL(new RegExp(`/nyt\\?side=${n}$`));
    const last = Math.min(n * 50, total);
    await expect(count).toHaveText(`Viser ${(n - 1) * 50 + 1}–${last} af ${total} hændelser`);
    await expect(entries(page)).toHaveCount(last - (n - 1) * 50);
    seen.push(...(await uids()));
  }
  expect(new Set(seen).size).toBe(total);
  await page.getByTestId("news-kind").selectOption("brev");
  await expect(page).toHaveURL(/\/nyt\?slags=brev$/);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/nyt?side=2");
  await expect(count).toHaveText(`Viser 51–${Math.min(100, total)} af ${total} hændelser`);
  expect(await layoutProblems(page, false)).toEqual([]);
});

test("an entry links to where it is shown", async ({ page }) => {
  await openNews(page, "sygemeldt", "");
  const letter = entries(page).and(page.locator("[data-kind=brev]")).first();
  await expect(letter.getByTestId("event-link")).toHaveAttribute("href", "/digital-post");
  const step = entries(page).and(page.locator("[data-kind^=sag]")).first();
  await expect(step.getByTestId("event-link")).toHaveAttribute("href", /^\/sager\/[0-9a-f-]{36}$/);
  await step.getByTestId("event-link").click();
  await expect(page).toHaveURL(/\/sager\/[0-9a-f-]{36}$/);
});

test("the overview's card counts the same events as the page", async ({ page }) => {
  await openNews(page, "sygemeldt");
  const total = await entries(page).count();
  await page.goto("/");
  const card = page.getByTestId("news-card");
  await expect(card.getByTestId("news-card-count")).toHaveText(total === 1 ? "1 ny hændelse" : `${total} nye hændelser`);
  await expect(card.getByTestId("news-card-since")).toContainText(longDateDa(lastLogin("sygemeldt")));
  await card.getByRole("link", { name: "Se hvad der er nyt" }).click();
  await expect(heading(page)).toHaveText("Nyt siden sidst");
});

// The case list says only where a case stands now; the steps in between are in the detail of
// each case changed since the last login (at most 20 are read), which the page reads too.
const STEPPED = "Revalidering – opfølgningssamtale i november 2026";

/** The case `title` of mange-sager: its id and the steps of its history after `login`. */
function steps(title: string, login: string): { id: string; steps: string[] } {
  const id = data("mange-sager", "sager").find((c: { titel: string }) => c.titel === title).id;
  const history: { kode: string; fra: string }[] = data("mange-sager", `sager/${id}`).historik;
  return { id, steps: history.filter((h) => new Date(h.fra) > new Date(login)).map((h) => h.kode) };
}

test("every step a case took since the last login is told, the ones in between from its history", async ({ page }) => {
  const { steps: since } = steps(STEPPED, lastLogin("mange-sager"));
  // Created, then informed, then decided: all after the last login; the list has only the last.
  expect(since).toEqual(["Opstaaet", "Oplyst", "Afgjort"]);
  await openNews(page, "mange-sager", "&slags=sag-status");
  const news = page.getByTestId("news");
  await expect(news.getByText(`Aarhus Kommune behandler nu sagen »${STEPPED}«.`)).toHaveCount(1);
  await expect(news.getByText(`Aarhus Kommune har truffet afgørelse i sagen »${STEPPED}«.`)).toHaveCount(1);
  await page.getByTestId("news-kind").selectOption("sag-oprettet");
  await expect(news.getByText(`Aarhus Kommune har oprettet sagen »${STEPPED}«.`)).toHaveCount(1);
});

test("a case whose detail fails keeps the created and current step from the list; nothing else is lost", async ({ page }) => {
  const { id } = steps(STEPPED, lastLogin("mange-sager"));
  await page.route(`**/mock/mange-sager/sager/${id}.json`, (route) => route.fulfill({ status: 500, body: "" }));
  await openNews(page, "mange-sager", "&slags=sag-status");
  const news = page.getByTestId("news");
  await expect(news.getByText(`Aarhus Kommune har truffet afgørelse i sagen »${STEPPED}«.`)).toHaveCount(1);
  await expect(news.getByText(`Aarhus Kommune behandler nu sagen »${STEPPED}«.`)).toHaveCount(0);
  await expect(page.getByTestId("section-error")).toHaveCount(0);
});

test("the overview's card counts the case steps from the histories too", async ({ page }) => {
  await openNews(page, "mange-sager");
  const total = Number((await page.getByTestId("news-count").textContent())!.match(/af (\d+)/)![1]);
  await page.goto("/");
  await expect(page.getByTestId("news-card").getByTestId("news-card-count")).toHaveText(`${total} nye hændelser`);
});

test("one failing source shows its error with a retry; the others are listed", async ({ page }) => {
  let fail = true;
  await page.route("**/mock/sygemeldt/digital-post.json", (route) => (fail ? route.fulfill({ status: 500, body: "" }) : route.fallback()));
  await openNews(page, "sygemeldt");
  const error = page.locator("[data-testid=section-error][data-source=digital-post]");
  await expect(error).toBeVisible();
  await expect(entries(page).and(page.locator("[data-kind=brev]"))).toHaveCount(0);
  expect(await entries(page).count()).toBeGreaterThan(0);
  fail = false;
  await error.getByRole("button", { name: "Prøv igen" }).click();
  await expect(error).toHaveCount(0);
  await expect(entries(page).and(page.locator("[data-kind=brev]"))).toHaveCount(newLetters("sygemeldt", lastLogin("sygemeldt")).length);
});

test("acting for a child: only the child's events within the scope, and the page says so", async ({ page }) => {
  await openSettled(page, "/handl-for?persona=familie");
  await page.getByRole("button", { name: "Se oplysninger for Emil Kjær Sørensen" }).click();
  await page.goto("/nyt");
  await expect(page.locator("[data-testid=news-count], [data-testid=news-none]")).toBeVisible();
  const note = page.getByTestId("acting-scope-note");
  await expect(note).toContainText("Du ser Emils oplysninger");
  await expect(note).not.toContainText("Digital Post");
  // Digital Post is not in a custody's scope here: no letter, and no error either.
  await expect(entries(page).and(page.locator("[data-kind=brev]"))).toHaveCount(0);
  await expect(page.getByTestId("section-error")).toHaveCount(0);
  const emil = onBehalfDir("familie", "Emil");
  const mine = newLetters("familie", lastLogin("familie"));
  for (const letter of mine) await expect(page.getByTestId("news")).not.toContainText(letter.emne);
  expect(emil).toContain("paa-vegne-af");
});

for (const lang of ["da", "en"] as const) {
  for (const [name, width] of [["desktop", 1280], ["phone", 390]] as const) {
    test(`axe-core and the layout checks find nothing (${lang}, ${name})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openNews(page, "mange-sager", "", lang);
      expect(await axeViolations(page)).toEqual([]);
      expect(await layoutProblems(page, width > 600)).toEqual([]);
      await page.screenshot({ path: `test-results/views/news-${lang}-${name}.png`, fullPage: true });
      await page.goto("/");
      await expect(page.getByTestId("news-card").getByTestId("news-card-count")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      expect(await layoutProblems(page, width > 600)).toEqual([]);
      await page.screenshot({ path: `test-results/views/overview-${lang}-${name}.png`, fullPage: true });
    });
  }
}
