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

/**
 * `added`: the day a query joined the suite after its first split (tuning queries written later,
 * a fresh held-out set). `retired`: the day a held-out query moved to the tuning half, once it had
 * been read too often to say anything new about queries nobody tuned for.
 */
export interface Expectation {
  query: string; expect: string; why: string; set: 'tuning' | 'held-out' | 'unseen'; added?: string; retired?: string;
  /** Other pages a blind reviewer judged as right (reported by bench:search; the e2e floors count `expect` only). */
  also?: string[];
}
export interface Outcome extends Expectation { top: string[]; all: string[]; rank: number }

/** One result as the reader sees it: its title's link and the links to its sections (steps, anchors). */
interface Shown { href: string; subs: string[] }

/**
 * The queries the e2e floors guard: all but the tuning queries added after the first split
 * (field `added`) or retired to it from the held-out half (`retired`), which are bench:search's
 * development data while tuning (and would add minutes to a suite near CI's 20 minutes).
 */
export const guarded = (q: Expectation): boolean => !(q.set === 'tuning' && (q.added || q.retired));

export const readSuite = (file: string): Expectation[] =>
  (JSON.parse(readFileSync(join(import.meta.dirname, '../../..', file), 'utf8')) as { queries: Expectation[] }).queries;

/** Types and submits a query, and reads the results once the page shows them for that query (queries are distinct). */
async function ask(page: Page, query: string): Promise<Shown[]> {
  await page.locator('[data-search-input]').fill(query);
  await page.locator('[data-search-input]').press('Enter');
  await page.waitForFunction((q) => {
    const root = document.querySelector<HTMLElement>('[data-search-page]');
    return root?.dataset.state === 'done' && root.dataset.query === q;
  }, query.trim(), { timeout: 20_000 });
  return page.locator('.search-result').evaluateAll((items) => items.map((item) => ({
    href: item.querySelector('.search-result__title a')?.getAttribute('href') ?? '',
    subs: [...item.querySelectorAll('.search-result__subs a')].map((a) => a.getAttribute('href') ?? ''),
  })));
}

/** Where the expected page ranks among the results (1-based; 0 when absent). */
export async function measure(page: Page, searchPath: string, suite: Expectation[]): Promise<Outcome[]> {
  await page.goto(searchPath);
  await expect(page.locator('[data-search-page]')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  for (const { query } of suite) await ask(page, query);
  const out: Outcome[] = [];
  for (const expectation of suite) {
    const shown = await ask(page, expectation.query);
    // A page is found by its result; an anchor (a step, a source) by a result that links to it, by title or section.
    const hit = (r: Shown) => (expectation.expect.includes('#')
      ? r.href === expectation.expect || r.subs.includes(expectation.expect)
      : r.href.split('#')[0] === expectation.expect);
    out.push({ ...expectation, top: shown.slice(0, 3).map((r) => r.href), all: shown.map((r) => r.href), rank: shown.findIndex(hit) + 1 });
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
