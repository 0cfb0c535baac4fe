/**
 * A schedule as CSV that Excel and WPS open correctly with Chinese headings: UTF-8
 * with a byte-order mark, CRLF line ends, amounts with two decimals and no
 * thousands separators.
 */
import type { Schedule } from './types';

export interface CsvHeadings {
  period: string;
  dueDate: string;
  payment: string;
  principal: string;
  interest: string;
  fee: string;
  balance: string;
}

const BOM = '\uFEFF';

const cell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const amount = (yuan: number): string => (yuan === 0 ? 0 : yuan).toFixed(2);

export function scheduleCsv(schedule: Schedule, headings: CsvHeadings): string {
  const withDates = schedule.rows.some((row) => row.dueDate !== undefined);
  const header = [headings.period, ...(withDates ? [headings.dueDate] : []), headings.payment, headings.principal, headings.interest, headings.fee, headings.balance];
  const lines = [header.map(cell).join(',')];
  for (const row of schedule.rows) {
    lines.push(
      [String(row.period), ...(withDates ? [row.dueDate ?? ''] : []), amount(row.payment), amount(row.principal), amount(row.interest), amount(row.fee), amount(row.balance)]
        .map(cell)
        .join(','),
    );
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
