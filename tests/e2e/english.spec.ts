/**
 * The English edition in the built site: every Chinese page has its English twin,
 * linked both ways, with <html lang="en">; English search has its own index and its
 * own relevance suite (tests/search-queries.en.json, tuning and held-out halves);
 * English letters send the Chinese text with an English gloss beside it.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesOf, urlOf } from './helpers/built-site';
import { siteUrl } from '../../src/site.config';

interface Expectation { query: string; expect: string; why: string; set: 'tuning' | 'held-out' | 'unseen' }
const { queries } = JSON.parse(readFileSync(join(import.meta.dirname, '../search-queries.en.json'), 'utf8')) as { queries: Expectation[] };

/** Each page's language, its hreflang alternates and whether it only forwards (short links). */
const pages = new Map(htmlFilesOf().filter((f) => !f.endsWith('404.html')).map((file) => {
  const html = readFileSync(file, 'utf8');
  const alternates = new Map([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!.replace(siteUrl, '')]));
  return [urlOf(file), { lang: html.match(/<html lang="([^"]+)"/)?.[1], alternates, forwards: html.includes('http-equiv="refresh"') }] as const;
}));

test('every Chinese page has an English twin with <html lang="en">, linked both ways', () => {
  const problems: string[] = [];
  let pairs = 0;
  for (const [url, page] of pages) {
    if (page.forwards || url.startsWith('/en/')) continue;
    const twin = page.alternates.get('en');
    const other = twin ? pages.get(twin) : undefined;
    if (!twin) { problems.push(`${url}: no English twin`); continue; }
    if (!other) { problems.push(`${url}: its twin ${twin} was not built`); continue; }
    if (other.lang !== 'en') problems.push(`${twin}: <html lang="${other.lang}">`);
    if (other.alternates.get('zh-CN') !== url) problems.push(`${twin}: does not link back to ${url}`);
    pairs++;
  }
  const english = [...pages].filter(([url, p]) => url.startsWith('/en/') && !p.forwards).length;
  expect(problems).toEqual([]);
  expect(pairs).toBe(english);
  expect(pairs).toBeGreaterThan(140);
});

test('English short links lead to the English step', async ({ page }) => {
  await page.goto('/en/p/HV-04.5/');
  await expect(page).toHaveURL(/\/en\/procedures\/on-site-conduct\/#HV-04\.5$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[id="HV-04.5"]')).toBeVisible();
});

async function searchDone(page: Page, query: string) {
  await expect(page.locator('[data-search-page]')).toHaveAttribute('data-query', query.trim(), { timeout: 20_000 });
  await expect(page.locator('[data-search-page]')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
}

// One test for the whole suite, a fresh page per query (Pagefind's scores depend on the
// chunks earlier queries loaded: see search.spec.ts). Both halves are reported; each has its bar.
test(`English relevance on /en/search/: ${queries.length} queries, tuning and held-out, never a Chinese page`, async ({ page }) => {
  test.setTimeout(30_000 + queries.length * 3_000);
  const misses: Record<Expectation['set'], string[]> = { tuning: [], 'held-out': [], unseen: [] };
  const chinese: string[] = [];
  for (const { query, expect: expected, why, set } of queries) {
    await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
    await searchDone(page, query);
    const hrefs = await page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    chinese.push(...hrefs.filter((h) => !h.startsWith('/en/')).map((h) => `${query} → ${h}`));
    const hit = (href: string) => (expected.includes('#') ? href === expected : href.split('#')[0] === expected);
    if (!hrefs.slice(0, 3).some(hit)) misses[set].push(`${query} → ${expected} (${why}): top 3 is ${hrefs.slice(0, 3).join(' | ') || 'empty'}`);
  }
  expect(chinese, 'English search showed Chinese pages').toEqual([]);
  const total = (set: Expectation['set']) => queries.filter((q) => q.set === set).length;
  const score = (set: Expectation['set']) => (total(set) - misses[set].length) / total(set);
  const pct = (set: Expectation['set']) => `${(score(set) * 100).toFixed(0)}% of ${total(set)}`;
  console.log(`English top-3: tuning ${pct('tuning')}, held-out ${pct('held-out')}, unseen ${pct('unseen')}`);
  for (const set of ['held-out', 'unseen'] as const) for (const miss of misses[set]) console.log(`  ${set} miss: ${miss}`);
  // The tuning half passes in full; the sets never tuned on have a bar of their own.
  expect(misses.tuning, 'tuning queries missing their page').toEqual([]);
  expect(score('held-out'), misses['held-out'].join('\n')).toBeGreaterThanOrEqual(0.8);
  expect(score('unseen'), misses.unseen.join('\n')).toBeGreaterThanOrEqual(0.8);
});

test('an English letter sends the Chinese text and glosses it in English', async ({ page }) => {
  await page.goto('/en/letters/request-to-negotiate-repayment/');
  const form = page.locator('.letter-form[data-ready="true"]');
  await expect(form).toBeVisible({ timeout: 15_000 });
  const sheet = page.locator('[data-letter-sheet]');
  await expect(sheet).toHaveAttribute('lang', 'zh-CN');
  await expect(sheet).toContainText('协商还款申请');
  await page.locator('#letter-name').fill('Li Ming');
  await page.locator('#letter-overdueSince').fill('2026-10-15');
  // The Chinese letter writes the date the Chinese way; the gloss the English way.
  await expect(sheet).toContainText('2026年10月15日');
  const gloss = page.locator('[data-letter-gloss]');
  await expect(gloss).toContainText('Li Ming');
  await expect(gloss).toContainText('15 October 2026');
  await expect(gloss).not.toContainText('［');
  // A choice shows its English label; the Chinese option goes into the letter.
  const tick = page.locator('input[name="card"]');
  await expect(page.locator('label:has(input[name="card"])')).not.toContainText('本人申请');
  await tick.check();
  await expect(sheet).toContainText('本人申请按《商业银行信用卡业务监督管理办法》第七十条');
});
