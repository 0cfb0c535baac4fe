/**
 * Letters filled in on their page, in Chromium against the built site: the live letter,
 * the draft kept across a reload and cleared, entries picked from a seeded incident log,
 * the self-check's hand-over, messages beside wrong fields, Copy, Print (the letter alone,
 * A4), Download (.txt), the page without JavaScript, storage disabled or damaged, 320 px,
 * and axe in both colour schemes. Fields and templates are read from content/letters/.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe';
import { letters } from './helpers/letter-content';
import { fillLetter, letterText } from '../../src/lib/letters/template';
import { letterStrings } from '../../src/lib/i18n/letter';

const slug = 'complaint-about-collection-conduct';
const url = `/letters/${slug}/`;
const complaint = letters.find((l) => l.slug === slug)!;
const zh = letterStrings['zh-cn'];

/** A valid incident log (src/lib/incidents/log.ts parseLog), newest entry first in storage order. */
const log = {
  schema: 1,
  entries: [
    { id: 'b2', date: '2026-11-22', time: '21:30', channel: 'visit', who: '两名男子', contacted: ['neighbour'], said: '对邻居说我欠信用卡三万', evidence: '门口监控' },
    { id: 'a1', date: '2026-11-20', time: '22:40', channel: 'phone', who: '138 0000 0000', contacted: ['borrower'], said: '自称某催收公司，说再不还就上门', evidence: '通话录音' },
  ],
};
const lineA = '2026-11-20 22:40 电话（138 0000 0000）：自称某催收公司，说再不还就上门；证据：通话录音';
const lineB = '2026-11-22 21:30 上门（两名男子）：对邻居说我欠信用卡三万；证据：门口监控';

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return problems;
}

const sheet = (page: Page) => page.locator('[data-letter-sheet]');

async function open(page: Page, path = url) {
  await page.goto(path);
  await expect(page.locator('.letter-form')).toHaveAttribute('data-ready', 'true');
}

/** Seeds storage for the site's origin before the letter page runs. */
async function seed(page: Page, local: Record<string, string>, session: Record<string, string> = {}) {
  await page.goto('/');
  await page.evaluate(([l, s]) => {
    for (const [k, v] of Object.entries(l!)) localStorage.setItem(k, v);
    for (const [k, v] of Object.entries(s!)) sessionStorage.setItem(k, v);
  }, [local, session]);
}

async function fillRequired(page: Page) {
  await page.locator('#letter-lender').fill('甲银行');
  await page.locator('#letter-name').fill('张三');
  await page.locator('#letter-account4').fill('0123');
  await page.getByRole('radio', { name: '对此本人不持异议。' }).check();
  await page.locator('#letter-incidents').fill('2026-11-20 22:40 来电，说要上门。');
}

test('a reader fills the complaint, sees the letter change, and finds it again after a reload; nothing enters the URL', async ({ page, baseURL }) => {
  const problems = watch(page);
  await open(page);
  await fillRequired(page);
  await page.locator('#letter-date').fill('2026-11-05');
  const letter = sheet(page);
  await expect(letter).toContainText('致：甲银行［客服中心／消费者权益保护部门］');
  await expect(letter).toContainText('投诉人：张三');
  await expect(letter).toContainText('合同编号／信用卡卡号后四位：0123');
  await expect(letter).toContainText('本人在贵机构有一笔逾期欠款，对此本人不持异议。');
  await expect(letter).toContainText('一、事实经过（按时间顺序，每件事写一条）\n2026-11-20 22:40 来电，说要上门。');
  await expect(letter).toContainText('日期：2026年11月5日');
  // The optional rules paragraph is left out while empty; blanks still show where nothing was typed.
  await expect(letter).not.toContainText('上述行为不符合以下规定');
  await expect(letter.locator('.letter-blank').first()).toHaveText('［客服中心／消费者权益保护部门］');
  await page.getByRole('radio', { name: '消费者权益保护部门' }).check();
  await expect(letter).toContainText('致：甲银行消费者权益保护部门');
  expect(page.url()).toBe(`${baseURL}${url}`);

  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('letter-drafts')!));
  expect(stored.schema).toBe(1);
  expect(stored.drafts[slug].values).toMatchObject({ lender: '甲银行', name: '张三', account4: '0123', department: '消费者权益保护部门' });

  await page.reload();
  await expect(page.locator('.letter-form')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-letter-restored]')).toContainText('已恢复你上次在这个浏览器里填写的内容');
  await expect(page.locator('#letter-name')).toHaveValue('张三');
  await expect(page.locator('#letter-date')).toHaveValue('2026-11-05');
  await expect(page.getByRole('radio', { name: '消费者权益保护部门' })).toBeChecked();
  await expect(letter).toContainText('投诉人：张三');
  await expect(page.locator('.letter-store')).toContainText('只保存在这个浏览器里');

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '清除这封信的草稿' }).click();
  await expect(page.locator('#letter-name')).toHaveValue('');
  await expect(letter).toContainText('投诉人：［姓名］');
  expect(await page.evaluate(() => localStorage.getItem('letter-drafts'))).toBeNull();
  await page.reload();
  await expect(page.locator('.letter-form')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#letter-name')).toHaveValue('');
  expect(page.url()).toBe(`${baseURL}${url}`);
  expect(problems).toEqual([]);
});

