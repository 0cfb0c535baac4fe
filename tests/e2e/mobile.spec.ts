/** Readable on a phone: at 390 px no table and no page overflows sideways. */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { htmlFilesOf, urlOf } from './helpers/built-site';

const withTables = htmlFilesOf().filter((f) => readFileSync(f, 'utf8').includes('<table')).map(urlOf).sort();

test.use({ viewport: { width: 390, height: 844 } });

test('the corpus has tables to check', () => {
  expect(withTables.length).toBeGreaterThan(0);
});

// In batches of 15 pages, one browser page each (a context per page cost more than the check).
const batches = Array.from({ length: Math.ceil(withTables.length / 15) }, (_, i) => withTables.slice(i * 15, i * 15 + 15));
for (const batch of batches) {
  test(`tables fit 390 px: ${batch[0]} … ${batch.at(-1)} (${batch.length} pages)`, async ({ page }) => {
    const problems: string[] = [];
    for (const url of batch) {
      await page.goto(url);
      const tables = await page.locator('main table').evaluateAll((els) => els.map((el) => {
        const box = el.getBoundingClientRect();
        return { right: Math.round(box.right), scroll: el.scrollWidth, client: el.clientWidth };
      }));
      if (tables.length === 0) problems.push(`${url}: no table in main`);
      tables.forEach((t, i) => {
        if (t.right > 390) problems.push(`${url}: table ${i + 1} ends at ${t.right} px`);
        if (t.scroll > t.client + 1) problems.push(`${url}: table ${i + 1} scrolls (${t.scroll} > ${t.client})`);
      });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) problems.push(`${url}: the page is ${width} px wide`);
    }
    expect(problems).toEqual([]);
  });
}
