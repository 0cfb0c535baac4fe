import { z } from 'astro/zod';
import { askedBoth, type RefFactory } from './common';

export const glossarySchema = (reference: RefFactory) => z.object({
  /** Stable id, kebab-case ASCII; it is the anchor on /glossary/ (#wai-fang). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected kebab-case ASCII, e.g. wai-fang'),
  /** The term as the site writes it, in Simplified Chinese. */
  term: z.string().min(1),
  /** Hanyu pinyin with tone marks, e.g. wài fǎng. */
  pinyin: z.string().min(1),
  /** The English equivalent the English pages use. */
  en: z.string().min(1),
  /** Plain definition in Chinese, one to three sentences. */
  definition: z.string().min(8),
  /** The same definition in English, for the English glossary. */
  definitionEn: z.string().min(8),
  /** Other glossary ids worth reading next. */
  related: z.array(reference('glossary')).default([]),
  /** Sources that define or use the term, by id. */
  sources: z.array(reference('sources')).default([]),
  /** Questions a reader would type that this entry answers, per language (search text only). */
  asked: askedBoth.optional(),
});
