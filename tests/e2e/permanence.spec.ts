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

test('every published code has a short link whose target holds that code as an id', () => {
  const broken: string[] = [];
  for (const code of registry.codes) {
    const stub = fileOf(`/p/${code}/`);
    if (!existsSync(stub)) { broken.push(`${code}: no /p/${code}/`); continue; }
    const target = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(readFileSync(stub, 'utf8'))?.[1];
    if (!target) { broken.push(`${code}: no refresh`); continue; }
    const [path, anchor] = target.split('#');
    const html = existsSync(fileOf(path!)) ? readFileSync(fileOf(path!), 'utf8') : '';
    const ok = anchor ? html.includes(`id="${anchor}"`) : html.includes(`data-pagefind-meta="code:${code}"`);
    if (!ok) broken.push(`${code}: ${target} does not hold it`);
  }
  expect(broken).toEqual([]);
});

test('a short link takes a reader to the step, highlighted as the target', async ({ page }) => {
  await page.goto('/p/HV-04.5/');
  await page.waitForURL('**/procedures/on-site-conduct/#HV-04.5');
  await expect(page.locator(':target')).toHaveAttribute('id', 'HV-04.5');
});
