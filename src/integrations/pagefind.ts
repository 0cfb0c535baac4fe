/**
 * Builds the Pagefind search index inside `astro build` (DESIGN.md: search is
 * Pagefind, one index per language from <html lang>, Chinese segmentation from the
 * extended binary the npm package ships). Runs over the directory Astro just wrote
 * (dist/, or ASTRO_OUT_DIR for fixture builds) and writes <outDir>/pagefind/.
 * Any Pagefind error fails the build, as Starlight does.
 *
 * Pages are indexed from their data-pagefind-body. Pages that are lists of short
 * entries (the glossary, the sources) mark each entry with data-search-entry="id"
 * instead: each entry becomes a record of its own at <page>#<id>, so a term is
 * ranked against its few lines, not against the whole list.
 */
// Imported with the config, not inside the hook: by astro:build:done Vite's module runner,
// which loads this file, may be closed (seen once redirects were configured), and a dynamic import would fail.
import * as pagefind from 'pagefind';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdir, readFile } from 'node:fs/promises';
import { htmlFiles } from './built-pages';
import { writeCards } from './search-cards';
import { regzipFiles } from './smaller-gzip';
import { minifyPagefindScript } from './minify-pagefind';
import { join, relative, sep } from 'node:path';

export class PagefindBuildError extends Error {
  constructor(step: string, errors: string[]) {
    super(`Pagefind failed to ${step}:\n  ${errors.join('\n  ')}`);
    this.name = 'PagefindBuildError';
  }
}

/**
 * Word positions per index chunk. Pagefind's default (about 17,000) makes ~32 KB
 * chunks, and a Chinese query needs a chunk for each character its words start
 * with, so a short question downloaded 150–250 KB of index. Chunks of 1,500 keep
 * the index part of a first query near 40–60 KB (npm run bench:search). The
 * setting is Pagefind's own environment variable, marked unstable: if a later
 * Pagefind drops it, the same index is built in bigger chunks. A value already in
 * the environment wins.
 */
// 2,000 until the pages' `asked` questions grew the index: one first query then fetched 201.6 KB (budget 200).
// 1,500 until 2026-11-30: over 60 sampled first queries, 1,500 / 1,000 / 700 gave a max of
// 197.4 / 192.6 / 189.6 KB; below 1,000 the list of chunks every query loads grows faster
// (pagefind.zh-cn 5.6 / 7.3 / 9.1 KB) than the chunks shrink.
export const indexChunkSize = 1000;

/** One list entry as a small HTML document of its own, for Pagefind. */
export interface EntryRecord { url: string; content: string }

const entryPattern = /<section\b[^>]*\bdata-search-entry="([^"]+)"[^>]*>([\s\S]*?)<\/section>/g;

/**
 * The entries of a built list page. An entry's meta and filters are written as
 * data-entry-meta / data-entry-filter, which Pagefind does not read, and become
 * Pagefind's own attributes only here, in the entry's record: on the list page's
 * record they would name the page after its last entry (the glossary was titled
 * 住宅不受侵犯). The entry's own anchor ids are dropped: the record's URL already
 * ends in #id, and Pagefind would add it again as a section.
 */
export function entryRecords(html: string, pageUrl: string): EntryRecord[] {
  const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'zh-CN';
  return [...html.matchAll(entryPattern)].map(([, id, inner]) => ({
    url: `${pageUrl}#${id}`,
    content: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body><div data-pagefind-body>${inner!
      .replace(/\sid="[^"]*"/g, '')
      .replace(/\sdata-entry-(meta|filter)=/g, ' data-pagefind-$1=')}</div></body></html>`,
  }));
}

/** URL path of a built file: <site>/glossary/index.html → /glossary/. */
const urlOf = (site: string, file: string) => `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/, '');

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'overdue-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(indexChunkSize);
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({});
          if (!index || createErrors.length) throw new PagefindBuildError('start', createErrors.length ? createErrors : ['no index returned']);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new PagefindBuildError(`index ${site}`, added.errors);
          if (added.page_count === 0) throw new PagefindBuildError(`index ${site}`, ['no HTML page found']);

          let entries = 0;
          for await (const file of htmlFiles(site)) {
            const html = await readFile(file, 'utf8');
            if (!html.includes('data-search-entry=')) continue;
            for (const record of entryRecords(html, urlOf(site, file))) {
              const result = await index.addHTMLFile(record);
              if (result.errors.length) throw new PagefindBuildError(`index ${record.url}`, result.errors);
              entries += 1;
            }
          }

          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new PagefindBuildError('write the index', written.errors);
          const cards = await writeCards(site);
          // What a first query fetches besides the cards (written smaller already) and index chunks
          // (hundreds of small files, where Zopfli saves about 3 % and costs the most time).
          const outDir = join(site, 'pagefind');
          const firstFetch = (await readdir(outDir)).filter((name) => /^wasm\..*\.pagefind$|\.pf_meta$/.test(name));
          const regzipped = await regzipFiles(firstFetch.map((name) => join(outDir, name)));
          const script = await minifyPagefindScript(join(outDir, 'pagefind.js'));
          logger.info(`indexed ${added.page_count} HTML files and ${entries} list entries into ${written.outputPath}, with answer cards (${Object.entries(cards).map(([l, n]) => `${l} ${n}`).join(', ')}); wasm and metadata regzipped ${regzipped.before} → ${regzipped.after} bytes, pagefind.js minified ${script.before} → ${script.after}; in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
