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
import { buildRoutes, compareVersions, langParam, splitArchiveId, type CodeTarget, type Route, type RouteKind } from '../routes';
import { slugOfId } from '../i18n/locales';
import { entryUrl } from './kinds';
import type { KindedEntry } from './facts';

export type PageEntry = CollectionEntry<PageKind>;
export type SourceEntry = CollectionEntry<'sources'>;
export type TermEntry = CollectionEntry<'glossary'>;
export type InfoEntry = CollectionEntry<'info'>;
export type ArchivedEntry = CollectionEntry<'archive'>;
export type ModuleEntry = CollectionEntry<'modules'>;
export type QuizEntry = CollectionEntry<'quizzes'>;
export type DrillEntry = CollectionEntry<'drills'>;

export interface EntryKey { collection: string; id: string }
const keyOf = (k: EntryKey) => `${k.collection}:${k.id}`;

export interface Site {
  pages: { [K in PageKind]: CollectionEntry<K>[] };
  sources: SourceEntry[];
  glossary: TermEntry[];
  /** Pages about the site and where to get help (/about/, /help/); checked, but not part of the link graph. */
  info: InfoEntry[];
  /** Procedures as published at each version (content/archive/), id "<locale>/<slug>/<version>". */
  archive: ArchivedEntry[];
  /** The training path: modules (/training/<slug>/), their question banks, and the drills. */
  modules: ModuleEntry[];
  quizzes: QuizEntry[];
  drills: DrillEntry[];
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
  const pages = Object.fromEntries(pageKinds.map((kind, i) => [kind, pageLists[i]])) as Site['pages'];
  const sources = await getCollection('sources');
  const glossary = await getCollection('glossary');
  const info = await getCollection('info');
  const archive = await getCollection('archive');
  const [modules, quizzes, drills, checks] = await Promise.all([getCollection('modules'), getCollection('quizzes'), getCollection('drills'), getCollection('checks')]);

  const corpus: Corpus = { ...pages, sources, glossary, info, archive, modules, quizzes, drills, checks } as unknown as Corpus;
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
    pages, sources, glossary, info, archive, modules, quizzes, drills,
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

let routes: Promise<Route[]> | undefined;
/** Every route of the site (src/lib/routes.ts), from the checked corpus; computed once per build. */
export const getRoutes = (): Promise<Route[]> => (routes ??= getSite().then((site) => buildRoutes([
  ...pageKinds.flatMap((collection) => site.pages[collection].map((e) => ({ collection, id: e.id }))),
  ...site.info.map((e) => ({ collection: 'info' as const, id: e.id })),
  ...site.archive.map((e) => ({ collection: 'archive' as const, id: e.id })),
  ...site.modules.map((e) => ({ collection: 'modules' as const, id: e.id })),
  ...site.drills.map((e) => ({ collection: 'drills' as const, id: e.id })),
], codeTargets(site.pages.procedures), site.sources.map((s) => s.id))));

let byPath: Promise<Map<string, Route>> | undefined;
/** The routes by path: the page a path serves, and whether a path is a page at all. */
export const getRouteIndex = (): Promise<Map<string, Route>> => (byPath ??= getRoutes().then((all) => new Map(all.map((r) => [r.path, r]))));

/**
 * Every permanent code of every language and where it lives there: a procedure's
 * page, a step's anchor, a retired step's tombstone (the same anchor).
 */
export function codeTargets(procedures: CollectionEntry<'procedures'>[]): CodeTarget[] {
  return procedures.flatMap((p) => {
    const url = entryUrl('procedures', p.id);
    const locale = localeOfId(p.id);
    return [
      { code: p.data.code, target: url, locale },
      ...p.data.steps.map((s) => ({ code: s.code, target: `${url}#${s.code}`, locale })),
      ...p.data.retired.map((r) => ({ code: r.code, target: `${url}#${r.code}`, locale })),
    ];
  });
}

/** getStaticPaths of the page file that serves one kind of route. */
export async function pathsFor(kind: RouteKind): Promise<{ params: Record<string, string | undefined>; props: { route: Route } }[]> {
  return (await getRoutes()).filter((r) => r.kind === kind).map((route) => {
    const params: Record<string, string | undefined> = { lang: langParam(route.locale) };
    if (route.kind === 'entry') Object.assign(params, { kind: route.collection, slug: slugOfId(route.entryId!) });
    if (route.kind === 'info') params.info = slugOfId(route.entryId!);
    if (route.kind === 'kind-index') params.kind = route.collection;
    if (route.kind === 'checklist') params.slug = slugOfId(route.entryId!);
    if (route.kind === 'module') params.module = slugOfId(route.entryId!);
    if (route.kind === 'drill') params.drill = slugOfId(route.entryId!);
    if (route.kind === 'procedure-version' || route.kind === 'procedure-diff') {
      const { procedureId, version } = splitArchiveId(route.entryId!);
      Object.assign(params, { slug: slugOfId(procedureId), version });
    }
    if (route.kind === 'short-link') params.code = route.code;
    if (route.kind === 'source') params.id = route.sourceId;
    return { params, props: { route } };
  });
}

/** An entry with its kind, so its data is narrowed by kind (see facts.ts). */
export function kinded<K extends PageKind>(kind: K, entry: CollectionEntry<K>): KindedEntry {
  // TypeScript cannot pair a generic K with the union member of the same K; the pair is built right here.
  return { kind, entry } as KindedEntry;
}

/** The entry a route serves, with its kind. */
export async function pageOfRoute(route: Route): Promise<KindedEntry> {
  const site = await getSite();
  const kind = route.collection as PageKind;
  const entry = site.pages[kind].find((e) => e.id === route.entryId);
  if (!entry) throw new Error(`no entry ${route.entryId} in ${kind}`);
  return kinded(kind, entry);
}

/** The versions of a procedure that have a stored copy, oldest first. */
export function archivedVersions(site: Site, procedureId: string): string[] {
  return site.archive.map((a) => splitArchiveId(a.id)).filter((a) => a.procedureId === procedureId).map((a) => a.version).sort(compareVersions);
}

/**
 * What a version page and a diff page both start from: the stored copy the route
 * serves, its procedure as it is now (which holds the full change record), and the
 * procedure's stored versions, oldest first.
 */
export async function archivedPageOf(route: Route): Promise<{ stored: ArchivedEntry; version: string; procedureId: string; current: CollectionEntry<'procedures'>; versions: string[] }> {
  const site = await getSite();
  const stored = site.archive.find((a) => a.id === route.entryId);
  if (!stored) throw new Error(`no archived copy ${route.entryId}`);
  const { procedureId, version } = splitArchiveId(stored.id);
  const current = site.pages.procedures.find((p) => p.id === procedureId);
  if (!current) throw new Error(`${stored.id}: no current procedure ${procedureId}`);
  return { stored, version, procedureId, current, versions: archivedVersions(site, procedureId) };
}
