import { expect, test } from "./support/test";
import { heading, mainMenu, openIn } from "./support/app";

// How the release build is delivered: the first view without any section's code, each section's
// chunk fetched when it is first visited, a failed chunk that can be tried again, and every
// asset served precompressed.

const sectionChunk = /\/split_[a-z_]+-[0-9a-f]+\.wasm$/;

test.describe("code loaded on demand", () => {
  test("the overview loads no section chunk (only its own parts); a section's chunk arrives when it is visited", async ({ page }) => {
    const chunks: string[] = [];
    page.on("request", (request) => {
      if (sectionChunk.test(new URL(request.url()).pathname)) chunks.push(new URL(request.url()).pathname);
    });
    // A persona with open cases, so the case list has a table.
    await openIn(page, "/?persona=sygemeldt");
    await expect(page.getByTestId("case-tile")).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expect(page.getByTestId("data-sources")).toBeVisible();
    // The overview's own parts: its page and cards, the data-sources table below the fold, the
    // two cards of the views across sources (Det venter vi på fra dig, Nyt siden sidst), and the
    // sources' decoders (every source but the session).
    const ownParts = ["/split_overview-", "/split_overview_sources-", "/split_event_cards-", "/split_decoders-"];
    expect(chunks.filter((path) => !ownParts.some((part) => path.includes(part)))).toEqual([]);

    await mainMenu(page).getByRole("link", { name: "Sager" }).click();
    await expect(heading(page)).toHaveText("Sager");
    await expect(page.getByTestId("case-table")).toBeVisible();
    expect(chunks.some((path) => path.includes("/split_cases-"))).toBe(true);
    expect(chunks.some((path) => path.includes("/split_economy-"))).toBe(false);

    await mainMenu(page).getByRole("link", { name: "Økonomi" }).click();
    await expect(heading(page)).toHaveText("Økonomi");
    expect(chunks.some((path) => path.includes("/split_economy-"))).toBe(true);
  });

  for (const lang of ["da", "en"] as const) {
    test(`a section whose chunk fails to load says so (${lang}), and 'try again' shows it`, async ({ page }) => {
      let blocked = true;
      await page.route(/\/split_cases-[0-9a-f]+\.wasm$/, (route) => (blocked ? route.abort("failed") : route.continue()));
      await openIn(page, "/?persona=sygemeldt", lang);
      await mainMenu(page).getByRole("link", { name: lang === "da" ? "Sager" : "Cases" }).click();

      const error = page.getByTestId("chunk-error");
      await expect(error).toBeVisible();
      await expect(error).toHaveAttribute("role", "alert");
      await expect(heading(page)).toHaveText(lang === "da" ? "Siden kunne ikke hentes" : "The page could not be loaded");
      await expect(heading(page)).toBeFocused();
      // The rest of the app still works: the menu, the header, the user's name.
      await expect(page.locator(".portal-user").getByTestId("user-name")).not.toBeEmpty();
      await expect(page).toHaveURL(/\/sager$/);

      blocked = false;
      await page.getByTestId("chunk-retry").click();
      await expect(heading(page)).toHaveText(lang === "da" ? "Sager" : "Cases");
      await expect(page.getByTestId("case-table")).toBeVisible();
      await expect(error).toHaveCount(0);

      // Once loaded, the section keeps working, and the overview was never affected.
      await mainMenu(page).getByRole("link", { name: lang === "da" ? "Overblik" : "Overview" }).click();
      await expect(page.getByTestId("case-tile")).toBeVisible();
      await mainMenu(page).getByRole("link", { name: lang === "da" ? "Sager" : "Cases" }).click();
      await expect(page.getByTestId("case-table")).toBeVisible();
    });
  }

  test("the sources' decoders arrive in their own chunk; if it fails, each card says so, the rest of the page works, and 'try again' loads it", async ({ page }) => {
    let blocked = true;
    const decoders = /\/split_decoders-[0-9a-f]+\.wasm$/;
    await page.route(decoders, (route) => (blocked ? route.abort("failed") : route.continue()));
    await openIn(page, "/?persona=sygemeldt");
    // The session is read by the main module: the header names the citizen.
    await expect(page.locator(".portal-user").getByTestId("user-name")).not.toBeEmpty();
    const cases = page.locator("[data-testid=case-tile] [data-testid=section-error][data-source=sager]");
    await expect(cases).toBeVisible();
    await expect(cases).toContainText("forbindelse");
    await expect(page.locator("[data-testid=tax-card] [data-testid=section-error][data-source=skat]")).toBeVisible();
    // The page's frame was handed over, the menu works.
    await expect(heading(page)).toBeVisible();
    await expect(mainMenu(page).getByRole("link", { name: "Sager" })).toBeVisible();

    blocked = false;
    await cases.getByRole("button", { name: "Prøv igen" }).click();
    await expect(page.getByTestId("tile-open")).toBeVisible();
    await expect(cases).toHaveCount(0);
    // The other sources keep their own error until they are tried again.
    const tax = page.locator("[data-testid=tax-card] [data-testid=section-error][data-source=skat]");
    await expect(tax).toBeVisible();
    await tax.getByRole("button", { name: "Prøv igen" }).click();
    await expect(page.getByTestId("tax-card-kind")).toBeVisible();
    await mainMenu(page).getByRole("link", { name: "Økonomi" }).click();
    await expect(heading(page)).toHaveText("Økonomi");
    const debt = page.locator("[data-testid=section-error][data-source=gaeld]");
    await debt.getByRole("button", { name: "Prøv igen" }).click();
    await expect(debt).toHaveCount(0);
    // sygemeldt owes nothing: said once the answer is read.
    await expect(page.getByTestId("no-debt")).toBeVisible();
  });

  test("a deep link into a section whose chunk fails shows the message inside the layout", async ({ page }) => {
    await page.route(/\/split_economy-[0-9a-f]+\.wasm$/, (route) => route.abort("failed"));
    await openIn(page, "/oekonomi");
    await expect(page.getByTestId("chunk-error")).toBeVisible();
    await expect(mainMenu(page)).toBeVisible();
    await expect(page.locator("footer")).toBeVisible();
  });
});

test.describe("compressed delivery", () => {
  test("the app's wasm, JS, CSS and the page itself arrive compressed with brotli", async ({ page }) => {
    const encodings = new Map<string, string>();
    page.on("response", async (response) => {
      const path = new URL(response.url()).pathname;
      if (/\.(wasm|js|css)$/.test(path) || path === "/") {
        encodings.set(path, (await response.allHeaders())["content-encoding"] ?? "none");
      }
    });
    await openIn(page, "/");
    await page.waitForLoadState("networkidle");
    const mainWasm = [...encodings.keys()].find((path) => /^\/mit-overblik-[0-9a-f]+_bg\.wasm$/.test(path));
    expect(mainWasm, "the main wasm was fetched").toBeTruthy();
    for (const [path, encoding] of encodings) {
      expect(encoding, path).toBe("br");
    }
  });

  test("a client that accepts only gzip gets gzip, and one that accepts nothing gets the file", async ({ request }) => {
    const html = await request.get("/", { headers: { "Accept-Encoding": "gzip" } });
    expect(html.headers()["content-encoding"]).toBe("gzip");
    expect(await html.text()).toContain("<!DOCTYPE html>");
    const plain = await request.get("/", { headers: { "Accept-Encoding": "identity" } });
    expect(plain.headers()["content-encoding"]).toBeUndefined();
    expect(plain.headers()["vary"]).toBe("Accept-Encoding");
  });
});
