/**
 * Versions as they stood: an archived copy reads as it was published, under a
 * banner naming its status and linking the current page; the comparison page lists
 * what the change record says changed, word by word, and counts the rest. Expected
 * codes and sentences come from the content files, not from this test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { axeViolations } from './helpers/axe';
import { parse } from 'yaml';
import { zhCn } from '../../src/lib/i18n/dictionaries/zh-cn';
import { format } from '../../src/lib/i18n/format';
import { compareVersions } from '../../src/lib/routes';

interface Step { code: string; action: string }
interface Change { version: string; added?: string[]; changed?: string[]; removed?: string[]; summary: string }
const root = join(import.meta.dirname, '../..');
const frontmatter = (path: string) => parse(readFileSync(join(root, path), 'utf8').split(/^---$/m)[1]!) as { steps: Step[]; changes?: Change[] };

const slug = 'home-visit-notice-and-appointment';
const current = frontmatter(`content/procedures/zh-cn/${slug}.mdx`);
const v10 = frontmatter(`content/archive/zh-cn/${slug}/1.0.mdx`);
const v11 = frontmatter(`content/archive/zh-cn/${slug}/1.1.mdx`);
const currentUrl = `/procedures/${slug}/`;

test('an archived version shows its own text under a banner that says it was superseded', async ({ page }) => {
  const old = v10.steps.find((s) => s.code === 'HV-02.7')!;
  // The premise: v1.0 still sent agents to the workplace, and the current text does not.
  expect(old.action).toContain('工作单位');
  expect(current.steps.find((s) => s.code === 'HV-02.7')!.action).not.toContain(old.action);

  await page.goto(`/procedures/${slug}/v/1.0/`);
  await expect(page.locator('h1')).toContainText('HV-02');
  await expect(page.locator('li.step', { has: page.locator('[id="HV-02.7"]') })).toContainText(old.action);

  const next = current.changes!.map((c) => c.version).filter((v) => compareVersions(v, '1.0') > 0).sort(compareVersions)[0]!;
  const banner = page.locator('.version-banner');
  await expect(banner).toContainText(format(zhCn['versions.state.superseded'], { version: next }));
  await expect(banner).toContainText('这是 HV-02 的 v1.0');
  await expect(banner.locator('a[data-link="current"]')).toHaveAttribute('href', currentUrl);
  // Kept out of search, but not out of the index of the web: its own canonical, no noindex.
  await expect(page.locator('article[data-pagefind-ignore="all"]')).toHaveCount(1);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/procedures/${slug}/v/1\\.0/$`));
  // The history lists every version, this one marked, the next linked to its comparison.
  await expect(page.locator('.version-history tbody tr')).toHaveCount(current.changes!.length);
  await expect(page.locator('.version-history [aria-current="page"]')).toHaveText('v1.0');

  await banner.locator('a[data-link="current"]').click();
  await expect(page).toHaveURL(new RegExp(`${currentUrl}$`));
});

test('the comparison lists each step the change record names, word by word, and counts the unchanged', async ({ page }) => {
  const record = current.changes!.find((c) => c.version === '1.1')!;
  const touched = new Set([...(record.added ?? []), ...(record.changed ?? [])]);
  const unchanged = v11.steps.map((s) => s.code).filter((code) => !touched.has(code));
  expect(record.changed).toContain('HV-02.7');

  await page.goto(`/procedures/${slug}/v/1.1/diff/`);
  await expect(page.locator('h1')).toContainText('v1.0 → v1.1');
  await expect(page.locator('[data-summary]')).toHaveText(record.summary);

  for (const [state, codes] of [['added', record.added], ['changed', record.changed], ['removed', record.removed]] as const) {
    await expect(page.locator(`li[data-state="${state}"]`)).toHaveCount(codes?.length ?? 0);
    for (const code of codes ?? []) await expect(page.locator(`li[data-step="${code}"][data-state="${state}"]`)).toBeVisible();
  }
  const step = page.locator('li[data-step="HV-02.7"][data-state="changed"]');
  await expect(step).toContainText(zhCn['versions.steps.changed']);
  await expect(step.locator('del')).not.toHaveCount(0);
  await expect(step.locator('ins')).not.toHaveCount(0);
  expect((await step.locator('[data-field="action"] del').allTextContents()).join('')).toContain('工作单位');

  const listed = page.locator('[data-unchanged]');
  await expect(listed).toHaveAttribute('data-unchanged', String(unchanged.length));
  await expect(listed.locator('h3')).toHaveText(format(zhCn['versions.diff.unchanged'], { count: unchanged.length }));
  expect(await listed.locator('li[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual(unchanged);
});

for (const path of [`/procedures/${slug}/v/1.0/`, `/procedures/${slug}/v/1.1/diff/`]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no WCAG 2.2 AA violation (${scheme}): ${path}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await axeViolations(page, scheme)).toEqual([]);
    });
  }
}
