/**
 * The calculator's state in the URL query, so that a plan can be bookmarked and
 * shared. Reading never throws: a parameter that is malformed or out of range is
 * dropped (its field keeps the default) and named in `rejected`, for a notice.
 *
 *   ?method=equal-installment&principal=12000&months=12&rate=6&first=2025-03-15
 *    &vs=interest-free_12000_36__&vs=fixed-fee_12000_24__0.6
 *
 * `vs` is a plan to compare: method_principal_months_rate_fee (empty parts allowed).
 *
 * What the reader says about their own money (income, essential spending, what they can
 * pay a month) never goes into the URL: a link is copied, shared and kept in histories and
 * server logs. It stays in the page's state only, and a link that carries it (from an older
 * version of this page) is not read; the page then rewrites its address without it.
 */
import { formToPlanInput, parseNumberInput, type PlanFormValues } from './form';
import { checkPlanInput } from './validate';
import type { PlanInput } from './types';

export interface CalculatorState {
  plan: PlanFormValues;
  /** up to two more plans to compare with the main one */
  compare: PlanFormValues[];
}

export const MAX_EXTRA_PLANS = 2;
const MAX_PARAM_LENGTH = 64;

export const DEFAULT_PLAN_FORM: PlanFormValues = {
  method: 'equal-installment',
  principal: '12000',
  months: '12',
  annualRatePercent: '6',
  monthlyFeePercent: '0.6',
  firstDueDate: '',
};

export const defaultCalculatorState = (): CalculatorState => ({
  plan: { ...DEFAULT_PLAN_FORM },
  compare: [],
});

type FormField = keyof PlanFormValues;
const PARAM_OF: Record<FormField, string> = {
  method: 'method',
  principal: 'principal',
  months: 'months',
  annualRatePercent: 'rate',
  monthlyFeePercent: 'fee',
  firstDueDate: 'first',
};
const FORM_FIELDS = Object.keys(PARAM_OF) as FormField[];
const NUMBER_FIELDS: readonly FormField[] = ['principal', 'months', 'annualRatePercent', 'monthlyFeePercent'];

/** Is `text` a valid value for `field`, judged by the same schema as the form? */
function fieldAccepts(field: FormField, text: string): boolean {
  if (text.length > MAX_PARAM_LENGTH) return false;
  const values: PlanFormValues = { ...DEFAULT_PLAN_FORM, [field]: text };
  // Make the field one the method uses, so that the schema looks at it.
  if (field === 'annualRatePercent') values.method = 'equal-installment';
  if (field === 'monthlyFeePercent') values.method = 'fixed-fee';
  const checked = checkPlanInput(formToPlanInput(values));
  return checked.ok || !checked.issues.some((issue) => issue.field === field);
}

/** A compared plan from its `vs` value, or null when any part is bad. */
function parseComparedPlan(text: string): PlanFormValues | null {
  const parts = text.split('_');
  if (parts.length !== 5 || text.length > MAX_PARAM_LENGTH) return null;
  const [method = '', principal = '', months = '', rate = '', fee = ''] = parts;
  const values: PlanFormValues = {
    method,
    principal,
    months,
    annualRatePercent: rate === '' ? DEFAULT_PLAN_FORM.annualRatePercent : rate,
    monthlyFeePercent: fee === '' ? DEFAULT_PLAN_FORM.monthlyFeePercent : fee,
    firstDueDate: '',
  };
  const fieldsOk = FORM_FIELDS.every((field) => field === 'firstDueDate' || fieldAccepts(field, values[field]));
  return fieldsOk && checkPlanInput(formToPlanInput(values)).ok ? values : null;
}

function readParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

/** The state a query describes, and the names of the parameters that had to be dropped. */
export function parseCalculatorQuery(search: string): { state: CalculatorState; rejected: string[] } {
  const params = readParams(search);
  const state = defaultCalculatorState();
  const rejected: string[] = [];
  for (const field of FORM_FIELDS) {
    const text = params.get(PARAM_OF[field]);
    if (text === null) continue;
    const clean = text.trim();
    if (fieldAccepts(field, clean)) state.plan[field] = NUMBER_FIELDS.includes(field) ? normalised(clean) : clean;
    else rejected.push(PARAM_OF[field]);
  }
  // The method and the fields may each be fine alone and still not fit together.
  if (!checkPlanInput(formToPlanInput(state.plan)).ok) {
    state.plan = { ...DEFAULT_PLAN_FORM };
    rejected.push('method');
  }
  params.getAll('vs').forEach((text, i) => {
    const plan = i < MAX_EXTRA_PLANS ? parseComparedPlan(text.trim()) : null;
    if (plan) state.compare.push(plan);
    else if (!rejected.includes('vs')) rejected.push('vs');
  });
  return { state, rejected: [...new Set(rejected)] };
}

/** A form value as it goes into the URL: a plain number when it parses as one. */
function normalised(text: string): string {
  const value = parseNumberInput(text);
  return value !== undefined && Number.isFinite(value) ? String(value) : text.trim();
}

/** The query string ('?…', or '' for an empty state) of a calculator state and a valid main plan. */
export function calculatorQuery(plan: PlanInput, compare: readonly PlanInput[]): string {
  const params = new URLSearchParams();
  params.set('method', plan.method);
  params.set('principal', String(plan.principal));
  params.set('months', String(plan.months));
  if (plan.annualRatePercent !== undefined) params.set('rate', String(plan.annualRatePercent));
  if (plan.monthlyFeePercent !== undefined) params.set('fee', String(plan.monthlyFeePercent));
  if (plan.firstDueDate) params.set('first', plan.firstDueDate);
  for (const other of compare.slice(0, MAX_EXTRA_PLANS)) {
    params.append(
      'vs',
      [other.method, other.principal, other.months, other.annualRatePercent ?? '', other.monthlyFeePercent ?? ''].join('_'),
    );
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
