/**
 * The English edition in the built site: every Chinese page has its English twin,
 * linked both ways, with <html lang="en">; English search has its own index and its
 * own relevance suite (tests/search-queries.en.json, tuning and held-out halves);
 * English letters send the Chinese text with an English gloss beside it.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { htmlFilesOf, urlOf } from './helpers/built-site';
import { siteUrl } from '../../src/site.config';

import { guarded, measure, missLine, readSuite, score, type Expectation } from './helpers/relevance';

// As in search.spec.ts: the sets the e2e floors guard (helpers/relevance.ts).
const queries = readSuite('tests/search-queries.en.json').filter(guarded);

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

// The English suite through the real page and index (helpers/relevance.ts). The first split's 26
// tuning queries pass in full; the sets never tuned on have a floor each, under what they measured
// on 2026-11-30 (held-out 94.2 % of 86, its first 26 at 88.5 % and the 60 added that day at 96.7 %;
// unseen 97.1 % top-3; the held-out half renewed in the fifth pass, 104 fresh blind queries, first
// score 94.2 %, 95.2 % after the English pages' third round of questions). English results are never
// Chinese pages.
test(`English relevance on /en/search/: ${queries.length} queries, tuning, held-out and unseen, never a Chinese page`, async ({ page }) => {
  test.setTimeout(60_000 + queries.length * 1_000);
  const outcomes = await measure(page, '/en/search/', queries);
  for (const set of ['tuning', 'held-out', 'unseen'] as const) console.log(`English ${score(outcomes, set).line}`);
  const misses = (set: Expectation['set']) => outcomes.filter((o) => o.set === set && (o.rank < 1 || o.rank > 3)).map(missLine);
  expect(outcomes.flatMap((o) => o.all.filter((h) => !h.startsWith('/en/')).map((h) => `${o.query} → ${h}`)), 'English search showed Chinese pages').toEqual([]);
  expect(misses('tuning'), 'tuning queries missing their page').toEqual([]);
  expect(score(outcomes, 'held-out').top3, misses('held-out').join('\n')).toBeGreaterThanOrEqual(0.92);
  expect(score(outcomes, 'unseen').top3, misses('unseen').join('\n')).toBeGreaterThanOrEqual(0.9);
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
