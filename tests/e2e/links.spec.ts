/**
 * A crawler over the built files: every internal link and every #anchor in dist/
 * resolves to a page that exists and an element with that id.
 */
import { test, expect } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, htmlFilesOf, urlOf } from './helpers/built-site';
import { siteUrl } from '../../src/site.config';

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

const pages = new Map<string, { html: string; ids: Set<string> }>();
for (const file of htmlFilesOf()) {
  const html = readFileSync(file, 'utf8');
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
  pages.set(urlOf(file), { html, ids });
}

/** The file a path would be served from, or undefined. */
function target(path: string): string | undefined {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.find((c) => existsSync(join(distDir, c)));
}

test('every internal link and anchor resolves', () => {
  expect(pages.size).toBeGreaterThan(10);
  const broken: string[] = [];
  let checked = 0;
  for (const [from, { html }] of pages) {
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = decodeEntities(match[1]!);
      if (/^(https?:|mailto:|tel:|data:)/.test(raw)) continue;
      const url = new URL(raw, `http://site${from}`);
      checked++;
      const file = target(url.pathname);
      if (!file) { broken.push(`${from} → ${raw} (no such page)`); continue; }
      if (url.hash) {
        const id = decodeURIComponent(url.hash.slice(1));
        const page = pages.get(urlOf(join(distDir, file)));
        if (page && !page.ids.has(id)) broken.push(`${from} → ${raw} (no #${id} there)`);
      }
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});

// Canonical links and the sitemap point at the configured origin (SITE_URL), which is this site.
test('no page links to another origin except official sources on /sources/', () => {
  const outside: string[] = [];
  for (const [from, { html }] of pages) {
    for (const match of html.matchAll(/\s(?:href|src)="(https?:[^"]+)"/g)) {
      if (from !== '/sources/' && from !== '/en/sources/' && !match[1]!.startsWith(siteUrl)) outside.push(`${from} → ${match[1]}`);
    }
  }
  expect(outside).toEqual([]);
});
