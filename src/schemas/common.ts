import { z } from 'astro/zod';

/** Who a page is written for. Drives the three doors on the home page and the search filter. */
export const audience = z.enum(['borrower', 'agent', 'compliance']);
export type Audience = z.infer<typeof audience>;

/**
 * A calendar date written as YYYY-MM-DD. YAML turns an unquoted date into a Date;
 * we accept both and keep the string, so no time zone can shift the day.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD'),
);

/** A date that may be known only to the year or month (some rules give no exact day). */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** Questions in readers' words, 4–80 characters each, at most `max`. */
export const askedList = (max: number) => z.array(z.string().min(4).max(80)).min(1).max(max);

/**
 * The questions a register entry (a glossary term, a source) answers, in both
 * languages: the registers hold both languages in one file. Search text only, as a
 * page's `asked` is; at most six per language, since an entry is a few lines.
 */
export const askedBoth = z.object({ zh: askedList(6), en: askedList(6) });

/** Fields every MDX page shares. */
export const pageFields = {
  /** Page title, phrased as the reader's question or task. */
  title: z.string().min(2),
  /** One or two sentences: the answer first. Shown in lists, search results and <meta description>. */
  summary: z.string().min(10).max(240),
  /** Readers the page is written for; at least one. */
  audience: z.array(audience).min(1),
  /** Day a reviewer last checked the page against its sources. */
  lastReviewed: isoDate,
  /**
   * Questions a reader would type that this page answers, in readers' own words
   * (not the title again). Indexed for search at a high weight and shown nowhere
   * else; each language writes its own (src/lib/content/twins.ts does not pair them).
   * Up to eighteen: different readers ask the same thing in different words, and the
   * answer cards (src/lib/search/cards.ts) match a query against each of them. Each
   * question costs the first query about 20 bytes of gzip (the card file), so the
   * cap is what the 200 KB budget allows, not what readers could say.
   */
  asked: askedList(18).optional(),
  /** Place in the home page's list of what borrowers ask most (1 first); omitted: not listed. */
  featured: z.number().int().min(1).optional(),
};

/** Procedure code, e.g. HV-01: two to four capitals, a dash, two digits. */
export const procedureCode = z.string().regex(/^[A-Z]{2,4}-\d{2}$/, 'expected a code like HV-01');
/** Step code, e.g. HV-01.3: the procedure code, a dot, the step number. */
export const stepCode = z.string().regex(/^[A-Z]{2,4}-\d{2}\.\d{1,2}$/, 'expected a step code like HV-01.3');

/**
 * `reference()` from astro:content, passed in so the schemas can also be loaded by
 * unit tests outside Astro (which pass a stand-in that keeps the id).
 */
export type RefFactory = (collection: CollectionName) => z.ZodType<{ collection: string; id: string }, any>;
export type CollectionName = 'tiers' | 'procedures' | 'rights' | 'scripts' | 'cases' | 'letters' | 'guides' | 'info' | 'archive' | 'sources' | 'glossary' | 'modules' | 'quizzes' | 'drills' | 'checks';
