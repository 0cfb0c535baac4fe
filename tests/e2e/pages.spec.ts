/**
 * Every page of the built site loads in Chromium with no console error, no failed
 * request, and no request to any origin other than the local server; and every
 * page but the two tools ships no client JavaScript but the small search loader.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, onePerKind, pageUrls } from './helpers/built-site';
import { letters } from './helpers/letter-content';
import { isToolPage } from '../../scripts/lib/page-budgets.mjs';

// Short links (/p/<code>/) are redirect stubs, checked one by one in permanence.spec.ts.
const urls = pageUrls().filter((url) => !/^(\/en)?\/p\//.test(url));

test('the built site has pages of every kind', () => {
  for (const path of ['/', '/procedures/', '/rights/', '/tiers/', '/scripts/', '/cases/', '/sources/', '/glossary/']) {
    expect(urls, `missing ${path}`).toContain(path);
  }
});

/**
 * The tools ship their own code: the calculator, search page and self-check
 * (calculator.spec.ts, search.spec.ts, selfcheck.spec.ts), the training pages' islands
 * (training.spec.ts; budget in `npm run bench:training`) and each letter's form
 * (letters.spec.ts; `npm run bench:letters`). Which pages are tools is said once, by
 * isToolPage in scripts/lib/page-budgets.mjs, which also gives them their budget.
 */
const isTraining = (url: string) => /^\/(en\/)?training\//.test(url);
const isLetter = (url: string) => /^\/(en\/)?letters\/[a-z0-9-]+\/$/.test(url);

test('the tools are the only pages allowed more JavaScript', () => {
  expect(urls.filter(isToolPage).filter((url) => !isTraining(url) && !isLetter(url))).toEqual(['/calculator/', '/en/calculator/', '/en/search/', '/en/self-check/', '/search/', '/self-check/']);
  // One page per letter in content/letters/, in each language: not the list of letters, nothing else.
  expect(urls.filter(isLetter)).toEqual([...letters.map((l) => `/en/letters/${l.slug}/`), ...letters.map((l) => `/letters/${l.slug}/`)]);
  // The dashboard, one page per module and one per drill: nothing else under /training/.
  const training = urls.filter(isTraining);
  expect(training).toContain('/training/');
  expect(training).toContain('/en/training/');
  expect(training.every((url) => /^(\/en)?\/training\/([a-z0-9-]+\/|drills\/[a-z0-9-]+\/)?$/.test(url)), training.join(' ')).toBe(true);
});

// Pages in batches of a section, one browser page per batch: a fresh context per page
// cost more than the checks once the English edition doubled the pages. Every problem
// names its URL, and every page of the batch is still visited when one fails.
const sectionOf = (url: string) => url.split('/').filter(Boolean).slice(0, url.startsWith('/en/') ? 2 : 1).join('/') || 'home';
// Every Chinese page in the browser, and one English page of each kind: the English pages are
// built from the same templates, and every one of them is also checked on file below.
const inBrowser = [...urls.filter((url) => !url.startsWith('/en/')), ...onePerKind(urls.filter((url) => url.startsWith('/en/')))];
const batches = new Map<string, string[]>();
for (const url of inBrowser) {
  const key = `${sectionOf(url)}${isToolPage(url) ? ' (tools)' : ''}`;
  const list = batches.get(key) ?? [];
  if (list.length >= 12) batches.set(`${key} ${batches.size}`, list.splice(0));
  batches.set(key, [...list, url]);
}

for (const [section, list] of batches) {
  test(`loads cleanly, ${isToolPage(list[0]!) ? 'tools' : 'no JavaScript but the search loader'}: ${section} (${list.length} pages)`, async ({ page, baseURL }) => {
    test.setTimeout(15_000 + list.length * 5_000);
    const origin = new URL(baseURL!).origin;
    let current = '';
    const problems: string[] = [];
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`${current}: console: ${msg.text()}`); });
    page.on('pageerror', (err) => problems.push(`${current}: page error: ${err.message}`));
    // A CSP violation is a console error too: said by name, so the report reads as one.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    // Moving on to the next page aborts what the last one was still fetching (its favicon, a lazy
    // chunk): that is the batch, not a fault. A missing file shows as its HTTP status.
    page.on('requestfailed', (req) => { if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${current}: failed: ${req.url()} ${req.failure()?.errorText}`); });
    page.on('response', (res) => { if (res.status() >= 400) problems.push(`${current}: HTTP ${res.status()}: ${res.url()}`); });
    await page.route('**/*', (route) => {
      const requested = new URL(route.request().url());
      if (requested.origin !== origin && requested.protocol !== 'data:') {
        problems.push(`${current}: outside request: ${requested.href}`);
        return route.abort();
      }
      return route.continue();
    });
    for (const url of list) {
      current = url;
      const response = await page.goto(url);
      if (response?.status() !== 200) problems.push(`${url}: HTTP ${response?.status()}`);
      const h1 = await page.locator('h1').count();
      if (h1 !== 1) problems.push(`${url}: ${h1} h1 elements`);
      if (!isToolPage(url)) problems.push(...(await searchLoaderProblems(page)).map((p) => `${url}: ${p}`));
    }
    expect(problems).toEqual([]);
  });
}

// On file, every page: one h1, no island and no inline script but on the tools, and no script
// but the ones a content page loads (the header's search loader and the copy buttons).
test(`every page on file: one h1, and no JavaScript but the search loader on content pages (${urls.length} pages)`, () => {
  const scriptsOf = (html: string) => [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1] ?? 'inline');
  const html = (url: string) => readFileSync(join(distDir, url, 'index.html'), 'utf8');
  // What a right and a procedure load (checked for their size in the browser above): the header's loader and the copy buttons.
  const allowed = new Set([...scriptsOf(html('/rights/no-contact-at-night/')), ...scriptsOf(html('/procedures/on-site-conduct/'))]);
  expect(allowed.size).toBeGreaterThan(1);
  const problems: string[] = [];
  for (const url of urls) {
    const page = html(url);
    const h1 = (page.match(/<h1[\s>]/g) ?? []).length;
    if (h1 !== 1) problems.push(`${url}: ${h1} h1 elements`);
    if (isToolPage(url)) continue;
    if (page.includes('<astro-island')) problems.push(`${url}: an island`);
    for (const src of scriptsOf(page)) if (!allowed.has(src)) problems.push(`${url}: script ${src}`);
  }
  expect(problems).toEqual([]);
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/procedures/no-such-procedure/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('页面不存在');
  await expect(page.locator('main a[href="/"]')).toBeVisible();
});

// Content pages ship no framework code: the one script is the header search loader
// (shortcuts; search code only on first focus), a few hundred bytes, and no island.
// Checked on every page but the tools, in the page load above (no second visit).
async function searchLoaderProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const islands = await page.locator('astro-island').count();
  if (islands > 0) problems.push(`${islands} islands`);
  const inline = await page.locator('script:not([src])').count();
  if (inline > 0) problems.push(`${inline} inline scripts`);
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => new URL(e.name).pathname.endsWith('.js'))
    .map((e) => ({ name: new URL(e.name).pathname, bytes: (e as PerformanceResourceTiming).decodedBodySize })));
  const bytes = scripts.reduce((sum, s) => sum + s.bytes, 0);
  const list = `JavaScript bytes: ${scripts.map((s) => `${s.name} ${s.bytes}`).join(', ') || 'none'}`;
  // More than 0: the loader is there, and the measurement works (it reads 0 if the size is hidden).
  if (!(bytes > 0 && bytes < 4096)) problems.push(list);
  return problems;
}
