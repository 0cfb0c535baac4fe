/**
 * Site search in the browser: loads Pagefind's own script from /pagefind/ (built by
 * src/integrations/pagefind.ts) and the answer cards (search-cards.ts) on first use,
 * runs a query's planned searches, ranks the cards, and merges both (results.ts);
 * the ordering rules then read the cards, so they load no fragment. Shared by the
 * header box and the search page.
 */
import { daysOverdue, normalizeQuery, planSearch, stageWeight, tiersAskedFor, type SearchPlan } from '../../lib/search/query';
import { kindsAskedFor } from '../../lib/search/kinds';
import { unpackCards, type PackedCards } from '../../lib/search/card-file';
import { mergeHits, rankByConcepts, shapeResult, type MergedHit, type RawData, type ShownResult } from '../../lib/search/results';
import {
  buildCardIndex, cardData, mendedQuery, passesFilters, rankCards, readCardQuery, specificFirst, withCardExcerpt, withCardSteps, withTopicalMarks,
  type Card, type CardIndex, type CardQuery,
} from '../../lib/search/cards';

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

/** The page's language as Pagefind names its index (zh-cn, en). */
const pagefindLang = () => document.documentElement.lang.toLowerCase();
let cardsLoading: Promise<CardIndex | undefined> | undefined;

/**
 * The answer cards of the page's language (src/integrations/search-cards.ts), gzipped
 * JSON unpacked here. Without them (an old build, a failed fetch) search still
 * works on Pagefind alone.
 */
export function loadCards(): Promise<CardIndex | undefined> {
  cardsLoading ??= (async () => {
    try {
      const response = await fetch(`/pagefind/cards-${pagefindLang()}.pf_cards`);
      if (!response.ok || !response.body) return undefined;
      const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
      return buildCardIndex(unpackCards(JSON.parse(text) as PackedCards));
    } catch {
      return undefined;
    }
  })();
  return cardsLoading;
}

/** Cards ranked below this many are left to Pagefind's searches. */
const cardDepth = 30;

/** A result: Pagefind's hit, and for a record with a card, its card's data (no fragment to load). */
export type Hit = MergedHit<PagefindHit> & { brief?: (() => RawData) | undefined };

export interface SearchOutcome {
  plan: SearchPlan;
  hits: Hit[];
  /** Pages the query finds with no filter, for telling "nothing" from "nothing with these filters". */
  unfiltered: number;
  /** The query with its slips mended, when there were some (the search page says it searched that too). */
  mended?: string | undefined;
}

/** Every page the query finds, best first; a code query's own step or procedure leads. */
export async function searchSite(query: string, filters: Record<string, { any: string[] }> = {}): Promise<SearchOutcome> {
  const [pagefind, cards] = await Promise.all([loadPagefind(), loadCards()]);
  // The page's language decides the planner, as it decides Pagefind's index.
  const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  // English slips are mended before planning, so Pagefind searches the words the pages use
  // (collector, not colector); Chinese plans search the mended slip themselves (query.ts).
  const mended = mendedQuery(cards, normalizeQuery(query), lang);
  const plan = planSearch(lang === 'en' && mended ? mended : query, lang);
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
  const kinds = kindsAskedFor(plan.display, lang);
  const held = new Map<string, number>();
  const cardQuery = readCardQuery(plan.display, lang);
  if (cards) {
    // The records whose cards answer the query; one Pagefind also found keeps Pagefind's data (excerpt, sections).
    const byCards = rankCards(cards, cardQuery, kinds).filter((h) => passesFilters(h.card, filters));
    for (const h of byCards) held.set(h.card.id, h.held);
    runs.push({
      search: { query: '', stage: 'cards', weight: stageWeight.cards },
      hits: byCards.slice(0, cardDepth).map(({ card, score }) => ({ id: card.id, score, data: async () => cardData(card, cardQuery) })),
    });
  }
  let hits: Hit[] = mergeHits(runs);
  if (cards) hits = withCards(specificFirst(hits, (h) => cards.byId.get(h.hit.id)?.url, (h) => held.get(h.hit.id) ?? 0), cards, cardQuery);
  const facts = factsOf(cards);
  if (plan.codes.length) hits = await codeFirst(hits, plan.codes, facts);
  else hits = await titleFirst(await kindFirst(await tierFirst(hits, plan.display, facts), kinds, facts), plan.display, facts);
  return { plan, hits, unfiltered, mended };
}

/**
 * Each hit with a card gets the card's brief data (the header's short list), and its
 * Pagefind data gets the steps the query names first among its sections (withCardSteps)
 * never the hidden character list as its excerpt (withCardExcerpt), and marks only where
 * they hold the query's words (withTopicalMarks).
 */
