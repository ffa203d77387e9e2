// Addresses from data that would run script or leave for an unencrypted site: every URL field
// of every answer (where to read a letter, an authority's self-service, whom to contact, where
// a law was read) is replaced in the browser before the app reads it. No such address may
// become a link, nothing may run, and every section keeps its data.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { openSettled } from "./support/app";
import { visibleCases } from "./support/fixtures";
import { layoutProblems } from "./support/layout";
import { WIDTHS } from "./support/routes";

const URL_FIELDS = new Set(["web", "laesHer", "selvbetjening", "borgerDkArtikel", "url"]);
const HOSTILE = ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "http://evil.example/", " javascript:alert(1)", "JaVaScRiPt:alert(1)"];

/** Replaces every URL field in `value`, in turn with each hostile address. */
function poison(value: unknown, counter: { n: number }): unknown {
  if (Array.isArray(value)) return value.map((v) => poison(v, counter));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) =>
        URL_FIELDS.has(key) && typeof v === "string" ? [key, HOSTILE[counter.n++ % HOSTILE.length]] : [key, poison(v, counter)],
      ),
    );
  }
  return value;
}

async function poisonAnswers(page: Page) {
  const counter = { n: 0 };
  await page.route(/\/api\/.*\.json$/, async (route) => {
    const response = await route.fetch();
    const body = poison(await response.json(), counter);
    await route.fulfill({ response, json: body });
  });
  return counter;
}

const persona = "mange-sager";
const detail = visibleCases(persona)[0];
const PAGES = ["/", "/sager", `/sager/${detail.id}`, "/oekonomi", "/mine-oplysninger", "/digital-post", "/dine-data", "/opgaver", "/nyt", "/kalender"];

test("no address from data that is not https: becomes a link, nothing runs, and every section keeps its data", async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const counter = await poisonAnswers(page);
  for (const path of PAGES) {
    await openSettled(page, `${path}?persona=${persona}`);
    // Open every disclosure, so links inside them are in the DOM and visible.
    await page.evaluate(() => document.querySelectorAll("main details").forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const unsafe = hrefs.filter((href) => !/^(\/|#|https:\/\/)/i.test(href.trim()) || /^https:\/\/evil/.test(href));
    expect(unsafe, path).toEqual([]);
    await expect(page.getByTestId("section-error"), path).toHaveCount(0);
    // The letters are still listed, without a link to read them.
    if (path === "/digital-post") {
      await expect(page.getByTestId("post-row").first()).toBeVisible();
      await expect(page.getByRole("link", { name: /Læs brevet/ })).toHaveCount(0);
    }
    // A contact without a safe address is named as text.
    if (path === "/mine-oplysninger") {
      await expect(page.getByTestId("source-contact").first()).toBeVisible();
    }
  }
  expect(counter.n).toBeGreaterThan(20);
  expect(dialogs).toEqual([]);
});

test("an open right-to-left override and a 10,000-character word from data neither turn the app's text around nor widen the page", async ({ page }) => {
  test.setTimeout(90_000);
  const longWord = "x".repeat(10_000);
  await page.route(/\/api\/v1\/.*\.json$/, async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    if (body && typeof body === "object" && body.kilde) {
      body.kilde.register = `\u202E${body.kilde.register}`;
      body.kilde.myndighed = `${body.kilde.myndighed} ${longWord}`;
    }
    await route.fulfill({ response, json: body });
  });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ["/", "/oekonomi", "/digital-post", "/mine-oplysninger"]) {
      await openSettled(page, `${path}?persona=familie`);
      const text = await page.locator("body").innerText();
      expect(text.includes("\u202E"), `${path} at ${width}`).toBe(false);
      expect(text).toContain(longWord.slice(0, 100));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width}`).toBeLessThanOrEqual(0);
    }
  }
});

// The hostile persona (scripts/fixtures/hostile.mjs): every page, both widths. Nothing from data
// may run, become a link that is not https:, add an element or an event handler, widen the page
// or take down more than its own section.
const HOSTILE_PERSONA = "fjendtlig";
const HOSTILE_PAGES = ["/", "/sager", "/oekonomi", "/mine-oplysninger", "/digital-post", "/dine-data", "/handl-for", "/opgaver", "/nyt", "/kalender", "/kalender?visning=maaned&maaned=2027-01", "/soeg?q=alert"];
for (const { name, width, height } of WIDTHS) {
  test(`the hostile persona's answers run nothing and break no page (${name})`, async ({ page }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await openSettled(page, `/sager?persona=${HOSTILE_PERSONA}`);
    // One case's detail too: the first the list links to.
    const detail = await page.locator('main a[href^="/sager/"]').first().getAttribute("href");
    let shownAsText = 0;
    for (const path of [...HOSTILE_PAGES, detail!]) {
      await openSettled(page, path);
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      expect.soft(hrefs.filter((href) => !/^(\/|#|https:\/\/)/i.test(href.trim()) || /evil/.test(href)), path).toEqual([]);
      // No element or handler from data: the markup is shown as text.
      const injected = await page.evaluate(
        () => document.querySelectorAll("body script, [onerror], [onload], img[src='x'], main svg[onload]").length,
      );
      expect.soft(injected, path).toBe(0);
      // Markup from data is on screen, as text (the page shows the hostile answers, not an error).
      if (/<(script|img|svg)|onerror=|onload=/.test(await page.locator("body").innerText())) shownAsText++;
      // Every section shows its data or its own error; none is still loading; the page stays
      // within the window (a 10,000-character word breaks where it must).
      await expect(page.locator("h1"), path).toBeVisible();
      // A table may scroll inside its own box (a 100-billion amount, a 10,000-character word in a
      // column); the page itself may not.
      const problems = (await layoutProblems(page, false)).filter((p) => !p.startsWith("broken word"));
      expect.soft(problems, `${path} at ${width}px`).toEqual([]);
    }
    // Every page but the act-for page (names only) shows some of the markup as text.
    expect(shownAsText).toBeGreaterThanOrEqual(HOSTILE_PAGES.length);
    expect(dialogs, "script executions").toEqual([]);
    info.annotations.push({ type: "hostile walk", description: `${HOSTILE_PAGES.length + 1} pages at ${width}px, 0 script executions` });
    console.log(`Hostile walk (${name}, ${width}px): ${HOSTILE_PAGES.length + 1} pages, ${dialogs.length} script executions`);
  });
}

test("right-to-left names from data are isolated inside the app's sentences", async ({ page }) => {
  // A Hebrew register name and an Arabic authority: real letters, not control characters.
  const register = "מרשם האוכלוסין";
  const authority = "هيئة البيانات";
  await page.route(/\/api\/v1\/.*\.json$/, async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    if (body && typeof body === "object" && body.kilde) {
      body.kilde.register = register;
      body.kilde.myndighed = authority;
    }
    await route.fulfill({ response, json: body });
  });
  await openSettled(page, "/?persona=familie");
  // "Hentet fra <register> kl. 07.02": the name sits in its own <bdi>, the app's words keep their order.
  const freshness = page.getByTestId("source-freshness").first();
  await expect(freshness.locator("bdi")).toHaveText(register);
  await expect(freshness).toHaveText(new RegExp(`^Hentet fra ${register} kl\\. \\d{2}\\.\\d{2}$`));
  await openSettled(page, "/mine-oplysninger?persona=familie");
  const origin = page.locator(".source-origin").first();
  await expect(origin.locator("bdi")).toHaveText([authority, register]);
});
