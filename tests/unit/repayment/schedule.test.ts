/**
 * Hand-checked schedules, one or more per method. Every expected number below was
 * worked out on paper from the conventions in shared/facts/repayment-math.md (r =
 * annual rate / 12; each amount rounded half-up to the fen per period; the last
 * period clears the balance), not by running the code under test.
 */
import { describe, expect, it } from 'vitest';
import { buildSchedule, equalInstallmentFen, pmt, rate, type Schedule } from '../../../src/lib/repayment/index';

/** [payment, principal, interest, fee, balance] per row */
const table = (schedule: Schedule) => schedule.rows.map((r) => [r.payment, r.principal, r.interest, r.fee, r.balance]);

describe('等额本息 equal instalment', () => {
  it('¥1,000 over 3 months at 12% a year', () => {
    // r = 12% / 12 = 0.01; (1.01)^3 = 1.030301
    // A = 1000 × 0.01 × 1.030301 / 0.030301 = 10.30301 / 0.030301 = 340.0221… → 340.02
    // 1: interest 1000.00 × 0.01 = 10.00;            principal 340.02 − 10.00 = 330.02; balance 669.98
    // 2: interest 669.98 × 0.01 = 6.6998 → 6.70;     principal 340.02 − 6.70 = 333.32;  balance 336.66
    // 3: interest 336.66 × 0.01 = 3.3666 → 3.37;     principal = the balance 336.66;    payment 340.03
    // totals: paid 340.02 + 340.02 + 340.03 = 1020.07; interest 10.00 + 6.70 + 3.37 = 20.07
    const s = buildSchedule({ method: 'equal-installment', principal: 1000, months: 3, annualRatePercent: 12 });
    expect(table(s)).toEqual([
      [340.02, 330.02, 10, 0, 669.98],
      [340.02, 333.32, 6.7, 0, 336.66],
      [340.03, 336.66, 3.37, 0, 0],
    ]);
    expect(s.totalPayment).toBe(1020.07);
    expect(s.totalInterest).toBe(20.07);
    expect(s.totalFee).toBe(0);
  });

  it('¥12,000 over 12 months at 6% a year (the worked example on the page)', () => {
    // r = 0.005; 1.005^12 = 1.0616778118645; A = 60 × 1.0616778118645 / 0.0616778118645 = 1032.7972 → 1032.80
    //  t  interest = round(balance × 0.005)     principal = 1032.80 − interest   balance
    //  1  12000.00 × 0.005 = 60.00               972.80                          11027.20
    //  2  11027.20 × 0.005 = 55.136  → 55.14     977.66                          10049.54
    //  3  10049.54 × 0.005 = 50.2477 → 50.25     982.55                           9066.99
    //  4   9066.99 × 0.005 = 45.3350 → 45.33     987.47                           8079.52
    //  5   8079.52 × 0.005 = 40.3976 → 40.40     992.40                           7087.12
    //  6   7087.12 × 0.005 = 35.4356 → 35.44     997.36                           6089.76
    //  7   6089.76 × 0.005 = 30.4488 → 30.45    1002.35                           5087.41
    //  8   5087.41 × 0.005 = 25.4371 → 25.44    1007.36                           4080.05
    //  9   4080.05 × 0.005 = 20.4003 → 20.40    1012.40                           3067.65
    // 10   3067.65 × 0.005 = 15.3383 → 15.34    1017.46                           2050.19
    // 11   2050.19 × 0.005 = 10.2510 → 10.25    1022.55                           1027.64
    // 12   1027.64 × 0.005 =  5.1382 →  5.14    the balance 1027.64; payment 1032.78      0
    // total interest 393.58 (sum of the column); total paid 12000 + 393.58 = 12393.58
    const s = buildSchedule({ method: 'equal-installment', principal: 12000, months: 12, annualRatePercent: 6 });
    expect(s.rows.map((r) => r.interest)).toEqual([60, 55.14, 50.25, 45.33, 40.4, 35.44, 30.45, 25.44, 20.4, 15.34, 10.25, 5.14]);
    expect(s.rows.map((r) => r.balance)).toEqual([
      11027.2, 10049.54, 9066.99, 8079.52, 7087.12, 6089.76, 5087.41, 4080.05, 3067.65, 2050.19, 1027.64, 0,
    ]);
    expect(s.rows.slice(0, 11).every((r) => r.payment === 1032.8)).toBe(true);
    expect(s.rows[11]).toMatchObject({ payment: 1032.78, principal: 1027.64 });
    expect(s.totalInterest).toBe(393.58);
    expect(s.totalPayment).toBe(12393.58);
    // The rounding moves the IRR only a little off the nominal 6%.
    expect(s.aprPercent).toBeGreaterThan(5.99);
    expect(s.aprPercent).toBeLessThan(6.01);
  });

  it('at 0%: round(P/n), the last period takes the remainder', () => {
    // 100.00 / 3 = 33.333… → 33.33, 33.33, then 100.00 − 66.66 = 33.34
    const s = buildSchedule({ method: 'equal-installment', principal: 100, months: 3, annualRatePercent: 0 });
    expect(table(s)).toEqual([
      [33.33, 33.33, 0, 0, 66.67],
      [33.33, 33.33, 0, 0, 33.34],
      [33.34, 33.34, 0, 0, 0],
    ]);
    expect(s.aprPercent).toBe(0);
    expect(s.earPercent).toBe(0);
  });

  it('the instalment is computed exactly, not in floats (4.35% a year, a two-decimal rate)', () => {
    // r = 4.35 / 1200 = 0.003625 exactly; A = 10000 × r × (1+r)^12 / ((1+r)^12 − 1) = 853.0990… → 853.10
    expect(equalInstallmentFen(1_000_000, 12, 4.35)).toBe(85310);
    expect(-pmt(0.0435 / 12, 12, 10000)).toBeCloseTo(853.099, 3);
  });
});

