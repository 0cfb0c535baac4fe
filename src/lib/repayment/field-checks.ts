/**
 * The calculator's field checks: each field is a list of tests, each with the message
 * shown beside the field when it fails; the first failing test speaks. Written out
 * rather than with zod/mini, which alone cost the calculator island about 5 KB gzip
 * and took it over its 25 KB budget (issue 15); the content schemas stay Zod.
 */
import { decimalPlaces } from './decimal';

export interface FieldIssue<F extends string = string> {
  field: F;
  message: string;
}

export interface Test { ok: (value: number) => boolean; message: string }
export const gt = (min: number, message: string): Test => ({ ok: (v) => v > min, message });
export const gte = (min: number, message: string): Test => ({ ok: (v) => v >= min, message });
export const lte = (max: number, message: string): Test => ({ ok: (v) => v <= max, message });
export const whole = (message: string): Test => ({ ok: Number.isInteger, message });
export const atMostDecimals = (places: number, message: string): Test => ({ ok: (v) => decimalPlaces(v) <= places, message });

/**
 * A number field: absent → `required` (or nothing, when optional); anything but a
 * finite number (a string, NaN, Infinity, null) → `notNumber`; else the first failing test.
 */
export function numberIssue(value: unknown, t: { required: string; notNumber: string }, tests: readonly Test[], optional = false): string | undefined {
  if (value === undefined) return optional ? undefined : t.required;
  if (typeof value !== 'number' || !Number.isFinite(value)) return t.notNumber;
  return tests.find((test) => !test.ok(value))?.message;
}

export type FieldChecks<F extends string> = Record<F, (value: unknown) => string | undefined>;

/** Each field's check run on `input`, in `order`: one issue per failing field. */
export function fieldIssues<F extends string>(input: Readonly<Record<string, unknown>>, checks: FieldChecks<F>, order: readonly F[]): FieldIssue<F>[] {
  return order.flatMap((field) => {
    const message = checks[field](input[field]);
    return message === undefined ? [] : [{ field, message }];
  });
}
