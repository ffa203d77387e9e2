import { test as base, type Page } from "@playwright/test";

export { expect } from "@playwright/test";

/**
 * A Rust panic or an uncaught error on the page, or anything the Content-Security-Policy refused
 * (the release build runs under a strict policy: a refused script, style or request is a defect),
 * as the browser reported it.
 */
const isFailure = (text: string) =>
  /panicked|RuntimeError|unreachable|Content Security Policy|integrity/i.test(text);

/**
 * Every test fails on a Rust panic, an uncaught page error or a CSP violation, wherever it
 * happens (in-app navigation included): a panicked wasm module is in an undefined state, whatever
 * the DOM shows. The failures are collected while the test runs and checked when it ends.
 */
async function watchForPanics(page: Page, use: (page: Page) => Promise<void>, known: RegExp[] = []) {
  const failures: string[] = [];
  page.on("pageerror", (error) => failures.push(`pageerror: ${error.message}`));
  // The browser's report of a violation, as the page sees it (the console message can be missed
  // for a violation in a worker or before the listener is attached).
  await page.exposeBinding("__cspViolation", (_source, text: string) => failures.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  page.on("console", (message) => {
    if (isFailure(message.text())) failures.push(`console ${message.type()}: ${message.text().split("\n")[0]}`);
  });
  await use(page);
  const unexpected = failures.filter((failure) => !known.some((pattern) => pattern.test(failure)));
  if (unexpected.length > 0) {
    throw new Error(`${unexpected.length} panic(s), page error(s) or CSP violation(s):\n${unexpected.slice(0, 5).join("\n")}`);
  }
}

/** Playwright's `test`, failing on any panic or page error; nobody logged in (the toolkit's tests). */
export const plainTest = base.extend<{ knownViolations: RegExp[] }>({
  /**
   * CSP violations a third-party page is known to cause and survive (set with `test.use`): the
   * API documentation's Redoc probes `Function(...)` for its search worker and falls back.
   */
  knownViolations: [[], { option: true }],
  page: async ({ page, knownViolations }, use) => watchForPanics(page, use, knownViolations),
});

/**
 * The tests of the sections start logged in: as if the participant had chosen `familie` on the
 * simulated login earlier in this tab (a start link's `?persona=` still wins). Like
 * [`plainTest`], every test fails on a panic or page error.
 */
export const test = plainTest.extend({
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      if (!window.sessionStorage.getItem("mit-overblik.persona")) {
        window.sessionStorage.setItem("mit-overblik.persona", "familie");
      }
    });
    await use(page);
  },
});
