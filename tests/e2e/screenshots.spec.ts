// Screenshot comparisons of the main pages at desktop and phone width, against committed
// baselines (tests/e2e/screenshots.spec.ts-snapshots/), so a layout change shows in review.
// The first screen of each page, as a person opens it; data and "today" come from the fixtures
// and the scenario clock, so the pictures do not change from day to day. After an intended
// change: `npx playwright test tests/e2e/screenshots.spec.ts --update-snapshots`, then look at
// the new pictures before committing them.
import { expect, test } from "./support/test";
import { WIDTHS } from "./support/routes";
import { openSettled } from "./support/app";

const PAGES = [
  { name: "overview", path: "/", persona: "familie" },
  { name: "cases", path: "/sager", persona: "mange-sager" },
  { name: "economy", path: "/oekonomi", persona: "pensionist" },
  { name: "my-data", path: "/mine-oplysninger", persona: "familie" },
  { name: "digital-post", path: "/digital-post", persona: "familie" },
  { name: "data-use", path: "/dine-data", persona: "sygemeldt" },
] as const;

for (const { name, path, persona } of PAGES) {
  for (const size of WIDTHS) {
    test(`${name} looks as it did at ${size.name} width`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openSettled(page, `${path}?persona=${persona}`);
      await page.evaluate(() => document.fonts.ready);
      // Font hinting and anti-aliasing differ a little between machines: a few pixels may.
      await expect(page).toHaveScreenshot(`${name}-${size.name}.png`, {
        animations: "disabled",
        caret: "hide",
        maxDiffPixelRatio: 0.01,
        threshold: 0.2,
      });
    });
  }
}
