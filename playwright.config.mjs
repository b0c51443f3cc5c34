// End-to-end journeys against the release build in dist/, driven in Debian's Chromium.
import { defineConfig } from "@playwright/test";
import { CHROMIUM, CHROMIUM_ARGS } from "./scripts/lib.mjs";

const PORT = 4173;
const CSP_PORT = 4175;
const SUB_PORT = 4176;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "*.spec.mjs",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A ceiling per journey, not a wait: journeys wait for states, so a passing one takes no
  // longer for it. Some visit thirty pages; on a loaded two-core machine they took 27-30 s
  // and hit the old 30 s ceiling at random.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: { launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } },
  projects: [
    { name: "static", use: { baseURL: `http://127.0.0.1:${PORT}/` } },
    // The same journeys under the strict Content-Security-Policy the build emits; any
    // violation the browser reports fails the test (see tests/e2e/helpers.mjs).
    { name: "csp", use: { baseURL: `http://127.0.0.1:${CSP_PORT}/` } },
    // A build for /some/path/ (dist-subpath/), served there with its own 404 fallback.
    {
      name: "subpath",
      use: { baseURL: `http://127.0.0.1:${SUB_PORT}/some/path/` },
      testMatch: ["home.spec.mjs", "routing.spec.mjs", "explorer.spec.mjs", "pledge.spec.mjs", "offline.spec.mjs", "languages.spec.mjs", "check.spec.mjs", "split.spec.mjs"],
    },
  ],
  webServer: [
    {
      command: `node tests/e2e/server.mjs --dir dist --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: `node tests/e2e/server.mjs --dir dist-subpath --port ${SUB_PORT} --base /some/path/ --headers yes`,
      url: `http://127.0.0.1:${SUB_PORT}/some/path/`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: `node tests/e2e/server.mjs --dir dist --port ${CSP_PORT} --headers yes`,
      url: `http://127.0.0.1:${CSP_PORT}/`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
  ],
});
