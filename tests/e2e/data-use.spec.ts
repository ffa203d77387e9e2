import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { axeViolations, heading, injectReportOfConcern, openIn, openSettled, SCENARIO_DATE } from "./support/app";
import { data, envelope, longDateDa, onBehalfDir, represented, type Case } from "./support/fixtures";

interface Entry {
  tidspunkt: string;
  dataelement: string;
  register: { navn: string };
  myndighed: { navn: string; cvr: string };
  formaal: string;
  hjemmel: string;
}
const log = (persona: string): Entry[] => data(persona, "adgangslog");

/** How the log names the items the newest look-ups of the test personas concern. */
const PHRASE_DA: Record<string, string> = {
  "cpr.adresse": "din adresse",
  "cpr.familie": "dine familieforhold",
  "cpr.civilstand": "din civilstand",
  "eindkomst.indkomst": "din indkomst",
  "udk.ydelser": "dine ydelser",
};

/** Danish thousands: 2483 → "2.483". */
const thousands = (n: number) => n.toLocaleString("da-DK");
const count = (page: Page) => page.getByTestId("log-count");
const entries = (page: Page) => page.getByTestId("log-entry");
const days = (iso: string) => Date.parse(iso.slice(0, 10));

async function openDataUse(page: Page, persona: string, query = "", lang: "da" | "en" = "da") {
  await openSettled(page, `/dine-data?persona=${persona}${query}`, lang);
  await expect(heading(page)).toHaveText(lang === "da" ? "Dine data" : "Your data");
}

