/**
 * Loads content/ the way the build does, through the real Zod schemas, for
 * checks that look across the whole corpus. References become {collection, id}
 * exactly as Astro's reference() makes them.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { tierSchema, procedureSchema, rightSchema, scriptSchema, caseSchema, letterSchema, guideSchema, infoSchema } from '../../../src/schemas/pages';
import { sourceSchema } from '../../../src/schemas/sources';
import { glossarySchema } from '../../../src/schemas/glossary';
import type { RefFactory } from '../../../src/schemas/common';
import type { Corpus, PlainEntry } from '../../../src/lib/content/integrity';
import { projectRoot } from './fixture-corpus';

export const ref: RefFactory = (collection) => z.string().transform((id) => ({ collection, id }));

const pageSchemas = {
  tiers: tierSchema(ref), procedures: procedureSchema(ref), rights: rightSchema(ref), scripts: scriptSchema(ref),
  cases: caseSchema(ref), letters: letterSchema(ref), guides: guideSchema(ref), info: infoSchema(ref),
};
export type PageCollection = keyof typeof pageSchemas;
export const pageCollections = Object.keys(pageSchemas) as PageCollection[];

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(text: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter block');
  return { frontmatter: parse(match[1]!), body: match[2]! };
}

function parseOrThrow(schema: z.ZodType, value: unknown, file: string): Record<string, unknown> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return result.data as Record<string, unknown>;
}

export function loadCorpus(root = join(projectRoot, 'content')): Corpus {
  const corpus: Corpus = {};
  for (const collection of pageCollections) {
    const entries: PlainEntry[] = [];
    const base = join(root, collection);
    for (const locale of existsSync(base) ? readdirSync(base) : []) {
      for (const name of readdirSync(join(base, locale)).filter((n) => n.endsWith('.mdx'))) {
        const path = join(base, locale, name);
        const file = relative(projectRoot, path);
        const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
        entries.push({ id: `${locale}/${name.replace(/\.mdx$/, '')}`, filePath: file, data: parseOrThrow(pageSchemas[collection], frontmatter, file), body });
      }
    }
    corpus[collection] = entries;
  }
  for (const [collection, schema] of [['sources', sourceSchema], ['glossary', glossarySchema(ref)]] as const) {
    const file = relative(projectRoot, join(root, `${collection}.yaml`));
    const list = parse(readFileSync(join(root, `${collection}.yaml`), 'utf8')) as { id: string }[];
    corpus[collection] = list.map((item) => ({ id: item.id, filePath: file, data: parseOrThrow(schema, item, `${file} (${item.id})`) }));
  }
  return corpus;
}
