/**
 * "What can I afford", two ways in: from a monthly payment the reader says they can
 * make, or from monthly income and essential spending (keeping a stated share of what
 * is left as a buffer for the unexpected). Either way, the shortest term whose largest
 * instalment fits.
 */
import type { Locale } from '../i18n/locales';
import { exactDecimal, pow10 } from './decimal';
import { atMostDecimals, fieldIssues, gt, gte, lte, numberIssue, type FieldChecks } from './field-checks';
import { validationMessages, type ValidationMessages } from './messages';
import { fenToYuan, yuanToFen } from './money';
import { scheduleFromFenRows, scheduleRowsFen } from './schedule';
import type { Method, PlanInput, Schedule } from './types';
import { checkPlanInput, MAX_MONTHS, MAX_PRINCIPAL, type FieldIssue } from './validate';

export const DEFAULT_BUFFER_PERCENT = 10;
/** Five years: the longest personalised instalment agreement for card debt (Art. 70, 2011 card measures). */
export const DEFAULT_MAX_MONTHS = 60;

export interface AffordOptions {
  method?: Method;
  annualRatePercent?: number;
  monthlyFeePercent?: number;
  /** share of (income − essentials) kept aside, in %; default 10 */
  bufferPercent?: number;
  /** longest term to propose; default 60 */
  maxMonths?: number;
  firstDueDate?: string;
}

export type AffordField = 'income' | 'essentials' | 'debt' | 'bufferPercent' | 'maxMonths' | 'payment' | keyof PlanInput;

