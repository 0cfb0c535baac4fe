/**
 * The one check of PlanInput, used by the core (which throws PlanInputError) and by
 * the form (which shows each message beside its field), in the reader's language.
 */
import type { Locale } from '../i18n/locales';
import { parseIsoDate } from './dates';
import { atMostDecimals, fieldIssues, gt, gte, lte, numberIssue, whole, type FieldChecks, type FieldIssue as Issue, type Test } from './field-checks';
import { validationMessages, type ValidationMessages } from './messages';
import { METHODS, RATE_METHODS, type Method, type PlanInput } from './types';


export const MAX_PRINCIPAL = 100_000_000;
export const MAX_MONTHS = 360;
/**
 * 1000 % a year: above any real loan, predatory ones included (the site's own case is a private
 * loan at 10 % a month, 120 % a year); a larger number is a typing slip, and is refused with a
 * message saying so.
 */
export const MAX_ANNUAL_RATE = 1000;
export const MAX_MONTHLY_FEE = 5;
export const MAX_RATE_DECIMALS = 4;

export type PlanField = keyof PlanInput;
/** A bad field and its message (of the plan's fields unless said otherwise). */
export type FieldIssue<F extends string = PlanField> = Issue<F>;

/** Thrown for invalid input: lists every bad field, each with a message in the reader's language. */
export class PlanInputError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.message}`).join(' '));
    this.name = 'PlanInputError';
    this.issues = issues;
  }
}

const rateTests = (max: number, range: string, decimals: string): Test[] =>
  [gte(0, range), lte(max, range), atMostDecimals(MAX_RATE_DECIMALS, decimals)];

/** Each field's check, with messages in one language. */
const planChecks = (t: ValidationMessages): FieldChecks<PlanField> => ({
  method: (v) => (METHODS.includes(v as Method) ? undefined : t.method),
  principal: (v) => numberIssue(v, t, [gt(0, t.principalPositive), lte(MAX_PRINCIPAL, t.principalMax), atMostDecimals(2, t.principalDecimals)]),
  months: (v) => numberIssue(v, t, [whole(t.monthsWhole), gte(1, t.monthsRange), lte(MAX_MONTHS, t.monthsRange)]),
  annualRatePercent: (v) => numberIssue(v, t, rateTests(MAX_ANNUAL_RATE, t.rateRange, t.rateDecimals), true),
  monthlyFeePercent: (v) => numberIssue(v, t, rateTests(MAX_MONTHLY_FEE, t.feeRange, t.feeDecimals), true),
  firstDueDate: (v) => (v === undefined || (typeof v === 'string' && parseIsoDate(v) !== null) ? undefined : t.date),
});

const PLAN_FIELDS: readonly PlanField[] = ['method', 'principal', 'months', 'annualRatePercent', 'monthlyFeePercent', 'firstDueDate'];

export type PlanCheck = { ok: true; value: PlanInput } | { ok: false; issues: FieldIssue[] };

/** Checks anything as a PlanInput, never throwing: every bad field, each with its first message. */
export function checkPlanInput(input: unknown, locale: Locale = 'zh-cn'): PlanCheck {
  const t = validationMessages[locale] ?? validationMessages['zh-cn'];
  const raw = (typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
  let issues: FieldIssue[];
  let value: Record<PlanField, unknown>;
  try {
    // Each property read once, so a getter cannot answer differently to the check and to the plan.
    value = Object.fromEntries(PLAN_FIELDS.map((field) => [field, raw[field]])) as Record<PlanField, unknown>;
    issues = fieldIssues(value, planChecks(t), PLAN_FIELDS);
  } catch {
    // An object whose properties throw when read (a hostile getter, a revoked proxy).
    return { ok: false, issues: [{ field: 'method', message: t.method }] };
  }
  // The method decides which cost field is required; the others were checked only when given.
  const method = value.method as Method;
  const missing = (field: PlanField, message: string) => { if (value[field] === undefined) issues.push({ field, message }); };
  if (RATE_METHODS.includes(method)) missing('annualRatePercent', t.rateRequired);
  if (method === 'fixed-fee') missing('monthlyFeePercent', t.feeRequired);
  if (issues.length > 0) return { ok: false, issues: PLAN_FIELDS.flatMap((field) => issues.filter((i) => i.field === field)) };
  const plan: PlanInput = { method, principal: value.principal as number, months: value.months as number };
  if (value.annualRatePercent !== undefined) plan.annualRatePercent = value.annualRatePercent as number;
  if (value.monthlyFeePercent !== undefined) plan.monthlyFeePercent = value.monthlyFeePercent as number;
  if (value.firstDueDate !== undefined) plan.firstDueDate = value.firstDueDate as string;
  return { ok: true, value: plan };
}

/** The validated plan, or a PlanInputError listing every bad field. */
export function parsePlanInput(input: unknown, locale: Locale = 'zh-cn'): PlanInput {
  const checked = checkPlanInput(input, locale);
  if (!checked.ok) throw new PlanInputError(checked.issues);
  return checked.value;
}
