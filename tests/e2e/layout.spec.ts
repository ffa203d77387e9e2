// What a person sees, checked on every route for three personas at phone and desktop width: no
// element past the window's edge outside a designated scroll region, no table that needs
// sideways scrolling on a desktop, no clipped text, no word broken inside a label
// (support/layout.ts says exactly what each check looks at).
import { expect, test } from "./support/test";
import { openIn, openSettled } from "./support/app";
import { visibleCases } from "./support/fixtures";
import { layoutProblems } from "./support/layout";
import { routes, WIDTHS } from "./support/routes";

const PERSONAS = ["familie", "pensionist", "mange-sager"] as const;

for (const persona of PERSONAS) {
  const firstCase = visibleCases(persona)[0];
  const paths: string[] = [...routes.map((r) => r.path), ...(firstCase ? [`/sager/${firstCase.id}`] : [])];
  for (const size of WIDTHS) {
    test(`${persona} at ${size.name} width: every route lays out without overflow, clipping or broken words`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: size.width, height: size.height });
      const found: string[] = [];
      for (const path of paths) {
        const address = `${path}?persona=${persona}`;
        // The component gallery shows loading states on purpose: it never settles.
        await (path === "/komponenter" ? openIn(page, address) : openSettled(page, address));
        found.push(...(await layoutProblems(page, size.name === "desktop")).map((problem) => `${path}: ${problem}`));
      }
      expect(found).toEqual([]);
    });
  }
}

test("the layout checks find what they look for", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openSettled(page, "/?persona=familie");
  expect(await layoutProblems(page, true)).toEqual([]);
  // Break the page the five ways the checks name, then ask again.
  await page.evaluate(() => {
    const main = document.querySelector("main")!;
    main.insertAdjacentHTML(
      "beforeend",
      `<div id="too-wide" style="width: 3000px">bred</div>
       <div class="table--responsive-scroll" style="overflow-x: auto; width: 300px"><table id="wide-table" style="width: 900px"><tr><td>x</td></tr></table></div>
       <p id="clipping" style="overflow: hidden; width: 40px; white-space: nowrap">Denne tekst er skåret af</p>
       <table><tr><th id="narrow-label" style="width: 30px; overflow-wrap: anywhere">Skattepligtig</th></tr></table>`,
    );
  });
  const problems = await layoutProblems(page, true);
  expect(problems.some((p) => p.startsWith("overflow") && p.includes("#too-wide"))).toBe(true);
  expect(problems.some((p) => p.startsWith("the page scrolls sideways"))).toBe(true);
  expect(problems.some((p) => p.startsWith("scrolls sideways") && p.includes("table--responsive-scroll"))).toBe(true);
  expect(problems.some((p) => p.startsWith("clipped") && p.includes("#clipping"))).toBe(true);
  expect(problems.some((p) => p.startsWith('broken word "Skattepligtig"'))).toBe(true);
});
