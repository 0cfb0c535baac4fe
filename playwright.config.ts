import { defineConfig } from '@playwright/test';

/**
 * Port for the built site under test; 4321 stays free for `npm start`. tests/run-e2e.mjs
 * sets E2E_PORT to 4329 (or the E2E_PORT you gave) when it is free, else to a free port,
 * so a server already on 4329 cannot fail the suite.
 */
const port = Number(process.env.E2E_PORT ?? 4329);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  reporter: [['list']],
  forbidOnly: true,
  use: {
    baseURL: origin,
    launchOptions: {
      // tests/run-e2e.mjs finds a Chromium and passes it here.
      ...(process.env.CHROME_PATH ? { executablePath: process.env.CHROME_PATH } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  // Our own static server for dist/, not `astro preview`: Astro allows one preview per
  // project (lock file .astro/preview.json), so a running `npm start` would stop the
  // suite, and Vite's preview quietly moves to another port when its own is taken.
  // tests/serve-dist.mjs binds exactly this port or fails, and starts in milliseconds.
  webServer: {
    command: `"${process.execPath}" tests/serve-dist.mjs --port ${port} --host 127.0.0.1 --dir dist`,
    url: `${origin}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
