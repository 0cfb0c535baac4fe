/**
 * Every page of the built site loads in Chromium with no console error, no failed
 * request, and no request to any origin other than the local server; and every
 * page but the two tools ships no client JavaScript but the small search loader.
 */
import { test, expect, type Page } from '@playwright/test';
import { pageUrls } from './helpers/built-site';
import { letters } from './helpers/letter-content';

// Short links (/p/<code>/) are redirect stubs, checked one by one in permanence.spec.ts.
const urls = pageUrls().filter((url) => !url.startsWith('/p/'));

test('the built site has pages of every kind', () => {
  for (const path of ['/', '/procedures/', '/rights/', '/tiers/', '/scripts/', '/cases/', '/sources/', '/glossary/']) {
    expect(urls, `missing ${path}`).toContain(path);
  }
});

/**
 * The tools ship their own code: the calculator, search page and self-check
 * (calculator.spec.ts, search.spec.ts, selfcheck.spec.ts), the training pages' islands
 * (training.spec.ts; budget in `npm run bench:training`) and each letter's form
 * (letters.spec.ts; `npm run bench:letters`).
 */
const isTraining = (url: string) => /^\/(en\/)?training\//.test(url);
const isLetter = (url: string) => /^\/(en\/)?letters\/[a-z0-9-]+\/$/.test(url);
const isTool = (url: string) => /^\/(en\/)?(calculator|search|self-check)\/$/.test(url) || isTraining(url) || isLetter(url);

test('the tools are the only pages allowed more JavaScript', () => {
  expect(urls.filter(isTool).filter((url) => !isTraining(url) && !isLetter(url))).toEqual(['/calculator/', '/en/calculator/', '/en/search/', '/search/', '/self-check/']);
  // One page per letter in content/letters/: not the list of letters, nothing else.
  expect(urls.filter(isLetter)).toEqual(letters.map((l) => `/letters/${l.slug}/`));
  // The dashboard, one page per module and one per drill: nothing else under /training/.
  const training = urls.filter(isTraining);
  expect(training).toContain('/training/');
  expect(training.every((url) => /^\/training\/([a-z0-9-]+\/|drills\/[a-z0-9-]+\/)?$/.test(url)), training.join(' ')).toBe(true);
});

for (const url of urls) {
  test(`loads cleanly${isTool(url) ? '' : ', no JavaScript but the search loader'}: ${url}`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('requestfailed', (req) => problems.push(`failed: ${req.url()} ${req.failure()?.errorText}`));
    page.on('response', (res) => { if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`); });
    await page.route('**/*', (route) => {
      const requested = new URL(route.request().url());
      if (requested.origin !== origin && requested.protocol !== 'data:') {
        problems.push(`outside request: ${requested.href}`);
        return route.abort();
      }
      return route.continue();
    });
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(problems).toEqual([]);
    if (!isTool(url)) await expectOnlySearchLoader(page);
  });
}

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/procedures/no-such-procedure/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('页面不存在');
  await expect(page.locator('main a[href="/"]')).toBeVisible();
});

// Content pages ship no framework code: the one script is the header search loader
// (shortcuts; search code only on first focus), a few hundred bytes, and no island.
// Checked on every page but the tools, in the page load above (no second visit).
async function expectOnlySearchLoader(page: Page) {
  expect(await page.locator('astro-island').count(), 'islands').toBe(0);
  expect(await page.locator('script:not([src])').count(), 'inline scripts').toBe(0);
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => new URL(e.name).pathname.endsWith('.js'))
    .map((e) => ({ name: new URL(e.name).pathname, bytes: (e as PerformanceResourceTiming).decodedBodySize })));
  const bytes = scripts.reduce((sum, s) => sum + s.bytes, 0);
  const list = `JavaScript bytes: ${scripts.map((s) => `${s.name} ${s.bytes}`).join(', ') || 'none'}`;
  // More than 0: the loader is there, and the measurement works (it reads 0 if the size is hidden).
  expect(bytes, list).toBeGreaterThan(0);
  expect(bytes, list).toBeLessThan(4096);
}
