import { z } from 'astro/zod';
import { askedBoth, partialDate } from './common';

/** The legal strength of a source, so a reader can tell "illegal" from "against an industry guideline". */
export const sourceKind = z.enum([
  'law', // 法律 (NPC and its Standing Committee), including the Constitution
  'regulation', // 行政法规与部门规章 (State Council, PBOC, NFRA …)
  'judicial-interpretation', // 司法解释 (Supreme People's Court)
  'industry-rule', // 行业自律规范 (NIFA, China Banking Association)
  'national-standard', // 推荐性国家标准 GB/T
  'foreign', // a foreign law or rule, for comparison only
]);

export type SourceKind = z.infer<typeof sourceKind>;

export const sourceSchema = z.object({
  /** Stable id, kebab-case ASCII; it is the anchor on /sources/ (#civil-code). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected kebab-case ASCII, e.g. civil-code'),
  /** Title in Chinese and English. */
  title: z.object({ zh: z.string().min(2), en: z.string().min(2) }),
  /** Short name used in citations, e.g. 民法典. */
  short: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  /** Issuing body, in Chinese and English. */
  issuer: z.object({ zh: z.string().min(2), en: z.string().min(2) }),
  kind: sourceKind,
  /** Document number, e.g. 国务院令第631号, when it has one. */
  number: z.string().optional(),
  /** Date issued, adopted or published; as precise as is known. */
  issued: partialDate.optional(),
  /** Date in force. */
  effective: partialDate.optional(),
  /** Official publisher's URL; omitted when it could not be confirmed. */
  url: z.url().optional(),
  /** text: read in the official text; reported: read in a reputable report or repost. */
  mark: z.enum(['text', 'reported']),
  /** For reported sources: who reported it and when, shown beside the citation. */
  reportedBy: z.string().optional(),
  /** The same in English, for the English register. */
  reportedByEn: z.string().optional(),
  /** What the site relies on this source for, in Chinese. */
  note: z.string().optional(),
  /** The same in English, for the English register. */
  noteEn: z.string().optional(),
  /** Questions a reader would type that this entry answers, per language (search text only). */
  asked: askedBoth.optional(),
}).refine((s) => s.mark === 'text' || !!s.reportedBy, {
  message: 'a reported source needs reportedBy (who reported it, and when)',
  path: ['reportedBy'],
}).refine((s) => !s.reportedBy || !!s.reportedByEn, { message: 'say who reported it in English too (reportedByEn)', path: ['reportedByEn'] })
  .refine((s) => !s.note || !!s.noteEn, { message: 'the note needs its English (noteEn)', path: ['noteEn'] });
export type Source = z.infer<typeof sourceSchema>;
