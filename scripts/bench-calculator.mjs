#!/usr/bin/env node
/**
 * The calculator island's JavaScript weight, from the built site: every script the
 * /calculator/ page loads for it (the island, the Preact renderer and their static
 * imports), gzipped at level 9. Fails when the total exceeds the budget.
 *
 *   npx astro build && node scripts/bench-calculator.mjs [--budget 25000] [--page dist/calculator/index.html]
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

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
const html = readFileSync(page, 'utf8');
const island = /<astro-island[^>]*component-export="default"[^>]*>|<astro-island[^>]*>/.exec(html)?.[0] ?? '';
const entryUrls = [...island.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]);
if (entryUrls.length === 0) {
  console.error('No <astro-island> with a component-url on the page.');
  process.exit(2);
}

const seen = new Map();
function visit(file) {
  if (seen.has(file)) return;
  const code = readFileSync(file);
  seen.set(file, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
  // static imports only: dynamic import() chunks load on demand (e.g. Preact signals)
  for (const m of code.toString('utf8').matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/g)) {
    if (m[1].startsWith('.')) visit(join(dirname(file), m[1]));
  }
}
for (const url of entryUrls) visit(join(dist, url));

let total = 0;
for (const [file, size] of seen) {
  total += size.gzip;
  console.log(`${String(size.gzip).padStart(7)} B gzip  ${String(size.raw).padStart(7)} B raw  ${file.slice(dist.length + 1)}`);
}
console.log(`${String(total).padStart(7)} B gzip in total (budget ${budget} B)`);
process.exit(total <= budget ? 0 : 1);
