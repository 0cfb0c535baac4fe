/**
 * What a person types → PlanInput. Form fields hold text; this turns the text into
 * numbers (or undefined when empty, NaN when not a number) so that the Zod schema can
 * say what is wrong with each field.
 */
import { METHODS, RATE_METHODS, type Method, type PlanInput } from './types';

/** The calculator form as typed, one string per field. */
export interface PlanFormValues {
  method: string;
  principal: string;
  months: string;
  annualRatePercent: string;
  monthlyFeePercent: string;
  firstDueDate: string;
}

export const isMethod = (value: unknown): value is Method => (METHODS as readonly unknown[]).includes(value);

const FULL_WIDTH_DIGITS = /[０-９]/g;

/**
 * A typed amount or rate → number. Accepts full-width digits and points (from a
 * Chinese input method), thousands separators and a currency or percent sign;
 * empty → undefined; anything else that is not a plain decimal → NaN.
 */
export function parseNumberInput(text: string): number | undefined {
  const clean = text
    .replace(FULL_WIDTH_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[,，\s¥￥元%％]/g, '');
  if (clean === '') return undefined;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(clean)) return Number.NaN;
  const value = Number(clean);
  return value === 0 ? 0 : value; // no negative zero
}

/** Form text → a PlanInput candidate for the schema (only the fields its method uses). */
export function formToPlanInput(values: PlanFormValues): Record<keyof PlanInput, unknown> {
  const method = values.method;
  const candidate: Record<keyof PlanInput, unknown> = {
    method,
    principal: parseNumberInput(values.principal),
    months: parseNumberInput(values.months),
    annualRatePercent: undefined,
    monthlyFeePercent: undefined,
    firstDueDate: values.firstDueDate.trim() === '' ? undefined : values.firstDueDate.trim(),
  };
  if (isMethod(method) && RATE_METHODS.includes(method)) candidate.annualRatePercent = parseNumberInput(values.annualRatePercent);
  if (method === 'fixed-fee') candidate.monthlyFeePercent = parseNumberInput(values.monthlyFeePercent);
  return candidate;
}

/** PlanInput → form text (for prefilling a form from a plan). */
export function planToFormValues(plan: PlanInput, base: PlanFormValues): PlanFormValues {
  return {
    method: plan.method,
    principal: String(plan.principal),
    months: String(plan.months),
    annualRatePercent: plan.annualRatePercent === undefined ? base.annualRatePercent : String(plan.annualRatePercent),
    monthlyFeePercent: plan.monthlyFeePercent === undefined ? base.monthlyFeePercent : String(plan.monthlyFeePercent),
    firstDueDate: plan.firstDueDate ?? base.firstDueDate,
  };
}
