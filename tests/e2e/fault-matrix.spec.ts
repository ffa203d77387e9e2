// The fault matrix: every endpoint of the source table (src/api/source_table.rs), one case's
// detail, and the case list and the session read while acting on someone's behalf, each × every fault an authority's system can
// produce. In every cell the sections that use the source show its translated error with "Prøv
// igen" (a 5 MB answer is read and shown), every other section keeps its data, and once the fault
// clears "Prøv igen" brings the data back. Each cell is one test; the run ends with
// "Fault matrix: N of M cells passed" (tests/e2e/support/fault-matrix-report.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page, Route } from "@playwright/test";
import { expect, test } from "./support/test";
import { openSettled, settled } from "./support/app";
import { data, represented, visibleCases } from "./support/fixtures";
import { sourceTable } from "./support/source-table";
import { MATRIX_DIR } from "./support/fault-matrix-report";

const persona = "familie";

/** The page that shows each source's sections (a new source without one fails the first test). */
const PAGE_OF: Record<string, string> = {
  session: "/handl-for",
  person: "/mine-oplysninger",
  bolig: "/mine-oplysninger",
  koeretoejer: "/mine-oplysninger",
  sager: "/sager",
  ydelser: "/oekonomi",
  skat: "/oekonomi",
  gaeld: "/oekonomi",
  "digital-post": "/digital-post",
  adgangslog: "/dine-data",
  samtykker: "/dine-data",
  fuldmagter: "/dine-data",
};

interface Endpoint {
  name: string;
  source: string;
  url: RegExp;
  page: string;
  /** Read on behalf of the persona's first child. */
  actFor?: boolean;
  /** One case's detail: a 404 there means "Sagen findes ikke", not an outage. */
  detail?: boolean;
}

const caseId = visibleCases(persona)[0].id;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const ENDPOINTS: Endpoint[] = [
  ...sourceTable().flatMap(({ id, paths }) =>
    paths.map((path) => ({ name: path, source: id, url: new RegExp(`/mock/${persona}/${escape(path)}\\.json$`), page: PAGE_OF[id] })),
  ),
  { name: "sager/{id}", source: "sager", url: new RegExp(`/mock/${persona}/sager/${caseId}\\.json$`), page: `/sager/${caseId}`, detail: true },
  { name: "paa-vegne-af/{barn}/sager", source: "sager", url: new RegExp(`/mock/${persona}/paa-vegne-af/[^/]+/sager\\.json$`), page: "/sager", actFor: true },
  // The session while acting for a child: whose data it is must still be said.
  { name: "session (på vegne af)", source: "session", url: new RegExp(`/mock/${persona}/session\\.json$`), page: "/", actFor: true },
];

/** An answer with the real one's data at the wrong type: a list where an object belongs, and back. */
function wrongTypes(body: { data: unknown }) {
  return { ...body, data: Array.isArray(body.data) ? { forkert: "ikke en liste" } : ["ikke", "et", "objekt"] };
}

type Fault = (route: Route, held: Route[]) => Promise<void>;
const FAULTS: Record<string, Fault> = {
  "HTTP 500": (route) => route.fulfill({ status: 500, body: "Internal Server Error" }),
  "HTTP 404": (route) => route.fulfill({ status: 404, body: "Not Found" }),
  "afbrudt forbindelse": (route) => route.abort("connectionreset"),
  "hænger ud over tidsgrænsen": async (route, held) => {
    held.push(route);
  },
  "ugyldig JSON": (route) => route.fulfill({ status: 200, contentType: "application/json", body: '{"kilde": {"myndighed": ' }),
  "forkerte typer": async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: wrongTypes(await response.json()) });
  },
  "tomt svar": (route) => route.fulfill({ status: 200, contentType: "application/json", body: "" }),
  "svar på 5 MB": async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), ukendtFelt: "x".repeat(5 * 1024 * 1024) } });
  },
};
/** The one fault the client reads through: a huge answer with an unknown field is still the answer. */
const READ_THROUGH = "svar på 5 MB";
/** The time limit the hanging cells run with (the tab's `tidsgraense`), in ms. */
const TIME_LIMIT = 2500;

/** Puts `fault` on `endpoint` until the returned function clears it. */
async function injure(page: Page, endpoint: Endpoint, fault: Fault) {
  let active = true;
  const held: Route[] = [];
  await page.route(endpoint.url, async (route) => (active ? fault(route, held) : route.continue()));
  return async () => {
    active = false;
    await Promise.all(held.map((route) => route.abort("timedout").catch(() => {})));
  };
}

