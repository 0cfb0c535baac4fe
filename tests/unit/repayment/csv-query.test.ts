import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculatorStrings } from '../../../src/lib/i18n/calculator';
import {
  buildSchedule,
  calculatorQuery,
  checkPlanInput,
  csvFileName,
  DEFAULT_PLAN_FORM,
  formToPlanInput,
  parseCalculatorQuery,
  parseNumberInput,
  scheduleCsv,
  type PlanInput,
} from '../../../src/lib/repayment/index';
import { validPlanArb } from './arbitraries';

const { table, csv: labels, methods } = calculatorStrings['zh-cn'];
const en = calculatorStrings.en;

/** The schedule part of a CSV: the lines after the first empty one. */
const scheduleLines = (csv: string) => csv.split('\r\n').slice(csv.split('\r\n').indexOf('') + 1);

describe('scheduleCsv', () => {
  it('is UTF-8 text with a BOM, CRLF lines, the plan and its totals, then a header and one line per period', () => {
    // ¥1,000 / 3 months / 12%: see schedule.test.ts for the hand-worked rows; APR = 12% (large enough that rounding does not show)
    const plan: PlanInput = { method: 'equal-installment', principal: 1000, months: 3, annualRatePercent: 12 };
    const csv = scheduleCsv(plan, buildSchedule(plan), methods[plan.method].name, labels, table);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe(
      '\uFEFF还款方式,等额本息\r\n' +
        '欠款本金（元）,1000.00\r\n' +
        '年利率（%）,12\r\n' +
        '还款期数,3\r\n' +
        '总还款（元）,1020.07\r\n' +
        '利息合计（元）,20.07\r\n' +
        '手续费合计（元）,0.00\r\n' +
        '年化利率（%，IRR 法）,12.00\r\n' +
        '\r\n' +
        '期数,应还金额,本金,利息,手续费,剩余本金\r\n' +
        '1,340.02,330.02,10.00,0.00,669.98\r\n' +
        '2,340.02,333.32,6.70,0.00,336.66\r\n' +
        '3,340.03,336.66,3.37,0.00,0.00\r\n',
    );
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    // no bare LF: every line break is CRLF
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('carries the fee rate, the first due date and the APR of a fee plan, and no annual rate', () => {
    // 0.6% a month on ¥12,000 over 12 months: fee 72 a month, 864 in all; APR 13.03% (see financial.test.ts)
    const plan: PlanInput = { method: 'fixed-fee', principal: 12000, months: 12, monthlyFeePercent: 0.6, firstDueDate: '2025-03-15' };
    const lines = scheduleCsv(plan, buildSchedule(plan), en.methods[plan.method].name, en.csv, en.table).slice(1).split('\r\n');
    expect(lines.slice(0, 10)).toEqual([
      'Method,Fee per instalment (分期手续费)',
      'Amount owed (yuan),12000.00',
      'Monthly fee rate (%),0.6',
      'Number of payments,12',
      'First due date,2025-03-15',
      'Total paid (yuan),12864.00',
      'Interest (yuan),0.00',
      'Fees (yuan),864.00',
      '"APR (%, IRR method)",13.03', // a label with a comma is quoted
      '',
    ]);
    expect(lines[10]).toBe('No.,Due date,Payment,Principal,Interest,Fee,Still owed');
    expect(lines[11]).toBe('1,2025-03-15,1072.00,1000.00,0.00,72.00,11000.00');
    expect(lines).toHaveLength(10 + 1 + 12 + 1);
  });

  it('adds the due date column when the plan has dates, and quotes cells that need it', () => {
    const plan: PlanInput = { method: 'interest-free', principal: 200, months: 2, firstDueDate: '2025-01-31' };
    const csv = scheduleCsv(plan, buildSchedule(plan), 'Split, "no interest"', labels, { ...table, payment: 'Payment, total' });
    expect(csv.split('\r\n')[0]).toBe('\uFEFF还款方式,"Split, ""no interest"""');
    expect(scheduleLines(csv)).toEqual(['期数,还款日,"Payment, total",本金,利息,手续费,剩余本金', '1,2025-01-31,100.00,100.00,0.00,0.00,100.00', '2,2025-02-28,100.00,100.00,0.00,0.00,0.00', '']);
  });

  it('for any valid plan: the header lines state its parameters and totals, the schedule has one line per period', () => {
    fc.assert(
      fc.property(validPlanArb, (plan) => {
        const schedule = buildSchedule(plan);
        const csv = scheduleCsv(plan, schedule, methods[plan.method].name, labels, table);
        const lines = csv.slice(1).split('\r\n');
        const meta = Object.fromEntries(lines.slice(0, lines.indexOf('')).map((l) => l.split(',') as [string, string]));
        expect(meta[labels.method]).toBe(methods[plan.method].name);
        expect(Number(meta[labels.amount])).toBe(plan.principal);
        expect(meta[labels.rate]).toBe(plan.annualRatePercent === undefined ? undefined : String(plan.annualRatePercent));
        expect(meta[labels.feeRate]).toBe(plan.monthlyFeePercent === undefined ? undefined : String(plan.monthlyFeePercent));
        expect(meta[labels.months]).toBe(String(plan.months));
        expect(meta[labels.firstDueDate]).toBe(plan.firstDueDate);
        expect(Number(meta[labels.totalPaid])).toBe(schedule.totalPayment);
        expect(Number(meta[labels.totalInterest])).toBe(schedule.totalInterest);
        expect(Number(meta[labels.totalFees])).toBe(schedule.totalFee);
        expect(meta[labels.apr]).toBe(schedule.aprPercent.toFixed(2));
        expect(scheduleLines(csv)).toHaveLength(1 + plan.months + 1);
        expect(csv).not.toMatch(/NaN|Infinity|undefined|-0\.00/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('csvFileName', () => {
  it('names the method, the term and the amount, in the reader’s language', () => {
    const plan: PlanInput = { method: 'equal-installment', principal: 10000, months: 12, annualRatePercent: 6 };
    expect(csvFileName(plan, labels)).toBe('还款计划-等额本息-12期-10000元.csv');
    expect(csvFileName(plan, en.csv)).toBe('repayment-plan-equal-installment-12-months-10000.csv');
    expect(csvFileName({ method: 'fixed-fee', principal: 12000.5, months: 24, monthlyFeePercent: 0.6 }, labels)).toBe('还款计划-分期手续费-24期-12000.5元.csv');
  });

  it('never holds a character a file system refuses', () => {
    fc.assert(
      fc.property(validPlanArb, fc.constantFrom(labels, en.csv), (plan, l) => {
        expect(csvFileName(plan, l)).toMatch(/^[^\\/:*?"<>|]+\.csv$/);
      }),
    );
    expect(csvFileName({ method: 'interest-free', principal: 1, months: 1 }, { ...labels, file: 'a/b:{method}?{months}*{principal}.csv' })).toBe('a-b-停息分期-1-1.csv');
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
  it('round-trips a valid plan with plans to compare', () => {
    fc.assert(
      fc.property(validPlanArb, fc.array(validPlanArb, { maxLength: 2 }), (plan, others) => {
        const compare = others.map(({ firstDueDate: _ignored, ...rest }) => rest as PlanInput);
        const query = calculatorQuery(plan, compare);
        const { state, rejected } = parseCalculatorQuery(query);
        expect(rejected).toEqual([]);
        const restored = checkPlanInput(formToPlanInput(state.plan));
        expect(restored.ok && restored.value).toEqual(plan);
        expect(state.compare.map((values) => checkPlanInput(formToPlanInput(values))).map((c) => c.ok && c.value)).toEqual(compare);
      }),
      { numRuns: 200 },
    );
  });

  it('never carries the reader’s own money: only the plan’s parameters and compared plans', () => {
    fc.assert(
      fc.property(validPlanArb, fc.array(validPlanArb, { maxLength: 2 }), (plan, others) => {
        const names = [...new URLSearchParams(calculatorQuery(plan, others)).keys()];
        expect(names.every((name) => ['method', 'principal', 'months', 'rate', 'fee', 'first', 'vs'].includes(name))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('does not read income, spending or a payment from an old link, and does not complain about them', () => {
    const { state, rejected } = parseCalculatorQuery('?method=interest-free&principal=30000&months=6&income=8000&essentials=5000&payment=2000');
    expect(rejected).toEqual([]);
    expect(state).toEqual({ plan: { ...DEFAULT_PLAN_FORM, method: 'interest-free', principal: '30000', months: '6' }, compare: [] });
    const check = checkPlanInput(formToPlanInput(state.plan));
    expect(check.ok && calculatorQuery(check.value, [])).toBe('?method=interest-free&principal=30000&months=6');
  });

  it('drops malformed parameters, names them, and keeps the rest', () => {
    const { state, rejected } = parseCalculatorQuery('?method=interest-free&principal=abc&months=999&first=2023-02-30&vs=oops');
    expect(rejected).toEqual(['principal', 'months', 'first', 'vs']);
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
