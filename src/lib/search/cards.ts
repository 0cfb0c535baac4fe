/**
 * Answer cards: what each search record says it is about (its title, short name,
 * summary, the questions it answers, its steps' headings), ranked against the
 * reader's query by character bigrams for Chinese and words for English, BM25F
 * style. Pagefind ranks by whole words and needs every word of a search on the
 * page; a reader's sentence (这个月实在还不上了) shares most of its bigrams with the
 * question a page answers (这个月还不上怎么办) and few of its segmented words.
 * engine.ts fuses this ranking with the planned Pagefind searches.
 *
 * The cards are written at build time from the index Pagefind just wrote
 * (src/integrations/search-cards.ts), keyed by Pagefind's page ids, so both
 * rankings speak of the same records. Pure TypeScript: unit-tested without a browser.
 */
import { filler, findCodes, mendTypos, segmentWords, siteAlternatives, siteWord, contentTerms, tierOfDays } from './query';
import type { RawData } from './results';
import { englishFiller, englishTerms, siteWordEn, stemEnglish } from './english';
import { kindCuesIn } from './kinds';
import { speaksTo, voiceOf, type Voice } from './voice';

/** One search record as the card file stores it. */
export interface Card {
  /** Pagefind's page id (its fragment's hash). */
  id: string;
  url: string;
  title: string;
  kind?: string | undefined;
  code?: string | undefined;
  short?: string | undefined;
  /** Other names of a glossary term: its pinyin as readers type it, and the other language's name (ranked as title, never shown). */
  aka?: string | undefined;
  summary: string;
  /** The questions the record answers (frontmatter `asked`), joined. */
  asked: string;
  /** Steps of a procedure: [anchor code, heading without the code]. */
  steps: [string, string][];
  /** Pagefind's filters of the record (kind, audience, tier), so a filtered search filters cards alike. */
  filters: Record<string, string[]>;
}

/** The card file: one per language, gzipped JSON. */
export interface CardFile { lang: 'zh' | 'en'; cards: Card[] }

type Field = 'title' | 'asked' | 'summary' | 'steps';
const fields: Field[] = ['title', 'asked', 'summary', 'steps'];

/**
 * How much a match in each field says the record answers the query, and BM25's
 * saturation (k1) and length normalisation. Chosen on the tuning half of
 * tests/search-queries.json only; the results were flat around these values.
 */
export const ranking = {
  fieldWeight: { title: 3, asked: 2, summary: 1, steps: 0.8 } as Record<Field, number>,
  k1: 1.2,
  lengthNorm: 0.5,
  /**
   * Kinds that retell another page (a training module retells procedures, a drill a
   * script, a case a right) count this much less, unless the query asks for the kind
   * by name (培训, 演练, 案例: kinds.ts), when they count in full and go first anyway.
   * On the tuning half, cards alone: top-1 75.6 → 80.5 % (Chinese), 73.1 → 80.8 % (English).
   */
  retelling: { modules: 0.5, drills: 0.5, cases: 0.8 } as Record<string, number>,
  /** A kind the query names (计算器, 模板, 话术) counts this much more. */
  askedKind: 1.6,
  /** The tier that holds a number of days (45 天 → M2) weighs this much: the number decides the tier. */
  tier: 2,
  /** The site's other words for a word of the query (上门 → 外访, 走访) weigh this much. */
  siblings: 0.5,
  /** A query bigram that spans two of the query's words (天还, 次吗) weighs this much. */
  acrossWords: 0.5,
  /** A page written only for the other reader than the query's voice (voice.ts) counts this much. */
  otherVoice: 0.7,
};

const han = /\p{Script=Han}/u;

/**
 * Index terms of a text. Chinese: every pair of neighbouring Han characters, and a
 * Han character standing alone; other text: lower-cased words (English stemmed).
 * Punctuation breaks a run, so no bigram spans two phrases.
 */
