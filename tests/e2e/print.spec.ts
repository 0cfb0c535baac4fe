/** The print stylesheet: no navigation, and the address of each link printed after it. */
import { test, expect } from '@playwright/test';

test('a procedure prints without navigation and with link addresses', async ({ page }) => {
  await page.goto('/procedures/home-visit-preparation/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.aside')).toBeHidden();
  const link = page.locator('.prose a[href^="/"]').first();
  const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain(await link.getAttribute('href'));
});
