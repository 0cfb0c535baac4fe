/**
 * Internal rate of return: the rate per period at which the present value of a
 * series of cash flows is zero. Newton's method first; where it fails, bisection on
 * a bracket, to a tolerance of 1e-12.
 */

export const IRR_TOLERANCE = 1e-12;
const MAX_NEWTON_STEPS = 100;

/** Net present value at rate m of flows at t = 0, 1, 2, … (flows[0] is not discounted). */
export function npv(rate: number, flows: readonly number[]): number {
  const x = 1 + rate;
  if (x >= 1) {
    let sum = 0;
    for (let t = flows.length - 1; t >= 0; t -= 1) sum = sum / x + flows[t]!;
    return sum;
  }
  // Below a rate of 0 the discount factors grow; Horner from the far end would overflow
  // for long series, so evaluate x^n · NPV instead (same sign, as x > 0).
  let scaled = 0;
  for (const flow of flows) scaled = scaled * x + flow;
  return scaled;
}

/** d NPV / d rate. */
function npvDerivative(rate: number, flows: readonly number[]): number {
  const x = 1 + rate;
  let sum = 0;
  for (let t = 1; t < flows.length; t += 1) sum -= (t * flows[t]!) / x ** (t + 1);
  return sum;
}

function newton(flows: readonly number[], guess: number): number | null {
  let rate = guess;
  for (let step = 0; step < MAX_NEWTON_STEPS; step += 1) {
    const value = npv(rate, flows);
    const slope = npvDerivative(rate, flows);
    if (!Number.isFinite(value) || !Number.isFinite(slope) || slope === 0) return null;
    const next = rate - value / slope;
    if (!Number.isFinite(next) || next <= -1) return null;
    if (Math.abs(next - rate) < IRR_TOLERANCE) return next;
    rate = next;
  }
  return null;
}

/** Bisection between two rates where the NPV has opposite signs. */
export function bisect(f: (rate: number) => number, low: number, high: number): number {
  let fLow = f(low);
  for (let i = 0; i < 2000 && high - low > IRR_TOLERANCE; i += 1) {
    const mid = (low + high) / 2;
    if (mid === low || mid === high) break;
    const fMid = f(mid);
    if (fMid === 0) return mid;
    if (Math.sign(fMid) === Math.sign(fLow)) {
      low = mid;
      fLow = fMid;
    } else {
      high = mid;
    }
  }
  return (low + high) / 2;
}

/**
 * Rates where the NPV changes sign, bracketed on a grid of 1 + rate from 1e-15 to
 * 1e4 (log-spaced, so rates near −100% are found too), each refined by bisection.
 */
function rootsByBisection(flows: readonly number[]): number[] {
  const roots: number[] = [];
  const steps = 2400;
  let previousRate = 1e-15 - 1;
  let previousValue = npv(previousRate, flows);
  for (let i = 1; i <= steps; i += 1) {
    const rate = 10 ** (-15 + (19 * i) / steps) - 1;
    const value = npv(rate, flows);
    if (value === 0) roots.push(rate);
    else if (previousValue !== 0 && Math.sign(value) !== Math.sign(previousValue)) {
      roots.push(bisect((r) => npv(r, flows), previousRate, rate));
    }
    previousRate = rate;
    previousValue = value;
  }
  return roots;
}

/**
 * IRR per period of cash flows at t = 0, 1, 2, …; null when there is none (all flows
 * of one sign). Where several rates solve it, the one nearest `guess` is returned.
 */
export function irr(flows: readonly number[], guess = 0.1): number | null {
  if (!flows.every(Number.isFinite)) return null;
  if (!flows.some((f) => f > 0) || !flows.some((f) => f < 0)) return null;
  const roots = rootsByBisection(flows);
  if (roots.length === 0) {
    // A double root (the NPV touches zero without crossing it) has no bracket.
    return newton(flows, guess);
  }
  // Polish the nearest bracketed root with Newton when that stays on the same root.
  const nearest = roots.reduce((best, root) => (Math.abs(root - guess) < Math.abs(best - guess) ? root : best));
  const polished = newton(flows, nearest);
  return polished !== null && Math.abs(polished - nearest) < 1e-9 ? polished : nearest;
}

/**
 * Monthly IRR of a loan: `principal` received at t = 0, `payments` made at t = 1 … n,
 * all payments ≥ 0 and their sum ≥ principal (as in every schedule here). Exactly 0
 * when the payments add up to the principal. Newton from a first estimate, with a
 * bisection fallback on [0, high].
 */
export function loanMonthlyRate(principal: number, payments: readonly number[]): number {
  const total = payments.reduce((sum, p) => sum + p, 0);
  if (!(principal > 0) || total <= principal) return 0;
  const flows = [-principal, ...payments];
  // The present value of the payments minus the principal falls as the rate rises.
  const f = (rate: number) => npv(rate, flows);
  const meanTerm = payments.reduce((sum, p, i) => sum + p * (i + 1), 0) / total;
  const estimate = (total / principal - 1) / Math.max(meanTerm, 1);
  const viaNewton = newton(flows, estimate);
  if (viaNewton !== null && viaNewton >= 0 && Math.abs(f(viaNewton)) <= principal * 1e-9) return viaNewton;
  let high = Math.max(estimate * 2, 1);
  while (f(high) > 0 && high < 1e9) high *= 2;
  return bisect(f, 0, high);
}
