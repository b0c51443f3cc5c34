// End-to-end journeys against the release build in dist/, driven in Debian's Chromium.
import { defineConfig } from "@playwright/test";
import { CHROMIUM, CHROMIUM_ARGS } from "./scripts/lib.mjs";

const PORT = 4173;
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
    // The root build, served as a host that sends the headers the build writes (_headers):
    // every journey runs under the strict Content-Security-Policy and the root build's own
    // script hash, and fails on any violation (tests/e2e/helpers.mjs).
    // Without the service worker: installing it precaches every file of the build in each
    // journey's fresh browser context, which no journey here is about, and requests it makes
    // are out of reach of the journeys' own routes (Playwright's documented limitation). The
    // worker is tested where it matters: offline.spec.mjs here, and every @hosting journey
    // (deep links, navigation, the page walk) below, where it stays on.
    { name: "static", use: { baseURL: `http://127.0.0.1:${PORT}/`, serviceWorkers: "block" } },
    // A build for /some/path/ (dist-subpath/), served there with its headers and its own 404
    // fallback: the journeys whose outcome depends on where and how the site is hosted
    // (addresses, the base path, deep links, the service worker, files, shared links), tagged
    // @hosting. The rest do the same at any address, so they run once, above.
    {
      name: "hosted",
      use: { baseURL: `http://127.0.0.1:${SUB_PORT}/some/path/` },
      grep: /@hosting/,
    },
  ],
  webServer: [
    {
      command: `node tests/e2e/server.mjs --dir dist --port ${PORT} --headers yes`,
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
  ],
});