function withCards(hits: Hit[], cards: CardIndex, query: CardQuery): Hit[] {
  return hits.map((h): Hit => {
    const card = cards.byId.get(h.hit.id);
    if (!card) return h;
    const brief = () => cardData(card, query);
    if (h.stage === 'cards') return { ...h, brief };
    const own = h.hit;
    const data = async () => withTopicalMarks(withCardExcerpt(withCardSteps(await own.data(), card, query), card, query), query);
    return { ...h, brief, hit: { ...own, data } };
  });
}

/** What the ordering rules look at in a record: from its card when there is one, else from Pagefind's data (a fragment to load). */
interface Facts {
  title?: string | undefined; short?: string | undefined; kind?: string | undefined; code?: string | undefined;
  /** The tier filter's buckets (M2, M3+, LEGAL) of a tier page. */
  tiers: string[];
  anchors: string[];
}
type FactsOf = (hit: Hit) => Promise<Facts>;

const factsOf = (cards: CardIndex | undefined): FactsOf => async (h) => {
  const card: Card | undefined = cards?.byId.get(h.hit.id);
  if (card) {
    return { title: card.title, short: card.short, kind: card.kind, code: card.code, tiers: card.filters.tier ?? [], anchors: card.steps.map(([code]) => code) };
  }
  const data: RawData = await h.hit.data();
  return { ...data.meta, tiers: data.filters?.tier ?? [], anchors: data.sub_results.flatMap((s) => (s.anchor?.id ? [s.anchor.id] : [])) };
};

/** Among the first `head` hits, those that pass `test` go first, each group in its order. */
async function promote(hits: Hit[], head: number, facts: FactsOf, test: (facts: Facts) => boolean): Promise<Hit[]> {
  const top = hits.slice(0, head);
  const passes = await Promise.all(top.map(async (h) => test(await facts(h))));
  const first = top.filter((_, i) => passes[i]);
  return [...first, ...hits.filter((h) => !first.includes(h))];
}

/**
 * A page whose title holds the whole query, as typed (投诉信 in 「催收行为投诉信：…」),
 * or whose short name does (a source cited as 互金协会催收公约（2018）), answers it by name: among the first results, such pages go first, in their order.
 * Only whole queries of two characters or more; words scattered over a title do not count.
 */
function titleFirst(hits: Hit[], query: string, facts: FactsOf): Promise<Hit[]> {
  const whole = query.replace(/\s+/g, '').toLowerCase();
  if (whole.length < 2) return Promise.resolve(hits);
  // Names as the query was: full-width brackets and digits made ASCII (normalizeQuery), spaces gone.
  const holds = (name = '') => normalizeQuery(name).replace(/\s+/g, '').toLowerCase().includes(whole);
  return promote(hits, 8, facts, (f) => holds(f.title) || holds(f.short));
}

/**
 * A query that names a kind of page (培训, 话术, 模板; training, template) wants that kind:
 * among the first results, pages of it go first, in their order.
 */
function kindFirst(hits: Hit[], kinds: string[], facts: FactsOf): Promise<Hit[]> {
  if (kinds.length === 0) return Promise.resolve(hits);
  return promote(hits, 8, facts, (f) => kinds.includes(f.kind ?? ''));
}

/**
 * A query that names a number of days overdue (信用卡逾期45天会怎样, 90 days late) asks
 * what that stage means: among the first results, the tier page whose range holds the
 * number goes first (over 90 days: the M3+ and late-stage pages, in their order). kindFirst and
 * titleFirst run after it, so a kind or a title the query names still leads.
 */
function tierFirst(hits: Hit[], query: string, facts: FactsOf): Promise<Hit[]> {
  const days = daysOverdue(query);
  if (days === undefined) return Promise.resolve(hits);
  const held = tiersAskedFor(days);
  if (held.length === 0) return Promise.resolve(hits);
  return promote(hits, 8, facts, (f) => f.kind === 'tiers' && f.tiers.some((t) => held.includes(t)));
}

/** Moves the pages that carry a code the reader typed (as a step or as the procedure) to the top. */
function codeFirst(hits: Hit[], codes: string[], facts: FactsOf): Promise<Hit[]> {
  return promote(hits, 8, facts, (f) => codes.includes(f.code ?? '') || f.anchors.some((id) => codes.includes(id)));
}

/**
 * Display data for a slice of the hits. `brief`: from the cards where there are
 * some (title, summary, named steps), loading no fragment; the header's short list
 * uses it, the search page shows Pagefind's excerpts.
 */
export async function shapeHits(hits: Hit[], codes: string[], maxSubs = 3, brief = false): Promise<ShownResult[]> {
  return Promise.all(hits.map(async (h) => shapeResult(brief && h.brief ? h.brief() : await h.hit.data(), codes, maxSubs)));
}
