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
  // Styles set through the DOM, not as attributes: the page's Content-Security-Policy refuses
  // inline style attributes.
  await page.evaluate(() => {
    const main = document.querySelector("main")!;
    const add = (parent: Element, tag: string, attrs: Record<string, string>, style: Partial<CSSStyleDeclaration>, text = "") => {
      const el = document.createElement(tag);
      Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
      Object.assign(el.style, style);
      el.textContent = text;
      parent.appendChild(el);
      return el;
    };
    add(main, "div", { id: "too-wide" }, { width: "3000px" }, "bred");
    const scroll = add(main, "div", { class: "table--responsive-scroll" }, { overflowX: "auto", width: "300px" });
    const wide = add(scroll, "table", { id: "wide-table" }, { width: "900px" });
    add(add(wide, "tr", {}, {}), "td", {}, {}, "x");
    add(main, "p", { id: "clipping" }, { overflow: "hidden", width: "40px", whiteSpace: "nowrap" }, "Denne tekst er skåret af");
    const narrow = add(main, "table", {}, {});
    add(add(narrow, "tr", {}, {}), "th", { id: "narrow-label" }, { width: "30px", overflowWrap: "anywhere" }, "Skattepligtig");
  });
  const problems = await layoutProblems(page, true);
  expect(problems.some((p) => p.startsWith("overflow") && p.includes("#too-wide"))).toBe(true);
  expect(problems.some((p) => p.startsWith("the page scrolls sideways"))).toBe(true);
  expect(problems.some((p) => p.startsWith("scrolls sideways") && p.includes("table--responsive-scroll"))).toBe(true);
  expect(problems.some((p) => p.startsWith("clipped") && p.includes("#clipping"))).toBe(true);
  expect(problems.some((p) => p.startsWith('broken word "Skattepligtig"'))).toBe(true);
});
