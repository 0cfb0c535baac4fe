/**
 * Issue 15's budgets over every page of the built site, read from dist/ (no browser:
 * what a page costs is in its files): JavaScript that runs before any interaction
 * (2 KB gzip on content pages, none of it a framework; 25 KB on the tools), CSS
 * ≤ 10 KB and HTML ≤ 60 KB gzip on every page, no web font, no image without its size.
 * The same check runs over the 5,000-entry corpus in `npm run bench` (scripts/bench-scale.mjs).
 */
import { test, expect } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { budgets, budgetProblems, isToolPage, siteWeights } from '../../scripts/lib/page-budgets.mjs';
import { distDir } from './helpers/built-site';

test('every page within its budgets', () => {
  const weights = siteWeights(distDir);
  expect(weights.length).toBeGreaterThan(500);
  expect(weights.flatMap((w) => budgetProblems(w.url, w))).toEqual([]);
  // The measure itself works: every page but a redirect stub (/p/…) loads some script and CSS, and the tools the most.
  const real = weights.filter((w) => !/^(\/en)?\/p\//.test(w.url));
  expect(real.filter((w) => !(w.js > 0 && w.css > 0 && w.html > 0)).map((w) => w.url)).toEqual([]);
  const heaviest = (tool: boolean) => Math.max(...weights.filter((w) => isToolPage(w.url) === tool).map((w) => w.js));
  expect(heaviest(true)).toBeGreaterThan(budgets.contentJs);
  console.log(`${weights.length} pages; heaviest: content page JS ${heaviest(false)} B, tool JS ${heaviest(true)} B, CSS ${Math.max(...weights.map((w) => w.css))} B, HTML ${Math.max(...weights.map((w) => w.html))} B (gzip)`);
});

test('the site ships no web font', () => {
  const fonts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(woff2?|ttf|otf|eot)$/i.test(name)) fonts.push(path);
    }
  };
  walk(distDir);
  expect(fonts).toEqual([]);
});
