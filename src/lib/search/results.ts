/**
 * Merging the planned searches' results and shaping one result for display.
 * Pure TypeScript over plain objects shaped like Pagefind's, so it is unit-tested
 * without a browser.
 */
import type { Concept, PlannedSearch, Stage } from './query';

/** The part of a Pagefind result this module reads. */
export interface RawHit { id: string; score: number }

export interface MergedHit<H extends RawHit = RawHit> {
  /** The Pagefind result to load the page's data from (see dataPriority). */
  hit: H;
  score: number;
  /** The kind of search that result came from. */
  stage: Stage;
}

/**
 * Which search's result a page's data (its excerpt, its sections) comes from: the
 * one that searched most of the reader's words, so the excerpt marks them all. A
 * slip mended (呆账核消 → 呆账核销) comes first: it is the reader's words spelt right,
 * and the slip itself marks nothing worth seeing.
 */
const dataPriority: Record<Stage, number> = { code: 9, typo: 8, exact: 7, site: 5, synonym: 4, core: 3, relaxed: 2, concepts: 1, cards: 0 };

/** Rank fusion constant: how fast credit falls with rank (1st: 1/2, 2nd: 1/3 …). */
const fusionK = 2;
/** A page is listed when its fused score is at least this share of the best page's. */
export const minShare = 0.05;

/**
 * One list from several searches, by weighted reciprocal-rank fusion: a page earns
 * weight / (k + rank) from every search that found it. Pagefind's scores are not
 * comparable between searches of different words; ranks are. Ties keep the order
 * in which pages were first found.
 */
export function mergeHits<H extends RawHit>(runs: { search: PlannedSearch; hits: H[] }[]): MergedHit<H>[] {
  const byId = new Map<string, MergedHit<H> & { best: number; order: number }>();
  let order = 0;
  for (const { search, hits } of runs) {
    hits.forEach((hit, rank) => {
      const credit = search.weight / (fusionK + rank);
      const known = byId.get(hit.id);
      const priority = dataPriority[search.stage];
      if (!known) byId.set(hit.id, { hit, score: credit, stage: search.stage, best: priority, order: order++ });
      else {
        known.score += credit;
        if (priority > known.best) Object.assign(known, { hit, best: priority, stage: search.stage });
      }
    });
  }
  const merged = [...byId.values()].sort((a, b) => b.score - a.score || a.order - b.order);
  // The tail that only a loose search found far down (one common word of a long question) is not a result.
  const floor = minShare * (merged[0]?.score ?? 0);
  return merged
    .filter((m) => m.stage === 'code' || m.score >= floor)
    .map(({ hit, score, stage }) => ({ hit, score, stage }));
}

/**
 * A ranking word by word, as BM25 adds up its words: a page gets, for each word of
 * the query, its best Pagefind score for the word or a synonym (each single-word
 * score carries the word's rarity), times the word's worth; the sum is scaled by
 * the share of the words the page has. Unlike Pagefind's AND, a page that says
 * 闯进我家 instead of 上门…进家 still ranks.
 */
export function rankByConcepts<H extends RawHit>(concepts: Concept[], found: Map<string, H[]>): H[] {
  if (concepts.length === 0) return [];
  const byQuery = new Map<string, Map<string, H>>();
  for (const [query, hits] of found) byQuery.set(query, new Map(hits.map((h) => [h.id, h])));
  const total = concepts.reduce((sum, c) => sum + c.worth, 0);
  const pages = new Map<string, { hit: H; sum: number; have: number }>();
  for (const concept of concepts) {
    const best = new Map<string, { hit: H; credit: number }>();
    for (const alt of concept.alternatives) {
      for (const hit of byQuery.get(alt.query)?.values() ?? []) {
        const credit = concept.worth * alt.weight * hit.score;
        if (credit > (best.get(hit.id)?.credit ?? 0)) best.set(hit.id, { hit, credit });
      }
    }
    for (const [id, { hit, credit }] of best) {
      const page = pages.get(id) ?? { hit, sum: 0, have: 0 };
      page.sum += credit;
      page.have += concept.worth;
      pages.set(id, page);
    }
  }
  return [...pages.values()]
    .map((p) => ({ hit: p.hit, score: p.sum * (p.have / total) }))
    .sort((a, b) => b.score - a.score)
    .map((p) => p.hit);
}

