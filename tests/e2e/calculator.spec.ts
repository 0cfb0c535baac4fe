/**
 * The repayment calculator in Chromium, against the built site: the form, the
 * schedule, validation beside the fields, URL state, CSV, comparison, affordability,
 * the negotiation draft. Every test also fails on a console error, a page error or a
 * CSP violation.
 */
import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const problems = new WeakMap<Page, string[]>();

test.beforeEach(async ({ page }) => {
  const list: string[] = [];
  problems.set(page, list);
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text())) list.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => list.push(`page error: ${err.message}`));
});

test.afterEach(async ({ page }) => {
  expect(problems.get(page)).toEqual([]);
});

/** Opens the calculator and waits until the island has hydrated. */
async function open(page: Page, path = '/calculator/') {
  await page.goto(path);
  await expect(page.locator('astro-island:not([ssr])')).toHaveCount(1);
}

const field = (page: Page, id: string) => page.locator(`#calc-${id}`);
const errorOf = (page: Page, id: string) => page.locator(`#calc-${id}-error`);
const scheduleRows = (page: Page) => page.locator('.calc-schedule tbody tr');

test('fill the form and see the schedule', async ({ page }) => {
  await open(page);
  await field(page, 'principal').fill('1000');
  await field(page, 'months').fill('3');
  await field(page, 'rate').fill('12');
  // ¥1,000 over 3 months at 12%: 340.02, 340.02, then 340.03 (worked by hand in the unit tests)
  await expect(page.getByTestId('instalment')).toHaveText('¥340.02（末期 ¥340.03）');
  await expect(page.getByTestId('payments')).toHaveText('3 期');
  await expect(page.getByTestId('total-paid')).toHaveText('¥1,020.07');
  await expect(page.getByTestId('total-cost')).toHaveText('¥20.07');
  await expect(scheduleRows(page)).toHaveCount(3);
  await expect(scheduleRows(page).nth(1)).toContainText('¥333.32');
  await expect(scheduleRows(page).nth(2).locator('td').last()).toHaveText('¥0.00');
  await expect(page.locator('.calc-chart svg polyline')).toHaveCount(1);
  // no NaN, Infinity or negative zero anywhere in the results
  await expect(page.locator('.calc')).not.toContainText(/NaN|Infinity|-0\.00|¥-/);
});

test('change the method', async ({ page }) => {
  await open(page);
  await field(page, 'principal').fill('1000');
  await field(page, 'months').fill('3');
  await field(page, 'rate').fill('12');
  await page.getByLabel(/^等额本金/).check();
  await expect(page.getByTestId('instalment')).toHaveText('首期 ¥343.33，逐期变化，最高 ¥343.33');
  await expect(scheduleRows(page).nth(2)).toContainText('¥336.67');

  await page.getByLabel(/^分期手续费/).check();
  await expect(field(page, 'rate')).toHaveCount(0);
  await field(page, 'principal').fill('12000');
  await field(page, 'months').fill('12');
  await field(page, 'fee').fill('0.6');
  await expect(page.getByTestId('instalment')).toHaveText('¥1,072.00');
  await expect(page.getByTestId('apr')).toHaveText('13.03%');
  await expect(page.locator('.calc-results')).toContainText('一年 7.20%');

  await page.getByLabel(/^停息分期/).check();
  await expect(field(page, 'fee')).toHaveCount(0);
  await expect(page.getByTestId('instalment')).toHaveText('¥1,000.00');
  await expect(page.getByTestId('apr')).toHaveText('0.00%');
});

test('bad input shows the message beside the field, as you type', async ({ page }) => {
  await open(page);
  await field(page, 'principal').fill('12a');
  await expect(errorOf(page, 'principal')).toHaveText('请输入数字，例如 12000 或 12000.50。');
  await expect(field(page, 'principal')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('fix-errors')).toBeVisible();
  await expect(page.locator('.calc-results')).toHaveCount(0);

  await field(page, 'principal').fill('12000');
  await expect(errorOf(page, 'principal')).toBeEmpty();
  await field(page, 'months').fill('400');
  await expect(errorOf(page, 'months')).toHaveText('期数须在 1 到 360 之间。');
  await field(page, 'months').fill('');
  await expect(errorOf(page, 'months')).toHaveText('请填写这一项。');
  await field(page, 'months').fill('12');
  await field(page, 'rate').fill('101');
  await expect(errorOf(page, 'rate')).toHaveText('年利率须在 0% 到 100% 之间。');
  await field(page, 'rate').fill('6');
  await expect(page.getByTestId('instalment')).toHaveText('¥1,032.80（末期 ¥1,032.78）');
});

