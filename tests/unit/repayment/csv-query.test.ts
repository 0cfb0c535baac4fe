import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSchedule,
  calculatorQuery,
  checkPlanInput,
  DEFAULT_PLAN_FORM,
  formToPlanInput,
  parseCalculatorQuery,
  parseNumberInput,
  scheduleCsv,
  type PlanInput,
} from '../../../src/lib/repayment/index';
import { validPlanArb } from './arbitraries';

const headings = { period: '期数', dueDate: '还款日', payment: '应还金额', principal: '本金', interest: '利息', fee: '手续费', balance: '剩余本金' };

describe('scheduleCsv', () => {
  it('is UTF-8 text with a BOM, CRLF lines, a header and one line per period', () => {
    // ¥1,000 / 3 months / 12%: see schedule.test.ts for the hand-worked rows
    const csv = scheduleCsv(buildSchedule({ method: 'equal-installment', principal: 1000, months: 3, annualRatePercent: 12 }), headings);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe(
      '\uFEFF期数,应还金额,本金,利息,手续费,剩余本金\r\n' +
        '1,340.02,330.02,10.00,0.00,669.98\r\n' +
        '2,340.02,333.32,6.70,0.00,336.66\r\n' +
        '3,340.03,336.66,3.37,0.00,0.00\r\n',
    );
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('adds the due date column when the plan has dates, and quotes cells that need it', () => {
    const csv = scheduleCsv(buildSchedule({ method: 'interest-free', principal: 200, months: 2, firstDueDate: '2025-01-31' }), {
      ...headings,
      payment: 'Payment, total',
    });
    expect(csv.split('\r\n')).toEqual(['\uFEFF期数,还款日,"Payment, total",本金,利息,手续费,剩余本金', '1,2025-01-31,100.00,100.00,0.00,0.00,100.00', '2,2025-02-28,100.00,100.00,0.00,0.00,0.00', '']);
  });
});

describe('parseNumberInput', () => {
  it.each([
    ['12000', 12000],
    [' 12,000.50 ', 12000.5],
    ['１２０００', 12000],
    ['６．５', 6.5],
    ['¥3,000', 3000],
    ['0.6%', 0.6],
    ['-0', 0],
    ['.5', 0.5],
  ])('%j → %d', (text, value) => {
    expect(Object.is(parseNumberInput(text), value)).toBe(true);
  });
  it.each(['abc', '1e5', '12-3', '1.2.3', 'Infinity', 'NaN', '0x10'])('%j → NaN', (text) => {
    expect(parseNumberInput(text)).toBeNaN();
  });
  it('empty → undefined', () => {
    expect(parseNumberInput('  ')).toBeUndefined();
  });
});

describe('URL state', () => {
  it('round-trips a valid plan with plans to compare and an affordability check', () => {
    fc.assert(
      fc.property(validPlanArb, fc.array(validPlanArb, { maxLength: 2 }), (plan, others) => {
        const compare = others.map(({ firstDueDate: _ignored, ...rest }) => rest as PlanInput);
        const query = calculatorQuery(plan, compare, { income: '8000', essentials: '5000' });
        const { state, rejected } = parseCalculatorQuery(query);
        expect(rejected).toEqual([]);
        const restored = checkPlanInput(formToPlanInput(state.plan));
        expect(restored.ok && restored.value).toEqual(plan);
        expect(state.compare.map((values) => checkPlanInput(formToPlanInput(values))).map((c) => c.ok && c.value)).toEqual(compare);
        expect(state.afford).toEqual({ income: '8000', essentials: '5000' });
      }),
      { numRuns: 200 },
    );
  });

  it('drops malformed parameters, names them, and keeps the rest', () => {
    const { state, rejected } = parseCalculatorQuery('?method=interest-free&principal=abc&months=999&first=2023-02-30&vs=oops&income=-5');
    expect(rejected).toEqual(['principal', 'months', 'first', 'vs', 'income']);
    expect(state.plan).toEqual({ ...DEFAULT_PLAN_FORM, method: 'interest-free' });
    expect(state.compare).toEqual([]);
  });

  it('keeps at most two plans to compare', () => {
    const vs = 'vs=interest-free_1000_10__';
    const { state, rejected } = parseCalculatorQuery(`?${vs}&${vs}&${vs}`);
    expect(state.compare).toHaveLength(2);
    expect(rejected).toEqual(['vs']);
  });

  it('never throws, whatever the query', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.webQueryParameters()), (text) => {
        const { state } = parseCalculatorQuery(text);
        expect(checkPlanInput(formToPlanInput(state.plan)).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
    for (const text of ['?%', '?%E0%A4%A', '?principal=%FF', '?method=__proto__&constructor=1', '?'.padEnd(10000, 'x')]) {
      expect(() => parseCalculatorQuery(text)).not.toThrow();
    }
  });
});
