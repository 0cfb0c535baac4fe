/**
 * Site search in Chromium against the built site and its real Pagefind index:
 * the header box (lazy loading, shortcuts, results as you type), the search page
 * (URL state, filters, history, zero results, keyboard, no-JS text), accessibility
 * with results shown, and the relevance set in tests/search-queries.json.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe';

import { guarded, measure, missLine, readSuite, score } from './helpers/relevance';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// The 55 queries the planner was first tuned on, the held-out half and the unseen set (guarded,
// helpers/relevance.ts). The rest of the tuning half is bench:search's to score: it is development
// data, and its 109 further queries would cost CI about a minute near its 20.
const original = 55;
const queries = readSuite('tests/search-queries.json').filter(guarded).filter((q, i) => q.set !== 'tuning' || i < original);
/**
 * Floors under the measured accuracy, less a margin for Pagefind's ties: a fall below one is a
 * regression. Measured 2026-11-30 with the answer cards (an anchor counts as found when a result
 * links to it, by title or section): held-out 92.6 % top-3 and 81.0 % top-1 of 163 queries, the
 * first tuning half 98.2 % and 89.0 % of 164, unseen (never tuned on) 91.0 % and 71.0 % of 100;
 * after the sound-checked mender and the voice (third session): 92.6 / 81.6, 98.8 / 89.6, 93.0 / 74.0.
 * The held-out half renewed (fifth pass: 210 fresh blind queries; the old half moved to tuning, which
 * e2e does not run, search-queries.json's $comment): first score 97.6 / 87.1; unseen 95.0 / 86.0.
 * The aim (issue 14) is 95 % and 80 % on the held-out half.
 */
const heldOutFloor = { top3: 0.94, top1: 0.83 };
const unseenFloor = { top3: 0.91 };

const contentPage = '/rights/no-contact-at-night/';
const header = '#site-search-input';
const panel = '#site-search-panel';

/** Fails the test on a console error, a page error or a CSP violation. */
async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

