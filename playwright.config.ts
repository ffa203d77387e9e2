import { defineConfig, devices } from "@playwright/test";

// End-to-end tests against the release build (dist/), served on loopback by nginx with the
// repository's configuration (the Node server where nginx is missing: scripts/e2e-server.mjs says
// which), driven in Debian's Chromium. Playwright never downloads a browser here.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  // Prints "Fault matrix: N of M cells passed" after a run that included it.
  globalTeardown: "./tests/e2e/support/fault-matrix-report.ts",
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `node scripts/e2e-server.mjs --port ${port} --dir dist`,
    stdout: "pipe",
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
