/**
 * The training path in Chromium, against the built site: a module's knowledge check
 * taken to the end, progress surviving a reload, the printed record, a refresher
 * after a covered procedure moves to a newer version, drills, storage that is
 * corrupt or unavailable, keyboard and screen-reader behaviour, 320 px, and axe in
 * the interactive states. Right answers and changed steps are read from content/.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './helpers/axe';
import { basisOf, changedAfter, drills, modules, procedures, rightAnswers, type Module, type Question } from './helpers/training-content';

const KEY = 'training-progress';

/**
 * The module the refresher test uses: it covers a procedure with an earlier version
 * whose later versions changed steps that its questions test.
 */
const subject = (() => {
  for (const m of modules) {
    for (const id of m.covers) {
      const p = procedures.find((x) => x.id === id)!;
      const earlier = p.changes.find((c) => c.version !== p.version);
      if (!earlier) continue;
      const steps = changedAfter(p, earlier.version);
      const asked = m.questions.filter((q) => basisOf(q).some((b) => steps.includes(b)));
      if (asked.length) return { module: m, procedure: p, from: earlier.version, steps, asked };
    }
  }
  throw new Error('no module covers a procedure with an earlier version whose changed steps are tested');
})();

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return problems;
}

/** Answers the question on screen: right, or (wrong = true) with the first wrong option. */
async function answer(page: Page, q: Question, wrong = false) {
  const quiz = page.locator('.quiz');
  await expect(quiz.locator('legend')).toContainText(q.prompt);
  const picks = wrong ? [q.options.findIndex((o) => !o.correct)] : rightAnswers(q);
  for (const i of picks) await quiz.locator('.quiz__option input').nth(i).check();
  await quiz.getByRole('button', { name: '提交答案' }).click();
  const feedback = quiz.locator('.quiz__feedback');
  await expect(feedback).toBeFocused();
  await expect(feedback.locator('.quiz__verdict')).toHaveText(wrong ? '回答错误' : '回答正确');
  // The explanation of every option, and a link to the exact step or page behind it.
  await expect(quiz.locator('.quiz__why')).toHaveCount(q.options.length);
  for (const basis of basisOf(q).filter((b) => !b.includes('/'))) {
    await expect(feedback.locator(`a[href$="#${basis}"]`)).toHaveCount(1);
  }
}

async function takeCheck(page: Page, m: Module, wrongIds: string[] = []) {
  await page.goto(`/training/${m.slug}/`);
  await page.locator('.quiz').getByRole('button', { name: '开始测验' }).click();
  for (const [i, q] of m.questions.entries()) {
    await answer(page, q, wrongIds.includes(q.id));
    await page.locator('.quiz__feedback button').click({ noWaitAfter: true });
    if (i + 1 < m.questions.length) await expect(page.locator('.quiz__progress')).toContainText(`第 ${i + 2} 题`);
  }
  await expect(page.locator('.quiz__result h3')).toBeFocused();
}

