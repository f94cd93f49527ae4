import { defineConfig } from "@playwright/test";

// Several people may run journeys at once on one machine: the port (and so the data dir) is configurable.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
const pristineURL = `http://127.0.0.1:${port + 1}`;

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: process.env.MINGA_E2E_JSON ?? ".tmp/playwright.json" }]],
  use: {
    baseURL,
    locale: "es-CO",
    timezoneId: "America/Bogota",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // Journeys that count the demo's 500 exactly (allocation, reports) get a server of their own: the other
  // journeys register walk-ins and self-registrations on the shared one. Each journey runs on the device
  // its people use; the short ones run on both.
  projects: [
    {
      name: "phone",
      testMatch: /(foundation|registration|checkin|puzzle|associativity|run-of-day)\.spec\.ts/,
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    {
      name: "desktop",
      testMatch: /(foundation|registration|checkin|plenary|run-of-day)\.spec\.ts/,
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      name: "pristine",
      testMatch: /(allocation|reports)\.spec\.ts/,
      use: { viewport: { width: 1280, height: 800 }, baseURL: pristineURL },
    },
  ],
  webServer: [server(port, baseURL), server(port + 1, pristineURL)],
});

function server(serverPort: number, url: string) {
  return {
    command: "node scripts/e2e-server.mjs",
    url: `${url}/api/health`,
    env: {
      PORT: String(serverPort),
      HOST: "127.0.0.1",
      MINGA_DATA_DIR: `.tmp/e2e-data-${serverPort}`,
      DATABASE_URL: "",
      // Every journey signs in from 127.0.0.1: the per-IP login limit is for people, not for this.
      MINGA_LOGIN_RATE_LIMIT: "1000",
    },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore" as const,
  };
}