/** Waits for the search page to finish rendering the results of `query`. */
async function searchDone(page: Page, query: string) {
  // The first search of a page loads Pagefind and its index; give a busy machine time.
  await expect(page.locator('[data-search-page]')).toHaveAttribute('data-query', query.trim(), { timeout: 20_000 });
  await expect(page.locator('[data-search-page]')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
}

const resultLinks = (page: Page) => page.locator('.search-result__title a');
const count = async (page: Page) => Number((await page.locator('[data-search-status]').textContent())?.match(/\d+/)?.[0] ?? NaN);

test.describe('header search box', () => {
  test('loads Pagefind only when first focused', async ({ page }) => {
    const problems = await watchForProblems(page);
    const requested: string[] = [];
    const scriptBodies: Promise<number>[] = [];
    page.on('request', (req) => requested.push(new URL(req.url()).pathname));
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script') scriptBodies.push(res.body().then((body) => body.length, () => 0));
    });
    await page.goto(contentPage);
    // Give the page an idle moment after `load`, when a lazy prefetch would start.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 1000 })));
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    // Until then the page runs only the small loader: no framework, no search code.
    const scriptBytes = (await Promise.all(scriptBodies)).reduce((sum, n) => sum + n, 0);
    expect(scriptBytes).toBeGreaterThan(0);
    expect(scriptBytes).toBeLessThan(4096);

    await page.locator(header).focus();
    await page.locator(header).pressSequentially('上门');
    await expect(page.locator(panel)).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    expect(requested.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
    // The short list is drawn from the answer cards: one file, and no page fragment (the bytes of a first query).
    expect(requested.filter((p) => p === '/pagefind/cards-zh-cn.pf_cards')).toHaveLength(1);
    await expect(page.locator(`${panel} .site-search__results a`).first()).toBeVisible();
    expect(requested.filter((p) => p.startsWith('/pagefind/fragment/'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('/ and Ctrl+K focus it, but / typed in a field stays a character', async ({ page }) => {
    await page.goto(contentPage);
    await page.keyboard.press('/');
    await expect(page.locator(header)).toBeFocused();
    await expect(page.locator(header)).toHaveValue('');
    await page.locator('h1').click();
    await expect(page.locator(header)).not.toBeFocused();
    await page.keyboard.press('Control+k');
    await expect(page.locator(header)).toBeFocused();
    await page.keyboard.type('a/b');
    await expect(page.locator(header)).toHaveValue('a/b');
  });

  test('typing shows results under the box; arrows go into them; Escape closes', async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('晚上十点后还打电话');
    await expect(page.locator(panel)).toBeVisible();
    await expect(page.locator(panel)).toHaveAttribute('data-query', '晚上十点后还打电话', { timeout: 20_000 });
    const first = page.locator(`${panel} .site-search__results a`).first();
    await expect(first).toHaveAttribute('href', '/rights/no-contact-at-night/');
    await expect(page.locator(`${panel} mark`).first()).toBeVisible();
    await expect(page.locator(`${panel} .site-search__all`)).toHaveAttribute('href', /\/search\/\?q=/);

    await page.keyboard.press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(`${panel} .site-search__results a`).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator(header)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator(panel)).toBeHidden();
    expect(problems).toEqual([]);
  });

  test('Enter opens the search page with the query', async ({ page }) => {
    await page.goto(contentPage);
    await page.keyboard.press('/');
    await page.keyboard.type('停息挂账');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E5%81%9C%E6%81%AF%E6%8C%82%E8%B4%A6$/);
    await searchDone(page, '停息挂账');
    await expect(page.locator('[data-search-input]')).toHaveValue('停息挂账');
  });
});

test.describe('search page', () => {
  test('loads Pagefind when the reader starts typing, not on arrival', async ({ page }) => {
    const problems = await watchForProblems(page);
    const requested: string[] = [];
    page.on('request', (req) => requested.push(new URL(req.url()).pathname));
    await page.goto('/search/');
    await expect(page.locator('[data-search-input]')).toBeFocused();
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 1000 })));
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('[data-search-input]').pressSequentially('外访');
    await searchDone(page, '外访');
    expect(requested).toContain('/pagefind/pagefind.js');
    await expect(resultLinks(page).first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('restores the query and filters from the URL', async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto(`/search/?q=${encodeURIComponent('上门')}&kind=procedures`);
    await searchDone(page, '上门');
    await expect(page.locator('[data-search-input]')).toHaveValue('上门');
    await expect(page.locator('input[data-filter="kind"][value="procedures"]')).toBeChecked();
    await expect(page.locator('[data-search-nojs]')).toBeHidden();
    const badges = await page.locator('.search-result .search-badge').allTextContents();
    expect(badges.length).toBeGreaterThan(2);
    expect(new Set(badges)).toEqual(new Set(['操作流程']));
    expect(problems).toEqual([]);
  });

  test('filters narrow the results, live in the URL, and Back undoes them', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('上门')}`);
    await searchDone(page, '上门');
    const all = await count(page);

    await page.locator('input[data-filter="kind"][value="rights"]').click();
    await expect(page).toHaveURL(/kind=rights/);
    await expect(page.locator('[data-search-page]')).toHaveAttribute('data-state', 'done');
    await expect.poll(() => count(page)).toBeLessThan(all);
    expect(new Set(await page.locator('.search-result .search-badge').allTextContents())).toEqual(new Set(['借款人权利']));

    await page.locator('input[data-filter="audience"][value="borrower"]').click();
    await expect(page).toHaveURL(/audience=borrower/);

    await page.goBack();
    await expect(page).not.toHaveURL(/audience=/);
    await expect(page.locator('input[data-filter="audience"][value="borrower"]')).not.toBeChecked();
    await page.goBack();
    await expect(page).not.toHaveURL(/kind=/);
    await searchDone(page, '上门');
    await expect.poll(() => count(page)).toBe(all);
  });

  test('typing keeps the query in the URL, one history entry per search', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('[data-search-input]')).toBeFocused();
    await page.keyboard.type('外访');
    await searchDone(page, '外访');
    await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('外访')}`);
    await page.keyboard.press('Enter');
    await page.locator('input[data-filter="kind"][value="procedures"]').click();
    await expect(page).toHaveURL(/q=.*&kind=procedures/);
    await page.goBack();
    await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('外访')}`);
    await page.goBack();
    await expect(page).toHaveURL('/search/');
    await searchDone(page, '');
    await expect(page.locator('[data-search-input]')).toHaveValue('');
  });

  test('zero results say so, show the query and offer the three doors and the glossary', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('plugh')}`);
    await searchDone(page, 'plugh');
    const zero = page.locator('[data-search-zero]');
    await expect(zero).toBeVisible();
    await expect(zero.locator('h2')).toContainText('plugh');
    const hrefs = await zero.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/guides/first-week-overdue/', '/procedures/', '/sources/', '/glossary/']);
    await expect(page.locator('[data-search-status]')).toContainText('0');
  });

  test('zero results under filters offer to clear them', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('HV-01.3')}&kind=letters`);
    await searchDone(page, 'HV-01.3');
    await expect(page.locator('[data-search-zero-filtered]')).toBeVisible();
    await page.locator('[data-search-clear]').click();
    await expect(page).not.toHaveURL(/kind=/);
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/procedures/home-visit-case-selection/#HV-01.3');
  });

  test('arrow keys move through the results and back to the box', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('征信')}`);
    await searchDone(page, '征信');
    const links = page.locator('.search-results a[data-result-link]');
    await page.locator('[data-search-input]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(links.last()).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('[data-search-input]')).toBeFocused();
  });

  test('a step code lands on the step', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('hv 01 3')}`);
    await searchDone(page, 'hv 01 3');
    const first = resultLinks(page).first();
    await expect(first).toHaveAttribute('href', '/procedures/home-visit-case-selection/#HV-01.3');
    await expect(page.locator('.search-result').first().locator('.search-code')).toHaveText('HV-01.3');
    await first.click();
    await expect(page.locator('h3[id="HV-01.3"]')).toBeInViewport();
  });

  test('a glossary term links to its entry', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('五级分类')}`);
    await searchDone(page, '五级分类');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/glossary/#wu-ji-fen-lei');
  });

  test('a slip is mended, and the page says what else it searched: in Chinese only where the characters sound alike (the browser rebuilds them with its gbk decoder), in English one letter away', async ({ page }) => {
    // 核消 for 核销 (both xiao); mended against every character (账核 → 账龄) it found the 账龄 entry instead.
    await page.goto(`/search/?q=${encodeURIComponent('呆账核消')}`);
    await searchDone(page, '呆账核消');
    expect(await page.evaluate(() => new TextDecoder('gbk').decode(new Uint8Array([0xbb, 0xb0, 0xbb, 0xaf])))).toBe('话化');
    // A page about 核销 leads: its glossary entry or the late-stage tier, whose readers' questions name it too.
    await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/(glossary\/#he-xiao|tiers\/late-stage-legal-action-and-write-off\/)$/);
    // The reader is told what else was searched, beside the count.
    await expect(page.locator('[data-search-status]')).toContainText('也按「呆账核销」找了');
    // The excerpts mark the query's words (核销), not every word one of its characters begins (账, 消失).
    const marks = await page.locator('.search-result__excerpt mark, .search-result mark').allTextContents();
    expect(marks.map((m) => m.trim())).toContain('核销');
    expect(marks.filter((m) => !/核销|呆账|账核|核消/.test(m))).toEqual([]);
    await page.goto(`/en/search/?q=${encodeURIComponent('colector id')}`);
    await searchDone(page, 'colector id');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/en/rights/see-collector-id-and-authorisation/');
    await expect(page.locator('[data-search-status]')).toContainText('also searched for “collector id”');
    // A query spelt right says only the count.
    await page.goto(`/search/?q=${encodeURIComponent('呆账核销')}`);
    await searchDone(page, '呆账核销');
    await expect(page.locator('[data-search-status]')).not.toContainText('也按');
  });

  test('a register page is named by its own title, not by its last entry', async ({ page }) => {
    // Each entry's title is its own record's meta (data-entry-meta); on the page's record it named /glossary/ 住宅不受侵犯.
    for (const [query, href, title] of [['术语表', '/glossary/', '术语表'], ['法规依据', '/sources/', '法规依据']]) {
      await page.goto(`/search/?q=${encodeURIComponent(query!)}`);
      await searchDone(page, query!);
      await expect(resultLinks(page).filter({ has: page.locator(`xpath=self::a[@href="${href}"]`) }).first()).toHaveText(title!);
    }
  });

  test('the English page searches the English index, in English', async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto(`/en/search/?q=${encodeURIComponent('night calls')}`);
    await searchDone(page, 'night calls');
    await expect(page.locator('h1')).toHaveText('Search');
    await expect(page.locator('[data-search-status]')).toContainText('results');
    const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith('/en/'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('an input method composing pinyin searches nothing until the characters are chosen, and only they enter the history', async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto('/search/');
    const root = page.locator('[data-search-page]');
    await expect(root).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    const runs = Number(await root.getAttribute('data-runs'));
    const entries = await page.evaluate(() => window.history.length);
    await page.locator('[data-search-input]').focus();
    // Chromium's own composition, as an input method drives it: the pinyin grows, then 上门 is chosen.
    const cdp = await page.context().newCDPSession(page);
    for (const text of ['s', 'sh', 'sha', 'shan', 'shang', 'shangm', 'shangme', 'shangmen']) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    }
    await page.waitForTimeout(500); // longer than the settle delay: still nothing may have run
    expect(Number(await root.getAttribute('data-runs'))).toBe(runs);
    expect(new URL(page.url()).search).toBe('');
    await cdp.send('Input.insertText', { text: '上门' });
    await expect(root).toHaveAttribute('data-query', '上门', { timeout: 20_000 });
    await expect(root).toHaveAttribute('data-state', 'done');
    expect(Number(await root.getAttribute('data-runs'))).toBe(runs + 1);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=上门');
    expect(await page.evaluate(() => window.history.length)).toBe(entries + 1);
    // Typed on, the same run of typing replaces that entry with the next settled query.
    await page.keyboard.type('催收');
    await expect(root).toHaveAttribute('data-query', '上门催收', { timeout: 20_000 });
    expect(await page.evaluate(() => window.history.length)).toBe(entries + 1);
    expect(problems).toEqual([]);
  });

  test('without JavaScript the page says so and links the indexes', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/search/?q=${encodeURIComponent('上门')}`);
    await expect(page.locator('[data-search-nojs]')).toBeVisible();
    await expect(page.locator('[data-search-nojs]')).toContainText('JavaScript');
    await expect(page.locator('[data-search-nojs] a[href="/procedures/"]')).toBeVisible();
    await expect(page.locator('.search-filters')).toBeHidden();
    await context.close();
  });
});

test.describe('search accessibility with results shown', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no WCAG 2.2 AA violation (${scheme}): search page with results and filters, and the header panel`, async ({ page }) => {
      // Three full axe runs over long result lists: over a minute on a busy two-core machine.
      test.setTimeout(150_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/search/?q=${encodeURIComponent('上门')}&kind=procedures`);
      await searchDone(page, '上门');
      expect(await axeViolations(page, scheme)).toEqual([]);

      await page.goto(`/search/?q=${encodeURIComponent('plugh')}`);
      await searchDone(page, 'plugh');
      expect(await axeViolations(page, scheme)).toEqual([]);

      await page.goto(contentPage);
      await page.keyboard.press('/');
      await page.keyboard.type('征信');
      await expect(page.locator(panel)).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
      expect(await axeViolations(page, scheme)).toEqual([]);
    });
  }
});

// The whole Chinese suite through the real page and index (helpers/relevance.ts), both halves
// reported, each with floors under its top-3 and top-1 (above). Of the 55 queries the planner was
// first tuned on, all but 老人生病怎么催收 must pass (it fell to rank 4 when the plan was cut to 8
// Pagefind searches; with the answer cards it is back at rank 2).
test(`relevance: ${queries.length} Chinese queries, the first 55 tuning, held-out and unseen`, async ({ page }) => {
  test.setTimeout(60_000 + queries.length * 1_000);
  const outcomes = await measure(page, '/search/', queries);
  for (const set of ['tuning', 'held-out', 'unseen'] as const) console.log(`Chinese ${score(outcomes, set).line}`);
  // Only the tuning half's misses are printed on a pass: the others are read only when a floor fails.
  for (const o of outcomes.filter((x) => x.set === 'tuning' && (x.rank < 1 || x.rank > 3))) console.log(`  tuning miss: ${missLine(o)}`);
  const missed = outcomes.filter((o) => o.set === 'tuning' && (o.rank < 1 || o.rank > 3) && o.query !== '老人生病怎么催收');
  expect(outcomes.filter((o) => o.set === 'tuning').length).toBe(original);
  expect(missed.map(missLine), 'the first 55 tuning queries').toEqual([]);
  const held = score(outcomes, 'held-out');
  expect(held.top3, outcomes.filter((o) => o.set === 'held-out' && (o.rank < 1 || o.rank > 3)).map(missLine).join('\n')).toBeGreaterThanOrEqual(heldOutFloor.top3);
  expect(held.top1).toBeGreaterThanOrEqual(heldOutFloor.top1);
  const unseen = score(outcomes, 'unseen');
  expect(unseen.top3, outcomes.filter((o) => o.set === 'unseen' && (o.rank < 1 || o.rank > 3)).map(missLine).join('\n')).toBeGreaterThanOrEqual(unseenFloor.top3);
});

// Every source of content/sources.yaml is found by the short name the site cites it by
// (民法典, 个人信息保护法; Civil Code), in each language, among the first three results.
test('a source\'s short name finds its entry on /sources/, in both languages', async ({ page }) => {
  test.setTimeout(120_000);
  const sources = parse(readFileSync(join(import.meta.dirname, '../../content/sources.yaml'), 'utf8')) as { id: string; short: { zh: string; en: string } }[];
  expect(sources.length).toBeGreaterThan(10);
  for (const [lang, path, prefix] of [['zh', '/search/', ''], ['en', '/en/search/', '/en']] as const) {
    const suite = sources.map((s) => ({ query: s.short[lang], expect: `${prefix}/sources/#${s.id}`, why: 'short name', set: 'unseen' as const }));
    const missed = (await measure(page, path, suite)).filter((o) => o.rank < 1 || o.rank > 3);
    expect(missed.map(missLine), lang).toEqual([]);
  }
});

test('on a 390 px phone the first result shows without scrolling: the filters start folded', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/search/?q=%E4%B8%8A%E9%97%A8%E5%82%AC%E6%94%B6');
  await searchDone(page, '上门催收');
  await expect(page.locator('[data-search-filters]')).not.toHaveAttribute('open');
  const title = await resultLinks(page).first().boundingBox();
  expect(title, 'the first result has a box').not.toBeNull();
  expect(title!.y + title!.height).toBeLessThanOrEqual(844);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