test.describe("the access log", () => {
  test("newest first, in plain Danish, 25 a page, counted as in the fixture", async ({ page }) => {
    const all = log("familie");
    await openDataUse(page, "familie");
    await expect(count(page)).toHaveText(`Viser 1–25 af ${all.length} opslag`);
    await expect(entries(page)).toHaveCount(25);
    const newest = all[0];
    const time = newest.tidspunkt.slice(11, 16).replace(":", ".");
    const phrase = PHRASE_DA[newest.dataelement];
    expect(phrase).toBeDefined();
    await expect(entries(page).first()).toContainText(
      `${newest.myndighed.navn} hentede ${phrase} fra ${newest.register.navn} den ${longDateDa(newest.tidspunkt)} kl. ${time} for at ${newest.formaal} (${newest.hjemmel}).`,
    );
  });

  test("filters by authority, data item and period, in the address, with counts equal to the fixture", async ({ page }) => {
    const all = log("familie");
    await openDataUse(page, "familie");
    await page.locator("#log-authority").selectOption("29980004");
    await expect(page).toHaveURL(/myndighed=29980004/);
    const udk = all.filter((e) => e.myndighed.cvr === "29980004");
    await expect(count(page)).toHaveText(`Viser 1–${Math.min(25, udk.length)} af ${udk.length} opslag`);
    await page.locator("#log-item").selectOption("cpr.adresse");
    const udkAddress = udk.filter((e) => e.dataelement === "cpr.adresse");
    await expect(count(page)).toHaveText(`Viser 1–${Math.min(25, udkAddress.length)} af ${udkAddress.length} opslag`);
    for (const text of await entries(page).allTextContents()) expect(text).toContain("Udbetaling Danmark hentede din adresse");
    await page.getByRole("button", { name: "Nulstil filtre" }).click();
    await page.locator("#log-period").selectOption("12-maaneder");
    const from = days(SCENARIO_DATE) - 364 * 86_400_000;
    const year = all.filter((e) => days(e.tidspunkt) >= from);
    expect(year.length).toBeLessThan(all.length);
    await expect(count(page)).toHaveText(`Viser 1–25 af ${year.length} opslag`);
    await page.goBack();
    await expect(count(page)).toHaveText(`Viser 1–25 af ${all.length} opslag`);
  });

  test("the long list pages through thousands of look-ups", async ({ page }) => {
    const all = log("mange-sager");
    expect(all.length).toBeGreaterThan(1000);
    await openDataUse(page, "mange-sager");
    await expect(count(page)).toHaveText(`Viser 1–25 af ${thousands(all.length)} opslag`);
    await page.getByRole("navigation", { name: /sider/i }).getByRole("link", { name: "Næste side" }).click();
    await expect(page).toHaveURL(/side=2/);
    await expect(count(page)).toHaveText(`Viser 26–50 af ${thousands(all.length)} opslag`);
    const last = Math.ceil(all.length / 25);
    await page.getByRole("link", { name: `Side ${last}` }).click();
    await expect(count(page)).toHaveText(`Viser ${(last - 1) * 25 + 1}–${all.length} af ${thousands(all.length)} opslag`);
    await expect(entries(page)).toHaveCount(all.length - (last - 1) * 25);
  });

  test("the search filters the look-ups as you type, with the filters, and reaches the address without a history entry per key", async ({ page }) => {
    const all = log("mange-sager");
    await openDataUse(page, "mange-sager", "&side=3");
    const before = await page.evaluate(() => history.length);
    const box = page.getByLabel("Søg i opslagene");
    await box.click();
    await page.keyboard.type("sygedagpenge", { delay: 30 });
    const searched = (e: Entry) =>
      [e.myndighed.navn, e.register.navn, e.formaal, e.hjemmel, (e as unknown as { system: string }).system].join("\n").toLowerCase();
    const tax = all.filter((e) => searched(e).includes("sygedagpenge"));
    expect(tax.length).toBeGreaterThan(50);
    await expect(count(page)).toHaveText(`Viser 1–25 af ${thousands(tax.length)} opslag`);
    await expect(box).toBeFocused();
    for (const text of await entries(page).allTextContents()) expect(text.toLowerCase()).toContain("sygedagpenge");
    await expect(page).toHaveURL(/soeg=sygedagpenge/);
    await expect(page).not.toHaveURL(/side=/);
    expect(await page.evaluate(() => history.length)).toBe(before);
    // Paging and a filter keep the search.
    await page.getByRole("navigation", { name: /sider/i }).getByRole("link", { name: "Næste side" }).click();
    await expect(page).toHaveURL(/side=2.*soeg=sygedagpenge|soeg=sygedagpenge.*side=2/);
    await expect(count(page)).toHaveText(`Viser 26–${Math.min(50, tax.length)} af ${thousands(tax.length)} opslag`);
    await page.locator("#log-period").selectOption("30-dage");
    await expect(page).toHaveURL(/periode=30-dage/);
    await expect(page).toHaveURL(/soeg=sygedagpenge/);
    // Enter searches at once; nothing found says so; clearing empties the box.
    await box.fill("findes ikke");
    await box.press("Enter");
    await expect(page).toHaveURL(/soeg=findes%20ikke/);
    await expect(count(page)).toHaveText("Ingen opslag passer til dine valg.");
    await page.getByRole("button", { name: "Nulstil filtre" }).click();
    await expect(box).toHaveValue("");
    await expect(count(page)).toHaveText(`Viser 1–25 af ${thousands(all.length)} opslag`);
  });

  test("English: the sentence in English, the purpose quoted in Danish", async ({ page }) => {
    const newest = log("pensionist")[0];
    await openDataUse(page, "pensionist", "", "en");
    const first = entries(page).first();
    await expect(first).toContainText(`${newest.myndighed.navn} retrieved`);
    await expect(first.locator('q[lang="da"]')).toHaveText(newest.formaal);
    await expect(count(page)).toHaveText(`Showing 1–25 of ${log("pensionist").length} look-ups`);
  });
});

