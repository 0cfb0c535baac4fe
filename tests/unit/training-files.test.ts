/**
 * The training files straight from disk, through the real schemas and the real
 * cross-file check, without a build: quick feedback while writing questions and
 * drills (`SKIP_CONTENT_SYNC=1 npx vitest run tests/unit/training-files.test.ts`).
 * The build runs the same checks on Astro's own loading of the files.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { quizSchema, drillSchema, moduleSchema } from '../../src/schemas/training';
import { findTrainingProblems } from '../../src/lib/content/training-integrity';
import type { Corpus, PlainEntry } from '../../src/lib/content/integrity';
import { projectRoot } from './helpers/fixture-corpus';

const content = join(projectRoot, 'content');
/** Stands in for astro:content's reference(): keeps "<locale>/<slug>" as {collection, id}. */
const ref = (collection: string) => z.string().transform((id) => ({ collection, id }));

function load(collection: string, ext: 'mdx' | 'yaml'): PlainEntry[] {
  const dir = join(content, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((locale) => readdirSync(join(dir, locale)).filter((f) => f.endsWith(`.${ext}`)).map((f) => {
    const filePath = `content/${collection}/${locale}/${f}`;
    const text = readFileSync(join(dir, locale, f), 'utf8');
    const data = ext === 'yaml' ? parse(text) : parse(text.split(/^---$/m)[1] ?? '');
    return { id: `${locale}/${f.replace(/\.(mdx|yaml)$/, '')}`, filePath, data };
  }));
}

const schemas = { modules: moduleSchema(ref as never), quizzes: quizSchema, drills: drillSchema(ref as never) };
const corpus: Corpus = Object.fromEntries(['procedures', 'rights', 'scripts', 'tiers', 'cases', 'letters', 'guides'].map((c) => [c, load(c, 'mdx')]));
const parsed: Record<string, PlainEntry[]> = { modules: load('modules', 'mdx'), quizzes: load('quizzes', 'yaml'), drills: load('drills', 'yaml') };

describe('training files', () => {
  for (const [collection, entries] of Object.entries(parsed)) {
    for (const entry of entries) {
      test(`${entry.filePath} satisfies its schema`, () => {
        const result = schemas[collection as keyof typeof schemas].safeParse(entry.data);
        const issues = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
        expect(issues).toEqual([]);
        if (result.success) entry.data = result.data as Record<string, unknown>;
      });
    }
  }
  test('every basis, reading and module resolves', () => {
    expect(findTrainingProblems({ ...corpus, ...parsed })).toEqual([]);
  });
});
