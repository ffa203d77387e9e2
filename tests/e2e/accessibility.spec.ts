import { expect, test } from "./support/test";
import { axeViolations, heading, openIn, settled } from "./support/app";
import { visibleCases } from "./support/fixtures";
import { routes, WIDTHS } from "./support/routes";


for (const lang of ["da", "en"] as const) {
  for (const size of WIDTHS) {
    for (const route of routes) {
      test(`axe: ${route.path} in ${lang} at ${size.name} width has no WCAG 2.1 A/AA violations`, async ({ page }) => {
        await page.setViewportSize({ width: size.width, height: size.height });
        await openIn(page, route.path, lang);
        await expect(heading(page)).toHaveText(route[lang]);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        // The component gallery shows loading states on purpose; every other page is checked loaded.
        if (route.path !== "/komponenter") await settled(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
}

const closedCase = visibleCases("familie").find((c) => c.fremdrift.kode === "Afsluttet")!;
const openCase = visibleCases("sygemeldt").find((c) => c.afventerBorger)!;
const casePages = [
  { path: "/sager?persona=mange-sager", da: "Sager", en: "Cases" },
  { path: "/sager?persona=mange-sager&fane=afsluttede&sorter=titel&retning=stigende", da: "Sager", en: "Cases" },
  { path: `/sager/${closedCase.id}?persona=familie`, da: closedCase.titel, en: closedCase.titel },
  { path: `/sager/${openCase.id}?persona=sygemeldt`, da: openCase.titel, en: openCase.titel },
  { path: "/?persona=tilflytter", da: "Mit Overblik", en: "Mit Overblik" },
];

for (const lang of ["da", "en"] as const) {
  for (const route of casePages) {
    test(`axe: ${route.path} in ${lang} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
      await openIn(page, route.path, lang);
      await expect(heading(page)).toHaveText(route[lang]);
      await settled(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
