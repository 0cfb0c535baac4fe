/**
 * "What can I afford": from monthly income and essential spending, the shortest
 * term whose largest instalment fits in what is left, after keeping a stated share of
 * it as a buffer for the unexpected.
 */
import * as z from 'zod/mini';
import type { Locale } from '../i18n/locales';
import { decimalPlaces, exactDecimal, pow10 } from './decimal';
import { validationMessages } from './messages';
import { fenToYuan, yuanToFen } from './money';
import { scheduleFromFenRows, scheduleRowsFen } from './schedule';
import type { Method, PlanInput, Schedule } from './types';
import { checkPlanInput, fieldIssues, MAX_MONTHS, MAX_PRINCIPAL, numberField, type FieldIssue } from './validate';

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

export type AffordField = 'income' | 'essentials' | 'debt' | 'bufferPercent' | 'maxMonths' | keyof PlanInput;

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

const AFFORD_FIELDS: readonly AffordField[] = ['income', 'essentials', 'debt', 'bufferPercent', 'maxMonths'];

function affordSchema(locale: Locale) {
  const t = validationMessages[locale] ?? validationMessages['zh-cn'];
  const money = numberField(t).check(
    z.lte(MAX_PRINCIPAL, { error: t.amountMax }),
    z.refine((v) => decimalPlaces(v) <= 2, { error: t.principalDecimals }),
  );
  return z.object({
    income: numberField(t).check(z.gt(0, { error: t.amountPositive }), z.lte(MAX_PRINCIPAL, { error: t.amountMax }), z.refine((v) => decimalPlaces(v) <= 2, { error: t.principalDecimals })),
    essentials: money.check(z.gte(0, { error: t.amountNonNegative })),
    debt: numberField(t).check(z.gt(0, { error: t.principalPositive }), z.lte(MAX_PRINCIPAL, { error: t.principalMax }), z.refine((v) => decimalPlaces(v) <= 2, { error: t.principalDecimals })),
    bufferPercent: numberField(t).check(z.gte(0, { error: t.bufferRange }), z.lte(90, { error: t.bufferRange }), z.refine((v) => decimalPlaces(v) <= 4, { error: t.bufferRange })),
    maxMonths: numberField(t).check(z.refine((v) => Number.isInteger(v) && v >= 1 && v <= MAX_MONTHS, { error: t.maxMonthsRange })),
  });
}

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
  const parsed = affordSchema(locale).safeParse({ income, essentials, debt, bufferPercent, maxMonths });
  const issues: FieldIssue<AffordField>[] = parsed.success ? [] : fieldIssues(parsed.error.issues, AFFORD_FIELDS);

  const base: PlanInput = { method: options.method ?? 'interest-free', principal: debt, months: 1 };
  if (options.annualRatePercent !== undefined) base.annualRatePercent = options.annualRatePercent;
  if (options.monthlyFeePercent !== undefined) base.monthlyFeePercent = options.monthlyFeePercent;
  if (options.firstDueDate !== undefined) base.firstDueDate = options.firstDueDate;
  const planCheck = checkPlanInput(base, locale);
  if (!planCheck.ok) issues.push(...planCheck.issues.filter((issue) => issue.field !== 'principal' && issue.field !== 'months'));
  if (issues.length > 0 || !planCheck.ok) throw new AffordInputError(issues);

  const available = availableFen(yuanToFen(income), yuanToFen(essentials), bufferPercent);
  if (available <= 0) return { status: 'nothing-left', available: 0 };
  const principalFen = yuanToFen(debt);
  let largest = 0;
  for (let months = 1; months <= maxMonths; months += 1) {
    const plan: PlanInput = { ...planCheck.value, months };
    const rows = scheduleRowsFen(plan);
    largest = Math.max(...rows.map((row) => row.principal + row.interest + row.fee));
    if (largest <= available) {
      return {
        status: 'fits',
        available: fenToYuan(available),
        plan,
        schedule: scheduleFromFenRows(principalFen, rows, plan.firstDueDate),
        largestPayment: fenToYuan(largest),
      };
    }
  }
  return { status: 'too-long', available: fenToYuan(available), maxMonths, largestPaymentAtMax: fenToYuan(largest) };
}