export class AffordInputError extends Error {
  readonly issues: FieldIssue<AffordField>[];
  constructor(issues: FieldIssue<AffordField>[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.message}`).join(' '));
    this.name = 'AffordInputError';
    this.issues = issues;
  }
}

export type AffordResult =
  /** the shortest plan whose every instalment ≤ available */
  | { status: 'fits'; available: number; plan: PlanInput; schedule: Schedule; largestPayment: number }
  /** nothing is left after essentials and the buffer */
  | { status: 'nothing-left'; available: number }
  /** even the longest term allowed needs more than is available each month */
  | { status: 'too-long'; available: number; maxMonths: number; largestPaymentAtMax: number };

const AFFORD_FIELDS = ['income', 'essentials', 'debt', 'bufferPercent', 'maxMonths'] as const;

/** A monthly amount in yuan: more than 0 (or at least 0), at most MAX_PRINCIPAL, to the fen. */
const amount = (t: ValidationMessages, zero = false) => (v: unknown) =>
  numberIssue(v, t, [zero ? gte(0, t.amountNonNegative) : gt(0, t.amountPositive), lte(MAX_PRINCIPAL, t.amountMax), atMostDecimals(2, t.principalDecimals)]);
const monthsCap = (t: ValidationMessages) => (v: unknown) =>
  numberIssue(v, t, [{ ok: (n) => Number.isInteger(n) && n >= 1 && n <= MAX_MONTHS, message: t.maxMonthsRange }]);

const affordChecks = (t: ValidationMessages): FieldChecks<'income' | 'essentials' | 'debt' | 'bufferPercent' | 'maxMonths'> => ({
  income: amount(t),
  essentials: amount(t, true),
  debt: (v) => numberIssue(v, t, [gt(0, t.principalPositive), lte(MAX_PRINCIPAL, t.principalMax), atMostDecimals(2, t.principalDecimals)]),
  bufferPercent: (v) => numberIssue(v, t, [gte(0, t.bufferRange), lte(90, t.bufferRange), atMostDecimals(4, t.bufferRange)]),
  maxMonths: monthsCap(t),
});

/** What can go to the debt each month, in fen: (income − essentials) × (1 − buffer), rounded down. */
export function availableFen(incomeFen: number, essentialsFen: number, bufferPercent: number): number {
  const leftover = incomeFen - essentialsFen;
  if (leftover <= 0) return 0;
  const { units, scale } = exactDecimal(bufferPercent);
  const keep = 100n * pow10(scale) - units; // (100 − buffer) × 10^scale
  return Number((BigInt(leftover) * keep) / (100n * pow10(scale)));
}

export function affordablePlan(income: number, essentials: number, debt: number, options: AffordOptions = {}, locale: Locale = 'zh-cn'): AffordResult {
  const bufferPercent = options.bufferPercent ?? DEFAULT_BUFFER_PERCENT;
  const maxMonths = options.maxMonths ?? DEFAULT_MAX_MONTHS;
  const t = validationMessages[locale] ?? validationMessages['zh-cn'];
  const issues: FieldIssue<AffordField>[] = fieldIssues({ income, essentials, debt, bufferPercent, maxMonths }, affordChecks(t), AFFORD_FIELDS);

  const base: PlanInput = { method: options.method ?? 'interest-free', principal: debt, months: 1 };
  if (options.annualRatePercent !== undefined) base.annualRatePercent = options.annualRatePercent;
  if (options.monthlyFeePercent !== undefined) base.monthlyFeePercent = options.monthlyFeePercent;
  if (options.firstDueDate !== undefined) base.firstDueDate = options.firstDueDate;
  const planCheck = checkPlanInput(base, locale);
  if (!planCheck.ok) issues.push(...planCheck.issues.filter((issue) => issue.field !== 'principal' && issue.field !== 'months'));
  if (issues.length > 0 || !planCheck.ok) throw new AffordInputError(issues);

  const available = availableFen(yuanToFen(income), yuanToFen(essentials), bufferPercent);
  if (available <= 0) return { status: 'nothing-left', available: 0 };
  const found = shortestFit(planCheck.value, available, maxMonths);
  return { ...found, available: fenToYuan(available) };
}

type Fit =
  | { status: 'fits'; plan: PlanInput; schedule: Schedule; largestPayment: number }
  | { status: 'too-long'; maxMonths: number; largestPaymentAtMax: number };

/**
 * The shortest term, 1 … maxMonths, whose largest instalment is at most limitFen.
 *
 * The first instalment never grows with the term and never exceeds the largest, so every
 * term shorter than the first one whose first instalment fits is out: found by halving the
 * interval, each step costing one row. From there the search goes up one month at a time,
 * building each schedule: with rounding, the largest instalment (often the last, which
 * clears the balance) is not always smaller for a longer term, so halving could skip the
 * shortest one.
 */
function shortestFit(base: PlanInput, limitFen: number, maxMonths: number): Fit {
  const principalFen = yuanToFen(base.principal);
  const firstFits = (months: number) => {
    const row = scheduleRowsFen({ ...base, months }, 1)[0]!;
    return row.principal + row.interest + row.fee <= limitFen;
  };
  let low = 1;
  let high = maxMonths;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (firstFits(mid)) high = mid;
    else low = mid + 1;
  }
  let largest = 0;
  for (let months = low; months <= maxMonths; months += 1) {
    const plan: PlanInput = { ...base, months };
    const rows = scheduleRowsFen(plan);
    largest = Math.max(...rows.map((row) => row.principal + row.interest + row.fee));
    if (largest <= limitFen) {
      return { status: 'fits', plan, schedule: scheduleFromFenRows(principalFen, rows, plan.firstDueDate), largestPayment: fenToYuan(largest) };
    }
  }
  return { status: 'too-long', maxMonths, largestPaymentAtMax: fenToYuan(largest) };
}

export type PaymentResult =
  | Fit
  /** the payment is no more than the first month's interest and fee: the debt would never shrink */
  | { status: 'below-interest'; firstCost: number };

/**
 * "I can pay ¥X a month": the shortest term, at the plan's method and rate or fee, whose
 * every instalment is at most X (the plan's own term is ignored). Throws AffordInputError
 * for a bad payment or plan.
 */
export function paymentPlan(plan: PlanInput, payment: number, maxMonths: number = MAX_MONTHS, locale: Locale = 'zh-cn'): PaymentResult {
  const t = validationMessages[locale] ?? validationMessages['zh-cn'];
  const issues: FieldIssue<AffordField>[] = fieldIssues({ payment, maxMonths }, { payment: amount(t), maxMonths: monthsCap(t) }, ['payment', 'maxMonths']);
  const planCheck = checkPlanInput(plan, locale);
  if (!planCheck.ok) issues.push(...planCheck.issues);
  if (issues.length > 0 || !planCheck.ok) throw new AffordInputError(issues);
  const limit = yuanToFen(payment);
  // The first month's interest (on the whole debt) or fee (on the original amount) is the same
  // whatever the term: a payment that does not exceed it never repays any principal.
  const first = scheduleRowsFen({ ...planCheck.value, months: 1 })[0]!;
  const firstCost = first.interest + first.fee;
  if (firstCost > 0 && limit <= firstCost) return { status: 'below-interest', firstCost: fenToYuan(firstCost) };
  return shortestFit(planCheck.value, limit, maxMonths);
}
