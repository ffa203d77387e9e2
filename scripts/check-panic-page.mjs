// Checks the panic page in a real browser against the debug build that `trunk serve` runs (used by
// scripts/check-serve.sh): /udvikler/panik panics on purpose in debug builds only
// (src/shell/not_found.rs), and the page must then say "Noget gik galt" (or "Something went
// wrong" in English) with a link that reloads it, instead of freezing.
// Usage: node scripts/check-panic-page.mjs <port>
import { chromium } from "playwright-core";

const port = process.argv[2] ?? "8091";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
let failed = false;
try {
  for (const [lang, heading, reload] of [["da", "Noget gik galt", "Genindlæs siden"], ["en", "Something went wrong", "Reload the page"]]) {
    const page = await browser.newPage();
    const panics = [];
    page.on("console", (message) => message.text().includes("panicked") && panics.push(message.text().split("\n")[0]));
    await page.addInitScript((code) => window.localStorage.setItem("mit-overblik.sprog", code), lang);
    await page.goto(`http://127.0.0.1:${port}/udvikler/panik?persona=familie`);
    const shown = page.locator("[data-testid=panic-page]");
    await shown.waitFor({ timeout: 60_000 });
    const text = await shown.innerText();
    const href = await shown.getByRole("link", { name: reload }).getAttribute("href");
    // The start link's setup (?persona=) is taken out of the address once read (src/state/start_link.rs),
    // so the reload link is the tidied address: the same page, still logged in from the tab's storage.
    const ok = text.includes(heading) && href === page.url() && new URL(href).pathname === "/udvikler/panik" && panics.length > 0;
    console.log(`panic page (${lang}): ${ok ? "shown" : "NOT shown"}: "${text.split("\n")[0]}", reload link ${href}, ${panics.length} panic logged`);
    failed ||= !ok;
    // Following it reloads the same page, still logged in (not the login page).
    await shown.getByRole("link", { name: reload }).click();
    await page.waitForLoadState("load");
    const again = await page.locator("[data-testid=panic-page]").waitFor({ timeout: 60_000 }).then(() => true, () => false);
    console.log(`panic page (${lang}): the reload link ${again ? "shows it again" : "did NOT show it again"} (${new URL(page.url()).pathname})`);
    failed ||= !again;
    await page.close();
  }
} catch (error) {
  console.log(`panic page: ${error.message}`);
  failed = true;
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
