/** Property tests over random valid plans (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSchedule, pmt, type PlanInput, type Schedule } from '../../../src/lib/repayment/index';
import { validPlanArb } from './arbitraries';

const fen = (yuan: number) => Math.round(yuan * 100);
const RUNS = { numRuns: 300 };

const isCleanAmount = (x: number) => Number.isFinite(x) && x >= 0 && !Object.is(x, -0) && Number(x.toFixed(2)) === x;

const check = (property: (plan: PlanInput, schedule: Schedule) => void) =>
  fc.assert(fc.property(validPlanArb, (plan) => property(plan, buildSchedule(plan))), RUNS);

describe('every valid plan', () => {
  it('has one row per month, numbered 1 … n', () =>
    check((plan, s) => {
      expect(s.rows.map((r) => r.period)).toEqual(Array.from({ length: plan.months }, (_, i) => i + 1));
    }));

  it('repays exactly the principal: principal parts sum to it to the fen', () =>
    check((plan, s) => {
      expect(s.rows.reduce((sum, r) => sum + fen(r.principal), 0)).toBe(fen(plan.principal));
    }));

  it('ends with a balance of 0', () =>
    check((_, s) => {
      expect(s.rows.at(-1)!.balance).toBe(0);
    }));

  it('never lets the balance rise', () =>
    check((plan, s) => {
      let previous = fen(plan.principal);
      for (const row of s.rows) {
        expect(fen(row.balance)).toBeLessThanOrEqual(previous);
        previous = fen(row.balance);
      }
    }));

  it('has no negative, NaN, infinite or negative-zero amount, and at most 2 decimals', () =>
    check((_, s) => {
      for (const row of s.rows) {
        for (const x of [row.payment, row.principal, row.interest, row.fee, row.balance]) expect(isCleanAmount(x)).toBe(true);
      }
      for (const x of [s.totalPayment, s.totalInterest, s.totalFee]) expect(isCleanAmount(x)).toBe(true);
      for (const x of [s.aprPercent, s.earPercent]) {
        expect(Number.isFinite(x)).toBe(true);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(Object.is(x, -0)).toBe(false);
      }
    }));

  it('has payment = principal + interest + fee in each row', () =>
    check((_, s) => {
      for (const row of s.rows) expect(fen(row.payment)).toBe(fen(row.principal) + fen(row.interest) + fen(row.fee));
    }));

  it('has totals equal to the row sums', () =>
    check((_, s) => {
      const sum = (pick: (r: Schedule['rows'][number]) => number) => s.rows.reduce((total, r) => total + fen(pick(r)), 0);
      expect(fen(s.totalPayment)).toBe(sum((r) => r.payment));
      expect(fen(s.totalInterest)).toBe(sum((r) => r.interest));
      expect(fen(s.totalFee)).toBe(sum((r) => r.fee));
    }));

  it('has due dates that keep the first day of the month, clamped to the month end', () =>
    check((plan, s) => {
      if (!plan.firstDueDate) return;
      const day = Number(plan.firstDueDate.slice(8));
      s.rows.forEach((row, i) => {
        const [y, m, d] = row.dueDate!.split('-').map(Number) as [number, number, number];
        const monthsFromFirst = (y - Number(plan.firstDueDate!.slice(0, 4))) * 12 + (m - Number(plan.firstDueDate!.slice(5, 7)));
        expect(monthsFromFirst).toBe(i);
        const monthEnd = new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(d).toBe(Math.min(day, monthEnd));
      });
    }));

  it('has EAR ≥ APR (compounding only adds)', () =>
    check((_, s) => {
      expect(s.earPercent).toBeGreaterThanOrEqual(s.aprPercent - 1e-9);
    }));
});

describe('the annualised rate', () => {
  it('is exactly 0 for a plan that costs nothing', () =>
    fc.assert(
      fc.property(validPlanArb, (plan) => {
        const free: PlanInput = { ...plan };
        if (free.method === 'fixed-fee') free.monthlyFeePercent = 0;
        else if (free.method !== 'interest-free') free.annualRatePercent = 0;
        const s = buildSchedule(free);
        expect(s.aprPercent).toBe(0);
        expect(s.earPercent).toBe(0);
        expect(s.totalPayment).toBe(free.principal);
      }),
      RUNS,
    ));

  it('is at least the nominal rate of a fee plan (the fee is charged on the original principal)', () =>
    fc.assert(
      fc.property(validPlanArb, (plan) => {
        if (plan.method !== 'fixed-fee') return;
        const s = buildSchedule(plan);
        const principalFen = fen(plan.principal);
        const feeFen = fen(s.rows[0]!.fee);
        // Exactly: APR ≥ 12 × (the fee actually charged / principal).
        expect(s.aprPercent).toBeGreaterThanOrEqual((1200 * feeFen) / principalFen - 1e-9);
        // Against the stated rate, up to the half fen the fee is rounded by.
        expect(s.aprPercent).toBeGreaterThanOrEqual(12 * plan.monthlyFeePercent! - (1200 * 0.5) / principalFen - 1e-9);
      }),
      RUNS,
    ));

  it('is close to the nominal rate for interest on the balance (larger loans, where rounding is small)', () =>
    fc.assert(
      fc.property(validPlanArb, (plan) => {
        if (!['equal-installment', 'equal-principal', 'interest-only'].includes(plan.method) || plan.principal < 100_000) return;
        const s = buildSchedule(plan);
        expect(Math.abs(s.aprPercent - plan.annualRatePercent!)).toBeLessThan(0.01);
      }),
      RUNS,
    ));
});

describe('等额本息 agrees with the spreadsheet PMT', () => {
  it('the instalment of periods 1 … n−1 is PMT rounded to the fen (within a fen)', () =>
    fc.assert(
      fc.property(validPlanArb, (plan) => {
        if (plan.method !== 'equal-installment' || plan.months < 2 || plan.principal < 10_000) return;
        const s = buildSchedule(plan);
        const expected = -pmt(plan.annualRatePercent! / 1200, plan.months, plan.principal);
        // Half a fen of rounding, plus the float PMT's own error: at a tiny rate (1+r)^n − 1
        // cancels and loses digits (¥62,192,233.63 at 0.001 % over 6 months: the float PMT is
        // 0.0011 above the exact 10,365,402.50402, found by this property). 1e-9 relative covers it.
        expect(Math.abs(s.rows[0]!.payment - expected)).toBeLessThanOrEqual(0.0051 + Math.abs(expected) * 1e-9);
        // Every period before the one that clears the balance pays the same instalment. (With a
        // high rate over many years the half-fen rounding of A compounds, and the loan can be
        // cleared a period or two early; the periods after that owe nothing.)
        const clearing = s.rows.findIndex((r) => r.balance === 0);
        expect(new Set(s.rows.slice(0, clearing).map((r) => r.payment)).size).toBeLessThanOrEqual(1);
        expect(s.rows.slice(clearing + 1).every((r) => r.payment === 0)).toBe(true);
      }),
      RUNS,
    ));
});
