// The facilitator guide's screenshots (docs/images/guide-*.png), taken from the release build as
// a facilitator and a participant would see it, in Danish at 1280 px (the questionnaire also at
// 390 px): a study set up in the panel, its start link, the page a link opens where the scenario
// is not loaded, the participant's login, the task bar with the SEQ, the SUS, a note, the results
// with verdicts, and the combined report. Not part of the test command; run after a build:
//   node scripts/guide-screenshots.mjs [--base http://127.0.0.1:4173]
// (the end-to-end server: `node scripts/e2e-server.mjs --port 4173 --dir dist`).
// The panel as it first opens is guide-panel.png; the other images in docs/images are older.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";

const args = process.argv.slice(2);
const base = args.includes("--base") ? args[args.indexOf("--base") + 1] : "http://127.0.0.1:4173";
const out = (name) => join("docs", "images", `guide-${name}.png`);
const example = readFileSync("public/api/scenarier/eksempel.json");
const file = { name: "eksempel.json", mimeType: "application/json", buffer: example };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: base });
const page = await context.newPage();
const shot = async (name, target = page) => {
  await target.screenshot({ path: out(name), animations: "disabled" });
  console.log(`guide-screenshots: ${out(name)}`);
};
const section = async (id, name) => {
  const element = page.locator(`section[aria-labelledby=${id}]`);
  await element.scrollIntoViewIfNeeded();
  await element.screenshot({ path: out(name) });
  console.log(`guide-screenshots: ${out(name)}`);
};

// The facilitator sets up the study: the panel as it first opens, its sections folded.
await page.goto("/log-ind?facilitator");
await page.getByTestId("panel-status").waitFor();
await shot("panel");
const folded = page.locator("#facilitator-panel details:not([open]) > summary");
while ((await folded.count()) > 0) await folded.first().click();
await page.getByTestId("scenario-file").setInputFiles(file);
await page.getByTestId("scenario-loaded").waitFor();
await page.locator("#panel-study-eksempel").check();
await page.getByTestId("panel-participant").fill("D1");
await page.getByTestId("panel-participant").dispatchEvent("change");
await section("panel-study", "panel-study");
await page.getByTestId("link-logs-in").uncheck();
await page.locator("#failure-skat").selectOption("500");
await section("panel-link", "start-link");
const link = await page.getByTestId("start-link").inputValue();

// The same link on a computer without the scenario.
const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const away = await other.newPage();
await away.goto(link);
await away.getByTestId("awaited-scenario").waitFor();
await shot("scenario-awaited", away);
await other.close();

// The participant's start.
await page.goto(link);
await page.getByTestId("persona-choice").waitFor();
await shot("login-study");
await page.getByTestId("log-in").click();
await page.locator("[data-testid=user-name]").first().waitFor();
await page.keyboard.press("Control+Shift+F");
await page.getByTestId("start-tasks").click();
const bar = page.getByTestId("task-bar");
await bar.getByTestId("task-done").waitFor();
await page.waitForLoadState("networkidle");
await shot("task-bar");
await bar.getByTestId("task-done").click();
await bar.locator("#seq-6").check();
await shot("seq");
await bar.getByTestId("seq-next").click();
await page.keyboard.press("Control+Shift+L");
await page.getByTestId("note-text").fill("Ledte først under Sager i menuen.");
await shot("note");
await page.getByTestId("note-save").click();
await page.getByTestId("note-close").click();
await page.locator(".navigation-menu nav").getByRole("link", { name: "Sager" }).first().click();
await page.getByTestId("case-table").getByRole("link", { name: "Opfølgning på din sygemelding" }).click();
await bar.getByTestId("task-done").click();
await bar.locator("#seq-5").check();
await bar.getByTestId("seq-next").click();
await bar.getByTestId("task-skip").click();
await bar.getByTestId("seq-skip").click();
await page.getByTestId("sus").waitFor();
for (let i = 1; i <= 3; i++) await page.locator(`#sus-${i}-${i % 2 ? 4 : 2}`).check();
await shot("sus");
await page.setViewportSize({ width: 390, height: 844 });
await shot("sus-phone");
await page.setViewportSize({ width: 1280, height: 900 });
for (let i = 4; i <= 10; i++) await page.locator(`#sus-${i}-${i % 2 ? 4 : 2}`).check();
await page.getByTestId("sus-submit").click();
await bar.getByTestId("tasks-complete").waitFor();

// The facilitator judges and hands over.
await page.keyboard.press("Control+Shift+F");
await page.getByTestId("task-result").first().getByTestId("answer-mark").selectOption("ja");
await section("panel-tasks", "panel-results");
await page.getByTestId("new-participant").click();
await page.getByTestId("panel-participant").fill("D2");
await page.getByTestId("panel-participant").dispatchEvent("change");
await page.getByTestId("panel-close").click();
await page.getByTestId("log-in").click();
await page.keyboard.press("Control+Shift+F");
await page.getByTestId("start-tasks").click();
for (const [value, menu] of [[4, "Økonomi"], [2, null], [7, "Dine data"]]) {
  if (menu) await page.locator(".navigation-menu nav").getByRole("link", { name: menu }).first().click();
  await bar.getByTestId("task-done").click();
  await bar.locator(`#seq-${value}`).check();
  await bar.getByTestId("seq-next").click();
}
await page.getByTestId("sus").waitFor();
for (let i = 1; i <= 10; i++) await page.locator(`#sus-${i}-${i % 2 ? 5 : 2}`).check();
await page.getByTestId("sus-submit").click();

// The combined report.
await page.goto("/resultater");
await page.getByTestId("report-from-tab").click();
await page.getByTestId("report-status").waitFor();
await page.screenshot({ path: out("report"), fullPage: true });
console.log(`guide-screenshots: ${out("report")}`);
await browser.close();
