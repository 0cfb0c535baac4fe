import { describe, expect, it } from 'vitest';
import { AffordInputError, affordablePlan, availableFen, comparePlans, PlanInputError } from '../../../src/lib/repayment/index';

describe('affordablePlan', () => {
  it('keeps the buffer and proposes the shortest term that fits', () => {
    // left after essentials 8000 − 5000 = 3000; keep 10% → 2700 a month for the debt
    // interest-free 30000: 11 months → round(2727.27) = 2727.27 > 2700; 12 months → 2500.00 fits
    const result = affordablePlan(8000, 5000, 30000);
    expect(result.status).toBe('fits');
    if (result.status !== 'fits') return;
    expect(result.available).toBe(2700);
    expect(result.plan).toEqual({ method: 'interest-free', principal: 30000, months: 12 });
    expect(result.largestPayment).toBe(2500);
    expect(result.schedule.rows).toHaveLength(12);
  });

  it('counts interest: at 6% the same debt still fits in 12 months (2581.99), not 11 (≈2810)', () => {
    // A(12) = 30000 × 0.005 × 1.005^12 / (1.005^12 − 1) = 2581.99; A(11) = 150 × 1.05639 / 0.05639 ≈ 2810
    const result = affordablePlan(8000, 5000, 30000, { method: 'equal-installment', annualRatePercent: 6 });
    expect(result.status === 'fits' && result.plan.months).toBe(12);
    if (result.status !== 'fits') return;
    expect(result.schedule.rows[0]!.payment).toBe(2581.99);
    // the last period clears the balance and may be a few fen more; the largest still fits
    expect(result.largestPayment).toBe(Math.max(...result.schedule.rows.map((row) => row.payment)));
    expect(result.largestPayment).toBeLessThanOrEqual(2700);
  });

  it('uses the stated buffer share', () => {
    // 3000 × (1 − 0.5) = 1500 a month → 30000 / 1500 = 20 months
    const result = affordablePlan(8000, 5000, 30000, { bufferPercent: 50 });
    expect(result.status === 'fits' && result.plan.months).toBe(20);
    expect(availableFen(800000, 500000, 12.5)).toBe(262500);
  });

  it('says when nothing is left after essentials', () => {
    expect(affordablePlan(5000, 6000, 1000)).toEqual({ status: 'nothing-left', available: 0 });
  });

  it('says when even the longest term needs more than is available', () => {
    // (3000 − 2900) × 0.9 = 90 a month; 30000 over 60 months needs 500
    expect(affordablePlan(3000, 2900, 30000)).toEqual({ status: 'too-long', available: 90, maxMonths: 60, largestPaymentAtMax: 500 });
  });

  it('throws AffordInputError naming each bad field', () => {
    try {
      affordablePlan(Number.NaN, -1, 0, { bufferPercent: 95, method: 'fixed-fee' }, 'en');
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(AffordInputError);
      expect((error as AffordInputError).issues.map((issue) => issue.field)).toEqual([
        'income',
        'essentials',
        'debt',
        'bufferPercent',
        'monthlyFeePercent',
      ]);
    }
  });
});

describe('comparePlans', () => {
  it('marks the cheapest, the lightest monthly and the lowest APR', () => {
    const comparison = comparePlans([
      { method: 'fixed-fee', principal: 12000, months: 12, monthlyFeePercent: 0.6 }, // 1072/month, cost 864
      { method: 'interest-free', principal: 12000, months: 36 }, // 333.33/month (last 333.45), cost 0
      { method: 'equal-installment', principal: 12000, months: 12, annualRatePercent: 6 }, // 1032.80, cost 393.58
    ]);
    expect(comparison.plans.map((plan) => plan.totalCost)).toEqual([864, 0, 393.58]);
    expect(comparison.plans.map((plan) => plan.firstPayment)).toEqual([1072, 333.33, 1032.8]);
    // interest-free: 35 × 333.33 = 11666.55; the last pays 12000 − 11666.55 = 333.45
    expect(comparison.plans[1]!.largestPayment).toBe(333.45);
    expect(comparison.cheapest).toEqual([1]);
    expect(comparison.lightestMonthly).toEqual([1]);
    expect(comparison.lowestApr).toEqual([1]);
  });

  it('takes 1 to 3 plans and rethrows an invalid one', () => {
    const plan = { method: 'interest-free' as const, principal: 100, months: 2 };
    expect(() => comparePlans([])).toThrow(RangeError);
    expect(() => comparePlans([plan, plan, plan, plan])).toThrow(RangeError);
    expect(() => comparePlans([plan, { ...plan, months: 0 }])).toThrow(PlanInputError);
    expect(comparePlans([plan, plan]).cheapest).toEqual([0, 1]);
  });
});
