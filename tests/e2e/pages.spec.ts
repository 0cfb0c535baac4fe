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

test('content pages ship no client JavaScript', async ({ page }) => {
  for (const url of urls.filter((u) => /^\/(procedures|rights|tiers|scripts|cases|letters|guides)\//.test(u)).slice(0, 12)) {
    await page.goto(url);
    expect(await page.locator('script[src], script[type="module"]').count(), url).toBe(0);
  }
});
