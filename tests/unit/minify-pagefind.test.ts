/** Pagefind's script minified in place (src/integrations/minify-pagefind.ts): smaller, still a working module. */
import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minifyPagefindScript } from '../../src/integrations/minify-pagefind';

// Shaped like Pagefind's script: long names, a module that finds its files by import.meta.url.
const script = `const pagefind_version = "1.6.0";
function bundlePathOfThisScript() { const location_of_script = new URL(import.meta.url); return location_of_script.pathname.replace(/[^/]*$/, ''); }
export async function search(term_to_search_for) { const normalised_search_term = term_to_search_for.trim().toLowerCase(); return { version: pagefind_version, term: normalised_search_term, base: bundlePathOfThisScript() }; }
`;

describe('minifyPagefindScript', () => {
  it('shrinks the script and leaves a module that exports and behaves the same', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pagefind-js-'));
    const path = join(dir, 'pagefind.js');
    await writeFile(path, script);
    const { before, after } = await minifyPagefindScript(path);
    expect(after).toBeLessThan(before);
    expect((await readFile(path, 'utf8')).length).toBe(after);
    const minified = await import(/* @vite-ignore */ `${pathToFileURL(path).href}?v=${Date.now()}`);
    expect(await minified.search('  Cui Shou ')).toEqual({ version: '1.6.0', term: 'cui shou', base: `${dir}/` });
  });
});
