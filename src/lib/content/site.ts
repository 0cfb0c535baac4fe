/**
 * The whole corpus, loaded once per build, checked for integrity, with the
 * reverse links ("what links here") that detail pages show.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findIntegrityProblems, ContentIntegrityError, type Corpus } from './integrity';
import { citedSourceIds, linkedEntries, usedTermIds } from './body-refs';
import { pageKinds, type PageKind } from './kinds';
import { localeOfId } from '../i18n/locales';
import type { Locale } from '../i18n/locales';

export type PageEntry = CollectionEntry<PageKind>;
export type SourceEntry = CollectionEntry<'sources'>;
export type TermEntry = CollectionEntry<'glossary'>;

export interface EntryKey { collection: string; id: string }
const keyOf = (k: EntryKey) => `${k.collection}:${k.id}`;

interface Site {
  pages: Record<PageKind, PageEntry[]>;
  sources: SourceEntry[];
  glossary: TermEntry[];
  /** Entries that reference the key, in their data or by <Cite>/<Term> in their body. */
  linksTo: (target: EntryKey) => EntryKey[];
  /** Entries this one references. */
  linksFrom: (source: EntryKey) => EntryKey[];
  get: (key: EntryKey) => PageEntry | undefined;
}

function refsOf(value: unknown, out: EntryKey[] = []): EntryKey[] {
  if (Array.isArray(value)) value.forEach((v) => refsOf(v, out));
  else if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.collection === 'string' && typeof v.id === 'string' && Object.keys(v).length === 2) out.push({ collection: v.collection, id: v.id });
    else Object.values(v).forEach((item) => refsOf(item, out));
  }
  return out;
}

async function loadSite(): Promise<Site> {
  const pageLists = await Promise.all(pageKinds.map((kind) => getCollection(kind)));
  const pages = Object.fromEntries(pageKinds.map((kind, i) => [kind, pageLists[i]])) as Record<PageKind, PageEntry[]>;
  const sources = await getCollection('sources');
  const glossary = await getCollection('glossary');

  const corpus: Corpus = { ...pages, sources, glossary } as unknown as Corpus;
  const problems = findIntegrityProblems(corpus);
  if (problems.length) throw new ContentIntegrityError(problems);

  const outgoing = new Map<string, EntryKey[]>();
  const incoming = new Map<string, EntryKey[]>();
  const all: [string, { id: string; data: unknown; body?: string }[]][] = [...Object.entries(pages), ['sources', sources], ['glossary', glossary]];
  for (const [collection, entries] of all) {
    for (const entry of entries) {
      const from = { collection, id: entry.id };
      const targets = [
        ...refsOf(entry.data),
        ...citedSourceIds(entry.body ?? '').map((id) => ({ collection: 'sources', id })),
        ...usedTermIds(entry.body ?? '').map((id) => ({ collection: 'glossary', id })),
        ...linkedEntries(entry.body ?? '').filter((link) => link.collection in pages),
      ];
      const unique = [...new Map(targets.map((t) => [keyOf(t), t])).values()].filter((t) => keyOf(t) !== keyOf(from));
      outgoing.set(keyOf(from), unique);
      for (const target of unique) {
        const list = incoming.get(keyOf(target)) ?? [];
        list.push(from);
        incoming.set(keyOf(target), list);
      }
    }
  }
  const byKey = new Map<string, PageEntry>();
  for (const [kind, entries] of Object.entries(pages)) for (const e of entries) byKey.set(keyOf({ collection: kind, id: e.id }), e);

  return {
    pages, sources, glossary,
    linksTo: (target) => incoming.get(keyOf(target)) ?? [],
    linksFrom: (source) => outgoing.get(keyOf(source)) ?? [],
    get: (key) => byKey.get(keyOf(key)),
  };
}

let cached: Promise<Site> | undefined;
/** The checked corpus; the first call in a build runs the integrity check. */
export const getSite = (): Promise<Site> => (cached ??= loadSite());

/** Pages of a kind in one locale, in reading order (tiers by order, procedures by code, others by title). */
export async function pagesOf<K extends PageKind>(kind: K, locale: Locale): Promise<CollectionEntry<K>[]> {
  const site = await getSite();
  const list = (site.pages[kind] as CollectionEntry<K>[]).filter((e) => localeOfId(e.id) === locale);
  return list.sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'zh-CN'));
}

function sortKey(entry: PageEntry): string {
  const data = entry.data as Record<string, unknown>;
  if (typeof data.order === 'number') return String(data.order).padStart(4, '0');
  if (typeof data.code === 'string') return data.code;
  return String(data.title);
}

/** Every source an entry cites: frontmatter, steps and <Cite> in the body, in first-cited order. */
export function sourcesCitedBy(entry: { data: unknown; body?: string }): string[] {
  const ids = [
    ...refsOf(entry.data).filter((r) => r.collection === 'sources').map((r) => r.id),
    ...citedSourceIds(entry.body ?? ''),
  ];
  return [...new Set(ids)];
}
