/**
 * Exact decimal arithmetic for the few places where a typed number meets money.
 * A JS number typed by a person (6, 4.35, 0.6) is read back from its shortest
 * decimal representation, so 4.35 is exactly 435/100, never 4.3499999….
 */

/** A number as units / 10^scale, exactly as its shortest decimal representation reads. */
export interface ExactDecimal {
  units: bigint;
  scale: number;
}

/** The exact decimal behind a finite number's shortest representation (String(x)). */
export function exactDecimal(value: number): ExactDecimal {
  if (!Number.isFinite(value)) throw new RangeError('not a finite number');
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (!match) throw new RangeError('not a decimal number');
  const [, sign, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  let digits = whole + fraction;
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  // Drop trailing zeros of the fraction so that 1.50 and 1.5 have the same scale.
  while (scale > 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale -= 1;
  }
  const units = BigInt(digits);
  return { units: sign === '-' ? -units : units, scale };
}

/** Number of decimal places a number really has (4.35 → 2, 1e-7 → 7, 12 → 0). */
export function decimalPlaces(value: number): number {
  return exactDecimal(value).scale;
}

/** 10^k as a bigint. */
export const pow10 = (k: number): bigint => 10n ** BigInt(k);

/** numerator / denominator rounded half-up, for numerator ≥ 0 and denominator > 0. */
export function divRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}
