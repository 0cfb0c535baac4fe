/**
 * The corpus as Astro's own loaders and schemas produced it: the content store
 * that `astro sync` writes (tests/global-setup.ts refreshes it first). No second
 * loader: ids, parsed dates and references are exactly what the pages receive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { unflatten } from 'devalue';
import { pageKinds } from '../../../src/lib/routes';
import type { RefFactory } from '../../../src/schemas/common';
import type { Corpus, PlainEntry } from '../../../src/lib/content/integrity';
import { projectRoot } from './fixture-corpus';

/** A stand-in for astro:content's reference(), for testing a schema on its own. */
export const ref: RefFactory = (collection) => z.string().transform((id) => ({ collection, id }));

/** Collections of MDX pages (the page kinds and the site's own pages). */
export const pageCollections = [...pageKinds, 'info'] as const;

/** Where `astro sync` keeps the content store (astro.config.mjs: cacheDir). */
export const storePath = join(projectRoot, 'node_modules/.astro/data-store.json');

export function loadCorpus(path = storePath): Corpus {
  const store = unflatten(JSON.parse(readFileSync(path, 'utf8'))) as Map<string, Map<string, PlainEntry>>;
  const corpus: Corpus = {};
  for (const [collection, entries] of store) {
    if (collection.includes('::')) continue; // the store's own bookkeeping
    corpus[collection] = [...entries.values()].map(({ id, data, body, filePath }) => ({
      id, data, ...(body !== undefined ? { body } : {}), ...(filePath !== undefined ? { filePath } : {}),
    }));
  }
  return corpus;
}
