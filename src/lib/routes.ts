/**
 * Every page of the site, in every locale, computed once from the list of
 * content entries. Pages' getStaticPaths, the header, the language switch,
 * hreflang links and the sitemap all read this; nothing else decides which
 * pages exist in which language. Pure: no Astro imports, unit-tested.
 */
import { defaultLocale, locales, localePath, localeOfId, slugOfId, type Locale } from './i18n/locales';

/** The MDX collections that become pages at /<kind>/<slug>/. */
export const pageKinds = ['tiers', 'procedures', 'rights', 'scripts', 'cases', 'letters', 'guides'] as const;
export type PageKind = (typeof pageKinds)[number];

/** Pages that are not one entry: the home page, the tools, and the two registers. */
export const singlePages = ['home', 'sources', 'glossary', 'calculator', 'search', 'changes', 'self-check'] as const;
export type SinglePage = (typeof singlePages)[number];

/**
 * entry: /<kind>/<slug>/; kind-index: /<kind>/; info: /<slug>/ (help, about);
 * procedure-version: /procedures/<slug>/v/<version>/ (an archived copy);
 * procedure-diff: /procedures/<slug>/v/<version>/diff/ (what that version changed);
 * checklist: /procedures/<slug>/checklist/; short-link: /p/<code>/ (and /en/p/<code>/);
 * training: /training/ (the path and the trainee's progress), module: /training/<slug>/,
 * drill: /training/drills/<slug>/. Training pages exist in a locale once it has modules.
 * source: /sources/<id>/, everything that relies on or mentions one source (the register
 * itself lists counts, so its size does not grow with the corpus).
 */
export type RouteKind = 'entry' | 'kind-index' | 'info' | 'procedure-version' | 'procedure-diff' | 'checklist' | 'short-link'
  | 'training' | 'module' | 'drill' | 'source' | SinglePage;

/** Collections that are not a page kind but have pages: info (/help/), archive (versions), modules and drills (/training/). */
export type OtherCollection = 'info' | 'archive' | 'modules' | 'drills';

export interface Route {
  kind: RouteKind;
  locale: Locale;
  /** Site path with trailing slash, e.g. /procedures/on-site-conduct/ or /en/calculator/. */
  path: string;
  /** For entries and kind indexes: the collection. */
  collection?: PageKind | OtherCollection;
  /** For entries and info pages: the content id, "<locale>/<slug>"; for versions, "<locale>/<slug>/<version>". */
  entryId?: string;
  /** For versions and their diffs: the version, e.g. 1.0. */
  version?: string;
  /** For short links: the code, and the page (with #anchor) it leads to. */
  code?: string;
  target?: string;
  /** For a source's page: its id in content/sources.yaml. */
  sourceId?: string;
  /** Path of the same page in each other locale where it exists there. */
  twins: Partial<Record<Locale, string>>;
}

/** What the route model needs to know of the content: which entries exist, by collection and id. */
export interface EntryRef { collection: PageKind | OtherCollection; id: string }

/** A permanent code and the page (with anchor) its short link leads to, in one language. */
export interface CodeTarget { code: string; target: string; locale?: Locale }

const singlePath: Record<SinglePage, string> = {
  home: '/', sources: '/sources/', glossary: '/glossary/', calculator: '/calculator/', search: '/search/', changes: '/changes/',
  'self-check': '/self-check/',
};

/**
 * The English policy, in one place. Entries exist in a locale when their file
 * does; kind indexes once a locale has one entry of the kind. Every single page
 * (home, tools, the bilingual registers, the change log) exists in every locale.
 */
export function singlePageExists(_page: SinglePage, _locale: Locale): boolean {
  return true;
}

/**
 * Which collections may have entries in Chinese only: none, since the English
 * edition (issue 13). The completeness test (tests/unit/routes.test.ts) requires
 * every entry in both languages; an entry in English only is never allowed.
 */
export const mayBeChineseOnly = (_collection: PageKind | OtherCollection | 'quizzes'): boolean => false;

/** Whether a locale has entries of its own yet (until then its home and search lean on the other's pages). */
export const hasEntries = (routes: readonly Route[], locale: Locale): boolean => routes.some((r) => r.kind === 'entry' && r.locale === locale);

/** Short links are one per code and language: /p/HV-04.5/ leads to the Chinese step, /en/p/HV-04.5/ to the English. */
export const shortLinkPath = (code: string, locale: Locale = defaultLocale): string => localePath(locale, `/p/${code}/`);