test('in English under /en/', async ({ page }) => {
  await open(page, '/en/calculator/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await field(page, 'principal').fill('-5');
  await expect(errorOf(page, 'principal')).toHaveText('The amount must be more than 0.');
  await field(page, 'principal').fill('12000');
  await expect(page.getByTestId('instalment')).toHaveText('¥1,032.80 (last ¥1,032.78)');
  await expect(page.getByTestId('payments')).toHaveText('12');
});

test('the share URL round-trips', async ({ page, context }) => {
  await open(page);
  await page.getByLabel(/^等额本金/).check();
  await field(page, 'principal').fill('30000');
  await field(page, 'months').fill('24');
  await field(page, 'rate').fill('4.35');
  await field(page, 'first').fill('2025-01-31');
  await expect(page).toHaveURL(/principal=30000/);
  await expect(page).toHaveURL(/first=2025-01-31/);
  const instalment = await page.getByTestId('instalment').textContent();
  const url = page.url();
  expect(new URL(url).searchParams.get('method')).toBe('equal-principal');

  const other = await context.newPage();
  problems.set(other, []);
  other.on('pageerror', (err) => problems.get(other)!.push(err.message));
  await open(other, url.replace(/^https?:\/\/[^/]+/, ''));
  await expect(other.locator('input[name="calc-method"][value="equal-principal"]')).toBeChecked();
  await expect(field(other, 'principal')).toHaveValue('30000');
  await expect(field(other, 'months')).toHaveValue('24');
  await expect(field(other, 'rate')).toHaveValue('4.35');
  await expect(field(other, 'first')).toHaveValue('2025-01-31');
  await expect(other.getByTestId('instalment')).toHaveText(instalment!);
  await expect(other.getByTestId('query-notice')).toHaveCount(0);
  expect(problems.get(other)).toEqual([]);
  await other.close();
});

test('the CSV download has a BOM, CRLF lines and one row per payment', async ({ page }) => {
  await open(page);
  await field(page, 'principal').fill('1000');
  await field(page, 'months').fill('3');
  await field(page, 'rate').fill('12');
  await expect(page.getByTestId('instalment')).toHaveText('¥340.02（末期 ¥340.03）');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载表格（CSV）' }).click()]);
  expect(download.suggestedFilename()).toBe('还款计划.csv');
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.split('\r\n')).toEqual([
    '期数,应还金额,本金,利息,手续费,剩余本金',
    '1,340.02,330.02,10.00,0.00,669.98',
    '2,340.02,333.32,6.70,0.00,336.66',
    '3,340.03,336.66,3.37,0.00,0.00',
    '',
  ]);
});

