#!/usr/bin/env node
/**
 * `npm run permalinks`: publish on purpose. After a build, this
 *   1. adds every page of dist/ and every procedure and step code to
 *      content/published.json (it only ever adds: a published URL or code is a promise);
 *   2. archives each procedure's current version as content/archive/<locale>/<slug>/<version>.mdx,
 *      the stored copy its version page is built from (never overwritten).
 * Nothing else writes the registry; the build only checks it.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { unflatten } from 'devalue';

const root = process.cwd();
const dist = join(root, 'dist');
const storeFile = join(root, 'node_modules/.astro/data-store.json');
if (!existsSync(join(dist, 'index.html')) || !existsSync(storeFile)) {
  console.error('Build first: npm run build (permalinks reads dist/ and the content store).');
  process.exit(1);
}

function pagesIn(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : pagesIn(path);
    return entry.name === 'index.html' ? [`/${relative(dist, dirname(path))}/`.replace(/\/+/g, '/')] : [];
  });
}

const store = unflatten(JSON.parse(readFileSync(storeFile, 'utf8')));
const procedures = [...(store.get('procedures')?.values() ?? [])];
const codes = procedures.filter((p) => p.id.startsWith('zh-cn/')).flatMap((p) => [
  p.data.code, ...p.data.steps.map((s) => s.code), ...(p.data.retired ?? []).map((r) => r.code),
]);

const registryFile = join(root, 'content/published.json');
const before = existsSync(registryFile) ? JSON.parse(readFileSync(registryFile, 'utf8')) : { pages: [], codes: [] };
const union = (a, b) => [...new Set([...a, ...b])].sort();
const registry = { pages: union(before.pages, pagesIn(dist)), codes: union(before.codes, codes) };
writeFileSync(registryFile, `${JSON.stringify(registry, null, 2)}\n`);
console.log(`content/published.json: ${registry.pages.length} pages (+${registry.pages.length - before.pages.length}), ${registry.codes.length} codes (+${registry.codes.length - before.codes.length})`);

let archived = 0;
for (const p of procedures) {
  const target = join(root, 'content/archive', p.id, `${p.data.version}.mdx`);
  if (existsSync(target)) continue;
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(root, p.filePath), target);
  archived += 1;
  console.log(`archived ${p.filePath} as ${relative(root, target)}`);
}
if (archived) console.log(`${archived} new version(s) archived: run npm run build again to publish their version pages.`);
