import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { axeViolations, heading, openSettled, settled } from "./support/app";
import { data, envelope, personas } from "./support/fixtures";

interface Letter {
  id: string;
  emne: string;
  afsender: { navn: string };
  modtaget: string;
  laest: boolean;
  antalBilag: number;
  laesHer: string;
}
const letters = (persona: string): Letter[] => data(persona, "digital-post");
const instant = (l: Letter) => new Date(l.modtaget).getTime();
const unreadText = (n: number) => (n === 1 ? "Du har 1 ulæst brev" : `Du har ${n} ulæste breve`);

async function openPost(page: Page, persona: string, lang: "da" | "en" = "da") {
  await openSettled(page, `/digital-post?persona=${persona}`, lang);
}

const rows = (page: Page) => page.getByTestId("post-row");

test("the list shows every letter newest first, with sender, date and attachments, never contents", async ({ page }) => {
  const all = letters("mange-sager");
  await openPost(page, "mange-sager");
  await expect(heading(page)).toHaveText("Digital Post");
  await expect(rows(page)).toHaveCount(all.length);
  const newest = [...all].sort((a, b) => instant(b) - instant(a));
  await expect(rows(page).first()).toHaveAttribute("data-id", newest[0].id);
  await expect(rows(page).last()).toHaveAttribute("data-id", newest[newest.length - 1].id);
  const first = rows(page).first();
  await expect(first).toContainText(newest[0].emne);
  await expect(first).toContainText(newest[0].afsender.navn);
  await expect(first).toContainText(`${newest[0].antalBilag} bilag`);
  await expect(first.getByRole("link", { name: /Læs brevet/ })).toHaveAttribute("href", newest[0].laesHer);
  await expect(page.getByTestId("post-unread")).toHaveText(unreadText(all.filter((l) => !l.laest).length));
});

for (const persona of personas()) {
  test(`${persona}: every letter, newest first, and the unread count`, async ({ page }) => {
    const all = letters(persona);
    await openPost(page, persona);
    if (all.length === 0) {
      await expect(page.getByTestId("post-none")).toBeVisible();
      return;
    }
    await expect(rows(page)).toHaveCount(all.length);
    const newest = [...all].sort((a, b) => instant(b) - instant(a));
    await expect(rows(page).first()).toContainText(newest[0].emne);
    await expect(page.getByTestId("post-unread")).toHaveText(unreadText(all.filter((l) => !l.laest).length));
  });
}

test("sorting and the sender filter", async ({ page }) => {
  const all = letters("mange-sager");
  await openPost(page, "mange-sager");
  await page.getByTestId("post-sort").selectOption("aeldste");
  const oldest = [...all].sort((a, b) => instant(a) - instant(b));
  await expect(rows(page).first()).toHaveAttribute("data-id", oldest[0].id);
  await page.getByTestId("post-sort").selectOption("emne");
  const subjects = await rows(page).locator(".post-subject").allTextContents();
  expect(subjects).toEqual([...subjects].sort((a, b) => a.localeCompare(b, "da")));
  await page.getByTestId("post-sort").selectOption("nyeste");
  const senders = [...new Set(all.map((l) => l.afsender.navn))];
  await expect(page.getByTestId("post-sender").locator("option")).toHaveCount(senders.length + 1);
  await page.getByTestId("post-sender").selectOption("Skattestyrelsen");
  await expect(rows(page)).toHaveCount(all.filter((l) => l.afsender.navn === "Skattestyrelsen").length);
  for (const text of await rows(page).allTextContents()) expect(text).toContain("Skattestyrelsen");
  await page.getByTestId("post-sender").selectOption("");
  await expect(rows(page)).toHaveCount(all.length);
});

