/**
 * Answer cards: the terms (bigrams, words), the query's weights, the BM25F ranking,
 * filters, the sections a card puts first, the marked summary (src/lib/search/cards.ts),
 * and the cards written from Pagefind's fragments and the built HTML
 * (src/integrations/search-cards.ts). The fused ranking is measured in Chromium
 * against the built site (tests/e2e/search.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildCardIndex, cardData, cardTerms, keepTopicalMarks, markTerms, mendedQuery, mendEnglishTerm, passesFilters, queryTerms, rankCards, ranking, readCardQuery, specificFirst, withCardExcerpt, withCardSteps, type Card,
} from '../../src/lib/search/cards';
import { cardOf, summaryChars, writeCards } from '../../src/integrations/search-cards';
import { packCards, unpackCards } from '../../src/lib/search/card-file';
import type { RawData } from '../../src/lib/search/results';

const zh = (query: string) => readCardQuery(query, 'zh');
const card = (over: Partial<Card> & { id: string }): Card => ({
  url: `/x/${over.id}/`, title: '', summary: '', asked: '', steps: [], filters: {}, ...over,
});

describe('cardTerms', () => {
  it('makes Chinese bigrams, keeps a lone character, and splits digits from Han', () => {
    expect(cardTerms('催收电话', 'zh')).toEqual(['催收', '收电', '电话']);
    expect(cardTerms('信 用', 'zh')).toEqual(['信', '用']);
    expect(cardTerms('逾期45天', 'zh')).toEqual(['逾期', '45', '天']);
  });
  it('does not pair characters across punctuation', () => {
    expect(cardTerms('上门，进家', 'zh')).toEqual(['上门', '进家']);
  });
  it('lower-cases and stems English words alike in query and card', () => {
    expect(cardTerms('Collectors Calling', 'en')).toEqual(cardTerms('collector calls', 'en'));
  });
});

describe('queryTerms', () => {
  it('drops filler words and bigrams made only of filler', () => {
    const terms = [...queryTerms('账龄是什么意思', 'zh').keys()];
    expect(terms).toContain('账龄');
    expect(terms).not.toContain('是什');
    expect(terms).not.toContain('么意');
  });
  it('weighs a bigram spanning two words (天还 of 一天还要) less than one inside a word', () => {
    const terms = queryTerms('外访前一天还要确认吗', 'zh');
    expect(terms.get('一天')).toBe(1);
    expect(terms.get('天还')).toBe(ranking.acrossWords);
    expect(ranking.acrossWords).toBeLessThan(1);
  });
  it('keeps a bigram that is half topic (不上 of 还不上)', () => {
    expect([...queryTerms('这个月实在还不上了', 'zh').keys()]).toContain('不上');
  });
  it("adds the site's word for a reader's word, a little lighter, and its other site words lighter still", () => {
    const terms = queryTerms('被催账了', 'zh');
    expect(terms.get('催账')).toBe(1);
    expect(terms.get('催收')).toBe(0.8);
    expect(queryTerms('上门', 'zh').get('外访')).toBe(ranking.siblings);
  });
  it('adds the terms of a mended input-method slip', () => {
    expect(queryTerms('上们前要准备什么', 'zh').get('上门')).toBe(1);
  });
  it('adds the tier that holds a number of days', () => {
    expect(queryTerms('逾期45天', 'zh').get('m2')).toBe(ranking.tier);
    expect(queryTerms('45 days late', 'en').get('m2')).toBe(ranking.tier);
    expect(queryTerms('逾期', 'zh').has('m2')).toBe(false);
  });
});

describe('mendEnglishTerm', () => {
  const index = buildCardIndex({
    lang: 'en',
    cards: [
      card({ id: 'id', title: 'See the collector’s ID', summary: 'A collector must show ID and the right authorisation.' }),
      card({ id: 'plan', title: 'Ask for an instalment plan', summary: 'Harassment aside, a collector may agree an instalment plan.' }),
    ],
  });
  it.each([['colector', 'collector'], ['collecter', 'collector'], ['installment', 'instalment'], ['harrassment', 'harassment'], ['colletcor', 'collector'], ['colectro', undefined]])(
    'mends %s to %s (one letter added, dropped, changed or swapped; two edits are too many)',
    (typed, mended) => {
      expect(mendEnglishTerm(index, typed)).toBe(mended);
    },
  );
  it('leaves alone a word the cards hold, a short word, a slip at the first letter, and Chinese', () => {
    expect(mendEnglishTerm(index, 'collector')).toBeUndefined();
    expect(mendEnglishTerm(index, 'plam')).toBeUndefined();
    expect(mendEnglishTerm(index, 'eight')).toBeUndefined();
    expect(mendEnglishTerm(buildCardIndex({ lang: 'zh', cards: [card({ id: 'x', title: 'collector' })] }), 'colector')).toBeUndefined();
  });
  it('spells a mended query as the cards do, word by word, and says nothing when nothing was mended', () => {
    expect(mendedQuery(index, 'Can a colector ask about installments?', 'en')).toBe('Can a collector ask about instalment?');
    expect(mendedQuery(index, 'collector ID', 'en')).toBeUndefined();
    expect(mendedQuery(undefined, 'colector', 'en')).toBeUndefined();
    expect(mendedQuery(undefined, '呆账核消 征信还在吗', 'zh')).toBe('呆账核销 征信还在吗');
  });
  it('ranks the mended query as the word spelt right, as the engine reads it (mended before the query is read)', () => {
    const typed = rankCards(index, readCardQuery(mendedQuery(index, 'colector', 'en')!, 'en'));
    const right = rankCards(index, readCardQuery('collector', 'en'));
    expect(typed.map((h) => [h.card.id, h.score])).toEqual(right.map((h) => [h.card.id, h.score]));
    expect(typed.length).toBeGreaterThan(0);
  });
});

describe('rankCards', () => {
  const index = buildCardIndex({
    lang: 'zh',
    cards: [
      card({ id: 'pay', title: '现在：这个月还不上', asked: '这个月还不上怎么办 / 工资晚发 这期还不了' }),
      card({ id: 'plan', title: '协商分期', summary: '还款困难时可以协商分期还款，这个月先还一部分。' }),
      card({ id: 'night', title: '晚上十点后不得催收', asked: '半夜打电话催款' }),
    ],
  });
  it("puts the card whose questions say the reader's words first", () => {
    expect(rankCards(index, zh('这个月实在还不上了')).map((h) => h.card.id)[0]).toBe('pay');
  });
  it('finds a card by a word only its questions use', () => {
    expect(rankCards(index, zh('半夜 催款')).map((h) => h.card.id)).toEqual(['night']);
  });
  it('counts a retelling kind less unless the query names it', () => {
    const two = buildCardIndex({ lang: 'zh', cards: [card({ id: 'm', kind: 'modules', title: '外访准备' }), card({ id: 'p', kind: 'procedures', title: '外访准备流程' })] });
    expect(rankCards(two, zh('外访准备')).map((h) => h.card.id)).toEqual(['p', 'm']);
    expect(rankCards(two, zh('外访准备'), ['modules']).map((h) => h.card.id)).toEqual(['m', 'p']);
  });
  it('returns nothing for a query that shares no term', () => {
    expect(rankCards(index, zh('民法典'))).toEqual([]);
  });
  it('weighs a title match above the same words in a summary', () => {
    const two = buildCardIndex({ lang: 'zh', cards: [card({ id: 's', title: '其他', summary: '协商分期' }), card({ id: 't', title: '协商分期' })] });
    expect(rankCards(two, zh('协商分期')).map((h) => h.card.id)).toEqual(['t', 's']);
  });
});

describe('specificFirst', () => {
  const order = (items: [string, number][]) => specificFirst(items, ([url]) => url, ([, held]) => held).map(([url]) => url);
  it('puts an entry that holds more of the query before its list page', () => {
    expect(order([['/training/', 0.4], ['/procedures/x/', 0.3], ['/training/at-the-door/', 0.7]]))
      .toEqual(['/procedures/x/', '/training/at-the-door/', '/training/']);
    expect(order([['/glossary/', 0.2], ['/glossary/#zhang-ling', 0.9]])).toEqual(['/glossary/#zhang-ling', '/glossary/']);
  });
  it('keeps the list page first when its own words hold more of the query', () => {
    expect(order([['/training/', 0.8], ['/training/at-the-door/', 0.3]])).toEqual(['/training/', '/training/at-the-door/']);
  });
  it('looks only at the first eight', () => {
    const far: [string, number][] = [['/training/', 0.1], ...Array.from({ length: 8 }, (_, i): [string, number] => [`/p${i}/`, 0]), ['/training/a/', 1]];
    expect(order(far)[0]).toBe('/training/');
  });
  it('ranks held as the share of the query the card has', () => {
    const index = buildCardIndex({ lang: 'zh', cards: [card({ id: 'a', title: '上门现场' }), card({ id: 'b', title: '培训' })] });
    const byId = Object.fromEntries(rankCards(index, zh('上门现场 培训')).map((h) => [h.card.id, h.held]));
    expect(byId.a! + byId.b!).toBeCloseTo(1);
    expect(byId.a).toBeGreaterThan(byId.b!);
  });
  it("ranks a glossary term by its other names too (aka: pinyin, the other language's name)", () => {
    const index = buildCardIndex({ lang: 'en', cards: [
      card({ id: 'tx', url: '/en/glossary/#ting-xi-gua-zhang', title: 'interest suspension (停息挂账)', aka: 'ting xi gua zhang tingxi xigua guazhang tingxiguazhang' }),
      card({ id: 'bj', url: '/en/glossary/#ben-jin', title: 'principal (本金)', summary: 'what it actually means to owe the principal' }),
    ] });
    expect(rankCards(index, readCardQuery('tingxi guazhang what does it actually mean', 'en'))[0]!.card.id).toBe('tx');
  });
  it('does not count the words that name a kind: every module, and the list of them, holds 培训', () => {
    const index = buildCardIndex({ lang: 'zh', cards: [
      card({ id: 'list', url: '/training/', title: '新人培训课程 上门 电话 投诉' }),
      card({ id: 'door', url: '/training/at-the-door/', title: '上门现场' }),
    ] });
    const hits = rankCards(index, zh('上门现场 培训课程'));
    const held = Object.fromEntries(hits.map((h) => [h.card.url, h.held]));
    expect(held['/training/at-the-door/']).toBeGreaterThan(held['/training/']!);
    expect(specificFirst(hits, (h) => h.card.url, (h) => h.held).map((h) => h.card.url)).toEqual(['/training/at-the-door/', '/training/']);
    // A query of kind words and filler alone holds nothing topical: the list stays where it ranked.
    expect(rankCards(index, zh('新人培训 从哪开始')).every((h) => h.held === 0)).toBe(true);
  });
});

describe('passesFilters', () => {
  const c = card({ id: 'a', filters: { kind: ['rights'], audience: ['borrower', 'agent'] } });
  it('passes any chosen value within a group, and needs every group', () => {
    expect(passesFilters(c, {})).toBe(true);
    expect(passesFilters(c, { kind: { any: ['guides', 'rights'] } })).toBe(true);
    expect(passesFilters(c, { kind: { any: ['rights'] }, audience: { any: ['compliance'] } })).toBe(false);
  });
});

describe('the sections a card puts first', () => {
  const procedure = card({
    id: 'cp', url: '/procedures/cp/', title: 'CP-01 投诉处理', code: 'CP-01',
    steps: [['CP-01.1', '接收并登记'], ['CP-01.2', '分类并指定处理人'], ['CP-01.5', '征信异议：20 日内书面答复']],
  });
  const pagefindData: RawData = {
    url: '/procedures/cp/', excerpt: '', meta: { title: 'CP-01 投诉处理' },
    sub_results: [{ title: 'CP-01.1接收并登记', url: '/procedures/cp/#CP-01.1', excerpt: '', anchor: { id: 'CP-01.1' }, locations: [1, 2, 3] }],
  };
  it("adds and boosts the step whose heading shares the query's terms", () => {
    const subs = withCardSteps(pagefindData, procedure, zh('被投诉的专员能自己处理投诉吗')).sub_results;
    expect(subs.map((s) => s.anchor?.id)).toEqual(['CP-01.1', 'CP-01.2']);
    expect(subs[1]!.boost).toBeGreaterThan(0);
    expect(subs[0]!.boost).toBeUndefined();
  });
  it("weighs a heading term by how few of the page's headings hold it", () => {
    const visit = card({
      id: 'hv', url: '/procedures/hv/', title: 'HV-05 门口的特殊情况', code: 'HV-05',
      steps: [['HV-05.2', '借款人本人不在'], ['HV-05.6', '借款人生病或身体不适'], ['HV-05.7', '面对老年借款人'], ['HV-05.9', '家中只有未成年人']],
    });
    const data: RawData = { url: '/procedures/hv/', excerpt: '', meta: { title: 'HV-05 门口的特殊情况' }, sub_results: [] };
    // 借款人 heads three steps and 只有 one: the child-at-home step comes first.
    const subs = withCardSteps(data, visit, zh('外访遇到借款人家里只有小孩')).sub_results;
    expect([...subs].sort((a, b) => b.boost! - a.boost!)[0]!.anchor?.id).toBe('HV-05.9');
  });
  it('names the step whose code was typed', () => {
    const data = cardData(procedure, zh('cp-01.5'));
    expect(data.sub_results.map((s) => s.anchor?.id)).toEqual(['CP-01.5']);
    expect(data.sub_results[0]!.url).toBe('/procedures/cp/#CP-01.5');
  });
  it('leaves a page without steps as Pagefind gave it', () => {
    expect(withCardSteps(pagefindData, card({ id: 'r' }), zh('投诉'))).toBe(pagefindData);
  });
});

describe('withCardExcerpt', () => {
  const c = card({ id: 'm', summary: '借款人说不对、要投诉时怎么接' });
  const data = (excerpt: string): RawData => ({ url: '/x/', excerpt, meta: {}, sub_results: [] });
  it("shows the card's summary instead of the hidden character list", () => {
    expect(withCardExcerpt(data('<mark>投诉</mark>与异议. 投 诉 与 异 议 借 款.'), c, zh('投诉')).excerpt).toBe('借款人说不对、要<mark>投诉</mark>时怎么接');
  });
  it("keeps Pagefind's excerpt of the page's text", () => {
    const own = data('借款人<mark>投诉</mark>后 15 日内答复。');
    expect(withCardExcerpt(own, c, zh('投诉'))).toBe(own);
  });
  it("does the same on an English page, and for a glossary term's hidden pinyin list", () => {
    const term = card({ id: 't', summary: 'Interest stops and the debt is repaid in instalments.', aka: 'ting xi gua zhang tingxi xigua' });
    const en = readCardQuery('tingxi guazhang', 'en');
    expect(withCardExcerpt(data('业 务 监 督 管 理. ting xi gua zhang <mark>tingxi</mark> xigua'), term, en).excerpt).toBe(term.summary);
    expect(withCardExcerpt(data('written. ting xi gua zhang <mark>tingxi</mark> xigua'), term, en).excerpt).toBe(term.summary);
    const own = data('An <mark>interest</mark> freeze with instalments.');
    expect(withCardExcerpt(own, term, en)).toBe(own);
  });
});

describe('markTerms', () => {
  it('marks the characters of matching bigrams and escapes the rest', () => {
    expect(markTerms('夜间<催收>电话', queryTerms('催收电话', 'zh'), 'zh')).toBe('夜间&lt;<mark>催收</mark>&gt;<mark>电话</mark>');
  });
  it('marks English words by stem', () => {
    expect(markTerms('Collectors may not call', queryTerms('collector', 'en'), 'en')).toBe('<mark>Collectors</mark> may not call');
  });
});

describe('cards written from the built site', () => {
  const pageHtml = `<html lang="zh-CN"><head><meta name="description" content="先登记，再核实，&quot;书面&quot;答复。"></head><body>
    <div data-pagefind-body><h1>投诉处理</h1><p hidden data-pagefind-weight="3" data-asked>投诉多久答复 / 被投诉的专员能处理吗</p></div></body></html>`;
  const listHtml = `<section class="term-entry" data-search-entry="ben-jin"><span hidden data-pagefind-meta="title:本金"></span>
    <h2 id="ben-jin">本金 <span class="badge">běn jīn</span></h2><p class="term-entry__definition">借到手、尚未归还的钱本身。</p>
    <p data-pagefind-ignore>相关术语：<a href="#">罚息</a></p><p hidden data-pagefind-weight="0">本 金 借</p></section>`;

  it('reads a page: description, questions, and its steps from the fragment anchors', () => {
    const c = cardOf('zh-cn_1', {
      url: '/procedures/cp/', meta: { title: 'CP-01 投诉处理', kind: 'procedures', code: 'CP-01' }, filters: { kind: ['procedures'] },
      anchors: [{ id: '步骤', text: '步骤' }, { id: 'CP-01.1', text: 'CP-01.1接收并登记' }],
    }, pageHtml, 'zh');
    expect(c).toEqual({
      id: 'zh-cn_1', url: '/procedures/cp/', title: 'CP-01 投诉处理', kind: 'procedures', code: 'CP-01', short: undefined,
      summary: '先登记，再核实，"书面"答复。', asked: '投诉多久答复 / 被投诉的专员能处理吗', steps: [['CP-01.1', '接收并登记']],
      filters: { kind: ['procedures'] },
    });
  });
  it("reads a list entry from its own section: its visible text, not its heading, links or hidden characters", () => {
    const c = cardOf('zh-cn_2', { url: '/glossary/#ben-jin', meta: { title: '本金', kind: 'glossary' } }, `<html>${listHtml}</html>`, 'zh');
    expect(c.summary).toBe('借到手、尚未归还的钱本身。');
    expect(c.asked).toBe('');
  });
  it("reads a list entry's own questions, not its neighbour's, and a list page's own before its entries'", () => {
    const asking = (id: string, q: string) => `<section data-search-entry="${id}"><h2 id="${id}">${id}</h2><p hidden data-pagefind-ignore data-asked>${q}</p><p>定义</p></section>`;
    const html = `<html><head><meta name="description" content="术语表"></head><body><p hidden data-pagefind-ignore data-asked>术语 拼音对照</p>
      ${asking('dpd', 'DPD是什么意思')}${asking('ptp', 'PTP是什么意思')}</body></html>`;
    expect(cardOf('zh-cn_4', { url: '/glossary/#ptp', meta: { title: 'PTP' } }, html, 'zh').asked).toBe('PTP是什么意思');
    expect(cardOf('zh-cn_4', { url: '/glossary/#ptp', meta: { title: 'PTP' } }, html, 'zh').summary).toBe('定义');
    expect(cardOf('zh-cn_4', { url: '/glossary/#ptp', meta: { title: 'PTP', aka: 'huan kuan cheng nuo' } }, html, 'zh').aka).toBe('huan kuan cheng nuo');
    expect(cardOf('zh-cn_5', { url: '/glossary/', meta: { title: '术语表' } }, html, 'zh').asked).toBe('术语 拼音对照');
  });
  it('cuts a long summary with an ellipsis', () => {
    const long = '很'.repeat(200);
    const c = cardOf('zh-cn_3', { url: '/a/', meta: { title: 'A' } }, `<meta name="description" content="${long}">`, 'zh');
    expect([...c.summary].length).toBe(summaryChars.zh);
    expect(c.summary.endsWith('…')).toBe(true);
  });
  it("writes one gzipped file per language from Pagefind's fragments", async () => {
    const site = await mkdtemp(join(tmpdir(), 'cards-'));
    await mkdir(join(site, 'pagefind', 'fragment'), { recursive: true });
    await mkdir(join(site, 'procedures', 'cp'), { recursive: true });
    await writeFile(join(site, 'procedures', 'cp', 'index.html'), pageHtml);
    const fragment = (url: string, title: string) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify({ url, meta: { title } }))]));
    await writeFile(join(site, 'pagefind', 'fragment', 'zh-cn_abc.pf_fragment'), fragment('/procedures/cp/', '投诉处理'));
    await writeFile(join(site, 'pagefind', 'fragment', 'en_def.pf_fragment'), fragment('/en/x/', 'X'));
    expect(await writeCards(site)).toEqual({ 'zh-cn': 1, en: 1 });
    const zh = unpackCards(JSON.parse(gunzipSync(await readFile(join(site, 'pagefind', 'cards-zh-cn.pf_cards'))).toString('utf8')));
    expect(zh.lang).toBe('zh');
    expect(zh.cards.map((c: Card) => [c.id, c.title, c.asked])).toEqual([['zh-cn_abc', '投诉处理', '投诉多久答复 / 被投诉的专员能处理吗']]);
  });
});

describe('the card file', () => {
  it('stores cards by column and reads them back as they were, absent fields absent', () => {
    const cards: Card[] = [
      card({ id: 'zh-cn_a', title: '外访', code: 'HV-01', steps: [['HV-01.1', '预约']], filters: { kind: ['procedures'] } }),
      card({ id: 'zh-cn_b', title: '本金', aka: 'ben jin' }),
    ];
    const packed = JSON.parse(JSON.stringify(packCards({ lang: 'zh', cards })));
    expect(packed.columns.title).toEqual(['外访', '本金']);
    expect(unpackCards(packed)).toEqual({ lang: 'zh', cards });
  });
  it('reads a column an older file lacks as empty', () => {
    const packed = packCards({ lang: 'en', cards: [card({ id: 'en_a', title: 'Visit' })] });
    delete (packed.columns as Partial<typeof packed.columns>).steps;
    expect(unpackCards(packed).cards[0]!.steps).toEqual([]);
  });
});

describe('keepTopicalMarks', () => {
  it("unmarks Chinese words that hold none of the query's bigrams, and keeps the rest", () => {
    const html = '<mark>核销</mark>是<mark>账</mark>面处理，欠款不会<mark>消失</mark>，<mark>考核</mark>另算；<mark>LPR</mark>的4倍';
    expect(keepTopicalMarks(html, zh('呆账核消 LPR'))).toBe('<mark>核销</mark>是账面处理，欠款不会消失，考核另算；<mark>LPR</mark>的4倍');
  });
  it('reads a run of character marks as one word: 催收 is kept whole, a lone 后 or 进 is not', () => {
    const html = '<mark>催</mark><mark>收</mark>人员闯<mark>进</mark><mark>我家</mark>；<mark>十</mark><mark>点</mark><mark>后</mark>还打，本人<mark>后</mark>';
    expect(keepTopicalMarks(html, zh('上门催收晚上十点后进家'))).toBe('<mark>催收</mark>人员闯进我家；<mark>十点后</mark>还打，本人后');
  });
  it('keeps every mark for a query without a bigram, and for English', () => {
    expect(keepTopicalMarks('<mark>信</mark>用', zh('信'))).toBe('<mark>信</mark>用');
    expect(keepTopicalMarks('<mark>call</mark>s', readCardQuery('call', 'en'))).toBe('<mark>call</mark>s');
  });
});
