/**
 * The content model. People edit only content/; every entry is checked here by a
 * Zod schema (src/schemas/), and cross references, codes and citations in the MDX
 * bodies are checked in src/lib/content/integrity.ts. Either failure stops the
 * build with the file and the field.
 */
import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { tierSchema, procedureSchema, rightSchema, scriptSchema, caseSchema, letterSchema, guideSchema, infoSchema, archivedProcedureSchema } from './schemas/pages';
import { moduleSchema, quizSchema, drillSchema } from './schemas/training';
import { checkRuleSchema } from './schemas/checks';
import { sourceSchema } from './schemas/sources';
import { glossarySchema } from './schemas/glossary';
import type { RefFactory } from './schemas/common';

/** Tests point this at a fixture corpus to prove that bad entries stop the build. */
const root = process.env.CONTENT_DIR ?? 'content';
const ref = reference as unknown as RefFactory;

/** MDX pages live in content/<collection>/<locale>/<slug>.mdx; the id is <locale>/<slug>. */
const pages = (name: string) => glob({ pattern: '*/*.mdx', base: `${root}/${name}` });

export const collections = {
  tiers: defineCollection({ loader: pages('tiers'), schema: tierSchema(ref) }),
  procedures: defineCollection({ loader: pages('procedures'), schema: procedureSchema(ref) }),
  rights: defineCollection({ loader: pages('rights'), schema: rightSchema(ref) }),
  scripts: defineCollection({ loader: pages('scripts'), schema: scriptSchema(ref) }),
  cases: defineCollection({ loader: pages('cases'), schema: caseSchema(ref) }),
  letters: defineCollection({ loader: pages('letters'), schema: letterSchema(ref) }),
  guides: defineCollection({ loader: pages('guides'), schema: guideSchema(ref) }),
  /** Pages about the site and where to get help, served at the site root (/about/, /help/). */
  info: defineCollection({ loader: pages('info'), schema: infoSchema(ref) }),
  /** Procedures as published at each version: archive/<locale>/<slug>/<version>.mdx, id "<locale>/<slug>/<version>". */
  archive: defineCollection({
    loader: glob({ pattern: '*/*/*.mdx', base: `${root}/archive`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: archivedProcedureSchema(ref),
  }),
  /** The training path: modules/<locale>/<slug>.mdx, served at /training/<slug>/. */
  modules: defineCollection({ loader: pages('modules'), schema: moduleSchema(ref) }),
  /** Each module's knowledge check: quizzes/<locale>/<module-slug>.yaml, id "<locale>/<module-slug>". */
  quizzes: defineCollection({ loader: glob({ pattern: '*/*.yaml', base: `${root}/quizzes` }), schema: quizSchema }),
  /** Branching conversations: drills/<locale>/<slug>.yaml, served at /training/drills/<slug>/. */
  drills: defineCollection({ loader: glob({ pattern: '*/*.yaml', base: `${root}/drills` }), schema: drillSchema(ref) }),
  /** The self-check's rules: one file, checks.yaml, each rule an entry (src/lib/selfcheck). */
  checks: defineCollection({ loader: file(`${root}/checks.yaml`), schema: checkRuleSchema }),
  sources: defineCollection({ loader: file(`${root}/sources.yaml`), schema: sourceSchema }),
  glossary: defineCollection({ loader: file(`${root}/glossary.yaml`), schema: glossarySchema(ref) }),
};