test('a trainee completes a module, reloads, sees the progress, and prints the record', async ({ page }) => {
  const problems = watch(page);
  const m = subject.module;
  await takeCheck(page, m);
  const total = m.questions.length;
  await expect(page.locator('.quiz__score')).toHaveText(`答对 ${total} 题，共 ${total} 题（100%）`);
  // The score is announced, not only shown.
  await expect(page.locator('.quiz [aria-live="polite"]')).toHaveText(`答对 ${total} 题，共 ${total} 题（100%）`);
  await expect(page.locator('.quiz__result')).toContainText('已完成本模块');

  await page.goto('/training/');
  await page.reload();
  const row = page.locator(`tr[data-module="${m.slug}"]`);
  await expect(row).toContainText(`完成，${total}/${total}`);
  for (const id of m.covers) {
    const p = procedures.find((x) => x.id === id)!;
    await expect(row).toContainText(`${p.code} ${p.version}`);
  }
  await expect(page.locator('.training-summary')).toHaveText(`已完成 1 个模块，共 ${modules.length} 个。`);

  // Printed: the record with its versions and signature lines; no buttons, no path list.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.training-record h2', { hasText: '培训完成记录' })).toBeVisible();
  await expect(page.locator('.training-sign')).toBeVisible();
  await expect(page.locator('.training-actions')).toBeHidden();
  await expect(page.locator('.training-path')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(1000);
  expect(problems).toEqual([]);
});

test('after a covered procedure moves on, the dashboard names the changed steps and offers a refresher on them only', async ({ page }) => {
  const { module: m, procedure: p, from, steps, asked } = subject;
  await takeCheck(page, m);
  // The completion as it would stand had it been made against the earlier version.
  await page.evaluate(([key, code, version]) => {
    const record = JSON.parse(localStorage.getItem(key!)!);
    for (const module of Object.values(record.modules) as { completed?: { versions: Record<string, string> } }[]) {
      if (module.completed) module.completed.versions[code!] = version!;
    }
    localStorage.setItem(key!, JSON.stringify(record));
  }, [KEY, p.code, from]);
  await page.goto('/training/');
  const panel = page.locator(`[data-refresher="${m.slug}"]`);
  await expect(panel).toContainText(`${p.code} 已从 ${from} 版更新到 ${p.version} 版`);
  for (const code of steps) await expect(panel).toContainText(code);
  await expect(panel.locator(`a[href="/procedures/${p.slug}/v/${p.version}/diff/"]`)).toBeVisible();
  await panel.getByRole('button', { name: `做复习题（${asked.length} 题）` }).click();
  for (const q of asked) {
    await answer(page, q);
    await panel.locator('.quiz__feedback button').click();
  }
  await expect(panel.locator('.quiz__score')).toContainText(`共 ${asked.length} 题`);
  await page.reload();
  await expect(page.locator(`[data-refresher="${m.slug}"]`)).toHaveCount(0);
  await expect(page.locator(`tr[data-module="${m.slug}"]`)).toContainText(`${p.code} ${p.version}`);
  await expect(page.locator(`tr[data-module="${m.slug}"]`)).toContainText('复习');
});

test('missed questions: the review lists their steps, and a retry asks only those', async ({ page }) => {
  const m = subject.module;
  const missed = m.questions.slice(0, 2);
  await takeCheck(page, m, missed.map((q) => q.id));
  const result = page.locator('.quiz__result');
  for (const code of missed.flatMap(basisOf).filter((b) => !b.includes('/'))) {
    await expect(result.locator(`li a[href$="#${code}"]`)).toHaveCount(1);
  }
  await result.getByRole('button', { name: '只重做答错的 2 题' }).click();
  for (const q of missed) {
    await answer(page, q);
    await page.locator('.quiz__feedback button').click();
  }
  await expect(page.locator('.quiz__score')).toHaveText('重做答错的题：答对 2 题，共 2 题');
});

test('the check works by keyboard alone', async ({ page }) => {
  const m = subject.module;
  await page.goto(`/training/${m.slug}/`);
  const start = page.locator('.quiz').getByRole('button', { name: '开始测验' });
  await expect(start).toBeEnabled();
  await start.focus();
  await page.keyboard.press('Enter');
  const first = m.questions[0]!;
  await expect(page.locator('.quiz fieldset')).toBeFocused();
  await page.keyboard.press('Tab');
  // Arrow keys move through a radio group; space ticks a checkbox.
  const target = rightAnswers(first);
  if (first.type === 'multiple') {
    for (let i = 0; i < first.options.length; i++) {
      if (target.includes(i)) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
  } else {
    for (let i = 0; i < target[0]!; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz__feedback')).toBeFocused();
  await expect(page.locator('.quiz__verdict')).toHaveText('回答正确');
  // Past the links to the steps behind the answer, to the next-question button.
  const nextButton = page.locator('.quiz__feedback button');
  for (let i = 0; i < 6 && !(await nextButton.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(nextButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz fieldset')).toBeFocused();
  await expect(page.locator('.quiz__progress')).toContainText('第 2 题');
});

test('corrupt storage: the page says so, and training still works and records again', async ({ page }) => {
  const problems = watch(page);
  await page.goto('/training/');
  await page.evaluate((key) => localStorage.setItem(key, '{"schema":1,"modules":'), KEY);
  await page.reload();
  await expect(page.locator('.training-storage--warn')).toContainText('已损坏');
  await expect(page.locator('tbody tr').first()).toContainText('未开始');
  const m = subject.module;
  await takeCheck(page, m);
  await page.goto('/training/');
  await expect(page.locator(`tr[data-module="${m.slug}"]`)).toContainText('完成');
  expect(problems).toEqual([]);
});

test('storage unavailable: the check runs to the end and says progress cannot be kept', async ({ page }) => {
  const problems = watch(page);
  await page.addInitScript(() => {
    const refuse = () => { throw new DOMException('denied', 'SecurityError'); };
    Object.defineProperty(window, 'localStorage', { get: refuse });
  });
  await takeCheck(page, subject.module);
  await expect(page.locator('.quiz__result .training-storage--warn')).toContainText('不能保存进度');
  await page.goto('/training/');
  await expect(page.locator('.training-storage--warn')).toContainText('不能保存进度');
  await expect(page.locator('tbody tr')).toHaveCount(modules.length);
  expect(problems).toEqual([]);
});

test('clearing progress empties the record', async ({ page }) => {
  await takeCheck(page, subject.module);
  await page.goto('/training/');
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '清除本机的培训进度' }).click();
  await expect(page.locator('.training-summary')).toContainText('已完成 0 个模块');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

for (const drill of drills) {
  test(`drill ${drill.slug}: a wrong line shows its consequence and the rule, the right path reaches the end`, async ({ page }) => {
    const problems = watch(page);
    await page.goto(`/training/drills/${drill.slug}/`);
    let node = drill.nodes.find((n) => n.id === drill.start)!;
    let wrongs = 0;
    while (!node.end) {
      await expect(page.locator('.drill__now')).toContainText(node.they.slice(0, 12));
      const wrong = node.choices!.find((c) => !c.next)!;
      await page.locator('.drill__choice', { hasText: wrong.say }).click();
      wrongs++;
      const feedback = page.locator('.drill__feedback');
      await expect(feedback).toBeFocused();
      await expect(feedback).toContainText(wrong.consequence!);
      if (!wrong.breaks!.includes('/')) await expect(feedback.locator(`a[href$="#${wrong.breaks}"]`)).toHaveCount(1);
      const good = node.choices!.find((c) => c.next)!;
      await page.locator('.drill__choice', { hasText: good.say }).click();
      node = drill.nodes.find((n) => n.id === good.next)!;
    }
    await expect(page.locator('.drill__end')).toContainText(node.end.slice(0, 12));
    await expect(page.locator('.drill__end')).toContainText(`本次选错 ${wrongs} 次`);
    await page.goto('/training/');
    await expect(page.locator('.training-drills')).toContainText(`选错 ${wrongs} 次`);
    expect(problems).toEqual([]);
  });
}

test('at 320 px a question and its feedback fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const m = subject.module;
  await page.goto(`/training/${m.slug}/`);
  await page.locator('.quiz').getByRole('button', { name: '开始测验' }).click();
  await answer(page, m.questions[0]!, true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no WCAG 2.2 AA violation in the interactive states (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const axe = () => axeViolations(page, scheme);
    const m = subject.module;
    await page.goto(`/training/${m.slug}/`);
    await page.locator('.quiz').getByRole('button', { name: '开始测验' }).click();
    await answer(page, m.questions[0]!, true);
    expect(await axe()).toEqual([]);
    const drill = drills[0]!;
    await page.goto(`/training/drills/${drill.slug}/`);
    const node = drill.nodes.find((n) => n.id === drill.start)!;
    await page.locator('.drill__choice', { hasText: node.choices!.find((c) => !c.next)!.say }).click();
    expect(await axe()).toEqual([]);
    await page.goto('/training/');
    await page.evaluate(([key, slug, code]) => localStorage.setItem(key!, JSON.stringify({
      schema: 1, drills: {},
      modules: { [slug!]: { last: { date: '2026-11-29', score: 9, total: 10 }, completed: { date: '2026-11-29', score: 9, total: 10, versions: { [code!]: '0.1' } } } },
    })), [KEY, m.slug, subject.procedure.code]);
    await page.reload();
    await expect(page.locator('.training-table')).toBeVisible();
    expect(await axe()).toEqual([]);
  });
}

test('modules are in search; their questions and answers are not', async ({ page }) => {
  await page.goto('/search/');
  const search = (q: string) => page.evaluate(async (query) => {
    // @ts-expect-error: the built site's own Pagefind bundle
    const pagefind = await import('/pagefind/pagefind.js');
    const found = await pagefind.search(query);
    return Promise.all(found.results.slice(0, 10).map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
  }, q);
  const m = subject.module;
  expect(await search(m.title)).toContain(`/training/${m.slug}/`);
  // A sentence that exists only in an explanation of a wrong option.
  const why = m.questions.flatMap((q) => q.options.filter((o) => !o.correct).map((o) => o.why)).sort((a, b) => b.length - a.length)[0]!;
  const urls = await search(why);
  expect(urls.filter((u: string) => u.includes('/training/'))).toEqual([]);
});
