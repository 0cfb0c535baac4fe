/**
 * Site-wide checks that a per-entry Zod schema cannot make: every reference points
 * at an entry that exists, every procedure and step code is unique, every
 * <Cite>/<Term> in an MDX body names a real source or term, and every letter's
 * template and fields agree. Pure: takes plain
 * entries, returns the problems, each naming the file and the field.
 */
import { citedSourceIds, linkedEntries, usedTermIds } from './body-refs';
import { findTrainingProblems } from './training-integrity';
import { findLetterProblems } from './letter-integrity';
import { findTwinProblems } from './twins';

export interface PlainEntry {
  id: string;
  filePath?: string;
  data: Record<string, unknown>;
  body?: string;
}
export type Corpus = Record<string, PlainEntry[]>;

interface Ref { collection: string; id: string }
const isRef = (v: unknown): v is Ref =>
  typeof v === 'object' && v !== null && typeof (v as Ref).collection === 'string' && typeof (v as Ref).id === 'string'
  && Object.keys(v).length === 2;

/** Every {collection, id} reference in an entry's data, with the path of the field. */
function* referencesIn(value: unknown, path: string): Generator<[string, Ref]> {
  if (isRef(value)) {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* referencesIn(item, `${path}[${i}]`);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* referencesIn(item, path ? `${path}.${key}` : key);
  }
}

const where = (collection: string, entry: PlainEntry) => entry.filePath ?? `${collection}/${entry.id}`;

export function findIntegrityProblems(corpus: Corpus): string[] {
  const problems: string[] = [];
  const ids = new Map(Object.entries(corpus).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
  const codes = new Map<string, string>();

  for (const [collection, entries] of Object.entries(corpus)) {
    for (const entry of entries) {
      const file = where(collection, entry);
      for (const [field, ref] of referencesIn(entry.data, '')) {
        if (!ids.get(ref.collection)?.has(ref.id)) {
          problems.push(`${file}: field "${field}" refers to ${ref.collection} "${ref.id}", which does not exist`);
        } else if (ref.id.includes('/') && entry.id.includes('/') && ref.id.split('/')[0] !== entry.id.split('/')[0]) {
          problems.push(`${file}: field "${field}" refers to ${ref.collection} "${ref.id}", a page in another language`);
        }
      }
      // Archived versions repeat their procedure's codes by design: they are the same codes, as they stood.
      const ownCodes: [string, unknown][] = collection === 'archive' ? [] : [['code', entry.data.code]];
      if (collection !== 'archive' && Array.isArray(entry.data.steps)) {
        entry.data.steps.forEach((step, i) => ownCodes.push([`steps[${i}].code`, (step as { code?: unknown }).code]));
      }
      // A code is unique within a language: an English twin carries its Chinese page's codes.
      const locale = entry.id.includes('/') ? entry.id.split('/')[0] : '';
      for (const [field, code] of ownCodes) {
        if (typeof code !== 'string') continue;
        const first = codes.get(`${locale}:${code}`);
        if (first) problems.push(`${file}: field "${field}" repeats code ${code}, already used by ${first}`);
        else codes.set(`${locale}:${code}`, file);
      }
      for (const id of citedSourceIds(entry.body ?? '')) {
        if (!ids.get('sources')?.has(id)) problems.push(`${file}: <Cite id="${id}"> names a source that is not in sources.yaml`);
      }
      for (const link of linkedEntries(entry.body ?? '')) {
        // Only collections of this corpus: links to /calculator/ or /search/ are pages, not entries.
        if (ids.has(link.collection) && !ids.get(link.collection)!.has(link.id)) {
          problems.push(`${file}: a link in the text points to ${link.collection} "${link.id}", which does not exist`);
        } else if (entry.id.includes('/') && link.id.split('/')[0] !== entry.id.split('/')[0]) {
          problems.push(`${file}: a link in the text points to ${link.collection} "${link.id}", a page in another language`);
        }
      }
      for (const id of usedTermIds(entry.body ?? '')) {
        if (!ids.get('glossary')?.has(id)) problems.push(`${file}: <Term id="${id}"> names a term that is not in glossary.yaml`);
      }
    }
  }
  problems.push(...findTrainingProblems(corpus));
  // A letter's template and its fields agree (src/lib/content/letter-integrity.ts).
  problems.push(...findLetterProblems(corpus));
  // An English entry says what its Chinese twin says: same codes, references, steps and citations (twins.ts).
  problems.push(...findTwinProblems(corpus));
  // The self-check's rules cite sources by id: each must be in sources.yaml.
  for (const rule of corpus.checks ?? []) {
    ((rule.data.sources as { id: string }[] | undefined) ?? []).forEach((source, i) => {
      if (!ids.get('sources')?.has(source.id)) problems.push(`${rule.filePath ?? 'checks.yaml'}: rule "${rule.id}" field "sources[${i}].id" names ${source.id}, which is not in sources.yaml`);
    });
  }
  return problems;
}

/** Thrown by the build when the corpus is inconsistent; lists every problem, one per line. */
export class ContentIntegrityError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content integrity check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentIntegrityError';
  }
}
