import { test as base } from "@playwright/test";

export { expect } from "@playwright/test";

/**
 * The tests of the sections start logged in: as if the participant had chosen `familie` on the
 * simulated login earlier in this tab (a start link's `?persona=` still wins). The toolkit's own
 * tests import Playwright's plain `test` and log in themselves.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      if (!window.sessionStorage.getItem("mit-overblik.persona")) {
        window.sessionStorage.setItem("mit-overblik.persona", "familie");
      }
    });
    await use(page);
  },
});
