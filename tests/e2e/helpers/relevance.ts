/**
 * The relevance suites (tests/search-queries.json, tests/search-queries.en.json) run
 * through the real search page, its planner and the real Pagefind index, in one page:
 * each query is typed and submitted (Enter searches at once), and the page's results
 * are read. Twice: a first pass loads the index chunks every query needs, so the
 * measured pass ranks with the whole index loaded, whatever the order (Pagefind's
 * scores otherwise depend on which chunks earlier queries happened to load).
 */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Expectation { query: string; expect: string; why: string; set: 'tuning' | 'held-out' | 'unseen' }
export interface Outcome extends Expectation { top: string[]; rank: number }

export const readSuite = (file: string): Expectation[] =>
  (JSON.parse(readFileSync(join(import.meta.dirname, '../../..', file), 'utf8')) as { queries: Expectation[] }).queries;

/** Types and submits a query, and reads the results once the page shows them for that query (queries are distinct). */
async function ask(page: Page, query: string): Promise<string[]> {
  await page.locator('[data-search-input]').fill(query);
  await page.locator('[data-search-input]').press('Enter');
  await page.waitForFunction((q) => {
    const root = document.querySelector<HTMLElement>('[data-search-page]');
    return root?.dataset.state === 'done' && root.dataset.query === q;
  }, query.trim(), { timeout: 20_000 });
  return page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** Where the expected page ranks among the results (1-based; 0 when absent). */
export async function measure(page: Page, searchPath: string, suite: Expectation[]): Promise<Outcome[]> {
  await page.goto(searchPath);
  await expect(page.locator('[data-search-page]')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  for (const { query } of suite) await ask(page, query);
  const out: Outcome[] = [];
  for (const expectation of suite) {
    const hrefs = await ask(page, expectation.query);
    const hit = (href: string) => (expectation.expect.includes('#') ? href === expectation.expect : href.split('#')[0] === expectation.expect);
    out.push({ ...expectation, top: hrefs.slice(0, 3), rank: hrefs.findIndex(hit) + 1 });
  }
  return out;
}

/** Top-3 and top-1 shares of a set, as a line for the report. */
export function score(outcomes: Outcome[], set: Expectation['set']): { top3: number; top1: number; n: number; line: string } {
  const of = outcomes.filter((o) => o.set === set);
  const top3 = of.filter((o) => o.rank >= 1 && o.rank <= 3).length / of.length;
  const top1 = of.filter((o) => o.rank === 1).length / of.length;
  return { top3, top1, n: of.length, line: `${set}: top-3 ${(top3 * 100).toFixed(1)}%, top-1 ${(top1 * 100).toFixed(1)}% of ${of.length}` };
}

export const missLine = (o: Outcome) => `${o.query} → ${o.expect} (${o.why}): ${o.rank ? `rank ${o.rank}` : 'not found'}; top 3 is ${o.top.join(' | ') || 'empty'}`;
