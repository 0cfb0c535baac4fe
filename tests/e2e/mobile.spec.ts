/** Readable on a phone: at 390 px no table and no page overflows sideways. */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { htmlFilesOf, urlOf } from './helpers/built-site';

const withTables = htmlFilesOf().filter((f) => readFileSync(f, 'utf8').includes('<table')).map(urlOf);

test.use({ viewport: { width: 390, height: 844 } });

test('the corpus has tables to check', () => {
  expect(withTables.length).toBeGreaterThan(0);
});

for (const url of withTables) {
  test(`tables fit 390 px: ${url}`, async ({ page }) => {
    await page.goto(url);
    const tables = await page.locator('main table').evaluateAll((els) => els.map((el) => {
      const box = el.getBoundingClientRect();
      return { right: Math.round(box.right), scroll: el.scrollWidth, client: el.clientWidth };
    }));
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      expect(t.right).toBeLessThanOrEqual(390);
      expect(t.scroll).toBeLessThanOrEqual(t.client + 1);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}
