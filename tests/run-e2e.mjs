#!/usr/bin/env node
/**
 * Runs the Playwright suite against the built site in a real Chromium.
 * Browser: $CHROME_PATH, else /usr/bin/chromium, else Playwright's own if installed;
 * if none, and we are root on Debian, install Debian's chromium; otherwise stop with one line.
 * Server: tests/serve-dist.mjs (started by Playwright, see playwright.config.ts) on
 * $E2E_PORT or 4329; when that port is busy (a preview, another checkout's tests, any
 * server), on a free port the system gives us instead.
 * Extra arguments go to `playwright test` (e.g. a file name).
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
let browser = candidates.find((p) => p && existsSync(p));
if (!browser) {
  try {
    const { chromium } = await import('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) browser = own;
  } catch { /* Playwright's own browser is not installed */ }
}
if (!browser && process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
  console.log('No Chromium found: installing Debian packages chromium and fonts-noto-cjk …');
  const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (apt(['update', '-qq']).status === 0 && apt(['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk']).status === 0 && existsSync('/usr/bin/chromium')) {
    browser = '/usr/bin/chromium';
  }
}
if (!browser) {
  console.error('No Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH to its executable.');
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/: run `npm run build` first (npm test does it for you).');
  process.exit(1);
}

/** Listens on 127.0.0.1:`port` (0: any free port) and closes again; the port, or undefined if taken. */
const tryPort = (port) => new Promise((resolve) => {
  const probe = createServer();
  probe.once('error', () => resolve(undefined));
  probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
    const { port: bound } = probe.address();
    probe.close(() => resolve(bound));
  });
});
const wanted = Number(process.env.E2E_PORT ?? 4329);
let port = await tryPort(wanted);
if (port === undefined) {
  port = await tryPort(0);
  if (port === undefined) {
    console.error('No free port on 127.0.0.1 for the test server.');
    process.exit(1);
  }
  console.log(`Port ${wanted} is in use: serving dist/ for the tests on port ${port} instead.`);
}

const result = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: browser, E2E_PORT: String(port) },
});
process.exit(result.status ?? 1);