test('a malformed query shows the form with a notice, never a crash', async ({ page }) => {
  await open(page, '/calculator/?method=nope&principal=abc&months=9999&rate=6&first=2023-02-30&vs=garbage');
  const notice = page.getByTestId('query-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('还款方式、本金、期数、首期还款日、比较方案');
  await expect(field(page, 'principal')).toHaveValue('12000');
  await expect(page.getByTestId('instalment')).toHaveText('¥1,032.80（末期 ¥1,032.78）');
  await notice.getByRole('button').click();
  await expect(notice).toHaveCount(0);

  for (const query of ['?%E0%A4%A', '?principal=%FF%FE', `?vs=${'x_'.repeat(500)}`, '?months=1e400&rate=-0']) {
    await open(page, `/calculator/${query}`);
    await expect(page.getByTestId('instalment')).not.toBeEmpty();
  }
});

test('compare plans side by side', async ({ page }) => {
  await open(page, '/calculator/?method=fixed-fee&principal=12000&months=12&fee=0.6');
  await page.getByRole('button', { name: '添加一个方案' }).click();
  const table = page.getByTestId('compare-table');
  await expect(table.locator('thead th')).toHaveCount(2);
  // plan 2 starts as a 36-month interest-free split of the same amount
  await expect(table).toContainText('停息分期');
  await expect(table).toContainText('¥333.33');
  await expect(table.locator('.calc-badge')).toHaveText(['每月压力最小', '总成本最低']);
  await expect(page).toHaveURL(/vs=interest-free_12000_36/);
  await page.locator('#calc-vs0-months').fill('0');
  await expect(page.locator('#calc-vs0-months-error')).toHaveText('期数须在 1 到 360 之间。');
  await expect(table).toContainText('这个方案有需要改正的内容。');
});

test('what can I afford → a plan, then use it', async ({ page }) => {
  await open(page, '/calculator/?method=interest-free&principal=30000&months=6');
  await field(page, 'income').fill('8000');
  await field(page, 'essentials').fill('5000');
  // (8000 − 5000) × 90% = 2700 a month; 30000 / 11 = 2727.27 is too much, 30000 / 12 = 2500 fits
  const result = page.getByTestId('afford-result');
  await expect(result).toContainText('¥2,700.00');
  await expect(result).toContainText('12 期可以还清 ¥30,000.00，每期最多 ¥2,500.00');
  await result.getByRole('button', { name: '采用这个期数' }).click();
  await expect(field(page, 'months')).toHaveValue('12');
  await expect(page.getByTestId('instalment')).toHaveText('¥2,500.00');
  await field(page, 'essentials').fill('abc');
  await expect(errorOf(page, 'essentials')).toHaveText('请输入数字，例如 12000 或 12000.50。');
});

test('the negotiation draft carries the numbers and the rule', async ({ page }) => {
  await open(page, '/calculator/?method=interest-free&principal=30000&months=36&first=2025-03-31');
  const draft = page.getByTestId('draft');
  await expect(draft).toHaveValue(/停息分期，共 36 期，首期还款日为 2025年3月31日/);
  await expect(draft).toHaveValue(/每期还款 ¥833\.33（末期 ¥833\.45），合计还款 ¥30,000\.00/);
  await expect(draft).toHaveValue(/《商业银行信用卡业务监督管理办法》第七十条/);
  await page.getByLabel('其他贷款').check();
  await expect(draft).not.toHaveValue(/第七十条/);
  await expect(draft).toHaveValue(/合同号后四位/);
});

test('prints the plan, the whole schedule, and no controls', async ({ page }) => {
  await open(page, '/calculator/?method=interest-free&principal=36000&months=36');
  const details = page.locator('details.calc-schedule');
  await expect(details).not.toHaveAttribute('open'); // long plans start folded
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(details).toHaveAttribute('open');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.calc-actions').first()).toBeHidden();
  await expect(page.locator('.calc-afford')).toBeHidden();
  await expect(scheduleRows(page)).toHaveCount(36);
  await expect(scheduleRows(page).last()).toBeVisible();
});

test('extreme but valid plans show clean numbers', async ({ page }) => {
  await open(page, '/calculator/?method=equal-installment&principal=100000000&months=360&rate=100');
  await expect(page.getByTestId('payments')).toHaveText('360 期');
  await open(page, '/calculator/?method=fixed-fee&principal=0.01&months=360&fee=5');
  await expect(page.getByTestId('total-paid')).not.toBeEmpty();
  await expect(page.locator('.calc')).not.toContainText(/NaN|Infinity|-0\.00|¥-/);
});

const RICH = '/calculator/?method=fixed-fee&principal=12000&months=12&fee=0.6&first=2025-03-15&vs=interest-free_12000_36__&vs=equal-installment_12000_24_6_&income=8000&essentials=5000';

for (const scheme of ['light', 'dark'] as const) {
  test(`no WCAG 2.2 AA violation once hydrated, with every section shown (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, RICH);
    await expect(page.getByTestId('afford-result')).toBeVisible();
    await field(page, 'months').fill('abc'); // an error message on screen too
    await expect(errorOf(page, 'months')).not.toBeEmpty();
    const results = await new AxeBuilder({ page }).include('.calc').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('fits a 390 px phone with every section shown', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, RICH);
  await expect(page.getByTestId('compare-table')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const table of await page.locator('.calc table').all()) {
    const box = await table.evaluate((el) => ({ right: el.getBoundingClientRect().right, scroll: el.scrollWidth, client: el.clientWidth }));
    expect(box.right).toBeLessThanOrEqual(390);
    expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
  }
});
