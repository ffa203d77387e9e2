import { expect, test } from "./support/test";
import { heading, mainMenu, openIn } from "./support/app";
import { menuNames, routes } from "./support/routes";

test.describe("app shell", () => {
  for (const route of routes) {
    test(`${route.path} renders its page inside the layout, with title`, async ({ page, baseURL }) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      // Nothing fails to load, and nothing is loaded from outside the app's origin.
      page.on("response", (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
      });
      page.on("request", (request) => {
        if (!request.url().startsWith(baseURL!)) errors.push(`outside origin: ${request.url()}`);
      });
      await openIn(page, route.path);
      await expect(heading(page)).toHaveText(route.da);
      const expectedTitle = route.da === "Mit Overblik" ? "Mit Overblik" : `${route.da} – Mit Overblik`;
      await expect(page).toHaveTitle(expectedTitle);
      await expect(page.locator("header.header")).toBeVisible();
      await expect(page.locator("footer a", { hasText: "Tilgængelighedserklæring" })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "da");
      expect(errors).toEqual([]);
    });
  }

  test("the header names the service, marks the prototype and shows who is logged in", async ({ page }) => {
    await openIn(page, "/");
    await expect(page.locator(".solution-heading a")).toHaveText("Mit Overblik");
    await expect(page.getByTestId("prototype-badge")).toHaveText("Prototype");
    await expect(page.locator(".additional-info")).toContainText("Dette er en prototype");
    await expect(page.locator(".portal-user [data-testid=user-name]")).toContainText("Mette Kjær Sørensen");
    await expect(mainMenu(page).locator(".nav-link")).toHaveText(menuNames("da"));
  });

  test("the overview lays out in order: tile, cards, sources, then the footer", async ({ page }) => {
    await openIn(page, "/?persona=sygemeldt");
    await expect(page.getByTestId("tile-open")).toBeVisible();
    await expect(page.getByTestId("data-sources")).toBeVisible();
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const tile = await box("[data-testid=case-tile]");
    const sources = await box("[data-testid=data-sources]");
    const footer = await box("footer");
    expect(tile.height).toBeLessThan(400);
    expect(sources.y).toBeGreaterThan(tile.y + tile.height);
    expect(footer.y).toBeGreaterThanOrEqual(sources.y + sources.height);
  });

  test("the case tile keeps its height from loading to loaded (no layout shift)", async ({ page }) => {
    await openIn(page, "/?persona=sygemeldt&forsinkelse=sager:4000");
    const tile = page.getByTestId("case-tile");
    await expect(tile.getByRole("status")).toBeVisible();
    const loading = (await tile.boundingBox())!.height;
    await expect(page.getByTestId("tile-open")).toBeVisible({ timeout: 10_000 });
    const loaded = (await tile.boundingBox())!.height;
    expect(loaded).toBe(loading);
  });

  test("a deep link survives a reload", async ({ page }) => {
    await openIn(page, "/mine-oplysninger");
    await page.reload();
    await expect(heading(page)).toHaveText("Mine oplysninger");
    await expect(mainMenu(page).locator("li.current")).toHaveText("Mine oplysninger");
    await expect(mainMenu(page).locator("a[aria-current=page]")).toHaveText("Mine oplysninger");
  });

  test("an unknown address shows the translated not-found page with a way home", async ({ page }) => {
    await openIn(page, "/sager/noget/der/ikke/findes");
    await expect(heading(page)).toHaveText("Siden findes ikke");
    await page.getByTestId("lang-en").first().click();
    await expect(heading(page)).toHaveText("Page not found");
    await page.getByRole("link", { name: "Go to the front page" }).click();
    await expect(page).toHaveURL("/");
  });

  test("following a menu link moves focus to the new heading and changes the title", async ({ page }) => {
    await openIn(page, "/");
    await mainMenu(page).getByRole("link", { name: "Økonomi" }).click();
    await expect(page).toHaveURL("/oekonomi");
    await expect(heading(page)).toHaveText("Økonomi");
    await expect(heading(page)).toBeFocused();
    await expect(page).toHaveTitle("Økonomi – Mit Overblik");
    await page.goBack();
    await expect(heading(page)).toHaveText("Mit Overblik");
    await expect(heading(page)).toBeFocused();
  });

  test("the language choice changes texts and lang, and survives a reload", async ({ page }) => {
    await page.goto("/sager");
    await expect(page.locator("html")).toHaveAttribute("lang", "da");
    await page.locator(".portal-user").getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(heading(page)).toHaveText("Cases");
    await expect(page).toHaveTitle("Cases – Mit Overblik");
    await expect(mainMenu(page).locator(".nav-link")).toHaveText(menuNames("en"));
    await page.reload();
    await expect(heading(page)).toHaveText("Cases");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.locator(".portal-user").getByRole("button", { name: "Dansk" }).click();
    await expect(heading(page)).toHaveText("Sager");
  });

  test("'Log af' leads to the logged-out page, and /was to the accessibility statement", async ({ page }) => {
    await openIn(page, "/sager");
    await page.locator(".portal-user").getByRole("button", { name: "Log af" }).click();
    await expect(page).toHaveURL("/logget-af");
    await expect(heading(page)).toHaveText("Du er logget af");
    await page.goto("/was");
    await expect(page).toHaveURL("/tilgaengelighed");
    await expect(heading(page)).toHaveText("Tilgængelighedserklæring");
  });
});
