/** The built site in dist/: every page's URL, read from the files, not hard-coded. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(import.meta.dirname, '../../../dist');

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name === 'pagefind' || name === '_astro') continue;
      yield* htmlFiles(path);
    } else if (name.endsWith('.html')) yield path;
  }
}

/** URL path of a built file: dist/procedures/x/index.html → /procedures/x/. */
export function urlOf(file: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every page URL of the site except the 404 page (which is tested on its own). */
export const pageUrls = (): string[] => [...htmlFiles(distDir)].filter((f) => !f.endsWith('404.html')).map(urlOf).sort();

export const htmlFilesOf = (): string[] => [...htmlFiles(distDir)];

/** One page of each kind, for the checks that are costly per page (axe). */
export function onePerKind(urls: string[]): string[] {
  const byKind = new Map<string, string>();
  for (const url of urls) {
    const parts = url.split('/').filter(Boolean);
    const locale = parts[0] === 'en' ? 'en' : 'zh';
    const rest = locale === 'en' ? parts.slice(1) : parts;
    // By section and depth: /procedures/x/, …/checklist/, …/v/1.0/ and …/diff/ are different kinds of page.
    const kind = `${locale}:${rest[0] ?? 'home'}:${rest.length}`;
    if (!byKind.has(kind)) byKind.set(kind, url);
  }
  return [...byKind.values()];
}
