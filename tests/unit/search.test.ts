/**
 * Site search's pure parts: reading a query (codes, filler, synonyms, slips),
 * fusing result lists, shaping a result, the URL state, and the search strings.
 * The ranking itself is tested in Chromium against the built index (tests/e2e/search.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  contentTerms, domainWords, findCodes, mendTypos, normalizeQuery, planSearch, siteAlternatives, siteWord, synonymGroups, tierOfDays,
} from '../../src/lib/search/query';
import { mergeHits, rankByConcepts, shapeResult, stripCode, type RawData } from '../../src/lib/search/results';
import { pagefindFilters, searchFromState, stateFromSearch } from '../../src/lib/search/url-state';
import { projectRoot } from './helpers/fixture-corpus';
import { hanCharacters, pinyinForms } from '../../src/lib/search/characters';

describe('findCodes', () => {
  it.each([
    ['HV-01.3', ['HV-01.3']],
    ['hv01.3', ['HV-01.3']],
    ['hv013', ['HV-01.3']],
    ['hv0103', ['HV-01.3']],
    ['HV 01 3', ['HV-01.3']],
    ['ＨＶ－０１．３', ['HV-01.3']],
    ['hv-04-12', ['HV-04.12']],
    ['PC-01', ['PC-01']],
    ['HV-03 和 pc01.2', ['HV-03', 'PC-01.2']],
  ])('reads %s as %j', (query, codes) => {
    expect(findCodes(query).codes).toEqual(codes);
  });

  it('leaves words alone and returns the rest of the query', () => {
    expect(findCodes('上门前准备 HV-03')).toEqual({ codes: ['HV-03'], rest: '上门前准备' });
    expect(findCodes('12378 投诉').codes).toEqual([]);
    expect(findCodes('M3 逾期').codes).toEqual([]);
    expect(findCodes('GB/T 45251-2025').codes).toEqual([]);
  });
});

describe('reading the words of a query', () => {
  it('normalises width and spaces', () => {
    expect(normalizeQuery('  ＬＰＲ　四倍  ')).toBe('LPR 四倍');
  });

  it('drops particles and filler, keeps domain words whole', () => {
    expect(contentTerms('上门催收可以进家吗')).toEqual(['上门', '催收', '进家']);
    expect(contentTerms('停息挂账怎么申请')).toEqual(['停息挂账', '申请']);
    expect(contentTerms('信用卡逾期三个月')).toEqual(['信用卡', '逾期', '三个月']);
  });

  it('keeps a question made only of filler searchable', () => {
    expect(contentTerms('怎么办').length).toBeGreaterThan(0);
  });

  it("maps a reader's word to the site's word, and a site word to the other site words", () => {
    expect(siteWord('实地走访')).toBe('上门');
    expect(siteWord('催账')).toBe('催收');
    expect(siteWord('上门')).toBe('上门');
    expect(siteAlternatives('外访').map((a) => a.query)).toEqual(['上门', '走访']);
    expect(siteAlternatives('催款').map((a) => a.query)).toContain('催收');
    // Never from one reader's word to another: words no page has find only stray characters.
    expect(siteAlternatives('催收').map((a) => a.query)).not.toContain('催账');
  });

  it('lists every glossary term among the domain words', () => {
    const glossary = parse(readFileSync(join(projectRoot, 'content/glossary.yaml'), 'utf8')) as { term: string }[];
    const known = new Set(domainWords);
    expect(glossary.map((g) => g.term).filter((term) => !known.has(term))).toEqual([]);
  });

  it('has no word in two synonym groups', () => {
    const words = synonymGroups.flatMap((g) => [...g.site, ...g.say]);
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });
});

describe('mendTypos', () => {
  it.each([
    ['征信异意', '征信异议'],
    ['冒充催手', '冒充催收'],
    ['上们前要准备什么', '上门前要准备什么'],
    ['外访前准被', '外访前准备'],
    ['晚上十点后还打电化', '晚上十点后还打电话'],
    ['贷款合销了还要还吗', '贷款核销了还要还吗'],
    ['诉讼实效是什么', '诉讼时效是什么'],
    ['呆账核消 征信还在吗', '呆账核销 征信还在吗'],
  ])('mends %s to %s', (query, mended) => {
    expect(mendTypos(query)).toBe(mended);
  });

  it.each(['上门催收可以进家吗', '催收人员上门要看证件', '利息超过四倍LPR还要还吗', '我们家里', '停息挂账', '催收一天能打几次电话',
    // A word one character away from a site word, but not an input-method slip: the characters do not sound alike.
    '借款合同上没写年化利率合法吗', '这期只能还一部分', 'HV-02.7 长期失联', '委外机构白名单', '逾期提醒短信范例'])(
    'leaves %s alone',
    (query) => {
      expect(mendTypos(query)).toBeUndefined();
    },
  );
});

describe('planSearch', () => {
  it('searches a code on its own first, at the highest weight', () => {
    const plan = planSearch('hv013');
    expect(plan.codes).toEqual(['HV-01.3']);
    expect(plan.searches[0]).toMatchObject({ query: 'HV-01.3', stage: 'code' });
    expect(Math.max(...plan.searches.map((s) => s.weight))).toBe(plan.searches[0]!.weight);
  });

  it("searches the reader's words, the site's words, mixes and relaxations, each once", () => {
    const plan = planSearch('实地走访预约');
    const queries = plan.searches.map((s) => s.query);
    expect(queries[0]).toBe('实地走访 预约');
    expect(queries).toContain('上门 预约');
    expect(queries).toContain('外访 预约');
    expect(new Set(queries).size).toBe(queries.length);
    expect(plan.queries).toEqual([...new Set(plan.queries)]);
  });

  it('adds the mended wording when there is a slip', () => {
    expect(planSearch('征信异意').searches.find((s) => s.stage === 'typo')?.query).toBe('征信异议');
  });

  it('plans nothing for an empty query', () => {
    expect(planSearch('  ').searches).toEqual([]);
  });
});

describe('mergeHits', () => {
  const run = (stage: 'exact' | 'synonym' | 'code' | 'typo', weight: number, ids: string[]) => ({
    search: { query: stage, stage, weight }, hits: ids.map((id, i) => ({ id, score: 10 - i })),
  });

  it('fuses rankings: agreement between searches lifts a page', () => {
    const merged = mergeHits([run('exact', 1, ['a', 'b', 'c']), run('synonym', 1, ['b', 'c'])]);
    expect(merged.map((m) => m.hit.id)).toEqual(['b', 'c', 'a']);
  });

  it("takes a page's data from the search of the reader's own words when it found the page", () => {
    const merged = mergeHits([run('synonym', 2, ['a']), run('exact', 1, ['a'])]);
    expect(merged[0]!.stage).toBe('exact');
  });
  it('takes it from the mended search when the reader made a slip, so the excerpt marks the words spelt right', () => {
    expect(mergeHits([run('exact', 1, ['a']), run('typo', 1.5, ['a'])])[0]!.stage).toBe('typo');
  });

  it('leaves out the far tail but never a code match', () => {
    const many = Array.from({ length: 60 }, (_, i) => `p${i}`);
    const merged = mergeHits([run('exact', 1, many), run('code', 4, ['zz'])]);
    expect(merged[0]!.hit.id).toBe('zz');
    expect(merged.length).toBeLessThan(61);
    expect(merged.map((m) => m.hit.id)).toContain('zz');
  });
});

describe('rankByConcepts', () => {
  it('adds up each word\'s best score over its synonyms, scaled by the share of words a page has', () => {
    const concepts = [
      { term: '上门', worth: 1, alternatives: [{ query: '上门', weight: 1 }, { query: '外访', weight: 0.9 }] },
      { term: '进家', worth: 1, alternatives: [{ query: '进家', weight: 1 }, { query: '闯进', weight: 1 }] },
    ];
    const found = new Map([
      ['上门', [{ id: 'agent', score: 5 }]],
      ['外访', [{ id: 'right', score: 2 }, { id: 'agent', score: 1 }]],
      ['进家', []],
      ['闯进', [{ id: 'right', score: 10 }]],
    ]);
    // right: 0.9×2 + 10 = 11.8, both words; agent: 5, one word of two → 2.5.
    expect(rankByConcepts(concepts, found).map((h) => h.id)).toEqual(['right', 'agent']);
    expect(rankByConcepts([], found)).toEqual([]);
  });
});

describe('shapeResult', () => {
  const data = (over: Partial<RawData> = {}): RawData => ({
    url: '/procedures/home-visit-case-selection/',
    excerpt: '外访 <mark>派单</mark>',
    meta: { title: 'HV-01 外访案件筛选与风险评估', kind: 'procedures', code: 'HV-01' },
    sub_results: [
      { title: 'HV-01 外访案件筛选与风险评估', url: '/procedures/home-visit-case-selection/', excerpt: 'x' },
      { title: 'HV-01.3确定上门对象', url: '/procedures/home-visit-case-selection/#HV-01.3', excerpt: '<mark>HV</mark>', anchor: { id: 'HV-01.3' }, weighted_locations: [{ balanced_score: 2 }] },
      { title: '目的与适用范围', url: '/procedures/home-visit-case-selection/#目的', excerpt: 'y', anchor: { id: '目的' }, weighted_locations: [{ balanced_score: 5 }] },
    ],
    ...over,
  });

  it('turns a code query into the step itself, linked by its anchor', () => {
    const shown = shapeResult(data(), ['HV-01.3']);
    expect(shown).toMatchObject({ url: '/procedures/home-visit-case-selection/#HV-01.3', title: '确定上门对象', code: 'HV-01.3', codeMatch: true });
  });

  it('shows a page with its code apart and its best sections', () => {
    const shown = shapeResult(data(), []);
    expect(shown).toMatchObject({ url: '/procedures/home-visit-case-selection/', title: '外访案件筛选与风险评估', code: 'HV-01', kind: 'procedures', codeMatch: false });
    expect(shown.subs.map((s) => s.title)).toEqual(['目的与适用范围', '确定上门对象']);
    expect(shown.subs[1]!.code).toBe('HV-01.3');
  });

  it("does not list a section headed with the page's own title (the search page's h1) under the page", () => {
    const shown = shapeResult(data({
      url: '/search/', meta: { title: '搜索', kind: 'tools' },
      sub_results: [{ title: '搜索', url: '/search/#search-title', excerpt: '搜索', anchor: { id: 'search-title' } }],
    }));
    expect(shown).toMatchObject({ url: '/search/', title: '搜索', subs: [] });
  });

  it('makes the best entry the result on the glossary', () => {
    const shown = shapeResult(data({
      url: '/glossary/', meta: { title: '术语表', kind: 'glossary' },
      sub_results: [{ title: '宽限期 kuān xiàn qī grace period', url: '/glossary/#kuan-xian-qi', excerpt: 'z', anchor: { id: 'kuan-xian-qi' } }],
    }));
    expect(shown.url).toBe('/glossary/#kuan-xian-qi');
  });

  it('strips a leading code from a title', () => {
    expect(stripCode('HV-03 上门前准备', 'HV-03')).toBe('上门前准备');
    expect(stripCode('上门前准备', undefined)).toBe('上门前准备');
  });
});

describe('URL state', () => {
  it('round-trips the query and filters in a stable order', () => {
    const state = stateFromSearch('?kind=rights&q=%E4%B8%8A%E9%97%A8&kind=procedures&audience=borrower');
    expect(state).toEqual({ q: '上门', filters: { kind: ['rights', 'procedures'], audience: ['borrower'], tier: [] } });
    expect(searchFromState(state)).toBe('?q=%E4%B8%8A%E9%97%A8&kind=procedures&kind=rights&audience=borrower');
    expect(searchFromState({ q: ' ', filters: { kind: [], audience: [], tier: [] } })).toBe('');
  });

  it("builds Pagefind's filter object: any value within a group, every group", () => {
    expect(pagefindFilters({ kind: ['rights', 'procedures'], audience: [], tier: ['M3+'] })).toEqual({
      kind: { any: ['rights', 'procedures'] }, tier: { any: ['M3+'] },
    });
  });
});

describe('index helpers', () => {
  it('splits a built list page into one record per entry, at its anchor', async () => {
    const { entryRecords } = await import('../../src/integrations/pagefind');
    const html = `<!doctype html><html lang="zh-CN"><body><main>
      <section class="term-entry" data-search-entry="kuan-xian-qi"><span hidden data-entry-meta="title:宽限期"></span><h2 id="kuan-xian-qi" data-pagefind-weight="10">宽限期</h2><p>还款日之后的一小段时间。</p></section>
      <section class="term-entry" data-search-entry="zhang-ling"><h2 id="zhang-ling">账龄</h2></section>
    </main></body></html>`;
    const records = entryRecords(html, '/glossary/');
    expect(records.map((r) => r.url)).toEqual(['/glossary/#kuan-xian-qi', '/glossary/#zhang-ling']);
    expect(records[0]!.content).toContain('<html lang="zh-CN">');
    expect(records[0]!.content).toContain('data-pagefind-body');
    expect(records[0]!.content).toContain('宽限期');
    expect(records[0]!.content).not.toContain('id="kuan-xian-qi"');
    expect(records[0]!.content).not.toContain('账龄');
    // The entry's meta is Pagefind's in its own record only (the list page's record ignores it).
    expect(records[0]!.content).toContain('data-pagefind-meta="title:宽限期"');
    expect(records[0]!.content).not.toContain('data-entry-meta');
  });

  it('lists each Chinese character of a page once', () => {
    expect(hanCharacters('催收人员上门', 'HV-01 催收')).toBe('催 收 人 员 上 门');
    expect(hanCharacters('no Chinese')).toBe('');
  });
  it('gives a term\'s pinyin as readers type it: toneless syllables, joined pairs, the whole', () => {
    expect(pinyinForms('tíng xī guà zhàng')).toBe('ting xi gua zhang tingxi xigua guazhang tingxiguazhang');
    expect(pinyinForms('wài fǎng')).toBe('wai fang waifang');
    expect(pinyinForms('Lǜ shī')).toBe('lu shi lushi');
  });
});

describe('tierOfDays', () => {
  it.each([
    ['信用卡逾期45天', 'zh', 'M2'], ['逾期8天', 'zh', 'M1'], ['逾期30天', 'zh', 'M1'],
    // The first week is the first-week guide's, not a tier's; past a number is past it.
    ['逾期 1 天', 'zh', undefined], ['逾期一周了', 'zh', undefined], ['m3+ 逾期超过九十天', 'zh', '超过90天'], ['more than 60 days late', 'en', 'M3'], ['逾期61天', 'zh', 'M3'], ['逾期100天以上', 'zh', '超过90天'],
    ['60 days late', 'en', 'M2'], ['91 days overdue', 'en', 'more than 90 days'], ['day 0', 'en', undefined],
    // Weeks and months, in figures or words: 30 days a month.
    ['逾期三个月', 'zh', 'M3'], ['逾期四个月了算不良贷款吗', 'zh', '超过90天'], ['逾期一个半月了', 'zh', 'M2'], ['半个月没还', 'zh', 'M1'],
    ['逾期两周', 'zh', 'M1'], ['逾期四十五天', 'zh', 'M2'], ['欠了一百二十天', 'zh', '超过90天'], ['逾期十二个月', 'zh', '超过90天'], ['6 weeks behind on my loan', 'en', 'M2'], ['two months late', 'en', 'M2'],
    ['no payments on my card for 5 months now what', 'en', 'more than 90 days'],
    // A plan's length is not a delay; the first length named counts.
    ['欠了2万 分12个月还', 'zh', undefined], ['card is 80 days overdue, what before it hits 3 months', 'en', 'M3'],
    // Days that are not days overdue: no tier.
    ['投诉15天没回复', 'zh', undefined], ['answer within 15 days', 'en', undefined], ['欠款80天', 'zh', 'M3'],
    // Agents' days past due.
    ['75 dpd what can i still do', 'en', 'M3'], ['120DPD', 'zh', '超过90天'],
  ] as const)('%s → %s', (query, lang, tier) => {
    expect(tierOfDays(query, lang)).toBe(tier);
  });
  it('leads the plan with the tier, within the budget of searches', () => {
    const plan = planSearch('信用卡逾期45天会怎样');
    expect(plan.queries).toContain('M2');
    expect(plan.queries.length).toBeLessThanOrEqual(8);
  });
});

describe('the budget of Pagefind searches', () => {
  const suite = (file: string) => (JSON.parse(readFileSync(join(projectRoot, file), 'utf8')) as { queries: { query: string }[] }).queries;
  it.each([['tests/search-queries.json', 'zh'], ['tests/search-queries.en.json', 'en']] as const)('no query of %s plans more than 8 searches', (file, lang) => {
    const over = suite(file).map((q) => [q.query, planSearch(q.query, lang).queries.length] as const).filter(([, n]) => n > 8);
    expect(over).toEqual([]);
  });
  it('keeps the reader\'s own words and each word alone before the variations', () => {
    const plan = planSearch('上门催收可以进家吗');
    expect(plan.queries.length).toBe(8);
    expect(plan.queries.slice(0, 2)).toEqual(['上门 催收 进家', '上门 催收 进门']);
    // Every search and every concept alternative the fusion reads was run.
    for (const s of plan.searches) expect(plan.queries).toContain(s.query);
    for (const c of plan.concepts) for (const a of c.alternatives) expect(plan.queries).toContain(a.query);
  });
});

describe("the suites' other right answers (also)", () => {
  const published = new Set((JSON.parse(readFileSync(join(projectRoot, 'content/published.json'), 'utf8')) as { pages: string[] }).pages);
  const ids = (file: string) => new Set([...readFileSync(join(projectRoot, 'content', file), 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]!));
  const registers: Record<string, Set<string>> = { glossary: ids('glossary.yaml'), sources: ids('sources.yaml') };
  /** A page of the site: a published URL, or an entry of the glossary or the sources register. */
  const real = (url: string) => {
    const [path, anchor] = url.split('#');
    const register = /\/(glossary|sources)\/$/.exec(path!)?.[1];
    return published.has(path!) && (anchor === undefined || (register !== undefined && registers[register]!.has(anchor)));
  };
  it.each(['tests/search-queries.json', 'tests/search-queries.en.json'])('%s names real pages, other than the expected one', (file) => {
    const queries = (JSON.parse(readFileSync(join(projectRoot, file), 'utf8')) as { queries: { query: string; expect: string; also?: string[] }[] }).queries;
    const withAlso = queries.filter((q) => q.also);
    expect(withAlso.length).toBeGreaterThan(0);
    for (const q of withAlso) {
      expect(q.also!.length, q.query).toBeGreaterThan(0);
      expect(q.also, q.query).not.toContain(q.expect);
      expect(q.also!.filter((url) => !real(url)), q.query).toEqual([]);
    }
  });
});

describe('the English planner', () => {
  it('drops filler, keeps phrases whole and searches the site\'s words', () => {
    const plan = planSearch('can a debt collector come into my house', 'en');
    expect(plan.terms).toEqual(['debt collector', 'come', 'house']);
    expect(plan.queries).toContain('collector come home');
  });
});
