/** The words around the numbers: formatting, the negotiation draft, and the two locales' strings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculatorStrings } from '../../../src/lib/i18n/calculator';
import { buildSchedule, type PlanInput } from '../../../src/lib/repayment/index';
import { negotiationDraft } from '../../../src/islands/calculator/draft';
import { fill, longDate, money, percent } from '../../../src/islands/calculator/format';
import { validPlanArb } from './arbitraries';

describe('format', () => {
  it('never shows NaN, Infinity or negative zero', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, -0.001]) {
      expect(money(bad, 'zh-cn')).toBe('¥0.00');
      expect(percent(bad)).toBe('0.00%');
    }
    expect(money(12345.675, 'en')).toMatch(/^¥12,345\.6[78]$/);
    expect(money(1032.8, 'zh-cn')).toBe('¥1,032.80');
    expect(percent(13.034224)).toBe('13.03%');
  });
  it('fills placeholders and refuses a missing one, naming it (the site\'s one filler)', () => {
    expect(fill('{a} and {b}', { a: 1, b: 2 })).toBe('1 and 2');
    expect(() => fill('{a} and {b}', { a: 1 })).toThrow(/\{b\}/);
    expect(longDate('2025-03-05', calculatorStrings['zh-cn'].dateFormat)).toBe('2025年3月5日');
  });
});

describe('negotiationDraft', () => {
  const plan: PlanInput = { method: 'interest-free', principal: 30000, months: 36, firstDueDate: '2025-03-31' };
  const schedule = buildSchedule(plan);

  it('carries the plan’s numbers and, for card debt, Article 70', () => {
    const text = negotiationDraft(plan, schedule, 'card', calculatorStrings['zh-cn'], 'zh-cn');
    // 30000 / 36 = 833.33…; 35 × 833.33 = 29166.55; the last pays 833.45
    expect(text).toContain('停息分期，共 36 期，首期还款日为 2025年3月31日');
    expect(text).toContain('每期还款 ¥833.33（末期 ¥833.45），合计还款 ¥30,000.00');
    expect(text).toContain('分期期间不再计收利息、罚息和其他费用。');
    expect(text).toContain('《商业银行信用卡业务监督管理办法》第七十条');
    expect(text).toContain('不超过 5 年');
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it('leaves the card rule out for other loans and states the cost of a costly plan', () => {
    const costly: PlanInput = { method: 'fixed-fee', principal: 12000, months: 12, monthlyFeePercent: 0.6 };
    const text = negotiationDraft(costly, buildSchedule(costly), 'loan', calculatorStrings['zh-cn'], 'zh-cn');
    expect(text).not.toContain('第七十条');
    expect(text).toContain('合同号后四位');
    expect(text).toContain('利息和手续费合计 ¥864.00，折合年化利率 13.03%');
    expect(text).toContain('首期还款日为【____年__月__日】');
  });

  it('is complete for any valid plan, in both languages', () => {
    fc.assert(
      fc.property(validPlanArb, fc.constantFrom('card' as const, 'loan' as const), fc.constantFrom('zh-cn' as const, 'en' as const), (p, kind, locale) => {
        const text = negotiationDraft(p, buildSchedule(p), kind, calculatorStrings[locale], locale);
        expect(text).not.toMatch(/\{\w+\}|NaN|Infinity|-0\.00|undefined/);
      }),
      { numRuns: 100 },
    );
  });
});

describe('calculator strings', () => {
  // Plural forms other than `other` belong to one language (English "one"; Chinese has none).
  const ownForms = new Set(['zero', 'one', 'two', 'few', 'many']);
  const entries = (value: object) => Object.entries(value).filter(([k]) => !ownForms.has(k));
  const shape = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(() => 'item') : typeof value === 'object' && value ? Object.fromEntries(entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;
  const placeholders = (value: unknown, path = ''): Record<string, string[]> =>
    typeof value === 'string'
      ? { [path]: [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort() }
      : Object.assign({}, ...entries(value as object).map(([k, v]) => placeholders(v, `${path}.${k}`)));

  it('have the same keys in Chinese and English', () => {
    expect(shape(calculatorStrings.en)).toEqual(shape(calculatorStrings['zh-cn']));
  });
  it('use the same placeholders in both languages', () => {
    expect(placeholders(calculatorStrings.en)).toEqual(placeholders(calculatorStrings['zh-cn']));
  });
  it('have no empty string', () => {
    const empty = Object.entries(placeholders(calculatorStrings['zh-cn'])).filter(([path]) => {
      const value = path.split('.').slice(1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], calculatorStrings['zh-cn']);
      return typeof value === 'string' && value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});
