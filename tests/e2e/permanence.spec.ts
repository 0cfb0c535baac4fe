/**
 * Every URL and code in content/published.json resolves in the built site: each
 * page is there (or redirected to a page that is), each code's short link leads to
 * an element with that id, and a short link takes a reader there in Chromium.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './helpers/built-site';
import { readRegistry, readRedirects } from '../../src/lib/content/registry';

const registry = readRegistry(join(import.meta.dirname, '../../content'));
const moved = new Map(readRedirects(join(import.meta.dirname, '../../content')).map((r) => [r.from, r.to]));
const fileOf = (path: string) => join(distDir, path, 'index.html');

test('the registry is not empty', () => {
  expect(registry.pages.length).toBeGreaterThan(100);
  expect(registry.codes.length).toBeGreaterThan(100);
});

test('every published page exists, or redirects to a page that does', () => {
  const missing = registry.pages.filter((path) => !existsSync(fileOf(path)) && !existsSync(fileOf((moved.get(path) ?? '').split('#')[0]!)));
  expect(missing).toEqual([]);
});

test('every published code has a short link in each language whose target holds that code as an id', () => {
  const broken: string[] = [];
  for (const [code, link] of registry.codes.flatMap((c) => [[c, `/p/${c}/`], [c, `/en/p/${c}/`]] as const)) {
    const stub = fileOf(link);
    if (!existsSync(stub)) { broken.push(`no ${link}`); continue; }
    const target = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(readFileSync(stub, 'utf8'))?.[1];
    if (!target) { broken.push(`${link}: no refresh`); continue; }
    const [path, anchor] = target.split('#');
    const html = existsSync(fileOf(path!)) ? readFileSync(fileOf(path!), 'utf8') : '';
    const ok = anchor ? html.includes(`id="${anchor}"`) : html.includes(`data-pagefind-meta="code:${code}"`);
    if (!ok) broken.push(`${link}: ${target} does not hold ${code}`);
  }
  expect(broken).toEqual([]);
});

test('a short link takes a reader to the step, highlighted as the target', async ({ page }) => {
  await page.goto('/p/HV-04.5/');
  await page.waitForURL('**/procedures/on-site-conduct/#HV-04.5');
  await expect(page.locator(':target')).toHaveAttribute('id', 'HV-04.5');
});

test('a step copies its citation and its short link; without JavaScript the buttons stay hidden and the text is there', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const page = await context.newPage();
  await page.goto('/procedures/on-site-conduct/');
  const step = page.locator('li.step', { has: page.locator('[id="HV-04.5"]') });
  await step.locator('summary').click();
  await step.locator('button[data-copy-text]').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await step.locator('button[data-copy-text]').getAttribute('data-copy-text'));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/p\/HV-04\.5\/$/);
  await step.locator('button[data-copy]').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('HV-04.5');
  await context.close();

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(`${baseURL}/procedures/on-site-conduct/`);
  const plainStep = plain.locator('li.step', { has: plain.locator('[id="HV-04.5"]') });
  await plainStep.locator('summary').click();
  await expect(plainStep.locator('button')).toHaveCount(2);
  for (const button of await plainStep.locator('button').all()) await expect(button).toBeHidden();
  await expect(plainStep.locator('.step__short')).toHaveText(/\/p\/HV-04\.5\/$/);
  await noScript.close();
});
