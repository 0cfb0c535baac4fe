/** Who is asking (src/lib/search/voice.ts), and how the cards weigh pages for the other reader. */
import { describe, expect, it } from 'vitest';
import { speaksTo, voiceOf } from '../../src/lib/search/voice';
import { buildCardIndex, rankCards, ranking, readCardQuery, type Card } from '../../src/lib/search/cards';

describe('voiceOf', () => {
  it.each([
    ['催收打电话给我家人', 'borrower'],
    ['换不同号码轮流打我电话', 'borrower'],
    ['客户说要跳楼 怎么回', 'agent'],
    ['我该怎么跟客户说', 'agent'],
    ['新人上岗前要学什么', 'agent'],
    ['我们公司的外访流程', 'agent'],
    ['我是新来的催收专员 第一次上门要注意什么', 'agent'],
    ['我司委托的机构打电话太多', 'agent'],
    ['上门催收违法吗', undefined],
    ['我们家里', undefined],
  ])('%s → %s', (query, voice) => {
    expect(voiceOf(query, 'zh')).toBe(voice);
  });
  it.each([
    ['the collector called my mother', 'borrower'],
    ["I'm 40 days late", 'borrower'],
    ['how do I tell the customer about fees', 'agent'],
    ['is a home visit legal', undefined],
    ['imprisonment for card debt', undefined],
  ])('%s → %s', (query, voice) => {
    expect(voiceOf(query, 'en')).toBe(voice);
  });
});

describe('speaksTo', () => {
  it('reads the audience a page names, else its kind, else everyone', () => {
    expect(speaksTo('borrower', ['agent', 'compliance'], 'procedures')).toBe(false);
    expect(speaksTo('borrower', ['agent', 'borrower'], 'rights')).toBe(true);
    expect(speaksTo('agent', ['borrower'], 'letters')).toBe(false);
    expect(speaksTo('borrower', [], 'modules')).toBe(false);
    expect(speaksTo('agent', [], 'modules')).toBe(true);
    expect(speaksTo('borrower', undefined, 'glossary')).toBe(true);
  });
});

describe('the voice in the card ranking', () => {
  const card = (id: string, audience: string[]): Card => ({
    id, url: `/x/${id}/`, title: '催收电话打到家人', summary: '', asked: '', steps: [], filters: { audience },
  });
  // Two cards alike but for their readers: the voice alone decides.
  const index = buildCardIndex({ lang: 'zh', cards: [card('agents', ['agent', 'compliance']), card('borrowers', ['borrower'])] });
  const order = (query: string) => rankCards(index, readCardQuery(query, 'zh')).map((h) => [h.card.id, h.score] as const);

  it("puts the borrower's page first for 我, the agent's for 客户, and leaves a query without a voice to the text", () => {
    expect(order('催收电话打到我家人')[0]![0]).toBe('borrowers');
    expect(order('催收电话打到客户家人')[0]![0]).toBe('agents');
    const plain = order('催收电话打到家人');
    expect(plain[0]![1]).toBe(plain[1]![1]);
  });
  it('weighs the other reader’s page by ranking.otherVoice, not out', () => {
    const [first, second] = order('催收电话打到我家人');
    expect(second![1] / first![1]).toBeCloseTo(ranking.otherVoice);
    expect(ranking.otherVoice).toBeGreaterThan(0);
  });
});
