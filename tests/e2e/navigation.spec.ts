// Clicking through the app as a citizen does: every menu item and back, for three personas at
// desktop and phone width. The fixture (support/test.ts) fails any test on a Rust panic or a
// page error, so these runs prove in-app navigation leaves the wasm module sound.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { heading, openSettled } from "./support/app";
import { menu, WIDTHS } from "./support/routes";

const PERSONAS = ["familie", "pensionist", "mange-sager"] as const;
const ROUNDS = 2;

/** Follows the menu link `name`: the desktop menu, or the phone's drawer. */
async function follow(page: Page, name: string, phone: boolean) {
  if (phone) {
    await page.getByRole("button", { name: "Menu" }).click();
    await page.locator("#mobile-drawer").getByRole("link", { name: new RegExp(`^${name}`) }).click();
  } else {
    await page.locator(".navigation-menu nav").getByRole("link", { name: new RegExp(`^${name}`) }).click();
  }
}

for (const persona of PERSONAS) {
  for (const size of WIDTHS) {
    test(`${persona} at ${size.name} width: every menu item and back, ${ROUNDS} rounds, without a panic`, async ({
      page,
    }) => {
      test.setTimeout(120_000); // 36 navigations, each waiting for its heading
      await page.setViewportSize({ width: size.width, height: size.height });
      // From a page outside the menu, so the first item ("Overblik") is a navigation of its own:
      // the start link's setup leaves the address, so `/?persona=…` would already be `/`.
      await openSettled(page, `/kalender?persona=${persona}`);
      let navigations = 0;
      for (let round = 0; round < ROUNDS; round++) {
        for (const name of menu.da) {
          await follow(page, name, size.name === "phone");
          await expect(heading(page)).toHaveText(name === "Overblik" ? "Mit Overblik" : name);
          navigations++;
          await page.goBack();
          await expect(heading(page)).toBeVisible();
          navigations++;
          await page.goForward();
          await expect(heading(page)).toHaveText(name === "Overblik" ? "Mit Overblik" : name);
          navigations++;
        }
      }
      test.info().annotations.push({ type: "navigations", description: String(navigations) });
      console.log(`${persona} ${size.name}: ${navigations} navigations, no panic`);
      expect(navigations).toBe(ROUNDS * menu.da.length * 3);
    });
  }
}
