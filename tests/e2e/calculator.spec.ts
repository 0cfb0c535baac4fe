/**
 * The repayment calculator in Chromium, against the built site: the form, the
 * schedule, validation beside the fields, URL state, CSV, comparison, affordability,
 * the negotiation draft. Every test also fails on a console error, a page error or a
 * CSP violation.
 */
import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe';

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
  await field(page, 'rate').fill('1001');
  await expect(errorOf(page, 'rate')).toHaveText('年利率须在 0% 到 1000% 之间。比这更高的数字通常是多打了一位，或把别的数填进了这一栏。');
  await expect(page.getByTestId('fix-errors')).toBeVisible();
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

test('the CSV download: a descriptive name, BOM, CRLF lines, the plan and totals, then one row per payment', async ({ page }) => {
  await open(page);
  await field(page, 'principal').fill('1000');
  await field(page, 'months').fill('3');
  await field(page, 'rate').fill('12');
  await expect(page.getByTestId('instalment')).toHaveText('¥340.02（末期 ¥340.03）');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载表格（CSV）' }).click()]);
  expect(download.suggestedFilename()).toBe('还款计划-等额本息-3期-1000元.csv');
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.split('\r\n')).toEqual([
    '还款方式,等额本息',
    '欠款本金（元）,1000.00',
    '年利率（%）,12',
    '还款期数,3',
    '总还款（元）,1020.07',
    '利息合计（元）,20.07',
    '手续费合计（元）,0.00',
    '年化利率（%，IRR 法）,12.00',
    '',
    '期数,应还金额,本金,利息,手续费,剩余本金',
    '1,340.02,330.02,10.00,0.00,669.98',
    '2,340.02,333.32,6.70,0.00,336.66',
    '3,340.03,336.66,3.37,0.00,0.00',
    '',
  ]);
});

