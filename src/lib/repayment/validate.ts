/**
 * The one Zod schema for PlanInput, used by the core (which throws PlanInputError)
 * and by the form (which shows each message beside its field). zod/mini keeps the
 * island small; it is the same Zod 4.
 */
import * as z from 'zod/mini';
import type { Locale } from '../i18n/locales';
import { decimalPlaces } from './decimal';
import { parseIsoDate } from './dates';
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
export interface FieldIssue<F extends string = PlanField> {
  field: F;
  message: string;
}

/** Thrown for invalid input: lists every bad field, each with a message in the reader's language. */
export class PlanInputError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.message}`).join(' '));
    this.name = 'PlanInputError';
    this.issues = issues;
  }
}

/** A number field: "required" when absent, "enter a number" for anything else that is not a finite number. */
export const numberField = (t: ValidationMessages) =>
  z.number({ error: (issue) => (issue.input === undefined ? t.required : t.notNumber) });

const hasAtMostDecimals = (places: number) => (value: number) => decimalPlaces(value) <= places;

const rateField = (max: number, range: string, decimals: string, t: ValidationMessages) =>
  z.optional(
    numberField(t).check(
      z.gte(0, { error: range }),
      z.lte(max, { error: range }),
      z.refine(hasAtMostDecimals(MAX_RATE_DECIMALS), { error: decimals }),
    ),
  );

const schemaCache = new Map<Locale, ReturnType<typeof buildSchema>>();

function buildSchema(t: ValidationMessages) {
  return z
    .object({
      method: z.enum(METHODS, { error: t.method }),
      principal: numberField(t).check(
        z.gt(0, { error: t.principalPositive }),
        z.lte(MAX_PRINCIPAL, { error: t.principalMax }),
        z.refine(hasAtMostDecimals(2), { error: t.principalDecimals }),
      ),
      months: numberField(t).check(
        z.refine(Number.isInteger, { error: t.monthsWhole }),
        z.gte(1, { error: t.monthsRange }),
        z.lte(MAX_MONTHS, { error: t.monthsRange }),
      ),
      annualRatePercent: rateField(MAX_ANNUAL_RATE, t.rateRange, t.rateDecimals, t),
      monthlyFeePercent: rateField(MAX_MONTHLY_FEE, t.feeRange, t.feeDecimals, t),
      firstDueDate: z.optional(
        z.string({ error: t.date }).check(z.refine((text) => parseIsoDate(text) !== null, { error: t.date })),
      ),
    })
    .check(
      // The method decides which cost field is required. `when` runs this even when
      // other fields failed, so that every bad field is listed at once.
      z.superRefine(
        (value, ctx) => {
          const raw = value as Record<string, unknown>;
          const method = raw.method as Method;
          if (RATE_METHODS.includes(method) && raw.annualRatePercent === undefined) {
            ctx.addIssue({ code: 'custom', path: ['annualRatePercent'], message: t.rateRequired, input: undefined });
          }
          if (method === 'fixed-fee' && raw.monthlyFeePercent === undefined) {
            ctx.addIssue({ code: 'custom', path: ['monthlyFeePercent'], message: t.feeRequired, input: undefined });
          }
        },
        { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
      ),
    );
}

/** The Zod schema of PlanInput with messages in `locale`. */
export function planInputSchema(locale: Locale = 'zh-cn') {
  let schema = schemaCache.get(locale);
  if (!schema) {
    schema = buildSchema(validationMessages[locale] ?? validationMessages['zh-cn']);
    schemaCache.set(locale, schema);
  }
  return schema;
}

const PLAN_FIELDS: readonly PlanField[] = ['method', 'principal', 'months', 'annualRatePercent', 'monthlyFeePercent', 'firstDueDate'];

/** Zod issues → one issue per field (the first message), in form order. */
export function fieldIssues<F extends string>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  fields: readonly F[],
): FieldIssue<F>[] {
  const byField = new Map<F, string>();
  for (const issue of issues) {
    const field = issue.path[0] as F;
    if (fields.includes(field) && !byField.has(field)) byField.set(field, issue.message);
  }
  return fields.filter((field) => byField.has(field)).map((field) => ({ field, message: byField.get(field)! }));
}

export type PlanCheck = { ok: true; value: PlanInput } | { ok: false; issues: FieldIssue[] };

/** Checks anything against the PlanInput schema, never throwing. */
export function checkPlanInput(input: unknown, locale: Locale = 'zh-cn'): PlanCheck {
  const t = validationMessages[locale] ?? validationMessages['zh-cn'];
  const candidate = typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {};
  let result;
  try {
    result = planInputSchema(locale).safeParse(candidate);
  } catch {
    // An object whose properties throw when read (a hostile getter, a revoked proxy).
    return { ok: false, issues: [{ field: 'method', message: t.method }] };
  }
  if (result.success) {
    const value = result.data;
    const plan: PlanInput = { method: value.method, principal: value.principal, months: value.months };
    if (value.annualRatePercent !== undefined) plan.annualRatePercent = value.annualRatePercent;
    if (value.monthlyFeePercent !== undefined) plan.monthlyFeePercent = value.monthlyFeePercent;
    if (value.firstDueDate !== undefined) plan.firstDueDate = value.firstDueDate;
    return { ok: true, value: plan };
  }
  const issues = fieldIssues(result.error.issues, PLAN_FIELDS);
  return { ok: false, issues: issues.length > 0 ? issues : [{ field: 'method', message: t.method }] };
}

/** The validated plan, or a PlanInputError listing every bad field. */
export function parsePlanInput(input: unknown, locale: Locale = 'zh-cn'): PlanInput {
  const checked = checkPlanInput(input, locale);
  if (!checked.ok) throw new PlanInputError(checked.issues);
  return checked.value;
}
