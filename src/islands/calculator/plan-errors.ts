import type { PlanCheck, PlanField } from '../../lib/repayment/validate';

/** The message for each bad field of a checked plan. */
export function errorsByField(check: PlanCheck): Partial<Record<PlanField, string>> {
  const errors: Partial<Record<PlanField, string>> = {};
  if (!check.ok) for (const issue of check.issues) errors[issue.field] = issue.message;
  return errors;
}
