/**
 * Every page of the built site loads in Chromium with no console error, no failed
 * request, and no request to any origin other than the local server.
 */
import { test, expect } from '@playwright/test';
import { pageUrls } from './helpers/built-site';

const urls = pageUrls();

test('the built site has pages of every kind', () => {
  for (const path of ['/', '/procedures/', '/rights/', '/tiers/', '/scripts/', '/cases/', '/sources/', '/glossary/']) {
    expect(urls, `missing ${path}`).toContain(path);
  }
});

for (const url of urls) {
  test(`loads cleanly: ${url}`, async ({ page, baseURL }) => {
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
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(problems).toEqual([]);
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
test('content pages ship no client JavaScript but the small search loader', async ({ page }) => {
  for (const url of urls.filter((u) => /^\/(procedures|rights|tiers|scripts|cases|letters|guides)\//.test(u)).slice(0, 12)) {
    await page.goto(url, { waitUntil: 'networkidle' });
    expect(await page.locator('astro-island').count(), url).toBe(0);
    expect(await page.locator('script:not([src])').count(), url).toBe(0);
    const bytes = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .reduce((sum, e) => sum + (e as PerformanceResourceTiming).decodedBodySize, 0));
    expect(bytes, url).toBeLessThan(4096);
  }
});
