/**
 * Money at the edges: yuan (a number with at most 2 decimals) in, integer fen inside,
 * yuan out. Nothing in between is a float.
 */
import { exactDecimal, pow10 } from './decimal';

/** Yuan with at most 2 decimals → integer fen. Throws on more decimals: validate first. */
export function yuanToFen(yuan: number): number {
  const { units, scale } = exactDecimal(yuan);
  if (scale > 2) throw new RangeError(`${yuan} has more than 2 decimals`);
  return Number(units * pow10(2 - scale));
}

/** Integer fen → yuan, never negative zero. */
export function fenToYuan(fen: number): number {
  const yuan = fen / 100;
  return yuan === 0 ? 0 : yuan;
}

/** Sum of amounts given in yuan, done in fen so that no float error creeps in. */
export function sumYuan(amounts: readonly number[]): number {
  let fen = 0;
  for (const amount of amounts) fen += Math.round(amount * 100);
  return fenToYuan(fen);
}
