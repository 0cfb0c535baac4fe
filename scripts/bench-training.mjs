#!/usr/bin/env node
/**
 * The training islands' JavaScript before interaction, from the built site: a module
 * page (the knowledge check; its questions load on start, one JSON file per module,
 * reported apart), a drill page and the dashboard, each against the 15 KB gzip budget.
 *
 *   npm run build && npm run bench:training
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { islandWeight, report } from './lib/island-weight.mjs';

const BUDGET = 15_000;
const dist = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const training = join(dist, 'training');
if (!existsSync(training)) {
  console.error(`No ${training}: run \`npm run build\` first.`);
  process.exit(2);
}
const modules = readdirSync(training).filter((d) => d !== 'drills' && statSync(join(training, d)).isDirectory());
const drills = readdirSync(join(training, 'drills'));
const pages = [
  ...modules.map((m) => join(training, m, 'index.html')),
  ...drills.map((d) => join(training, 'drills', d, 'index.html')),
  join(training, 'index.html'),
];
let ok = true;
const totals = pages.map((page) => {
  const weight = islandWeight(dist, page);
  return { page: page.slice(dist.length + 1), total: weight.total, weight };
});
// Every page's islands in full for the heaviest of each kind; one line for the rest.
for (const kind of ['module', 'drill', 'dashboard']) {
  const own = totals.filter((t) => (kind === 'drill' ? t.page.includes('/drills/') : kind === 'dashboard' ? t.page === 'training/index.html' : !t.page.includes('/drills/') && t.page !== 'training/index.html'));
  const heaviest = own.sort((a, b) => b.total - a.total)[0];
  ok = report(`${kind}: ${heaviest.page} (heaviest of ${own.length})`, heaviest.weight, BUDGET) && ok;
}
const json = modules.map((m) => {
  const body = readFileSync(join(training, m, 'questions.json'));
  return { m, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
});
console.log('Question files, fetched when a check starts (not before interaction):');
for (const j of json) console.log(`${String(j.gzip).padStart(7)} B gzip  ${String(j.raw).padStart(7)} B raw  training/${j.m}/questions.json`);
process.exit(ok ? 0 : 1);