describe('等额本金 equal principal', () => {
  it('¥1,000 over 3 months at 12% a year', () => {
    // principal part round(1000 / 3) = 333.33; the last takes 1000 − 666.66 = 333.34
    // 1: interest 1000.00 × 0.01 = 10.00;           payment 333.33 + 10.00 = 343.33; balance 666.67
    // 2: interest 666.67 × 0.01 = 6.6667 → 6.67;    payment 333.33 + 6.67 = 340.00;  balance 333.34
    // 3: interest 333.34 × 0.01 = 3.3334 → 3.33;    payment 333.34 + 3.33 = 336.67;  balance 0
    // totals: paid 1020.00; interest 20.00
    const s = buildSchedule({ method: 'equal-principal', principal: 1000, months: 3, annualRatePercent: 12 });
    expect(table(s)).toEqual([
      [343.33, 333.33, 10, 0, 666.67],
      [340, 333.33, 6.67, 0, 333.34],
      [336.67, 333.34, 3.33, 0, 0],
    ]);
    expect(s.totalPayment).toBe(1020);
    expect(s.totalInterest).toBe(20);
  });

  it('rounds half up, not to even: 100.05 / 2 = 50.025 → 50.03', () => {
    // principal part round(10005 fen / 2 = 5002.5 fen) = 5003 fen (half-up); the last takes 5002 fen
    const s = buildSchedule({ method: 'equal-principal', principal: 100.05, months: 2, annualRatePercent: 0 });
    expect(s.rows.map((r) => r.principal)).toEqual([50.03, 50.02]);
  });
});

describe('先息后本 interest only', () => {
  it('¥1,000 over 3 months at 12%: interest each month, the principal at the end; APR 12%', () => {
    // interest round(1000 × 0.01) = 10.00 every month; the last month also repays 1000.00
    // IRR: 1000 = 10/(1+m) + 10/(1+m)^2 + 1010/(1+m)^3 holds for m = 0.01 exactly
    // → APR = 12 × 1% = 12%; EAR = 1.01^12 − 1 = 0.126825030…
    const s = buildSchedule({ method: 'interest-only', principal: 1000, months: 3, annualRatePercent: 12 });
    expect(table(s)).toEqual([
      [10, 0, 10, 0, 1000],
      [10, 0, 10, 0, 1000],
      [1010, 1000, 10, 0, 0],
    ]);
    expect(s.totalInterest).toBe(30);
    expect(s.totalPayment).toBe(1030);
    expect(s.aprPercent).toBeCloseTo(12, 9);
    expect(s.earPercent).toBeCloseTo(12.682503013, 8);
  });

  it('rounds the interest half up in exact decimals: 1000.50 × 1% = 10.005 → 10.01', () => {
    // In binary floats 1000.5 × 0.01 is 10.004999…, which would round down to 10.00.
    const s = buildSchedule({ method: 'interest-only', principal: 1000.5, months: 1, annualRatePercent: 12 });
    expect(table(s)).toEqual([[1010.51, 1000.5, 10.01, 0, 0]]);
  });
});

describe('停息分期 interest-free split', () => {
  it('¥10,000 over 36 months: 277.78 × 35, then 277.70; APR 0', () => {
    // round(10000 / 36 = 277.777…) = 277.78; 35 × 277.78 = 9722.30; the last pays 10000 − 9722.30 = 277.70
    const s = buildSchedule({ method: 'interest-free', principal: 10000, months: 36 });
    expect(s.rows).toHaveLength(36);
    expect(s.rows.slice(0, 35).every((r) => r.payment === 277.78 && r.interest === 0 && r.fee === 0)).toBe(true);
    expect(s.rows[35]).toEqual({ period: 36, payment: 277.7, principal: 277.7, interest: 0, fee: 0, balance: 0 });
    expect(s.rows[34]!.balance).toBe(277.7);
    expect(s.totalPayment).toBe(10000);
    expect(s.aprPercent).toBe(0);
    expect(s.earPercent).toBe(0);
  });

  it('ignores a rate given with it', () => {
    const s = buildSchedule({ method: 'interest-free', principal: 600, months: 6, annualRatePercent: 24 });
    expect(s.totalInterest).toBe(0);
    expect(s.rows.every((r) => r.payment === 100)).toBe(true);
  });
});

