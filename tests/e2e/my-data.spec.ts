import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { axeViolations, heading, openIn, openSettled } from "./support/app";
import { addressFirstLine, data, envelope, longDateDa, personas } from "./support/fixtures";

async function openMyData(page: Page, persona: string, lang: "da" | "en" = "da") {
  await openSettled(page, `/mine-oplysninger?persona=${persona}`, lang);
}

const everyPersona = personas();

for (const persona of everyPersona) {
  test(`${persona}: CPR, BBR and vehicles show what the registers hold`, async ({ page }) => {
    const person = data(persona, "person");
    const housing = data(persona, "bolig");
    const vehicles = data(persona, "koeretoejer");
    await openMyData(page, persona);
    await expect(heading(page)).toHaveText("Mine oplysninger");
    const facts = page.getByTestId("person-facts");
    await expect(facts).toContainText(person.navn);
    await expect(page.getByTestId("cpr-value")).toHaveText(`${person.cpr.slice(0, 6)}-••••`);
    await expect(facts).toContainText(longDateDa(person.foedselsdato));
    await expect(facts).toContainText(person.civilstand);
    await expect(facts).toContainText(person.statsborgerskab);
    if (person.adresse) {
      await expect(page.getByTestId("person-address")).toContainText(addressFirstLine(person.adresse));
      await expect(page.getByTestId("person-address")).toContainText(`${person.adresse.postnr} ${person.adresse.postnrnavn}`);
    }
    for (const child of person.boern) await expect(page.getByTestId("person-children")).toContainText(child.navn);
    if (person.aegtefaelle) await expect(facts).toContainText(person.aegtefaelle.navn);

    const bbr = page.getByTestId("housing-facts");
    if (housing.bfeNummer) await expect(bbr).toContainText(housing.bfeNummer);
    await expect(bbr).toContainText(String(housing.bygning.opfoerelsesaar));
    await expect(bbr).toContainText(housing.bygning.varmeinstallation.tekst);
    await expect(bbr).toContainText(`${housing.enhed.samletAreal} m²`);
    await expect(bbr).toContainText(housing.enhed.koekkenforhold.tekst);

    if (vehicles.length === 0) {
      await expect(page.getByTestId("vehicles-none")).toBeVisible();
    } else {
      const rows = page.getByTestId("vehicles").locator("tbody tr");
      await expect(rows).toHaveCount(vehicles.length);
      for (const [i, v] of vehicles.entries()) {
        await expect(rows.nth(i)).toContainText(v.registreringsnummer);
        await expect(rows.nth(i)).toContainText(`${v.maerke} ${v.model}`);
        await expect(rows.nth(i)).toContainText(v.rolle === "ejer" ? "Ejer" : "Bruger");
        if (v.naesteSyn) await expect(rows.nth(i)).toContainText(longDateDa(v.naesteSyn));
      }
    }
  });
}

test("the CPR number is masked until shown, and the toggle works by keyboard", async ({ page }) => {
  const person = data("familie", "person");
  await openMyData(page, "familie");
  const toggle = page.getByTestId("cpr-toggle");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByText(person.cpr)).toHaveCount(0);
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("cpr-value")).toHaveText(person.cpr);
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(toggle).toHaveText("Skjul CPR-nummer");
  await page.keyboard.press("Space");
  await expect(page.getByTestId("cpr-value")).toHaveText(`${person.cpr.slice(0, 6)}-••••`);
});