test("marking as read and unread by keyboard updates the count, the menu and the overview, for the session", async ({ page }) => {
  const all = letters("sygemeldt");
  const unread = all.filter((l) => !l.laest);
  expect(unread.length).toBeGreaterThanOrEqual(2);
  await openPost(page, "sygemeldt");
  const menuCount = page.locator(".navigation-menu").getByTestId("nav-unread");
  await expect(menuCount).toHaveText(String(unread.length));
  const row = page.locator(`[data-id="${unread[0].id}"]`);
  const toggle = row.getByTestId("post-toggle");
  await expect(toggle).toContainText("Markér som læst");
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toContainText("Markér som ulæst");
  await expect(page.getByTestId("post-unread")).toHaveText(unreadText(unread.length - 1));
  await expect(menuCount).toHaveText(String(unread.length - 1));

  // Kept for the session: the overview and a reload agree.
  await page.goto("/");
  await expect(page.getByTestId("post-card-unread")).toHaveText(unreadText(unread.length - 1));
  await page.goto("/digital-post");
  await settled(page);
  await expect(page.locator(`[data-id="${unread[0].id}"]`).getByTestId("post-toggle")).toContainText("Markér som ulæst");

  // And back to unread.
  await page.locator(`[data-id="${unread[0].id}"]`).getByTestId("post-toggle").press("Enter");
  await expect(page.getByTestId("post-unread")).toHaveText(unreadText(unread.length));
  await expect(menuCount).toHaveText(String(unread.length));
});

test("a persona without letters, and English", async ({ page }) => {
  await openPost(page, "tilflytter", "en");
  await expect(page.getByTestId("post-unread")).toHaveText("You have 1 unread letter");
  await expect(rows(page).first()).toContainText("Mark as read");
  await openPost(page, "mange-sager", "en");
  await expect(page.getByTestId("post-sort").locator("option").first()).toHaveText("Newest first");
});

test("a failing Digital Post affects only its section, and retry recovers", async ({ page }) => {
  await page.route("**/mock/pensionist/digital-post.json", (route) => route.fulfill({ status: 503, body: "" }));
  await openPost(page, "pensionist");
  await expect(page.getByTestId("section-error")).toHaveCount(1);
  await expect(page.locator(".navigation-menu").getByTestId("nav-unread")).toHaveCount(0);
  await page.unroute("**/mock/pensionist/digital-post.json");
  await page.getByRole("button", { name: "Prøv igen" }).click();
  await expect(rows(page)).toHaveCount(letters("pensionist").length);
  await expect(page.locator(".navigation-menu").getByTestId("nav-unread")).toHaveText(
    String(letters("pensionist").filter((l) => !l.laest).length),
  );
});

