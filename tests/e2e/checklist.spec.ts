/**
 * The printable checklist of a procedure (/procedures/<slug>/checklist/), printed
 * to PDF in Chromium at A4: a short procedure fits one sheet, no step row is ever
 * cut across two pages, every current step and both performers' signature lines
 * are on it, and on paper there is nothing but the sheet, black on white.
 * The procedures are read from content/, not hard-coded.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface Procedure {
  path: string;
  code: string;
  steps: { code: string; title: string; action: string; record?: string }[];
  retired: { code: string }[];
}

const contentDir = join(import.meta.dirname, '../../content/procedures');
const procedures: Procedure[] = readdirSync(contentDir).flatMap((locale) =>
  readdirSync(join(contentDir, locale)).filter((f) => f.endsWith('.mdx')).map((file) => {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(readFileSync(join(contentDir, locale, file), 'utf8'))?.[1];
    if (!frontmatter) throw new Error(`no frontmatter in content/procedures/${locale}/${file}`);
    const data = parse(frontmatter) as Omit<Procedure, 'path' | 'retired'> & { retired?: { code: string }[] };
    const prefix = locale === 'zh-cn' ? '' : `/${locale}`;
    return { path: `${prefix}/procedures/${file.replace(/\.mdx$/, '')}/checklist/`, code: data.code, steps: data.steps, retired: data.retired ?? [] };
  }));

const textLength = (p: Procedure) => p.steps.reduce((sum, s) => sum + s.title.length + s.action.length + (s.record?.length ?? 0), 0);
const fewest = Math.min(...procedures.map((p) => p.steps.length));
/** Every procedure with the fewest steps (there may be a tie). */
const shortest = procedures.filter((p) => p.steps.length === fewest);
/** Most steps; among equals, the most text. */
const longest = [...procedures].sort((a, b) => b.steps.length - a.steps.length || textLength(b) - textLength(a))[0]!;

/** Pages of a PDF: its page objects, `/Type /Page` and not `/Type /Pages` (the page tree). */
const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
const printPdf = (page: Page) => page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });

/*
 * Page geometry in CSS px. The sheet's @page is A4 (210 × 297 mm) with 15 mm
 * margins, so each page's content box is 180 × 267 mm. A CSS px is 1/96 in and
 * an inch is 25.4 mm, so 1 mm = 96 / 25.4 ≈ 3.7795 px:
 *   width  180 mm × 3.7795 ≈  680.3 px
 *   height 267 mm × 3.7795 ≈ 1009.1 px
 * Laid out for print media on a screen, the page is one long strip with no page
 * boundaries, so a row's box says nothing about where the printer would cut it.
 * Instead the body becomes a multi-column box whose columns are exactly that
 * content box (680.3 px wide, 1009.1 px tall, no gap): Chromium fragments
 * columns with the same engine as printed pages (break-inside, repeated table
 * headers), so column k is page k + 1, spanning x from k × 680.3 to
 * (k + 1) × 680.3. A row that straddles a page boundary has fragments in two
 * columns. The number of columns used is checked against the PDF's page count,
 * so the emulation cannot drift from the real print.
 */
const MM = 96 / 25.4;
const PAGE_W = 180 * MM;
const PAGE_H = 267 * MM;

interface Paginated { pages: number; rows: { code: string; pages: number[] }[]; headerFragments: number; signaturePages: number[] }

async function paginate(page: Page): Promise<Paginated> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.ceil(PAGE_W), height: Math.ceil(PAGE_H) });
  return page.evaluate(([w, h]) => {
    const body = document.body.style;
    Object.assign(body, { margin: '0', width: `${w}px`, height: `${h}px`, columnWidth: `${w}px`, columnGap: '0', columnFill: 'auto' });
    // The page (column) each fragment of an element lies in; +1 px absorbs sub-pixel edges.
    const pagesOf = (el: Element) => [...new Set([...el.getClientRects()].filter((r) => r.height > 0).map((r) => Math.floor((r.left + 1) / w)))];
    const rows = [...document.querySelectorAll<HTMLElement>('.checklist__table tbody tr')].map((tr) => ({ code: tr.dataset.code ?? '', pages: pagesOf(tr) }));
    const used = [...document.querySelectorAll('.checklist *')].flatMap(pagesOf);
    return {
      pages: Math.max(...used) + 1,
      rows,
      // Chromium gives a repeated table header one client rect per page but places them all at the first;
      // so the header is counted, not located.
      headerFragments: document.querySelector('.checklist__table thead')!.getClientRects().length,
      signaturePages: pagesOf(document.querySelector('.checklist__signatures')!),
    };
  }, [PAGE_W, PAGE_H] as const);
}

function expectNoRowCut(layout: Paginated, expectedRows: number) {
  expect(layout.rows).toHaveLength(expectedRows);
  const cut = layout.rows.filter((r) => r.pages.length !== 1).map((r) => `${r.code} on pages ${r.pages.map((p) => p + 1).join(' and ')}`);
  expect(cut, 'step rows cut across pages').toEqual([]);
  // The column headers repeat on every page the table runs onto.
  const tablePages = new Set(layout.rows.flatMap((r) => r.pages));
  expect(layout.headerFragments, 'column headers, once per page of the table').toBe(tablePages.size);
  // The signature block is never split from itself.
  expect(layout.signaturePages).toHaveLength(1);
}

