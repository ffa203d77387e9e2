// The component gallery (/komponenter): every generic component's named examples
// (src/components/<name>/examples.rs), in Danish and in English, at desktop and phone width, with
// no WCAG 2.1 A/AA violations. It is not in the menu and its code arrives in its own chunk.
import { expect, plainTest, test } from "./support/test";
import { axeViolations, heading, mainMenu, openIn } from "./support/app";

/** The catalogue's size (components::examples::CATALOGUE); a test there lists every folder. */
const COMPONENTS = 16;
const EXAMPLES = 42;
/** The one example that renders nothing: pagination for a single page. */
const EMPTY = "pagination-3";

const TITLE = { da: "Komponenter", en: "Components" };
/** The first example's name and a text inside it, per language. */
const FIRST = {
  da: { name: "Information med overskrift", text: "Du handler for Emma" },
  en: { name: "Information with a heading", text: "You are acting for Emma" },
};

for (const lang of ["da", "en"] as const) {
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    test(`the gallery renders every example in ${lang} at ${width}px, without WCAG 2.1 A/AA violations`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openIn(page, "/komponenter", lang);
      await expect(heading(page)).toHaveText(TITLE[lang]);
      await expect(page).toHaveTitle(`${TITLE[lang]} – Mit Overblik`);
      await expect(page.locator("[data-component]")).toHaveCount(COMPONENTS);
      await expect(page.getByTestId("gallery-contents").locator("a")).toHaveCount(COMPONENTS);
      const examples = page.locator("[data-example]");
      await expect(examples).toHaveCount(EXAMPLES);

      const first = examples.first();
      await expect(first.locator("h3")).toHaveText(FIRST[lang].name);
      await expect(first.locator(".alert-heading")).toHaveText(FIRST[lang].text);
      for (const example of await examples.all()) {
        const id = await example.getAttribute("data-example");
        await expect(example.locator("h3"), id!).not.toBeEmpty();
        const frame = example.locator(".gallery-frame");
        if (id === EMPTY) {
          await expect(frame.locator("*")).toHaveCount(0);
        } else {
          expect(await frame.locator("*").count(), id!).toBeGreaterThan(0);
        }
      }

      // Nothing widens the page: wide tables scroll inside their own region.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test("the gallery is not in the menu, and its code arrives only when it is visited", async ({ page }) => {
  const chunks: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (/\/split_gallery-[0-9a-f]+\.wasm$/.test(path)) chunks.push(path);
  });
  await openIn(page, "/");
  await expect(mainMenu(page).getByRole("link", { name: "Komponenter" })).toHaveCount(0);
  expect(chunks).toEqual([]);
  await page.goto("/komponenter");
  await expect(heading(page)).toHaveText("Komponenter");
  expect(chunks).toHaveLength(1);
});

test("the gallery's examples work: a dialog opens and closes, a failed card retries, links stay put", async ({ page }) => {
  await openIn(page, "/komponenter");
  await page.getByTestId("gallery-contents").getByRole("link", { name: "ModalDialog" }).click();
  await expect(page.locator("#komponent-dialog")).toBeFocused();

  const opener = page.getByTestId("example-dialog-confirm-open");
  await opener.click();
  const dialog = page.getByRole("dialog", { name: "Vil du trække samtykket tilbage?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Træk tilbage" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  const failed = page.locator("[data-example=dashboard_card-3]");
  await failed.getByRole("button", { name: "Prøv igen" }).click();
  await expect(failed.getByRole("alert")).toHaveCount(0);
  await expect(failed.locator(".dashboard-figure")).toHaveText("Vestergade 12, 7100 Vejle");

  // An example's link shows its address but does not leave the gallery.
  await page.locator("[data-example=pagination-1]").getByRole("link", { name: "Side 3" }).click();
  await expect(page).toHaveURL(/\/komponenter$/);
  await expect(heading(page)).toHaveText("Komponenter");
});

plainTest("a visitor who is not logged in is sent to the login first", async ({ page }) => {
  await page.goto("/komponenter");
  await expect(page).toHaveURL(/\/log-ind\?efter=%2Fkomponenter$/);
});
