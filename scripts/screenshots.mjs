#!/usr/bin/env node
/**
 * Screenshots of pages of a running site at phone (390 px) and desktop (1280 px)
 * widths, for a person to look at. Usage:
 *   node scripts/screenshots.mjs http://localhost:4321 out-dir /path/ /other/ …
 * SCHEME=dark takes them in the dark colour scheme; FULL=1 takes the whole page;
 * WAIT=<selector> waits for it first (search results: WAIT='[data-search-page][data-state="done"]').
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [base, outDir, ...paths] = process.argv.slice(2);
if (!base || !outDir || paths.length === 0) {
  console.error('usage: node scripts/screenshots.mjs <base-url> <out-dir> <path>…');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const [name, width] of [['mobile', 390], ['desktop', 1280]]) {
  const scheme = process.env.SCHEME === 'dark' ? 'dark' : 'light';
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  for (const path of paths) {
    await page.goto(new URL(path, base).href, { waitUntil: 'load' });
    if (process.env.WAIT) await page.waitForSelector(process.env.WAIT, { timeout: 20000 });
    const file = `${outDir}/${name}-${scheme}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
  }
  await page.close();
}
await browser.close();