test('a wrong value is named beside its field, kept out of the letter, and Copy waits until it is fixed', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  const account = page.locator('#letter-account4');
  await account.fill('12a4');
  await account.blur();
  await expect(page.locator('#letter-account4-error')).toHaveText(zh.problems.last4);
  await expect(account).toHaveAttribute('aria-invalid', 'true');
  await expect(account).toHaveAttribute('aria-describedby', /letter-account4-error/);
  await expect(sheet(page)).toContainText('合同编号／信用卡卡号后四位：［　　　　］');
  await page.locator('#letter-phone').fill('电话');
  await page.locator('#letter-phone').blur();
  await expect(page.locator('#letter-phone-error')).toHaveText(zh.problems.phone);
  // Required fields are not nagged about until the reader tries to use the letter.
  await expect(page.locator('#letter-name-error')).toBeEmpty();

  await page.getByRole('button', { name: '复制全文' }).click();
  const summary = page.locator('.letter-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('还有 6 处需要先改好');
  await expect(page.locator('#letter-name-error')).toHaveText('请填写「你的姓名」。');
  await expect(page.locator('#letter-debt-error')).toHaveText('请选择「对欠款本身的态度」。');
  await summary.getByRole('link', { name: /合同编号或信用卡卡号后四位/ }).click();
  await expect(account).toBeFocused();

  await fillRequired(page);
  await page.locator('#letter-phone').fill('138 0000 0000');
  await expect(summary).toHaveCount(0);
  await page.getByRole('button', { name: '复制全文' }).click();
  await expect(page.locator('.letter-actions__status')).toHaveText(zh.actions.copied);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await sheet(page).textContent());
  expect(copied).toContain('联系电话：138 0000 0000');
});

test('ticking an entry of the incident log adds its line to the facts; unticking takes it out', async ({ page }) => {
  const problems = watch(page);
  await seed(page, { 'incident-log': JSON.stringify(log) });
  await open(page);
  const picker = page.locator('[data-letter-log]');
  // Oldest first, as a complaint tells it.
  await expect(picker.locator('li')).toHaveText([lineA, lineB]);
  await picker.getByRole('checkbox', { name: lineB }).check();
  await picker.getByRole('checkbox', { name: lineA }).check();
  await expect(page.locator('#letter-incidents')).toHaveValue(`${lineB}\n${lineA}`);
  await expect(sheet(page)).toContainText(`一、事实经过（按时间顺序，每件事写一条）\n${lineB}\n${lineA}`);
  await picker.getByRole('checkbox', { name: lineB }).uncheck();
  await expect(page.locator('#letter-incidents')).toHaveValue(lineA);
  // The reader's own words stay; an edited line is no longer the entry's.
  await page.locator('#letter-incidents').fill(`${lineA}（对方挂断前还说了脏话）`);
  await expect(picker.getByRole('checkbox', { name: lineA })).not.toBeChecked();
  expect(problems).toEqual([]);

  await page.evaluate(() => localStorage.setItem('incident-log', '{"schema":1,"entries":[{"id":'));
  await page.reload();
  await expect(page.locator('[data-letter-log]')).toContainText(zh.log.corrupt);
});

