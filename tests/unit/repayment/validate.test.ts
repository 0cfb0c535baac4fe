/** Invalid input: always PlanInputError, listing every bad field, in the reader's language. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSchedule, checkPlanInput, PlanInputError, type PlanInput } from '../../../src/lib/repayment/index';
import { planWithOneBadFieldArb } from './arbitraries';

const FIELDS = ['method', 'principal', 'months', 'annualRatePercent', 'monthlyFeePercent', 'firstDueDate'];

const errorOf = (input: unknown, locale: 'zh-cn' | 'en' = 'zh-cn'): PlanInputError => {
  try {
    buildSchedule(input as PlanInput, locale);
  } catch (error) {
    if (error instanceof PlanInputError) return error;
    throw new Error(`threw something else: ${String(error)}`);
  }
  throw new Error('did not throw');
};

describe('PlanInputError', () => {
  it('lists every bad field at once, in Chinese by default', () => {
    const error = errorOf({ method: 'fixed-fee', principal: -5, months: 2.5, firstDueDate: '2023-02-29' });
    expect(error.issues.map((issue) => issue.field)).toEqual(['principal', 'months', 'monthlyFeePercent', 'firstDueDate']);
    expect(error.issues[0]!.message).toBe('金额须大于 0。');
    expect(error.issues[1]!.message).toBe('期数须为整数。');
    expect(error.issues[2]!.message).toBe('分期手续费方式需要填写每月手续费率。');
  });

  it('speaks English when asked', () => {
    const error = errorOf({ method: 'equal-installment', principal: 12000, months: 400 }, 'en');
    expect(error.issues).toEqual([
      { field: 'months', message: 'Enter between 1 and 360 months.' },
      { field: 'annualRatePercent', message: 'This method needs an annual rate (enter 0 if there is no interest).' },
    ]);
  });

  it('tells a missing field from one that is not a number', () => {
    const error = errorOf({ method: 'interest-free', months: Number.NaN }, 'en');
    expect(error.issues).toEqual([
      { field: 'principal', message: 'Fill in this field.' },
      { field: 'months', message: 'Enter a number, for example 12000 or 12000.50.' },
    ]);
  });

  it('rejects more than 2 decimals of yuan and more than 4 of a rate', () => {
    expect(errorOf({ method: 'equal-principal', principal: 10.001, months: 3, annualRatePercent: 6.00001 }, 'en').issues).toEqual([
      { field: 'principal', message: 'Use at most 2 decimal places (to the fen).' },
      { field: 'annualRatePercent', message: 'Use at most 4 decimal places for a rate.' },
    ]);
  });

  it.each([null, undefined, 42, 'plan', [], () => 1, Symbol('x')])('treats %s as a plan with every required field missing', (input) => {
    const error = errorOf(input);
    expect(error.issues.map((issue) => issue.field)).toEqual(['method', 'principal', 'months']);
  });

  it('survives an object whose properties throw when read', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); } });
    expect(errorOf(hostile).issues.length).toBeGreaterThan(0);
  });

  it('accepts the limits themselves', () => {
    expect(() => buildSchedule({ method: 'interest-only', principal: 100_000_000, months: 360, annualRatePercent: 1000 })).not.toThrow();
    expect(() => buildSchedule({ method: 'equal-installment', principal: 100_000_000, months: 360, annualRatePercent: 1000 })).not.toThrow();
    expect(() => buildSchedule({ method: 'fixed-fee', principal: 0.01, months: 1, monthlyFeePercent: 5 })).not.toThrow();
    expect(() => buildSchedule({ method: 'equal-installment', principal: 100_000_000, months: 360, annualRatePercent: 0.0001 })).not.toThrow();
  });
});

describe('the annual-rate limit', () => {
  it('accepts the site’s own case (a private loan at 10 % a month, 120 % a year) and predatory rates up to 1000 %', () => {
    // content/cases/zh-cn/illegal-interest-debt.mdx: ¥20,000, interest 2,000 a month, principal after 6 months
    const s = buildSchedule({ method: 'interest-only', principal: 20000, months: 6, annualRatePercent: 120 });
    expect(s.rows.map((row) => row.payment)).toEqual([2000, 2000, 2000, 2000, 2000, 22000]);
    expect(s.totalInterest).toBe(12000);
    // interest at exactly the rate on the whole debt each month: the APR is the nominal rate, 120 %
    expect(s.aprPercent).toBeCloseTo(120, 6);
    expect(checkPlanInput({ method: 'equal-installment', principal: 1000, months: 12, annualRatePercent: 1000 }).ok).toBe(true);
  });

  it('refuses an absurd rate with a message that says what to type, in both languages', () => {
    for (const rate of [1000.0001, 1001, 12000, 1e9]) {
      expect(errorOf({ method: 'equal-installment', principal: 1000, months: 12, annualRatePercent: rate }).issues).toEqual([
        { field: 'annualRatePercent', message: '年利率须在 0% 到 1000% 之间。比这更高的数字通常是多打了一位，或把别的数填进了这一栏。' },
      ]);
    }
    expect(errorOf({ method: 'interest-only', principal: 1000, months: 12, annualRatePercent: 5000 }, 'en').issues[0]!.message).toBe(
      'The annual rate must be between 0% and 1000%. A larger number is usually a typing slip or a figure from another field.',
    );
  });

  it('gives finite numbers at the limit for every rate method and term', () => {
    for (const method of ['equal-installment', 'equal-principal', 'interest-only'] as const) {
      for (const months of [1, 2, 12, 360]) {
        const s = buildSchedule({ method, principal: 100_000_000, months, annualRatePercent: 1000 });
        for (const x of [s.totalPayment, s.totalInterest, s.aprPercent, s.earPercent, ...s.rows.map((row) => row.payment)]) {
          expect(Number.isFinite(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(0);
        }
        expect(s.rows.at(-1)!.balance).toBe(0);
      }
    }
  });
});

describe('random invalid input', () => {
  it('one bad field: PlanInputError naming that field, never anything else', () => {
    fc.assert(
      fc.property(planWithOneBadFieldArb, fc.constantFrom('zh-cn' as const, 'en' as const), ({ plan, field, value }, locale) => {
        const input: Record<string, unknown> = { ...plan, [field]: value };
        // A cost field only counts for the methods that use it; make it relevant.
        if (field === 'annualRatePercent' && (input.method === 'interest-free' || input.method === 'fixed-fee')) input.method = 'equal-principal';
        if (field === 'monthlyFeePercent') input.method = 'fixed-fee';
        if (field === 'firstDueDate' && value === undefined) return;
        const error = errorOf(input, locale);
        expect(error.issues.map((issue) => issue.field)).toContain(field === 'method' && value === undefined ? 'method' : field);
        for (const issue of error.issues) {
          expect(FIELDS).toContain(issue.field);
          expect(issue.message.length).toBeGreaterThan(3);
        }
        expect(new Set(error.issues.map((issue) => issue.field)).size).toBe(error.issues.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('anything at all: either a valid plan or PlanInputError, never another exception', () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (input) => {
        if (checkPlanInput(input).ok) return;
        expect(errorOf(input).issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('records of plausible field names with random values', () => {
    const loose = fc.record(
      {
        method: fc.oneof(fc.constantFrom('equal-installment', 'fixed-fee', 'interest-only'), fc.anything()),
        principal: fc.oneof(fc.double(), fc.anything()),
        months: fc.oneof(fc.integer(), fc.double(), fc.anything()),
        annualRatePercent: fc.oneof(fc.double(), fc.anything()),
        monthlyFeePercent: fc.oneof(fc.double(), fc.anything()),
        firstDueDate: fc.oneof(fc.string(), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(loose, (input) => {
        const checked = checkPlanInput(input);
        if (checked.ok) expect(() => buildSchedule(input as PlanInput)).not.toThrow();
        else expect(errorOf(input).issues).toEqual(checked.issues);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the check', () => {
  it('speaks the reader\'s language, one message per bad field in form order', () => {
    const result = checkPlanInput({ method: 'interest-free', principal: 0, months: 12 }, 'en');
    expect(result).toEqual({ ok: false, issues: [{ field: 'principal', message: 'The amount must be more than 0.' }] });
    expect(checkPlanInput({ method: 'interest-free', principal: 1, months: 12 }, 'zh-cn').ok).toBe(true);
    // Every field wrong at once: each named once, the first failing test's message, in the form's order.
    const all = checkPlanInput({ method: 'fixed-fee', principal: -1.234, months: 1.5, monthlyFeePercent: Infinity, firstDueDate: 7 }, 'en');
    expect(all.ok).toBe(false);
    expect(!all.ok && all.issues.map((i) => i.field)).toEqual(['principal', 'months', 'monthlyFeePercent', 'firstDueDate']);
  });
});
