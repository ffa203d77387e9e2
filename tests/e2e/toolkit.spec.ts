// The UX-testing toolkit: simulated login and logout, the facilitator panel (faults, date,
// language, person), scenario files, start links, the session timeout and task mode. These tests
// start logged out (Playwright's plain `test`), as a participant at a test computer would.
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { plainTest as test } from "./support/test";
import { axeViolations, closePanel, expandPanel, heading, openIn, openPanel, settled, userName } from "./support/app";

const EXAMPLE = "public/api/scenarier/eksempel.json";
const exampleText = () => readFileSync(EXAMPLE, "utf8");
const example = () => JSON.parse(exampleText()) as Record<string, unknown>;
const EXAMPLE_NAME = "Susanne Bech Thomsen";


/** Loads `text` as a scenario file through the panel's file picker. */
async function pickScenario(page: Page, text: string, name = "scenarie.json") {
  await page.getByTestId("scenario-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

/** Logs in on the simulated login page as the person named `name`. */
async function logInAs(page: Page, name: string) {
  await page.getByTestId("persona-choice").filter({ hasText: name }).locator("label").click();
  await page.getByTestId("log-in").click();
}

async function storageKeys(page: Page) {
  return page.evaluate(() => ({
    session: Object.keys(window.sessionStorage),
    local: Object.keys(window.localStorage).filter((k) => k.startsWith("mit-overblik.")),
  }));
}

for (const target of ["/%5Cevil.example/", "/%09/evil.example/", "//evil.example/", "/%0A/evil.example", "https://evil.example/", "javascript:alert(1)"]) {
  test(`the login's return address ${target} cannot lead to another site`, async ({ page, baseURL }) => {
    await page.goto(`/log-ind?efter=${target}`);
    await logInAs(page, "Inger Margrethe Søgaard");
    await expect(heading(page)).toHaveText("Mit Overblik");
    expect(page.url()).toBe(`${baseURL}/`);
  });
}

test("logged out, any page leads to the simulated login, which returns there; Log af empties the storage", async ({ page }) => {
  await page.goto("/oekonomi");
  await expect(page).toHaveURL(/\/log-ind\?efter=%2Foekonomi$/);
  await expect(heading(page)).toHaveText("Log på Mit Overblik");
  await expect(page.getByTestId("simulation-notice")).toContainText("simulering");
  await expect(page.locator("input[type=password], input[autocomplete=username]")).toHaveCount(0);
  await expect(page.getByTestId("prototype-badge")).toBeVisible();
  await expect(page.getByTestId("log-off")).toHaveCount(0);
  // Logging in without a choice says what is missing.
  await page.getByTestId("log-in").click();
  await expect(page.locator("#persona-missing")).toHaveText("Vælg en person for at logge på.");
  await logInAs(page, "Inger Margrethe Søgaard");
  await expect(page).toHaveURL("/oekonomi");
  await expect(heading(page)).toHaveText("Økonomi");
  await expect(userName(page)).toContainText("Inger Margrethe Søgaard");
  // Something the session kept: a letter marked read.
  await page.goto("/digital-post");
  await settled(page);
  expect((await storageKeys(page)).session.length).toBeGreaterThan(0);

  await page.locator(".portal-user [data-testid=log-off]").click();
  await expect(page).toHaveURL("/logget-af");
  await expect(heading(page)).toHaveText("Du er logget af");
  expect(await storageKeys(page)).toEqual({ session: [], local: [] });
  await expect(userName(page)).toHaveCount(0);
  await page.getByTestId("log-in-again").click();
  await expect(heading(page)).toHaveText("Log på Mit Overblik");
  // Still logged out: the back button does not lead into the data.
  await page.goto("/sager");
  await expect(page).toHaveURL(/\/log-ind/);
});

for (const [kind, label, error] of [
  ["500", "HTTP 500", /tekniske problemer/],
  ["timeout", "Tidsgrænse overskredet", /svar|tid/i],
  ["malformed", "Ugyldige data", /ikke kunne læse/],
] as const) {
  test(`a ${kind} forced in the panel breaks only the vehicle section, and Prøv igen recovers once it is cleared`, async ({ page }) => {
    await page.goto("/?persona=studerende&tidsgraense=1500");
    await settled(page);
    await openPanel(page);
    await page.getByTestId("fault-koeretoejer").locator("select").selectOption({ label });
    await closePanel(page);
    await page.getByRole("link", { name: "Mine oplysninger" }).first().click();
    const vehicles = page.getByTestId("my-data-vehicles");
    // The overview fetched the vehicles before the fault: the next request meets it.
    await page.getByTestId("my-data-person").waitFor();
    await openPanel(page);
    await page.getByRole("button", { name: "Hent alle kilder igen nu" }).click();
    await closePanel(page);
    await expect(vehicles.getByTestId("section-error")).toBeVisible();
    await expect(vehicles.getByTestId("section-error")).toContainText(error);
    await expect(page.getByTestId("section-error")).toHaveCount(1);
    await expect(page.getByTestId("person-facts")).toBeVisible();

    await openPanel(page);
    await page.getByTestId("fault-koeretoejer").locator("select").selectOption({ label: "Ingen" });
    await closePanel(page);
    // Clearing the fault refetches nothing by itself.
    await expect(vehicles.getByTestId("section-error")).toBeVisible();
    await vehicles.getByRole("button", { name: "Prøv igen" }).click();
    await expect(vehicles.getByTestId("vehicles")).toBeVisible();
    await expect(page.getByTestId("section-error")).toHaveCount(0);
  });
}

test("latency per source holds back only that source", async ({ page }) => {
  await page.goto("/?persona=familie&forsinkelse=skat:4000");
  await expect(page.getByTestId("tax-card").getByRole("status")).toBeVisible();
  await expect(page.getByTestId("post-card").getByTestId("source-freshness")).toBeVisible();
  await expect(page.getByTestId("tax-card").getByTestId("source-freshness")).toBeVisible({ timeout: 10_000 });
});

test("an invalid scenario file lists its errors with pointers and keeps the scenario loaded before", async ({ page }) => {
  await page.goto("/?persona=familie&facilitator");
  await expandPanel(page);
  await expect(page.getByTestId("facilitator-panel")).toBeVisible();
  await pickScenario(page, exampleText(), "eksempel.json");
  await expect(page.getByTestId("scenario-loaded")).toBeVisible();
  await expect(page.getByTestId("scenario-loaded-name")).toContainText(EXAMPLE_NAME);

  const broken = example();
  delete broken.navn;
  broken.dato = "2026-13-40";
  (broken.opgaver as Array<Record<string, unknown>>)[1].tekst = "";
  const endpoints = broken.endepunkter as Record<string, { data: Array<Record<string, unknown>> }>;
  (endpoints.sager.data[0].fremdrift as Record<string, unknown>).kode = "Glemt";
  await pickScenario(page, JSON.stringify(broken, null, 2));
  const errors = page.getByTestId("scenario-errors");
  await expect(errors).toContainText("Filen blev ikke indlæst");
  const pointers = await errors.getByTestId("scenario-pointer").allTextContents();
  expect(pointers).toEqual(expect.arrayContaining(["/navn", "/dato", "/opgaver/1/tekst", "/endepunkter/sager/data/0/fremdrift/kode"]));
  await expect(errors.getByTestId("scenario-problem").filter({ hasText: "/navn" })).toContainText("»navn« mangler");
  await expect(errors.getByTestId("scenario-problem").filter({ hasText: "/endepunkter/sager/data/0/fremdrift/kode" })).toContainText("Glemt");
  // Each place as a person reads it, the JSON pointer beside it.
  const places = await errors.getByTestId("scenario-place").allTextContents();
  expect(places).toEqual(expect.arrayContaining(["navn", "Opgave 2 → tekst", "sager → sag 1 → fremdrift → kode"]));
  // A name given twice that differs: the error names both places.
  const renamed = example();
  renamed.navn = "Susanne B. Thomsen";
  await pickScenario(page, JSON.stringify(renamed));
  const twice = errors.getByTestId("scenario-problem").filter({ hasText: "/endepunkter/session/data/navn" });
  await expect(twice).toContainText("session → navn");
  await expect(twice).toContainText("men i navn (/navn) står »Susanne B. Thomsen«");
  // Not JSON at all: where it broke.
  await pickScenario(page, '{ "format": "mit-overblik/scenarie", ');
  await expect(errors.getByTestId("scenario-problem")).toHaveCount(1);
  // The old scenario is intact.
  await expect(page.getByTestId("scenario-loaded-name")).toContainText(EXAMPLE_NAME);

  // In English, the same errors in English.
  await page.locator("#panel-lang-en").check();
  await pickScenario(page, JSON.stringify(broken));
  await expect(errors).toContainText("The file was not loaded");
  await expect(errors.getByTestId("scenario-problem").filter({ hasText: "/navn" })).toContainText("is missing");
});

test("a scenario file dropped on the panel drives every page", async ({ page }) => {
  await page.goto("/log-ind?facilitator");
  await expandPanel(page);
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "eksempel.json", { type: "application/json" }));
    return data;
  }, exampleText());
  await page.getByTestId("scenario-file-drop").dispatchEvent("drop", { dataTransfer: transfer });
  await expect(page.getByTestId("scenario-loaded")).toBeVisible();
  await closePanel(page);
  await logInAs(page, EXAMPLE_NAME);
  await expect(userName(page)).toContainText(EXAMPLE_NAME);
  const endpoints = example().endepunkter as Record<string, { data: unknown }>;
  for (const path of ["/", "/sager", "/oekonomi", "/mine-oplysninger", "/digital-post", "/dine-data"]) {
    await page.goto(path);
    await settled(page);
    await expect(page.getByTestId("section-error")).toHaveCount(0);
    await expect(userName(page)).toContainText(EXAMPLE_NAME);
  }
  await page.goto("/mine-oplysninger");
  await expect(page.getByTestId("person-facts")).toContainText(EXAMPLE_NAME);
  await page.goto("/sager");
  await expect(page.getByTestId("case-table").locator("tbody tr")).toHaveCount((endpoints.sager.data as unknown[]).filter((c) => (c as { fremdrift: { kode: string } }).fremdrift.kode !== "Afsluttet").length);
  // The data stays in the tab's session storage only.
  expect((await storageKeys(page)).local.filter((k) => k !== "mit-overblik.sprog")).toEqual([]);
});

