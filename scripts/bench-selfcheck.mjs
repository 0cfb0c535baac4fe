#!/usr/bin/env node
/**
 * The self-check island's JavaScript before interaction, from the built site (the
 * form, the rules as data, the findings, the incident log, Preact), against its
 * 20 KB gzip budget.
 *
 *   npm run build && npm run bench:selfcheck
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { islandWeight, report } from './lib/island-weight.mjs';

const dist = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const page = join(dist, 'self-check', 'index.html');
if (!existsSync(page)) {
  console.error(`No ${page}: run \`npm run build\` first.`);
  process.exit(2);
}
process.exit(report('self-check: self-check/index.html', islandWeight(dist, page), 20_000) ? 0 : 1);
