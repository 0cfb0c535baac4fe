/**
 * What a reader typed, turned into the Pagefind searches that answer it.
 *
 * Pagefind matches every word of a query (AND) and segments Chinese queries with
 * the browser's Intl.Segmenter, which knows general words but not this domain's
 * (催收 becomes 催 + 收). So a reader's sentence 「上门催收可以进家吗」 would need
 * 吗 on the page, and a page that says 闯进我家 would be missed. This module plans
 * several searches instead of one; results.ts fuses their rankings:
 *
 *  1. a procedure or step code (HV-01.3, hv013, ＨＶ－０１．３) is searched as its
 *     canonical code, so the step leads the results;
 *  2. the words of the query without question particles and filler (吗, 怎么, 可以 …);
 *  3. the same in the site's own words (实地走访 → 上门, 催账 → 催收), and mixed with
 *     the other site words for the same thing (上门 ↔ 外访), from a small list;
 *  4. the words without lone characters (信 of 投诉信, 写 of 怎么写), which match
 *     the start of too many words to say much;
 *  5. the query with a one-character slip of the input method mended against the
 *     site's words (征信异意 → 征信异议, 上们 → 上门);
 *  6. the query with one word left out at a time, for pages that answer it in
 *     other words;
 *  7. each word alone and as each of its site words, for a word-by-word ranking
 *     (results.ts, rankByConcepts) that finds 闯进我家 for 上门…进家.
 *
 * The weights and lists were tuned on tests/search-queries.json, which the e2e
 * suite runs against the built index; scripts/bench-search.mjs times it.
 * Pure TypeScript: no DOM, no Pagefind; the browser module runs the plan.
 */
import { zh as zhSynonyms } from './synonyms.json';
import { soundAlike } from './sounds';
import { planEnglish } from './english';

/** One search to run, with the weight its ranking gets when the rankings are fused. */
export interface PlannedSearch {
  query: string;
  weight: number;
  stage: Stage;
}
export type Stage = 'code' | 'exact' | 'site' | 'core' | 'synonym' | 'typo' | 'relaxed' | 'concepts' | 'cards';

/** A word of the query and the one-word searches that stand for it (itself and its synonyms). */
export interface Concept {
  term: string;
  /** What the word counts for: a lone character (信 of 投诉信) matches the start of many words, so less. */
  worth: number;
  alternatives: { query: string; weight: number }[];
}

export interface SearchPlan {
  /** The query as shown back to the reader (trimmed, width-normalised). */
  display: string;
  /** Canonical codes found in the query, e.g. ['HV-01.3']. */
  codes: string[];
  /** Content words, after particles and filler were dropped. */
  terms: string[];
  searches: PlannedSearch[];
  /** The query's words one by one, for a word-by-word ranking (results.ts, rankByConcepts). */
  concepts: Concept[];
  /** Weight of the word-by-word ranking in the fusion. */
  conceptWeight: number;
  /** Every distinct Pagefind query to run: the searches', then the concepts'. */
  queries: string[];
}

/** Full-width letters, digits and punctuation to ASCII; runs of spaces to one. */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/[\u3000\s]+/g, ' ').trim();
}

// A code: 2–4 letters, a separator or none, two digits, and optionally a step number.
// Accepts HV-01.3, hv01.3, HV 01 3, HV-01-3, hv013 (compact: 2 digits + step digits).
const codePattern = /(?<![a-z])([a-z]{2,4})[-_ ]?(\d{2})(?:[.\-_ ](\d{1,2})|(\d{1,2}))?(?![\d.]*\d)/gi;

/** Canonical procedure and step codes in a query: 'hv 01 3 和 pc01' → ['HV-01.3', 'PC-01']. */
export function findCodes(query: string): { codes: string[]; rest: string } {
  const codes: string[] = [];
  const rest = normalizeQuery(query).replace(codePattern, (_match, letters: string, proc: string, step?: string, compactStep?: string) => {
    // Readers type codes in any case and with any separator; the corpus writes HV-01.3.
    const n = step ?? compactStep;
    codes.push(`${letters.toUpperCase()}-${proc}${n ? `.${Number(n)}` : ''}`);
    return ' ';
  });
  return { codes: [...new Set(codes)], rest: normalizeQuery(rest) };
}

