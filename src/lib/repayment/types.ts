/** The repayment methods the calculator knows, in the order the form lists them. */
export const METHODS = [
  'equal-installment',
  'equal-principal',
  'interest-only',
  'interest-free',
  'fixed-fee',
] as const;

/**
 * equal-installment 等额本息 · equal-principal 等额本金 · interest-only 先息后本 ·
 * interest-free 停息分期 · fixed-fee 分期手续费 (fee per month on the original principal).
 */
export type Method = (typeof METHODS)[number];

/** Methods whose cost is a simple annual interest rate. */
export const RATE_METHODS: readonly Method[] = ['equal-installment', 'equal-principal', 'interest-only'];

export interface PlanInput {
  method: Method;
  /** yuan, > 0, at most 2 decimals, ≤ 100,000,000 */
  principal: number;
  /** integer 1 … 360 */
  months: number;
  /** simple annual rate in %, 0 … 1000; for equal-installment, equal-principal, interest-only */
  annualRatePercent?: number;
  /** for fixed-fee: fee per month, % of the original principal, 0 … 5 */
  monthlyFeePercent?: number;
  /** 'YYYY-MM-DD'; later due dates keep its day, clamped to month end */
  firstDueDate?: string;
}

/** One period of a schedule. Amounts in yuan with 2 decimals; payment = principal + interest + fee. */
export interface ScheduleRow {
  period: number;
  dueDate?: string;
  payment: number;
  principal: number;
  interest: number;
  fee: number;
  /** what is still owed after this period's payment */
  balance: number;
}

export interface Schedule {
  rows: ScheduleRow[];
  totalPayment: number;
  totalInterest: number;
  totalFee: number;
  /** 12 × the monthly IRR of the cash flows, in % (not rounded) */
  aprPercent: number;
  /** (1 + monthly IRR)^12 − 1, in % (not rounded) */
  earPercent: number;
}
