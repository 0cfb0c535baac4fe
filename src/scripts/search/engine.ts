/**
 * Site search in the browser: loads Pagefind's own script from /pagefind/ (built by
 * src/integrations/pagefind.ts) on first use, runs a query's planned searches,
 * and merges them. Shared by the header box and the search page.
 */
import { normalizeQuery, planSearch, type SearchPlan } from '../../lib/search/query';
import { kindsAskedFor } from '../../lib/search/kinds';
import { mergeHits, rankByConcepts, shapeResult, type MergedHit, type RawData, type ShownResult } from '../../lib/search/results';

interface PagefindHit { id: string; score: number; data: () => Promise<RawData> }
interface PagefindResponse { results: PagefindHit[]; unfilteredResultCount: number }
interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options?: { filters?: object }) => Promise<PagefindResponse | null>;
}

/** Where `astro build` writes Pagefind's bundle. */
const bundle = '/pagefind/pagefind.js';
let loading: Promise<PagefindModule> | undefined;

/** Pagefind's script, loaded and initialised once per page. */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ bundle)) as PagefindModule;
    await pagefind.options({
      excerptLength: 28,
      // The index is small: searching on the main thread saves downloading the worker.
      noWorker: true,
      ranking: {
        // Short pages that are about the words (a right, a glossary term) over long ones that mention them.
        pageLength: 0.6,
        termSaturation: 1.2,
        // A match in the title or in a procedure's code counts most.
        metaWeights: { title: 6, code: 8 },
      },
    });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => { loading = undefined; });
  return loading;
}

export type Hit = MergedHit<PagefindHit>;

export interface SearchOutcome {
  plan: SearchPlan;
  hits: Hit[];
  /** Pages the query finds with no filter, for telling "nothing" from "nothing with these filters". */
  unfiltered: number;
}

/** Every page the query finds, best first; a code query's own step or procedure leads. */
export async function searchSite(query: string, filters: object = {}): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  // The page's language decides the planner, as it decides Pagefind's index.
  const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  const plan = planSearch(query, lang);
  const found = new Map<string, PagefindHit[]>();
  let unfiltered = 0;
  await Promise.all(plan.queries.map(async (q) => {
    const response = await pagefind.search(q, { filters });
    found.set(q, response?.results ?? []);
    unfiltered = Math.max(unfiltered, response?.unfilteredResultCount ?? 0);
  }));
  const runs = plan.searches.map((search) => ({ search, hits: found.get(search.query) ?? [] }));
  const byConcepts = rankByConcepts(plan.concepts, found);
  if (byConcepts.length) runs.push({ search: { query: '', stage: 'concepts', weight: plan.conceptWeight }, hits: byConcepts });
  let hits = mergeHits(runs);
  if (plan.codes.length) hits = await codeFirst(hits, plan.codes);
  else hits = await titleFirst(await kindFirst(hits, kindsAskedFor(plan.display, lang)), plan.display);
  return { plan, hits, unfiltered };
}

/** Among the first `head` hits, those that pass `test` go first, each group in its order. */
async function promote(hits: Hit[], head: number, test: (data: RawData) => boolean): Promise<Hit[]> {
  const top = hits.slice(0, head);
  const passes = await Promise.all(top.map(async (h) => test(await h.hit.data())));
  const first = top.filter((_, i) => passes[i]);
  return [...first, ...hits.filter((h) => !first.includes(h))];
}

/**
 * A page whose title holds the whole query, as typed (投诉信 in 「催收行为投诉信：…」),
 * or whose short name does (a source cited as 互金协会催收公约（2018）), answers it by name: among the first results, such pages go first, in their order.
 * Only whole queries of two characters or more; words scattered over a title do not count.
 */
function titleFirst(hits: Hit[], query: string): Promise<Hit[]> {
  const whole = query.replace(/\s+/g, '').toLowerCase();
  if (whole.length < 2) return Promise.resolve(hits);
  // Names as the query was: full-width brackets and digits made ASCII (normalizeQuery), spaces gone.
  const holds = (name = '') => normalizeQuery(name).replace(/\s+/g, '').toLowerCase().includes(whole);
  return promote(hits, 8, (data) => holds(data.meta.title) || holds(data.meta.short));
}

/**
 * A query that names a kind of page (培训, 话术, 模板; training, template) wants that kind:
 * among the first results, pages of it go first, in their order.
 */
function kindFirst(hits: Hit[], kinds: string[]): Promise<Hit[]> {
  if (kinds.length === 0) return Promise.resolve(hits);
  // The same eight as the title check: each hit looked at loads its fragment (the bytes of a first query).
  return promote(hits, 8, (data) => kinds.includes(data.meta.kind ?? ''));
}

/** Moves the pages that carry a code the reader typed (as a step or as the procedure) to the top. */
function codeFirst(hits: Hit[], codes: string[]): Promise<Hit[]> {
  return promote(hits, 8, (data) => codes.includes(data.meta.code ?? '') || data.sub_results.some((s) => s.anchor?.id !== undefined && codes.includes(s.anchor.id)));
}

/** Display data for a slice of the hits. */
export async function shapeHits(hits: Hit[], codes: string[], maxSubs = 3): Promise<ShownResult[]> {
  return Promise.all(hits.map(async (h) => shapeResult(await h.hit.data(), codes, maxSubs)));
}
