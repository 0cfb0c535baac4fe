/**
 * Locked down and private, proved on the built site (issue 15): every page carries a
 * Content-Security-Policy by hashes with no 'unsafe-inline', and one page of every kind,
 * tools included once hydrated and used, runs under it with no violation, no console
 * error and no request to another origin; no cookie is ever set and storage holds only
 * the reader's own records; dist/_headers, robots.txt, the sitemap, canonical URLs and
 * OpenGraph tags come from the configured origin; external links leak no referrer.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, htmlFilesOf, onePerKind, pageUrls, urlOf } from './helpers/built-site';
import { siteUrl } from '../../src/site.config';
import { pagePolicy } from '../../src/integrations/headers';

const origin = new URL(siteUrl).origin;
const files = htmlFilesOf().map((file) => ({ file, url: urlOf(file), html: readFileSync(file, 'utf8') }));
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** What localStorage may hold (the reader's records and drafts, each with a clear button on its page) and sessionStorage (the self-check → letter hand-over). */
const localKeys = ['training-progress', 'incident-log', 'letter-drafts', 'selfcheck-form'];
const sessionKeys = ['letter-handoff'];

test(`every page has a CSP by hashes, without 'unsafe-inline' or 'unsafe-eval' (${files.length} pages)`, () => {
  const problems: string[] = [];
  for (const { url, html } of files) {
    const policy = pagePolicy(html);
    if (!policy) { problems.push(`${url}: no CSP`); continue; }
    if (/'unsafe-(inline|eval)'/.test(policy)) problems.push(`${url}: ${policy.match(/'unsafe-[a-z]+'/)![0]}`);
    if (!/script-src 'self'/.test(policy) || !/default-src 'self'/.test(policy)) problems.push(`${url}: script-src or default-src is not 'self'`);
    // Every inline script and style the page has is allowed by a hash in its policy (else the browser blocks it).
    const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter((m) => m[1]!.trim());
    const hashes = (policy.match(/'sha256-/g) ?? []).length;
    if (inline.length > 0 && hashes === 0) problems.push(`${url}: inline scripts but no hash`);
  }
  expect(problems).toEqual([]);
});

test('canonical URL and OpenGraph tags from the configured origin, on every page', () => {
  const problems: string[] = [];
  for (const { url, html } of files) {
    if (/<meta http-equiv="refresh"/i.test(html)) continue; // short links and moved pages only send readers on
    const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
    if (url === '/404.html') continue;
    if (canonical !== `${origin}${url}`) problems.push(`${url}: canonical ${canonical}`);
    const og = (p: string) => new RegExp(`<meta property="og:${p}" content="([^"]*)"`).exec(html)?.[1];
    if (og('url') !== canonical) problems.push(`${url}: og:url ${og('url')}`);
    for (const p of ['title', 'description', 'type', 'site_name', 'locale']) if (!og(p)) problems.push(`${url}: no og:${p}`);
  }
  expect(problems).toEqual([]);
});

test('links to other sites open without a referrer or an opener', () => {
  const problems: string[] = [];
  let external = 0;
  for (const { url, html } of files) {
    for (const m of html.matchAll(/<a\b([^>]*)>/g)) {
      const href = attr(m[1]!, 'href');
      if (!href || !/^https?:\/\//.test(href) || new URL(href).origin === origin) continue;
      external += 1;
      const rel = (attr(m[1]!, 'rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`${url}: ${href} rel="${rel.join(' ')}"`);
    }
  }
  expect(external, 'the sources register links official texts').toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('_headers carries the CSP of every page, and the other security headers', () => {
  const headers = readFileSync(join(distDir, '_headers'), 'utf8');
  const block = headers.split(/\n(?=\/)/).find((b) => b.startsWith('/*\n'))!;
  const csp = /Content-Security-Policy: (.*)/.exec(block)?.[1] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/unsafe-inline/);
  // The header allows at least what each page's own policy allows, so the page's meta is the one that binds.
  const sources = new Set(csp.split(/[;\s]+/));
  const missing = new Set<string>();
  for (const { html } of files) for (const s of (pagePolicy(html) ?? '').split(/[;\s]+/)) if (s && !sources.has(s)) missing.add(s);
  expect([...missing]).toEqual([]);
  expect(block).toContain('X-Content-Type-Options: nosniff');
  expect(block).toContain('Referrer-Policy: no-referrer');
  expect(block).toMatch(/Permissions-Policy: .*camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
});

test('robots.txt and the sitemap name the configured origin, and every page is in the sitemap', () => {
  const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
  expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(maps.length).toBeGreaterThan(0);
  const listed = new Set(maps.flatMap((map) => [...readFileSync(join(distDir, new URL(map).pathname), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)));
  for (const loc of listed) expect(loc.startsWith(`${origin}/`), loc).toBe(true);
  const pages = pageUrls().filter((url) => !/^(\/en)?\/p\//.test(url));
  expect(pages.filter((url) => !listed.has(`${origin}${url}`))).toEqual([]);
});

/** Records console errors, CSP violations and requests to other origins on a page. */
async function watch(page: Page, baseURL: string, where: () => string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`${where()}: console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`${where()}: page error: ${err.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const own = new URL(baseURL).origin;
  await page.route('**/*', (route) => {
    const requested = new URL(route.request().url());
    if (requested.origin === own || requested.protocol === 'data:') return route.continue();
    problems.push(`${where()}: request to ${requested.href}`);
    return route.abort();
  });
  return problems;
}

test('one page of every kind runs under its CSP: islands hydrate, tools work, nothing else is asked of the network, no cookie', async ({ page, context, baseURL }) => {
  // Short links are redirect stubs (permanence.spec.ts follows them).
  const kinds = onePerKind(pageUrls().filter((url) => !/^(\/en)?\/p\//.test(url)));
  test.setTimeout(30_000 + kinds.length * 2_000);
  let current = '';
  const problems = await watch(page, baseURL!, () => current);
  for (const url of kinds) {
    current = url;
    await page.goto(url);
    // An island hydrates when its `ssr` attribute goes; client:visible ones hydrate once in view.
    for (const island of await page.locator('astro-island').all()) {
      await island.scrollIntoViewIfNeeded();
      await expect(island).not.toHaveAttribute('ssr', { timeout: 10_000 });
    }
  }
  // The tools, used: a search (Pagefind's WebAssembly under 'wasm-unsafe-eval'), a letter draft typed.
  current = '/search/?q=上门';
  await page.goto('/search/?q=%E4%B8%8A%E9%97%A8');
  await expect(page.locator('[data-search-page]')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  await expect(page.locator('.search-result').first()).toBeVisible();
  current = '/letters/complaint-about-collection-conduct/';
  await page.goto(current);
  await expect(page.locator('.letter-form')).toHaveAttribute('data-ready', 'true');
  await page.locator('#letter-name').fill('张三');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('letter-drafts'))).not.toBeNull();

  expect(problems).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  const stored = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
  expect(stored.local.filter((k) => !localKeys.includes(k))).toEqual([]);
  expect(stored.session.filter((k) => !sessionKeys.includes(k))).toEqual([]);
});
