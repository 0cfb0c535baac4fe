#!/usr/bin/env node
/**
 * The calculator island's JavaScript weight, from the built site: every script the
 * /calculator/ page loads for it (the island, the Preact renderer and their static
 * imports), gzipped at level 9. Fails when the total exceeds the budget.
 *
 *   npx astro build && node scripts/bench-calculator.mjs [--budget 25000] [--page dist/calculator/index.html]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { islandWeight, report } from './lib/island-weight.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dist = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const page = resolve(option('--page', join(dist, 'calculator', 'index.html')));
const budget = Number(option('--budget', '25000'));

if (!existsSync(page)) {
  console.error(`No ${page}: run \`npx astro build\` first.`);
  process.exit(2);
}
process.exit(report(page.slice(dist.length + 1), islandWeight(dist, page), budget) ? 0 : 1);