test('a hand-over from the self-check fills incidents and rules once, says so, and is kept as the draft', async ({ page }) => {
  const handoff = { letter: slug, values: { incidents: `${lineA}\n${lineB}`, rules: '22:00以后来电，不符合推荐性国家标准 GB/T 45251-2025。\n向邻居透露欠款，不符合信用卡业务监督管理办法第68条。', nope: '不是这封信的字段' } };
  await seed(page, {}, { 'letter-handoff': JSON.stringify(handoff) });
  await open(page);
  await expect(page.locator('#letter-incidents')).toHaveValue(handoff.values.incidents);
  await expect(page.locator('#letter-rules')).toHaveValue(handoff.values.rules);
  await expect(page.locator('[data-letter-handoff]')).toHaveText('已按你的自查结果填入：事实经过、上述行为不符合的规定。寄出前请核对。');
  await expect(sheet(page)).toContainText(`上述行为不符合以下规定：\n${handoff.values.rules}`);
  expect(await page.evaluate(() => sessionStorage.getItem('letter-handoff'))).toBeNull();
  await page.reload();
  await expect(page.locator('.letter-form')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-letter-handoff]')).toHaveCount(0);
  await expect(page.locator('#letter-rules')).toHaveValue(handoff.values.rules);

  // A hand-over meant for another letter is left for it.
  const other = JSON.stringify({ letter: 'dispute-of-amount', values: { name: '李四' } });
  await page.evaluate((v) => sessionStorage.setItem('letter-handoff', v), other);
  await page.reload();
  await expect(page.locator('.letter-form')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#letter-name')).toHaveValue('');
  expect(await page.evaluate(() => sessionStorage.getItem('letter-handoff'))).toBe(other);
});

test('Print prints the letter alone, on A4', async ({ page }) => {
  await page.addInitScript(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
  await open(page);
  await fillRequired(page);
  await page.getByRole('button', { name: '打印这封信' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.locator('.letter-actions__status')).toHaveText(zh.actions.printing);

  await page.emulateMedia({ media: 'print' });
  await expect(sheet(page)).toBeVisible();
  for (const hidden of ['.site-header', 'h1', '.meta', '.letter-fill', '.letter-actions', '#信件正文', '.aside', '.site-footer']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  // Every piece of text still shown is the letter's.
  const outside = await page.evaluate(() => {
    const sheetEl = document.querySelector('[data-letter-sheet]')!;
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent!.trim() || sheetEl.contains(node) || parent.closest('script, style, noscript, template')) continue;
      if (parent.getClientRects().length > 0 && getComputedStyle(parent).visibility !== 'hidden') texts.push(node.textContent!.trim());
    }
    return texts;
  });
  expect(outside).toEqual([]);
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
  expect(box, 'a page size in the PDF').not.toBeNull();
  // A4 is 595 × 842 points.
  expect(Math.abs(Number(box![1]) - 595.3)).toBeLessThan(2);
  expect(Math.abs(Number(box![2]) - 841.9)).toBeLessThan(2);
});

test('Download gives the letter as a .txt file: UTF-8 with a BOM, CRLF line ends, a name that says what it is', async ({ page }) => {
  await open(page);
  await fillRequired(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载为 .txt 文件' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^关于催收行为的投诉-甲银行-\d{4}-\d{2}-\d{2}\.txt$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xEF, 0xBB, 0xBF]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text).not.toMatch(/[^\r]\n/);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text).toBe(`${(await sheet(page).textContent())!.replace(/\n/g, '\r\n')}\r\n`);
  await expect(page.locator('.letter-actions__status')).toContainText(download.suggestedFilename());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const letter of letters) {
    test(`${letter.slug}: the letter shows with its blanks, readable and printable; the form says it needs JavaScript`, async ({ page }) => {
      await page.goto(`/letters/${letter.slug}/`);
      const expected = letterText(fillLetter(letter.template, letter.fields, {}, { mode: 'blank', lang: 'zh-CN', blanks: zh.blanks }));
      expect(await sheet(page).textContent()).toBe(expected);
      await expect(sheet(page)).toContainText('［姓名］');
      await expect(page.locator('.letter-noscript')).toHaveText(zh.noscript);
      await expect(page.locator('#letter-name')).toBeDisabled();
      await expect(page.getByRole('button', { name: '复制全文' })).toBeDisabled();
      await page.emulateMedia({ media: 'print' });
      await expect(sheet(page)).toBeVisible();
      await expect(page.locator('h1')).toBeHidden();
    });
  }
});

for (const letter of letters) {
  test(`${letter.slug}: every field filled, the letter has no blank left`, async ({ page }) => {
    const problems = watch(page);
    await open(page, `/letters/${letter.slug}/`);
    for (const f of letter.fields) {
      const control = page.locator(`#letter-${f.name}`);
      if (f.type === 'choice') await control.check();
      else await control.fill({ date: '2026-11-20', last4: '0123', phone: '13800000000', textarea: '第一行\n第二行', incidents: '一件事' }[f.type as string] ?? '测试内容');
    }
    await expect(page.locator('.letter-output__left')).toHaveText(zh.noBlanks);
    await expect(sheet(page).locator('.letter-blank')).toHaveCount(0);
    await expect(sheet(page)).not.toContainText('{');
    expect(problems).toEqual([]);
  });
}

test('storage disabled: the form, the letter and the buttons still work, and it says the draft cannot be kept', async ({ page }) => {
  const problems = watch(page);
  await page.addInitScript(() => {
    const refuse = () => { throw new DOMException('denied', 'SecurityError'); };
    Object.defineProperty(window, 'localStorage', { get: refuse });
    Object.defineProperty(window, 'sessionStorage', { get: refuse });
  });
  await open(page);
  await expect(page.locator('.letter-store__warn')).toHaveText(zh.draft.unavailable);
  await expect(page.locator('[data-letter-log]')).toContainText(zh.log.unavailable);
  await fillRequired(page);
  await expect(sheet(page)).toContainText('投诉人：张三');
  await expect(page.locator('.letter-store__warn')).toHaveText(zh.draft.unavailable);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载为 .txt 文件' }).click()]);
  expect(download.suggestedFilename()).toContain('甲银行');
  expect(problems).toEqual([]);
});

test('a damaged draft is said; the form starts empty and keeps the new one', async ({ page }) => {
  await seed(page, { 'letter-drafts': '{"schema":1,"drafts":' });
  await open(page);
  await expect(page.locator('.letter-store__warn')).toHaveText(zh.draft.corrupt);
  await page.locator('#letter-name').fill('张三');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('letter-drafts')!));
  expect(stored.drafts[slug].values.name).toBe('张三');
});