export function cardTerms(text: string, lang: 'zh' | 'en'): string[] {
  const out: string[] = [];
  const normal = text.normalize('NFKC').toLowerCase();
  for (const run of normal.split(/[^\p{L}\p{N}]+/u)) {
    if (!run) continue;
    // Split a run into Han and non-Han stretches: 信用卡逾期45天 → 信用卡逾期 · 45 · 天.
    for (const part of run.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
      if (han.test(part)) {
        const chars = [...part];
        if (chars.length === 1) out.push(chars[0]!);
        for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
      } else {
        out.push(lang === 'en' ? stemEnglish(part) : part);
      }
    }
  }
  return out;
}

interface Posting { card: number; tf: Record<Field, number> }

export interface CardIndex {
  lang: 'zh' | 'en';
  cards: Card[];
  postings: Map<string, Posting[]>;
  /** Field lengths in terms, per card, and their averages. */
  lengths: Record<Field, number>[];
  average: Record<Field, number>;
  byId: Map<string, Card>;
}

const fieldText = (card: Card, field: Field): string => {
  if (field === 'title') return [card.title, card.short ?? '', card.aka ?? ''].join(' ');
  if (field === 'steps') return card.steps.map(([code, heading]) => `${code} ${heading}`).join(' / ');
  return card[field];
};

export function buildCardIndex(file: CardFile): CardIndex {
  const postings = new Map<string, Posting[]>();
  const lengths: Record<Field, number>[] = [];
  const total: Record<Field, number> = { title: 0, asked: 0, summary: 0, steps: 0 };
  file.cards.forEach((card, i) => {
    const own = new Map<string, Posting>();
    const length = { title: 0, asked: 0, summary: 0, steps: 0 };
    for (const field of fields) {
      const terms = cardTerms(fieldText(card, field), file.lang);
      length[field] = terms.length;
      total[field] += terms.length;
      for (const term of terms) {
        let p = own.get(term);
        if (!p) { p = { card: i, tf: { title: 0, asked: 0, summary: 0, steps: 0 } }; own.set(term, p); }
        p.tf[field] += 1;
      }
    }
    lengths.push(length);
    for (const [term, p] of own) {
      const list = postings.get(term) ?? [];
      list.push(p);
      postings.set(term, list);
    }
  });
  const n = Math.max(1, file.cards.length);
  const average = Object.fromEntries(fields.map((f) => [f, total[f] / n || 1])) as Record<Field, number>;
  return { lang: file.lang, cards: file.cards, postings, lengths, average, byId: new Map(file.cards.map((c) => [c.id, c])) };
}

const spellings = new WeakMap<CardIndex, Map<string, string>>();

/**
 * English: each stem as the cards write it (charge for charg), to show a mended query. Made
 * on the first mend, not with the index: most queries need none, and the first query waits
 * for the index.
 */
function spellingOf(index: CardIndex): Map<string, string> {
  let spelling = spellings.get(index);
  if (spelling) return spelling;
  spelling = new Map();
  for (const card of index.cards) {
    for (const field of fields) {
      for (const word of fieldText(card, field).toLowerCase().match(/[a-z]+/g) ?? []) {
        // The plainest form: the stem itself where the cards use it (collector), else the shortest (charge).
        const stem = stemEnglish(word);
        const had = spelling.get(stem);
        if (had === undefined || (had !== stem && (word === stem || word.length < had.length))) spelling.set(stem, word);
      }
    }
  }
  spellings.set(index, spelling);
  return spelling;
}

/**
 * The query's terms with their weights. Filler words (怎么, 可以; how, can) are
 * dropped as whole terms, and so are bigrams made only of filler characters (是什);
 * a bigram half made of filler still counts (还不上 keeps 不上). A reader's word also
 * brings the site's word for it (0.8) and the site's other words (siblings); a slip
 * of the input method brings its mended terms; a number of days the tier that holds it.
 */
