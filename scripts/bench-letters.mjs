#!/usr/bin/env node
/**
 * The letter form's JavaScript before interaction, from the built site: every letter
 * page's island (component, renderer and their static imports, gzip), the heaviest in
 * full, against the 20 KB gzip budget.
 *
 *   npm run build && npm run bench:letters
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { islandWeight, report } from './lib/island-weight.mjs';

const BUDGET = 20_000;
const dist = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const pages = ['letters', join('en', 'letters')]
  .map((dir) => join(dist, dir))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) => readdirSync(dir).filter((d) => statSync(join(dir, d)).isDirectory()).map((d) => join(dir, d, 'index.html')));
if (pages.length === 0) {
  console.error(`No letter pages under ${join(dist, 'letters')}: run \`npm run build\` first.`);
  process.exit(2);
}
const weights = pages.map((page) => ({ page: page.slice(dist.length + 1), weight: islandWeight(dist, page) }))
  .sort((a, b) => b.weight.total - a.weight.total);
const [heaviest] = weights;
const ok = report(`letter form: ${heaviest.page} (heaviest of ${weights.length})`, heaviest.weight, BUDGET);
for (const { page, weight } of weights.slice(1)) console.log(`${String(weight.total).padStart(7)} B gzip  ${page}`);
const over = weights.filter((w) => w.weight.total > BUDGET);
process.exit(ok && over.length === 0 ? 0 : 1);
