/**
 * The self-check page in Chromium against the built site: the reader test's 21:30
 * visit with the neighbour told, the findings by strength with their sources, the
 * next steps and their dates, the hand-over to the complaint letter (never in the
 * URL), bad input beside its field, the form and the log surviving a reload, CSV and
 * print, storage that fails, no JavaScript, 320 px, and axe with results shown.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const rules = parse(readFileSync(join(import.meta.dirname, '../../content/checks.yaml'), 'utf8')) as { id: string; say: { breach?: { zh: string }; ok: { zh: string } } }[];
const say = (id: string, verdict: 'breach' | 'ok') => rules.find((r) => r.id === id)!.say[verdict]!.zh;
const plusDays = (n: number) => { const d = new Date(); d.setDate(d.getDate() + n); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; };

async function open(page: Page) {
  await page.goto('/self-check/');
  await expect(page.getByRole('button', { name: '查看自查结果' })).toBeEnabled();
}

async function describeTheVisit(page: Page) {
  const form = page.locator('.sc-form');
  await form.getByRole('group', { name: '欠的是谁的钱' }).getByLabel('银行信用卡').check();
  await form.getByRole('group', { name: '他们怎么联系你的' }).getByLabel('上门').check();
  await form.getByLabel('几点几分').fill('21:30');
  await form.getByLabel('来了几个人').fill('2');
  await form.getByRole('group', { name: '他们联系了谁或跟谁说了话' }).getByLabel('邻居').check();
  await form.getByRole('group', { name: '他们把欠款告诉了谁' }).getByLabel('邻居').check();
}

test('the 21:30 visit with the neighbour told: breaches by strength with sources, next steps, and the letter handed over in this browser', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await open(page);
  await describeTheVisit(page);
  await page.getByRole('button', { name: '查看自查结果' }).click();
  const results = page.locator('.sc-results');
  await expect(results.locator('h2')).toBeFocused();
  const law = results.locator('[data-group="law"]');
  await expect(law.locator('h3')).toHaveText('违法');
  await expect(law.locator('[data-rule="disclosure"]')).toContainText(say('disclosure', 'breach'));
  await expect(law.locator('[data-rule="disclosure"] a[href="/sources/#civil-code"]')).toContainText('第1032条');
  // 21:30 is not night-time under the rule: listed among what was fine, not as a breach.
  await expect(results.locator('.sc-finding--breach[data-rule="night-banks"]')).toHaveCount(0);
  await expect(results.locator('.sc-group--ok [data-rule="night-banks"]')).toContainText(say('night-banks', 'ok'));
  await expect(results.locator('[data-group="unclear"] [data-rule="third-party-card"]')).toBeVisible();
  const next = results.locator('.sc-next');
  await expect(next).toContainText(plusDays(15));
  await expect(next).toContainText('12378');
  await expect(next.locator('.sc-urgent')).toHaveCount(0);
  await next.getByRole('link', { name: '用这次的情况填写投诉信' }).click();
  await expect(page).toHaveURL(/\/letters\/complaint-about-collection-conduct\/$/);
  // The letter opens filled in with this incident and the rules it broke, handed over in this browser.
  await expect(page.getByLabel('事实经过')).toHaveValue(/21:30.*邻居/);
  await expect(page.getByLabel('上述行为不符合的规定')).toHaveValue(/隐私/);
  expect(page.url()).not.toMatch(/[?#]/);
  expect(problems).toEqual([]);
});

test('forced entry and a threat to the family: call 110 now; a fake court: 96110', async ({ page }) => {
  await open(page);
  await page.getByLabel('没经我同意就进来了').check();
  await page.getByLabel('要对家人不利').check();
  await page.getByRole('group', { name: '他们自称是' }).getByLabel('法院').check();
  await page.getByRole('button', { name: '查看自查结果' }).click();
  await expect(page.locator('.sc-urgent').first()).toContainText('110');
  await expect(page.locator('.sc-urgent').nth(1)).toContainText('96110');
  await expect(page.locator('[data-group="law"] [data-rule="entry"]')).toBeVisible();
});

test('a bad time or count gets a message beside its field, and no result', async ({ page }) => {
  await open(page);
  await page.getByLabel('几点几分').fill('25:00');
  await page.getByLabel('来了几个人').fill('0');
  await page.getByRole('button', { name: '查看自查结果' }).click();
  await expect(page.getByLabel('几点几分')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#sc-time-error')).toHaveText('请按 24 小时制填写，例如 21:30。');
  await expect(page.locator('#sc-staff-error')).toBeVisible();
  await expect(page.locator('.sc-results')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(/NaN|Infinity|undefined/);
});

test('what the reader typed survives a reload, and never enters the URL', async ({ page }) => {
  await open(page);
  await describeTheVisit(page);
  await page.reload();
  await expect(page.getByRole('button', { name: '查看自查结果' })).toBeEnabled();
  await expect(page.getByLabel('几点几分')).toHaveValue('21:30');
  await expect(page.getByRole('group', { name: '他们把欠款告诉了谁' }).getByLabel('邻居')).toBeChecked();
  expect(page.url()).not.toMatch(/[?#]/);
});

test('the incident log: add, survive a reload, export CSV for Excel, check an entry, print only the log', async ({ page }) => {
  await open(page);
  const log = page.locator('.incident-log');
  await log.getByRole('button', { name: '新增一条记录' }).click();
  await log.getByLabel('几点几分').fill('21:30');
  await log.getByRole('group', { name: '他们怎么联系你的' }).getByLabel('上门').check();
  await log.getByLabel('是谁').fill('两名男子，自称某银行');
  await log.getByRole('group', { name: '他们联系了谁或跟谁说了话' }).getByLabel('邻居').check();
  await log.getByLabel('说了什么、做了什么').fill('在楼道里对邻居说我欠信用卡三万，"他不还"');
  await log.getByLabel('留了什么证据').fill('门口监控');
  await log.getByRole('button', { name: '保存' }).click();
  await expect(log.locator('.log-entries li')).toHaveCount(1);
  await page.reload();
  await expect(log.locator('.log-entries li')).toContainText('在楼道里对邻居说我欠信用卡三万');

  const [download] = await Promise.all([page.waitForEvent('download'), log.getByRole('button', { name: '导出表格（CSV）' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^催收记录-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path());
  expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const text = csv.toString('utf8');
  expect(text).toContain('"日期","时间","方式","是谁","联系了谁","经过","证据"\r\n');
  expect(text).toContain('"在楼道里对邻居说我欠信用卡三万，""他不还"""');

  await log.getByRole('button', { name: '用这条自查' }).click();
  await expect(page.locator('.sc-notice')).toBeVisible();
  await expect(page.locator('.sc-form').getByLabel('几点几分')).toHaveValue('21:30');
  await expect(page.locator('.sc-form').getByRole('group', { name: '他们联系了谁或跟谁说了话' }).getByLabel('邻居')).toBeChecked();

  await page.evaluate(() => { document.documentElement.dataset.print = 'log'; });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sc-form')).toBeHidden();
  await expect(log.locator('.log-entries')).toBeVisible();
  await expect(log.getByRole('button', { name: '用这条自查' })).toBeHidden();
  expect(page.url()).not.toMatch(/[?#]/);
});

test('storage unavailable: the check and the log still work and say the log cannot be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); } });
  });
  await open(page);
  await expect(page.locator('.incident-log .training-storage--warn')).toContainText('不能保存记录');
  await describeTheVisit(page);
  await page.getByRole('button', { name: '查看自查结果' }).click();
  await expect(page.locator('[data-rule="disclosure"]').first()).toBeVisible();
});

test('a corrupt log is reported, and a new entry starts a new log', async ({ page }) => {
  await page.goto('/self-check/');
  await page.evaluate(() => localStorage.setItem('incident-log', '{"schema":1,"entries":[{"id":1}]}'));
  await open(page);
  await expect(page.locator('.incident-log .training-storage--warn')).toContainText('已损坏');
});

test('without JavaScript every rule is there to read, with its strength and source', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/self-check/');
  await expect(page.locator('.sc-rule-list li')).toHaveCount(rules.length);
  await expect(page.locator('#rule-disclosure a[href="/sources/#civil-code"]')).toBeVisible();
  await context.close();
});

test('at 320 px the form and the results fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await open(page);
  await describeTheVisit(page);
  await page.getByRole('button', { name: '查看自查结果' }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no WCAG 2.2 AA violation with results and the log form shown (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page);
    await describeTheVisit(page);
    await page.getByLabel('几点几分').fill('9:3');
    await page.getByRole('button', { name: '查看自查结果' }).click();
    await page.getByLabel('几点几分').fill('21:30');
    await page.getByRole('button', { name: '查看自查结果' }).click();
    await page.locator('.sc-group--ok summary').click();
    await page.getByRole('button', { name: '新增一条记录' }).click();
    expect(await axeViolations(page, scheme)).toEqual([]);
  });
}
