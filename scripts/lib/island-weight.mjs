/**
 * The JavaScript an island costs before any interaction, read from the built site:
 * every <astro-island> on a page, its component and renderer, and their static
 * imports (dynamic import() chunks load on demand), each file counted once and
 * gzipped at level 9. Shared by the calculator's and the training's benchmarks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkScript } from './page-budgets.mjs';

/** Files and gzip bytes of the islands on one built page (an index.html under dist). */
export function islandWeight(dist, page) {
  const html = readFileSync(page, 'utf8');
  const islands = html.match(/<astro-island[^>]*>/g) ?? [];
  const entryUrls = islands.flatMap((tag) => [...tag.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]));
  if (entryUrls.length === 0) throw new Error(`No <astro-island> with a component-url on ${page}`);
  const seen = new Map();
  for (const url of entryUrls) walkScript(join(dist, url), seen);
  const files = [...seen].map(([file, size]) => ({ file: file.slice(dist.length + 1), ...size }));
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/** Prints one page's files and total against a budget; returns whether it is within. */
export function report(label, { files, total }, budget) {
  console.log(`${label}`);
  for (const f of files) console.log(`${String(f.gzip).padStart(7)} B gzip  ${String(f.raw).padStart(7)} B raw  ${f.file}`);
  console.log(`${String(total).padStart(7)} B gzip in total (budget ${budget} B)${total <= budget ? '' : '  OVER BUDGET'}\n`);
  return total <= budget;
}
