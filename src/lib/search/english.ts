/**
 * The planner for English queries on /en/search/. Pagefind's English index stems
 * words (calls → call) and needs every word of a search on a page, so a reader's
 * question ("can a debt collector come into my house") would need "can" and "my"
 * there. As for Chinese (query.ts), the plan is several searches whose rankings
 * results.ts fuses: the content words; the same in the site's words; each word
 * left out in turn; and each word alone for the word-by-word ranking.
 *
 * The word lists are readers' English, written from the domain, and checked only
 * against the tuning half of tests/search-queries.en.json; the held-out half is
 * never read here. At most `maxSearches` Pagefind searches per query (query.ts).
 */
import { en as enSynonyms } from './synonyms.json';
import { stageWeight, tierOfDays, withinBudget, type Concept, type PlannedSearch, type SearchPlan, type Stage } from './query';

/** Words that carry no topic in a reader's question. */
export const englishFiller = new Set([
  'a', 'an', 'the', 'i', 'me', 'my', 'mine', 'we', 'our', 'you', 'your', 'he', 'she', 'him', 'her', 'his', 'they', 'them', 'their',
  'it', 'its', 'this', 'that', 'these', 'those', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did',
  'can', 'could', 'may', 'might', 'will', 'would', 'shall', 'should', 'must', 'have', 'has', 'had', 'get', 'got',
  'what', 'which', 'who', 'whom', 'when', 'where', 'why', 'how', 'if', 'then', 'so', 'and', 'or', 'but', 'not', 'no',
  'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'about', 'into', 'from', 'up', 'out', 'over', 'after', 'before',
  'still', 'just', 'keep', 'keeps', 'kept', 'right', 'now', 'there', 'here', 'some', 'any', 'all', 'very', 'too',
  'say', 'says', 'said', 'tell', 'told', 'mean', 'means', 'meaning', 'definition', 'define', 'want', 'wants', 'need', 'someone', 'somebody', 'anyone', 'allowed', 'ok', 'okay',
  'im', "i'm", 'dont', "don't", 'cant', "can't", 'wont', "won't",
  'didnt', "didn't", 'doesnt', "doesn't", 'isnt', "isn't", 'havent', "haven't", 'theyre', "they're", 'whats', "what's", 'thats', "that's",
]);

/**
 * Words for the same thing, as in query.ts: `site` are the words the English pages
 * use, `say` are readers' words the pages may not use.
 */
export const englishSynonyms: readonly { site: readonly string[]; say: readonly string[] }[] = enSynonyms;

const groupOf = (word: string) => englishSynonyms.find((g) => g.site.includes(word) || g.say.includes(word));

/** The site's first word for a reader's word; a site word stays itself. */
export const siteWordEn = (term: string): string => {
  const group = groupOf(term);
  return group && group.say.includes(term) ? group.site[0]! : term;
};

/**
 * A word cut to a rough stem, so "calls", "called" and "calling" meet "call" in the
 * answer cards (cards.ts); Pagefind stems its own index. Crude on purpose: it only
 * has to treat query and card alike.
 */
export function stemEnglish(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 4) return w;
  for (const [end, to] of [['ies', 'y'], ['ing', ''], ['ed', ''], ['es', ''], ['s', '']] as const) {
    if (w.endsWith(end) && w.length - end.length >= 3 && !w.endsWith('ss')) return w.slice(0, -end.length) + to;
  }
  return w;
}

/** The lists' words of more than one word, longest first, so "debt collector" is kept before "collector". */
const phrases = englishSynonyms.flatMap((g) => [...g.site, ...g.say]).filter((w) => w.includes(' ')).sort((a, b) => b.length - a.length);

/** Phrases of the lists found whole ("debt collector", "credit score"), then the remaining words, filler dropped. */
export function englishTerms(text: string): string[] {
  let rest = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}:%\-' ]+/gu, ' ')} `;
  const found: { at: number; word: string }[] = [];
  for (const phrase of phrases) {
    const at = rest.indexOf(` ${phrase} `);
    if (at >= 0) { found.push({ at, word: phrase }); rest = `${rest.slice(0, at + 1)}${' '.repeat(phrase.length)}${rest.slice(at + 1 + phrase.length)}`; }
  }
  rest.split(' ').reduce((at, word) => { if (word) found.push({ at, word }); return at + word.length + 1; }, 0);
  const words = found.sort((a, b) => a.at - b.at).map((f) => f.word.replace(/^[-']+|[-']+$/g, '')).filter(Boolean);
  const kept = words.filter((w) => !englishFiller.has(w));
  return kept.length > 0 ? kept : words;
}

/** The searches for an English query, in order of worth, capped at maxEnglishSearches. */
export function planEnglish(display: string, codes: string[], rest: string): SearchPlan {
  const terms = rest ? englishTerms(rest) : [];
  const planned: { words: string[]; stage: Stage }[] = [];
  for (const code of codes) planned.push({ words: [code], stage: 'code' });
  const tier = tierOfDays(rest, 'en');
  if (tier) planned.push({ words: [tier], stage: 'site' });
  if (terms.length > 0) {
    planned.push({ words: [...codes, ...terms], stage: 'exact' });
    const site = terms.map(siteWordEn);
    planned.push({ words: site, stage: 'site' });
    if (terms.length > 1 && terms.length <= 4) terms.forEach((_, i) => planned.push({ words: site.filter((__, j) => j !== i), stage: 'relaxed' }));
  }
  const seen = new Set<string>();
  const unique = planned.map((p) => ({ stage: p.stage, query: p.words.join(' ') })).filter((p) => p.query && !seen.has(p.query) && seen.add(p.query));
  const count = (stage: Stage) => unique.filter((p) => p.stage === stage).length;
  const searches: PlannedSearch[] = unique.map((p) => ({ ...p, weight: p.stage === 'code' ? stageWeight.code : stageWeight[p.stage] / Math.sqrt(count(p.stage)) }));
  // Word by word: each word as the site says it; a reader's word also as the group's first site word.
  const concepts: Concept[] = terms.length > 1 ? terms.map((term) => ({
    term,
    worth: 1,
    alternatives: [...new Set([term, siteWordEn(term)])].map((query) => ({ query, weight: 1 })),
  })) : [];
  return withinBudget({ display, codes, terms, searches, concepts, conceptWeight: stageWeight.concepts, queries: [] });
}