test("every section says where its data comes from, with the CVR number and whom to contact", async ({ page }) => {
  await openMyData(page, "pensionist");
  for (const [section, endpoint] of [["my-data-person", "person"], ["my-data-housing", "bolig"], ["my-data-vehicles", "koeretoejer"]]) {
    const { kilde } = envelope("pensionist", endpoint);
    const details = page.getByTestId(section).getByTestId("source-details");
    await details.locator("summary").click();
    await expect(details.getByTestId("source-cvr")).toHaveText(kilde.cvr);
    await expect(details).toContainText(kilde.myndighed);
    await expect(details).toContainText(kilde.register);
    await expect(details.getByTestId("source-contact")).toHaveText(kilde.kontakt.navn);
    await expect(details.getByTestId("source-contact")).toHaveAttribute("href", kilde.kontakt.web);
  }
  // CPR errors are corrected by the kommune's Borgerservice.
  await expect(page.getByTestId("my-data-person").getByTestId("source-contact")).toHaveText("Borgerservice, Vejle Kommune");
});

test("a failing vehicle register affects only its section, and retry recovers", async ({ page }) => {
  await page.route("**/mock/studerende/koeretoejer.json", (route) => route.fulfill({ status: 500, body: "fejl" }));
  await openMyData(page, "studerende");
  const vehicles = page.getByTestId("my-data-vehicles");
  await expect(vehicles.getByTestId("section-error")).toBeVisible();
  await expect(page.getByTestId("section-error")).toHaveCount(1);
  await expect(page.getByTestId("person-facts")).toBeVisible();
  await expect(page.getByTestId("housing-facts")).toBeVisible();
  await page.unroute("**/mock/studerende/koeretoejer.json");
  await vehicles.getByRole("button", { name: "Prøv igen" }).click();
  await expect(vehicles.getByTestId("vehicles").locator("tbody tr")).toHaveCount(data("studerende", "koeretoejer").length);
  await expect(page.getByTestId("section-error")).toHaveCount(0);
});

test("in English: headings, dates and roles are translated, BBR's wording is marked Danish", async ({ page }) => {
  const person = data("gaeld", "person");
  await openMyData(page, "gaeld", "en");
  await expect(heading(page)).toHaveText("My details");
  await expect(page.locator("#person-heading")).toHaveText("Your personal details");
  const [y, m, d] = person.foedselsdato.split("-").map(Number);
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
  await expect(page.getByTestId("person-facts")).toContainText(`${d} ${month} ${y}`);
  await expect(page.getByTestId("vehicles")).toContainText("User");
  await expect(page.getByTestId("housing-facts").locator("em[lang=da]").first()).toBeVisible();
});

test("the download holds every source with its provenance, and parses", async ({ page }) => {
  await openMyData(page, "familie");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-button").click()]);
  expect(download.suggestedFilename()).toBe("mit-overblik-data-2026-11-24.json");
  const file = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(file.format).toBe("mit-overblik/indsigt");
  expect(file.version).toBe(1);
  expect(file.navn).toBe(data("familie", "person").navn);
  const endpoints = file.kilder.map((k: { endpoint: string }) => k.endpoint).sort();
  expect(endpoints).toEqual(
    ["adgangslog", "bolig", "digital-post", "fuldmagter", "gaeld", "koeretoejer", "person", "sager", "samtykker", "session", "skat", "udbetalinger", "ydelser"],
  );
  for (const entry of file.kilder) {
    const { kilde } = envelope("familie", entry.endpoint);
    expect(entry.kilde.cvr).toBe(kilde.cvr);
    expect(entry.kilde.kontakt).toEqual(kilde.kontakt);
    expect(entry.fejl).toBeNull();
  }
  const byEndpoint = Object.fromEntries(file.kilder.map((k: { endpoint: string }) => [k.endpoint, k]));
  expect(byEndpoint.person.data).toEqual(data("familie", "person"));
  expect(byEndpoint.udbetalinger.data).toEqual(data("familie", "udbetalinger"));
  // Only the cases the citizen may see (a backend never sends hidden ones; see cases.spec.ts).
  expect(byEndpoint.sager.data.map((c: { id: string }) => c.id)).toEqual(data("familie", "sager").map((c: { id: string }) => c.id));
  await expect(page.getByTestId("download-status")).toHaveText("Filen er hentet. Du finder den i din mappe med overførsler.");
});