export function queryTerms(query: string, lang: 'zh' | 'en'): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (term: string, w: number) => weights.set(term, Math.max(weights.get(term) ?? 0, w));
  const stop = lang === 'zh' ? filler : englishFiller;
  const dropped = lang === 'zh' ? fillerBigrams(query) : new Set<string>();
  const contents = lang === 'zh' ? contentTerms(query) : englishTerms(query);
  // A Chinese bigram that spans two words (天还 of 一天还要, 次吗) says less than one inside a word.
  const words = lang === 'zh' ? [...contents, ...segmentWords(query)] : [];
  const worth = (term: string) => (lang === 'zh' && [...term].length === 2 && han.test(term) && !words.some((w) => w.includes(term)) ? ranking.acrossWords : 1);
  for (const term of cardTerms(query, lang)) if (!stop.has(term) && !dropped.has(term)) add(term, worth(term));
  for (const word of contents) {
    const site = lang === 'zh' ? siteWord(word) : siteWordEn(word);
    if (site !== word) for (const term of cardTerms(site, lang)) add(term, 0.8);
    if (lang === 'zh') for (const alt of siteAlternatives(word)) for (const term of cardTerms(alt.query, lang)) add(term, ranking.siblings);
  }
  // A one-character slip of the input method, mended (上们 → 上门): the mended query's terms too.
  const mended = lang === 'zh' ? mendTypos(query.normalize('NFKC')) : undefined;
  if (mended) {
    const droppedToo = fillerBigrams(mended);
    for (const term of cardTerms(mended, lang)) if (!stop.has(term) && !droppedToo.has(term)) add(term, 1);
  }
  const tier = tierOfDays(query, lang);
  if (tier) for (const term of cardTerms(tier, lang)) add(term, ranking.tier);
  return weights;
}

/**
 * Bigrams of a Chinese query made only of characters of its filler words, by the
 * browser's segmentation: 是什 of 是什么意思, 还不 of 还不上. They say nothing of the
 * topic and match every question that is phrased alike.
 */