/**
 * Words that carry no topic in a reader's question. Kept short on purpose: a word
 * that might be the topic (e.g. 还 in 还款) is never dropped, because only whole
 * segments are compared.
 */
export const filler = new Set([
  '吗', '呢', '吧', '啊', '呀', '嘛', '么', '了', '的', '地', '得', '着', '过',
  '我', '我的', '我们', '你', '你们', '他', '她', '他们', '它', '咱',
  '是', '是不是', '会', '会不会', '能', '能不能', '可以', '可不可以', '可', '要', '该', '应该', '想', '需要',
  '怎么', '怎么办', '怎样', '怎么样', '如何', '什么', '啥', '为什么', '哪', '哪里', '哪些', '谁', '多少', '几',
  '还', '又', '也', '都', '就', '才', '再', '很', '太', '特别', '一直', '总是', '老是', '到底', '究竟',
  '吗？', '请问', '一下', '有', '有没有', '没有', '没', '不', '被', '把', '给', '让', '和', '跟', '与', '及', '或', '或者',
  '这', '那', '这个', '那个', '这种', '一个', '个', '办',
  '还要', '还能', '还会', '还是', '是否', '不是', '就是', '一下子', '现在', '已经',
  '对', '去', '向', '在', '到', '从', '去哪', '哪儿',
  // Where to begin names no topic either (从哪下手, 先干嘛).
  '开始', '下手', '入手', '先', '干嘛', '干啥',
  // Asking what a word means names no topic (the kind cue 什么意思 still sends the query to the glossary).
  '意思', '含义',
]);

/**
 * Words for the same thing: `site` are the words the pages use (most used first),
 * `say` are readers' words the pages do not use. A reader's word is also searched
 * as the site's words, never as other readers' words: a word no page has only
 * matches stray characters (催账 finds 催 and 账单).
 */
export interface SynonymGroup { site: readonly string[]; say: readonly string[] }

export const synonymGroups: readonly SynonymGroup[] = zhSynonyms;

const groupOf = (word: string) => synonymGroups.find((g) => g.site.includes(word) || g.say.includes(word));

/**
 * The site's words to search for a word of the query, with their weights: a reader's
 * word stands for the site's words in full; a site word brings the group's other
 * site words at a little less.
 */
export function siteAlternatives(term: string): { query: string; weight: number }[] {
  const group = groupOf(term);
  if (!group) return [];
  if (group.say.includes(term)) return group.site.map((query) => ({ query, weight: 1 }));
  return group.site.filter((w) => w !== term).map((query) => ({ query, weight: synonymWeight }));
}

/** The site's first word for a reader's word; a site word stays itself. */
export const siteWord = (term: string): string => {
  const group = groupOf(term);
  return group && group.say.includes(term) ? group.site[0]! : term;
};

/**
 * Words of this domain, for mending a one-character slip of the input method
 * (上们 → 上门, 催手 → 催收, 异意 → 异议). The glossary's terms are here too; a unit
 * test keeps them in.
 */
export const domainWords: readonly string[] = [
  // glossary terms
  '逾期', '逾期天数', '宽限期', '账龄', '催收', '外访', '上门核实', '电话催收', '委外催收', '催收机构', '协商还款',
  '个性化分期还款协议', '停息挂账', '分期', '等额本息', '等额本金', '先息后本', '手续费', '年化利率', '贷款市场报价利率',
  '违约金', '滞纳金', '罚息', '复利', '本金', '不良贷款', '五级分类', '关注类', '次级类', '可疑类', '损失类', '核销',
  '征信报告', '不良信息', '征信异议', '征信中心', '征信修复', '冒充催收', '高利贷', '非法债务', '诉讼时效', '仲裁',
  '强制执行', '担保人', '紧急联系人', '无关第三人', '录音录像', '催收函', '对账单', '还款承诺', '私人生活安宁', '个人信息',
  '敏感个人信息', '催收非法债务罪', '弱势借款人', '投诉', '金融消费者', '委托授权书', '住宅不受侵犯',
  '恶意透支', '支付令', '失信被执行人', '限制高消费',
  // everyday words of the pages
  '电话', '短信', '证件', '授权', '身份', '征信', '异议', '协商', '还款', '借款人', '贷款', '利息', '骚扰', '录音', '录像',
  '家属', '邻居', '单位', '同事', '信用卡', '欠款', '金额', '对账', '核实', '预约', '准备', '通知', '威胁', '暴力', '隐私',
  '上门', '夜间', '晚上', '家人', '通讯录', '利率', '年化', '起诉', '法院', '失业', '生病', '住院', '承诺', '违约', '骗局',
  '诈骗', '冒充', '修复', '委外', '监管', '报警', '证据', '协议', '减免', '进门', '老人', '流程', '话术', '案例', '信函',
];

