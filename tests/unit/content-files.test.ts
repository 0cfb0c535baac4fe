/**
 * Every content file straight from disk, through the real schemas, the real
 * cross-file checks and the twin comparison, without a build: quick feedback
 * while writing (`SKIP_CONTENT_SYNC=1 npx vitest run tests/unit/content-files.test.ts`).
 * The build runs the same checks on Astro's own loading of the files; MDX syntax
 * is only checked there.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import * as pages from '../../src/schemas/pages';
import { quizSchema, drillSchema, moduleSchema } from '../../src/schemas/training';
import { sourceSchema } from '../../src/schemas/sources';
import { glossarySchema } from '../../src/schemas/glossary';
import { checkRuleSchema } from '../../src/schemas/checks';
import { findIntegrityProblems, type Corpus, type PlainEntry } from '../../src/lib/content/integrity';
import { ref } from './helpers/corpus';
import { projectRoot } from './helpers/fixture-corpus';

const content = join(projectRoot, 'content');
const filesUnder = (dir: string): string[] => (existsSync(dir)
  ? readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]))
  : []);

/** One entry per file, id "<locale>/<slug>" (archive: "<locale>/<slug>/<version>"), as Astro's loaders give them. */
function loadFiles(collection: string): PlainEntry[] {
  return filesUnder(join(content, collection)).filter((f) => /\.(mdx|yaml)$/.test(f)).map((path) => {
    const text = readFileSync(path, 'utf8');
    const id = relative(join(content, collection), path).replace(/\.(mdx|yaml)$/, '');
    if (path.endsWith('.yaml')) return { id, filePath: relative(projectRoot, path), data: parse(text) };
    const [, front = '', ...rest] = text.split(/^---$/m);
    return { id, filePath: relative(projectRoot, path), data: parse(front), body: rest.join('---') };
  });
}
const loadList = (name: string): PlainEntry[] => (parse(readFileSync(join(content, name), 'utf8')) as Record<string, unknown>[])
  .map((data) => ({ id: String(data.id), filePath: `content/${name}`, data }));

const schemas: Record<string, z.ZodType> = {
  tiers: pages.tierSchema(ref), procedures: pages.procedureSchema(ref), rights: pages.rightSchema(ref),
  scripts: pages.scriptSchema(ref), cases: pages.caseSchema(ref), letters: pages.letterSchema(ref),
  guides: pages.guideSchema(ref), info: pages.infoSchema(ref), archive: pages.archivedProcedureSchema(ref),
  modules: moduleSchema(ref), quizzes: quizSchema, drills: drillSchema(ref),
  sources: sourceSchema, glossary: glossarySchema(ref), checks: checkRuleSchema,
};
const corpus: Corpus = Object.fromEntries(Object.keys(schemas).map((c) => [c,
  c === 'sources' || c === 'glossary' || c === 'checks' ? loadList(`${c}.yaml`) : loadFiles(c)]));

// Parsed up front, so every test (even one picked with -t) sees the data as the build does:
// references as {collection, id}. A file that fails its schema keeps its raw data.
const issues = new Map<PlainEntry, string[]>();
for (const [collection, entries] of Object.entries(corpus)) {
  for (const entry of entries) {
    const result = schemas[collection]!.safeParse(entry.data);
    issues.set(entry, result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
    if (result.success) entry.data = result.data as Record<string, unknown>;
  }
}
const listed = (collection: string) => collection === 'sources' || collection === 'glossary' || collection === 'checks';

describe('content files', () => {
  for (const [collection, entries] of Object.entries(corpus)) {
    for (const entry of entries) {
      test(`${entry.filePath}${listed(collection) ? ` #${entry.id}` : ''} satisfies its schema`, () => {
        expect(issues.get(entry)).toEqual([]);
      });
    }
  }
  // One test per English file, so a writer sees their own file's problems by name.
  let found: string[] | undefined;
  const problems = () => (found ??= (() => {
    try { return findIntegrityProblems(corpus); } catch (error) { return [`(the cross-file check stopped: ${(error as Error).message}; fix the schema failures first)`]; }
  })());
  for (const entry of Object.values(corpus).flat().filter((e) => e.filePath?.includes('/en/'))) {
    test(`${entry.filePath} agrees with its Chinese twin and the corpus`, () => {
      expect(problems().filter((p) => p.startsWith(`${entry.filePath}:`) || p.startsWith('(the cross-file'))).toEqual([]);
    });
  }
  test('the whole corpus is consistent', () => {
    expect(problems()).toEqual([]);
  });
});