/** All routes of the site. Pure and deterministic: same entries in, same routes out. */
export function buildRoutes(entries: readonly EntryRef[], codes: readonly CodeTarget[] = [], sourceIds: readonly string[] = []): Route[] {
  const routes: Route[] = [];
  for (const locale of locales) {
    for (const page of singlePages) {
      if (singlePageExists(page, locale)) routes.push({ kind: page, locale, path: localePath(locale, singlePath[page]), twins: {} });
    }
  }
  const archived = new Map<string, string[]>();
  for (const entry of entries) {
    const locale = localeOfId(entry.id);
    const slug = slugOfId(entry.id);
    if (entry.collection === 'archive') {
      const { procedureId, version } = splitArchiveId(entry.id);
      const procedure = slugOfId(procedureId);
      const base = localePath(locale, `/procedures/${procedure}/v/${version}/`);
      routes.push({ kind: 'procedure-version', locale, path: base, collection: 'archive', entryId: entry.id, version, twins: {} });
      archived.set(`${locale}/${procedure}`, [...(archived.get(`${locale}/${procedure}`) ?? []), version]);
      continue;
    }
    if (entry.collection === 'modules' || entry.collection === 'drills') {
      const kind = entry.collection === 'modules' ? 'module' : 'drill';
      const path = localePath(locale, entry.collection === 'modules' ? `/training/${slug}/` : `/training/drills/${slug}/`);
      routes.push({ kind, locale, path, collection: entry.collection, entryId: entry.id, twins: {} });
      continue;
    }
    const path = entry.collection === 'info' ? localePath(locale, `/${slug}/`) : localePath(locale, `/${entry.collection}/${slug}/`);
    routes.push({ kind: entry.collection === 'info' ? 'info' : 'entry', locale, path, collection: entry.collection, entryId: entry.id, twins: {} });
    if (entry.collection === 'procedures') {
      routes.push({ kind: 'checklist', locale, path: `${path}checklist/`, collection: 'procedures', entryId: entry.id, twins: {} });
    }
  }
  // Each archived version after the first gets a page of what it changed.
  for (const [id, versions] of archived) {
    const sorted = [...versions].sort(compareVersions);
    for (const version of sorted.slice(1)) {
      const locale = localeOfId(id);
      routes.push({ kind: 'procedure-diff', locale, path: localePath(locale, `/procedures/${slugOfId(id)}/v/${version}/diff/`), collection: 'archive', entryId: `${id}/${version}`, version, twins: {} });
    }
  }
  for (const { code, target, locale = defaultLocale } of codes) {
    routes.push({ kind: 'short-link', locale, path: shortLinkPath(code, locale), code, target, twins: {} });
  }
  for (const locale of locales) {
    for (const sourceId of sourceIds) routes.push({ kind: 'source', locale, path: localePath(locale, `/sources/${sourceId}/`), sourceId, twins: {} });
  }
  for (const locale of locales) {
    if (entries.some((e) => e.collection === 'modules' && localeOfId(e.id) === locale)) {
      routes.push({ kind: 'training', locale, path: localePath(locale, '/training/'), twins: {} });
    }
  }
  for (const kind of pageKinds) {
    for (const locale of locales) {
      if (entries.some((e) => e.collection === kind && localeOfId(e.id) === locale)) {
        routes.push({ kind: 'kind-index', locale, path: localePath(locale, `/${kind}/`), collection: kind, twins: {} });
      }
    }
  }
  // Twins: the same page in another locale is the route with the same key (kind, collection, slug).
  const keyOf = (r: Route) => `${r.kind}|${r.collection ?? ''}|${r.entryId ? slugOfId(r.entryId) : ''}|${r.code ?? ''}|${r.sourceId ?? ''}`;
  const byKey = new Map<string, Route[]>();
  for (const route of routes) byKey.set(keyOf(route), [...(byKey.get(keyOf(route)) ?? []), route]);
  for (const route of routes) {
    for (const other of byKey.get(keyOf(route)) ?? []) if (other.locale !== route.locale) route.twins[other.locale] = other.path;
  }
  const seen = new Set<string>();
  for (const route of routes) {
    if (seen.has(route.path)) throw new Error(`two pages want the path ${route.path}`);
    seen.add(route.path);
  }
  return routes;
}

/** The `[...lang]` param of a locale: undefined builds the unprefixed default. */
export const langParam = (locale: Locale): string | undefined => (locale === defaultLocale ? undefined : locale);

/** The locale a site path belongs to; the middleware's one way of knowing it. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return (locales as readonly string[]).find((l) => l !== defaultLocale && l === first) as Locale | undefined ?? defaultLocale;
}

/**
 * Where the language switch goes: the twin, or the other locale's home with a
 * notice that this page is not in that language yet.
 */
export function switchTarget(route: Route, to: Locale): { path: string; twin: boolean } {
  const twin = route.twins[to];
  return twin ? { path: twin, twin: true } : { path: localePath(to, '/'), twin: false };
}

/** Versions in order: 1.9 before 1.10. */
export function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/** An archived copy's id, "<locale>/<slug>/<version>", as its procedure's id and the version. */
export function splitArchiveId(id: string): { procedureId: string; version: string } {
  const cut = id.lastIndexOf('/');
  return { procedureId: id.slice(0, cut), version: id.slice(cut + 1) };
}