let segmenter: Intl.Segmenter | undefined;
/** The browser's Chinese word segmenter, made once (a query is segmented several times per search); undefined without one. */
const zhSegmenter = (): Intl.Segmenter | undefined =>
  (typeof Intl !== 'undefined' && 'Segmenter' in Intl ? (segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' })) : undefined);

/** Intl.Segmenter word segments of Chinese text; other text is split on spaces. */
export function segmentWords(text: string): string[] {
  const words = zhSegmenter();
  if (words) return [...words.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment.toLowerCase());
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Longest synonym-list words first, so 停息挂账 wins over 分期 inside 停息挂账分期. */
const lexicon = [...new Set([...synonymGroups.flatMap((g) => [...g.site, ...g.say]), ...domainWords])].sort((a, b) => b.length - a.length);

/**
 * The query's content words: synonym-list words are kept whole (Intl.Segmenter would
 * split 催收), the rest is segmented and filler dropped. Punctuation goes.
 */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  const pieces = text.toLowerCase().split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
  for (const piece of pieces) {
    let rest = piece;
    // Cut out known words left to right; segment what lies between them.
    while (rest.length > 0) {
      let at = -1;
      let word = '';
      for (const candidate of lexicon) {
        const i = rest.indexOf(candidate);
        if (i >= 0 && (at < 0 || i < at || (i === at && candidate.length > word.length))) { at = i; word = candidate; }
      }
      if (at < 0) { out.push(...segmentWords(rest)); break; }
      if (at > 0) out.push(...segmentWords(rest.slice(0, at)));
      out.push(word);
      rest = rest.slice(at + word.length);
    }
  }
  const kept = out.filter((w) => !filler.has(w));
  // A question made only of filler ("怎么办") still deserves a search.
  return kept.length > 0 ? kept : out;
}

/** Particles are never a slip: 家吗 is not 家属. */
const particles = new Set(['吗', '呢', '吧', '啊', '呀', '嘛', '么', '了', '的', '地', '得', '着', '过']);
/** Nor is a run beside a little word or common verb mended: 还打 is not 还款, 要看 is not 要债. */
const slipProof = new Set([...particles, '还', '也', '都', '就', '才', '又', '再', '很', '太', '我', '你', '他', '她', '是', '不', '没', '有', '在',
  '要', '看', '说', '做', '打', '写', '找', '问', '给', '来', '去', '能', '会', '想', '叫', '让', '把', '被', '对', '和', '跟', '怎', '么']);
const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);
const knownWords = new Set([...domainWords, ...synonymGroups.flatMap((g) => [...g.site, ...g.say])]);

/**
 * The query with one-character slips of the input method mended against the domain
 * words (征信异意 → 征信异议, 上们 → 上门, 催手 → 催收). A slip is mended only where
 * it cannot be a real word: the run of text must start and end on the browser's
 * word boundaries, and the one differing character must stand alone there (the
 * dictionary made no word of it) and not be filler such as 吗, and the two characters
 * must sound alike (sounds.ts), as a pinyin slip's do: 核消 → 核销, never 账核 → 账龄.
 * Returns undefined when nothing needed mending.
 */
export function mendTypos(text: string): string | undefined {
  const words = zhSegmenter();
  if (!words) return undefined;
  const segments = [...words.segment(text)];
  const boundary = new Set<number>([text.length]);
  const alone = new Set<number>();
  for (const seg of segments) {
    boundary.add(seg.index);
    if (seg.segment.length === 1) alone.add(seg.index);
  }
  const fixed = [...text];
  const taken = new Array<boolean>(text.length).fill(false);
  // Known words spelt right are left alone.
  for (const word of knownWords) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) taken.fill(true, i, i + word.length);
  }
  let changed = false;
  // Longer words first: 征信异意 → 征信异议 before 异意 is looked at alone.
  for (const word of [...knownWords].sort((a, b) => b.length - a.length)) {
    if (word.length < 2 || ![...word].every(isHan)) continue;
    for (let i = 0; i + word.length <= text.length; i++) {
      if (!boundary.has(i) || !boundary.has(i + word.length) || taken.slice(i, i + word.length).some(Boolean)) continue;
      const differ: number[] = [];
      for (let k = 0; k < word.length && differ.length < 2; k++) if (text[i + k] !== word[k]) differ.push(i + k);
      if (differ.length !== 1) continue;
      const at = differ[0]!;
      if (!alone.has(at) || !isHan(text[at]!) || particles.has(text[at]!)) continue;
      if (!soundAlike(text[at]!, word[at - i]!)) continue;
      if ([...text.slice(i, i + word.length)].some((ch, k) => i + k !== at && slipProof.has(ch))) continue;
      fixed[at] = word[at - i]!;
      taken.fill(true, i, i + word.length);
      changed = true;
    }
  }
  return changed ? fixed.join('') : undefined;
}