function fillerBigrams(query: string): Set<string> {
  const out = new Set<string>();
  for (const run of query.normalize('NFKC').toLowerCase().split(/[^\p{Script=Han}]+/u)) {
    // One flag per character: whether the segment it belongs to is a filler word.
    const isFiller = segmentWords(run).flatMap((segment) => [...segment].map(() => filler.has(segment)));
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) if (isFiller[i] && isFiller[i + 1]) out.add(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/**
 * A query read once for the cards: its weighted terms (queryTerms) and the step codes
 * typed in it. Ranking, marking and the sections of every result shown reuse it, so
 * the segmenting and slip-mending behind queryTerms run once per search.
 */
export interface CardQuery {
  lang: 'zh' | 'en';
  terms: Map<string, number>;
  codes: string[];
  /** Terms of the words that name a kind of page (培训, 话术; kinds.ts): every page of the kind holds them. */
  cueTerms: Set<string>;
  /** Who is asking, when the query says (voice.ts). */
  voice?: Voice | undefined;
}

export const readCardQuery = (query: string, lang: 'zh' | 'en'): CardQuery => ({
  lang, terms: queryTerms(query, lang), codes: findCodes(query).codes, cueTerms: cueTermsOf(query, lang), voice: voiceOf(query, lang),
});

/**
 * The terms of the query's kind words. Chinese: the bigrams lying wholly inside the
 * cue words' stretches, so 人培 of 新人培训 (two cues side by side) is one of them.
 */
function cueTermsOf(query: string, lang: 'zh' | 'en'): Set<string> {
  const cues = kindCuesIn(query, lang);
  if (lang === 'en') return new Set(cues.flatMap((cue) => cardTerms(cue, lang)));
  const text = query.normalize('NFKC').toLowerCase();
  const covered = new Array<boolean>(text.length).fill(false);
  for (const cue of cues) for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) covered.fill(true, i, i + cue.length);
  let kept = '';
  for (let i = 0; i < text.length; i++) kept += covered[i] ? text[i] : ' ';
  return new Set(cardTerms(kept, lang));
}

/**
 * A ranked card; `held` is the share of the query's weight (idf) whose terms the card
 * has anywhere, not counting the words that name a kind (a list of modules holds 培训
 * by nature; which kind leads is kindFirst's business, engine.ts).
 */
export interface CardHit { card: Card; score: number; held: number }

/** Whether two words are one edit apart: a letter added, dropped, changed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * An English word the cards do not hold, mended to the word one edit away that most cards
 * hold (colector → collector, installment → instalment, harrassment → harassment): readers
 * misspell, and neither the stems nor Pagefind's prefixes forgive it. Only words of five
 * letters or more, and the first letter stays: a real word the cards lack is most often a
 * letter away at its start (eight → right, apart → part, sender → lender), a slip seldom is.
 */
export function mendEnglishTerm(index: CardIndex, term: string): string | undefined {
  if (index.lang !== 'en' || !/^[a-z]{5,}$/.test(term) || index.postings.has(term)) return undefined;
  let best: string | undefined;
  let most = 0;
  for (const [known, list] of index.postings) {
    if (list.length > most && known[0] === term[0] && /^[a-z]+$/.test(known) && !englishFiller.has(known) && oneEditApart(term, known)) {
      best = known;
      most = list.length;
    }
  }
  return best;
}

/**
 * The query with its slips mended, to tell the reader what else was searched: Chinese by
 * mendTypos (呆账核消 → 呆账核销), English word by word by mendEnglishTerm, each mended
 * word spelt as the cards spell it (colector id → collector id). Undefined when nothing was mended.
 */
export function mendedQuery(index: CardIndex | undefined, query: string, lang: 'zh' | 'en'): string | undefined {
  if (lang === 'zh') return mendTypos(query.normalize('NFKC'));
  if (!index) return undefined;
  let changed = false;
  const mended = query.replace(/[A-Za-z]+/g, (word) => {
    const known = mendEnglishTerm(index, stemEnglish(word));
    if (!known) return word;
    changed = true;
    return spellingOf(index).get(known) ?? known;
  });
  return changed ? mended : undefined;
}

/** Every card that shares a term with the query, best first (BM25F over the fields). */
export function rankCards(index: CardIndex, query: CardQuery, askedKinds: readonly string[] = []): CardHit[] {
  const n = index.cards.length;
  const scores = new Map<number, number>();
  const held = new Map<number, number>();
  let mass = 0;
  // An English slip is mended before the query is read (mendedQuery, engine.ts), so its terms are the cards' own.
  for (const [term, weight] of query.terms) {
    const list = index.postings.get(term);
    if (!list) continue;
    const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
    const topical = !query.cueTerms.has(term);
    if (topical) mass += weight * idf;
    for (const p of list) {
      let tf = 0;
      for (const field of fields) {
        if (!p.tf[field]) continue;
        const norm = 1 - ranking.lengthNorm + ranking.lengthNorm * (index.lengths[p.card]![field] / index.average[field]);
        tf += (ranking.fieldWeight[field] * p.tf[field]) / norm;
      }
      scores.set(p.card, (scores.get(p.card) ?? 0) + weight * idf * (tf / (ranking.k1 + tf)));
      if (topical) held.set(p.card, (held.get(p.card) ?? 0) + weight * idf);
    }
  }
  for (const [i, score] of scores) {
    const card = index.cards[i]!;
    const kind = card.kind ?? '';
    const voice = query.voice && !speaksTo(query.voice, card.filters.audience, kind) ? ranking.otherVoice : 1;
    scores.set(i, score * voice * (askedKinds.includes(kind) ? ranking.askedKind : (ranking.retelling[kind] ?? 1)));
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([i, score]) => ({ card: index.cards[i]!, score, held: mass > 0 ? (held.get(i) ?? 0) / mass : 0 }));
}

/**
 * Specific before general: among the first `head` items, a register or list page
 * (/training/, /glossary/) goes after an item under it (/training/at-the-door/,
 * /glossary/#zhang-ling) that holds more of the query. 「上门现场 培训课程」 wants the
 * module about the door, not the list of modules; 「我的培训进度」 still finds the list,
 * whose own words hold more of it.
 */
export function specificFirst<T>(items: T[], urlOf: (item: T) => string | undefined, heldOf: (item: T) => number, head = 8): T[] {
  const out = [...items];
  for (let i = 0; i < Math.min(head, out.length); i++) {
    const hub = urlOf(out[i]!);
    if (!hub || !hub.endsWith('/')) continue;
    const child = out.slice(i + 1, head).findIndex((x) => {
      const url = urlOf(x);
      return url !== undefined && url !== hub && url.startsWith(hub) && heldOf(x) > heldOf(out[i]!);
    });
    if (child < 0) continue;
    const [moved] = out.splice(i, 1);
    out.splice(i + child + 1, 0, moved!);
    i -= 1;
  }
  return out;
}

/** Whether a card passes the search page's filters: any chosen value within a group, every group. */
export function passesFilters(card: Card, filters: Record<string, { any: string[] }>): boolean {
  return Object.entries(filters).every(([name, { any }]) => any.length === 0 || any.some((v) => card.filters[name]?.includes(v)));
}

/**
 * Text as excerpt HTML, escaped, with the stretches that match the query's terms in
 * <mark>, as Pagefind marks its excerpts: for Chinese every character of a matching
 * bigram, for English every word whose stem matches.
 */
export function markTerms(text: string, terms: Map<string, number>, lang: 'zh' | 'en'): string {
  const pieces = lang === 'zh' ? [...text] : text.split(/(\s+)/);
  const marked = new Array<boolean>(pieces.length).fill(false);
  const lower = pieces.map((p) => p.normalize('NFKC').toLowerCase());
  if (lang === 'zh') {
    for (let i = 0; i < lower.length; i++) {
      if (i + 1 < lower.length && terms.has(lower[i]! + lower[i + 1]!)) { marked[i] = true; marked[i + 1] = true; }
    }
  } else {
    lower.forEach((word, i) => { const bare = word.replace(/[^\p{L}\p{N}]+/gu, ''); if (bare && terms.has(stemEnglish(bare))) marked[i] = true; });
  }
  let html = '';
  let open = false;
  pieces.forEach((piece, i) => {
    if (marked[i] && !open) { html += '<mark>'; open = true; }
    if (!marked[i] && open) { html += '</mark>'; open = false; }
    html += escapeHtml(piece);
  });
  return open ? `${html}</mark>` : html;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A card as the display data of a Pagefind result, for a record only the cards
 * found: its summary as the excerpt, and the steps whose headings share the
 * query's terms as its sections.
 */
export function cardData(card: Card, query: CardQuery): RawData {
  return withCardSteps({
    url: card.url,
    excerpt: markTerms(card.summary, query.terms, query.lang),
    meta: { title: card.title, kind: card.kind, code: card.code, short: card.short },
    filters: card.filters,
    sub_results: [],
  }, card, query);
}

/**
 * A record's data with the steps whose headings share the query's terms put first
 * among its sections (boost), and added when Pagefind's sections lack them: a
 * question about one step (被投诉的专员能自己处理投诉吗) names the step's topic
 * (指定处理人), not the words Pagefind matched in its body.
 */
export function withCardSteps(data: RawData, card: Card, query: CardQuery): RawData {
  if (card.steps.length === 0) return data;
  // A term counts once per heading, divided by how many of the page's headings hold it: 借款人
  // heads half of HV-05's steps and tells none apart; 只有 heads one (家中只有未成年人).
  const headingTerms = card.steps.map(([, heading]) => new Set(cardTerms(heading, query.lang)));
  const spread = new Map<string, number>();
  for (const terms of headingTerms) for (const t of terms) spread.set(t, (spread.get(t) ?? 0) + 1);
  const overlap = (i: number) => [...headingTerms[i]!].reduce((sum, t) => sum + (query.terms.get(t) ?? 0) / spread.get(t)!, 0);
  // A step code typed (HV-01.3) names its step outright.
  const named = new Set(query.codes);
  const boost = new Map(card.steps.map(([code], i) => [code, named.has(code) ? 100 : overlap(i)] as const).filter(([, score]) => score > 0));
  if (boost.size === 0) return data;
  const subs = data.sub_results.map((s) => (s.anchor?.id && boost.has(s.anchor.id) ? { ...s, boost: boost.get(s.anchor.id) } : s));
  const have = new Set(subs.map((s) => s.anchor?.id));
  for (const [code, heading] of card.steps) {
    if (!boost.has(code) || have.has(code)) continue;
    subs.push({ title: `${code}${heading}`, url: `${card.url}#${code}`, excerpt: '', anchor: { id: code, element: 'h3' }, boost: boost.get(code) });
  }
  return { ...data, sub_results: subs };
}

/** Four Han characters in a row, each alone between spaces: the hidden character list (characters.ts). */
const characterRun = /(?:^|\s)(?:\p{Script=Han}\s+){3}\p{Script=Han}(?=\s|$|[.。])/u;

/**
 * A record's data with Pagefind's excerpt replaced by the card's summary (its terms
 * marked) when the excerpt shows hidden search text: the page's character list
 * (「投 诉 与 异 议」), which Pagefind indexes as text so single characters match, or a
 * glossary term's pinyin list (ting xi gua zhang tingxi …). Pagefind may pick either as
 * the best passage, in both languages.
 */
export function withCardExcerpt(data: RawData, card: Card, query: CardQuery): RawData {
  const text = data.excerpt.replace(/<[^>]+>/g, '');
  const pinyinList = card.aka ? card.aka.split(' ').slice(0, 3).join(' ') : undefined;
  if (!characterRun.test(text) && !(pinyinList && text.includes(pinyinList))) return data;
  return { ...data, excerpt: markTerms(card.summary, query.terms, query.lang) };
}

/**
 * Pagefind marks Chinese character by character (<mark>催</mark><mark>收</mark>), and marks
 * every word a lone character of the query begins or matches (账, 消失 and 考核 for 呆账核消).
 * A run of neighbouring marks becomes one, kept only when it holds one of the query's bigrams
 * (催收, 核销, 十点 of 十点后). Marks on letters and digits (LPR, HV-01.3) stay, and a query
 * without a bigram keeps every mark.
 */
export function keepTopicalMarks(html: string, query: CardQuery): string {
  if (query.lang !== 'zh') return html;
  const isPair = (t: string) => [...t].length === 2 && han.test(t);
  if (![...query.terms.keys()].some(isPair)) return html;
  return html.replace(/(?:<mark>[^<]*<\/mark>)+/g, (run) => {
    const text = run.replace(/<\/?mark>/g, '');
    const topical = !han.test(text) || cardTerms(text, 'zh').some((t) => isPair(t) && query.terms.has(t));
    return topical ? `<mark>${text}</mark>` : text;
  });
}

/** A record's data with keepTopicalMarks applied to its excerpt and its sections'. */
export function withTopicalMarks(data: RawData, query: CardQuery): RawData {
  if (query.lang !== 'zh') return data;
  return { ...data, excerpt: keepTopicalMarks(data.excerpt, query), sub_results: data.sub_results.map((s) => ({ ...s, excerpt: keepTopicalMarks(s.excerpt, query) })) };
}
