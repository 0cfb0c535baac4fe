/** fast-check generators of valid and invalid plan inputs, shared by the property tests. */
import fc from 'fast-check';
import { METHODS, type Method, type PlanInput } from '../../../src/lib/repayment/index';

/** Yuan with at most 2 decimals: small, everyday and huge amounts all get drawn. */
export const principalArb = fc
  .oneof(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000_000 }))
  .map((fen) => fen / 100);

export const monthsArb = fc.oneof(fc.integer({ min: 1, max: 36 }), fc.integer({ min: 1, max: 360 }));

/** 0 … 1000 % with at most 4 decimals, often a round rate; mostly up to 100 %, some predatory ones above */
export const annualRateArb = fc.oneof(
  fc.constantFrom(0, 3.45, 4.35, 6, 12, 18.25, 24, 36, 120, 365, 1000),
  fc.integer({ min: 0, max: 1_000_000 }).map((units) => units / 10_000),
  fc.integer({ min: 0, max: 10_000_000 }).map((units) => units / 10_000),
);

/** 0 … 5 % a month with at most 4 decimals */
export const monthlyFeeArb = fc.oneof(
  fc.constantFrom(0, 0.5, 0.6, 0.66, 0.75, 1),
  fc.integer({ min: 0, max: 50_000 }).map((units) => units / 10_000),
);

const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const dateArb = fc
  .record({ year: fc.integer({ min: 2000, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => {
    const last = [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, last), 2)}`;
  });

export const methodArb = fc.constantFrom<Method>(...METHODS);

export const validPlanArb: fc.Arbitrary<PlanInput> = fc
  .record({
    method: methodArb,
    principal: principalArb,
    months: monthsArb,
    annualRatePercent: annualRateArb,
    monthlyFeePercent: monthlyFeeArb,
    firstDueDate: fc.option(dateArb, { nil: undefined }),
  })
  .map(({ method, principal, months, annualRatePercent, monthlyFeePercent, firstDueDate }) => {
    const plan: PlanInput = { method, principal, months };
    if (method === 'fixed-fee') plan.monthlyFeePercent = monthlyFeePercent;
    else if (method !== 'interest-free') plan.annualRatePercent = annualRatePercent;
    if (firstDueDate !== undefined) plan.firstDueDate = firstDueDate;
    return plan;
  });

/** A value of the wrong kind for any field: strings, null, NaN, ±Infinity, objects, … */
const junk = fc.oneof(
  fc.constantFrom(null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '', '12', true, [], {}),
  fc.string(),
  fc.object(),
);

/** One field made invalid in an otherwise valid plan; returns the plan and the bad field. */
export const planWithOneBadFieldArb = fc.oneof(
  fc.record({
    plan: validPlanArb,
    field: fc.constant('principal' as const),
    value: fc.oneof(
      junk,
      fc.constantFrom(0, -0, -0.01, 100_000_000.01, 1e9, 0.001, 12.345),
      fc.integer({ min: 1, max: 1_000_000 }).map((n) => n / 1000 + 0.0001),
      fc.double({ max: 0, noNaN: true }),
    ),
  }),
  fc.record({
    plan: validPlanArb,
    field: fc.constant('months' as const),
    value: fc.oneof(junk, fc.constantFrom(0, -1, 361, 1000, 2.5, 0.5), fc.integer({ min: 361 }), fc.integer({ max: 0 })),
  }),
  fc.record({
    plan: validPlanArb,
    field: fc.constant('method' as const),
    value: fc.oneof(junk, fc.constantFrom('equal', 'EQUAL-INSTALLMENT', 'fixed_fee', undefined)),
  }),
  fc.record({
    plan: validPlanArb,
    field: fc.constant('annualRatePercent' as const),
    value: fc.oneof(junk, fc.constantFrom(-0.01, 1000.0001, 1001, 5000, 1e6, 6.00001), fc.double({ min: 1000.0001, max: 1e12, noNaN: true })),
  }),
  fc.record({
    plan: validPlanArb,
    field: fc.constant('monthlyFeePercent' as const),
    value: fc.oneof(junk, fc.constantFrom(-0.5, 5.0001, 50, 0.00001)),
  }),
  fc.record({
    plan: validPlanArb,
    field: fc.constant('firstDueDate' as const),
    value: fc.oneof(
      fc.constantFrom('2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-1', '1999-12-31', '2101-01-01', '20240101', '2024-01-01T00:00', 20240101, null),
      fc.string(),
    ),
  }),
);
