/**
 * What readers see of the route model and the truth pass, in the built site:
 * hreflang both ways, the language switch, canonical URLs on the configured
 * origin, a procedure's status computed at build time, and the help line and
 * "report an error" link on every page.
 */
import { test, expect } from '@playwright/test';
import { siteUrl } from '../../src/site.config';
import { zhCn } from '../../src/lib/i18n/dictionaries/zh-cn';
import { en } from '../../src/lib/i18n/dictionaries/en';

test('a page with a twin links it both ways with hreflang, and x-default to the Chinese page', async ({ page }) => {
  for (const [path, twin] of [['/calculator/', '/en/calculator/'], ['/en/calculator/', '/calculator/']] as const) {
    await page.goto(path);
    const links = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((e) => [e.getAttribute('hreflang'), e.getAttribute('href')] as const));
    expect(new Map(links)).toEqual(new Map([
      ['zh-CN', `${siteUrl}/calculator/`], ['en', `${siteUrl}/en/calculator/`], ['x-default', `${siteUrl}/calculator/`],
    ]));
    const lang = page.locator('a.lang-switch');
    await expect(lang).toHaveAttribute('href', twin);
    await expect(lang).toHaveAttribute('data-twin', 'true');
  }
});

// Since the English edition every page has a twin; the switch's fallback to the other home
// (a page without one) is covered by switchTarget's unit test (tests/unit/routes.test.ts).
test('a procedure links its English twin, which links back', async ({ page }) => {
  await page.goto('/procedures/on-site-conduct/');
  await expect(page.locator('a.lang-switch')).toHaveAttribute('href', '/en/procedures/on-site-conduct/');
  await page.locator('a.lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('a.lang-switch')).toHaveAttribute('href', '/procedures/on-site-conduct/');
  await expect(page.locator('[id="HV-04.5"]')).toBeVisible();
});

test('canonical URLs use the configured origin, and <html lang> follows the locale', async ({ page }) => {
  await page.goto('/rights/is-card-debt-a-crime/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${siteUrl}/rights/is-card-debt-a-crime/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('nav.site-nav')).toContainText(en['nav.calculator']);
  await expect(page.locator('nav.site-nav')).toContainText(en['nav.procedures']);
});

test('the sitemap pairs each URL with its twin', async ({ request }) => {
  const index = await (await request.get('/sitemap-0.xml')).text();
  expect(index).toContain(`<loc>${siteUrl}/calculator/</loc>`);
  expect(index).toMatch(/hreflang="en" href="[^"]*\/en\/calculator\/"/);
});

test('a procedure shows whether it is in force, computed from its effective date when the site was built', async ({ page }) => {
  await page.goto('/procedures/on-site-conduct/');
  const effective = (await page.locator('.meta dd').nth(2).textContent())!.trim();
  expect(effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const status = page.locator('.meta [data-status]');
  const built = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  // The suite runs right after the build, so the build day is today (a run across midnight in China could differ by one).
  if (built < effective) {
    await expect(status).toHaveAttribute('data-status', 'upcoming');
    await expect(status).toHaveText(zhCn['status.upcoming'].replace('{date}', effective));
  } else {
    await expect(status).toHaveAttribute('data-status', 'in-force');
    await expect(status).toHaveText(zhCn['status.inForce'].replace('{date}', effective));
  }
});

test('a step that is our own rule says so, and a reported source carries its mark', async ({ page }) => {
  await page.goto('/procedures/home-visit-notice-and-appointment/');
  await expect(page.locator('[id="HV-02.4"]').locator('..')).toContainText(zhCn['steps.internal']);
  await expect(page.locator('[id="HV-02.2"]').locator('..')).toContainText(`（${zhCn['source.mark.reported']}）`);
});

test('every page offers help and a report-an-error link carrying its address and title', async ({ page }) => {
  for (const path of ['/', '/rights/is-card-debt-a-crime/', '/en/calculator/']) {
    await page.goto(path);
    await expect(page.locator(`footer a[href="${path.startsWith('/en/') ? '/en/help/' : '/help/'}"]`)).toBeVisible();
    const href = (await page.locator('footer a.report-error').getAttribute('href'))!;
    expect(href).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
    const body = decodeURIComponent(href.split('&body=')[1]!);
    expect(body).toContain(`${siteUrl}${path}`);
    const title = (await page.locator('h1').first().textContent())!.trim();
    expect(decodeURIComponent(href)).toContain(title);
  }
});

test('the new borrower pages are reachable from the home page and the tier pages', async ({ page }) => {
  await page.goto('/');
  for (const path of ['/rights/is-card-debt-a-crime/', '/guides/after-being-sued/', '/guides/real-or-fake-collection-papers/', '/help/']) {
    await expect(page.locator(`main a[href="${path}"]`).first()).toBeVisible();
  }
  await page.goto('/tiers/late-stage-legal-action-and-write-off/');
  for (const path of ['/rights/is-card-debt-a-crime/', '/guides/after-being-sued/', '/guides/real-or-fake-collection-papers/', '/help/']) {
    await expect(page.locator(`main a[href="${path}"]`).first()).toBeAttached();
  }
});