/** A synonym's score counts a little less than the reader's own word's. */
export const synonymWeight = 0.9;

/** Synonyms searched per word in the word-by-word ranking. */
export const maxConceptSynonyms = 2;

/** Searches of mixed synonyms per query, at most. */
export const maxMixes = 12;

/** A word and up to two of the site's words for it, for mixing (a reader's word itself only finds strays). */
function formsOf(term: string): string[] {
  const alts = siteAlternatives(term).map((a) => a.query);
  const own = groupOf(term)?.say.includes(term) ? [] : [term];
  return [...new Set([...own, ...alts])].slice(0, 3);
}

/** All combinations of one form per word, ordered by how many words were swapped. */
function mixes(forms: string[][]): string[][] {
  let out: { words: string[]; swaps: number }[] = [{ words: [], swaps: 0 }];
  for (const options of forms) {
    out = out.flatMap((m) => options.map((o, k) => ({ words: [...m.words, o], swaps: m.swaps + (k > 0 ? 1 : 0) })));
    if (out.length > 64) out = out.sort((a, b) => a.swaps - b.swaps).slice(0, 64);
  }
  return out.filter((m) => m.swaps > 0).sort((a, b) => a.swaps - b.swaps).map((m) => m.words);
}

/**
 * What each kind of search counts for in the fusion. Searches of one kind share
 * their weight (by the square root of their number), so a query with many
 * synonyms does not outvote the reader's own words.
 */
export const stageWeight: Record<Stage, number> = { code: 4, exact: 1, site: 1, typo: 1.5, core: 0.6, synonym: 1.2, relaxed: 0.4, concepts: 1.5, cards: 8 };

/** A lone character's worth in the word-by-word ranking, against 1 for a word. */
export const loneCharWorth = 0.3;

const isLoneChar = (word: string) => [...word].length === 1;