test("a start link opens the right person, language, date and page", async ({ page }) => {
  await page.goto("/oekonomi?persona=pensionist&sprog=en&dato=2026-12-15&facilitator");
  await expandPanel(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(heading(page)).toHaveText("Finances");
  await expect(userName(page)).toContainText("Inger Margrethe Søgaard");
  await expect(page.getByTestId("panel-date")).toHaveValue("2026-12-15");
  // The address keeps none of the setup; the panel's link carries it as one code.
  await expect(page).toHaveURL(/\/oekonomi$/);
  const setup = (link: string) => {
    const code = new URL(link).searchParams.get("opsaetning") ?? "";
    return Buffer.from(code, "base64url").toString("utf8");
  };
  await expect(page.getByTestId("start-link")).toHaveValue(/\/\?opsaetning=/);
  expect(setup(await page.getByTestId("start-link").inputValue())).toBe("persona=pensionist&sprog=en&dato=2026-12-15");
  await page.locator("#panel-start-page").selectOption("/sager");
  await expect(page.getByTestId("start-link")).toHaveValue(/\/sager\?opsaetning=/);
  // The old form keeps working.
  await page.goto("/sager?persona=gaeld");
  await expect(userName(page)).toContainText("Lars Bøgh Andersen");
});

test("the scenario clock decides what is overdue, and the panel moves it without a reload", async ({ page }) => {
  await page.goto("/sager?persona=mange-sager");
  await settled(page);
  const overdue = page.getByTestId("case-table").getByTestId("overdue");
  const atReference = await overdue.count();
  await page.goto("/sager?persona=mange-sager&dato=2027-12-31");
  await settled(page);
  const later = await overdue.count();
  expect(later).toBeGreaterThan(atReference);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await openPanel(page);
  await page.getByTestId("panel-date").fill("2026-01-05");
  await page.getByTestId("panel-date").dispatchEvent("change");
  await closePanel(page);
  await settled(page);
  await expect(overdue).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test("the marker survives: panel changes need no reload", async ({ page }) => {
  await page.goto("/?persona=familie&facilitator");
  await expandPanel(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.locator("#panel-lang-en").check();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.locator("#panel-persona").selectOption("pensionist");
  await page.getByTestId("panel-switch-person").click();
  await expect(userName(page)).toContainText("Inger Margrethe Søgaard");
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test("after inactivity a dialog counts down; Fortsæt keeps the session, otherwise it ends", async ({ page }) => {
  test.setTimeout(90_000); // two real 10 s countdowns: 18–20 s
  // 10 s of inactivity: the warning shows for the last 5 s, long enough for an axe scan on a
  // busy machine.
  await page.goto("/?persona=familie&udloeb=10");
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await expect(dialog).toContainText("Du bliver snart logget af");
  await expect(dialog).toContainText(/logget af om 0:0[1-5]/);
  await expect(page.getByTestId("timeout-continue")).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByTestId("timeout-continue").click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/$/);
  // Left alone, it ends.
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await expect(page).toHaveURL("/logget-af?aarsag=inaktiv", { timeout: 10_000 });
  await expect(page.getByTestId("timed-out")).toBeVisible();
  const keys = await storageKeys(page);
  expect(keys.session.filter((k) => !k.startsWith("mit-overblik.facilitator."))).toEqual([]);
});

test("task mode records time, pages, outcome and the SEQ per task and exports them without personal data", async ({ page }) => {
  await page.goto("/log-ind?facilitator");
  await expandPanel(page);
  await pickScenario(page, exampleText());
  await expect(page.getByTestId("scenario-loaded")).toBeVisible();
  await closePanel(page);
  await logInAs(page, EXAMPLE_NAME);
  await settled(page);
  await openPanel(page);
  await page.getByTestId("start-tasks").click();
  const bar = page.getByTestId("task-bar");
  await expect(bar).toContainText("Opgave 1 af 3");
  await page.getByRole("link", { name: "Økonomi" }).first().click();
  await expect(heading(page)).toHaveText("Økonomi");
  await bar.getByTestId("task-done").click();
  // The example asks the Single Ease Question after each task.
  await expect(bar.getByTestId("seq")).toContainText("hvor svær eller let");
  await bar.locator("#seq-6").check();
  await bar.getByTestId("seq-next").click();
  await expect(bar).toContainText("Opgave 2 af 3");
  await bar.getByTestId("task-skip").click();
  await bar.getByTestId("seq-skip").click();
  await expect(bar).toContainText("Opgave 3 af 3");
  await page.getByRole("link", { name: "Dine data" }).first().click();
  await expect(heading(page)).toHaveText("Dine data");
  await bar.getByTestId("task-done").click();
  await bar.getByTestId("seq-next").click();
  // …and the System Usability Scale after the last.
  await expect(page.getByTestId("sus")).toBeVisible();
  await page.getByTestId("sus-skip").click();
  await expect(bar.getByTestId("tasks-complete")).toBeVisible();

  await openPanel(page);
  const rows = page.getByTestId("task-result");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("naeste-udbetaling");
  await expect(rows.nth(0)).toContainText("/ › /oekonomi");
  await expect(rows.nth(0).getByTestId("result-seq")).toHaveText("6");
  await expect(rows.nth(1).getByTestId("verdict")).toContainText("Sprunget over");

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
  const csv = readFileSync(await csvDownload.path(), "utf8").replace(/^\ufeff/, "");
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toBe("deltager;scenarie;persona;opgave_id;opgave;udfald;resultat;resultat_rettet;svar_rigtigt;tid_sekunder;startet;sluttet;seq;fejl;antal_sider;sider;noter;sus");
  expect(lines).toHaveLength(4);
  // The first task's criterion is an answer, not judged until the facilitator marks it.
  expect(lines[1]).toMatch(/^;eksempel;eksempel;naeste-udbetaling;.*;faerdig;;nej;;\d+,\d;\d{4}-\d\d-\d\dT[\d:.]+Z;\d{4}-\d\d-\d\dT[\d:.]+Z;6;;2;\/ > \/oekonomi;;$/);
  expect(lines[2]).toMatch(/;sprunget-over;sprunget-over;/);
  // Each task of the example starts on the overview (its `startside`).
  expect(lines[3]).toMatch(/;faerdig;direkte-succes;nej;;\d+,\d;.*;2;\/ > \/dine-data;;$/);

  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-json").click()]);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), "utf8"));
  expect(json.format).toBe("mit-overblik/opgaveresultater");
  expect(json.version).toBe(2);
  expect(json.opgaver.map((t: { udfald: string }) => t.udfald)).toEqual(["faerdig", "sprunget-over", "faerdig"]);
  expect(json.opgaver[0].sekunder).toBeGreaterThan(0);
  expect(json.sus).toBeNull();
  const person = (example().endepunkter as Record<string, { data: { cpr?: string } }>).person.data;
  for (const text of [csv, JSON.stringify(json)]) {
    expect(text).not.toContain(EXAMPLE_NAME);
    expect(text).not.toContain("Susanne");
    if (person.cpr) expect(text).not.toContain(person.cpr.slice(0, 6));
  }
});

for (const lang of ["da", "en"] as const) {
  test(`axe-core: the login page, the panel and the task bar are clean (${lang})`, async ({ page }) => {
    await openIn(page, "/log-ind", lang);
    await expect(page.getByTestId("persona-choice").first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await openPanel(page);
    await pickScenario(page, exampleText());
    await expect(page.getByTestId("scenario-loaded")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await pickScenario(page, "{}");
    await expect(page.getByTestId("scenario-errors")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await closePanel(page);
    await logInAs(page, EXAMPLE_NAME);
    await settled(page);
    await openPanel(page);
    await page.getByTestId("start-tasks").click();
    await expect(page.getByTestId("task-bar")).toBeVisible();
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}
