import { defineConfig, devices } from '@playwright/test';

// Run through `npm test`, which provides a fresh seeded database and one `next build`.
const port = Number(process.env.PORT ?? 3100);
// /api/metrics is on in the app under test, so the invariants suite reads it as every role (a
// 401 each) and once with the token. Set here, before the workers start, so specs see it too.
process.env.COUNTERPOINT_METRICS_TOKEN ??= 'e2e-metrics-token-0123456789abcdef';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot be fetched on these machines.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node_modules/.bin/next start -p ${port}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    // The essay import refuses private addresses; the e2e specs serve their article pages from a
    // local server, so this one app under test may fetch from loopback (see README, settings).
    env: { ...(process.env as Record<string, string>), COUNTERPOINT_IMPORT_ALLOW_HOSTS: '127.0.0.1' },
  },
});
