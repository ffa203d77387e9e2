import type { Page } from "@playwright/test";

/**
 * What a person would see as broken on the page as it stands, one line each:
 * - `the page scrolls sideways`: the document is wider than the window, whatever made it so;
 * - `overflow`: a visible element reaches past the right edge of the window, outside a
 *   designated scroll region (a DataTable's or the reuse map's scroll box while it scrolls);
 * - `scrolls`: a designated scroll region needs sideways scrolling at desktop width (`wide`);
 * - `clipped`: an element that hides its overflow cuts off its own text;
 * - `broken word`: a word in a label (a header cell, form label, term, badge, button, menu link,
 *   summary) is split over two lines.
 * Visually hidden text (1×1 px, clipped for screen readers) is not looked at.
 */
export async function layoutProblems(page: Page, wide: boolean): Promise<string[]> {
  return page.evaluate((wide) => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const name = (el: Element) => {
      const id = el.id ? `#${el.id}` : "";
      const testid = el.getAttribute("data-testid");
      const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join(".")}` : "";
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${cls}${testid ? `[${testid}]` : ""} "${text}"`;
    };
    const hidden = (el: Element): boolean => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === "none" || style.visibility === "hidden") return true;
        const rect = node.getBoundingClientRect();
        // Visually hidden for screen readers (DKFDS .sr-only and the like): a clipped 1 px box.
        if (node.classList.contains("sr-only")) return true;
        if ((rect.width <= 1 || rect.height <= 1) && (style.overflow === "hidden" || style.clip !== "auto")) return true;
      }
      return false;
    };
    const scrolling = (style: CSSStyleDeclaration) => style.overflowX === "auto" || style.overflowX === "scroll";
    const designated = (el: Element) => el.matches(".table--responsive-scroll, .reuse-map-scroll, [data-scroll-region]");
    /** The nearest ancestor that scrolls sideways, if it is a designated scroll region. */
    const inScrollRegion = (el: Element) => {
      for (let node = el.parentElement; node; node = node.parentElement) {
        if (scrolling(getComputedStyle(node))) return designated(node);
      }
      return false;
    };

    // Text can stick out of a box that stays within the window (a label wider than its button):
    // the page itself must never scroll sideways.
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth > width + 1) problems.push(`the page scrolls sideways (${pageWidth} > ${width})`);

    const all = Array.from(document.body.querySelectorAll("*"));
    for (const el of all) {
      if (el.closest("svg") && el.tagName.toLowerCase() !== "svg") continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.right > width + 1 && !inScrollRegion(el) && !hidden(el)) {
        problems.push(`overflow by ${Math.round(rect.right - width)} px: ${name(el)}`);
      }
      const style = getComputedStyle(el);
      if (wide && designated(el) && scrolling(style) && el.scrollWidth > el.clientWidth + 1 && !hidden(el)) {
        problems.push(`scrolls sideways at desktop width (${el.scrollWidth} > ${el.clientWidth}): ${name(el)}`);
      }
      const clips = style.overflowX === "hidden" || style.overflowX === "clip";
      if (clips && !designated(el) && el.scrollWidth > el.clientWidth + 1 && !hidden(el) && (el.textContent ?? "").trim()) {
        problems.push(`clipped (${el.scrollWidth} > ${el.clientWidth}): ${name(el)}`);
      }
    }

    const labels = document.body.querySelectorAll(
      "th, label, dt, legend, summary, button, .badge, .nav-link, .form-label, .dashboard-figure",
    );
    for (const label of Array.from(labels)) {
      if (hidden(label)) continue;
      const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement && hidden(node.parentElement)) continue;
        const text = node.textContent ?? "";
        const words = /[^\s]+/g;
        for (let match = words.exec(text); match; match = words.exec(text)) {
          // A word may wrap at its own hyphen or slash ("JC-2026-041064", "og/eller").
          if (/[-–/]/.test(match[0]) || match[0].length < 2) continue;
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) problems.push(`broken word "${match[0]}" in ${name(label)}`);
        }
      }
    }
    return [...new Set(problems)];
  }, wide);
}
