/**
 * Repayment schedules in integer fen, following the conventions of Chinese bank
 * statements (see shared/facts/repayment-math.md):
 * - monthly rate r = annual rate / 12, exact (a ratio of integers, never a float);
 * - every amount rounded half-up to the fen in each period;
 * - the last period clears whatever balance is left.
 */
import type { Locale } from '../i18n/locales';
import { divRoundHalfUp, exactDecimal, pow10 } from './decimal';
import { dueDates } from './dates';
import { loanMonthlyRate } from './irr';
import { fenToYuan, yuanToFen } from './money';
import type { PlanInput, Schedule, ScheduleRow } from './types';
import { parsePlanInput } from './validate';

/** One period in fen. */
export interface FenRow {
  principal: number;
  interest: number;
  fee: number;
}

/** A rate in % as an exact fraction: percent = units / 10^scale. */
interface Ratio {
  numerator: bigint;
  denominator: bigint;
}

/** Monthly rate of an annual simple rate in %: (units / 10^scale) / 100 / 12. */
function monthlyRate(annualRatePercent: number | undefined): Ratio {
  const { units, scale } = exactDecimal(annualRatePercent ?? 0);
  return { numerator: units, denominator: 1200n * pow10(scale) };
}

/** A monthly percentage as a fraction: (units / 10^scale) / 100. */
function monthlyPercent(percent: number | undefined): Ratio {
  const { units, scale } = exactDecimal(percent ?? 0);
  return { numerator: units, denominator: 100n * pow10(scale) };
}

/** amount × ratio, rounded half-up to the fen. */
const applyRate = (amountFen: number, ratio: Ratio): number =>
  Number(divRoundHalfUp(BigInt(amountFen) * ratio.numerator, ratio.denominator));

/**
 * 等额本息 instalment A = round(P·r·(1+r)^n / ((1+r)^n − 1)), computed exactly: with
 * r = a/d, A = P·a·(d+a)^n / (d·((d+a)^n − d^n)).
 */
export function equalInstallmentFen(principalFen: number, months: number, annualRatePercent: number): number {
  const { numerator: a, denominator: d } = monthlyRate(annualRatePercent);
  const p = BigInt(principalFen);
  const n = BigInt(months);
  if (a === 0n) return Number(divRoundHalfUp(p, n));
  const grown = (d + a) ** n;
  return Number(divRoundHalfUp(p * a * grown, d * (grown - d ** n)));
}

/** 等额本息: fixed instalment; each period's principal is the instalment less its interest. */
function equalInstallmentRows(principalFen: number, months: number, annualRatePercent: number, count: number): FenRow[] {
  const r = monthlyRate(annualRatePercent);
  const instalment = equalInstallmentFen(principalFen, months, annualRatePercent);
  const rows: FenRow[] = [];
  let balance = principalFen;
  for (let period = 1; period <= count; period += 1) {
    const interest = applyRate(balance, r);
    // The convention can overshoot: for a tiny loan, or when the half-fen rounding of A
    // compounds over a long, dear loan, A − interest exceeds what is left before period n.
    // Then this period clears the balance and the later periods owe nothing (never a
    // negative balance).
    const principal = period === months ? balance : Math.min(Math.max(instalment - interest, 0), balance);
    rows.push({ principal, interest, fee: 0 });
    balance -= principal;
  }
  return rows;
}

/**
 * Equal principal parts round(P/n), the last taking the remainder; interest on the
 * balance before each period at monthly ratio r; a fixed fee on the original principal.
 */
function equalPrincipalRows(principalFen: number, months: number, r: Ratio, feeFen: number, count: number): FenRow[] {
  const part = Number(divRoundHalfUp(BigInt(principalFen), BigInt(months)));
  const rows: FenRow[] = [];
  let balance = principalFen;
  for (let period = 1; period <= count; period += 1) {
    const interest = applyRate(balance, r);
    const principal = period === months ? balance : Math.min(part, balance);
    rows.push({ principal, interest, fee: feeFen });
    balance -= principal;
  }
  return rows;
}

/** 先息后本: interest round(P·r) every period, the principal with the last. */
function interestOnlyRows(principalFen: number, months: number, annualRatePercent: number, count: number): FenRow[] {
  const interest = applyRate(principalFen, monthlyRate(annualRatePercent));
  return Array.from({ length: count }, (_, i) => ({
    principal: i === months - 1 ? principalFen : 0,
    interest,
    fee: 0,
  }));
}

const NO_INTEREST: Ratio = { numerator: 0n, denominator: 1n };

/** The periods of a validated plan in fen: all of them, or only the first `count`. */
export function scheduleRowsFen(plan: PlanInput, count: number = plan.months): FenRow[] {
  const principalFen = yuanToFen(plan.principal);
  const { months } = plan;
  count = Math.min(count, months);
  switch (plan.method) {
    case 'equal-installment':
      return equalInstallmentRows(principalFen, months, plan.annualRatePercent ?? 0, count);
    case 'equal-principal':
      return equalPrincipalRows(principalFen, months, monthlyRate(plan.annualRatePercent), 0, count);
    case 'interest-only':
      return interestOnlyRows(principalFen, months, plan.annualRatePercent ?? 0, count);
    case 'interest-free':
      return equalPrincipalRows(principalFen, months, NO_INTEREST, 0, count);
    case 'fixed-fee':
      return equalPrincipalRows(principalFen, months, NO_INTEREST, applyRate(principalFen, monthlyPercent(plan.monthlyFeePercent)), count);
  }
}

/** A schedule from fen rows: yuan amounts, balances, totals, APR and EAR. */
export function scheduleFromFenRows(principalFen: number, fenRows: readonly FenRow[], firstDueDate?: string): Schedule {
  const dates = firstDueDate ? dueDates(firstDueDate, fenRows.length) : undefined;
  let balance = principalFen;
  let totalPayment = 0;
  let totalInterest = 0;
  let totalFee = 0;
  const payments: number[] = [];
  const rows: ScheduleRow[] = fenRows.map((row, i) => {
    const payment = row.principal + row.interest + row.fee;
    balance -= row.principal;
    totalPayment += payment;
    totalInterest += row.interest;
    totalFee += row.fee;
    payments.push(payment);
    const out: ScheduleRow = {
      period: i + 1,
      payment: fenToYuan(payment),
      principal: fenToYuan(row.principal),
      interest: fenToYuan(row.interest),
      fee: fenToYuan(row.fee),
      balance: fenToYuan(balance),
    };
    const due = dates?.[i];
    if (due !== undefined) out.dueDate = due;
    return out;
  });
  const m = loanMonthlyRate(principalFen, payments);
  return {
    rows,
    totalPayment: fenToYuan(totalPayment),
    totalInterest: fenToYuan(totalInterest),
    totalFee: fenToYuan(totalFee),
    aprPercent: m === 0 ? 0 : 1200 * m,
    earPercent: m === 0 ? 0 : ((1 + m) ** 12 - 1) * 100,
  };
}

/**
 * The full schedule of a plan. Invalid input throws PlanInputError listing every bad
 * field with a message in `locale`; there is never a partial schedule.
 */
export function buildSchedule(input: PlanInput, locale: Locale = 'zh-cn'): Schedule {
  const plan = parsePlanInput(input, locale);
  return scheduleFromFenRows(yuanToFen(plan.principal), scheduleRowsFen(plan), plan.firstDueDate);
}