/** The searches for a query; `lang` is the page's, and an English page plans in English (english.ts). */
export function planSearch(raw: string, lang: 'zh' | 'en' = 'zh'): SearchPlan {
  const display = normalizeQuery(raw);
  const { codes, rest } = findCodes(display);
  if (lang === 'en') return planEnglish(display, codes, rest);
  const terms = rest ? contentTerms(rest) : [];
  const mended = rest ? mendTypos(rest) : undefined;
  const planned: { words: string[]; stage: Stage }[] = [];
  const want = (words: string[], stage: Stage) => planned.push({ words, stage });

  for (const code of codes) want([code], 'code');
  const tier = tierOfDays(rest, 'zh');
  if (tier) want([tier], 'site');
  if (terms.length > 0) {
    want([...codes, ...terms], 'exact');
    if (codes.length) want(terms, 'exact');
    const siteWords = terms.map(siteWord);
    want(siteWords, 'site');
    const core = siteWords.filter((t) => !isLoneChar(t));
    if (core.length > 0 && core.length < siteWords.length) want(core, 'core');
    // Every mix of each word and its site words (外访 催收 进门 for 上门 催收 进家): a page
    // that says it all in other words. Fewest swaps first; capped.
    for (const mix of mixes(terms.map(formsOf)).slice(0, maxMixes)) want(mix, 'synonym');
    // A slip of the input method mended (征信异意 → 征信异议).
    if (mended) want(contentTerms(mended), 'typo');
    if (terms.length > 1) {
      terms.forEach((_, i) => want(siteWords.filter((__, j) => j !== i), 'relaxed'));
      terms.forEach((_, i) => want(terms.filter((__, j) => j !== i), 'relaxed'));
    }
  }
  // Something that looked like a code but may not be one ("lpr 10"): its words, faintly.
  if (codes.length && terms.length === 0) want(contentTerms(display), 'relaxed');

  const seen = new Set<string>();
  const unique = planned
    .map((p) => ({ stage: p.stage, query: p.words.join(' ').trim() }))
    .filter((p) => p.query && !seen.has(p.query) && seen.add(p.query));
  const count = (stage: Stage) => unique.filter((p) => p.stage === stage).length;
  // A reader's word that no page uses (实地走访, 爆通讯录) leaves the literal search only its
  // stray characters to match: the reader's wording counts less, the site's wording carries it.
  const readersWords = terms.filter((t) => groupOf(t)?.say.includes(t)).length;
  const literal = terms.length ? 1 - 0.5 * (readersWords / terms.length) : 1;
  const searches = unique.map((p): PlannedSearch => ({
    ...p,
    weight: p.stage === 'code' ? stageWeight.code : (stageWeight[p.stage] / Math.sqrt(count(p.stage))) * (p.stage === 'exact' ? literal : 1),
  }));
  // Word by word, in the mended wording when there is one (its slip would only add noise).
  const conceptTerms = mended ? contentTerms(mended) : terms;
  // A reader's word stands for all its site words; a site word brings a couple of others.
  const conceptOf = (term: string): Concept => {
    const isReaders = groupOf(term)?.say.includes(term) ?? false;
    return {
      term,
      worth: isLoneChar(term) ? loneCharWorth : 1,
      alternatives: [{ query: term, weight: 1 }, ...siteAlternatives(term).slice(0, isReaders ? 5 : maxConceptSynonyms)],
    };
  };
  // One word alone needs the word-by-word ranking only when it is a reader's word (爆通讯录).
  const concepts: Concept[] = conceptTerms.length > 1 || (conceptTerms.length === 1 && groupOf(conceptTerms[0]!)?.say.includes(conceptTerms[0]!))
    ? conceptTerms.map(conceptOf) : [];
  return withinBudget({ display, codes, terms, searches, concepts, conceptWeight: stageWeight.concepts, queries: [] });
}

/**
 * Words that make a number of days a number of days overdue (逾期45天, 欠了45天, 60 days
 * late): 投诉15天没回复 names days, but not of being behind.
 */
const overdueCue = /逾期|欠|没还|未还|晚还|迟还|拖|还不上|overdue|late|behind|past due|arrears|missed|dpd|no pay|not paid|unpaid|n'?t paid/i;

/** Chinese digits and English number words up to twelve, as readers write counts. */
const digits: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const englishNumbers = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** 45, 四十五, 十二, 一百二十, five: the number, or NaN. */
function readCount(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const english = englishNumbers.indexOf(text.toLowerCase());
  if (english >= 0) return english + 1;
  // Chinese: 百 and 十 multiply what precedes them (一 when nothing does); a last digit adds.
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百' || ch === '十') { total += (digit || 1) * (ch === '百' ? 100 : 10); digit = 0; } else digit = digits[ch] ?? NaN;
  }
  return total + digit;
}

/** The characters a Chinese count is written with: the digits, 十 and 百. */
const hanNumerals = `${Object.keys(digits).join('')}十百`;
const count = String.raw`(\d{1,4}|[${hanNumerals}]+|\b(?:${englishNumbers.join('|')}))`;
/** Not inside a longer number, nor a plan's length: 分12个月 is how long a plan runs (nor 2个月 within it). */
const notWithin = String.raw`(?<![分\d${hanNumerals}])`;
/**
 * A length of time and the days it makes: 45天 or 四十五天, 75 dpd (days past due, the
 * agents' way), 六周 or 6 weeks, 四个月 or 5 months (30 days each), 一个半月 (45), 半个月 (15).
 */