const errorsOf = (page: Page, source: string) => page.locator(`[data-testid=section-error][data-source="${source}"]`);
// (What custody does not cover is said as information, not as an error, while acting for a child.)
const otherErrors = (page: Page, source: string) => page.locator(`[data-testid=section-error]:not([data-source="${source}"])`);

test("every source of the table has a page in the matrix", () => {
  expect(sourceTable().filter(({ id }) => !PAGE_OF[id]).map(({ id }) => id)).toEqual([]);
  expect(ENDPOINTS.length * Object.keys(FAULTS).length).toBeGreaterThanOrEqual(128);
});

test.describe("fault matrix", () => {
  test.afterEach(async ({}, info) => {
    if (!info.title.includes(" × ")) return;
    mkdirSync(MATRIX_DIR, { recursive: true });
    const passed = info.status === info.expectedStatus;
    writeFileSync(join(MATRIX_DIR, `${info.testId}.json`), JSON.stringify({ cell: info.title, passed }));
  });

  for (const endpoint of ENDPOINTS) {
    for (const [faultName, fault] of Object.entries(FAULTS)) {
      test(`${endpoint.name} × ${faultName}`, async ({ page }) => {
        const hangs = faultName.startsWith("hænger");
        const limit = hangs ? `&tidsgraense=${TIME_LIMIT}` : "";
        if (endpoint.actFor) {
          await openSettled(page, `/handl-for?persona=${persona}`);
          await page.getByTestId("act-for-person").first().getByRole("button").click();
          await expect(page.getByTestId("acting-banner")).toContainText(represented(persona)[0].navn.split(" ")[0]);
        }
        const clear = await injure(page, endpoint, fault);
        await openSettled(page, `${endpoint.page}?persona=${persona}${limit}`);

        if (faultName === READ_THROUGH) {
          await expect(page.getByTestId("section-error")).toHaveCount(0);
          await expect(otherErrors(page, endpoint.source)).toHaveCount(0);
          await clear();
          return;
        }

        if (endpoint.detail && faultName === "HTTP 404") {
          // A case that does not exist: said so, and the same address shows it once it does.
          await expect(page.getByTestId("case-not-found")).toBeVisible();
          await clear();
          await page.reload();
          await settled(page);
          await expect(page.locator("h1")).toHaveText(visibleCases(persona)[0].titel);
          return;
        }

        if (endpoint.source === "session" && endpoint.actFor) {
          // The banner still says this is someone else's data, the case card's heading names no
          // one ("Sager", not "Dine sager"), the header offers the retry. The one card that needs
          // the session itself (Nyt siden sidst: since the last login) says it could not be read;
          // nothing else fails, and the header's retry brings both back.
          const banner = page.getByTestId("acting-banner");
          await expect(banner).toContainText("Du ser oplysninger for en anden person. Navnet kunne ikke hentes lige nu.");
          await expect(page.getByRole("heading", { name: "Sager", exact: true })).toBeVisible();
          await expect(page.getByTestId("news-card").getByTestId("section-error")).toBeVisible();
          await expect(page.getByTestId("section-error")).toHaveCount(1);
          await clear();
          await page.locator(".portal-user").getByTestId("session-retry").click();
          await expect(banner).toContainText(`Du ser oplysninger for ${represented(persona)[0].navn}`);
          await expect(page.getByTestId("section-error")).toHaveCount(0);
          await expect(page.getByTestId("news-card").getByTestId("news-card-count")).toBeVisible();
          return;
        }

        // The source's sections show its error, each with "Prøv igen"; nothing else failed.
        const errors = errorsOf(page, endpoint.source);
        await expect(errors.first()).toBeVisible();
        const shown = await errors.count();
        await expect(errors.getByRole("button", { name: "Prøv igen" })).toHaveCount(shown);
        await expect(otherErrors(page, endpoint.source)).toHaveCount(0);
        if (endpoint.source === "session") {
          // The header says so where the name belongs, with its own retry.
          const header = page.locator(".portal-user");
          await expect(header.getByTestId("user-name-error")).toBeVisible();
          await expect(header.getByTestId("session-retry")).toBeVisible();
        }

        // The fault clears; one "Prøv igen" brings every section of the source back.
        await clear();
        await errors.first().getByRole("button", { name: "Prøv igen" }).click();
        await settled(page);
        await expect(page.getByTestId("section-error")).toHaveCount(0);
        if (endpoint.source === "session") {
          await expect(page.locator(".portal-user [data-testid=user-name]")).toHaveText(`Logget ind som ${data(persona, "session").navn}`);
          await expect(page.getByTestId("act-for-person")).toHaveCount(represented(persona).length);
        }
      });
    }
  }
});