/** The part of Pagefind's result data this module reads. */
export interface RawSub {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string; element?: string };
  weighted_locations?: { balanced_score: number }[];
  locations?: number[];
  /** How much the section's heading shares the query's terms (cards.ts, withCardSteps): such sections go first. */
  boost?: number | undefined;
}
export interface RawData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results: RawSub[];
}

export interface ShownSub { title: string; url: string; excerpt: string; code?: string | undefined }
export interface ShownResult {
  url: string;
  title: string;
  /** Content kind (procedures, rights … glossary, sources), from the page's meta or filter. */
  kind?: string | undefined;
  /** Procedure or step code shown beside the title. */
  code?: string | undefined;
  /** HTML from Pagefind: the text escaped, the matches in <mark>. */
  excerpt: string;
  subs: ShownSub[];
  /** True when the result is the step or procedure a code query named. */
  codeMatch: boolean;
}

const subScore = (s: RawSub) => (s.boost ?? 0) * 1e6
  + ((s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0) || (s.locations?.length ?? 0));

/** Pages that are lists of short entries: a result there is the entry, not the page. */
const listKinds = new Set(['glossary', 'sources']);

/** Drops a leading code from a title: 'HV-03 上门前准备' → '上门前准备'. */
export function stripCode(title: string, code?: string): string {
  if (!code) return title.trim();
  const t = title.trim();
  return t.startsWith(code) ? t.slice(code.length).replace(/^[\s:：·-]+/, '') : t;
}

/**
 * What to show for one page. Codes asked for win: the step whose anchor is the
 * code becomes the result itself. On the glossary and sources pages the best entry
 * is the result. Elsewhere the page is the result and its best sections follow.
 */
export function shapeResult(data: RawData, codes: string[] = [], maxSubs = 3): ShownResult {
  const kind = data.meta.kind ?? data.filters?.kind?.[0];
  const pageCode = data.meta.code;
  const withAnchor = data.sub_results.filter((s) => s.anchor?.id);
  const ranked = [...withAnchor].sort((a, b) => subScore(b) - subScore(a));

  const stepAsked = withAnchor.find((s) => codes.includes(s.anchor!.id!));
  if (stepAsked) {
    const title = toSub(stepAsked).title;
    return {
      url: stepAsked.url, title, kind, code: stepAsked.anchor!.id, excerpt: stepAsked.excerpt,
      subs: [{ title: stripCode(data.meta.title ?? '', pageCode), url: data.url, excerpt: '' }], codeMatch: true,
    };
  }
  if (kind && listKinds.has(kind) && ranked[0]) {
    const [best, ...others] = ranked;
    return {
      url: best!.url, title: best!.title, kind, excerpt: best!.excerpt,
      subs: others.slice(0, maxSubs).map(toSub), codeMatch: false,
    };
  }
  // A section headed with the page's own title (a tool page's h1 carries an id) is the page itself.
  const sections = ranked.filter((s) => s.title !== data.meta.title);
  return {
    url: data.url,
    title: stripCode(data.meta.title ?? data.url, pageCode),
    kind,
    code: pageCode,
    excerpt: data.excerpt,
    subs: sections.slice(0, maxSubs).map(toSub),
    codeMatch: pageCode !== undefined && codes.includes(pageCode),
  };
}

const stepCodeAtStart = /^([A-Z]{2,4}-\d{2}\.\d{1,2})\s*/;

/** A section link; a step's heading "HV-03.1核对派单" becomes code HV-03.1 and title 核对派单. */
function toSub(s: RawSub): ShownSub {
  const code = stepCodeAtStart.exec(s.title)?.[1];
  return { title: code ? s.title.replace(stepCodeAtStart, '') : s.title, url: s.url, excerpt: s.excerpt, code };
}