test.describe("the data-reuse map", () => {
  /** Look-ups per "item|CVR" in `entries`. */
  const pairsOf = (entries: Entry[]) => {
    const pairs = new Map<string, number>();
    for (const e of entries) {
      const key = `${e.dataelement}|${e.myndighed.cvr}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    return pairs;
  };
  const times = (n: number) => (n === 1 ? "1 gang" : `${n} gange`);
  /** The look-ups of the last `n` days up to the scenario's day (30 days: today and 29 before). */
  const lastDays = (entries: Entry[], n: number) =>
    entries.filter((e) => days(e.tidspunkt) >= days(SCENARIO_DATE) - (n - 1) * 86_400_000 && days(e.tidspunkt) <= days(SCENARIO_DATE));

  test("a flow for every item–authority pair with the log's counts, and the same in the table", async ({ page }) => {
    for (const persona of ["familie", "pensionist"]) {
      const pairs = pairsOf(log(persona));
      await openDataUse(page, persona);
      const flows = page.locator("[data-testid=reuse-map] path[data-flow]");
      await expect(flows).toHaveCount(pairs.size);
      for (const [key, n] of pairs) {
        await expect(page.locator(`[data-testid=reuse-map] path[data-flow="${key}"]`)).toHaveAttribute("data-count", String(n));
        const cell = page.locator(`[data-testid=reuse-table] tr[data-flow="${key}"] [data-testid=reuse-count]`);
        await expect(cell).toHaveText(String(n));
        await expect(cell).toHaveCSS("text-align", "right");
      }
      await expect(page.locator("[data-testid=reuse-table] tbody tr")).toHaveCount(pairs.size);
    }
  });

  test("the demo: the address was reused by five authorities without asking again", async ({ page }) => {
    const address = log("familie").filter((e) => e.dataelement === "cpr.adresse");
    const authorities = new Set(address.map((e) => e.myndighed.cvr));
    expect(authorities.size).toBe(5);
    await openDataUse(page, "familie");
    await expect(page.getByTestId("reuse-headline")).toContainText(
      `Din adresse blev hentet ${address.length} gange de seneste 2 år af 5 myndigheder – uden at du blev spurgt igen.`,
    );
    await expect(page.getByTestId("reuse-headline")).toContainText("Du oplyste den én gang, da du meldte flytning.");
  });

  test("flows are as wide as their count (linear, 2–24), with a legend from 1 to the largest", async ({ page }) => {
    const pairs = pairsOf(log("sygemeldt"));
    const max = Math.max(...pairs.values());
    await openDataUse(page, "sygemeldt");
    for (const [key, n] of pairs) {
      const width = Number(await page.locator(`[data-testid=reuse-map] path[data-flow="${key}"]`).getAttribute("stroke-width"));
      expect(width).toBeCloseTo(2 + (22 * n) / max, 1);
    }
    const legend = page.getByTestId("map-legend");
    await expect(legend).toContainText("Stregens tykkelse viser, hvor mange gange:");
    await expect(legend).toContainText("1 gang");
    await expect(legend).toContainText(`${max} gange`);
    await expect(legend.locator(`line[data-count="${max}"]`)).toHaveAttribute("stroke-width", "24.0");
  });

  test("where the data was given once: the move, dated by CPR's moving-in date; the rest undated", async ({ page }) => {
    for (const persona of ["sygemeldt", "familie"]) {
      const movedIn: string = data(persona, "person").tilflytningsdato;
      await openDataUse(page, persona);
      await expect(page.getByTestId("map-origin-cpr.adresse")).toHaveText(`Du meldte flytning– flyttede ind den${longDateDa(movedIn)}`);
      const income = page.getByTestId("map-origin-eindkomst.indkomst");
      await expect(income).toContainText("Den, der betaler dig,");
      await expect(income).not.toContainText(/\d{4}/);
    }
    await openDataUse(page, "sygemeldt", "", "en");
    await expect(page.getByTestId("map-origin-cpr.adresse")).toContainText("You reported your move");
  });

  test("choosing an item or an authority shows its counts, highlights its flows and filters the log; by keyboard too", async ({ page }) => {
    const all = log("sygemeldt");
    const pairs = pairsOf(all);
    const odense = all.find((e) => e.myndighed.navn === "Odense Kommune")!.myndighed.cvr;
    await openDataUse(page, "sygemeldt");
    const odenseNode = page.getByTestId(`map-authority-${odense}`);
    const odenseAll = all.filter((e) => e.myndighed.cvr === odense).length;
    await expect(odenseNode).toContainText(`Odense Kommune${times(odenseAll)}`);

    const address = page.getByTestId("map-item-cpr.adresse");
    await address.click();
    await expect(address).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL(/data=cpr\.adresse/);
    const n = all.filter((e) => e.dataelement === "cpr.adresse").length;
    await expect(count(page)).toHaveText(`Viser 1–${Math.min(25, n)} af ${n} opslag`);
    // Each authority now counts the address only.
    const addressPairs = [...pairs].filter(([key]) => key.startsWith("cpr.adresse|"));
    for (const [key, k] of addressPairs) {
      await expect(page.getByTestId(`map-authority-${key.split("|")[1]}`)).toContainText(times(k));
    }
    const odenseAddress = pairs.get(`cpr.adresse|${odense}`)!;
    expect(odenseAddress).toBeLessThan(odenseAll);
    await expect(odenseNode).toContainText(`Odense Kommune${times(odenseAddress)}`);
    await expect(page.getByTestId("reuse-headline")).toContainText(`Din adresse blev hentet ${n} gange`);
    await expect(page.locator('path.is-active[data-flow^="cpr.adresse|"]')).toHaveCount(addressPairs.length);
    await expect(page.locator('path.is-active:not([data-flow^="cpr.adresse|"])')).toHaveCount(0);

    // Keyboard: focus the authority, Enter chooses it, Space un-chooses it.
    await odenseNode.focus();
    await page.keyboard.press("Enter");
    await expect(odenseNode).toHaveAttribute("aria-pressed", "true");
    await expect(count(page)).toHaveText(`Viser 1–${Math.min(25, odenseAddress)} af ${odenseAddress} opslag`);
    await expect(page.locator("#log-authority")).toHaveValue(odense);
    await expect(page.locator("path.is-active")).toHaveCount(1);
    await expect(page.getByTestId("reuse-headline")).toContainText(`Odense Kommune hentede din adresse ${times(odenseAddress)}`);
    // The items now count Odense Kommune's look-ups only.
    const odenseIncome = pairs.get(`eindkomst.indkomst|${odense}`)!;
    await expect(page.getByTestId("map-item-eindkomst.indkomst")).toContainText(times(odenseIncome));
    await page.keyboard.press(" ");
    await expect(odenseNode).toHaveAttribute("aria-pressed", "false");
    await page.getByTestId("map-clear").click();
    await expect(address).toHaveAttribute("aria-pressed", "false");
    await expect(count(page)).toHaveText(`Viser 1–25 af ${all.length} opslag`);
  });

  test("the period (30 days, 12 months, 2 years) is in the address and the map, headline, table and log follow", async ({ page }) => {
    const all = log("sygemeldt");
    const recent = lastDays(all, 30);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(all.length);
    await openDataUse(page, "sygemeldt");
    const period = page.getByRole("group", { name: "Vis genbrug for" });
    await expect(period.getByRole("radio", { name: "Seneste 2 år" })).toBeChecked();
    await period.getByRole("radio", { name: "Seneste 30 dage" }).check();
    await expect(page).toHaveURL(/periode=30-dage/);
    const pairs = pairsOf(recent);
    await expect(page.locator("[data-testid=reuse-map] path[data-flow]")).toHaveCount(pairs.size);
    await expect(page.locator("[data-testid=reuse-table] tbody tr")).toHaveCount(pairs.size);
    for (const [key, n] of pairs) {
      await expect(page.locator(`[data-testid=reuse-table] tr[data-flow="${key}"] [data-testid=reuse-count]`)).toHaveText(String(n));
    }
    await expect(page.getByTestId("reuse-headline")).toContainText("de seneste 30 dage");
    await expect(count(page)).toHaveText(`Viser 1–${Math.min(25, recent.length)} af ${recent.length} opslag`);
    await expect(page.locator("#log-period")).toHaveValue("30-dage");

    await page.goBack();
    await expect(period.getByRole("radio", { name: "Seneste 2 år" })).toBeChecked();
    await expect(page.locator("[data-testid=reuse-map] path[data-flow]")).toHaveCount(pairsOf(all).size);

    // A link with the period opens with it chosen.
    const year = lastDays(all, 365);
    await openDataUse(page, "sygemeldt", "&periode=12-maaneder");
    await expect(page.getByRole("radio", { name: "Seneste 12 måneder" })).toBeChecked();
    await expect(page.locator("[data-testid=reuse-map] path[data-flow]")).toHaveCount(pairsOf(year).size);
    await expect(count(page)).toHaveText(`Viser 1–25 af ${year.length} opslag`);
  });

  test("a period without look-ups says so and draws nothing (the scenario clock moved on)", async ({ page }) => {
    await openDataUse(page, "sygemeldt", "&dato=2029-06-01&periode=30-dage");
    await expect(page.getByTestId("reuse-headline")).toHaveText("Ingen myndighed hentede dine oplysninger de seneste 30 dage.");
    await expect(page.getByTestId("reuse-map")).toHaveCount(0);
    await expect(page.getByTestId("reuse-table")).toHaveCount(0);
    await expect(page.getByRole("radio", { name: "Seneste 30 dage" })).toBeChecked();
  });

  test("on a phone the map is a list: no sideways scrolling, readable text, choosing by keyboard", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const all = log("sygemeldt");
    const pairs = pairsOf(all);
    const odense = all.find((e) => e.myndighed.navn === "Odense Kommune")!.myndighed.cvr;
    await openDataUse(page, "sygemeldt");
    await expect(page.getByRole("region", { name: "Diagram over genbrug af dine oplysninger" })).toBeHidden();
    const list = page.getByTestId("reuse-list");
    await expect(list).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Per item: its origin and its flows, "Odense Kommune 11 gange".
    const movedIn: string = data("sygemeldt", "person").tilflytningsdato;
    await expect(page.getByTestId("list-origin-cpr.adresse")).toHaveText(`Du meldte flytning – flyttede ind den ${longDateDa(movedIn)}.`);
    const flow = list.locator(`li[data-flow="cpr.adresse|${odense}"]`);
    await expect(flow).toHaveText(`Odense Kommune${times(pairs.get(`cpr.adresse|${odense}`)!)}`);
    for (const size of await list.locator("button, li, p").evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)))) {
      expect(size).toBeGreaterThanOrEqual(14);
    }
    // The buttons' names are their visible text; Enter chooses, and the authorities follow.
    const address = page.getByRole("button", { name: /^Adresse \(CPR\)/ });
    await expect(address).toHaveAttribute("aria-pressed", "false");
    await address.focus();
    await page.keyboard.press("Enter");
    await expect(address).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL(/data=cpr\.adresse/);
    await expect(page.getByTestId(`list-authority-${odense}`)).toHaveText(`Odense Kommune${times(pairs.get(`cpr.adresse|${odense}`)!)}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe("consents", () => {
  test("withdrawing asks first, then holds on every page for the rest of the session", async ({ page }) => {
    // Digitalt Samtykke's first users were Københavns and Odense Kommune and UFST: the persona
    // with consents is the one on sick leave in Odense.
    const consents = data("sygemeldt", "samtykker") as { status: string; formaal: string; til: { navn: string }; fra: { navn: string } }[];
    const active = consents.filter((c) => c.status === "aktiv");
    expect(active).toHaveLength(1);
    await openIn(page, "/?persona=sygemeldt");
    await expect(page.getByTestId("lookups-card-consents")).toHaveText("1 aktivt samtykke");
    await page.getByRole("link", { name: "Se, hvem der har brugt dine data" }).click();
    const consent = page.getByTestId("consent").filter({ hasText: active[0].formaal });
    await expect(consent.getByTestId("consent-badge")).toHaveText("Aktivt");

    // Cancel keeps it.
    await consent.getByTestId("withdraw").click();
    const dialog = page.getByRole("dialog", { name: "Vil du trække samtykket tilbage?" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId("withdraw-consequence")).toHaveText(
      `${active[0].til.navn} kan så ikke længere få dine medicinoplysninger fra ${active[0].fra.navn} med dette samtykke.`,
    );
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(consent.getByTestId("consent-badge")).toHaveText("Aktivt");

    await consent.getByTestId("withdraw").click();
    await dialog.getByTestId("withdraw-confirm").click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("consent-status")).toHaveText("Samtykket er trukket tilbage.");
    await expect(consent.getByTestId("consent-badge")).toHaveText("Trukket tilbage");
    await expect(consent.getByTestId("consent-withdrawn-on")).toHaveText(`Trukket tilbage: ${longDateDa(SCENARIO_DATE)}`);
    await expect(consent.getByTestId("withdraw")).toHaveCount(0);

    await page.getByRole("link", { name: "Overblik" }).first().click();
    await expect(page.getByTestId("lookups-card-consents")).toHaveText("0 aktive samtykker");
    await page.reload();
    await expect(page.getByTestId("lookups-card-consents")).toHaveText("0 aktive samtykker");
    // Nothing but ids in storage.
    const stored = await page.evaluate(() => JSON.stringify(window.sessionStorage));
    expect(stored).not.toContain(active[0].formaal);
  });
});

test.describe("acting on behalf of someone", () => {
  test("a parent switches to a child, sees the child's own case, and comes back with nothing mixed up", async ({ page }) => {
    const emil = onBehalfDir("familie", "Emil");
    const emilCase = (data(emil, "sager") as Case[])[0];
    const ownCase = (data("familie", "sager") as Case[])[0];
    await openSettled(page, "/?persona=familie");
    await page.getByTestId("switch-person").click();
    await expect(heading(page)).toHaveText("Handl på vegne af en anden");
    await expect(page.getByTestId("act-for-person")).toHaveCount(represented("familie").length);
    await page.getByRole("button", { name: "Se oplysninger for Emil Kjær Sørensen" }).click();

    const banner = page.getByTestId("acting-banner");
    await expect(banner).toContainText("Du ser oplysninger for Emil Kjær Sørensen. Du har forældremyndighed.");
    await expect(page).toHaveTitle("Mit Overblik – Emil Kjær Sørensen – Mit Overblik");
    await page.goto("/sager");
    await expect(page.getByTestId("case-table")).toContainText(emilCase.titel);
    await expect(page).toHaveTitle("Sager – Emil Kjær Sørensen – Mit Overblik");
    await page.goto("/sager?fane=afsluttede");
    await expect(page.locator("main")).not.toContainText(ownCase.titel);
    await page.goto("/mine-oplysninger");
    await expect(page.getByTestId("my-data-person")).toContainText("Emil Kjær Sørensen");
    // Outside custody: Digital Post says so instead of showing data.
    await page.goto("/digital-post");
    await expect(page.getByTestId("section-not-covered")).toContainText("er ikke omfattet");
    await expect(page.getByTestId("section-error")).toHaveCount(0);

    await banner.getByRole("button", { name: "Tilbage til dine egne oplysninger" }).click();
    await expect(banner).toHaveCount(0);
    await expect(page).toHaveTitle("Mit Overblik");
    await page.goto("/sager?fane=afsluttede");
    await expect(page.getByTestId("case-table")).toContainText(ownCase.titel);
    await page.goto("/sager");
    await expect(page.locator("h1")).toHaveText("Sager");
    await expect(page.locator("main")).not.toContainText(emilCase.titel);
    await page.goto("/mine-oplysninger");
    await expect(page.getByTestId("my-data-person")).toContainText("Mette Kjær Sørensen");
    await expect(page.getByTestId("my-data-person")).toContainText("Emil Kjær Sørensen, født 9. juni 2015 (du har forældremyndighed)");
  });

  test("on a phone, acting for a child starts from the menu; cards name the child and what custody does not cover is said calmly", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openSettled(page, "/?persona=familie");
    await page.getByRole("button", { name: "Menu" }).click();
    await page.locator("#mobile-drawer").getByRole("link", { name: "Handl for en anden" }).click();
    await expect(heading(page)).toHaveText("Handl på vegne af en anden");
    await expect(page.locator("#mobile-drawer")).not.toBeVisible();
    await page.getByRole("button", { name: "Se oplysninger for Emil Kjær Sørensen" }).click();
    await page.goto("/");
    await expect(page.getByTestId("case-tile").locator("h2")).toHaveText("Emils sager");
    // The sources custody does not cover: a neutral "Ikke omfattet", no error, no retry.
    const sources = page.getByTestId("data-sources");
    await expect(sources.getByTestId("source-not-covered").first()).toContainText("er ikke omfattet af forældremyndigheden");
    await expect(sources.getByRole("alert")).toHaveCount(0);
    await expect(sources.getByRole("button", { name: /Prøv igen/ })).toHaveCount(0);
    await expect(sources.getByText("Kunne ikke hentes")).toHaveCount(0);
  });

  test("a daughter with a power of attorney sees her mother's cases, benefits and post, and nothing else", async ({ page }) => {
    const inger = onBehalfDir("datter", "Inger");
    await openSettled(page, "/handl-for?persona=datter");
    await page.getByRole("button", { name: "Se oplysninger for Inger Margrethe Søgaard" }).click();
    await expect(page.getByTestId("acting-banner")).toContainText("Du har en fuldmagt.");
    await page.goto("/sager");
    await expect(page.getByTestId("case-table")).toContainText((data(inger, "sager") as Case[])[0].titel);
    await page.goto("/oekonomi");
    await expect(page.locator("main")).toContainText("Folkepension");
    await expect(page.getByTestId("section-not-covered")).toHaveCount(2); // tax and debt
    await page.goto("/mine-oplysninger");
    await expect(page.getByTestId("section-not-covered")).toHaveCount(3);
    await expect(page.locator("main")).not.toContainText(envelope("pensionist", "person").data.adresse.vejnavn);
    await page.goto("/dine-data");
    await expect(page.getByTestId("section-not-covered")).toHaveCount(3);
    await page.goto("/digital-post");
    await expect(page.locator("main")).toContainText((data(inger, "digital-post") as { emne: string }[])[0].emne);
    // The way back is on the switch page too.
    await page.goto("/handl-for");
    await page.getByTestId("act-for-self").click();
    await expect(page.getByTestId("acting-banner")).toHaveCount(0);
    await expect(page.getByTestId("user-name").first()).toContainText("Hanne Søgaard Kristensen");
  });

  test("a report of concern in the child's cases is dropped even if a backend sends it", async ({ page }) => {
    const emil = onBehalfDir("familie", "Emil");
    const base = (data(emil, "sager") as Case[])[0];
    const concern = await injectReportOfConcern(page, emil);
    await openSettled(page, "/handl-for?persona=familie");
    await page.getByRole("button", { name: "Se oplysninger for Emil Kjær Sørensen" }).click();
    await page.goto("/sager");
    await expect(page.getByTestId("case-table")).toContainText(base.titel);
    await expect(page.locator("main")).not.toContainText(concern.titel);
    await page.goto(`/sager/${concern.id}`);
    await expect(heading(page)).toHaveText("Sagen findes ikke");
  });
});

test.describe("accessibility", () => {
  for (const lang of ["da", "en"] as const) {
    for (const width of [1280, 375]) {
      test(`axe-core finds nothing on Dine data, the switch page and the banner (${lang}, ${width}px)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await openDataUse(page, "sygemeldt", "&data=cpr.adresse", lang);
        expect(await axeViolations(page)).toEqual([]);
        await page.getByTestId("withdraw").first().click();
        await expect(page.getByRole("dialog")).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
        await page.keyboard.press("Escape");
        await openSettled(page, "/handl-for?persona=familie", lang);
        expect(await axeViolations(page)).toEqual([]);
        await page.getByTestId("act-for-person").first().getByRole("button").click();
        await expect(page.getByTestId("acting-banner")).toBeVisible();
        await page.goto("/digital-post");
        await expect(page.getByTestId("section-not-covered")).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});
