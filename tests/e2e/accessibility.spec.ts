/**
 * axe with the WCAG 2.2 A and AA rules, on one page of every kind in each language, in light;
 * in dark, the colour rules on the Chinese page of each kind (the English page of a kind is the
 * same template and stylesheet, so its dark colours are the Chinese page's; checking them twice
 * cost a minute of a suite near CI's 20).
 */
import { test, expect } from '@playwright/test';
import { axeViolations } from './helpers/axe';
import { onePerKind, pageUrls } from './helpers/built-site';

// Short links (/p/<code>/) navigate away at once (meta refresh); the pages they lead to are checked.
const urls = [...onePerKind(pageUrls().filter((url) => !/^(\/en)?\/p\//.test(url))), '/404.html'];

// One load per page, axe in light then dark (helpers/axe.ts: dark checks the colour rules).
for (const url of urls) {
  const schemes = url.startsWith('/en/') ? (['light'] as const) : (['light', 'dark'] as const);
  test(`no WCAG 2.2 AA violation, ${schemes.join(' and ')}: ${url}`, async ({ page }) => {
    const found: string[] = [];
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      if (scheme === 'light') await page.goto(url);
      found.push(...(await axeViolations(page, scheme)));
    }
    expect(found).toEqual([]);
  });
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});