for (const lang of ["da", "en"] as const) {
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    test(`axe: /digital-post in ${lang} at ${width}px has no WCAG 2.1 A/AA violations`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openPost(page, "mange-sager", lang);
      await rows(page).first().getByTestId("post-toggle").click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

/** `n` letters from mange-sager's, each with its own id and a day of its own, newest first. */
function manyLetters(n: number) {
  const body = envelope("mange-sager", "digital-post");
  const base: Letter[] = body.data;
  body.data = Array.from({ length: n }, (_, i) => {
    const letter = base[i % base.length];
    const day = new Date(Date.UTC(2026, 10, 20) - i * 86_400_000).toISOString().slice(0, 10);
    return { ...letter, id: `${letter.id.slice(0, 24)}${String(i).padStart(12, "0")}`, modtaget: `${day}T08:00:00+01:00` };
  });
  return body as { data: Letter[] };
}

const search = (page: Page) => page.getByLabel("Søg i dine breve");
const postCount = (page: Page) => page.getByTestId("post-count");

test("the search filters as you type, keeps focus, and reaches the address once without a history entry per key", async ({ page }) => {
  const all = letters("mange-sager");
  await openPost(page, "mange-sager");
  await expect(postCount(page)).toHaveText(`Viser 1–${all.length} af ${all.length} breve`);
  const before = await page.evaluate(() => history.length);
  await search(page).click();
  await page.keyboard.type("sygedag", { delay: 40 });
  const matching = all.filter((l) => `${l.emne}\n${l.afsender.navn}`.toLowerCase().includes("sygedag"));
  expect(matching.length).toBeGreaterThan(0);
  expect(matching.length).toBeLessThan(all.length);
  await expect(rows(page)).toHaveCount(matching.length);
  await expect(search(page)).toBeFocused();
  await expect(search(page)).toHaveValue("sygedag");
  for (const subject of await rows(page).locator(".post-subject").allTextContents()) expect(subject.toLowerCase()).toContain("sygedag");
  await expect(page).toHaveURL(/soeg=sygedag/);
  expect(await page.evaluate(() => history.length)).toBe(before);

  // The sender filter narrows the search further; the unread count is about every letter.
  await page.getByTestId("post-sender").selectOption("Aarhus Kommune");
  await expect(rows(page)).toHaveCount(matching.filter((l) => l.afsender.navn === "Aarhus Kommune").length);
  await expect(page.getByTestId("post-unread")).toHaveText(unreadText(all.filter((l) => !l.laest).length));
  await page.getByTestId("post-sender").selectOption("");

  // Enter still searches, at once; nothing found says so.
  await search(page).fill("findes ikke");
  await search(page).press("Enter");
  await expect(page).toHaveURL(/soeg=findes%20ikke/);
  await expect(postCount(page)).toHaveText("Ingen breve passer på din søgning.");
  await expect(rows(page)).toHaveCount(0);

  // A reload keeps the search from the address.
  await page.reload();
  await settled(page);
  await expect(search(page)).toHaveValue("findes ikke");
  await expect(postCount(page)).toHaveText("Ingen breve passer på din søgning.");
});

test("a long post box is paged, 25 a page, with the page in the address; the search goes back to page 1", async ({ page }) => {
  const body = manyLetters(60);
  await page.route("**/mock/mange-sager/digital-post.json", (route) => route.fulfill({ json: body }));
  await openPost(page, "mange-sager");
  await expect(rows(page)).toHaveCount(25);
  await expect(postCount(page)).toHaveText("Viser 1–25 af 60 breve");
  const pager = page.getByRole("navigation", { name: "Sider" });
  await pager.getByRole("link", { name: "Næste side" }).click();
  await expect(page).toHaveURL(/side=2/);
  await expect(postCount(page)).toHaveText("Viser 26–50 af 60 breve");
  await expect(rows(page).first()).toHaveAttribute("data-id", body.data[25].id);
  await expect(postCount(page)).toBeFocused();
  await pager.getByRole("link", { name: "Side 3" }).click();
  await expect(rows(page)).toHaveCount(10);
  await page.goBack();
  await expect(postCount(page)).toHaveText("Viser 26–50 af 60 breve");

  // The unread count and the menu count every letter, not the page.
  const unread = body.data.filter((l) => !l.laest).length;
  await expect(page.getByTestId("post-unread")).toHaveText(unreadText(unread));
  await expect(page.locator(".navigation-menu").getByTestId("nav-unread")).toHaveText(String(unread));

  // Typing goes back to the first page of what matches, and the address follows without `side`.
  await search(page).click();
  await page.keyboard.type("skattestyrelsen");
  const tax = body.data.filter((l) => l.afsender.navn === "Skattestyrelsen" || l.emne.toLowerCase().includes("skattestyrelsen"));
  await expect(postCount(page)).toHaveText(`Viser 1–${Math.min(25, tax.length)} af ${tax.length} breve`);
  await expect(search(page)).toBeFocused();
  await expect(page).toHaveURL(/soeg=skattestyrelsen/);
  await expect(page).not.toHaveURL(/side=/);
});

test("on a phone the letters stay stacked and the pager fits", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.route("**/mock/mange-sager/digital-post.json", (route) => route.fulfill({ json: manyLetters(60) }));
  await openPost(page, "mange-sager");
  await expect(rows(page)).toHaveCount(25);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("navigation", { name: "Sider" })).toBeVisible();
  await expect(search(page)).toBeVisible();
});
