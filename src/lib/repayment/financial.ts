/**
 * The spreadsheet functions PMT, IPMT, PPMT, FV and RATE with the usual sign
 * convention (money received positive, paid negative; type 0 = payments at the end
 * of each period, 1 = at the beginning). Floats, for checking the schedule logic
 * against published values; schedules themselves are computed in fen.
 */
import { irr } from './irr';

export type PaymentTiming = 0 | 1;

/** Payment per period that pays off pv (leaving fv) over nper periods at `rate`. */
export function pmt(rate: number, nper: number, pv: number, fv = 0, type: PaymentTiming = 0): number {
  if (rate === 0) return -(pv + fv) / nper;
  const growth = (1 + rate) ** nper;
  return (-rate * (fv + pv * growth)) / ((1 + rate * type) * (growth - 1));
}

/** Future value after nper periods. */
export function fv(rate: number, nper: number, payment: number, pv = 0, type: PaymentTiming = 0): number {
  if (rate === 0) return -(pv + payment * nper);
  const growth = (1 + rate) ** nper;
  return -(pv * growth + (payment * (1 + rate * type) * (growth - 1)) / rate);
}

/** Interest part of payment number `per` (1 … nper). */
export function ipmt(rate: number, per: number, nper: number, pv: number, futureValue = 0, type: PaymentTiming = 0): number {
  if (!Number.isInteger(per) || per < 1 || per > nper) throw new RangeError('per must be 1 … nper');
  if (type === 1 && per === 1) return 0;
  const payment = pmt(rate, nper, pv, futureValue, type);
  // Balance after per − 1 payments, times the rate; with payments in advance the
  // interest of a period is discounted by one period.
  const interest = fv(rate, per - 1, payment, pv, type) * rate;
  return type === 1 ? interest / (1 + rate) : interest;
}

/** Principal part of payment number `per`. */
export function ppmt(rate: number, per: number, nper: number, pv: number, futureValue = 0, type: PaymentTiming = 0): number {
  return pmt(rate, nper, pv, futureValue, type) - ipmt(rate, per, nper, pv, futureValue, type);
}

/**
 * Rate per period of an annuity; null when none exists. The same equation as the IRR
 * of the flows pv (+ pmt in advance), pmt, …, pmt + fv.
 */
export function rate(nper: number, payment: number, pv: number, futureValue = 0, type: PaymentTiming = 0, guess = 0.1): number | null {
  if (!Number.isInteger(nper) || nper < 1) return null;
  const flows: number[] = new Array<number>(nper + 1).fill(payment);
  flows[0] = pv + (type === 1 ? payment : 0);
  flows[nper] = futureValue + (type === 1 ? 0 : payment);
  return irr(flows, guess);
}
