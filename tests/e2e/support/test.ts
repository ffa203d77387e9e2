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

/** Whether the app has taken over from the build's page frame (src/page/frame.rs). */
const appShows = () => !document.body?.hasAttribute("data-frame");

/**
 * After a page load, waits until the app has taken over from the build's page frame: until then
 * the page holds the frame's copy of what the app renders (visible) beside the app's (hidden),
 * and a test of the app means the app. tests/e2e/frame.spec.ts tests the frame itself.
 */
async function untilTheAppShows(page: Page) {
  for (let attempt = 0; ; attempt++) {
    try {
      await page.waitForFunction(appShows, null, { timeout: 20_000 });
      return;
    } catch (error) {
      // The page moved on (a redirect to the login page) while we waited: wait on the new one.
      if (attempt < 3 && /context was destroyed|navigat/i.test(String(error))) continue;
      throw error;
    }
  }
}

/** `page.goto` and `page.reload` that return once the app shows (see [`untilTheAppShows`]). */
function waitingForTheApp(page: Page) {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await untilTheAppShows(page);
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    await untilTheAppShows(page);
    return response;
  };
}

/** Playwright's `test`, failing on any panic or page error; nobody logged in (the toolkit's tests). */
export const plainTest = base.extend<{ knownViolations: RegExp[]; waitForTheApp: boolean }>({
  /**
   * CSP violations a third-party page is known to cause and survive (set with `test.use`): the
   * API documentation's Redoc probes `Function(...)` for its search worker and falls back.
   */
  knownViolations: [[], { option: true }],
  /** Whether `page.goto`/`reload` wait for the app to take over from the page frame (the frame's own tests: no). */
  waitForTheApp: [true, { option: true }],
  page: async ({ page, knownViolations, waitForTheApp }, use) => {
    if (waitForTheApp) waitingForTheApp(page);
    await watchForPanics(page, use, knownViolations);
  },
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