describe('分期手续费 fixed fee per period', () => {
  it('¥12,000 over 12 months at 0.6% a month: nominal 7.2% a year, APR about 13%', () => {
    // fee = round(12000 × 0.006) = 72.00 every month, on the original principal;
    // principal 12000 / 12 = 1000.00; payment 1072.00; total fee 12 × 72 = 864.00; total paid 12864.00
    const s = buildSchedule({ method: 'fixed-fee', principal: 12000, months: 12, monthlyFeePercent: 0.6 });
    expect(s.rows.every((r) => r.payment === 1072 && r.principal === 1000 && r.fee === 72 && r.interest === 0)).toBe(true);
    expect(s.rows.map((r) => r.balance)).toEqual([11000, 10000, 9000, 8000, 7000, 6000, 5000, 4000, 3000, 2000, 1000, 0]);
    expect(s.totalFee).toBe(864);
    expect(s.totalInterest).toBe(0);
    expect(s.totalPayment).toBe(12864);
    // The APR m solves 12000 = Σ 1072 / (1 + m)^t, t = 1 … 12 (checked here by summing).
    const m = s.aprPercent / 1200;
    let presentValue = 0;
    for (let t = 1; t <= 12; t += 1) presentValue += 1072 / (1 + m) ** t;
    expect(Math.abs(presentValue - 12000)).toBeLessThan(1e-6);
    expect(s.aprPercent).toBeGreaterThan(13);
    expect(s.aprPercent).toBeLessThan(13.1);
    // The same rate from the spreadsheet RATE function (a separate code path).
    expect(s.aprPercent).toBeCloseTo(1200 * rate(12, -1072, 12000)!, 8);
    expect(s.earPercent).toBeCloseTo(((1 + m) ** 12 - 1) * 100, 10);
  });

  it('rounds the fee half up: 0.75% of 1,234.00 = 9.255 → 9.26', () => {
    const s = buildSchedule({ method: 'fixed-fee', principal: 1234, months: 2, monthlyFeePercent: 0.75 });
    // principal round(1234 / 2) = 617.00 each; payment 617.00 + 9.26 = 626.26
    expect(table(s)).toEqual([
      [626.26, 617, 0, 9.26, 617],
      [626.26, 617, 0, 9.26, 0],
    ]);
  });
});

describe('due dates', () => {
  it('keep the first due date’s day, clamped to the month end', () => {
    const s = buildSchedule({ method: 'interest-free', principal: 500, months: 5, firstDueDate: '2024-01-31' });
    expect(s.rows.map((r) => r.dueDate)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31']);
  });
  it('a non-leap February and a year change', () => {
    const s = buildSchedule({ method: 'interest-free', principal: 400, months: 4, firstDueDate: '2022-12-29' });
    expect(s.rows.map((r) => r.dueDate)).toEqual(['2022-12-29', '2023-01-29', '2023-02-28', '2023-03-29']);
  });
  it('360 months from 2025-08-31 end on 2055-07-31', () => {
    // 359 months after 2025-08 is 2055-07; July has 31 days
    const s = buildSchedule({ method: 'interest-free', principal: 3600, months: 360, firstDueDate: '2025-08-31' });
    expect(s.rows.at(-1)!.dueDate).toBe('2055-07-31');
    expect(s.rows[6]!.dueDate).toBe('2026-02-28'); // Aug, Sep, Oct, Nov, Dec, Jan, Feb: the 7th
  });
  it('are absent without a first due date', () => {
    const s = buildSchedule({ method: 'interest-free', principal: 400, months: 2 });
    expect(s.rows.every((r) => !('dueDate' in r))).toBe(true);
  });
});

describe('tiny loans', () => {
  it('never go negative: 0.05 over 8 months pays 0.01 for 5 months, then nothing', () => {
    // round(5 fen / 8 = 0.625 fen) = 1 fen a month until the balance is gone
    const s = buildSchedule({ method: 'interest-free', principal: 0.05, months: 8 });
    expect(s.rows.map((r) => r.principal)).toEqual([0.01, 0.01, 0.01, 0.01, 0.01, 0, 0, 0]);
    expect(s.rows.at(-1)!.balance).toBe(0);
  });
  it('等额本息 at 0% behaves the same: A = round(0.625 fen) = 1 fen, cleared in period 5', () => {
    const s = buildSchedule({ method: 'equal-installment', principal: 0.05, months: 8, annualRatePercent: 0 });
    expect(s.rows.map((r) => r.payment)).toEqual([0.01, 0.01, 0.01, 0.01, 0.01, 0, 0, 0]);
    expect(s.rows.map((r) => r.balance)).toEqual([0.04, 0.03, 0.02, 0.01, 0, 0, 0, 0]);
  });
});
