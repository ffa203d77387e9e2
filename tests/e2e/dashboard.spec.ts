import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { axeViolations, openIn, openSettled } from "./support/app";
import { addressFirstLine, data, envelope, personas } from "./support/fixtures";

const kilde = (persona: string, endpoint: string) => envelope(persona, endpoint).kilde;
const time = (iso: string) => iso.slice(11, 16).replace(":", ".");

/** Every card on the overview with the endpoint it reads. */
const cards = [
  { testid: "case-tile", endpoint: "sager" },
  { testid: "next-payment-card", endpoint: "ydelser" },
  { testid: "post-card", endpoint: "digital-post" },
  { testid: "tax-card", endpoint: "skat" },
  { testid: "person-card", endpoint: "person" },
  { testid: "vehicles-card", endpoint: "koeretoejer" },
  { testid: "lookups-card", endpoint: "adgangslog" },
];

async function openOverview(page: Page, persona: string, lang: "da" | "en" = "da") {
  await openSettled(page, `/?persona=${persona}`, lang);
}

test("every card shows its key fact and where and when it was fetched", async ({ page }) => {
  const persona = "mange-sager";
  await openOverview(page, persona);
  for (const { testid, endpoint } of cards) {
    const { register, hentet } = kilde(persona, endpoint);
    await expect(page.getByTestId(testid).getByTestId("source-freshness")).toHaveText(`Hentet fra ${register} kl. ${time(hentet)}`);
  }
  const post = data(persona, "digital-post");
  await expect(page.getByTestId("post-card-unread")).toHaveText(`Du har ${post.filter((l: { laest: boolean }) => !l.laest).length} ulæste breve`);
  const address = data(persona, "person").adresse;
  await expect(page.getByTestId("person-card-address")).toHaveText(addressFirstLine(address));
  const vehicles = data(persona, "koeretoejer");
  await expect(page.getByTestId("vehicles-card-count")).toHaveText(`${vehicles.length} køretøjer`);
  await expect(page.getByTestId("tax-card-rate")).toHaveText(`Trækprocent: ${data(persona, "skat").skattekort.traekprocent} %`);
  const log = data(persona, "adgangslog");
  const from = "2026-10-26";
  const recent = log.filter((e: { tidspunkt: string }) => e.tidspunkt.slice(0, 10) >= from && e.tidspunkt.slice(0, 10) <= "2026-11-24").length;
  await expect(page.getByTestId("lookups-card-count")).toHaveText(`${recent} opslag de seneste 30 dage`);
});

for (const persona of personas()) {
  test(`${persona}: every card answers with its source's key fact`, async ({ page }) => {
    await openOverview(page, persona);
    const person = data(persona, "person");
    if (person.adresse) {
      await expect(page.getByTestId("person-card-address")).toContainText(`${person.adresse.vejnavn} ${person.adresse.husnr}`);
    } else {
      await expect(page.getByTestId("person-card-protected")).toBeVisible();
    }
    const vehicles = data(persona, "koeretoejer");
    await expect(page.getByTestId("vehicles-card-count")).toHaveText(vehicles.length === 1 ? "1 køretøj" : `${vehicles.length} køretøjer`);
    const unread = data(persona, "digital-post").filter((l: { laest: boolean }) => !l.laest).length;
    await expect(page.getByTestId("post-card-unread")).toHaveText(unread === 1 ? "Du har 1 ulæst brev" : `Du har ${unread} ulæste breve`);
    const tax = envelope(persona, "skat");
    if (tax.fejl) {
      await expect(page.getByTestId("tax-card").getByTestId("section-error")).toBeVisible();
    } else {
      await expect(page.getByTestId("tax-card-rate")).toHaveText(`Trækprocent: ${tax.data.skattekort.traekprocent} %`);
    }
    for (const { testid, endpoint } of cards) {
      if (endpoint === "skat" && tax.fejl) continue;
      await expect(page.getByTestId(testid).getByTestId("source-freshness")).toContainText(`Hentet fra ${kilde(persona, endpoint).register}`);
    }
  });
}

test("in English the freshness line is translated", async ({ page }) => {
  await openOverview(page, "studerende", "en");
  const { register, hentet } = kilde("studerende", "koeretoejer");
  await expect(page.getByTestId("vehicles-card").getByTestId("source-freshness")).toHaveText(`Fetched from ${register} at ${hentet.slice(11, 16)}`);
  await expect(page.getByTestId("vehicles-card-count")).toHaveText("1 vehicle");
});

/** Cards outside `cards` that read an endpoint too: they fail and recover with it. */
const ALSO_READING: Record<string, string[]> = { sager: ["tasks-card"] };

for (const { testid, endpoint } of cards) {
  test(`a failing ${endpoint} turns only the cards that read it into errors, and retry recovers`, async ({ page }) => {
    const pattern = `**/mock/pensionist/${endpoint}.json`;
    await page.route(pattern, (route) => route.fulfill({ status: 500, body: "" }));
    await openOverview(page, "pensionist");
    const card = page.getByTestId(testid);
    await expect(card.getByTestId("section-error")).toBeVisible();
    const readers = ALSO_READING[endpoint] ?? [];
    for (const reader of readers) await expect(page.getByTestId(reader).getByTestId("section-error")).toBeVisible();
    await expect(page.locator("main [data-testid=section-error]")).toHaveCount(1 + readers.length);
    for (const other of cards.filter((c) => c.testid !== testid)) {
      await expect(page.getByTestId(other.testid).getByTestId("source-freshness")).toBeVisible();
    }
    await page.unroute(pattern);
    await card.getByRole("button", { name: "Prøv igen" }).click();
    await expect(card.getByTestId("source-freshness")).toBeVisible();
    await expect(page.locator("main [data-testid=section-error]")).toHaveCount(0);
  });
}

test("loading cards are as tall as loaded ones", async ({ page }) => {
  // Hold Digital Post back, then let it through, and compare the card's height.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/mock/familie/digital-post.json", async (route) => {
    await held;
    await route.continue();
  });
  await openIn(page, "/?persona=familie");
  const card = page.getByTestId("post-card");
  await expect(card.getByTestId("loading-digital-post")).toBeVisible();
  const before = (await card.boundingBox())!.height;
  release();
  await expect(card.getByTestId("source-freshness")).toBeVisible();
  const after = (await card.boundingBox())!.height;
  expect(after).toBe(before);
});

for (const lang of ["da", "en"] as const) {
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    for (const persona of ["pensionist", "beskyttet"]) {
      test(`axe: the overview for ${persona} in ${lang} at ${width}px has no WCAG 2.1 A/AA violations`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await openOverview(page, persona, lang);
        await expect(page.getByTestId("data-sources")).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
}