test("a failed source is in the download with its error", async ({ page }) => {
  await openMyData(page, "tilflytter");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-button").click()]);
  const file = JSON.parse(readFileSync(await download.path(), "utf8"));
  const tax = file.kilder.find((k: { endpoint: string }) => k.endpoint === "skat");
  expect(tax.data).toBeNull();
  expect(tax.fejl.kode).toBe(envelope("tilflytter", "skat").fejl.kode);
  expect(tax.kilde.myndighed).toBe("Skattestyrelsen");
});

test("print: no menu, buttons or toggle; the person's name and the date on top", async ({ page }) => {
  await openMyData(page, "pensionist");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".navigation-menu nav")).toBeHidden();
  await expect(page.locator("header")).toBeHidden();
  await expect(page.getByTestId("cpr-toggle")).toBeHidden();
  await expect(page.getByTestId("download-button")).toBeHidden();
  await expect(page.locator("footer")).toBeHidden();
  const top = page.getByTestId("print-header");
  await expect(top).toBeVisible();
  await expect(top).toContainText(data("pensionist", "person").navn);
  await expect(top).toContainText("Udskrevet 24. november 2026");
  await expect(page.getByTestId("person-facts")).toBeVisible();
  await expect(page.getByTestId("housing-facts")).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expect(top).toBeHidden();
});

test.describe("a protected address never appears, even if a backend wrongly sends it", () => {
  // The address of another persona stands in for the protected one.
  const leaked = data("gaeld", "person").adresse;
  test.beforeEach(async ({ page }) => {
    for (const endpoint of ["person", "bolig"]) {
      await page.route(`**/mock/beskyttet/${endpoint}.json`, async (route) => {
        const body = envelope("beskyttet", endpoint);
        body.data.adresse = leaked;
        if (endpoint === "bolig") body.data.bfeNummer = "3114905";
        await route.fulfill({ json: body });
      });
    }
  });

  const pages = ["/", "/mine-oplysninger", "/sager", "/oekonomi", "/digital-post", "/dine-data"];
  for (const path of pages) {
    test(`not on ${path}, on screen or in print`, async ({ page }) => {
      await openSettled(page, `${path}?persona=beskyttet`);
      const body = page.locator("body");
      await expect(body).not.toContainText(leaked.vejnavn);
      await expect(body).not.toContainText(`${leaked.postnr} ${leaked.postnrnavn}`);
      await page.emulateMedia({ media: "print" });
      await expect(body).not.toContainText(leaked.vejnavn);
      expect(await page.content()).not.toContain(leaked.vejnavn);
    });
  }

  test("the protection is explained, and the download leaves the address out", async ({ page }) => {
    await openSettled(page, "/mine-oplysninger?persona=beskyttet");
    await expect(page.getByTestId("address-protected")).toContainText("Din adresse er beskyttet");
    await expect(page.getByTestId("address-protected")).toContainText("til 28. februar 2027");
    await expect(page.getByTestId("housing-protected")).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-button").click()]);
    const text = readFileSync(await download.path(), "utf8");
    expect(text).not.toContain(leaked.vejnavn);
    expect(text).not.toContain("3114905");
    expect(JSON.parse(text).kilder.find((k: { endpoint: string }) => k.endpoint === "bolig").data.adresseBeskyttet).toBe(true);
    await openIn(page, "/?persona=beskyttet");
    await expect(page.getByTestId("person-card-protected")).toHaveText("Din adresse er beskyttet");
  });
});

for (const lang of ["da", "en"] as const) {
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    for (const persona of ["familie", "beskyttet", "mange-sager"]) {
      test(`axe: /mine-oplysninger for ${persona} in ${lang} at ${width}px has no WCAG 2.1 A/AA violations`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await openMyData(page, persona, lang);
        await page.getByTestId("cpr-toggle").click();
        for (const summary of await page.locator(".source-details summary").all()) await summary.click();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
}
