/**
 * A rate typed in the annual field that reads like a daily or a monthly one. Lenders
 * quote 日利率 0.05% or 月息 1.5%; typed as a year they make a loan look almost free.
 * We never convert on our own (公积金 loans really are 2–3 % a year): we show what the
 * number would be a year and let the reader choose.
 */
import { exactDecimal } from './decimal';

/** Daily rates seen in practice stay below this (0.5 % a day is 182.5 % a year). */
export const DAILY_UP_TO = 0.5;
/** Monthly rates seen in practice lie in this range (2.4 % … 36 % a year). */
export const MONTHLY_FROM = 0.2;
export const MONTHLY_UP_TO = 3;

/** What a typed rate would be a year, if it was daily (× 365) or monthly (× 12). */
export interface OtherReadings {
  daily?: number;
  monthly?: number;
}

/** value × factor, exactly as a decimal (0.0123 × 365 = 4.4895, not 4.489500000000001). */
const times = (value: number, factor: number): number => {
  const { units, scale } = exactDecimal(value);
  return Number(`${units * BigInt(factor)}e-${scale}`);
};

/**
 * The annual rates a number typed as "% a year" would stand for if it was a daily or a
 * monthly rate (at least one of the two); null when it looks like neither (0, ordinary
 * annual rates above 3 %, anything that is not a finite positive number).
 */
export function otherReadings(annualPercent: number | undefined): OtherReadings | null {
  if (annualPercent === undefined || !Number.isFinite(annualPercent) || annualPercent <= 0 || annualPercent > MONTHLY_UP_TO) return null;
  // (0, 0.2): daily only; [0.2, 0.5]: either; (0.5, 3]: monthly only.
  const readings: OtherReadings = {};
  if (annualPercent <= DAILY_UP_TO) readings.daily = times(annualPercent, 365);
  if (annualPercent >= MONTHLY_FROM) readings.monthly = times(annualPercent, 12);
  return readings;
}
