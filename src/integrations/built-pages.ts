/** The HTML files of a finished build, for the integrations that run over dist/ (Pagefind, headers). */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') yield* htmlFiles(path);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}