test('the corpus has procedures of different lengths to print', () => {
  expect(procedures.length).toBeGreaterThan(1);
  expect(longest.steps.length).toBeGreaterThan(fewest);
});

for (const procedure of shortest) {
  test(`a short procedure prints on one A4 page: ${procedure.path} (${procedure.steps.length} steps)`, async ({ page }) => {
    await page.goto(procedure.path);
    const pdf = await printPdf(page);
    const pages = pdfPages(pdf);
    test.info().annotations.push({ type: 'pages', description: `${procedure.code}: ${pages}` });
    expect(pages).toBe(1);
  });
}

test(`the longest procedure prints with no step row cut across pages: ${longest.code} (${longest.steps.length} steps)`, async ({ page }) => {
  await page.goto(longest.path);
  const pdf = await printPdf(page);
  const layout = await paginate(page);
  expect(layout.pages, 'emulated pages = PDF pages').toBe(pdfPages(pdf));
  expectNoRowCut(layout, longest.steps.length);
  test.info().annotations.push({ type: 'pages', description: `${longest.code}: ${pdfPages(pdf)}` });
});

// The longest procedure fits one sheet today, which has no page boundary to cut a row at.
// Its rows three times over run onto several pages, so the rule is exercised for real.
test(`rows stay whole and headers repeat when the table runs over several pages: ${longest.code} × 3`, async ({ page }) => {
  await page.goto(longest.path);
  await page.locator('.checklist__table tbody').evaluate((tbody) => {
    const rows = [...tbody.children];
    for (let copy = 0; copy < 2; copy++) rows.forEach((row) => tbody.append(row.cloneNode(true)));
  });
  const pdf = await printPdf(page);
  const layout = await paginate(page);
  expect(pdfPages(pdf)).toBeGreaterThanOrEqual(3);
  expect(layout.pages, 'emulated pages = PDF pages').toBe(pdfPages(pdf));
  expectNoRowCut(layout, longest.steps.length * 3);
  test.info().annotations.push({ type: 'pages', description: `${longest.code} × 3: ${pdfPages(pdf)}` });
});

for (const procedure of procedures) {
  test(`every current step and the signature lines are on the checklist: ${procedure.path}`, async ({ page }) => {
    const response = await page.goto(procedure.path);
    expect(response?.status()).toBe(200);
    const codes = await page.locator('.checklist__table tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.code));
    expect(codes).toEqual(procedure.steps.map((s) => s.code));
    await expect(page.locator('.checklist__table tbody th')).toHaveText(procedure.steps.map((s) => s.code));
    for (const gone of procedure.retired) await expect(page.locator('.checklist__table')).not.toContainText(gone.code);
    // Two performers (home visits are made in pairs) and the supervisor, each with a line to sign and a date.
    await expect(page.locator('[data-signer="performer"]')).toHaveCount(2);
    await expect(page.locator('[data-signer="supervisor"]')).toHaveCount(1);
    for (const signer of await page.locator('[data-signer]').all()) await expect(signer.locator('.checklist__blank')).toHaveCount(2);
    await expect(page.locator('.checklist__head')).toContainText(procedure.code);
    // The sheet's own address, absolute (from the site's origin), printed as text.
    const url = page.locator('.checklist__url');
    expect(new URL((await url.getAttribute('href'))!).pathname).toBe(procedure.path);
    await expect(url).toHaveText((await url.getAttribute('href'))!);
    await expect(page.locator('[data-pagefind-ignore="all"] .checklist')).toHaveCount(1);
    // The way back to the procedure.
    await expect(page.locator(`.checklist-intro a[href="${procedure.path.replace(/checklist\/$/, '')}"]`)).toBeVisible();
  });
}

test('on paper: only the sheet, black on white (even in dark mode), boxes and lines visible, no link addresses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(longest.path);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const hidden of ['.site-header', '.site-nav', '.site-search', '.site-footer', '.breadcrumbs', '.checklist-intro']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  const look = await page.evaluate(() => {
    const style = (q: string, pseudo?: string) => getComputedStyle(document.querySelector(q)!, pseudo);
    const box = style('.checklist__box');
    const blank = style('.checklist__signer .checklist__blank');
    return {
      background: style('body').backgroundColor,
      text: [style('.checklist h1').color, style('.checklist__action').color, style('.checklist__table thead th').color],
      box: [box.borderTopWidth, box.borderTopStyle, box.borderTopColor, document.querySelector('.checklist__box')!.getBoundingClientRect().width],
      line: [blank.borderBottomStyle, blank.borderBottomColor],
      cell: style('.checklist__table td').borderTopColor,
      after: style('.checklist__url', '::after').content,
    };
  });
  expect(look.background).toBe('rgb(255, 255, 255)');
  expect(look.text).toEqual(['rgb(0, 0, 0)', 'rgb(0, 0, 0)', 'rgb(0, 0, 0)']);
  expect(parseFloat(look.box[0] as string)).toBeGreaterThanOrEqual(1);
  expect(look.box.slice(1, 3)).toEqual(['solid', 'rgb(0, 0, 0)']);
  expect(look.box[3]).toBeGreaterThan(10);
  expect(look.line).toEqual(['solid', 'rgb(0, 0, 0)']);
  expect(look.cell).toBe('rgb(0, 0, 0)');
  expect(['none', 'normal']).toContain(look.after);
});