test('at 320 px the filled form, the log and the letter fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await seed(page, { 'incident-log': JSON.stringify(log) });
  await open(page);
  await page.locator('#letter-account4').fill('12a4');
  await page.locator('#letter-lender').fill('甲银行股份有限公司信用卡中心（一个很长的名称用来检查换行）');
  await page.locator('[data-letter-log] input').first().check();
  await page.getByRole('button', { name: '复制全文' }).click();
  await expect(page.locator('.letter-summary')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const box of await page.locator('.letter-form input, .letter-form textarea, .letter-sheet').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right))) {
    expect(box).toBeLessThanOrEqual(320);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no WCAG 2.2 AA violation on the filled form, with messages and the log (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seed(page, { 'incident-log': JSON.stringify(log) });
    await open(page);
    await page.locator('#letter-lender').fill('甲银行');
    await page.locator('#letter-account4').fill('12a4');
    await page.locator('[data-letter-log] input').first().check();
    await page.getByRole('button', { name: '复制全文' }).click();
    await expect(page.locator('.letter-summary')).toBeVisible();
    expect(await axeViolations(page, scheme)).toEqual([]);
  });
}

test('the complaint shows where to send it and by when', async ({ page }) => {
  await open(page);
  await expect(page.locator('.letter-send')).toContainText(complaint.sendTo);
  await expect(page.locator('.meta')).toContainText(complaint.sendTo);
  expect(complaint.sendTo).toContain('15日');
});
