/** "I can pay ¥X a month" (paymentPlan) and the daily-or-monthly question about a typed rate (otherReadings). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AffordInputError,
  affordablePlan,
  buildSchedule,
  DAILY_UP_TO,
  MAX_ANNUAL_RATE,
  MAX_MONTHS,
  MONTHLY_FROM,
  MONTHLY_UP_TO,
  otherReadings,
  parsePlanInput,
  paymentPlan,
  pmt,
  type PlanInput,
} from '../../../src/lib/repayment/index';
import { validPlanArb } from './arbitraries';

const fen = (yuan: number) => Math.round(yuan * 100);
const largestFen = (plan: PlanInput) => Math.max(...buildSchedule(plan).rows.map((row) => fen(row.payment)));

describe('paymentPlan', () => {
  it('interest-free: the shortest term at that payment, by hand', () => {
    // 30000 / 12 = 2500.00 fits exactly; 30000 / 11 = 2727.27 does not
    const result = paymentPlan({ method: 'interest-free', principal: 30000, months: 6 }, 2500);
    expect(result.status).toBe('fits');
    if (result.status !== 'fits') return;
    expect(result.plan).toEqual({ method: 'interest-free', principal: 30000, months: 12 });
    expect(result.largestPayment).toBe(2500);
    // one fen less: 13 months, round(30000 / 13) = 2307.69, the last 30000 − 12 × 2307.69 = 2307.72
    const less = paymentPlan({ method: 'interest-free', principal: 30000, months: 6 }, 2499.99);
    expect(less.status === 'fits' && [less.plan.months, less.largestPayment]).toEqual([13, 2307.72]);
  });

  it('the site’s own case: ¥20,000 at 120 % a year (10 % a month), paying ¥2,500 a month', () => {
    // Interest is 2000 a month, so 500 goes to the principal at first. Annuity A(n) = 2000 · 1.1ⁿ / (1.1ⁿ − 1):
    // A(16) = 2556.33 > 2500, A(17) = 2493.28 ≤ 2500 (the float PMT agrees); the last period, which
    // clears the balance, is 2493.38, still within 2500.
    const plan: PlanInput = { method: 'equal-installment', principal: 20000, months: 6, annualRatePercent: 120 };
    expect(-pmt(0.1, 16, 20000)).toBeGreaterThan(2500);
    expect(-pmt(0.1, 17, 20000)).toBeCloseTo(2493.28, 2);
    const result = paymentPlan(plan, 2500);
    expect(result.status === 'fits' && result.plan.months).toBe(17);
    if (result.status !== 'fits') return;
    expect(result.schedule.rows[0]!.payment).toBe(2493.28);
    expect(result.largestPayment).toBe(2493.38);
    expect(result.schedule.rows.at(-1)!.balance).toBe(0);
  });

  it('says when the payment does not even cover the first month’s interest', () => {
    const plan: PlanInput = { method: 'equal-installment', principal: 20000, months: 6, annualRatePercent: 120 };
    expect(paymentPlan(plan, 1500)).toEqual({ status: 'below-interest', firstCost: 2000 });
    // exactly the interest: nothing left for the principal, so the debt never shrinks either
    expect(paymentPlan(plan, 2000)).toEqual({ status: 'below-interest', firstCost: 2000 });
    expect(paymentPlan({ ...plan, method: 'interest-only' }, 2000)).toEqual({ status: 'below-interest', firstCost: 2000 });
    expect(paymentPlan({ ...plan, method: 'equal-principal' }, 1999.99)).toEqual({ status: 'below-interest', firstCost: 2000 });
    // a fee plan: 0.6 % of 12000 = 72 a month, whatever the term
    const fee: PlanInput = { method: 'fixed-fee', principal: 12000, months: 12, monthlyFeePercent: 0.6 };
    expect(paymentPlan(fee, 72)).toEqual({ status: 'below-interest', firstCost: 72 });
    // 1000 of principal + 72 of fee: 12 months
    const fits = paymentPlan(fee, 1072);
    expect(fits.status === 'fits' && fits.plan.months).toBe(12);
  });

  it('says when even the longest term needs more, and how much the largest payment would be', () => {
    // 先息后本: the last payment is the whole principal plus a month's interest, whatever the term
    const plan: PlanInput = { method: 'interest-only', principal: 20000, months: 6, annualRatePercent: 120 };
    expect(paymentPlan(plan, 5000)).toEqual({ status: 'too-long', maxMonths: MAX_MONTHS, largestPaymentAtMax: 22000 });
    const once = paymentPlan(plan, 22000);
    expect(once.status === 'fits' && once.plan.months).toBe(1);
    // interest-free: 36000 over 360 months needs 100 a month
    expect(paymentPlan({ method: 'interest-free', principal: 36000, months: 6 }, 99.99)).toEqual({ status: 'too-long', maxMonths: 360, largestPaymentAtMax: 100 });
    expect(paymentPlan({ method: 'interest-free', principal: 36000, months: 6 }, 99.99, 60)).toEqual({ status: 'too-long', maxMonths: 60, largestPaymentAtMax: 600 });
  });

  it('throws AffordInputError naming a bad payment, in the reader’s language', () => {
    const plan: PlanInput = { method: 'interest-free', principal: 1000, months: 2 };
    for (const [payment, message] of [
      [0, 'The amount must be more than 0.'],
      [-5, 'The amount must be more than 0.'],
      [Number.NaN, 'Enter a number, for example 12000 or 12000.50.'],
      [Number.POSITIVE_INFINITY, 'Enter a number, for example 12000 or 12000.50.'],
      [12.345, 'Use at most 2 decimal places (to the fen).'],
      [100_000_000.01, 'The amount can be at most 100,000,000 yuan.'],
    ] as const) {
      try {
        paymentPlan(plan, payment, MAX_MONTHS, 'en');
        throw new Error(`no error for ${payment}`);
      } catch (error) {
        expect(error).toBeInstanceOf(AffordInputError);
        expect((error as AffordInputError).issues).toEqual([{ field: 'payment', message }]);
      }
    }
    expect(() => paymentPlan({ ...plan, months: 0 }, 100)).toThrow(AffordInputError);
    expect(() => paymentPlan(plan, 100, 361)).toThrow(AffordInputError);
  });

  describe('for any valid plan and payment', () => {
    // A payment anywhere from a fen to twice the debt, so that every outcome is drawn.
    const caseArb = fc.tuple(validPlanArb, fc.oneof(fc.integer({ min: 1, max: 10_000_000_000 }), fc.integer({ min: 1, max: 1_000_000 }))).map(([plan, paymentFen]) => {
      const scaled = Math.max(1, Math.round((fen(plan.principal) * paymentFen) / 5_000_000_000));
      return { plan, payment: Math.min(10_000_000_000, paymentFen % 2 === 0 ? scaled : paymentFen) / 100 };
    });
    const RUNS = { numRuns: 150 };

    it('a proposed plan is the input plan with another term, every payment fits, and no shorter term fits', () => {
      fc.assert(
        fc.property(caseArb, fc.nat(), ({ plan, payment }, pick) => {
          const result = paymentPlan(plan, payment);
          if (result.status !== 'fits') return;
          const { months, ...rest } = result.plan;
          const { months: _typed, ...expected } = plan;
          expect(rest).toEqual(expected);
          expect(months).toBeGreaterThanOrEqual(1);
          expect(months).toBeLessThanOrEqual(MAX_MONTHS);
          expect(result.schedule).toEqual(buildSchedule(result.plan));
          expect(result.schedule.rows.every((row) => fen(row.payment) <= fen(payment))).toBe(true);
          expect(fen(result.largestPayment)).toBe(largestFen(result.plan));
          // No shorter term fits: the one just before, and one drawn at random below it.
          if (months > 1) {
            expect(largestFen({ ...plan, months: months - 1 })).toBeGreaterThan(fen(payment));
            expect(largestFen({ ...plan, months: 1 + (pick % (months - 1)) })).toBeGreaterThan(fen(payment));
          }
        }),
        RUNS,
      );
    });

    it('finds the same term as trying every term in turn, even where rounding makes the largest payment jump', () => {
      // Small debts over many months: the last payment, which takes the rounding remainder, can be
      // larger for a longer term (10 fen over 6 months: 2 fen at most; over 7 months: 1 fen a month,
      // then 4), so the search must not halve on the largest payment.
      const smallArb = fc.record({
        plan: validPlanArb.map((plan) => ({ ...plan, principal: (1 + (Math.round(plan.principal * 100) % 500)) / 100 })),
        paymentFen: fc.integer({ min: 1, max: 200 }),
        maxMonths: fc.integer({ min: 1, max: 60 }),
      });
      fc.assert(
        fc.property(smallArb, ({ plan, paymentFen, maxMonths }) => {
          let brute = 0;
          for (let months = 1; months <= maxMonths && brute === 0; months += 1) if (largestFen({ ...plan, months }) <= paymentFen) brute = months;
          const result = paymentPlan(plan, paymentFen / 100, maxMonths);
          if (result.status === 'fits') expect(result.plan.months).toBe(brute);
          else expect(brute).toBe(0);
        }),
        { numRuns: 400 },
      );
      // the example above, by hand; at 2 fen a month the shortest term is 5 (2, 2, 2, 2, 2)
      const tiny: PlanInput = { method: 'interest-free', principal: 0.1, months: 1 };
      expect([5, 6, 7].map((months) => largestFen({ ...tiny, months }))).toEqual([2, 2, 4]);
      const atTwo = paymentPlan(tiny, 0.02);
      expect(atTwo.status === 'fits' && atTwo.plan.months).toBe(5);
    });

    it('below-interest exactly when the payment is at most the first month’s interest and fee', () => {
      fc.assert(
        fc.property(caseArb, ({ plan, payment }) => {
          const first = buildSchedule({ ...plan, months: 1 }).rows[0]!;
          const firstCost = fen(first.interest) + fen(first.fee);
          const result = paymentPlan(plan, payment);
          expect(result.status === 'below-interest').toBe(firstCost > 0 && fen(payment) <= firstCost);
          if (result.status === 'below-interest') expect(fen(result.firstCost)).toBe(firstCost);
        }),
        RUNS,
      );
    });

    it('too-long only when the longest term does not fit, with its largest payment', () => {
      fc.assert(
        fc.property(caseArb, fc.integer({ min: 1, max: MAX_MONTHS }), ({ plan, payment }, maxMonths) => {
          const result = paymentPlan(plan, payment, maxMonths);
          if (result.status !== 'too-long') return;
          expect(result.maxMonths).toBe(maxMonths);
          expect(fen(result.largestPaymentAtMax)).toBe(largestFen({ ...plan, months: maxMonths }));
          expect(fen(result.largestPaymentAtMax)).toBeGreaterThan(fen(payment));
        }),
        RUNS,
      );
    });

    it('paying more never takes longer', () => {
      fc.assert(
        fc.property(caseArb, fc.integer({ min: 1, max: 1_000_000 }), ({ plan, payment }, extraFen) => {
          const more = Math.min(100_000_000, (fen(payment) + extraFen) / 100);
          const a = paymentPlan(plan, payment);
          const b = paymentPlan(plan, more);
          if (a.status === 'fits') expect(b.status === 'fits' && b.plan.months).toBeLessThanOrEqual(a.plan.months);
        }),
        RUNS,
      );
    });

    it('agrees with the income route when the payment is what income and spending leave', () => {
      fc.assert(
        fc.property(caseArb, ({ plan, payment }) => {
          // with no buffer, income − essentials is the whole payment
          const { principal, months: _months, method, ...cost } = plan;
          const viaIncome = affordablePlan(payment, 0, principal, { method, ...cost, bufferPercent: 0, maxMonths: 60 });
          const direct = paymentPlan(plan, payment, 60);
          if (direct.status === 'below-interest') expect(viaIncome.status).toBe('too-long');
          else expect({ ...viaIncome, available: undefined }).toEqual({ ...direct, available: undefined });
        }),
        RUNS,
      );
    });
  });
});

describe('otherReadings: a rate in the annual field that reads like a daily or monthly one', () => {
  it('gives what it would be a year, exactly', () => {
    expect(otherReadings(0.05)).toEqual({ daily: 18.25 }); // a card's 0.05 % a day
    expect(otherReadings(1.5)).toEqual({ monthly: 18 }); // 月息 1.5 %
    expect(otherReadings(0.3)).toEqual({ daily: 109.5, monthly: 3.6 }); // either
    expect(otherReadings(0.0123)).toEqual({ daily: 4.4895 }); // not 4.489500000000001
    expect(otherReadings(0.2)).toEqual({ daily: 73, monthly: 2.4 });
    expect(otherReadings(0.5)).toEqual({ daily: 182.5, monthly: 6 });
    expect(otherReadings(3)).toEqual({ monthly: 36 });
    expect(otherReadings(0.0001)).toEqual({ daily: 0.0365 });
  });

  it('says nothing about ordinary annual rates, zero, or what is not a number', () => {
    for (const value of [0, 3.0001, 3.45, 4.35, 6, 18.25, 120, 1000, -0.05, Number.NaN, Number.POSITIVE_INFINITY, undefined]) {
      expect(otherReadings(value)).toBeNull();
    }
  });

  it('for any rate with at most 4 decimals: a reading is the rate × 365 or × 12, itself a valid annual rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (units) => {
        const typed = units / 10_000;
        const readings = otherReadings(typed);
        if (typed === 0 || typed > MONTHLY_UP_TO) return void expect(readings).toBeNull();
        expect(readings).not.toBeNull();
        expect(readings!.daily !== undefined).toBe(typed <= DAILY_UP_TO);
        expect(readings!.monthly !== undefined).toBe(typed >= MONTHLY_FROM);
        for (const [annual, factor] of [
          [readings!.daily, 365],
          [readings!.monthly, 12],
        ] as const) {
          if (annual === undefined) continue;
          // exact: the digits of units × factor, shifted by 4 places
          expect(annual).toBe(Number(`${units * factor}e-4`));
          expect(annual).toBeLessThanOrEqual(MAX_ANNUAL_RATE);
          // the reading is accepted as it stands by the form's schema (at most 4 decimals, in range)
          expect(() => parsePlanInput({ method: 'equal-installment', principal: 1000, months: 12, annualRatePercent: annual })).not.toThrow();
        }
      }),
      { numRuns: 1000 },
    );
  });
});