const spans: readonly [RegExp, (n: number) => number][] = [
  [new RegExp(String.raw`${notWithin}${count}\s*(?:天|日|days?\b|dpd\b)`, 'i'), (n) => n],
  [new RegExp(String.raw`${notWithin}${count}\s*(?:个?半月)`, 'i'), (n) => n * 30 + 15],
  [new RegExp(String.raw`${notWithin}${count}\s*(?:个多?月|months?\b)`, 'i'), (n) => n * 30],
  [new RegExp(String.raw`${notWithin}${count}\s*(?:个?星期|周|weeks?\b)`, 'i'), (n) => n * 7],
  [new RegExp(String.raw`${notWithin}半个?月`), () => 15],
];

/** The number of days overdue the query names (the first length of time in it), or undefined. */
export function daysOverdue(text: string): number | undefined {
  if (!overdueCue.test(text)) return undefined;
  const found = spans.map(([pattern, toDays]) => {
    const match = pattern.exec(text);
    return match ? { at: match.index, days: toDays(readCount(match[1] ?? '')) } : undefined;
  }).filter((f) => f !== undefined).sort((a, b) => a.at - b.at);
  const first = found[0];
  if (!first || !(first.days >= 1)) return undefined;
  // 超过90天, 90天以上, more than 90 days: past the number, into the next tier.
  const around = text.slice(Math.max(0, first.at - 10), first.at + 12);
  return /超过|超出|以上|多天|more than|over \d|over [a-z]+ /i.test(around) ? first.days + 1 : first.days;
}

/**
 * The tiers (their bucket, as the tier filter names it) that hold a number of days
 * overdue: 1–30 M1, 31–60 M2, 61–90 M3 (the tiers' daysFrom/daysTo, kept so by
 * tests/unit/truth.test.ts), over 90 both the M3+ page and the late stage's.
 */
export function tiersHolding(days: number): string[] {
  if (days <= 30) return ['M1'];
  if (days <= 60) return ['M2'];
  if (days <= 90) return ['M3'];
  return ['M3+', 'LEGAL'];
}

/**
 * The tiers a number of days overdue asks about: none in the first week, which has its
 * own guide (逾期第一周怎么办) that a tier page would push down.
 */
export const tiersAskedFor = (days: number): string[] => (days <= 7 ? [] : tiersHolding(days));

/**
 * A number of days overdue in the query as the tier that holds it, in the words of
 * that tier's page: M1, M2, M3, over 90 the M3+ page's own phrase. Undefined when
 * the query names no days overdue, or a week or less.
 */
export function tierOfDays(text: string, lang: 'zh' | 'en'): string | undefined {
  const days = daysOverdue(text);
  if (days === undefined) return undefined;
  const [tier] = tiersAskedFor(days);
  if (tier !== 'M3+') return tier;
  return lang === 'zh' ? '超过90天' : 'more than 90 days';
}

/** Pagefind searches per settled query, at most: each costs a pass over the index on the main thread. */
export const maxSearches = 8;

/** Which searches are kept first when a plan has more than maxSearches: the reader's own words before the variations. */
const keepOrder: Stage[] = ['code', 'exact', 'site', 'typo', 'concepts', 'core', 'synonym', 'relaxed'];

/**
 * The plan cut to maxSearches Pagefind searches: codes, the reader's words and the
 * site's, a mended slip, each word alone (for the word-by-word ranking), then the
 * words' synonyms and the mixes, then the searches with a word left out.
 */
export function withinBudget(plan: SearchPlan, max = maxSearches): SearchPlan {
  const wanted: string[] = [];
  for (const stage of keepOrder) {
    if (stage === 'concepts') {
      // Each word itself first, then its site words.
      for (const c of plan.concepts) wanted.push(c.alternatives[0]!.query);
      continue;
    }
    for (const s of plan.searches) if (s.stage === stage) wanted.push(s.query);
    if (stage === 'synonym') for (const c of plan.concepts) wanted.push(...c.alternatives.slice(1).map((a) => a.query));
  }
  const queries = [...new Set(wanted)].slice(0, max);
  const kept = new Set(queries);
  return {
    ...plan,
    searches: plan.searches.filter((s) => kept.has(s.query)),
    concepts: plan.concepts.map((c) => ({ ...c, alternatives: c.alternatives.filter((a) => kept.has(a.query)) })).filter((c) => c.alternatives.length > 0),
    queries,
  };
}
