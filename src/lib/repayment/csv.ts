/**
 * A plan as CSV that Excel and WPS open correctly with Chinese text: UTF-8 with a
 * byte-order mark, CRLF line ends, a field quoted when it holds a comma, a quote or a
 * line break, amounts with two decimals and no thousands separators. First the plan's
 * parameters and totals, one "label,value" line each, then an empty line, then the
 * schedule with its column headings.
 */
import { format } from '../i18n/format';
import type { Method, PlanInput, Schedule } from './types';

export interface CsvHeadings {
  period: string;
  dueDate: string;
  payment: string;
  principal: string;
  interest: string;
  fee: string;
  balance: string;
}

/** Labels of the header lines above the schedule. */
export interface CsvLabels {
  method: string;
  amount: string;
  rate: string;
  feeRate: string;
  months: string;
  firstDueDate: string;
  totalPaid: string;
  totalInterest: string;
  totalFees: string;
  apr: string;
  /** the download's name: {method}, {months} and {principal} */
  file: string;
  /** each method as it appears in the file name */
  fileMethods: Record<Method, string>;
}

const BOM = '\uFEFF';

const cell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const amount = (yuan: number): string => (Number.isFinite(yuan) && yuan !== 0 ? yuan : 0).toFixed(2);
const line = (cells: readonly string[]): string => cells.map(cell).join(',');

/** The plan's parameters and totals, then its schedule. `methodName` is the method as the reader knows it. */
export function scheduleCsv(plan: PlanInput, schedule: Schedule, methodName: string, labels: CsvLabels, headings: CsvHeadings): string {
  const meta: [string, string | undefined][] = [
    [labels.method, methodName],
    [labels.amount, amount(plan.principal)],
    [labels.rate, plan.annualRatePercent === undefined ? undefined : String(plan.annualRatePercent)],
    [labels.feeRate, plan.monthlyFeePercent === undefined ? undefined : String(plan.monthlyFeePercent)],
    [labels.months, String(schedule.rows.length)],
    [labels.firstDueDate, plan.firstDueDate],
    [labels.totalPaid, amount(schedule.totalPayment)],
    [labels.totalInterest, amount(schedule.totalInterest)],
    [labels.totalFees, amount(schedule.totalFee)],
    [labels.apr, amount(schedule.aprPercent)],
  ];
  const withDates = schedule.rows.some((row) => row.dueDate !== undefined);
  const lines = meta.flatMap(([label, value]) => (value === undefined ? [] : [line([label, value])]));
  lines.push('', line([headings.period, ...(withDates ? [headings.dueDate] : []), headings.payment, headings.principal, headings.interest, headings.fee, headings.balance]));
  for (const row of schedule.rows) {
    lines.push(line([String(row.period), ...(withDates ? [row.dueDate ?? ''] : []), amount(row.payment), amount(row.principal), amount(row.interest), amount(row.fee), amount(row.balance)]));
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

/** 还款计划-等额本息-12期-10000元.csv: the file name, without characters a file system refuses. */
export const csvFileName = (plan: PlanInput, labels: CsvLabels): string =>
  format(labels.file, { method: labels.fileMethods[plan.method], months: plan.months, principal: String(plan.principal) }).replace(/[\\/:*?"<>|]/g, '-');