test('the English CSV has English labels and an ASCII file name', async ({ page }) => {
  await open(page, '/en/calculator/?method=fixed-fee&principal=12000&months=12&fee=0.6&first=2025-03-15');
  await expect(page.getByTestId('apr')).toHaveText('13.03%');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the table (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('repayment-plan-fixed-fee-12-months-12000.csv');
  const lines = (await readFile((await download.path())!)).toString('utf8').slice(1).split('\r\n');
  expect(lines.slice(0, 11)).toEqual([
    'Method,Fee per instalment (分期手续费)',
    'Amount owed (yuan),12000.00',
    'Monthly fee rate (%),0.6',
    'Number of payments,12',
    'First due date,2025-03-15',
    'Total paid (yuan),12864.00',
    'Interest (yuan),0.00',
    'Fees (yuan),864.00',
    '"APR (%, IRR method)",13.03',
    '',
    'No.,Due date,Payment,Principal,Interest,Fee,Still owed',
  ]);
  expect(lines).toHaveLength(11 + 12 + 1);
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

test('what can I afford → a plan, then use it; income and spending never reach the URL', async ({ page }) => {
  // Every address the page ever gives itself, not only the last one.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { seenUrls: string[] }).seenUrls = []);
    for (const name of ['pushState', 'replaceState'] as const) {
      const original = history[name].bind(history);
      history[name] = (state: unknown, unused: string, url?: string | URL | null) => {
        seen.push(String(url ?? ''));
        original(state, unused, url);
      };
    }
  });
  await open(page, '/calculator/?method=interest-free&principal=30000&months=6');
  await field(page, 'income').fill('8123');
  await field(page, 'essentials').fill('5123');
  // (8123 − 5123) × 90% = 2700 a month; 30000 / 11 = 2727.27 is too much, 30000 / 12 = 2500 fits
  const result = page.getByTestId('afford-result');
  await expect(result).toContainText('¥2,700.00');
  await expect(result).toContainText('12 期可以还清 ¥30,000.00，每期最多 ¥2,500.00');
  await result.getByRole('button', { name: '采用这个期数' }).click();
  await expect(field(page, 'months')).toHaveValue('12');
  await expect(page.getByTestId('instalment')).toHaveText('¥2,500.00');
  // the plan went into the URL; what the reader earns and spends did not
  await expect(page).toHaveURL(/months=12/);
  await result.getByRole('button', { name: '加入比较' }).click();
  await expect(page).toHaveURL(/vs=/);
  await field(page, 'payment').fill('2345');
  await expect(page.getByTestId('pay-result')).toBeVisible();
  await page.waitForTimeout(1000); // anything written late is caught too
  const seen = await page.evaluate(() => (window as unknown as { seenUrls: string[] }).seenUrls);
  expect(seen.length).toBeGreaterThan(0); // the plan did go into the address
  for (const url of [...seen, page.url()]) expect(url).not.toMatch(/income|essentials|payment|8123|5123|2700|2345/);
  expect(await page.evaluate(() => JSON.stringify(history.state) ?? '')).not.toMatch(/8123|5123/);
  await expect(field(page, 'income')).toHaveValue('8123'); // still there in the page
  await field(page, 'essentials').fill('abc');
  await expect(errorOf(page, 'essentials')).toHaveText('请输入数字，例如 12000 或 12000.50。');
});

test('an old link with income and spending: not read, and dropped from the address', async ({ page }) => {
  await open(page, '/calculator/?method=interest-free&principal=30000&months=12&income=8000&essentials=5000');
  await expect(page.getByTestId('instalment')).toHaveText('¥2,500.00');
  await expect(field(page, 'income')).toHaveValue('');
  await expect(page.getByTestId('query-notice')).toHaveCount(0);
  await expect(page).toHaveURL(/\?method=interest-free&principal=30000&months=12$/);
});

test('I can pay ¥X a month → how many months, at the rate and method above; not even the interest, said plainly', async ({ page }) => {
  // the site's own case: ¥20,000 from a private lender at 10 % a month (120 % a year)
  await open(page, '/calculator/?method=equal-installment&principal=20000&months=6&rate=120');
  await expect(errorOf(page, 'rate')).toBeEmpty();
  const result = page.getByTestId('pay-result');
  await field(page, 'payment').fill('1500');
  await expect(result).toContainText('每月 ¥1,500.00 不够：第一个月的利息和手续费就有 ¥2,000.00');
  await field(page, 'payment').fill('2500');
  // A(17) = 2493.28, the last 2493.38; A(16) = 2556.33 (tests/unit/repayment/payment-rate.test.ts)
  await expect(result).toContainText('17 期可以还清 ¥20,000.00，每期最多 ¥2,493.38');
  await result.getByRole('button', { name: '采用这个期数' }).click();
  await expect(field(page, 'months')).toHaveValue('17');
  await expect(page.getByTestId('instalment')).toHaveText('¥2,493.28（末期 ¥2,493.38）');
  expect(page.url()).not.toMatch(/payment|2500/);
  // a term over 5 years is flagged
  await field(page, 'payment').fill('2000.5');
  await expect(result).toContainText('超过 5 年（60 期）');
  await field(page, 'payment').fill('0');
  await expect(errorOf(page, 'payment')).toHaveText('金额须大于 0。');
  await expect(result).toHaveCount(0);
  // 先息后本: the last payment carries the whole principal
  await page.getByLabel(/^先息后本/).check();
  await field(page, 'payment').fill('5000');
  await expect(result).toContainText('即使分 360 期，最高的一期也要 ¥22,000.00');
});

test('a rate that looks daily or monthly: the reader is asked, and the answer is kept', async ({ page }) => {
  await open(page, '/calculator/?method=equal-installment&principal=12000&months=12&rate=6');
  const ask = page.getByTestId('rate-ask');
  await expect(ask).toHaveCount(0);
  await field(page, 'rate').fill('0.05');
  await expect(ask).toContainText('年利率 0.05% 很少见');
  await expect(ask.getByRole('button')).toHaveText(['日利率 0.05%，即年利率 18.25%（× 365）', '就是年利率 0.05%']);
  await ask.getByRole('button', { name: /日利率/ }).click();
  await expect(field(page, 'rate')).toHaveValue('18.25');
  await expect(field(page, 'rate')).toBeFocused();
  await expect(page.getByTestId('rate-note')).toHaveText('已按日利率换算：0.05% × 365 = 年利率 18.25%。');
  await expect(ask).toHaveCount(0);
  await expect(page).toHaveURL(/rate=18\.25/);

  await field(page, 'rate').fill('1.5');
  await expect(page.getByTestId('rate-note')).toBeEmpty();
  await expect(ask.getByRole('button')).toHaveText(['月利率 1.5%，即年利率 18%（× 12）', '就是年利率 1.5%']);
  await ask.getByRole('button', { name: /月利率/ }).click();
  await expect(field(page, 'rate')).toHaveValue('18');
  await expect(page.getByTestId('rate-note')).toHaveText('已按月利率换算：1.5% × 12 = 年利率 18%。');

  // "it is annual": the question goes away and stays away for that rate, even after a change of method
  await field(page, 'rate').fill('2.6');
  await ask.getByRole('button', { name: '就是年利率 2.6%' }).click();
  await expect(ask).toHaveCount(0);
  await expect(field(page, 'rate')).toHaveValue('2.6');
  await page.getByLabel(/^等额本金/).check();
  await expect(field(page, 'rate')).toHaveValue('2.6');
  await expect(ask).toHaveCount(0);
  await expect(page).toHaveURL(/rate=2\.6/);
  // a new rate that looks short is asked about again
  await field(page, 'rate').fill('0.3');
  await expect(ask.getByRole('button')).toHaveCount(3);
});

test('in English, the rate question and the payment route', async ({ page }) => {
  await open(page, '/en/calculator/');
  await field(page, 'rate').fill('0.05');
  const ask = page.getByTestId('rate-ask');
  await expect(ask).toContainText('An annual rate of 0.05% is unusual');
  await ask.getByRole('button', { name: '0.05% a day, which is 18.25% a year (× 365)' }).click();
  await expect(page.getByTestId('rate-note')).toHaveText('Converted from a daily rate: 0.05% × 365 = 18.25% a year.');
  await field(page, 'payment').fill('50');
  // 12000 at 18.25 %: the first month's interest is 12000 × 0.1825 / 12 = 182.50
  await expect(page.getByTestId('pay-result')).toHaveText('¥50.00 a month is not enough: the first month’s interest and fees alone are ¥182.50, so the debt would never go down. You would need to pay more each month, or first negotiate for interest to stop or for a lower rate or fee.');
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

test('prints the plan in one line, the summary and the whole schedule; no form, no controls', async ({ page }) => {
  await open(page, '/calculator/?method=interest-free&principal=36000&months=36&first=2025-03-15');
  const details = page.locator('details.calc-schedule');
  await expect(details).not.toHaveAttribute('open'); // long plans start folded
  await expect(page.getByTestId('plan-line')).toBeHidden(); // on screen the form says it
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(details).toHaveAttribute('open');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('plan-line')).toHaveText('停息分期：欠款本金 ¥36,000.00，36 期，首期还款日 2025年3月15日。');
  await expect(page.locator('.calc-summary')).toBeVisible();
  await expect(page.getByTestId('instalment')).toBeVisible();
  await expect(page.locator('.calc-form')).toBeHidden();
  await expect(page.locator('.calc-afford')).toBeHidden();
  await expect(page.locator('.calc-draft')).toBeHidden();
  await expect(page.locator('.calc-compare')).toBeHidden(); // nothing compared
  for (const control of await page.locator('.calc button, .calc input, .calc select, .calc textarea').all()) await expect(control).toBeHidden();
  await expect(scheduleRows(page)).toHaveCount(36);
  await expect(scheduleRows(page).last()).toBeVisible();
});

test('on a phone the schedule shows its first payments, then all on request', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/calculator/?method=equal-installment&principal=12000&months=12&rate=6');
  const more = page.locator('.calc-schedule__more');
  await expect(scheduleRows(page)).toHaveCount(12);
  await expect(scheduleRows(page).nth(2)).toBeVisible();
  await expect(scheduleRows(page).nth(3)).toBeHidden();
  await expect(page.locator('.calc-schedule tfoot')).toBeVisible(); // the totals stay in view
  await expect(more).toHaveText('显示全部 12 期');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(more).toHaveAttribute('aria-controls', 'calc-schedule-rows');
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(more).toHaveText('只显示前 3 期');
  await expect(scheduleRows(page).last()).toBeVisible();
  await more.click();
  await expect(scheduleRows(page).nth(3)).toBeHidden();
  // printed from a phone: every row
  await page.emulateMedia({ media: 'print' });
  await expect(scheduleRows(page).last()).toBeVisible();
  await expect(more).toBeHidden();
  // on a wide screen nothing is folded and there is no button
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(scheduleRows(page).last()).toBeVisible();
  await expect(more).toBeHidden();
});

test('extreme but valid plans show clean numbers', async ({ page }) => {
  await open(page, '/calculator/?method=equal-installment&principal=100000000&months=360&rate=1000');
  await expect(page.getByTestId('payments')).toHaveText('360 期');
  await expect(page.getByTestId('apr')).toHaveText('1000.00%');
  await expect(page.locator('.calc')).not.toContainText(/NaN|Infinity|-0\.00|¥-/);
  await open(page, '/calculator/?method=equal-principal&principal=100000000&months=1&rate=1000');
  await expect(page.getByTestId('total-cost')).toHaveText('¥83,333,333.33');
  await open(page, '/calculator/?method=fixed-fee&principal=0.01&months=360&fee=5');
  await expect(page.getByTestId('total-paid')).not.toBeEmpty();
  await expect(page.locator('.calc')).not.toContainText(/NaN|Infinity|-0\.00|¥-/);
});

const RICH = '/calculator/?method=fixed-fee&principal=12000&months=12&fee=0.6&first=2025-03-15&vs=interest-free_12000_36__&vs=equal-installment_12000_24_6_';

/** Every section with content: the afford routes filled in (they are not in the URL) and the rate question showing. */
async function openRich(page: Page) {
  await open(page, RICH);
  await field(page, 'payment').fill('800');
  await field(page, 'income').fill('8000');
  await field(page, 'essentials').fill('5000');
  await expect(page.getByTestId('pay-result')).toBeVisible();
  await expect(page.getByTestId('afford-result')).toBeVisible();
  await page.getByLabel(/^等额本息/).check();
  await field(page, 'rate').fill('0.3');
  await expect(page.getByTestId('rate-ask')).toBeVisible();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no WCAG 2.2 AA violation once hydrated, with every section shown (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const axe = () => axeViolations(page, scheme, '.calc');
    await openRich(page);
    expect(await axe()).toEqual([]);
    await page.getByTestId('rate-ask').getByRole('button', { name: /月利率/ }).click(); // the note after a conversion
    await expect(page.getByTestId('rate-note')).not.toBeEmpty();
    await field(page, 'payment').fill('1'); // the payment does not cover the interest
    await expect(page.getByTestId('pay-result')).toContainText('¥1.00');
    expect(await axe()).toEqual([]);
    await field(page, 'months').fill('abc'); // an error message on screen too
    await expect(errorOf(page, 'months')).not.toBeEmpty();
    expect(await axe()).toEqual([]);
  });
}

test('fits a 390 px phone with every section shown', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openRich(page);
  await expect(page.getByTestId('compare-table')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const table of await page.locator('.calc table').all()) {
    const box = await table.evaluate((el) => ({ right: el.getBoundingClientRect().right, scroll: el.scrollWidth, client: el.clientWidth }));
    expect(box.right).toBeLessThanOrEqual(390);
    expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
  }
});
